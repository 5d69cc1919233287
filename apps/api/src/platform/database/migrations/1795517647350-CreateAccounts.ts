import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1795517647350 implements MigrationInterface {
  name = 'CreateAccounts1795517647350';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" character varying(64) NOT NULL, "subject_type" character varying(32) NOT NULL, "subject_id" character varying(64), "reason" character varying(500), "meta" jsonb NOT NULL DEFAULT \'{}\', "ip" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_entries_actor" ON "audit_entries"  ("actor_id") ');
    await queryRunner.query('CREATE INDEX "ix_audit_entries_subject" ON "audit_entries"  ("subject_id") ');
    await queryRunner.query('CREATE INDEX "ix_audit_entries_created" ON "audit_entries"  ("created_at") ');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(60) NOT NULL, "password_hash" character varying(255) NOT NULL, "roles" text array NOT NULL DEFAULT \'{applicant}\', "token_version" integer NOT NULL DEFAULT \'0\', "disabled_at" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(300), "ip" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_refresh_tokens_user" ON "refresh_tokens"  ("user_id") ');
    await queryRunner.query('CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens"  ("family_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "status" character varying(16) NOT NULL, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_mail_messages_created" ON "mail_messages"  ("created_at") ');
    await queryRunner.query(
      'CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_password_resets_user" ON "password_resets"  ("user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_password_resets_hash" ON "password_resets"  ("token_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "password_resets" ADD CONSTRAINT "fk_password_resets_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "password_resets" DROP CONSTRAINT "fk_password_resets_user"');
    await queryRunner.query('ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_user"');
    await queryRunner.query('DROP INDEX "public"."uq_password_resets_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_password_resets_user"');
    await queryRunner.query('DROP TABLE "password_resets"');
    await queryRunner.query('DROP INDEX "public"."ix_mail_messages_created"');
    await queryRunner.query('DROP TABLE "mail_messages"');
    await queryRunner.query('DROP INDEX "public"."uq_refresh_tokens_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_tokens_family"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_tokens_user"');
    await queryRunner.query('DROP TABLE "refresh_tokens"');
    await queryRunner.query('DROP INDEX "public"."uq_users_email"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_entries_created"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_entries_subject"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_entries_actor"');
    await queryRunner.query('DROP TABLE "audit_entries"');
  }
}
