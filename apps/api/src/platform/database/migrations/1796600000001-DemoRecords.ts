import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the demo content wrote, so that one command removes exactly that. */
export class DemoRecords1796600000001 implements MigrationInterface {
  name = 'DemoRecords1796600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "demo_records" ("kind" character varying(32) NOT NULL, "ref_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_demo_records" PRIMARY KEY ("kind", "ref_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "demo_install" ("id" smallint NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_demo_install" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "demo_install"');
    await queryRunner.query('DROP TABLE "demo_records"');
  }
}
