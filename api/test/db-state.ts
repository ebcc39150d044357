import { CONCEPT_KINDS, CONCEPTS, type ReplayedEntry, type RowChange, type TrailMigration } from '@kompas/domain';
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';

/**
 * Kompas's own tables, no concept's: the trail, its index, the counted sign-ins, the reminders sent, how far people have read
 * comments, the what-if scenarios people stage in private.
 */
export const OWN_TABLES = ['audit_entry', 'audit_ref', 'sign_in_counter', 'reminder_sent', 'comment_read', 'scenario'] as const;

/** The tables that record who did what, not what the plan is: they grow on every request, refused ones too (sessions among them). */
export const BOOKKEEPING_TABLES: readonly string[] = [
  ...OWN_TABLES,
  ...CONCEPT_KINDS.filter((kind) => CONCEPTS[kind].audit === 'none').map((kind) => CONCEPTS[kind].table),
];

/**
 * A read-only connection of its own to a Kompas database file. Beside the
 * API's connection it sees only what has been committed, so what it reads is
 * what a refused request really left behind.
 */
export class DatabaseFile {
  private readonly db: BetterSqlite3.Database;
  private readonly queries = new Map<string, BetterSqlite3.Statement>();

  constructor(path: string) {
    this.db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  }

  /** Every table of the schema, the bookkeeping ones included. */
  tables(): string[] {
    return (
      this.db.prepare(`SELECT "name" FROM "sqlite_master" WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' ORDER BY "name"`).all() as {
        name: string;
      }[]
    ).map((t) => t.name);
  }

  /** Every row of a table, ordered by its primary key (its rowid if it has none). */
  rows(table: string): Record<string, unknown>[] {
    let query = this.queries.get(table);
    if (!query) {
      const columns = this.db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[];
      const key = columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => `"${c.name}"`);
      query = this.db.prepare(`SELECT * FROM "${table}" ORDER BY ${key.length ? key.join(', ') : 'rowid'}`);
      this.queries.set(table, query);
    }
    return query.all() as Record<string, unknown>[];
  }

  /** A sha256 of each table's whole content, but for the ones left out. */
  checksums(except: readonly string[] = BOOKKEEPING_TABLES): Record<string, string> {
    const out: Record<string, string> = {};
    for (const table of this.tables()) {
      if (except.includes(table)) continue;
      out[table] = createHash('sha256')
        .update(JSON.stringify(this.rows(table)))
        .digest('hex');
    }
    return out;
  }

  count(table: string): number {
    return (this.db.prepare(`SELECT count(*) AS "n" FROM "${table}"`).get() as { n: number }).n;
  }

  query<T>(sql: string, ...params: unknown[]): T[] {
    return this.db.prepare(sql).all(...params) as T[];
  }

  close(): void {
    this.db.close();
  }
}

/** Every entry of the trail as a replay needs it, oldest first, straight from the file: its changes, its import record's rows, its migration. */
export function trailOf(file: DatabaseFile): (ReplayedEntry & { seq: number })[] {
  const entries = file.query<{ seq: number; changes: string; record: string | null; migration: string | null }>(
    `SELECT "seq", "changes", "record", "migration" FROM "audit_entry" ORDER BY "seq"`,
  );
  return entries.map((e) => ({
    seq: e.seq,
    changes: JSON.parse(e.changes) as RowChange[],
    imported: e.record
      ? file
          .query<{ rows: string }>(`SELECT "rows" FROM "audit_import_record" WHERE "seq" = ? ORDER BY "chunk"`, e.seq)
          .flatMap((c) => JSON.parse(c.rows) as RowChange[])
      : [],
    migration: e.migration ? (JSON.parse(e.migration) as TrailMigration) : null,
  }));
}
