import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One open filing (draft, submitted, returned) per applicant, held by the database: two parallel
 * "new filing" requests both passed the service's check before either wrote. Any duplicates made
 * that way before this migration are withdrawn, keeping each applicant's furthest-along filing
 * (submitted before returned before draft, then the latest edited), and the step is recorded.
 */
export class OneOpenFilingPerOwner1796500000000 implements MigrationInterface {
  name = 'OneOpenFilingPerOwner1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH ranked AS (
        SELECT id, status, row_number() OVER (
          PARTITION BY owner_id
          ORDER BY CASE status WHEN 'submitted' THEN 0 WHEN 'returned' THEN 1 ELSE 2 END, updated_at DESC, id
        ) AS n
        FROM filings
        WHERE owner_id IS NOT NULL AND status IN ('draft', 'submitted', 'returned')
      ), extra AS (
        UPDATE filings f SET status = 'withdrawn', updated_at = now(), version = f.version + 1
        FROM ranked r WHERE r.id = f.id AND r.n > 1
        RETURNING f.id, r.status AS from_status
      )
      INSERT INTO filing_events (filing_id, action, from_status, to_status, comment)
      SELECT id, 'withdraw', from_status, 'withdrawn', '重复的进行中备案已自动撤回 / duplicate open filing withdrawn'
      FROM extra`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_filings_open_per_owner" ON "filings" ("owner_id") WHERE status IN ('draft', 'submitted', 'returned')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_filings_open_per_owner"');
  }
}
