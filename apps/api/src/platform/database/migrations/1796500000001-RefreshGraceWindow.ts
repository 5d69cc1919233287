import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshGraceWindow1796500000001 implements MigrationInterface {
  name = 'RefreshGraceWindow1796500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "refresh_tokens" ADD "successor_sealed" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "refresh_tokens" DROP COLUMN "successor_sealed"');
  }
}
