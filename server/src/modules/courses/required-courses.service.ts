import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { todayInShanghai } from '../../common/time';
import { AppConfig } from '../../config/app-config';
import { newLeaderWindow } from '../users/key-groups';

/**
 * Required courses follow their groups: every active cadre in a group for which a published course is required is
 * enrolled in it, including cadres who join the group later (a newly appointed leader, a cadre given a group). Runs when
 * a course is published or retargeted, when a cadre changes, and hourly for dates that pass by themselves.
 */
@Injectable()
export class RequiredCoursesService {
  constructor(private readonly config: AppConfig) {}

  /** Enrols whoever is missing; returns how many enrolments were created. */
  async sync(tx: EntityManager, only: { courseId?: string; userId?: string; userIds?: string[] } = {}): Promise<number> {
    const { after, until } = newLeaderWindow(this.config.newLeaderMonths);
    const params: unknown[] = [after, until, requiredDueDate()];
    const filters: string[] = [];
    if (only.courseId) filters.push(`AND c.id = $${params.push(only.courseId)}`);
    if (only.userId) filters.push(`AND u.id = $${params.push(only.userId)}`);
    if (only.userIds) filters.push(`AND u.id = ANY($${params.push(only.userIds)}::uuid[])`);
    const rows = (await tx.query(
      `INSERT INTO enrollments (user_id, course_id, source, required, due_date)
       SELECT DISTINCT u.id, c.id, 'rule', true, $3::date
         FROM courses c
         JOIN org_units cu ON cu.id = c.owner_unit_id
         JOIN course_targets t ON t.course_id = c.id AND t.required
         JOIN users u ON u.status = 'active'
         JOIN org_units uu ON uu.id = u.unit_id AND uu.path LIKE cu.path || '%'
        WHERE c.status = 'published'
          AND ((t.cadre_group = 'new_leader' AND u.appointment_date > $1::date AND u.appointment_date <= $2::date)
            OR (t.cadre_group <> 'new_leader' AND t.cadre_group = ANY(u.key_groups)))
          ${filters.join(' ')}
       ON CONFLICT (user_id, course_id) DO UPDATE
          SET required = true, due_date = COALESCE(enrollments.due_date, EXCLUDED.due_date)
        WHERE enrollments.required = false
       RETURNING (xmax = 0) AS inserted`,
      params,
    )) as { inserted: boolean }[];
    return rows.filter((r) => r.inserted).length;
  }
}

/** Required courses are due by the end of the year, but never in less than 90 days (an appointment in December). */
export function requiredDueDate(now: Date = new Date()): string {
  const today = todayInShanghai(now);
  const yearEnd = `${today.slice(0, 4)}-12-31`;
  const ninetyDays = new Date(Date.parse(`${today}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
  return yearEnd > ninetyDays ? yearEnd : ninetyDays;
}

