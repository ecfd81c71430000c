import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795676295242 implements MigrationInterface {
  name = 'Initial1795676295242';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_logs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_username" character varying(100), "action" character varying(64) NOT NULL, "target_type" character varying(32), "target_id" uuid, "unit_path" text COLLATE "C", "outcome" character varying(16) NOT NULL, "ip" character varying(64), "user_agent" character varying(300), "details" jsonb, CONSTRAINT "PK_1bb179d048bbc581caa3b013439" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_audit_logs_unit_path" ON "audit_logs"  ("unit_path") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_logs_action" ON "audit_logs"  ("action", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_logs_actor" ON "audit_logs"  ("actor_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_logs_occurred" ON "audit_logs"  ("occurred_at") `);
    await queryRunner.query(`CREATE TABLE "org_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_id" uuid, "name" character varying(100) NOT NULL, "kind" character varying(20) NOT NULL, "path" text COLLATE "C" NOT NULL, "depth" smallint NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b4a19b7f3756560cd75643be5a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_org_units_path" ON "org_units"  ("path") `);
    await queryRunner.query(`CREATE INDEX "idx_org_units_parent" ON "org_units"  ("parent_id", "sort_order") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(50) NOT NULL, "password_hash" text, "must_change_password" boolean NOT NULL DEFAULT false, "password_changed_at" TIMESTAMP WITH TIME ZONE, "status" character varying(16) NOT NULL DEFAULT 'active', "roles" text array NOT NULL DEFAULT '{cadre}', "scope_unit_id" uuid, "name" character varying(50) NOT NULL, "gender" character varying(8) NOT NULL, "birth_date" date, "ethnicity" character varying(16) NOT NULL DEFAULT '汉族', "political_status" character varying(24), "education" character varying(24), "unit_id" uuid NOT NULL, "rank" character varying(24) NOT NULL DEFAULT 'other', "position" character varying(100), "phone" character varying(20), "id_number_enc" text, "id_number_hash" character varying(64), "appointment_date" date, "key_groups" text array NOT NULL DEFAULT '{}', "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users"  ("username") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_id_number_hash" ON "users"  ("id_number_hash") WHERE id_number_hash IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_users_appointment_date" ON "users"  ("appointment_date") `);
    await queryRunner.query(`CREATE INDEX "idx_users_unit" ON "users"  ("unit_id") `);
    await queryRunner.query(`CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_active_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_auth_sessions_user" ON "auth_sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "login_failures" ("username" character varying(100) NOT NULL, "failed_count" integer NOT NULL DEFAULT '0', "last_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_238573b7f2f036d3dcea30acf7b" PRIMARY KEY ("username"))`);
    await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_refresh_tokens_session" ON "refresh_tokens"  ("session_id") `);
    await queryRunner.query(`ALTER TABLE "org_units" ADD CONSTRAINT "fk_org_units_parent" FOREIGN KEY ("parent_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "fk_users_scope_unit" FOREIGN KEY ("scope_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "fk_users_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" ADD CONSTRAINT "fk_auth_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_session" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_session"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "fk_auth_sessions_user"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_unit"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_scope_unit"`);
    await queryRunner.query(`ALTER TABLE "org_units" DROP CONSTRAINT "fk_org_units_parent"`);
    await queryRunner.query(`DROP INDEX "public"."idx_refresh_tokens_session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refresh_tokens_hash"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP TABLE "login_failures"`);
    await queryRunner.query(`DROP INDEX "public"."idx_auth_sessions_user"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_users_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_users_appointment_date"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_id_number_hash"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_username"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."idx_org_units_parent"`);
    await queryRunner.query(`DROP INDEX "public"."idx_org_units_path"`);
    await queryRunner.query(`DROP TABLE "org_units"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_logs_occurred"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_logs_actor"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_logs_action"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_logs_unit_path"`);
    await queryRunner.query(`DROP TABLE "audit_logs"`);
  }
}
