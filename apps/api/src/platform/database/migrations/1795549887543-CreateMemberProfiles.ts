import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMemberProfiles1795549887543 implements MigrationInterface {
  name = 'CreateMemberProfiles1795549887543';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "member_profiles" ("user_id" uuid NOT NULL, "name" character varying(60) NOT NULL, "filing_id" uuid, "enterprise_name" character varying(200), "industry_code" character varying(4), "region_code" character varying(6), "enterprise_size" character varying(8), "quality_years" smallint, "position" character varying(100), "phone" character varying(30), "email" character varying(254), "bio" text, "topics" text array NOT NULL DEFAULT \'{}\', "privacy" jsonb NOT NULL, "listed" boolean NOT NULL DEFAULT true, "search_text" text NOT NULL DEFAULT \'\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_71f045ea73b7e7e39e6b6508db3" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_member_profiles_industry" ON "member_profiles"  ("industry_code") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_member_profiles_region" ON "member_profiles"  ("region_code") ',
    );
    // By hand (the entity marks it synchronize: false): trigram search over name, enterprise, topics.
    await queryRunner.query(
      'CREATE INDEX "ix_member_profiles_search" ON "member_profiles" USING gin ("search_text" gin_trgm_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_member_profiles_search"');
    await queryRunner.query('DROP INDEX "public"."ix_member_profiles_region"');
    await queryRunner.query('DROP INDEX "public"."ix_member_profiles_industry"');
    await queryRunner.query('DROP TABLE "member_profiles"');
  }
}
