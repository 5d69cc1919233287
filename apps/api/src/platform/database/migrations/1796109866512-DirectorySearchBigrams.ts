import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every two-character piece of each word of a text, once each (see platform/database/search.ts). */
const SEARCH_BIGRAMS_FUNCTION = `CREATE FUNCTION search_bigrams(text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ARRAY(
    SELECT DISTINCT substr(w, i, 2)
    FROM regexp_split_to_table($1, '\\s+') w, generate_series(1, char_length(w) - 1) i)`;
const EXPRESSION = 'search_bigrams(search_text)';

/**
 * Directory searches answered from indexes (docs/performance.md): a bigrams column with a GIN
 * index for two-character searches (they have no trigram), and the name-order index now carries
 * the search text and every filtered column, so a page is picked from the index alone and only
 * its twenty rows are read. Written by hand: INCLUDE and GIN are not in TypeORM's decorators (the
 * entity marks these names `synchronize: false`).
 */
export class DirectorySearchBigrams1796109866512 implements MigrationInterface {
  name = 'DirectorySearchBigrams1796109866512';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SEARCH_BIGRAMS_FUNCTION);
    await queryRunner.query(
      `ALTER TABLE "member_profiles" ADD "search_bigrams" text array NOT NULL GENERATED ALWAYS AS (${EXPRESSION}) STORED`,
    );
    // TypeORM compares a generated column's expression with the one in its metadata table.
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'member_profiles', 'GENERATED_COLUMN', 'search_bigrams', $1)`,
      [EXPRESSION],
    );
    await queryRunner.query(
      'CREATE INDEX "ix_member_profiles_bigrams" ON "member_profiles" USING gin ("search_bigrams")',
    );
    await queryRunner.query('DROP INDEX "public"."ix_member_profiles_directory"');
    await queryRunner.query(
      `CREATE INDEX "ix_member_profiles_directory" ON "member_profiles" ("name", "user_id") INCLUDE ("search_text", "industry_code", "region_code", "enterprise_size", "quality_years") WHERE listed`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_member_profiles_directory"');
    await queryRunner.query(
      'CREATE INDEX "ix_member_profiles_directory" ON "member_profiles" ("name", "user_id") WHERE listed',
    );
    await queryRunner.query('DROP INDEX "public"."ix_member_profiles_bigrams"');
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'member_profiles' AND "name" = 'search_bigrams'`,
    );
    await queryRunner.query('ALTER TABLE "member_profiles" DROP COLUMN "search_bigrams"');
    await queryRunner.query('DROP FUNCTION search_bigrams(text)');
  }
}
