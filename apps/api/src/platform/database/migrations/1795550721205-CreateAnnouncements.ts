import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAnnouncements1795550721205 implements MigrationInterface {
  name = 'CreateAnnouncements1795550721205';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "announcement_reads" ("announcement_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_633528237d6cee4418942ade0c6" PRIMARY KEY ("announcement_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "announcements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "audience" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'draft\', "pinned" boolean NOT NULL DEFAULT false, "publish_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "author_id" uuid NOT NULL, "search_text" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3ad760876ff2e19d58e05dc8b0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_announcements_list" ON "announcements"  ("status", "pinned", "published_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_announcements_list"');
    await queryRunner.query('DROP TABLE "announcements"');
    await queryRunner.query('DROP TABLE "announcement_reads"');
  }
}
