import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Consultations1796700000004 implements MigrationInterface {
  name = 'Consultations1796700000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "standard_code" character varying(60) NOT NULL, "kind" character varying(16) NOT NULL, "description" text NOT NULL DEFAULT \'\', "drafting_organisation" character varying(200) NOT NULL DEFAULT \'\', "contact" character varying(200) NOT NULL DEFAULT \'\', "opens_on" date NOT NULL, "closes_on" date NOT NULL, "audience" jsonb NOT NULL, "public_reading" boolean NOT NULL DEFAULT false, "comments_visible" boolean NOT NULL DEFAULT true, "status" character varying(16) NOT NULL DEFAULT \'draft\', "draft_text" text NOT NULL DEFAULT \'\', "preamble" text NOT NULL DEFAULT \'\', "survey" jsonb NOT NULL DEFAULT \'[]\', "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "concluded_at" TIMESTAMP WITH TIME ZONE, "results_published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consultations_status" ON "consultations"  ("status", "closes_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "consultation_clauses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "position" integer NOT NULL, "number" character varying(30) NOT NULL, "title" character varying(200) NOT NULL DEFAULT \'\', "text" text NOT NULL DEFAULT \'\', "depth" smallint NOT NULL, CONSTRAINT "PK_ad0d38ada41bbbd5b71fe10cb00" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consultation_clauses_order" ON "consultation_clauses"  ("consultation_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "consultation_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consultation_id" uuid NOT NULL, "clause_id" uuid, "author_id" uuid NOT NULL, "enterprise_name" character varying(200) NOT NULL, "proposed_change" text NOT NULL, "reason" text NOT NULL DEFAULT \'\', "withdrawn_at" TIMESTAMP WITH TIME ZONE, "decision" character varying(16), "decision_reason" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3db1da6beebcdf7472f063a54a9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consultation_comments_author" ON "consultation_comments"  ("consultation_id", "author_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consultation_comments_clause" ON "consultation_comments"  ("consultation_id", "clause_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "consultation_responses" ("consultation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "answers" jsonb NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "enterprise_name" character varying(200) NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3b29d2c2362ba3f2e97b303eb60" PRIMARY KEY ("consultation_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consultation_responses_submitted" ON "consultation_responses"  ("consultation_id", "submitted_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_consultation_responses_submitted"');
    await queryRunner.query('DROP TABLE "consultation_responses"');
    await queryRunner.query('DROP INDEX "public"."ix_consultation_comments_clause"');
    await queryRunner.query('DROP INDEX "public"."ix_consultation_comments_author"');
    await queryRunner.query('DROP TABLE "consultation_comments"');
    await queryRunner.query('DROP INDEX "public"."ix_consultation_clauses_order"');
    await queryRunner.query('DROP TABLE "consultation_clauses"');
    await queryRunner.query('DROP INDEX "public"."ix_consultations_status"');
    await queryRunner.query('DROP TABLE "consultations"');
  }
}
