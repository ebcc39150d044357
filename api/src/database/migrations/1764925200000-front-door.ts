import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The front door: failed sign-ins and refused requests are counted in a small
 * table of their own (not the trail), and a session remembers when it was last
 * used, so it can end after a time without use.
 */
export class FrontDoor1764925200000 implements MigrationInterface {
  name = 'FrontDoor1764925200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "sign_in_counter" ("key" varchar(32) PRIMARY KEY NOT NULL, "kind" varchar(8) NOT NULL, "count" integer NOT NULL, "firstAt" integer NOT NULL, "lastAt" integer NOT NULL, "waitUntil" integer NOT NULL DEFAULT (0), "recorded" boolean NOT NULL DEFAULT (0))`,
    );
    await q.query(`CREATE INDEX "IDX_sign_in_counter_lastAt" ON "sign_in_counter" ("lastAt")`);
    await q.query(`ALTER TABLE "session" ADD COLUMN "lastSeenAt" datetime`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "session" DROP COLUMN "lastSeenAt"`);
    await q.query(`DROP INDEX "IDX_sign_in_counter_lastAt"`);
    await q.query(`DROP TABLE "sign_in_counter"`);
  }
}
