import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1795548082777 implements MigrationInterface {
  name = 'CreateNotifications1795548082777';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "body" text, "link" character varying(300), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_user_unread" ON "notifications"  ("user_id") WHERE read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_user_created" ON "notifications"  ("user_id", "created_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_notifications_user_created"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_user_unread"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
