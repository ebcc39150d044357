import type { TrailMigrationColumn, TrailMigrationKept } from '@kompas/domain';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown> };

/**
 * A migration that changes stored values of an audited table, and says how;
 * or that brings a rule and keeps the rows breaking it, and lists them
 * (`kept`, read from the database when the entry is written).
 */
export type TrailDeclaringMigration = {
  name: string;
  trail: TrailMigrationColumn[];
  kept?(q: Queryable): Promise<TrailMigrationKept[]>;
};

/**
 * Declares, from a migration's `up()`, that it changed stored values of an
 * audited table as its `trail` says: each new or changed column with the one
 * value every row gets, or a dropped column. Kompas writes it to the trail as
 * one `migrate` entry at its next start (after loading the trail's key), so
 * that verify and any replay of the trail apply it too:
 *
 *   name = 'Colours1799999999999';
 *   trail = [{ table: 'action', column: 'colour', value: 'blue' }];
 *   async up(q: QueryRunner) {
 *     await q.query(`ALTER TABLE "action" ADD COLUMN "colour" varchar(16) NOT NULL DEFAULT ('blue')`);
 *     await declareTrailMigration(q, this);
 *   }
 *
 * What is written to the trail is the `trail` of the migration class in the
 * code, found by its name: a row slipped into the waiting table by hand
 * writes nothing. So is its `kept`, which the migration's own code reads from
 * the database when the entry is written. A change that is not one value per column must be made by
 * Kompas itself, through the trail.
 */
export async function declareTrailMigration(q: Queryable, migration: TrailDeclaringMigration): Promise<void> {
  await q.query(`INSERT OR REPLACE INTO "audit_pending_migration" ("name", "spec") VALUES (?, ?)`, [
    migration.name,
    JSON.stringify({ name: migration.name, columns: migration.trail }),
  ]);
}
