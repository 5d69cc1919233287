import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStoredFiles1795547295004 implements MigrationInterface {
  name = 'CreateStoredFiles1795547295004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "stored_files" ("id" uuid NOT NULL, "owner_id" uuid NOT NULL, "subject_type" character varying(32) NOT NULL, "subject_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "name" character varying(255) NOT NULL, "content_type" character varying(64) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d5be862bf53851c1794b4adf4e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_stored_files_subject" ON "stored_files"  ("subject_type", "subject_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_stored_files_subject"');
    await queryRunner.query('DROP TABLE "stored_files"');
  }
}
