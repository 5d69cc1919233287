import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCalendarFeeds1796110477555 implements MigrationInterface {
  name = 'CreateCalendarFeeds1796110477555';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "calendar_feeds" ("user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3212ce9ff23847e66347a6730d3" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_calendar_feeds_token" ON "calendar_feeds"  ("token_hash") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ux_calendar_feeds_token"');
    await queryRunner.query('DROP TABLE "calendar_feeds"');
  }
}
