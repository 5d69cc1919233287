import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobsAndPreferences1795550299955 implements MigrationInterface {
  name = 'JobsAndPreferences1795550299955';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "preferences" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64c90edc7310c6be7c10c96f675" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(64) NOT NULL, "payload" jsonb NOT NULL DEFAULT \'{}\', "dedupe_key" character varying(200), "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT \'0\', "locked_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "done_at" TIMESTAMP WITH TIME ZONE, "failed" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_jobs_pending_key" ON "jobs"  ("dedupe_key") WHERE done_at IS NULL',
    );
    await queryRunner.query('CREATE INDEX "ix_jobs_due" ON "jobs"  ("run_at") WHERE done_at IS NULL');
    await queryRunner.query('ALTER TABLE "notifications" ADD "in_app" boolean NOT NULL DEFAULT true');
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD "digest_pending" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_digest" ON "notifications"  ("digest_pending") WHERE digest_pending',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_notifications_digest"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "digest_pending"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "in_app"');
    await queryRunner.query('DROP INDEX "public"."ix_jobs_due"');
    await queryRunner.query('DROP INDEX "public"."uq_jobs_pending_key"');
    await queryRunner.query('DROP TABLE "jobs"');
    await queryRunner.query('DROP TABLE "notification_preferences"');
  }
}
