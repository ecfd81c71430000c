import type { RequirementLineSpec } from '@cadre/shared';
import { addMonths } from '../../common/time';
import { windowOf } from './requirement-rules';

/**
 * Due dates counted from a person's own date rather than from a window's end (《干部教育培训工作条例》):
 * - 任职培训: a newly appointed leader completes it within `months` (12 by default) of the appointment, by a completed
 *   training class of kind `appointment` or by every course required for the `new_leader` group;
 * - a cadre promoted into 处级 without having met a 处级 line (the five-year 550 学时) must meet it within one year of the
 *   promotion.
 * The engine (RequirementsService) and the set-based shortfalls both read these, so the two cannot disagree.
 */

/** The day 任职培训 is due: the appointment plus `months`, clamped to the month's end as PostgreSQL's `date + interval` is. */
export function appointmentDueDate(appointmentDate: string, months: number): string {
  return addMonths(appointmentDate, months);
}

/**
 * The 任职培训 line concerns `year` when the period from the appointment to its due date touches the year, and the
 * appointment lies on or before the year's reference day (its last day, or today for the current year).
 */
export function appointmentApplies(appointmentDate: string | null, months: number, year: number, today: string): boolean {
  if (!appointmentDate) return false;
  const reference = `${year}-12-31` < today ? `${year}-12-31` : today;
  return appointmentDate <= reference && appointmentDueDate(appointmentDate, months) >= `${year}-01-01`;
}

/**
 * The days within which an unmet 任职培训 falls due for the shortfalls of `year`: the due date has passed (before today)
 * and lies in that year, so an overdue leader is listed in exactly the year the deadline fell. Null: none (a future year).
 */
export function overdueRange(year: number, today: string): { from: string; to: string } | null {
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const to = `${year}-12-31` < yesterday ? `${year}-12-31` : yesterday;
  const from = `${year}-01-01`;
  return to < from ? null : { from, to };
}

/**
 * The due date of a 处级 line for a cadre who entered 处级 on `chuSince` and has not met it: one year after the promotion,
 * when the promotion lies in the line's window or its year of grace reaches into it. Null: the window's end applies.
 */
export function promotionDueDate(line: Pick<RequirementLineSpec, 'appliesTo' | 'windowYears' | 'windowStart'>, year: number, chuSince: string | null): string | null {
  if (!chuSince || !line.appliesTo.rankLevels.includes('chu')) return null;
  const { start, end } = windowOf(line, year);
  const due = addMonths(chuSince, 12);
  if (chuSince > `${end}-12-31` || due < `${start}-01-01`) return null;
  return due;
}

/** Published courses required for the `new_leader` group whose owner's subtree holds the unit aliased `ou` (as the sync enrols). */
const NEW_LEADER_COURSES = `courses c JOIN org_units cu ON cu.id = c.owner_unit_id
   WHERE c.status = 'published' AND ou.path LIKE cu.path || '%'
     AND EXISTS (SELECT 1 FROM course_targets t WHERE t.course_id = c.id AND t.required AND t.cadre_group = 'new_leader')`;

/**
 * SQL: per cadre of `cadres` (a query with an `id` column) who has an appointment date, the facts of 任职培训:
 * `appointment_date`, `class_title` (the first completed class of kind `appointment` that ended after the day `months`
 * before the appointment: training shortly before taking the post counts, as the 条例 allows, a class for an earlier post
 * does not), `courses_required` (the new-leader required courses that reach the cadre's unit) and `courses_completed`.
 * Met: a class, or at least one required course and every one of them completed. `monthsSql` is the months parameter.
 */
export function appointmentFactsSql(cadres: string, monthsSql: string): string {
  return `SELECT u.id AS user_id, u.appointment_date::text AS appointment_date,
         (SELECT tc.title FROM training_class_enrolments ce JOIN training_classes tc ON tc.id = ce.class_id
           WHERE ce.user_id = u.id AND ce.status = 'completed' AND tc.kind = 'appointment'
             AND tc.end_date > (u.appointment_date - make_interval(months => ${monthsSql}::int))::date
           ORDER BY tc.end_date, tc.id LIMIT 1) AS class_title,
         (SELECT count(*)::int FROM ${NEW_LEADER_COURSES}) AS courses_required,
         (SELECT count(*)::int FROM ${NEW_LEADER_COURSES}
             AND EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = u.id AND e.course_id = c.id AND e.status = 'completed')) AS courses_completed
    FROM (${cadres}) x JOIN users u ON u.id = x.id JOIN org_units ou ON ou.id = u.unit_id
   WHERE u.appointment_date IS NOT NULL`;
}

/** A row of appointmentFactsSql. */
export interface AppointmentFacts {
  user_id: string;
  appointment_date: string;
  class_title: string | null;
  courses_required: number;
  courses_completed: number;
}

export function appointmentMet(f: Pick<AppointmentFacts, 'class_title' | 'courses_required' | 'courses_completed'>): 'class' | 'courses' | null {
  if (f.class_title !== null) return 'class';
  if (f.courses_required > 0 && f.courses_completed >= f.courses_required) return 'courses';
  return null;
}

/**
 * The shortfall query's part for 任职培训, a CTE `l_appointment` over the CTE `base` with the columns of every other line's
 * part, for parameters from $p: $p months, $p+1..$p+2 the range in which the due date fell (overdueRange), $p+3 label,
 * $p+4 position. It lists the cadres whose 任职培训 fell due in the range unmet (appointmentMet as SQL).
 */
export function appointmentShortfallSql(p: number): string {
  const $ = (k: number) => `$${p + k}`;
  const due = (col: string) => `(${col} + make_interval(months => ${$(0)}::int))::date`;
  return `
a_f AS (
  ${appointmentFactsSql(`SELECT b.id FROM base b JOIN users bu ON bu.id = b.id WHERE ${due('bu.appointment_date')} BETWEEN ${$(1)}::date AND ${$(2)}::date`, $(0))}
),
l_appointment AS (
  SELECT b.id AS user_id, b.name, b.unit_id, b.unit_name, b.unit_path, b.rank, 'appointment'::text AS line, ${$(3)}::text AS line_label,
         ${$(4)}::int AS position, 1::numeric AS required, 0::numeric AS earned, NULL::int AS days, NULL::int AS required_days,
         ${due('f.appointment_date::date')}::text AS due_date
    FROM a_f f JOIN base b ON b.id = f.user_id
   WHERE f.class_title IS NULL AND NOT (f.courses_required > 0 AND f.courses_completed >= f.courses_required)
)`;
}
