import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A GIN index over each filing's filter values (status, size, eligibility, every prefix of its
 * district and industry codes) as one array: a rare combination of filters is found through it
 * directly, where the date-order index would be walked through every filing to find twenty
 * (docs/performance.md). The expression must stay the one `filingFilterSql` writes
 * (FILING_FACETS), or the planner cannot use the index.
 */
export class FilingFacets1796700000007 implements MigrationInterface {
  name = 'FilingFacets1796700000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_filings_facets" ON "filings" USING gin ((ARRAY['s:' || status, 'z:' || enterprise_size, 'e:' || eligibility_outcome, 'r:' || left(region_code, 2), 'r:' || left(region_code, 3), 'r:' || left(region_code, 4), 'r:' || left(region_code, 5), 'r:' || region_code, 'i:' || left(industry_code, 1), 'i:' || left(industry_code, 2), 'i:' || left(industry_code, 3), 'i:' || industry_code]))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_filings_facets"');
  }
}
