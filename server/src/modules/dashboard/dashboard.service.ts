import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_REQUIRED_HOURS } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { currentYear, todayInShanghai } from '../../common/time';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { AppConfig } from '../../config/app-config';
import { groupsReferenceDate, newLeaderWindow } from '../users/key-groups';
import { CADRE_GROUPS, RANK_LEVELS } from '@cadre/shared';
import type { BreakdownRowDto, DashboardSummaryDto, DashboardUnitsDto, LaggingDto, LaggingUnitDto, LagReasonDto, MonthRowDto, UnitFiguresDto } from './dto/dashboard.dto';

const YEAR_START = (p: string) => `make_timestamptz(${p}, 1, 1, 0, 0, 0, 'Asia/Shanghai')`;
const YEAR_END = (p: string) => `make_timestamptz(${p} + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')`;
const RANK_LEVEL = `CASE WHEN u.rank IN ('zheng_chu', 'fu_chu') THEN 'chu' WHEN u.rank IN ('zheng_ke', 'fu_ke') THEN 'ke' ELSE 'keyuan' END`;

/**
 * One aggregate query per dashboard: every figure of every child unit of the parent, by joining each cadre (and each
 * lecture and study record) to the child unit on its path. The number of queries does not grow with units or cadres.
 * Rows: the parent's child units, plus its own cadres (本级) as a row of their own when it has any.
 */
export const UNITS_SQL = `
WITH parent AS (SELECT id, name, path FROM org_units WHERE id = $1),
groups AS (
  SELECT c.id, c.name, c.path, false AS own, c.sort_order,
         (SELECT count(*)::int FROM org_units g WHERE g.parent_id = c.id AND g.retired_at IS NULL) AS child_count
    FROM org_units c WHERE c.parent_id = $1 AND c.retired_at IS NULL
  UNION ALL
  SELECT p.id, p.name, p.path, true, -1, 0 FROM parent p
),
cadres AS (
  SELECT u.id, g.id AS gid, u.rank, u.key_groups, u.appointment_date, ${RANK_LEVEL} AS level
    FROM groups g
    JOIN org_units ou ON (g.own AND ou.id = g.id) OR (NOT g.own AND ou.path LIKE g.path || '%')
    JOIN users u ON u.unit_id = ou.id AND u.status = 'active'
),
rules AS (SELECT cadre_group, rank_level, required_hours FROM training_plan_rules WHERE year = $2),
hours AS (
  SELECT c.gid, coalesce(h.total_hours, 0) AS earned,
         coalesce((SELECT max(r.required_hours) FROM rules r
                    WHERE (r.rank_level IS NULL OR r.rank_level = c.level)
                      AND (r.cadre_group IS NULL OR r.cadre_group = ANY(c.key_groups::text[])
                           OR (r.cadre_group = 'new_leader' AND c.appointment_date > $3::date AND c.appointment_date <= $4::date))),
                  CASE WHEN EXISTS (SELECT 1 FROM rules) THEN 0 ELSE ${DEFAULT_REQUIRED_HOURS} END) AS target
    FROM cadres c LEFT JOIN cadre_year_hours h ON h.user_id = c.id AND h.year = $2
),
hour_figures AS (
  SELECT gid, count(*)::int AS cadres, coalesce(sum(earned), 0) AS earned, count(*) FILTER (WHERE earned >= target)::int AS met FROM hours GROUP BY gid
),
required AS (
  SELECT c.gid, count(*)::int AS total, count(*) FILTER (WHERE e.status = 'completed')::int AS done,
         count(DISTINCT e.user_id) FILTER (WHERE e.status <> 'completed' AND e.due_date < $5::date)::int AS overdue
    FROM enrollments e JOIN cadres c ON c.id = e.user_id
   WHERE e.required AND e.created_at < ${YEAR_END('$2')} AND (e.completed_at IS NULL OR e.completed_at >= ${YEAR_START('$2')})
   GROUP BY c.gid
),
quizzes AS (
  SELECT c.gid, count(DISTINCT a.user_id)::int AS takers, count(DISTINCT a.user_id) FILTER (WHERE a.passed)::int AS passed
    FROM attempts a JOIN cadres c ON c.id = a.user_id
   WHERE a.status = 'submitted' AND a.submitted_at >= ${YEAR_START('$2')} AND a.submitted_at < ${YEAR_END('$2')}
   GROUP BY c.gid
),
lectures AS (
  SELECT g.id AS gid, count(*)::int AS sessions, coalesce(sum(s.audience_size), 0)::int AS audience
    FROM groups g JOIN lecture_sessions s ON (g.own AND s.host_unit_id = g.id) OR (NOT g.own AND s.host_unit_path LIKE g.path || '%')
   WHERE s.status = 'verified' AND s.started_at >= ${YEAR_START('$2')} AND s.started_at < ${YEAR_END('$2')}
   GROUP BY g.id
),
studies AS (
  SELECT g.id AS gid, count(*)::int AS records
    FROM groups g JOIN study_records r ON (g.own AND r.unit_id = g.id) OR (NOT g.own AND r.unit_path LIKE g.path || '%')
   WHERE r.status = 'submitted' AND r.held_on >= make_date($2, 1, 1) AND r.held_on < make_date($2 + 1, 1, 1)
   GROUP BY g.id
)
SELECT g.id, g.name, g.own, g.child_count, coalesce(hf.cadres, 0) AS cadres, coalesce(hf.earned, 0) AS earned, coalesce(hf.met, 0) AS met,
       coalesce(rq.total, 0) AS req_total, coalesce(rq.done, 0) AS req_done, coalesce(rq.overdue, 0) AS overdue,
       coalesce(q.takers, 0) AS takers, coalesce(q.passed, 0) AS passed,
       coalesce(l.sessions, 0) AS sessions, coalesce(l.audience, 0) AS audience, coalesce(st.records, 0) AS records
  FROM groups g
  LEFT JOIN hour_figures hf ON hf.gid = g.id LEFT JOIN required rq ON rq.gid = g.id LEFT JOIN quizzes q ON q.gid = g.id
  LEFT JOIN lectures l ON l.gid = g.id LEFT JOIN studies st ON st.gid = g.id
 ORDER BY g.own, g.sort_order, g.name`;


/**
 * The same per-cadre facts as UNITS_SQL for the whole subtree, grouped by key group (one row per group a cadre is in;
 * new_leader derived from the appointment date) and by rank level.
 */
export const BREAKDOWN_SQL = `
WITH cadres AS (
  SELECT u.id, u.rank, u.key_groups, u.appointment_date, ${RANK_LEVEL} AS level,
         (u.appointment_date > $3::date AND u.appointment_date <= $4::date) AS new_leader
    FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE ou.path LIKE $1 AND u.status = 'active'
),
rules AS (SELECT cadre_group, rank_level, required_hours FROM training_plan_rules WHERE year = $2),
facts AS (
  SELECT c.id, c.level, c.key_groups::text[] || CASE WHEN c.new_leader THEN ARRAY['new_leader'] ELSE ARRAY[]::text[] END AS groups,
         coalesce(h.total_hours, 0) AS earned,
         coalesce((SELECT max(r.required_hours) FROM rules r
                    WHERE (r.rank_level IS NULL OR r.rank_level = c.level)
                      AND (r.cadre_group IS NULL OR r.cadre_group = ANY(c.key_groups::text[]) OR (r.cadre_group = 'new_leader' AND c.new_leader))),
                  CASE WHEN EXISTS (SELECT 1 FROM rules) THEN 0 ELSE ${DEFAULT_REQUIRED_HOURS} END) AS target,
         (SELECT count(*) FROM enrollments e WHERE e.user_id = c.id AND e.required AND e.created_at < ${YEAR_END('$2')}
             AND (e.completed_at IS NULL OR e.completed_at >= ${YEAR_START('$2')}))::int AS req_total,
         (SELECT count(*) FROM enrollments e WHERE e.user_id = c.id AND e.required AND e.status = 'completed' AND e.created_at < ${YEAR_END('$2')}
             AND e.completed_at >= ${YEAR_START('$2')})::int AS req_done
    FROM cadres c LEFT JOIN cadre_year_hours h ON h.user_id = c.id AND h.year = $2
)
SELECT 'group' AS kind, g AS key, count(*)::int AS cadres, sum(earned) AS earned, count(*) FILTER (WHERE earned >= target)::int AS met,
       sum(req_total)::int AS req_total, sum(req_done)::int AS req_done
  FROM facts, unnest(groups) g GROUP BY g
UNION ALL
SELECT 'level', level, count(*)::int, sum(earned), count(*) FILTER (WHERE earned >= target)::int, sum(req_total)::int, sum(req_done)::int
  FROM facts GROUP BY level`;

/** Month by month in the subtree: hours earned, required courses completed, lectures and study meetings. */
const MONTHLY_SQL = `
SELECT m AS month,
       (SELECT coalesce(sum(l.hours), 0) FROM ledger_entries l WHERE l.unit_path LIKE $1 AND l.year = $2
           AND extract(month FROM l.earned_at AT TIME ZONE 'Asia/Shanghai') = m) AS hours,
       (SELECT count(*)::int FROM enrollments e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id
         WHERE ou.path LIKE $1 AND e.required AND e.status = 'completed' AND e.completed_at >= ${YEAR_START('$2')} AND e.completed_at < ${YEAR_END('$2')}
           AND extract(month FROM e.completed_at AT TIME ZONE 'Asia/Shanghai') = m) AS required_completed,
       (SELECT count(*)::int FROM lecture_sessions s WHERE s.host_unit_path LIKE $1 AND s.status = 'verified'
           AND s.started_at >= ${YEAR_START('$2')} AND s.started_at < ${YEAR_END('$2')}
           AND extract(month FROM s.started_at AT TIME ZONE 'Asia/Shanghai') = m) AS lectures,
       (SELECT count(*)::int FROM study_records r WHERE r.unit_path LIKE $1 AND r.status = 'submitted'
           AND r.held_on >= make_date($2, 1, 1) AND r.held_on < make_date($2 + 1, 1, 1) AND extract(month FROM r.held_on) = m) AS studies
  FROM generate_series(1, 12) m ORDER BY m`;

interface Row {
  id: string;
  name: string;
  own: boolean;
  child_count: number;
  cadres: number;
  earned: number;
  met: number;
  req_total: number;
  req_done: number;
  overdue: number;
  takers: number;
  passed: number;
  sessions: number;
  audience: number;
  records: number;
}

/** Weight of the sibling median in a unit's normalised completion rate, in enrolments. */
const PRIOR_ENROLMENTS = 4;

const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

function figures(r: Omit<Row, 'id' | 'name' | 'own' | 'child_count'> & { unitId: string; unitName: string; own: boolean; childCount: number }): UnitFiguresDto {
  return {
    unitId: r.unitId,
    unitName: r.unitName,
    own: r.own,
    childCount: r.childCount,
    cadres: r.cadres,
    requiredEnrollments: r.req_total,
    requiredCompleted: r.req_done,
    requiredCompletionRate: rate(r.req_done, r.req_total),
    cadresOverdue: r.overdue,
    hoursPerCadre: r.cadres > 0 ? Math.round((Number(r.earned) / r.cadres) * 10) / 10 : 0,
    metHours: r.met,
    metHoursRate: rate(r.met, r.cadres),
    quizTakers: r.takers,
    quizPassed: r.passed,
    quizPassRate: rate(r.passed, r.takers),
    lectureSessions: r.sessions,
    lectureAudience: r.audience,
    studyRecords: r.records,
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The organisation department's figures down the unit tree, and the units that lag behind their siblings. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async units(user: AuthUser, parentId: string | undefined, year: number | undefined): Promise<DashboardUnitsDto> {
    const { parent, y } = await this.target(user, parentId, year);
    const today = todayInShanghai();
    const window = this.newLeaderWindowFor(y);
    const rows = (await this.db.query(UNITS_SQL, [parent.id, y, window.after, window.until, today])) as Row[];
    const items = rows.filter((r) => !r.own || r.cadres > 0 || r.sessions > 0 || r.records > 0).map((r) => figures({ ...r, unitId: r.id, unitName: r.own ? `${r.name}（本级）` : r.name, own: r.own, childCount: r.child_count }));
    const sum = (k: keyof Row) => rows.reduce((acc, r) => acc + Number(r[k]), 0);
    const total = figures({
      unitId: parent.id,
      unitName: parent.name,
      own: false,
      childCount: rows.filter((r) => !r.own).length,
      cadres: sum('cadres'),
      earned: sum('earned'),
      met: sum('met'),
      req_total: sum('req_total'),
      req_done: sum('req_done'),
      overdue: sum('overdue'),
      takers: sum('takers'),
      passed: sum('passed'),
      sessions: sum('sessions'),
      audience: sum('audience'),
      records: sum('records'),
    });
    return { year: y, parent: total, items };
  }

  /**
   * Lagging units (推进迟缓): child units whose required-course completion rate, normalised by headcount, is below
   * `threshold` times the median of their siblings, furthest behind first, each with every figure that falls below the same share of its sibling median.
   */
  async lagging(user: AuthUser, parentId: string | undefined, year: number | undefined, threshold = 0.8): Promise<LaggingDto> {
    const { items, year: y, parent } = await this.units(user, parentId, year);
    const siblings = items.filter((i) => !i.own && i.cadres > 0);
    const metrics: LagReasonDto['metric'][] = ['requiredCompletionRate', 'metHoursRate', 'quizPassRate'];
    const medians = Object.fromEntries(metrics.map((m) => [m, median(siblings.map((s) => s[m]).filter((v): v is number => v !== null))])) as Record<LagReasonDto['metric'], number | null>;
    const completionMedian = medians.requiredCompletionRate;
    const lagging: LaggingUnitDto[] = [];
    if (completionMedian !== null && completionMedian > 0) {
      for (const unit of siblings) {
        if (unit.requiredCompletionRate === null) continue;
        // Normalised by headcount: a unit's rate is read as if it had PRIOR_ENROLMENTS more enrolments at the median, so
        // one unfinished course in a unit of three does not weigh like a hundred in a unit of three hundred.
        const adjusted = (unit.requiredCompleted + PRIOR_ENROLMENTS * completionMedian) / (unit.requiredEnrollments + PRIOR_ENROLMENTS);
        if (adjusted >= threshold * completionMedian) continue;
        const reasons = metrics
          .map((metric) => ({ metric, value: unit[metric], siblingMedian: medians[metric] }))
          .filter((r): r is LagReasonDto => r.value !== null && r.siblingMedian !== null && r.value < threshold * r.siblingMedian);
        lagging.push({ ...unit, rank: 0, adjustedCompletionRate: Math.round(adjusted * 1000) / 1000, gap: Math.round((completionMedian - adjusted) * 1000) / 1000, reasons });
      }
    }
    lagging.sort((a, b) => b.gap - a.gap || a.unitName.localeCompare(b.unitName, 'zh-CN'));
    lagging.forEach((u, i) => (u.rank = i + 1));
    return { year: y, parentId: parent.unitId, parentName: parent.unitName, threshold, medianCompletionRate: completionMedian, items: lagging };
  }

  /** The subtree of a unit by key group, by rank level, and month by month. */
  async summary(user: AuthUser, unitId: string | undefined, year: number | undefined): Promise<DashboardSummaryDto> {
    const { parent, y } = await this.target(user, unitId, year);
    const window = this.newLeaderWindowFor(y);
    const [breakdown, monthly] = await Promise.all([
      this.db.query(BREAKDOWN_SQL, [`${parent.path}%`, y, window.after, window.until]) as Promise<
        { kind: 'group' | 'level'; key: string; cadres: number; earned: number; met: number; req_total: number; req_done: number }[]
      >,
      this.db.query(MONTHLY_SQL, [`${parent.path}%`, y]) as Promise<{ month: number; hours: number; required_completed: number; lectures: number; studies: number }[]>,
    ]);
    const row = (kind: 'group' | 'level', key: string): BreakdownRowDto => {
      const r = breakdown.find((b) => b.kind === kind && b.key === key);
      const cadres = r?.cadres ?? 0;
      return {
        key,
        cadres,
        requiredEnrollments: r?.req_total ?? 0,
        requiredCompletionRate: rate(r?.req_done ?? 0, r?.req_total ?? 0),
        hoursPerCadre: cadres > 0 ? Math.round((Number(r!.earned) / cadres) * 10) / 10 : 0,
        metHoursRate: rate(r?.met ?? 0, cadres),
      };
    };
    return {
      year: y,
      unitId: parent.id,
      unitName: parent.name,
      byGroup: CADRE_GROUPS.map((g) => row('group', g)),
      byRankLevel: RANK_LEVELS.map((l) => row('level', l)),
      monthly: monthly.map(
        (m): MonthRowDto => ({ month: Number(m.month), hours: Math.round(Number(m.hours) * 10) / 10, requiredCompleted: m.required_completed, lectureSessions: m.lectures, studyRecords: m.studies }),
      ),
    };
  }

  /** The new-leader group as it stood at the end of the year (or today, for the current year). */
  private newLeaderWindowFor(y: number) {
    return newLeaderWindow(this.config.newLeaderMonths, groupsReferenceDate(y));
  }

  private async target(user: AuthUser, parentId: string | undefined, year: number | undefined) {
    return { parent: await scopedUnit(this.db, user, parentId), y: year ?? currentYear() };
  }
}
