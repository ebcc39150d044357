import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How far each person has read each node's comments (`comment_read`), so a
 * comment can stay on the "Til opfølgning" list of the people who answer for
 * its node until they open the node's comments. Not plan data: not in the trail.
 */
export class CommentReads1764957600000 implements MigrationInterface {
  name = 'CommentReads1764957600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "comment_read" ("userId" varchar(36) NOT NULL, "nodeId" varchar(36) NOT NULL, "lastCommentId" varchar(36) NOT NULL, "readAt" datetime NOT NULL, CONSTRAINT "FK_e07f6332eb8e6d389383442e4da" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_7f680ca043712c0ca2188ad5d5e" FOREIGN KEY ("lastCommentId") REFERENCES "comment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("userId", "nodeId"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "comment_read"`);
  }
}
