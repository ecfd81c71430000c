import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { currentYear } from '../../common/time';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { RequirementsService } from '../learning/requirements.service';
import { UnitFiguresService } from './unit-figures.service';
import { CADRE_GROUPS, RANK_LEVELS } from '@cadre/shared';
import type { BreakdownRowDto, LineFiguresDto, DashboardSummaryDto, DashboardUnitsDto, LaggingDto, LaggingSort, LaggingUnitDto, LagReasonDto, MonthRowDto, UnitFiguresDto } from './dto/dashboard.dto';

/**
 * One aggregate query per dashboard, over the units' kept figures (UnitFiguresService makes them current first): each
 * child unit's row sums the figures of every unit on its path. Rows: the parent's child units, plus its own cadres
 * (本级) as a row of their own. The number of queries does not grow with units or cadres.
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
-- Every unit on a child's path, as a range of the path index (paths are C-collated ids and slashes, all below '~').
members AS (
  SELECT g.id AS gid, ou.id AS unit_id FROM groups g JOIN org_units ou ON ou.path >= g.path AND ou.path < g.path || '~' WHERE NOT g.own
  UNION ALL
  SELECT g.id, g.id FROM groups g WHERE g.own
),
-- Each child's totals (the 'all' rows), and each requirement line's applicable and met (the 'line' rows), as JSON.
sums AS (
  SELECT m.gid, sum(f.cadres)::int AS cadres, sum(f.assessed)::int AS assessed, sum(f.earned) AS earned, sum(f.met)::int AS met,
         sum(f.req_total)::int AS req_total, sum(f.req_done)::int AS req_done, sum(f.overdue)::int AS overdue, sum(f.takers)::int AS takers,
         sum(f.passed)::int AS passed, sum(f.sessions)::int AS sessions, sum(f.audience)::int AS audience, sum(f.records)::int AS records
    FROM members m JOIN dashboard_unit_figures f ON f.unit_id = m.unit_id AND f.year = $2 AND f.dim = 'all' AND f.key = ''
   GROUP BY m.gid
),
line_sums AS (
  SELECT m.gid, f.key, sum(f.cadres)::int AS applicable, sum(f.met)::int AS met
    FROM members m JOIN dashboard_unit_figures f ON f.unit_id = m.unit_id AND f.year = $2 AND f.dim = 'line'
   GROUP BY m.gid, f.key
),
lines AS (SELECT gid, json_agg(json_build_object('key', key, 'applicable', applicable, 'met', met)) AS lines FROM line_sums GROUP BY gid)
SELECT g.id, g.name, g.own, g.child_count, coalesce(a.cadres, 0) AS cadres, coalesce(a.assessed, 0) AS assessed, coalesce(a.earned, 0) AS earned,
       coalesce(a.met, 0) AS met, coalesce(a.req_total, 0) AS req_total, coalesce(a.req_done, 0) AS req_done,
       coalesce(a.overdue, 0) AS overdue, coalesce(a.takers, 0) AS takers, coalesce(a.passed, 0) AS passed,
       coalesce(a.sessions, 0) AS sessions, coalesce(a.audience, 0) AS audience, coalesce(a.records, 0) AS records,
       coalesce(l.lines, '[]'::json) AS lines
  FROM groups g
  LEFT JOIN sums a ON a.gid = g.id
  LEFT JOIN lines l ON l.gid = g.id
 ORDER BY g.own, g.sort_order, g.name`;

/** The subtree's figures by key group (a cadre counts in each group they are in) and by rank level. */
export const BREAKDOWN_SQL = `
SELECT f.dim AS kind, f.key, sum(f.cadres)::int AS cadres, sum(f.assessed)::int AS assessed, sum(f.earned) AS earned, sum(f.met)::int AS met,
       sum(f.req_total)::int AS req_total, sum(f.req_done)::int AS req_done
  FROM dashboard_unit_figures f JOIN org_units ou ON ou.id = f.unit_id
 WHERE ou.path LIKE $1 AND f.year = $2 AND f.dim IN ('group', 'level')
 GROUP BY f.dim, f.key`;

/** Month by month in the subtree: hours earned, required courses completed, lectures and study meetings. */
const MONTHLY_SQL = `
SELECT m AS month, coalesce(sum(f.hours), 0) AS hours, coalesce(sum(f.req_done), 0)::int AS required_completed,
       coalesce(sum(f.sessions), 0)::int AS lectures, coalesce(sum(f.records), 0)::int AS studies
  FROM generate_series(1, 12) m
  LEFT JOIN (dashboard_unit_figures f JOIN org_units ou ON ou.id = f.unit_id AND ou.path LIKE $1)
         ON f.year = $2 AND f.dim = 'month' AND f.key = m::text
 GROUP BY m ORDER BY m`;

/** A line's sums in a row: the cadres it applies to and those who met it. */
interface LineSums {
  key: string;
  applicable: number;
  met: number;
}

interface Row {
  id: string;
  name: string;
  own: boolean;
  child_count: number;
  cadres: number;
  assessed: number;
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
  lines: LineSums[] | string;
}

/** Weight of the sibling median in a unit's normalised completion rate, in enrolments. */
const PRIOR_ENROLMENTS = 4;

const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

/** The year's lines in their configured order, each with the row's sums (a line no cadre of the row is held to: 0 of 0). */
function lineFigures(lines: { key: string; label: string }[], sums: LineSums[]): LineFiguresDto[] {
  return lines.map(({ key, label }) => {
    const s = sums.find((x) => x.key === key);
    const applicable = s ? Number(s.applicable) : 0;
    const met = s ? Number(s.met) : 0;
    return { key, label, applicable, met, rate: rate(met, applicable) };
  });
}

type FigureSums = Omit<Row, 'id' | 'name' | 'own' | 'child_count' | 'lines'> & { unitId: string; unitName: string; own: boolean; childCount: number; lines: LineFiguresDto[] };

function figures(r: FigureSums): UnitFiguresDto {
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
    cadresAssessed: r.assessed,
    metHours: r.met,
    // 达标: met every line that applies; cadres held to no line are not in the denominator.
    metHoursRate: rate(r.met, r.assessed),
    lines: r.lines,
    quizTakers: r.takers,
    quizPassed: r.passed,
    quizPassRate: rate(r.passed, r.takers),
    lectureSessions: r.sessions,
    lectureAudience: r.audience,
    studyRecords: r.records,
  };
}

const parseLines = (v: LineSums[] | string): LineSums[] => (typeof v === 'string' ? (JSON.parse(v) as LineSums[]) : v);

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
    private readonly figures: UnitFiguresService,
    private readonly requirements: RequirementsService,
  ) {}

  async units(user: AuthUser, parentId: string | undefined, year: number | undefined): Promise<DashboardUnitsDto> {
    const { parent, y } = await this.target(user, parentId, year);
    await this.figures.ensureFresh(parent.path, y);
    const [rows, { lines }] = await Promise.all([this.db.query(UNITS_SQL, [parent.id, y]) as Promise<Row[]>, this.requirements.get(y)]);
    const sums = rows.map((r) => parseLines(r.lines));
    const items = rows
      .map((r, i) => ({ r, lines: sums[i]! }))
      .filter(({ r }) => !r.own || r.cadres > 0 || r.sessions > 0 || r.records > 0)
      .map(({ r, lines: l }) => figures({ ...r, unitId: r.id, unitName: r.own ? `${r.name}（本级）` : r.name, own: r.own, childCount: r.child_count, lines: lineFigures(lines, l) }));
    const sum = (k: keyof Omit<Row, 'lines'>) => rows.reduce((acc, r) => acc + Number(r[k]), 0);
    const allLines = sums.flat();
    const total = figures({
      unitId: parent.id,
      unitName: parent.name,
      own: false,
      childCount: rows.filter((r) => !r.own).length,
      cadres: sum('cadres'),
      assessed: sum('assessed'),
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
      lines: lineFigures(
        lines,
        lines.map(({ key }) => ({
          key,
          applicable: allLines.filter((l) => l.key === key).reduce((n, l) => n + Number(l.applicable), 0),
          met: allLines.filter((l) => l.key === key).reduce((n, l) => n + Number(l.met), 0),
        })),
      ),
    });
    return { year: y, parent: total, items };
  }

  /**
   * Lagging units (推进迟缓): child units whose required-course completion rate, normalised by headcount, is below
   * `threshold` times the median of their siblings, each with every figure that falls below the same share of its
   * sibling median. Who is listed follows the normalised rate; the order (and rank) follows the completion rate the
   * table shows, lowest first (`sort` 'rate'), unless the caller asks for the normalised one ('adjusted'), so a unit
   * at 53.1% never ranks above one at 50%.
   */
  async lagging(user: AuthUser, parentId: string | undefined, year: number | undefined, threshold = 0.8, sort: LaggingSort = 'rate'): Promise<LaggingDto> {
    const { items, year: y, parent } = await this.units(user, parentId, year);
    const siblings = items.filter((i) => !i.own && i.cadres > 0);
    const metrics: LagReasonDto['metric'][] = ['requiredCompletionRate', 'metHoursRate', 'quizPassRate'];
    const medians = Object.fromEntries(metrics.map((m) => [m, median(siblings.map((s) => s[m]).filter((v): v is number => v !== null))])) as Record<LagReasonDto['metric'], number | null>;
    const completionMedian = medians.requiredCompletionRate;
    const lagging: (LaggingUnitDto & { exact: number })[] = [];
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
        const exact = unit.requiredCompleted / unit.requiredEnrollments;
        lagging.push({
          ...unit,
          rank: 0,
          adjustedCompletionRate: Math.round(adjusted * 1000) / 1000,
          gap: Math.round((completionMedian - adjusted) * 1000) / 1000,
          completionGap: Math.round((completionMedian - exact) * 1000) / 1000,
          reasons,
          exact,
        });
      }
    }
    const byName = (a: LaggingUnitDto, b: LaggingUnitDto) => a.unitName.localeCompare(b.unitName, 'zh-CN');
    // Compared unrounded: two rates that round alike still keep their true order.
    const byRate = (a: LaggingUnitDto & { exact: number }, b: LaggingUnitDto & { exact: number }) => a.exact - b.exact;
    const byAdjusted = (a: LaggingUnitDto, b: LaggingUnitDto) => b.gap - a.gap;
    lagging.sort(sort === 'adjusted' ? (a, b) => byAdjusted(a, b) || byRate(a, b) || byName(a, b) : (a, b) => byRate(a, b) || byAdjusted(a, b) || byName(a, b));
    const ranked: LaggingUnitDto[] = lagging.map(({ exact: _exact, ...u }, i) => ({ ...u, rank: i + 1 }));
    return { year: y, parentId: parent.unitId, parentName: parent.unitName, threshold, sort, medianCompletionRate: completionMedian, items: ranked };
  }

  /** The subtree of a unit by key group, by rank level, and month by month. */
  async summary(user: AuthUser, unitId: string | undefined, year: number | undefined): Promise<DashboardSummaryDto> {
    const { parent, y } = await this.target(user, unitId, year);
    await this.figures.ensureFresh(parent.path, y);
    const [breakdown, monthly] = await Promise.all([
      this.db.query(BREAKDOWN_SQL, [`${parent.path}%`, y]) as Promise<
        { kind: 'group' | 'level'; key: string; cadres: number; assessed: number; earned: number; met: number; req_total: number; req_done: number }[]
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
        metHoursRate: rate(r?.met ?? 0, r?.assessed ?? 0),
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

  private async target(user: AuthUser, parentId: string | undefined, year: number | undefined) {
    return { parent: await scopedUnit(this.db, user, parentId), y: year ?? currentYear() };
  }
}
