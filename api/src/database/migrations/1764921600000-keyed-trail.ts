import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The keyed trail: each entry says whether its hash is keyed (HMAC) or a plain
 * SHA-256 from before; an import's entry carries a summary of its record,
 * whose rows are kept in chunks in a table of their own (unchangeable like the
 * trail); a migrate entry carries what an upgrade did to stored values, and
 * upgrades leave what they did in `audit_pending_migration` until Kompas,
 * holding the key, writes it to the trail at the next start.
 */
export class KeyedTrail1764921600000 implements MigrationInterface {
  name = 'KeyedTrail1764921600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_entry" ADD COLUMN "keyed" boolean NOT NULL DEFAULT (0)`);
    await q.query(`ALTER TABLE "audit_entry" ADD COLUMN "record" text`);
    await q.query(`ALTER TABLE "audit_entry" ADD COLUMN "migration" text`);
    await q.query(
      `CREATE TABLE "audit_import_record" ("seq" integer NOT NULL, "chunk" integer NOT NULL, "rows" text NOT NULL, PRIMARY KEY ("seq", "chunk"))`,
    );
    await q.query(`CREATE TABLE "audit_pending_migration" ("name" varchar(200) PRIMARY KEY NOT NULL, "spec" text NOT NULL)`);
    await q.query(
      `CREATE TRIGGER "audit_import_record_no_update" BEFORE UPDATE ON "audit_import_record" BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END`,
    );
    await q.query(
      `CREATE TRIGGER "audit_import_record_no_delete" BEFORE DELETE ON "audit_import_record" BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "audit_import_record_no_delete"`);
    await q.query(`DROP TRIGGER "audit_import_record_no_update"`);
    await q.query(`DROP TABLE "audit_pending_migration"`);
    await q.query(`DROP TABLE "audit_import_record"`);
    await q.query(`ALTER TABLE "audit_entry" DROP COLUMN "migration"`);
    await q.query(`ALTER TABLE "audit_entry" DROP COLUMN "record"`);
    await q.query(`ALTER TABLE "audit_entry" DROP COLUMN "keyed"`);
  }
}
