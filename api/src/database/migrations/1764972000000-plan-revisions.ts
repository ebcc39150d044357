import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plan revisions (`plan_revision`): a named, dated snapshot of a plan with the
 * decision that adopted it. Plan data, in the trail (its snapshot by its
 * digest); a new table, so no stored value changes.
 */
export class PlanRevisions1764972000000 implements MigrationInterface {
  name = 'PlanRevisions1764972000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "plan_revision" ("id" varchar(36) PRIMARY KEY NOT NULL, "planId" varchar(36) NOT NULL, "name" varchar(300) NOT NULL, "decidedAt" varchar(10) NOT NULL, "decidedBy" varchar(300) NOT NULL, "caseNumber" varchar(60) NOT NULL, "createdBy" varchar(36), "createdAt" datetime NOT NULL, "auditSeq" integer NOT NULL, "snapshot" text NOT NULL, "snapshotDigest" varchar(71) NOT NULL, CONSTRAINT "FK_5522a37e22933de875ff89f1188" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3e1483c3e99c40976e126dff3f4" FOREIGN KEY ("createdBy") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await q.query(`CREATE INDEX "IDX_f476978418be3cf3ae4cd121ee" ON "plan_revision" ("planId", "createdAt") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "plan_revision"`);
  }
}
