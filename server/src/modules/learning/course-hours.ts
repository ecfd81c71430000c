import type { CourseHourRule } from '@cadre/shared';
import type { EntityManager } from 'typeorm';
import { MIN_READING_SECONDS, READING_CHARS_PER_MINUTE } from '../courses/reading-time';

/**
 * An article's reading time when its author set none, as SQL over the lesson `l`: readingSecondsOf() in reading-time.ts
 * (the text without tags, a named or numbered entity as one character, no white space, at 400 a minute, at least 30 s).
 */
const ARTICLE_SECONDS_SQL = `greatest(${MIN_READING_SECONDS}, ceil(length(regexp_replace(regexp_replace(regexp_replace(regexp_replace(coalesce(l.body, ''),
  '<[^>]*>', ' ', 'g'), '&(nbsp|#160|#xa0);', ' ', 'gi'), '&[#a-z0-9]+;', '_', 'gi'), '\\s', '', 'g')) / ${READING_CHARS_PER_MINUTE}.0 * 60))`;

/**
 * Keeps courses' derived 学时 current: the lessons' minutes (video durations and reading times, an article's from its
 * length unless its author set one, whole minutes of the
 * total) through the city's rule (see `courseHoursFromMinutes` in @cadre/shared, which this SQL mirrors), and the
 * credited figure = the override when an admin set one, else the derived one. One course, or every course after the
 * rule changed. Returns how many courses changed.
 */
export async function refreshCourseHours(tx: EntityManager, rule: CourseHourRule, courseId: string | null = null): Promise<number> {
  const rows = (await tx.query(
    `WITH m AS (
       SELECT c.id, coalesce(floor(sum(CASE WHEN l.type = 'video' THEN l.duration_seconds
                                            WHEN l.min_reading_seconds IS NOT NULL THEN l.min_reading_seconds
                                            WHEN l.type = 'article' THEN ${ARTICLE_SECONDS_SQL}
                                            ELSE 0 END) / 60), 0)::int AS minutes
         FROM courses c LEFT JOIN lessons l ON l.course_id = c.id
        WHERE $1::uuid IS NULL OR c.id = $1::uuid
        GROUP BY c.id
     ), d AS (
       SELECT id, minutes,
              round((minutes / 30) * $2::numeric + CASE WHEN minutes % 30 >= 15 THEN $3::numeric WHEN minutes % 30 > 0 THEN $4::numeric ELSE 0 END, 2) AS derived
         FROM m
     )
     UPDATE courses c SET lesson_minutes = d.minutes, derived_hours = d.derived, credit_hours = coalesce(c.hours_override, d.derived)
       FROM d
      WHERE c.id = d.id AND (c.lesson_minutes <> d.minutes OR c.derived_hours <> d.derived OR c.credit_hours <> coalesce(c.hours_override, d.derived))
     RETURNING c.id`,
    [courseId, rule.per_30_min, rule.remainder_15_30, rule.remainder_under_15],
  )) as unknown;
  // UPDATE … RETURNING answers [rows, count] through TypeORM's query runner on PostgreSQL.
  return Array.isArray(rows) && Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : Array.isArray(rows) ? rows.length : 0;
}
