import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RANKS, rankLevel, type RankLevel } from '@cadre/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Scheduler } from '../../common/scheduler/scheduler.service';
import { currentYear, sqlYearEnd, sqlYearStart, todayInShanghai } from '../../common/time';
import { AppConfig } from '../../config/app-config';
import type { RequirementLineDto } from '../learning/dto/requirement.dto';
import { RequirementsService } from '../learning/requirements.service';
import { requirementLinesSql } from '../learning/requirement-sql';
import { groupsReferenceDate, newLeaderWindow } from '../users/key-groups';

const YEAR_START = sqlYearStart('$2');
const YEAR_END = sqlYearEnd('$2');
/** The ranks of a level, as SQL literals: built from rankLevel() so the breakdown never disagrees with it (调研员 are 处级). */
const ranksOf = (level: RankLevel) => RANKS.filter((r) => rankLevel(r) === level).map((r) => `'${r}'`).join(', ');
const RANK_LEVEL = `CASE WHEN u.rank IN (${ranksOf('chu')}) THEN 'chu' WHEN u.rank IN (${ranksOf('ke')}) THEN 'ke' ELSE 'keyuan' END`;
const MONTH = (ts: string) => `extract(month FROM ${ts} AT TIME ZONE 'Asia/Shanghai')::int`;

/**
 * Every figure of the units in $1 for year $2, one set of rows per unit (see DashboardUnitFigures): per cadre, each
 * requirement line that applies to them (read from requirement-sql.ts, the set-based definition the shortfall list
 * reads too; the new-leader group from the appointment date in ($3, $4]) and whether they met it, their required
 * enrolments of the year and whether any is overdue on $5, whether they took and passed a quiz; then the unit's
 * lectures, study meetings and month-by-month trend. The lines' own parameters follow from $6.
 *
 * 达标 (`met` of the all, group and level rows) means "met every line that applies to the cadre"; a cadre to whom no line
 * applies is not assessed: counted in `cadres` but not in `assessed`, the denominator of the 达标率, because an
 * organisation department reports the share of those held to a requirement who met it. Each line has a row of its own
 * (`dim` 'line', `key` the line's key): `cadres` and `assessed` the cadres it applies to, `met` those who met it,
 * `earned` their hours on it.
 */
export function recomputeSql(lines: RequirementLineDto[], year: number, params: unknown[]): string {
  const perLine = requirementLinesSql(lines, year, params, 'cadres');
  return `
WITH units AS (SELECT DISTINCT unnest($1::uuid[]) AS unit_id),
cadres AS (
  SELECT u.id, u.unit_id, u.rank, ${RANK_LEVEL} AS level,
         u.key_groups::text[] || CASE WHEN u.appointment_date > $3::date AND u.appointment_date <= $4::date THEN ARRAY['new_leader'] ELSE ARRAY[]::text[] END AS groups
    FROM users u WHERE u.unit_id = ANY($1::uuid[]) AND u.status = 'active'
),
${perLine},
verdict AS (SELECT user_id, bool_and(met) AS met FROM line_rows GROUP BY user_id),
req AS (
  SELECT e.user_id, count(*)::int AS total, count(*) FILTER (WHERE e.status = 'completed')::int AS done,
         bool_or(e.status <> 'completed' AND e.due_date < $5::date) AS overdue
    FROM enrollments e JOIN cadres c ON c.id = e.user_id
   WHERE e.required AND e.created_at < ${YEAR_END} AND (e.completed_at IS NULL OR e.completed_at >= ${YEAR_START})
   GROUP BY e.user_id
),
quiz AS (
  SELECT a.user_id, bool_or(coalesce(a.passed, false)) AS passed
    FROM attempts a JOIN cadres c ON c.id = a.user_id
   WHERE a.status = 'submitted' AND a.submitted_at >= ${YEAR_START} AND a.submitted_at < ${YEAR_END}
   GROUP BY a.user_id
),
facts AS (
  SELECT c.unit_id, c.level, c.groups, coalesce(h.total_hours, 0) AS earned,
         v.user_id IS NOT NULL AS assessed, coalesce(v.met, false) AS met,
         coalesce(rq.total, 0) AS req_total, coalesce(rq.done, 0) AS req_done, coalesce(rq.overdue, false) AS overdue,
         q.user_id IS NOT NULL AS took, coalesce(q.passed, false) AS passed
    FROM cadres c LEFT JOIN cadre_year_hours h ON h.user_id = c.id AND h.year = $2
    LEFT JOIN verdict v ON v.user_id = c.id LEFT JOIN req rq ON rq.user_id = c.id LEFT JOIN quiz q ON q.user_id = c.id
),
own AS (
  SELECT unit_id, count(*)::int AS cadres, sum(earned) AS earned, count(*) FILTER (WHERE assessed)::int AS assessed, count(*) FILTER (WHERE met)::int AS met,
         sum(req_total)::int AS req_total, sum(req_done)::int AS req_done, count(*) FILTER (WHERE overdue)::int AS overdue,
         count(*) FILTER (WHERE took)::int AS takers, count(*) FILTER (WHERE passed)::int AS passed
    FROM facts GROUP BY unit_id
),
lectures AS (
  SELECT s.host_unit_id AS unit_id, ${MONTH('s.started_at')} AS month, count(*)::int AS sessions, sum(s.audience_size)::int AS audience
    FROM lecture_sessions s
   WHERE s.host_unit_id = ANY($1::uuid[]) AND s.status = 'verified' AND s.started_at >= ${YEAR_START} AND s.started_at < ${YEAR_END}
   GROUP BY 1, 2
),
studies AS (
  SELECT r.unit_id, extract(month FROM r.held_on)::int AS month, count(*)::int AS records
    FROM study_records r
   WHERE r.unit_id = ANY($1::uuid[]) AND r.status = 'submitted' AND r.held_on >= make_date($2, 1, 1) AND r.held_on < make_date($2 + 1, 1, 1)
   GROUP BY 1, 2
),
ledger AS (
  SELECT l.unit_id, ${MONTH('l.earned_at')} AS month, sum(l.hours) AS hours
    FROM ledger_entries l WHERE l.unit_id = ANY($1::uuid[]) AND l.year = $2 GROUP BY 1, 2
),
completions AS (
  SELECT c.unit_id, ${MONTH('e.completed_at')} AS month, count(*)::int AS done
    FROM enrollments e JOIN cadres c ON c.id = e.user_id
   WHERE e.required AND e.status = 'completed' AND e.completed_at >= ${YEAR_START} AND e.completed_at < ${YEAR_END}
   GROUP BY 1, 2
),
months AS (
  SELECT unit_id, month, sum(hours) AS hours, sum(done)::int AS done, sum(sessions)::int AS sessions, sum(records)::int AS records
    FROM (SELECT unit_id, month, hours, 0 AS done, 0 AS sessions, 0 AS records FROM ledger
          UNION ALL SELECT unit_id, month, 0, done, 0, 0 FROM completions
          UNION ALL SELECT unit_id, month, 0, 0, sessions, 0 FROM lectures
          UNION ALL SELECT unit_id, month, 0, 0, 0, records FROM studies) m
   GROUP BY unit_id, month
),
figures (unit_id, dim, key, cadres, assessed, earned, met, req_total, req_done, overdue, takers, passed, sessions, audience, records, hours) AS (
  SELECT u.unit_id, 'all', '', coalesce(o.cadres, 0), coalesce(o.assessed, 0), coalesce(o.earned, 0), coalesce(o.met, 0), coalesce(o.req_total, 0), coalesce(o.req_done, 0),
         coalesce(o.overdue, 0), coalesce(o.takers, 0), coalesce(o.passed, 0),
         coalesce((SELECT sum(l.sessions) FROM lectures l WHERE l.unit_id = u.unit_id), 0)::int,
         coalesce((SELECT sum(l.audience) FROM lectures l WHERE l.unit_id = u.unit_id), 0)::int,
         coalesce((SELECT sum(s.records) FROM studies s WHERE s.unit_id = u.unit_id), 0)::int, 0
    FROM units u LEFT JOIN own o ON o.unit_id = u.unit_id
  UNION ALL
  SELECT unit_id, 'group', g, count(*)::int, count(*) FILTER (WHERE assessed)::int, sum(earned), count(*) FILTER (WHERE met)::int, sum(req_total)::int, sum(req_done)::int, 0, 0, 0, 0, 0, 0, 0
    FROM facts, unnest(groups) g GROUP BY unit_id, g
  UNION ALL
  SELECT unit_id, 'level', level, count(*)::int, count(*) FILTER (WHERE assessed)::int, sum(earned), count(*) FILTER (WHERE met)::int, sum(req_total)::int, sum(req_done)::int, 0, 0, 0, 0, 0, 0, 0
    FROM facts GROUP BY unit_id, level
  UNION ALL
  SELECT c.unit_id, 'line', r.line, count(*)::int, count(*)::int, sum(r.earned), count(*) FILTER (WHERE r.met)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM line_rows r JOIN cadres c ON c.id = r.user_id GROUP BY c.unit_id, r.line
  UNION ALL
  SELECT unit_id, 'month', month::text, 0, 0, 0, 0, 0, done, 0, 0, 0, sessions, 0, records, hours FROM months
)
INSERT INTO dashboard_unit_figures (unit_id, year, dim, key, cadres, assessed, earned, met, req_total, req_done, overdue, takers, passed, sessions, audience, records, hours, computed_on)
SELECT unit_id, $2, dim, key, cadres, assessed, earned, met, req_total, req_done, overdue, takers, passed, sessions, audience, records, hours, $5::date FROM figures
ON CONFLICT (unit_id, year, dim, key) DO UPDATE SET
  cadres = EXCLUDED.cadres, assessed = EXCLUDED.assessed, earned = EXCLUDED.earned, met = EXCLUDED.met, req_total = EXCLUDED.req_total, req_done = EXCLUDED.req_done,
  overdue = EXCLUDED.overdue, takers = EXCLUDED.takers, passed = EXCLUDED.passed, sessions = EXCLUDED.sessions, audience = EXCLUDED.audience,
  records = EXCLUDED.records, hours = EXCLUDED.hours, computed_on = EXCLUDED.computed_on`;
}

/** Whether any unit of the subtree ($1, a path prefix) has figures for year $2 that are marked changed, missing or older than $3. */
const STALE_SQL = `
SELECT EXISTS (SELECT 1 FROM dashboard_dirty d JOIN org_units ou ON ou.id = d.unit_id WHERE ou.path LIKE $1)
    OR EXISTS (SELECT 1 FROM org_units ou WHERE ou.path LIKE $1 AND NOT EXISTS (
                 SELECT 1 FROM dashboard_unit_figures f WHERE f.unit_id = ou.id AND f.year = $2 AND f.dim = 'all' AND f.key = '' AND f.computed_on >= $3::date)) AS stale`;

const ANALYZE_AFTER_UNITS = 500;

export const REFRESH_JOB = 'dashboard.refresh-figures';

/**
 * Keeps `dashboard_unit_figures` current. A dashboard read first checks its subtree (one query); only when something
 * changed does it recompute, in one transaction, just the units that changed, so a read after a write sees the write.
 * A scheduled job refreshes the whole city for the current year every few minutes, so reads seldom pay for it.
 */
@Injectable()
export class UnitFiguresService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly scheduler: Scheduler,
    private readonly requirements: RequirementsService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: REFRESH_JOB, everyMs: 5 * 60_000, run: async (tx) => ({ units: await this.refresh(tx, '', currentYear()) }) });
  }

  /** Makes the figures of the subtree under `path` for `year` current; returns how many units were recomputed. */
  async ensureFresh(path: string, year: number): Promise<number> {
    const [{ stale }] = (await this.db.query(STALE_SQL, [`${path}%`, year, todayInShanghai()])) as [{ stale: boolean }];
    if (!stale) return 0;
    return this.db.transaction((tx) => this.refresh(tx, path, year));
  }

  /**
   * Computes the figures of every unit for `year` ahead of the first read: at start (worker 0, main.ts), so that a read
   * right after a restart or a seed finds them current. Town by town, each in its own short transaction, so that a
   * read of one subtree waits for one town's recompute at most, never for the whole city's.
   */
  async warm(year: number): Promise<number> {
    const towns = (await this.db.query('SELECT path FROM org_units WHERE depth = 1 ORDER BY path')) as { path: string }[];
    let units = 0;
    for (const { path } of towns) units += await this.db.transaction((tx) => this.refresh(tx, path, year, false));
    // The root, and anything the towns did not hold.
    units += await this.db.transaction((tx) => this.refresh(tx, '', year, false));
    if (units >= ANALYZE_AFTER_UNITS) await this.db.query('ANALYZE dashboard_unit_figures');
    return units;
  }

  /** Recomputes, within `tx`, the units under `path` whose figures for `year` changed, are missing or are from before today. */
  async refresh(tx: EntityManager, path: string, year: number, analyze = true): Promise<number> {
    const today = todayInShanghai();
    // One refresh at a time: two overlapping subtrees would otherwise take the same rows' locks in different orders.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('cadre-dashboard-figures'))`);
    // A changed unit's rows of every year are dropped, so other years are recomputed when next asked for.
    await tx.query(
      `WITH changed AS (DELETE FROM dashboard_dirty d USING org_units ou WHERE ou.id = d.unit_id AND ou.path LIKE $1 RETURNING d.unit_id)
       DELETE FROM dashboard_unit_figures f USING changed c WHERE f.unit_id = c.unit_id`,
      [`${path}%`],
    );
    const stale = (await tx.query(
      `SELECT ou.id FROM org_units ou WHERE ou.path LIKE $1 AND NOT EXISTS (
         SELECT 1 FROM dashboard_unit_figures f WHERE f.unit_id = ou.id AND f.year = $2 AND f.dim = 'all' AND f.key = '' AND f.computed_on >= $3::date)`,
      [`${path}%`, year, today],
    )) as { id: string }[];
    if (stale.length === 0) return 0;
    const ids = stale.map((s) => s.id);
    await tx.query(`DELETE FROM dashboard_unit_figures WHERE unit_id = ANY($1::uuid[]) AND year = $2`, [ids, year]);
    const window = newLeaderWindow(this.config.newLeaderMonths, groupsReferenceDate(year));
    // The year's requirement lines as configured (or the regulation's defaults); saving them marks every unit changed.
    // Read within tx: on the embedded database a second connection would wait for this transaction forever.
    const { lines } = await this.requirements.get(year, tx);
    const params: unknown[] = [ids, year, window.after, window.until, today];
    await tx.query(recomputeSql(lines, year, params), params);
    // After a first or nightly refresh of many units the planner needs the table's statistics to pick index plans.
    if (analyze && ids.length >= ANALYZE_AFTER_UNITS) await tx.query('ANALYZE dashboard_unit_figures');
    return ids.length;
  }
}
