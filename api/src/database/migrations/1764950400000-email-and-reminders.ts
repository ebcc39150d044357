import type { TrailMigrationColumn } from '@kompas/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { declareTrailMigration } from '../trail-migration';

/**
 * Users gain an optional e-mail address (`email`, none on every existing
 * user), and Kompas remembers which reminders went out (`reminder_sent`: one
 * row per user and item reminded of, so an item is mailed to a person once).
 * The address is added in place; the trail is told that every user has none.
 */
export class EmailAndReminders1764950400000 implements MigrationInterface {
  name = 'EmailAndReminders1764950400000';
  trail: TrailMigrationColumn[] = [{ table: 'user', column: 'email', value: null }];

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "user" ADD COLUMN "email" varchar(254)`);
    await q.query(
      `CREATE TABLE "reminder_sent" ("userId" varchar(36) NOT NULL, "itemKey" varchar(120) NOT NULL, "sentAt" datetime NOT NULL, CONSTRAINT "FK_3f5cc8cf73f97547bf8b538a7c7" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("userId", "itemKey"))`,
    );
    await q.query(`CREATE INDEX "IDX_reminder_sent_sentAt" ON "reminder_sent" ("sentAt")`);
    await declareTrailMigration(q, this);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "audit_pending_migration" WHERE "name" = ?`, [this.name]);
    await q.query(`DROP INDEX "IDX_reminder_sent_sentAt"`);
    await q.query(`DROP TABLE "reminder_sent"`);
    await q.query(`ALTER TABLE "user" DROP COLUMN "email"`);
  }
}
