import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFilings1795521641476 implements MigrationInterface {
  name = 'CreateFilings1795521641476';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "filing_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "filing_id" uuid NOT NULL, "actor_id" uuid, "actor_name" character varying(60), "action" character varying(16) NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "comment" text, "field_comments" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5edc250845b909eb51ce8d5d379" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_filing_events_filing" ON "filing_events"  ("filing_id") ');
    await queryRunner.query(
      'CREATE TABLE "filings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'draft\', "is_current" boolean NOT NULL DEFAULT false, "enterprise" jsonb NOT NULL DEFAULT \'{}\', "cqo" jsonb NOT NULL DEFAULT \'{}\', "sealed" text, "id_number_hash" character(64), "id_number_masked" character varying(40), "mobile_masked" character varying(20), "enterprise_name" character varying(200), "credit_code" character varying(18), "industry_code" character varying(4), "region_code" character varying(6), "enterprise_size" character varying(8), "eligibility_outcome" character varying(16), "cqo_name" character varying(50), "appointed_on" date, "field_comments" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_48cb6370a96594b0b3c61df98be" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_filings_owner" ON "filings"  ("owner_id") ');
    await queryRunner.query('CREATE INDEX "ix_filings_id_number_hash" ON "filings"  ("id_number_hash") ');
    await queryRunner.query('CREATE INDEX "ix_filings_industry" ON "filings"  ("industry_code") ');
    await queryRunner.query('CREATE INDEX "ix_filings_region" ON "filings"  ("region_code") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_filings_current_credit_code" ON "filings"  ("credit_code") WHERE is_current',
    );
    await queryRunner.query('CREATE INDEX "ix_filings_queue" ON "filings"  ("status", "submitted_at") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_filings_queue"');
    await queryRunner.query('DROP INDEX "public"."uq_filings_current_credit_code"');
    await queryRunner.query('DROP INDEX "public"."ix_filings_region"');
    await queryRunner.query('DROP INDEX "public"."ix_filings_industry"');
    await queryRunner.query('DROP INDEX "public"."ix_filings_id_number_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_filings_owner"');
    await queryRunner.query('DROP TABLE "filings"');
    await queryRunner.query('DROP INDEX "public"."ix_filing_events_filing"');
    await queryRunner.query('DROP TABLE "filing_events"');
  }
}
