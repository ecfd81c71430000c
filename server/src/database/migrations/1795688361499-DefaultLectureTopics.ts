import type { MigrationInterface, QueryRunner } from 'typeorm';

const TOPICS = [
  '党的二十大精神',
  '全国两会精神',
  '习近平新时代中国特色社会主义思想',
  '习近平法治思想',
  '党史学习教育',
  '乡村振兴与基层治理',
  '红色资源与地方党史',
  '城市发展历程与成就',
];

/** Data, not schema: the lecture topics a new installation starts with (the list stays editable). */
export class DefaultLectureTopics1795688361499 implements MigrationInterface {
  name = 'DefaultLectureTopics1795688361499';

  async up(queryRunner: QueryRunner): Promise<void> {
    const values = TOPICS.map((_t, i) => `($${i + 1}, ${(i + 1) * 10})`).join(', ');
    await queryRunner.query(`INSERT INTO "lecture_topics" ("name", "sort_order") VALUES ${values} ON CONFLICT ("name") DO NOTHING`, TOPICS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "lecture_topics" t WHERE t."name" = ANY($1) AND NOT EXISTS (SELECT 1 FROM "lecture_sessions" WHERE "topic_id" = t."id")`,
      [TOPICS],
    );
  }
}
