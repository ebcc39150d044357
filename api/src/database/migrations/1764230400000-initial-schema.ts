import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole cascade, every level from the first day: plan (vision), aiming
 * points, committees, units, focus areas (with co-owners), actions,
 * indicators, observations and the two kinds of link.
 * Generated from the entities with TypeORM's schema builder, then reviewed.
 */
export class InitialSchema1764230400000 implements MigrationInterface {
  name = 'InitialSchema1764230400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "plan" ("id" varchar(36) PRIMARY KEY NOT NULL, "example" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "organisation" varchar(300) NOT NULL, "title" varchar(300) NOT NULL, "visionStatement" text NOT NULL DEFAULT (''), "motivations" text NOT NULL, "sections" text NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "status" varchar(16) NOT NULL)`);
    await q.query(`CREATE TABLE "unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "example" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "name" varchar(300) NOT NULL, "parentId" varchar(36), CONSTRAINT "FK_5dd750900308d1d70a3848b92c1" FOREIGN KEY ("parentId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`CREATE INDEX "IDX_3ba0e4cb41fd2ee8f0850b78f7" ON "unit" ("parentId", "name")`);
    await q.query(`CREATE TABLE "aiming_point" ("id" varchar(36) PRIMARY KEY NOT NULL, "example" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "planId" varchar(36) NOT NULL, "title" varchar(300) NOT NULL, "ambition" text NOT NULL DEFAULT (''), "body" text NOT NULL DEFAULT (''), "sections" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_32bc9e7fb665f501172b20a0910" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`CREATE INDEX "IDX_0c572144e27779c50015abc926" ON "aiming_point" ("planId", "position")`);
    await q.query(`CREATE TABLE "committee" ("id" varchar(36) PRIMARY KEY NOT NULL, "example" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "planId" varchar(36) NOT NULL, "name" varchar(300) NOT NULL, "shortName" varchar(60) NOT NULL DEFAULT (''), "coreAreas" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_7f1989afe01e36f9f3224e71244" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`CREATE INDEX "IDX_e1b84573d059a6e1ddc127ba52" ON "committee" ("planId", "position")`);
    await q.query(`CREATE TABLE "focus_area" ("id" varchar(36) PRIMARY KEY NOT NULL, "example" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "planId" varchar(36) NOT NULL, "committeeId" varchar(36) NOT NULL, "title" varchar(300) NOT NULL, "description" text NOT NULL DEFAULT (''), "rank" integer NOT NULL, "status" varchar(16) NOT NULL, CONSTRAINT "FK_2b0bf95f959ce55417e27e8f80b" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_6568fbd2302d15092eb42848710" FOREIGN KEY ("committeeId") REFERENCES "committee" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`CREATE INDEX "IDX_2b0bf95f959ce55417e27e8f80" ON "focus_area" ("planId")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_05014457bee65cb4304f983f64" ON "focus_area" ("committeeId", "rank")`);
    await q.query(`CREATE TABLE "focus_area_co_owner" ("focusAreaId" varchar(36) NOT NULL, "committeeId" varchar(36) NOT NULL, CONSTRAINT "FK_cbaf353221185bbb68e50db8804" FOREIGN KEY ("focusAreaId") REFERENCES "focus_area" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3b7957cd3c48ebb9d0de0639362" FOREIGN KEY ("committeeId") REFERENCES "committee" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("focusAreaId", "committeeId"))`);
    await q.query(`CREATE INDEX "IDX_3b7957cd3c48ebb9d0de063936" ON "focus_area_co_owner" ("committeeId")`);
    await q.query(`CREATE TABLE "action" ("id" varchar(36) PRIMARY KEY NOT NULL, "example" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "planId" varchar(36) NOT NULL, "title" varchar(300) NOT NULL, "description" text NOT NULL DEFAULT (''), "unitId" varchar(36) NOT NULL, "responsiblePerson" varchar(300), "status" varchar(16) NOT NULL, "startDate" date, "endDate" date, CONSTRAINT "FK_b03f3516c3f002e8a5c04e6a791" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_dd8ce518fce30bd6271a064cb6f" FOREIGN KEY ("unitId") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
    await q.query(`CREATE INDEX "IDX_dd8ce518fce30bd6271a064cb6" ON "action" ("unitId")`);
    await q.query(`CREATE INDEX "IDX_b03f3516c3f002e8a5c04e6a79" ON "action" ("planId")`);
    await q.query(`CREATE TABLE "indicator" ("id" varchar(36) PRIMARY KEY NOT NULL, "example" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "planId" varchar(36) NOT NULL, "focusAreaId" varchar(36), "actionId" varchar(36), "title" varchar(300) NOT NULL, "description" text NOT NULL DEFAULT (''), "type" varchar(16) NOT NULL, "evidenceKind" varchar(24) NOT NULL, "cadence" varchar(16) NOT NULL, "unit" varchar(60), "direction" varchar(8), "baselineValue" real, "baselineDate" date, "targetValue" real, "targetDate" date, CONSTRAINT "FK_988e3f73c348aad53f4e9640087" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f4f695332da6f32c52dda11be98" FOREIGN KEY ("focusAreaId") REFERENCES "focus_area" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_0634c5d5354fb4094b2e94ebcc0" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`CREATE INDEX "IDX_0634c5d5354fb4094b2e94ebcc" ON "indicator" ("actionId")`);
    await q.query(`CREATE INDEX "IDX_f4f695332da6f32c52dda11be9" ON "indicator" ("focusAreaId")`);
    await q.query(`CREATE INDEX "IDX_988e3f73c348aad53f4e964008" ON "indicator" ("planId")`);
    await q.query(`CREATE TABLE "observation" ("id" varchar(36) PRIMARY KEY NOT NULL, "indicatorId" varchar(36) NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "value" real, "narrative" text, "judgement" varchar(16), "sourceNote" text, "recordedAt" datetime NOT NULL, "supersedesId" varchar(36), "example" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_3a65226ac76b7e78c6e2273fca0" FOREIGN KEY ("indicatorId") REFERENCES "indicator" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_c486264c3e5a22def621f7e3b2b" FOREIGN KEY ("supersedesId") REFERENCES "observation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`CREATE UNIQUE INDEX "IDX_c486264c3e5a22def621f7e3b2" ON "observation" ("supersedesId")`);
    await q.query(`CREATE INDEX "IDX_c1d2cfcebbbc1f7d9a8c57c3f8" ON "observation" ("indicatorId", "periodEnd")`);
    await q.query(`CREATE TABLE "support_link" ("id" varchar(36) PRIMARY KEY NOT NULL, "example" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "planId" varchar(36) NOT NULL, "rationale" text NOT NULL DEFAULT (''), "strength" integer NOT NULL, "focusAreaId" varchar(36) NOT NULL, "aimingPointId" varchar(36) NOT NULL, CONSTRAINT "FK_adb0a5eb2523398e181142cfab8" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_78cdc4c47074e2d699ce44dc4ee" FOREIGN KEY ("focusAreaId") REFERENCES "focus_area" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_69698f541263288fa702800ec67" FOREIGN KEY ("aimingPointId") REFERENCES "aiming_point" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`CREATE INDEX "IDX_adb0a5eb2523398e181142cfab" ON "support_link" ("planId")`);
    await q.query(`CREATE INDEX "IDX_69698f541263288fa702800ec6" ON "support_link" ("aimingPointId")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_50cf8b78ce4cb66190bd1a8432" ON "support_link" ("focusAreaId", "aimingPointId")`);
    await q.query(`CREATE TABLE "contribution_link" ("id" varchar(36) PRIMARY KEY NOT NULL, "example" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "planId" varchar(36) NOT NULL, "rationale" text NOT NULL DEFAULT (''), "strength" integer NOT NULL, "actionId" varchar(36) NOT NULL, "focusAreaId" varchar(36) NOT NULL, CONSTRAINT "FK_4b29601caa2b849ae83c4e682bf" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7a706155af0ed4504a8ffd3d1c7" FOREIGN KEY ("actionId") REFERENCES "action" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_9377b501ad58284dcd1896f2b41" FOREIGN KEY ("focusAreaId") REFERENCES "focus_area" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`CREATE INDEX "IDX_4b29601caa2b849ae83c4e682b" ON "contribution_link" ("planId")`);
    await q.query(`CREATE INDEX "IDX_9377b501ad58284dcd1896f2b4" ON "contribution_link" ("focusAreaId")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_767fb175c10b9f5311568764ff" ON "contribution_link" ("actionId", "focusAreaId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_4b29601caa2b849ae83c4e682b"`);
    await q.query(`DROP INDEX "IDX_9377b501ad58284dcd1896f2b4"`);
    await q.query(`DROP INDEX "IDX_767fb175c10b9f5311568764ff"`);
    await q.query(`DROP TABLE "contribution_link"`);
    await q.query(`DROP INDEX "IDX_adb0a5eb2523398e181142cfab"`);
    await q.query(`DROP INDEX "IDX_69698f541263288fa702800ec6"`);
    await q.query(`DROP INDEX "IDX_50cf8b78ce4cb66190bd1a8432"`);
    await q.query(`DROP TABLE "support_link"`);
    await q.query(`DROP INDEX "IDX_c486264c3e5a22def621f7e3b2"`);
    await q.query(`DROP INDEX "IDX_c1d2cfcebbbc1f7d9a8c57c3f8"`);
    await q.query(`DROP TABLE "observation"`);
    await q.query(`DROP INDEX "IDX_0634c5d5354fb4094b2e94ebcc"`);
    await q.query(`DROP INDEX "IDX_f4f695332da6f32c52dda11be9"`);
    await q.query(`DROP INDEX "IDX_988e3f73c348aad53f4e964008"`);
    await q.query(`DROP TABLE "indicator"`);
    await q.query(`DROP INDEX "IDX_dd8ce518fce30bd6271a064cb6"`);
    await q.query(`DROP INDEX "IDX_b03f3516c3f002e8a5c04e6a79"`);
    await q.query(`DROP TABLE "action"`);
    await q.query(`DROP INDEX "IDX_3b7957cd3c48ebb9d0de063936"`);
    await q.query(`DROP TABLE "focus_area_co_owner"`);
    await q.query(`DROP INDEX "IDX_2b0bf95f959ce55417e27e8f80"`);
    await q.query(`DROP INDEX "IDX_05014457bee65cb4304f983f64"`);
    await q.query(`DROP TABLE "focus_area"`);
    await q.query(`DROP INDEX "IDX_e1b84573d059a6e1ddc127ba52"`);
    await q.query(`DROP TABLE "committee"`);
    await q.query(`DROP INDEX "IDX_0c572144e27779c50015abc926"`);
    await q.query(`DROP TABLE "aiming_point"`);
    await q.query(`DROP INDEX "IDX_3ba0e4cb41fd2ee8f0850b78f7"`);
    await q.query(`DROP TABLE "unit"`);
    await q.query(`DROP TABLE "plan"`);
  }
}
