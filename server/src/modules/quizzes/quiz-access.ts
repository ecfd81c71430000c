import type { CadreGroup } from '@cadre/shared';

/**
 * SQL for "this quiz is open to this cadre": published, owned by a unit on the cadre's path, and either the quiz of a
 * course they are enrolled in, or a stand-alone quiz whose target groups and unit (when set) include them. Expects
 * `q` (quizzes), `ou` (its owner unit) and `tu` (its target unit, left-joined); binds `$me`, `$path`, `$groups`.
 */
export function openToCadreSql(me: string, path: string, groups: string): string {
  return `q.status = 'published' AND ${path} LIKE ou.path || '%' AND (
      (q.course_id IS NOT NULL AND EXISTS (SELECT 1 FROM enrollments e WHERE e.course_id = q.course_id AND e.user_id = ${me}))
      OR (q.course_id IS NULL
          AND (cardinality(q.target_groups) = 0 OR q.target_groups && ${groups}::text[])
          AND (q.target_unit_id IS NULL OR ${path} LIKE tu.path || '%')))`;
}

export function isWithinWindow(q: { opensAt: Date | null; closesAt: Date | null }, now: Date = new Date()): boolean {
  return (!q.opensAt || q.opensAt.getTime() <= now.getTime()) && (!q.closesAt || q.closesAt.getTime() > now.getTime());
}

export type Groups = CadreGroup[];
