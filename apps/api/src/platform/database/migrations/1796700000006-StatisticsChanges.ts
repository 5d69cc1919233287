import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A note of every statement that changes what the dashboard counts (filings, member profiles,
 * members' roles and accounts), with the writing transaction's id. The dashboard keeps its figures
 * with the snapshot they were read in, and uses them again only while no noted transaction is
 * committed that this snapshot did not see (`pg_visible_in_snapshot`): exact, whichever process
 * wrote, and without a row that every writer would queue on.
 */
export class StatisticsChanges1796700000006 implements MigrationInterface {
  name = 'StatisticsChanges1796700000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "statistics_changes" ("id" bigserial PRIMARY KEY, "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
                                          "at" timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(
      `CREATE FUNCTION note_statistics_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO statistics_changes DEFAULT VALUES;
         RETURN NULL;
       END $$`,
    );
    for (const [table, events] of [
      ['filings', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
      ['member_profiles', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
      ['users', 'INSERT OR DELETE OR TRUNCATE OR UPDATE OF roles, disabled_at'],
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_statistics" AFTER ${events} ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION note_statistics_change()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['filings', 'member_profiles', 'users']) {
      await queryRunner.query(`DROP TRIGGER "${table}_statistics" ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION note_statistics_change()');
    await queryRunner.query('DROP TABLE "statistics_changes"');
  }
}
