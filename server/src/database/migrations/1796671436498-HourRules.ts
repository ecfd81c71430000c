import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hour rules (学时认定规则): ledger hours in hundredths (a short course gives 0.25), what a cap cut kept on the entry, one
 * entry per year for a record spanning New Year, and a course's 学时 derived from its lessons' lengths.
 *
 * Existing courses keep the 学时 they were published with: where the new rule would give another figure, that figure is
 * kept as a 手动核定 override with a reason, so nothing a cadre was promised changes; an admin may clear it. Ledger
 * entries already written are never recomputed.
 */
export class HourRules1796671436498 implements MigrationInterface {
  name = 'HourRules1796671436498';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ledger_entries" ALTER COLUMN "hours" TYPE numeric(6,2)`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" ADD "cut_hours" numeric(6,2) NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" ADD "cut_reason" character varying(24)`);
    await queryRunner.query(`DROP INDEX "public"."uq_ledger_entries_source"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_ledger_entries_source" ON "ledger_entries"  ("user_id", "source", "source_ref_id", "year") `);
    for (const column of ['total_hours', 'course_hours', 'quiz_hours', 'study_record_hours', 'lecture_given_hours', 'offline_training_hours', 'class_hours']) {
      await queryRunner.query(`ALTER TABLE "cadre_year_hours" ALTER COLUMN "${column}" TYPE numeric(8,2)`);
    }
    await queryRunner.query(`ALTER TABLE "hour_rules" ALTER COLUMN "hours" TYPE numeric(6,2)`);
    await queryRunner.query(`ALTER TABLE "training_class_enrolments" ALTER COLUMN "credited_hours" TYPE numeric(6,2)`);
    await queryRunner.query(`ALTER TABLE "courses" ALTER COLUMN "credit_hours" TYPE numeric(6,2)`);
    await queryRunner.query(`ALTER TABLE "courses" ADD "derived_hours" numeric(6,2) NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "courses" ADD "lesson_minutes" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "courses" ADD "hours_override" numeric(6,2)`);
    await queryRunner.query(`ALTER TABLE "courses" ADD "hours_override_reason" character varying(200)`);
    // The default rule (no course rule was stored before): 1 per full 30 minutes, 0.5 for 15-29 more, 0.25 for 1-14.
    await queryRunner.query(
      `UPDATE "courses" c SET "lesson_minutes" = m.minutes
         FROM (SELECT c2.id, coalesce(floor(sum(CASE WHEN l.type = 'video' THEN l.duration_seconds ELSE l.min_reading_seconds END) / 60), 0)::int AS minutes
                 FROM "courses" c2 LEFT JOIN "lessons" l ON l.course_id = c2.id GROUP BY c2.id) m
        WHERE m.id = c.id`,
    );
    await queryRunner.query(
      `UPDATE "courses" SET "derived_hours" = ("lesson_minutes" / 30) + CASE WHEN "lesson_minutes" % 30 >= 15 THEN 0.5 WHEN "lesson_minutes" % 30 > 0 THEN 0.25 ELSE 0 END`,
    );
    await queryRunner.query(
      `UPDATE "courses" SET "hours_override" = "credit_hours", "hours_override_reason" = '认定规则施行前核定的学时（保留原值）' WHERE "credit_hours" <> "derived_hours"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "courses" DROP COLUMN "hours_override_reason"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP COLUMN "hours_override"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP COLUMN "lesson_minutes"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP COLUMN "derived_hours"`);
    await queryRunner.query(`ALTER TABLE "courses" ALTER COLUMN "credit_hours" TYPE numeric(5,1)`);
    await queryRunner.query(`ALTER TABLE "training_class_enrolments" ALTER COLUMN "credited_hours" TYPE numeric(5,1)`);
    await queryRunner.query(`ALTER TABLE "hour_rules" ALTER COLUMN "hours" TYPE numeric(4,1)`);
    for (const column of ['total_hours', 'course_hours', 'quiz_hours', 'study_record_hours', 'lecture_given_hours', 'offline_training_hours', 'class_hours']) {
      await queryRunner.query(`ALTER TABLE "cadre_year_hours" ALTER COLUMN "${column}" TYPE numeric(7,1)`);
    }
    // Split entries cannot fold back into the old unique index: keep the earlier year's part only.
    await queryRunner.query(
      `DELETE FROM "ledger_entries" a USING "ledger_entries" b
        WHERE a.user_id = b.user_id AND a.source = b.source AND a.source_ref_id = b.source_ref_id AND a.year > b.year`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_ledger_entries_source"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_ledger_entries_source" ON "ledger_entries"  ("user_id", "source", "source_ref_id") `);
    await queryRunner.query(`ALTER TABLE "ledger_entries" DROP COLUMN "cut_reason"`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" DROP COLUMN "cut_hours"`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" ALTER COLUMN "hours" TYPE numeric(6,1)`);
  }
}
