import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Courses1795678876368 implements MigrationInterface {
  name = 'Courses1795678876368';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "scheduled_jobs" ("name" character varying(64) NOT NULL, "last_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_duration_ms" integer NOT NULL, "last_result" jsonb, "run_count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_5c795bbd339d082a44c10f1bb4c" PRIMARY KEY ("name"))`);
    await queryRunner.query(`CREATE TABLE "stored_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purpose" character varying(32) NOT NULL, "original_name" character varying(255) NOT NULL, "mime_type" character varying(100) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character varying(64) NOT NULL, "storage_key" character varying(300) NOT NULL, "owner_id" uuid, "owner_unit_path" text COLLATE "C", "visibility" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d5be862bf53851c1794b4adf4e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_stored_files_owner" ON "stored_files"  ("owner_id") `);
    await queryRunner.query(`CREATE TABLE "course_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(50) NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_626794960514393da07e942f8d0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_course_categories_name" ON "course_categories"  ("name") `);
    await queryRunner.query(`CREATE TABLE "courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "summary" text NOT NULL DEFAULT '', "cover_file_id" uuid, "category_id" uuid NOT NULL, "credit_hours" numeric(5,1) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "owner_unit_id" uuid NOT NULL, "lesson_count" integer NOT NULL DEFAULT '0', "created_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3f70a487cc718ad8eda4e6d58c9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_courses_status" ON "courses"  ("status", "published_at") `);
    await queryRunner.query(`CREATE TABLE "course_targets" ("course_id" uuid NOT NULL, "cadre_group" character varying(32) NOT NULL, "required" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_fdfcc6177825e0d7168ef6c9f6b" PRIMARY KEY ("course_id", "cadre_group"))`);
    await queryRunner.query(`CREATE INDEX "idx_course_targets_group" ON "course_targets"  ("cadre_group", "required") `);
    await queryRunner.query(`CREATE TABLE "course_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "target_type" character varying(16) NOT NULL, "cadre_group" character varying(32), "unit_id" uuid, "scope_path" text COLLATE "C" NOT NULL, "due_date" date, "required" boolean NOT NULL DEFAULT true, "enrolled_count" integer NOT NULL DEFAULT '0', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_601138f857c63944c5972108dff" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_course_assignments_course" ON "course_assignments"  ("course_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "enrollments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "course_id" uuid NOT NULL, "source" character varying(16) NOT NULL, "required" boolean NOT NULL DEFAULT false, "due_date" date, "assignment_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'in_progress', "progress_percent" smallint NOT NULL DEFAULT '0', "completed_lessons" integer NOT NULL DEFAULT '0', "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "last_activity_at" TIMESTAMP WITH TIME ZONE, "last_lesson_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c0f752f9fb68bf6ed7367ab00f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_enrollments_due" ON "enrollments"  ("due_date") `);
    await queryRunner.query(`CREATE INDEX "idx_enrollments_course" ON "enrollments"  ("course_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_enrollments_user_course" ON "enrollments"  ("user_id", "course_id") `);
    await queryRunner.query(`CREATE TABLE "lessons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "type" character varying(16) NOT NULL, "duration_seconds" integer, "video_file_id" uuid, "video_url" character varying(500), "body" text, "min_reading_seconds" integer, "document_file_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b9a8d455cac672d262d7275730" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_lessons_course" ON "lessons"  ("course_id", "position") `);
    await queryRunner.query(`CREATE TABLE "lesson_progress" ("user_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "position_seconds" integer NOT NULL DEFAULT '0', "credited_seconds" integer NOT NULL DEFAULT '0', "furthest_seconds" integer NOT NULL DEFAULT '0', "reached_end" boolean NOT NULL DEFAULT false, "last_report_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f34e3a227170e0ce674e0afb58a" PRIMARY KEY ("user_id", "lesson_id"))`);
    await queryRunner.query(`CREATE TABLE "cadre_year_hours" ("user_id" uuid NOT NULL, "year" smallint NOT NULL, "total_hours" numeric(7,1) NOT NULL DEFAULT '0', "course_hours" numeric(7,1) NOT NULL DEFAULT '0', "quiz_hours" numeric(7,1) NOT NULL DEFAULT '0', "study_record_hours" numeric(7,1) NOT NULL DEFAULT '0', "lecture_given_hours" numeric(7,1) NOT NULL DEFAULT '0', "offline_training_hours" numeric(7,1) NOT NULL DEFAULT '0', "class_hours" numeric(7,1) NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c400f60535cdcf062c05ee3f770" PRIMARY KEY ("user_id", "year"))`);
    await queryRunner.query(`CREATE TABLE "ledger_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "year" smallint NOT NULL, "hours" numeric(6,1) NOT NULL, "source" character varying(24) NOT NULL, "source_ref_id" uuid NOT NULL, "description" character varying(200) NOT NULL, "unit_id" uuid NOT NULL, "unit_path" text COLLATE "C" NOT NULL, "earned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6efcb84411d3f08b08450ae75d5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_ledger_entries_unit_path" ON "ledger_entries"  ("unit_path") `);
    await queryRunner.query(`CREATE INDEX "idx_ledger_entries_user_year" ON "ledger_entries"  ("user_id", "year") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_ledger_entries_source" ON "ledger_entries"  ("user_id", "source", "source_ref_id") `);
    await queryRunner.query(`CREATE TABLE "offline_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "organizer" character varying(200) NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "hours" numeric(5,1) NOT NULL, "attachment_file_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'pending', "reject_reason" character varying(300), "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "unit_path" text COLLATE "C" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_441c65382650920d47ebc138df6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_offline_claims_status" ON "offline_claims"  ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "idx_offline_claims_user" ON "offline_claims"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "training_plan_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" smallint NOT NULL, "cadre_group" character varying(32), "rank_level" character varying(16), "required_hours" numeric(5,1) NOT NULL, "note" character varying(200) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7caf4c204b0f49117ea0b28795b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_training_plan_rules_year" ON "training_plan_rules"  ("year") `);
    await queryRunner.query(`ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_cover_file" FOREIGN KEY ("cover_file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_category" FOREIGN KEY ("category_id") REFERENCES "course_categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "courses" ADD CONSTRAINT "fk_courses_owner_unit" FOREIGN KEY ("owner_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "course_targets" ADD CONSTRAINT "fk_course_targets_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "course_assignments" ADD CONSTRAINT "fk_course_assignments_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollments" ADD CONSTRAINT "fk_enrollments_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollments" ADD CONSTRAINT "fk_enrollments_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lessons" ADD CONSTRAINT "fk_lessons_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lessons" ADD CONSTRAINT "fk_lessons_video_file" FOREIGN KEY ("video_file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lessons" ADD CONSTRAINT "fk_lessons_document_file" FOREIGN KEY ("document_file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lesson_progress" ADD CONSTRAINT "fk_lesson_progress_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lesson_progress" ADD CONSTRAINT "fk_lesson_progress_lesson" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cadre_year_hours" ADD CONSTRAINT "fk_cadre_year_hours_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" ADD CONSTRAINT "fk_ledger_entries_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "offline_claims" ADD CONSTRAINT "fk_offline_claims_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "offline_claims" ADD CONSTRAINT "fk_offline_claims_attachment" FOREIGN KEY ("attachment_file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offline_claims" DROP CONSTRAINT "fk_offline_claims_attachment"`);
    await queryRunner.query(`ALTER TABLE "offline_claims" DROP CONSTRAINT "fk_offline_claims_user"`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" DROP CONSTRAINT "fk_ledger_entries_user"`);
    await queryRunner.query(`ALTER TABLE "cadre_year_hours" DROP CONSTRAINT "fk_cadre_year_hours_user"`);
    await queryRunner.query(`ALTER TABLE "lesson_progress" DROP CONSTRAINT "fk_lesson_progress_lesson"`);
    await queryRunner.query(`ALTER TABLE "lesson_progress" DROP CONSTRAINT "fk_lesson_progress_user"`);
    await queryRunner.query(`ALTER TABLE "lessons" DROP CONSTRAINT "fk_lessons_document_file"`);
    await queryRunner.query(`ALTER TABLE "lessons" DROP CONSTRAINT "fk_lessons_video_file"`);
    await queryRunner.query(`ALTER TABLE "lessons" DROP CONSTRAINT "fk_lessons_course"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "fk_enrollments_course"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "fk_enrollments_user"`);
    await queryRunner.query(`ALTER TABLE "course_assignments" DROP CONSTRAINT "fk_course_assignments_course"`);
    await queryRunner.query(`ALTER TABLE "course_targets" DROP CONSTRAINT "fk_course_targets_course"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP CONSTRAINT "fk_courses_owner_unit"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP CONSTRAINT "fk_courses_category"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP CONSTRAINT "fk_courses_cover_file"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_plan_rules_year"`);
    await queryRunner.query(`DROP TABLE "training_plan_rules"`);
    await queryRunner.query(`DROP INDEX "public"."idx_offline_claims_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_offline_claims_status"`);
    await queryRunner.query(`DROP TABLE "offline_claims"`);
    await queryRunner.query(`DROP INDEX "public"."uq_ledger_entries_source"`);
    await queryRunner.query(`DROP INDEX "public"."idx_ledger_entries_user_year"`);
    await queryRunner.query(`DROP INDEX "public"."idx_ledger_entries_unit_path"`);
    await queryRunner.query(`DROP TABLE "ledger_entries"`);
    await queryRunner.query(`DROP TABLE "cadre_year_hours"`);
    await queryRunner.query(`DROP TABLE "lesson_progress"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lessons_course"`);
    await queryRunner.query(`DROP TABLE "lessons"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrollments_user_course"`);
    await queryRunner.query(`DROP INDEX "public"."idx_enrollments_course"`);
    await queryRunner.query(`DROP INDEX "public"."idx_enrollments_due"`);
    await queryRunner.query(`DROP TABLE "enrollments"`);
    await queryRunner.query(`DROP INDEX "public"."idx_course_assignments_course"`);
    await queryRunner.query(`DROP TABLE "course_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."idx_course_targets_group"`);
    await queryRunner.query(`DROP TABLE "course_targets"`);
    await queryRunner.query(`DROP INDEX "public"."idx_courses_status"`);
    await queryRunner.query(`DROP TABLE "courses"`);
    await queryRunner.query(`DROP INDEX "public"."uq_course_categories_name"`);
    await queryRunner.query(`DROP TABLE "course_categories"`);
    await queryRunner.query(`DROP INDEX "public"."idx_stored_files_owner"`);
    await queryRunner.query(`DROP TABLE "stored_files"`);
    await queryRunner.query(`DROP TABLE "scheduled_jobs"`);
  }
}
