import type { ImportRecordSummary } from '@kompas/domain';
import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import { createHash } from 'node:crypto';

/** A part of an import record: created rows as JSON text (what the trail keeps), their ids, and how many of each table. */
export type ImportRecordPart = { text: string; ids: readonly string[]; counts: Readonly<Record<string, number>> };

/** Rows of the index of entries by id written per statement when an import record is finished. */
const REFS_PER_STATEMENT = 500;

/**
 * An import's record, written chunk by chunk inside the import's transaction
 * while the import goes on, for the entry at `seq` that the same transaction
 * appends at its end. Each chunk goes into the digest as it is stored (the
 * same digest `recordDigest` computes from the stored chunks). `finish` then
 * puts every row the record names into the index of entries by id, in the
 * index's order (much faster than in the order the rows came).
 */
export class ImportRecordWriter {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private chunks = 0;
  private rows = 0;
  private readonly counts: Record<string, number> = {};
  private readonly ids: string[] = [];
  private finished = false;
  private chunkStatement: Statement | null = null;

  /** `db` is the connection whose open transaction writes the import. */
  constructor(
    private readonly db: SqliteConnection,
    readonly seq: number,
  ) {}

  add(part: ImportRecordPart): void {
    if (this.finished) throw new Error('This import record is finished.');
    this.chunkStatement ??= this.db.prepare(`INSERT INTO "audit_import_record" ("seq", "chunk", "rows") VALUES (?, ?, ?)`);
    this.chunkStatement.run(this.seq, this.chunks, part.text);
    if (this.chunks > 0) this.hash.update('\n');
    this.hash.update(part.text, 'utf8');
    this.bytes += Buffer.byteLength(part.text, 'utf8');
    this.chunks++;
    this.rows += part.ids.length;
    for (const [table, n] of Object.entries(part.counts)) this.counts[table] = (this.counts[table] ?? 0) + n;
    for (const id of part.ids) this.ids.push(id);
  }

  /** Indexes every row of the record under its entry. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const db = this.db;
    // In order, without one long sort: by the first two characters, then each (small) group sorted on its own.
    const groups = new Map<string, string[]>();
    for (const id of this.ids.splice(0)) {
      const key = id.slice(0, 2);
      const group = groups.get(key);
      if (group) group.push(id);
      else groups.set(key, [id]);
    }
    const statements = new Map<number, Statement>();
    const insert = (batch: string[]) => {
      let statement = statements.get(batch.length);
      if (!statement) {
        statement = db.prepare(`INSERT OR IGNORE INTO "audit_ref" ("seq", "entityId") VALUES ${batch.map(() => '(?, ?)').join(', ')}`);
        statements.set(batch.length, statement);
      }
      statement.run(batch.flatMap((id) => [this.seq, id]));
    };
    let pending: string[] = [];
    for (const key of [...groups.keys()].sort()) {
      for (const id of (groups.get(key) as string[]).sort()) {
        pending.push(id);
        if (pending.length === REFS_PER_STATEMENT) {
          insert(pending);
          pending = [];
        }
      }
    }
    if (pending.length) insert(pending);
  }

  /** What the entry carries about its record; only for the entry it was written for. */
  summary(seq: number): ImportRecordSummary {
    if (seq !== this.seq) throw new Error(`An import record written for entry ${this.seq} cannot belong to entry ${seq}.`);
    if (!this.finished) throw new Error('An import record is finished before its entry is written.');
    return { digest: this.hash.copy().digest('hex'), bytes: this.bytes, rows: this.rows, chunks: this.chunks, counts: { ...this.counts } };
  }
}
