import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChannelConversations1796700000003 implements MigrationInterface {
  name = 'ChannelConversations1796700000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "message_reactions" ("message_id" uuid NOT NULL, "user_id" uuid NOT NULL, "key" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_542c9a76177773a3021f8b34891" PRIMARY KEY ("message_id", "user_id", "key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "direct_preferences" ("user_id" uuid NOT NULL, "allow" character varying(16) NOT NULL, CONSTRAINT "PK_73456122fb512b21a102f39d027" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query('ALTER TABLE "channel_members" ADD "silenced_until" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "channel_messages" ADD "edited_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "channel_messages" ADD "deleted_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "channel_messages" ADD "pinned_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "channel_messages" ADD "pinned_by" uuid');
    await queryRunner.query(
      'ALTER TABLE "channel_messages" ADD "reply_count" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query('ALTER TABLE "channel_messages" ADD "last_reply_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "channel_messages" ADD "attachments" jsonb NOT NULL DEFAULT \'[]\'');
    await queryRunner.query('CREATE INDEX "ix_channel_messages_parent" ON "channel_messages" ("parent_id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_channel_messages_parent"');
    await queryRunner.query('ALTER TABLE "channel_messages" DROP COLUMN "attachments"');
    await queryRunner.query('ALTER TABLE "channel_messages" DROP COLUMN "last_reply_at"');
    await queryRunner.query('ALTER TABLE "channel_messages" DROP COLUMN "reply_count"');
    await queryRunner.query('ALTER TABLE "channel_messages" DROP COLUMN "pinned_by"');
    await queryRunner.query('ALTER TABLE "channel_messages" DROP COLUMN "pinned_at"');
    await queryRunner.query('ALTER TABLE "channel_messages" DROP COLUMN "deleted_at"');
    await queryRunner.query('ALTER TABLE "channel_messages" DROP COLUMN "edited_at"');
    await queryRunner.query('ALTER TABLE "channel_members" DROP COLUMN "silenced_until"');
    await queryRunner.query('DROP TABLE "direct_preferences"');
    await queryRunner.query('DROP TABLE "message_reactions"');
  }
}
