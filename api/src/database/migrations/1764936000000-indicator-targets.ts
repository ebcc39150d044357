import { DEFAULT_COUNCIL_NAME, DEFAULT_GRACE_DAYS, fromSingleTarget, TrailMigrationColumn } from '@kompas/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { declareTrailMigration } from '../trail-migration';

/**
 * What an indicator can measure, and its targets:
 *
 * - a plan says what it calls its council (`councilName`, "Kommunalbestyrelsen"
 *   on every existing plan);
 * - an indicator may measure an aiming point (`aimingPointId`) or the vision
 *   (none of `aimingPointId`, `focusAreaId`, `actionId` set); existing ones
 *   keep measuring their focus area or action;
 * - a target path (`targets`), a reference series (`referenceName`,
 *   `referenceSource`), the grace after a period before its value is due
 *   (`graceDays`, 30) and a responsible person (`responsibleUserId`);
 * - observations belong to a series: every existing one is `actual`.
 *
 * The single target an indicator had (`targetValue`, `targetDate`) stays where
 * it is, as its long-term target, and becomes a one-entry target path for the
 * year of its date. Without a `targetDate` the date is the plan's last day
 * (`periodEnd`), which every plan has, so a target value always gets a date;
 * an indicator with a date but no value has no target and keeps its date as
 * it was. The trail is told through two named rules (`TRAIL_DERIVATIONS`),
 * which its replay applies to the rows it knows.
 *
 * The new columns are added in place, without foreign keys (SQLite adds no
 * named constraint to an existing table, and rebuilding the table would
 * delete its observations through their cascade): the API checks the aiming
 * point and the user an indicator names. `down` drops the columns; the dates
 * it filled in from the plans' ends stay.
 */
export class IndicatorTargets1764936000000 implements MigrationInterface {
  name = 'IndicatorTargets1764936000000';
  trail: TrailMigrationColumn[] = [
    { table: 'plan', column: 'councilName', value: DEFAULT_COUNCIL_NAME },
    { table: 'indicator', column: 'aimingPointId', value: null },
    { table: 'indicator', column: 'targetDate', derive: 'singleTargetDate' },
    { table: 'indicator', column: 'targets', derive: 'singleTargetPath' },
    { table: 'indicator', column: 'referenceName', value: null },
    { table: 'indicator', column: 'referenceSource', value: null },
    { table: 'indicator', column: 'graceDays', value: DEFAULT_GRACE_DAYS },
    { table: 'indicator', column: 'responsibleUserId', value: null },
    { table: 'observation', column: 'series', value: 'actual' },
  ];

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "plan" ADD COLUMN "councilName" varchar(300) NOT NULL DEFAULT ('${DEFAULT_COUNCIL_NAME}')`);
    await q.query(`ALTER TABLE "indicator" ADD COLUMN "aimingPointId" varchar(36)`);
    await q.query(`ALTER TABLE "indicator" ADD COLUMN "targets" text NOT NULL DEFAULT ('[]')`);
    await q.query(`ALTER TABLE "indicator" ADD COLUMN "referenceName" varchar(300)`);
    await q.query(`ALTER TABLE "indicator" ADD COLUMN "referenceSource" text`);
    await q.query(`ALTER TABLE "indicator" ADD COLUMN "graceDays" integer NOT NULL DEFAULT (${DEFAULT_GRACE_DAYS})`);
    await q.query(`ALTER TABLE "indicator" ADD COLUMN "responsibleUserId" varchar(36)`);
    await q.query(`CREATE INDEX "IDX_f83cc9d3de8bc238f7620ba9c3" ON "indicator" ("aimingPointId")`);
    await q.query(`CREATE INDEX "IDX_16e58f9ceb0c6de7520f076f53" ON "indicator" ("responsibleUserId")`);
    await q.query(`ALTER TABLE "observation" ADD COLUMN "series" varchar(16) NOT NULL DEFAULT ('actual')`);

    // Each single target as the rule in @kompas/domain makes it, the same rule the trail's replay applies.
    const single = (await q.query(
      `SELECT i."id", i."targetValue", i."targetDate", p."periodEnd" FROM "indicator" i JOIN "plan" p ON p."id" = i."planId"
        WHERE i."targetValue" IS NOT NULL`,
    )) as { id: string; targetValue: number; targetDate: string | null; periodEnd: string }[];
    for (const row of single) {
      const { targets, longTermTarget } = fromSingleTarget(row.targetValue, row.targetDate, row.periodEnd);
      await q.query(`UPDATE "indicator" SET "targetDate" = ?, "targets" = ? WHERE "id" = ?`, [
        longTermTarget?.date ?? row.targetDate,
        JSON.stringify(targets),
        row.id,
      ]);
    }
    await declareTrailMigration(q, this);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "audit_pending_migration" WHERE "name" = ?`, [this.name]);
    await q.query(`ALTER TABLE "observation" DROP COLUMN "series"`);
    await q.query(`DROP INDEX "IDX_16e58f9ceb0c6de7520f076f53"`);
    await q.query(`DROP INDEX "IDX_f83cc9d3de8bc238f7620ba9c3"`);
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "responsibleUserId"`);
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "graceDays"`);
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "referenceSource"`);
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "referenceName"`);
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "targets"`);
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "aimingPointId"`);
    await q.query(`ALTER TABLE "plan" DROP COLUMN "councilName"`);
  }
}
