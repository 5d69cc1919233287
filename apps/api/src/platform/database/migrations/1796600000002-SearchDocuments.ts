import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The PostgreSQL search adapter's table: analysed terms in a tsvector, visibility, facets. */
export class SearchDocuments1796600000002 implements MigrationInterface {
  name = 'SearchDocuments1796600000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      `CREATE TABLE "search_documents" ("kind" character varying(16) NOT NULL, "ref_id" uuid NOT NULL, "title" text NOT NULL, "folded_title" text NOT NULL, "summary" text, "body" text, "folded_text" text NOT NULL, "terms" tsvector NOT NULL, "visibility" text array NOT NULL, "segmented" boolean NOT NULL DEFAULT false, "segment_sizes" text array NOT NULL DEFAULT '{}', "segment_industries" text array NOT NULL DEFAULT '{}', "segment_regions" text array NOT NULL DEFAULT '{}', "methods" text array NOT NULL DEFAULT '{}', "industry_section" character varying(1), "year" smallint, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "indexed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_search_documents" PRIMARY KEY ("kind", "ref_id"))`,
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_documents_terms" ON "search_documents" USING GIN ("terms")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_documents_visibility" ON "search_documents" USING GIN ("visibility")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_search_documents_title_trgm" ON "search_documents" USING GIN ("folded_title" gin_trgm_ops)',
    );
    // The candidates of a broad query are its most recent matches: read in date order.
    await queryRunner.query(
      'CREATE INDEX "ix_search_documents_recent" ON "search_documents" ("published_at" DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "search_documents"');
  }
}
