import type { TrailMigration } from '@kompas/domain';

/**
 * Declares, from a migration's `up()`, what it does to stored values of an
 * audited table: each new or changed column with the one value every row gets,
 * or a dropped column. Kompas writes it to the trail as one `migrate` entry at
 * its next start (after loading the trail's key), so that verify and any
 * replay of the trail apply it too:
 *
 *   await q.query(`ALTER TABLE "action" ADD COLUMN "colour" varchar(16) NOT NULL DEFAULT ('blue')`);
 *   await declareTrailMigration(q, { name: this.name, columns: [{ table: 'action', column: 'colour', value: 'blue' }] });
 *
 * A change that is not one value per column must be made by Kompas itself, through the trail.
 */
export async function declareTrailMigration(
  q: { query(sql: string, params?: unknown[]): Promise<unknown> },
  migration: TrailMigration,
): Promise<void> {
  await q.query(`INSERT OR REPLACE INTO "audit_pending_migration" ("name", "spec") VALUES (?, ?)`, [
    migration.name,
    JSON.stringify(migration),
  ]);
}
