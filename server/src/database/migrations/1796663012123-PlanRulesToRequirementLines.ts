import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data, not schema: a year that had a training plan keeps its target as the `online` requirement line. The plan's line
 * for everyone becomes `online`'s hours (50 without one); a line for a key group or rank level becomes an extra online
 * line for them (`online_1`, `online_2` ...), so such a cadre still needs the highest figure that applies, as the plan's
 * "highest line" rule did. Such a year gets the regulation's two centralised lines too, because a year with any lines
 * no longer falls back to the defaults. The figures are written out here (not read from @cadre/shared) so that later
 * changes to the defaults do not change what this migration did. A year that already has lines is left alone.
 * A later PUT /api/training-plans no longer moves the lines: the requirement lines are what counts from now on.
 */
export class PlanRulesToRequirementLines1796663012123 implements MigrationInterface {
  name = 'PlanRulesToRequirementLines1796663012123';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH years AS (
        SELECT DISTINCT r."year" FROM "training_plan_rules" r
         WHERE NOT EXISTS (SELECT 1 FROM "requirement_lines" l WHERE l."year" = r."year")
      )
      INSERT INTO "requirement_lines" ("year", "key", "label", "position", "rank_levels", "key_groups", "hours", "days", "window_years", "window_start", "sources")
      SELECT y."year", 'online'::text, '网络培训'::text, 0::bigint, '{}'::text[], '{}'::text[],
             coalesce((SELECT max(r."required_hours") FROM "training_plan_rules" r WHERE r."year" = y."year" AND r."cadre_group" IS NULL AND r."rank_level" IS NULL), 50),
             NULL::smallint, 1, NULL::smallint, '{course,quiz}'::text[]
        FROM years y
      UNION ALL
      SELECT y."year", 'centralized_year', '集中培训（年度）', 1, '{ke,keyuan}', '{}', 90, 12, 1, NULL, '{class,offline_training}'
        FROM years y
      UNION ALL
      SELECT y."year", 'centralized_5y', '集中培训（五年）', 2, '{chu}', '{}', 550, 90, 5, 2023, '{class,offline_training}'
        FROM years y
      UNION ALL
      SELECT r."year", 'online_' || row_number() OVER (PARTITION BY r."year" ORDER BY r."required_hours" DESC, r."id"),
             CASE WHEN r."note" <> '' THEN '网络培训（' || left(r."note", 80) || '）' ELSE '网络培训（培训计划）' END,
             2 + row_number() OVER (PARTITION BY r."year" ORDER BY r."required_hours" DESC, r."id"),
             CASE WHEN r."rank_level" IS NULL THEN '{}'::text[] ELSE ARRAY[r."rank_level"]::text[] END,
             CASE WHEN r."cadre_group" IS NULL THEN '{}'::text[] ELSE ARRAY[r."cadre_group"]::text[] END,
             r."required_hours", NULL, 1, NULL, '{course,quiz}'
        FROM "training_plan_rules" r JOIN years y ON y."year" = r."year"
       WHERE r."cadre_group" IS NOT NULL OR r."rank_level" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The plan rules are untouched, so going back only forgets the lines carried over from them.
    await queryRunner.query(
      `DELETE FROM "requirement_lines" l WHERE EXISTS (SELECT 1 FROM "training_plan_rules" r WHERE r."year" = l."year")`,
    );
  }
}
