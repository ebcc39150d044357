import type { ImportRecordSummary } from '@kompas/domain';
import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { sqliteOf } from '../../database/bulk-insert';

/** A part of an import record: created rows as JSON text (what the trail keeps), their ids, and how many of each table. */
export type ImportRecordPart = { text: string; ids: readonly string[]; counts: Readonly<Record<string, number>> };

/**
 * An import's record, written chunk by chunk inside the import's transaction
 * while the import goes on, for the entry at `seq` that the same transaction
 * appends at its end. Each chunk goes into the digest as it is stored (the
 * same digest `recordDigest` computes from the stored chunks), and every row
 * it names into the index of entries by id.
 */
export class ImportRecordWriter {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private chunks = 0;
  private rows = 0;
  private readonly counts: Record<string, number> = {};
  private readonly refStatements = new Map<number, Statement>();
  private chunkStatement: Statement | null = null;

  constructor(
    private readonly em: EntityManager,
    readonly seq: number,
  ) {}

  async add(part: ImportRecordPart): Promise<void> {
    const db = await sqliteOf(this.em);
    this.chunkStatement ??= db.prepare(`INSERT INTO "audit_import_record" ("seq", "chunk", "rows") VALUES (?, ?, ?)`);
    this.chunkStatement.run(this.seq, this.chunks, part.text);
    if (this.chunks > 0) this.hash.update('\n');
    this.hash.update(part.text, 'utf8');
    this.bytes += Buffer.byteLength(part.text, 'utf8');
    this.chunks++;
    this.rows += part.ids.length;
    for (const [table, n] of Object.entries(part.counts)) this.counts[table] = (this.counts[table] ?? 0) + n;
    this.insertRefs(db, part.ids);
  }

  /** What the entry carries about its record; only for the entry it was written for. */
  summary(seq: number): ImportRecordSummary {
    if (seq !== this.seq) throw new Error(`An import record written for entry ${this.seq} cannot belong to entry ${seq}.`);
    return { digest: this.hash.copy().digest('hex'), bytes: this.bytes, rows: this.rows, chunks: this.chunks, counts: { ...this.counts } };
  }

  private insertRefs(db: SqliteConnection, ids: readonly string[]): void {
    for (let i = 0; i < ids.length; i += 1000) {
      const batch = ids.slice(i, i + 1000);
      let statement = this.refStatements.get(batch.length);
      if (!statement) {
        statement = db.prepare(`INSERT OR IGNORE INTO "audit_ref" ("seq", "entityId") VALUES ${batch.map(() => '(?, ?)').join(', ')}`);
        this.refStatements.set(batch.length, statement);
      }
      statement.run(batch.flatMap((id) => [this.seq, id]));
    }
  }
}
