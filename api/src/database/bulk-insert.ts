import type { Database as SqliteConnection, Statement } from 'better-sqlite3';
import { EntityManager } from 'typeorm';

// SQLite allows 32,766 bound values per statement; stay well below.
const MAX_VALUES = 30_000;
/** Prepared INSERTs kept per connection (a few per table: the full batch, and the last, shorter one). */
const KEPT_STATEMENTS = 64;

const prepared = new WeakMap<SqliteConnection, Map<string, Statement>>();

/**
 * The SQLite connection under a transaction's entity manager: statements run on
 * it belong to that transaction (better-sqlite3 has one connection), without
 * TypeORM's work per statement.
 */
export async function sqliteOf(em: EntityManager): Promise<SqliteConnection> {
  if (!em.queryRunner?.isTransactionActive) throw new Error('Statements on the SQLite connection itself run inside a transaction.');
  return (await em.queryRunner.connect()) as SqliteConnection;
}

function statementOf(db: SqliteConnection, sql: string): Statement {
  let kept = prepared.get(db);
  if (!kept) prepared.set(db, (kept = new Map()));
  let statement = kept.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    kept.set(sql, statement);
    if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value as string);
  }
  return statement;
}

/**
 * Inserts many rows with multi-row INSERTs, prepared once and run on the
 * transaction's SQLite connection: the import of a 20,000-action plan is
 * hundreds of thousands of rows.
 */
export async function bulkInsert(em: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  if (!rows.length) return;
  const db = await sqliteOf(em);
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    statementOf(db, head + chunk.map(() => tuple).join(', ')).run(chunk.flat());
  }
}
