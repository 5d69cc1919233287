import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications keep a key and parameters instead of a Chinese sentence, so they read in each
 * reader's language; users keep the language they chose, for their e-mails. Rows written before
 * keep their sentence as a `text` message: nothing already sent is lost.
 */
export class NotificationMessages1796600000000 implements MigrationInterface {
  name = 'NotificationMessages1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notifications" ADD "message" jsonb');
    await queryRunner.query(
      `UPDATE "notifications" SET "message" = jsonb_build_object('key', 'text', 'params', jsonb_build_object('title', "title", 'body', "body"))`,
    );
    await queryRunner.query('ALTER TABLE "notifications" ALTER COLUMN "message" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "title"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "body"');
    await queryRunner.query(
      `ALTER TABLE "users" ADD "language" character varying(8) NOT NULL DEFAULT 'zh-CN'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "language"');
    await queryRunner.query('ALTER TABLE "notifications" ADD "title" character varying(200)');
    await queryRunner.query('ALTER TABLE "notifications" ADD "body" text');
    // Keyed messages have no stored sentence: their key stands in for the title.
    await queryRunner.query(
      `UPDATE "notifications" SET "title" = left(coalesce("message"->'params'->>'title', "message"->>'key'), 200), "body" = CASE WHEN "message"->>'key' = 'text' THEN "message"->'params'->>'body' END`,
    );
    await queryRunner.query('ALTER TABLE "notifications" ALTER COLUMN "title" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "message"');
  }
}
