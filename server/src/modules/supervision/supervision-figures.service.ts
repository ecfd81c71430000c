import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FINDING_CATEGORIES, INSPECTION_KINDS } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { todayInShanghai } from '../../common/time';
import type { RectificationFiguresDto, SupervisionFiguresDto, SupervisionFiguresQueryDto } from './dto/supervision.dto';
import { visibleNoticeSql } from './notices.service';
import { params, visibleFindingSql, visibleInspectionSql } from './supervision-access';

type Row = Record<string, unknown>;

/**
 * Supervision figures for a unit's subtree over a period: inspections (organised in it or inspecting it) by kind, units
 * covered, findings by category, rectifications on time / late / overdue, and the same per child unit for drill-down.
 * Only what the caller may see is counted. Each figure is one aggregate query.
 */
@Injectable()
export class SupervisionFiguresService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async figures(user: AuthUser, query: SupervisionFiguresQueryDto): Promise<SupervisionFiguresDto> {
    const unit = await scopedUnit(this.db, user, query.unitId);
    const from = query.from ?? null;
    const to = query.to ?? null;

    // Inspections: visible, overlapping the period, organised in the subtree or with a target or finding in it.
    const ins = params([`${unit.path}%`, from, to]);
    const inspectionRows = (await this.db.query(
      `SELECT i.kind, count(*)::int AS n FROM inspections i
        WHERE ${visibleInspectionSql(user, ins.p)}
          AND ($2::date IS NULL OR i.period_to >= $2::date) AND ($3::date IS NULL OR i.period_from <= $3::date)
          AND (i.organiser_unit_path LIKE $1
               OR EXISTS (SELECT 1 FROM org_units t WHERE t.id = ANY(i.target_unit_ids) AND t.path LIKE $1)
               OR EXISTS (SELECT 1 FROM inspection_findings x WHERE x.inspection_id = i.id AND x.unit_path LIKE $1))
        GROUP BY i.kind`,
      ins.list,
    )) as { kind: string; n: number }[];

    // Units covered: distinct units of the subtree that were targets of such an inspection or had a finding.
    const cov = params([`${unit.path}%`, from, to]);
    const [{ covered }] = (await this.db.query(
      `SELECT count(DISTINCT u)::int AS covered FROM (
         SELECT t.id AS u FROM inspections i JOIN org_units t ON t.id = ANY(i.target_unit_ids)
          WHERE t.path LIKE $1 AND ${visibleInspectionSql(user, cov.p)}
            AND ($2::date IS NULL OR i.period_to >= $2::date) AND ($3::date IS NULL OR i.period_from <= $3::date)
         UNION
         SELECT f.unit_id FROM inspection_findings f JOIN inspections i ON i.id = f.inspection_id
          WHERE f.unit_path LIKE $1 AND ${visibleFindingSql(user, cov.p)}
            AND ($2::date IS NULL OR f.found_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai')
            AND ($3::date IS NULL OR f.found_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
       ) c`,
      cov.list,
    )) as [{ covered: number }];

    // Findings and rectifications, by category and by child unit (the child whose path the finding's unit lies under).
    const fx = params([`${unit.path}%`, from, to, todayInShanghai(), unit.id]);
    const findingRows = (await this.db.query(
      `SELECT f.category, c.id AS child_id,
              count(*)::int AS findings,
              count(r.id)::int AS total,
              count(*) FILTER (WHERE r.status = 'closed' AND (r.closed_at AT TIME ZONE 'Asia/Shanghai')::date <= r.deadline)::int AS on_time,
              count(*) FILTER (WHERE r.status = 'closed' AND (r.closed_at AT TIME ZONE 'Asia/Shanghai')::date > r.deadline)::int AS late,
              count(*) FILTER (WHERE r.status <> 'closed' AND r.deadline < $4::date)::int AS overdue,
              count(*) FILTER (WHERE r.status <> 'closed' AND r.deadline >= $4::date)::int AS open
         FROM inspection_findings f
         JOIN inspections i ON i.id = f.inspection_id
         LEFT JOIN rectifications r ON r.finding_id = f.id
         LEFT JOIN org_units c ON c.parent_id = $5 AND f.unit_path LIKE c.path || '%'
        WHERE f.unit_path LIKE $1 AND ${visibleFindingSql(user, fx.p)}
          AND ($2::date IS NULL OR f.found_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND ($3::date IS NULL OR f.found_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
        GROUP BY f.category, c.id`,
      fx.list,
    )) as Row[];

    // Notices published to the subtree in the period (by the day published, Shanghai time), as the notices list filters them.
    const nx = params([`${unit.path}%`, from, to]);
    const [{ notices }] = (await this.db.query(
      `SELECT count(*)::int AS notices FROM supervision_notices n
        WHERE n.status = 'published' AND n.scope_unit_path LIKE $1 AND ${visibleNoticeSql(user, nx.p)}
          AND ($2::date IS NULL OR n.published_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND ($3::date IS NULL OR n.published_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`,
      nx.list,
    )) as [{ notices: number }];

    const children = (await this.db.query(
      `SELECT c.id, c.name, (SELECT count(*)::int FROM org_units g WHERE g.parent_id = c.id AND g.retired_at IS NULL) AS child_count
         FROM org_units c WHERE c.parent_id = $1 AND c.retired_at IS NULL ORDER BY c.sort_order, c.name`,
      [unit.id],
    )) as { id: string; name: string; child_count: number }[];

    const empty = (): RectificationFiguresDto => ({ total: 0, closedOnTime: 0, closedLate: 0, overdue: 0, open: 0 });
    const add = (into: RectificationFiguresDto, r: Row) => {
      into.total += Number(r.total);
      into.closedOnTime += Number(r.on_time);
      into.closedLate += Number(r.late);
      into.overdue += Number(r.overdue);
      into.open += Number(r.open);
    };
    const rectifications = empty();
    const byCategory = new Map<string, number>();
    const byChild = new Map<string, { findings: number; rectifications: RectificationFiguresDto }>();
    let findings = 0;
    for (const r of findingRows) {
      findings += Number(r.findings);
      add(rectifications, r);
      byCategory.set(r.category as string, (byCategory.get(r.category as string) ?? 0) + Number(r.findings));
      if (r.child_id) {
        const c = byChild.get(r.child_id as string) ?? { findings: 0, rectifications: empty() };
        c.findings += Number(r.findings);
        add(c.rectifications, r);
        byChild.set(r.child_id as string, c);
      }
    }
    const kinds = new Map(inspectionRows.map((r) => [r.kind, r.n]));
    return {
      unit: { id: unit.id, name: unit.name },
      from,
      to,
      inspections: inspectionRows.reduce((sum, r) => sum + r.n, 0),
      inspectionsByKind: INSPECTION_KINDS.map((key) => ({ key, count: kinds.get(key) ?? 0 })),
      unitsCovered: covered,
      findings,
      findingsByCategory: FINDING_CATEGORIES.map((key) => ({ key, count: byCategory.get(key) ?? 0 })),
      rectifications,
      noticesPublished: notices,
      children: children.map((c) => ({
        unitId: c.id,
        unitName: c.name,
        childCount: Number(c.child_count),
        findings: byChild.get(c.id)?.findings ?? 0,
        rectifications: byChild.get(c.id)?.rectifications ?? empty(),
      })),
    };
  }
}
