// Writing a checked plan document: one transaction on a connection of its own,
// in the import's worker thread (or, for a database in memory, on the API's).
import type { PlanDocument } from '@kompas/domain';
import type { Database as SqliteConnection } from 'better-sqlite3';
import { bulkInsert } from '../../database/bulk-insert';
import { applyWriterSettings } from '../../database/writer-settings';
import { ChainEnd, EntryFacts, entryValues, INSERT_ENTRY_SQL, LAST_ENTRY_SQL } from '../audit/entry-row';
import { ImportRecordWriter } from '../audit/import-record';
import type { StoredAuditRow } from '../audit/trail';
import { ColumnInfo, ImportSummary, importRows, INSERTED_COLUMNS, KnownUnit, tableShape, TableShape, withRecord } from './import-rows';

/** Who imports, as the trail entry names them. */
export type Importer = { userId: string | null; userName: string | null; reason: string | null; ip: string | null };

/** How to write: who imports, and the sizes of the work's pieces. */
export type WriteOrder = {
  importer: Importer;
  valuesPerBatch: number;
  recordChunkRows: number;
  cacheKib: number;
  /** When the rows are made (SQLite's UTC text): the API's clock at the import, the time its trail entry carries too. */
  now: string;
  /** The document is nobody else's: its lists are emptied as their rows are made, so that their memory can go early. */
  consume?: boolean;
};

/** The trail entry that ends the import, made by whoever holds the trail's key; with the ids whose history lists it. */
export type EntryFor = (last: ChainEnd, facts: EntryFacts) => Promise<{ row: StoredAuditRow; refIds: string[] }>;

/** The tables an import writes. */
const IMPORTED_TABLES = Object.keys(INSERTED_COLUMNS);

/** A connection with the settings every Kompas connection writes with. */
export function asWriter(db: SqliteConnection): SqliteConnection {
  applyWriterSettings(db);
  return db;
}

/**
 * Writes a checked document as a new plan, all of it or nothing, in one
 * transaction on `db`: the rows, the import's record (every created row as
 * stored, chunk by chunk, and the index of entries by id), and the trail entry
 * that carries the record's digest. The caller holds the write queue's turn,
 * so no other write comes between: the entry follows the trail's last one.
 */
export async function writeImport(db: SqliteConnection, doc: PlanDocument, order: WriteOrder, entryFor: EntryFor): Promise<ImportSummary> {
  const cacheSize = Number(db.pragma('cache_size', { simple: true }));
  // The new rows' indexes are written all over: SQLite keeps more of the database in memory rather than re-reading it.
  db.pragma(`cache_size = -${order.cacheKib}`);
  db.exec('BEGIN IMMEDIATE');
  try {
    // References were all checked; checking foreign keys at commit lets rows come in any order.
    db.pragma('defer_foreign_keys = ON');
    const knownUnits = db.prepare(`SELECT "id", "name", "parentId" FROM "unit" WHERE "deletedAt" IS NULL`).all() as KnownUnit[];
    const shapes: Record<string, TableShape> = {};
    for (const table of IMPORTED_TABLES) {
      const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as ColumnInfo[];
      shapes[table] = tableShape(table, columns, INSERTED_COLUMNS[table]);
    }
    const last = db.prepare(LAST_ENTRY_SQL).get() as ChainEnd;
    const seq = (last?.seq ?? 0) + 1;
    const record = new ImportRecordWriter(db, seq);
    const steps = withRecord(importRows(doc, knownUnits, order.now, order.valuesPerBatch, order.consume), shapes, order.recordChunkRows);
    let step = steps.next();
    while (!step.done) {
      const part = step.value;
      if ('text' in part) record.add(part);
      else bulkInsert(db, part.table, part.columns, part.rows.flat());
      step = steps.next();
    }
    const summary = step.value as ImportSummary;
    record.finish();
    const { row, refIds } = await entryFor(last, {
      action: 'import',
      entity: 'plan',
      entityId: summary.planId,
      ...order.importer,
      changes: [],
      record: record.summary(seq),
    });
    if (row.seq !== seq) throw new Error(`The import's entry came out as entry ${row.seq}, not ${seq}.`);
    db.prepare(INSERT_ENTRY_SQL).run(entryValues(row));
    const ref = db.prepare(`INSERT OR IGNORE INTO "audit_ref" ("seq", "entityId") VALUES (?, ?)`);
    for (const id of refIds) ref.run(seq, id);
    db.exec('COMMIT');
    return summary;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
