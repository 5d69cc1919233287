import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportedFilings1795547813935 implements MigrationInterface {
  name = 'ImportedFilings1795547813935';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "filings" ADD "source" character varying(16) NOT NULL DEFAULT \'online\'',
    );
    await queryRunner.query('ALTER TABLE "filings" ALTER COLUMN "owner_id" DROP NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Imported paper filings have no owner and cannot exist in the old schema.
    await queryRunner.query(
      'DELETE FROM "filing_events" WHERE "filing_id" IN (SELECT "id" FROM "filings" WHERE "owner_id" IS NULL)',
    );
    await queryRunner.query('DELETE FROM "filings" WHERE "owner_id" IS NULL');
    await queryRunner.query('ALTER TABLE "filings" ALTER COLUMN "owner_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "filings" DROP COLUMN "source"');
  }
}
