import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What-if scenarios (`scenario`): changes a director or committee member
 * stages in private before deciding them. Not plan data: not in the trail.
 */
export class Scenarios1764979200000 implements MigrationInterface {
  name = 'Scenarios1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "scenario" ("id" varchar(36) PRIMARY KEY NOT NULL, "planId" varchar(36) NOT NULL, "authorId" varchar(36) NOT NULL, "name" varchar(200) NOT NULL, "changes" text NOT NULL DEFAULT ('[]'), "baseSeq" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_3cd9ff23f88c486bdf8d5248d22" FOREIGN KEY ("planId") REFERENCES "plan" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_e3e4f267dac0427e5acdd92fa92" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await q.query(`CREATE INDEX "IDX_35307065b01339c4e0b0be51ea" ON "scenario" ("authorId", "planId") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_35307065b01339c4e0b0be51ea"`);
    await q.query(`DROP TABLE "scenario"`);
  }
}
