import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryOrderIndex1795551861791 implements MigrationInterface {
  name = 'DirectoryOrderIndex1795551861791';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_member_profiles_directory" ON "member_profiles"  ("name", "user_id") WHERE listed',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_member_profiles_directory"');
  }
}
