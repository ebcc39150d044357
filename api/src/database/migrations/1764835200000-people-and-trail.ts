import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and the trail: users with roles, their credentials and sessions, the
 * audit trail (made unchangeable by triggers) with its index of ids, comments,
 * and on every editable row a version and a soft-delete time.
 * Generated from the entities with TypeORM's schema builder, then reviewed.
 */
export class PeopleAndTrail1764835200000 implements MigrationInterface {
  name = 'PeopleAndTrail1764835200000';

  async up(q: QueryRunner): Promise<void> {
    // Every editable row gets a version (conflict-safe edits) and a deletion time (soft delete).
    // Columns are added in place: rebuilding the tables would cascade deletes through the foreign keys.
    await q.query(`ALTER TABLE "plan" ADD COLUMN "version" integer NOT NULL DEFAULT (1)`);
    await q.query(`ALTER TABLE "plan" ADD COLUMN "deletedAt" datetime`);
    await q.query(`ALTER TABLE "unit" ADD COLUMN "version" integer NOT NULL DEFAULT (1)`);
    await q.query(`ALTER TABLE "unit" ADD COLUMN "deletedAt" datetime`);
    await q.query(`ALTER TABLE "aiming_point" ADD COLUMN "version" integer NOT NULL DEFAULT (1)`);
    await q.query(`ALTER TABLE "aiming_point" ADD COLUMN "deletedAt" datetime`);
    await q.query(`ALTER TABLE "committee" ADD COLUMN "version" integer NOT NULL DEFAULT (1)`);
    await q.query(`ALTER TABLE "committee" ADD COLUMN "deletedAt" datetime`);
    await q.query(`ALTER TABLE "focus_area" ADD COLUMN "version" integer NOT NULL DEFAULT (1)`);
    await q.query(`ALTER TABLE "focus_area" ADD COLUMN "deletedAt" datetime`);
    await q.query(`ALTER TABLE "action" ADD COLUMN "version" integer NOT NULL DEFAULT (1)`);
    await q.query(`ALTER TABLE "action" ADD COLUMN "deletedAt" datetime`);
    await q.query(`ALTER TABLE "indicator" ADD COLUMN "version" integer NOT NULL DEFAULT (1)`);
    await q.query(`ALTER TABLE "indicator" ADD COLUMN "deletedAt" datetime`);
    await q.query(`ALTER TABLE "support_link" ADD COLUMN "version" integer NOT NULL DEFAULT (1)`);
    await q.query(`ALTER TABLE "support_link" ADD COLUMN "deletedAt" datetime`);
    await q.query(`ALTER TABLE "contribution_link" ADD COLUMN "version" integer NOT NULL DEFAULT (1)`);
    await q.query(`ALTER TABLE "contribution_link" ADD COLUMN "deletedAt" datetime`);
    // A deleted row keeps its rank and ends, so uniqueness only binds the rows still alive.
    await q.query(`DROP INDEX "IDX_05014457bee65cb4304f983f64"`);
    await q.query(`DROP INDEX "IDX_50cf8b78ce4cb66190bd1a8432"`);
    await q.query(`DROP INDEX "IDX_767fb175c10b9f5311568764ff"`);
    await q.query(
      `CREATE TABLE "audit_entry" ("seq" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "id" varchar(36) NOT NULL, "at" varchar(30) NOT NULL, "userId" varchar(36), "userName" varchar(200), "action" varchar(16) NOT NULL, "entity" varchar(16) NOT NULL, "entityId" varchar(36), "entityIds" text NOT NULL, "changes" text NOT NULL, "reason" text, "detail" text, "ip" varchar(64), "prevHash" varchar(64) NOT NULL, "hash" varchar(64) NOT NULL)`,
    );
    await q.query(`CREATE TABLE "audit_ref" ("seq" integer NOT NULL, "entityId" varchar(36) NOT NULL, PRIMARY KEY ("seq", "entityId"))`);
    await q.query(
      `CREATE TABLE "user" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(60) NOT NULL, "name" varchar(200) NOT NULL, "roles" text NOT NULL, "committeeIds" text NOT NULL, "unitIds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "demo" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await q.query(
      `CREATE TABLE "credential" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "secret" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_51dc2344d47cea3102674c64963" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await q.query(
      `CREATE TABLE "session" ("id" varchar(64) PRIMARY KEY NOT NULL, "userId" varchar(36) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "expiresAt" datetime NOT NULL, CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await q.query(
      `CREATE TABLE "comment" ("id" varchar(36) PRIMARY KEY NOT NULL, "planId" varchar(36) NOT NULL, "nodeId" varchar(36) NOT NULL, "authorId" varchar(36) NOT NULL, "body" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_9269e1490a36131ba08d32bb7b9" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_276779da446413a0d79598d4fbd" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await q.query(`CREATE INDEX "IDX_30d7ded7a9e37e5bda08fea7a9" ON "audit_entry" ("action", "ip")`);
    await q.query(`CREATE INDEX "IDX_9fcb7aefd3f2691695df07c7a5" ON "audit_entry" ("action", "userName")`);
    await q.query(`CREATE INDEX "IDX_c36e6f99fdc346ec26d3e8ace8" ON "audit_entry" ("entityId")`);
    await q.query(`CREATE INDEX "IDX_3a69a645488fcd51f01d6f85d8" ON "audit_entry" ("userId")`);
    await q.query(`CREATE INDEX "IDX_9d18bd4a32fc0cd8ff82b12037" ON "audit_entry" ("at")`);
    await q.query(`CREATE INDEX "IDX_9a7c576d0c23c548b331ba2aa7" ON "audit_ref" ("entityId", "seq")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_78a916df40e02a9deb1c4b75ed" ON "user" ("username")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_7dc3e6ec07e008d4839495a2a4" ON "credential" ("userId", "kind")`);
    await q.query(`CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId")`);
    await q.query(`CREATE INDEX "IDX_4bb8166ab6cb8161764d72eda7" ON "comment" ("nodeId", "createdAt")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_5b0a1248fdddca7752c1eb029d" ON "focus_area" ("committeeId", "rank") WHERE "deletedAt" IS NULL`);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_b86ce238fa0763ccf2148e8921" ON "support_link" ("focusAreaId", "aimingPointId") WHERE "deletedAt" IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_bf505d3de99c92c8ba3a23b5d1" ON "contribution_link" ("actionId", "focusAreaId") WHERE "deletedAt" IS NULL`,
    );
    // The trail cannot be changed or cut, by any route or by a stray statement.
    await q.query(
      `CREATE TRIGGER "audit_entry_no_update" BEFORE UPDATE ON "audit_entry" BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END`,
    );
    await q.query(
      `CREATE TRIGGER "audit_entry_no_delete" BEFORE DELETE ON "audit_entry" BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END`,
    );
    await q.query(
      `CREATE TRIGGER "audit_ref_no_update" BEFORE UPDATE ON "audit_ref" BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END`,
    );
    await q.query(
      `CREATE TRIGGER "audit_ref_no_delete" BEFORE DELETE ON "audit_ref" BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "audit_ref_no_delete"`);
    await q.query(`DROP TRIGGER "audit_ref_no_update"`);
    await q.query(`DROP TRIGGER "audit_entry_no_delete"`);
    await q.query(`DROP TRIGGER "audit_entry_no_update"`);
    await q.query(`DROP TABLE "comment"`);
    await q.query(`DROP TABLE "session"`);
    await q.query(`DROP TABLE "credential"`);
    await q.query(`DROP TABLE "user"`);
    await q.query(`DROP TABLE "audit_ref"`);
    await q.query(`DROP TABLE "audit_entry"`);
    await q.query(`DROP INDEX "IDX_5b0a1248fdddca7752c1eb029d"`);
    await q.query(`DROP INDEX "IDX_b86ce238fa0763ccf2148e8921"`);
    await q.query(`DROP INDEX "IDX_bf505d3de99c92c8ba3a23b5d1"`);
    await q.query(`CREATE UNIQUE INDEX "IDX_05014457bee65cb4304f983f64" ON "focus_area" ("committeeId", "rank")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_50cf8b78ce4cb66190bd1a8432" ON "support_link" ("focusAreaId", "aimingPointId")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_767fb175c10b9f5311568764ff" ON "contribution_link" ("actionId", "focusAreaId")`);
    await q.query(`ALTER TABLE "plan" DROP COLUMN "deletedAt"`);
    await q.query(`ALTER TABLE "plan" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "unit" DROP COLUMN "deletedAt"`);
    await q.query(`ALTER TABLE "unit" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "aiming_point" DROP COLUMN "deletedAt"`);
    await q.query(`ALTER TABLE "aiming_point" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "committee" DROP COLUMN "deletedAt"`);
    await q.query(`ALTER TABLE "committee" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "focus_area" DROP COLUMN "deletedAt"`);
    await q.query(`ALTER TABLE "focus_area" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "action" DROP COLUMN "deletedAt"`);
    await q.query(`ALTER TABLE "action" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "deletedAt"`);
    await q.query(`ALTER TABLE "indicator" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "support_link" DROP COLUMN "deletedAt"`);
    await q.query(`ALTER TABLE "support_link" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "contribution_link" DROP COLUMN "deletedAt"`);
    await q.query(`ALTER TABLE "contribution_link" DROP COLUMN "version"`);
  }
}
