import { duplicateObservations, ERROR_CODES, ObservationLink, observationProblems, TrailMigrationKept } from '@kompas/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { declareTrailMigration } from '../trail-migration';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown> };

/**
 * One current observation per indicator and period, and corrections that
 * keep their indicator and period and go round in no circle: rules of the
 * service and the import from this version on. What was recorded before them
 * is kept as it was (observations are never changed or deleted), so there is
 * no unique index; the upgrade's `migrate` entry lists the rows that break
 * them, for someone to correct.
 */
export class OneObservationPerPeriod1764928800000 implements MigrationInterface {
  name = 'OneObservationPerPeriod1764928800000';
  /** No stored value changes. */
  trail = [];

  async kept(q: Queryable): Promise<TrailMigrationKept[]> {
    const rows = (await q.query(
      `SELECT "id", "indicatorId", "periodStart", "periodEnd", "supersedesId" FROM "observation" ORDER BY "recordedAt", "rowid"`,
    )) as ObservationLink[];
    const kept: TrailMigrationKept[] = [];
    const duplicates = duplicateObservations(rows).map((group) => ({
      ids: group.map((o) => o.id),
      shared: { indicatorId: group[0].indicatorId, periodStart: group[0].periodStart, periodEnd: group[0].periodEnd },
    }));
    if (duplicates.length) kept.push({ table: 'observation', rule: ERROR_CODES.observationExists, groups: duplicates });
    const problems = observationProblems(rows);
    for (const rule of [ERROR_CODES.correctionMismatch, ERROR_CODES.correctionCycle]) {
      const groups = problems
        .filter((p) => p.code === rule)
        .map((p) => rows[Number(p.field.split('.')[1])])
        .map((o) => ({ ids: [o.id, o.supersedesId as string], shared: { indicatorId: o.indicatorId } }));
      if (groups.length) kept.push({ table: 'observation', rule, groups });
    }
    return kept;
  }

  async up(q: QueryRunner): Promise<void> {
    await declareTrailMigration(q, this);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "audit_pending_migration" WHERE "name" = ?`, [this.name]);
  }
}
