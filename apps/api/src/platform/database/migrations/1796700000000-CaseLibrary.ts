import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The case library: cases (working copy and published version), readers' marks, comments. */
export class CaseLibrary1796700000000 implements MigrationInterface {
  name = 'CaseLibrary1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "case_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e309fb1394ca40f0f931642981f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_case_comments_case" ON "case_comments"  ("case_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "case_marks" ("case_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_067ce86687503521a995ce75c6e" PRIMARY KEY ("case_id", "user_id", "kind"))',
    );
    await queryRunner.query('CREATE INDEX "ix_case_marks_user" ON "case_marks"  ("user_id", "kind") ');
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'draft\', "title" character varying(200) NOT NULL, "summary" character varying(1000) NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "industry_code" character varying(4) NOT NULL, "methods" jsonb NOT NULL DEFAULT \'[]\', "tags" jsonb NOT NULL DEFAULT \'[]\', "results" jsonb NOT NULL DEFAULT \'[]\', "enterprise_name" character varying(200) NOT NULL, "year" smallint, "published" jsonb, "published_at" TIMESTAMP WITH TIME ZONE, "featured" boolean NOT NULL DEFAULT false, "review_comment" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_cases_status" ON "cases"  ("status") ');
    await queryRunner.query('CREATE INDEX "ix_cases_author" ON "cases"  ("author_id") ');
    await queryRunner.query('CREATE INDEX "ix_cases_listing" ON "cases"  ("published_at") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_cases_listing"');
    await queryRunner.query('DROP INDEX "public"."ix_cases_author"');
    await queryRunner.query('DROP INDEX "public"."ix_cases_status"');
    await queryRunner.query('DROP TABLE "cases"');
    await queryRunner.query('DROP INDEX "public"."ix_case_marks_user"');
    await queryRunner.query('DROP TABLE "case_marks"');
    await queryRunner.query('DROP INDEX "public"."ix_case_comments_case"');
    await queryRunner.query('DROP TABLE "case_comments"');
  }
}
