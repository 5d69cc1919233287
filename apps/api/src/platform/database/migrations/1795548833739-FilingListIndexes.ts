import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCH_TEXT = `lower(coalesce(enterprise_name, '') || ' ' || coalesce(cqo_name, '') || ' ' || coalesce(credit_code, ''))`;

/**
 * Indexes the staff queue and the public talent pool are answered from (docs/performance.md):
 * covering indexes so the page and its count are index-only scans (the queue's count by status,
 * its page in queue order), and a trigram index for
 * the `%…%` search. Written by hand: INCLUDE, sort order and operator classes are not in
 * TypeORM's decorators (the entity marks these names `synchronize: false`).
 */
export class FilingListIndexes1795548833739 implements MigrationInterface {
  name = 'FilingListIndexes1795548833739';

  async up(queryRunner: QueryRunner): Promise<void> {
    // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      `ALTER TABLE "filings" ADD "search_text" text GENERATED ALWAYS AS (${SEARCH_TEXT}) STORED`,
    );
    // TypeORM reads a generated column's expression from its metadata table when it compares
    // schemas; the table is TypeORM's own, created here when the data source has not yet.
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'filings', 'GENERATED_COLUMN', 'search_text', $1)`,
      [SEARCH_TEXT],
    );
    await queryRunner.query('DROP INDEX "public"."ix_filings_queue"');
    await queryRunner.query(
      `CREATE INDEX "ix_filings_queue_list" ON "filings" ("status", "submitted_at" DESC NULLS LAST, "updated_at" DESC, "id") INCLUDE ("enterprise_name", "credit_code", "industry_code", "region_code", "enterprise_size", "eligibility_outcome", "cqo_name", "search_text")`,
    );
    // Pages in queue order: read in order and stop after the page, whatever the filters.
    await queryRunner.query(
      `CREATE INDEX "ix_filings_queue_order" ON "filings" ("submitted_at" DESC NULLS LAST, "updated_at" DESC, "id") INCLUDE ("status", "enterprise_name", "credit_code", "industry_code", "region_code", "enterprise_size", "eligibility_outcome", "cqo_name", "search_text")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_filings_pool" ON "filings" ("appointed_on" DESC NULLS LAST, "enterprise_name", "id") INCLUDE ("cqo_name", "search_text") WHERE "status" = 'approved' AND "is_current"`,
    );
    await queryRunner.query(
      'CREATE INDEX "ix_filings_search" ON "filings" USING gin ("search_text" gin_trgm_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_filings_search"');
    await queryRunner.query('DROP INDEX "public"."ix_filings_pool"');
    await queryRunner.query('DROP INDEX "public"."ix_filings_queue_order"');
    await queryRunner.query('DROP INDEX "public"."ix_filings_queue_list"');
    await queryRunner.query('CREATE INDEX "ix_filings_queue" ON "filings" ("status", "submitted_at")');
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'filings' AND "name" = 'search_text'`,
    );
    await queryRunner.query('ALTER TABLE "filings" DROP COLUMN "search_text"');
  }
}
