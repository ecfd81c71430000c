import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Quizzes1795682429580 implements MigrationInterface {
  name = 'Quizzes1795682429580';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(16) NOT NULL, "stem" text NOT NULL, "options" jsonb NOT NULL DEFAULT '[]', "answer" jsonb NOT NULL, "explanation" text NOT NULL DEFAULT '', "tags" text array NOT NULL DEFAULT '{}', "difficulty" smallint NOT NULL DEFAULT '3', "owner_unit_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'active', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08a6d4b0f49ff300bf3a0ca60ac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_questions_owner" ON "questions"  ("owner_unit_id", "status") `);
    await queryRunner.query(`CREATE TABLE "quizzes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "owner_unit_id" uuid NOT NULL, "course_id" uuid, "mode" character varying(16) NOT NULL DEFAULT 'fixed', "time_limit_minutes" integer NOT NULL, "pass_percent" smallint NOT NULL DEFAULT '60', "attempts_allowed" smallint NOT NULL DEFAULT '1', "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "shuffle_questions" boolean NOT NULL DEFAULT false, "shuffle_options" boolean NOT NULL DEFAULT false, "review_policy" character varying(16) NOT NULL DEFAULT 'after_submit', "multiple_scoring" character varying(16) NOT NULL DEFAULT 'all_or_nothing', "credit_hours" numeric(5,1) NOT NULL DEFAULT '0', "target_groups" text array NOT NULL DEFAULT '{}', "target_unit_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'draft', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b24f0f7662cf6b3a0e7dba0a1b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_quizzes_course" ON "quizzes"  ("course_id") `);
    await queryRunner.query(`CREATE TABLE "quiz_questions" ("quiz_id" uuid NOT NULL, "question_id" uuid NOT NULL, "position" integer NOT NULL, "points" numeric(5,1) NOT NULL, CONSTRAINT "PK_31158352e5946bb89a51a56d8ab" PRIMARY KEY ("quiz_id", "question_id"))`);
    await queryRunner.query(`CREATE TABLE "quiz_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "quiz_id" uuid NOT NULL, "position" integer NOT NULL, "tag" character varying(50), "question_type" character varying(16), "difficulty" smallint, "count" integer NOT NULL, "points_each" numeric(5,1) NOT NULL, CONSTRAINT "PK_c8b7fa0cdb0c1ddc6608309f409" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_quiz_rules_quiz" ON "quiz_rules"  ("quiz_id", "position") `);
    await queryRunner.query(`CREATE TABLE "attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "quiz_id" uuid NOT NULL, "user_id" uuid NOT NULL, "attempt_number" smallint NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'in_progress', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "auto_submitted" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '0', "answers" jsonb NOT NULL DEFAULT '{}', "saved_at" TIMESTAMP WITH TIME ZONE, "score" numeric(6,1), "max_score" numeric(6,1) NOT NULL, "passed" boolean, "unit_path" text COLLATE "C" NOT NULL, CONSTRAINT "PK_295ca261e361fd2fd217754dcac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_attempts_unit_path" ON "attempts"  ("unit_path") `);
    await queryRunner.query(`CREATE INDEX "idx_attempts_deadline" ON "attempts"  ("deadline") WHERE status = 'in_progress'`);
    await queryRunner.query(`CREATE INDEX "idx_attempts_user" ON "attempts"  ("user_id", "quiz_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_attempts_in_progress" ON "attempts"  ("quiz_id", "user_id") WHERE status = 'in_progress'`);
    await queryRunner.query(`CREATE TABLE "attempt_questions" ("attempt_id" uuid NOT NULL, "position" integer NOT NULL, "question_id" uuid NOT NULL, "points" numeric(5,1) NOT NULL, "snapshot" jsonb NOT NULL, "earned" numeric(5,1), "correct" boolean, CONSTRAINT "PK_1b7099d30f511206e7b09d9252c" PRIMARY KEY ("attempt_id", "position"))`);
    await queryRunner.query(`CREATE INDEX "idx_attempt_questions_question" ON "attempt_questions"  ("question_id") `);
    await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "fk_questions_owner_unit" FOREIGN KEY ("owner_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quizzes" ADD CONSTRAINT "fk_quizzes_owner_unit" FOREIGN KEY ("owner_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quizzes" ADD CONSTRAINT "fk_quizzes_course" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quizzes" ADD CONSTRAINT "fk_quizzes_target_unit" FOREIGN KEY ("target_unit_id") REFERENCES "org_units"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_questions" ADD CONSTRAINT "fk_quiz_questions_quiz" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_questions" ADD CONSTRAINT "fk_quiz_questions_question" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_rules" ADD CONSTRAINT "fk_quiz_rules_quiz" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attempts" ADD CONSTRAINT "fk_attempts_quiz" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attempts" ADD CONSTRAINT "fk_attempts_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attempt_questions" ADD CONSTRAINT "fk_attempt_questions_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attempt_questions" DROP CONSTRAINT "fk_attempt_questions_attempt"`);
    await queryRunner.query(`ALTER TABLE "attempts" DROP CONSTRAINT "fk_attempts_user"`);
    await queryRunner.query(`ALTER TABLE "attempts" DROP CONSTRAINT "fk_attempts_quiz"`);
    await queryRunner.query(`ALTER TABLE "quiz_rules" DROP CONSTRAINT "fk_quiz_rules_quiz"`);
    await queryRunner.query(`ALTER TABLE "quiz_questions" DROP CONSTRAINT "fk_quiz_questions_question"`);
    await queryRunner.query(`ALTER TABLE "quiz_questions" DROP CONSTRAINT "fk_quiz_questions_quiz"`);
    await queryRunner.query(`ALTER TABLE "quizzes" DROP CONSTRAINT "fk_quizzes_target_unit"`);
    await queryRunner.query(`ALTER TABLE "quizzes" DROP CONSTRAINT "fk_quizzes_course"`);
    await queryRunner.query(`ALTER TABLE "quizzes" DROP CONSTRAINT "fk_quizzes_owner_unit"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "fk_questions_owner_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_attempt_questions_question"`);
    await queryRunner.query(`DROP TABLE "attempt_questions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attempts_in_progress"`);
    await queryRunner.query(`DROP INDEX "public"."idx_attempts_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_attempts_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."idx_attempts_unit_path"`);
    await queryRunner.query(`DROP TABLE "attempts"`);
    await queryRunner.query(`DROP INDEX "public"."idx_quiz_rules_quiz"`);
    await queryRunner.query(`DROP TABLE "quiz_rules"`);
    await queryRunner.query(`DROP TABLE "quiz_questions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_quizzes_course"`);
    await queryRunner.query(`DROP TABLE "quizzes"`);
    await queryRunner.query(`DROP INDEX "public"."idx_questions_owner"`);
    await queryRunner.query(`DROP TABLE "questions"`);
  }
}
