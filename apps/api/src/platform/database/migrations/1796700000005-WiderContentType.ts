import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored file's type may be a Word document's (71 characters). Widened in place: TypeORM's own
 * proposal dropped the column and added it again, which would lose every stored file's type.
 */
export class WiderContentType1796700000005 implements MigrationInterface {
  name = 'WiderContentType1796700000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "stored_files" ALTER COLUMN "content_type" TYPE character varying(100)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "stored_files" ALTER COLUMN "content_type" TYPE character varying(64)',
    );
  }
}
