import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Discussion channels, their members, messages (numbered per channel, a retry found by its client id, mentions) and reports. */
export class CreateChannels1796700000002 implements MigrationInterface {
  name = 'CreateChannels1796700000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "channel_members" ("channel_id" uuid NOT NULL, "user_id" uuid NOT NULL, "last_read_seq" integer NOT NULL DEFAULT \'0\', "muted" boolean NOT NULL DEFAULT false, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f25be699d4039301684128a7a8b" PRIMARY KEY ("channel_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_channel_members_user" ON "channel_members"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "channel_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel_id" uuid NOT NULL, "seq" integer NOT NULL, "author_id" uuid NOT NULL, "client_id" character varying(64) NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "parent_id" uuid, "mentions" uuid array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, CONSTRAINT "PK_78c08df85633e14659b3bfcd3b7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_channel_messages_client" ON "channel_messages"  ("channel_id", "author_id", "client_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_channel_messages_seq" ON "channel_messages"  ("channel_id", "seq") ',
    );
    await queryRunner.query(
      'CREATE TABLE "channels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(80) NOT NULL, "description" character varying(500) NOT NULL DEFAULT \'\', "kind" character varying(16) NOT NULL, "audience" jsonb NOT NULL, "visibility" character varying(16) NOT NULL DEFAULT \'open\', "archived" boolean NOT NULL DEFAULT false, "created_by" uuid NOT NULL, "last_seq" integer NOT NULL DEFAULT \'0\', "direct_key" character varying(80), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bc603823f3f741359c2339389f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "ux_channels_direct" ON "channels"  ("direct_key") ');
    await queryRunner.query(
      'CREATE TABLE "message_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_59df246edfc1d9203ff93886000" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_message_reports_once" ON "message_reports"  ("message_id", "reporter_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ux_message_reports_once"');
    await queryRunner.query('DROP TABLE "message_reports"');
    await queryRunner.query('DROP INDEX "public"."ux_channels_direct"');
    await queryRunner.query('DROP TABLE "channels"');
    await queryRunner.query('DROP INDEX "public"."ux_channel_messages_seq"');
    await queryRunner.query('DROP INDEX "public"."ux_channel_messages_client"');
    await queryRunner.query('DROP TABLE "channel_messages"');
    await queryRunner.query('DROP INDEX "public"."ix_channel_members_user"');
    await queryRunner.query('DROP TABLE "channel_members"');
  }
}
