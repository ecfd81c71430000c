import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data, not schema: the catalogue's six default categories (the list stays editable). */
export class DefaultCourseCategories1795678876369 implements MigrationInterface {
  name = 'DefaultCourseCategories1795678876369';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "course_categories" ("name", "sort_order")
       VALUES ('理论武装', 10), ('党性教育', 20), ('作风建设', 30), ('法治与依法行政', 40), ('业务能力', 50), ('红色教育', 60)
       ON CONFLICT ("name") DO NOTHING`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "course_categories" c
        WHERE c."name" IN ('理论武装', '党性教育', '作风建设', '法治与依法行政', '业务能力', '红色教育')
          AND NOT EXISTS (SELECT 1 FROM "courses" WHERE "category_id" = c."id")`,
    );
  }
}
