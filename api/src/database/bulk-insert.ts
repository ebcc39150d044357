import { EntityManager } from 'typeorm';

// SQLite allows 32,766 bound values per statement; stay well below.
const MAX_VALUES = 30_000;

/** Inserts many rows with multi-row INSERTs: the import of a 20,000-action plan is hundreds of thousands of rows. */
export async function bulkInsert(em: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]) {
  if (!rows.length) return;
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await em.query(head + chunk.map(() => tuple).join(', '), chunk.flat());
  }
}
