import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOpportunities1795551075154 implements MigrationInterface {
  name = 'CreateOpportunities1795551075154';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "opportunity_reminders" ("opportunity_id" uuid NOT NULL, "window" character varying(8) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7319d52d1d184febeeffa8dfac5" PRIMARY KEY ("opportunity_id", "window"))',
    );
    await queryRunner.query(
      'CREATE TABLE "opportunity_tracking" ("opportunity_id" uuid NOT NULL, "user_id" uuid NOT NULL, "state" character varying(16) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b2019fef22af4a9c5c829f85e25" PRIMARY KEY ("opportunity_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_opportunity_tracking_user" ON "opportunity_tracking"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "opportunities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "issuer" character varying(16) NOT NULL, "issuer_name" character varying(100), "benefit" character varying(200), "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "how_to_apply" text, "criteria" jsonb NOT NULL, "created_by" uuid NOT NULL, "search_text" text NOT NULL DEFAULT \'\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4bd9cd12ddc0ff48a5a97ddebce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_opportunities_deadline" ON "opportunities"  ("deadline") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_opportunities_deadline"');
    await queryRunner.query('DROP TABLE "opportunities"');
    await queryRunner.query('DROP INDEX "public"."ix_opportunity_tracking_user"');
    await queryRunner.query('DROP TABLE "opportunity_tracking"');
    await queryRunner.query('DROP TABLE "opportunity_reminders"');
  }
}
