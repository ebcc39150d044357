import type { Database as SqliteConnection, Statement } from 'better-sqlite3';

// SQLite allows 32,766 bound values per statement; stay well below.
const MAX_VALUES = 30_000;
/** Prepared INSERTs kept per connection (a few per table: the full batch, and the last, shorter one). */
const KEPT_STATEMENTS = 64;

const prepared = new WeakMap<SqliteConnection, Map<string, Statement>>();

/** The INSERT of `rows` rows into `table`, prepared on its first use (its text is long: it is made only then). */
function insertOf(db: SqliteConnection, table: string, columns: readonly string[], rows: number): Statement {
  let kept = prepared.get(db);
  if (!kept) prepared.set(db, (kept = new Map()));
  const key = `${table}(${columns.join(',')})×${rows}`;
  let statement = kept.get(key);
  if (!statement) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    statement = db.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`,
    );
    kept.set(key, statement);
    if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value as string);
  }
  return statement;
}

/**
 * Inserts many rows with multi-row INSERTs, prepared once per connection: the
 * import of a 20,000-action plan is hundreds of thousands of rows. `values`
 * holds the rows one after the other, each with a value for every column.
 */
export function bulkInsert(db: SqliteConnection, table: string, columns: readonly string[], values: readonly unknown[]): void {
  const n = columns.length;
  if (values.length % n) throw new Error(`${values.length} values are no whole number of rows of ${n} columns.`);
  if (!values.length) return;
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / n)) * n;
  for (let i = 0; i < values.length; i += perStatement) {
    const chunk = values.length <= perStatement ? values : values.slice(i, i + perStatement);
    insertOf(db, table, columns, chunk.length / n).run(chunk);
  }
}
