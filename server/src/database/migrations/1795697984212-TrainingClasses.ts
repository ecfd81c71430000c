import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingClasses1795697984212 implements MigrationInterface {
  name = 'TrainingClasses1795697984212';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "training_classes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "organiser_unit_id" uuid NOT NULL, "organiser_unit_path" text COLLATE "C" NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "venue" character varying(300) NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "target_groups" text array NOT NULL DEFAULT '{}', "target_ranks" text array NOT NULL DEFAULT '{}', "capacity" integer NOT NULL, "credit_hours" numeric(5,1) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'planning', "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a0f6040666e1c6b80bc3bed1e54" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_training_classes_start_date" ON "training_classes"  ("start_date") `);
    await queryRunner.query(`CREATE INDEX "idx_training_classes_organiser_path" ON "training_classes"  ("organiser_unit_path") `);
    await queryRunner.query(`CREATE TABLE "training_class_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "class_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL, "topic" character varying(200) NOT NULL, "teacher_kind" character varying(16) NOT NULL, "teacher_user_id" uuid, "teacher_name" character varying(100) NOT NULL, "course_id" uuid, "site_name" character varying(100), CONSTRAINT "PK_d95b37ddd3a10eaa6bc6c80a19b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_training_class_sessions_starts_at" ON "training_class_sessions"  ("starts_at") `);
    await queryRunner.query(`CREATE INDEX "idx_training_class_sessions_class" ON "training_class_sessions"  ("class_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "training_class_enrolments" ("class_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'enrolled', "enrolled_by_id" uuid NOT NULL, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "credited_hours" numeric(5,1), CONSTRAINT "PK_1e21353ed16e01f450062be03e4" PRIMARY KEY ("class_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_training_class_enrolments_user" ON "training_class_enrolments"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "training_class_attendance" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "present" boolean NOT NULL, "method" character varying(8) NOT NULL, "marked_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b6eae34d6500fc984f24977ed55" PRIMARY KEY ("session_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_training_class_attendance_user" ON "training_class_attendance"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "training_class_leaves" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "class_id" uuid NOT NULL, "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" character varying(300) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10711f690abb280e2159fbd8094" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_training_class_leaves_class" ON "training_class_leaves"  ("class_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_training_class_leaves_session_user" ON "training_class_leaves"  ("session_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "training_class_attachments" ("class_id" uuid NOT NULL, "file_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_02e0c9790d3eb6dd78181736c80" PRIMARY KEY ("class_id", "file_id"))`);
    await queryRunner.query(`CREATE TABLE "training_class_evaluators" ("class_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_7cd6706e29ea3819b172e7c2fa0" PRIMARY KEY ("class_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "training_class_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "class_id" uuid NOT NULL, "session_id" uuid, "content_rating" smallint, "teacher_rating" smallint, "comment" character varying(1000) NOT NULL DEFAULT '', CONSTRAINT "PK_1dbd75644d938d170bda36d4c53" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_training_class_ratings_class" ON "training_class_ratings"  ("class_id") `);
    await queryRunner.query(`CREATE TABLE "training_class_sign_in_failures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "session_id" uuid NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_40884118fa35cb342d92d8673e3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_training_class_sign_in_failures_user" ON "training_class_sign_in_failures"  ("user_id", "failed_at") `);
    await queryRunner.query(`ALTER TABLE "training_classes" ADD CONSTRAINT "fk_training_classes_organiser_unit" FOREIGN KEY ("organiser_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_classes" ADD CONSTRAINT "fk_training_classes_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_sessions" ADD CONSTRAINT "fk_training_class_sessions_class" FOREIGN KEY ("class_id") REFERENCES "training_classes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_sessions" ADD CONSTRAINT "fk_training_class_sessions_teacher" FOREIGN KEY ("teacher_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_enrolments" ADD CONSTRAINT "fk_training_class_enrolments_class" FOREIGN KEY ("class_id") REFERENCES "training_classes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_enrolments" ADD CONSTRAINT "fk_training_class_enrolments_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_attendance" ADD CONSTRAINT "fk_training_class_attendance_session" FOREIGN KEY ("session_id") REFERENCES "training_class_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_attendance" ADD CONSTRAINT "fk_training_class_attendance_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_leaves" ADD CONSTRAINT "fk_training_class_leaves_class" FOREIGN KEY ("class_id") REFERENCES "training_classes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_leaves" ADD CONSTRAINT "fk_training_class_leaves_session" FOREIGN KEY ("session_id") REFERENCES "training_class_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_leaves" ADD CONSTRAINT "fk_training_class_leaves_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_attachments" ADD CONSTRAINT "fk_training_class_attachments_class" FOREIGN KEY ("class_id") REFERENCES "training_classes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_attachments" ADD CONSTRAINT "fk_training_class_attachments_file" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_evaluators" ADD CONSTRAINT "fk_training_class_evaluators_class" FOREIGN KEY ("class_id") REFERENCES "training_classes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_ratings" ADD CONSTRAINT "fk_training_class_ratings_class" FOREIGN KEY ("class_id") REFERENCES "training_classes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_class_ratings" ADD CONSTRAINT "fk_training_class_ratings_session" FOREIGN KEY ("session_id") REFERENCES "training_class_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_class_ratings" DROP CONSTRAINT "fk_training_class_ratings_session"`);
    await queryRunner.query(`ALTER TABLE "training_class_ratings" DROP CONSTRAINT "fk_training_class_ratings_class"`);
    await queryRunner.query(`ALTER TABLE "training_class_evaluators" DROP CONSTRAINT "fk_training_class_evaluators_class"`);
    await queryRunner.query(`ALTER TABLE "training_class_attachments" DROP CONSTRAINT "fk_training_class_attachments_file"`);
    await queryRunner.query(`ALTER TABLE "training_class_attachments" DROP CONSTRAINT "fk_training_class_attachments_class"`);
    await queryRunner.query(`ALTER TABLE "training_class_leaves" DROP CONSTRAINT "fk_training_class_leaves_user"`);
    await queryRunner.query(`ALTER TABLE "training_class_leaves" DROP CONSTRAINT "fk_training_class_leaves_session"`);
    await queryRunner.query(`ALTER TABLE "training_class_leaves" DROP CONSTRAINT "fk_training_class_leaves_class"`);
    await queryRunner.query(`ALTER TABLE "training_class_attendance" DROP CONSTRAINT "fk_training_class_attendance_user"`);
    await queryRunner.query(`ALTER TABLE "training_class_attendance" DROP CONSTRAINT "fk_training_class_attendance_session"`);
    await queryRunner.query(`ALTER TABLE "training_class_enrolments" DROP CONSTRAINT "fk_training_class_enrolments_user"`);
    await queryRunner.query(`ALTER TABLE "training_class_enrolments" DROP CONSTRAINT "fk_training_class_enrolments_class"`);
    await queryRunner.query(`ALTER TABLE "training_class_sessions" DROP CONSTRAINT "fk_training_class_sessions_teacher"`);
    await queryRunner.query(`ALTER TABLE "training_class_sessions" DROP CONSTRAINT "fk_training_class_sessions_class"`);
    await queryRunner.query(`ALTER TABLE "training_classes" DROP CONSTRAINT "fk_training_classes_created_by"`);
    await queryRunner.query(`ALTER TABLE "training_classes" DROP CONSTRAINT "fk_training_classes_organiser_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_class_sign_in_failures_user"`);
    await queryRunner.query(`DROP TABLE "training_class_sign_in_failures"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_class_ratings_class"`);
    await queryRunner.query(`DROP TABLE "training_class_ratings"`);
    await queryRunner.query(`DROP TABLE "training_class_evaluators"`);
    await queryRunner.query(`DROP TABLE "training_class_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_training_class_leaves_session_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_class_leaves_class"`);
    await queryRunner.query(`DROP TABLE "training_class_leaves"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_class_attendance_user"`);
    await queryRunner.query(`DROP TABLE "training_class_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_class_enrolments_user"`);
    await queryRunner.query(`DROP TABLE "training_class_enrolments"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_class_sessions_class"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_class_sessions_starts_at"`);
    await queryRunner.query(`DROP TABLE "training_class_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_classes_organiser_path"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_classes_start_date"`);
    await queryRunner.query(`DROP TABLE "training_classes"`);
  }
}
