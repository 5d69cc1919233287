import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Titles' and names' terms in a vector of their own (suggestions), and the index emptied: the
 * documents are rebuilt from their sources by the worker after the next start (derived data).
 */
export class SearchTitleTerms1796700000001 implements MigrationInterface {
  name = 'SearchTitleTerms1796700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Emptied first, so the new column needs no default.
    await queryRunner.query('DELETE FROM "search_documents"');
    await queryRunner.query(`ALTER TABLE "search_documents" ADD "title_terms" tsvector NOT NULL`);
    await queryRunner.query(
      'CREATE INDEX "ix_search_documents_title_terms" ON "search_documents" USING GIN ("title_terms")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_search_documents_title_terms"');
    await queryRunner.query('ALTER TABLE "search_documents" DROP COLUMN "title_terms"');
  }
}
