import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assessments (`assessment`: how an aiming point, focus area or action is
 * doing, the evidence, a proposed adjustment and whether it was declined) and
 * adjustments (`adjustment`: a decided change of the plan with its reference,
 * one row per owner, pending until that owner applies it). Both are plan data,
 * in the trail; new tables, so no stored value changes.
 */
export class AssessmentsAndAdjustments1764964800000 implements MigrationInterface {
  name = 'AssessmentsAndAdjustments1764964800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "planId" varchar(36) NOT NULL, "nodeId" varchar(36) NOT NULL, "nodeKind" varchar(16) NOT NULL, "date" varchar(10) NOT NULL, "status" varchar(16) NOT NULL, "reflection" text NOT NULL, "evidence" text NOT NULL, "proposedAdjustment" text, "authorId" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "declineDecision" text, "declineReason" text, "declinedBy" varchar(36), "declinedAt" datetime, CONSTRAINT "FK_ca1a1cae48dc6b71f968e0b5052" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d960714d80c29eee1648af17767" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await q.query(`CREATE INDEX "IDX_e6d678dbca7c32c8a6b5ca89ba" ON "assessment" ("planId", "date") `);
    await q.query(`CREATE INDEX "IDX_b9ed6b48200d3a0fdade319715" ON "assessment" ("nodeId", "date") `);
    await q.query(
      `CREATE TABLE "adjustment" ("id" varchar(36) PRIMARY KEY NOT NULL, "groupId" varchar(36) NOT NULL, "planId" varchar(36) NOT NULL, "decidedBy" varchar(16) NOT NULL, "committeeId" varchar(36), "decidedAt" varchar(10) NOT NULL, "caseNumber" varchar(200) NOT NULL, "reason" text NOT NULL, "answersAssessmentId" varchar(36), "changes" text NOT NULL, "ownerKind" varchar(16) NOT NULL, "ownerId" varchar(36) NOT NULL, "state" varchar(16) NOT NULL, "createdBy" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "appliedBy" varchar(36), "appliedAt" datetime, CONSTRAINT "FK_168ac6ad3f9c668d2e103e92dd2" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7e13dfebed5d50e4129ead520ee" FOREIGN KEY ("createdBy") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await q.query(`CREATE INDEX "IDX_fb448d7a1d9514cf38e7166365" ON "adjustment" ("groupId") `);
    await q.query(`CREATE INDEX "IDX_86376ef760013ec85f3a04c367" ON "adjustment" ("planId", "decidedAt") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "adjustment"`);
    await q.query(`DROP TABLE "assessment"`);
  }
}
