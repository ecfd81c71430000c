import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { scopedUnit } from '../../common/scope/scoped-unit';
import type { ResearchCountsDto, ResearchFiguresDto, ResearchFiguresQueryDto } from './dto/research.dto';
import { params, visibleTopicSql } from './research-access';

type Row = Record<string, unknown>;

/**
 * Research figures for a unit's subtree over a period, each record counted where its own unit lies: topics by the
 * topic's unit (period overlapping), visits by the visited unit (visited in the period), problems by the unit that
 * solves them (found in the period) and of those the solved; the same per child unit for drill-down, and per leader.
 * Only topics the caller may see count. One aggregate query per kind of record.
 */
@Injectable()
export class ResearchFiguresService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async figures(user: AuthUser, query: ResearchFiguresQueryDto): Promise<ResearchFiguresDto> {
    const unit = await scopedUnit(this.db, user, query.unitId);
    const from = query.from ?? null;
    const to = query.to ?? null;
    // $1 subtree prefix, $2 from, $3 to, $4 the unit (children are its children).
    const run = (sql: (visible: string) => string) => {
      const { list, p } = params([`${unit.path}%`, from, to, unit.id]);
      return this.db.query(sql(visibleTopicSql(user, p)), list) as Promise<Row[]>;
    };
    const [topics, visits, problems, leaders, children] = await Promise.all([
      run(
        (visible) => `SELECT c.id AS child_id, count(*)::int AS n, count(*) FILTER (WHERE t.status = 'concluded')::int AS concluded
           FROM research_topics t LEFT JOIN org_units c ON c.parent_id = $4 AND t.unit_path LIKE c.path || '%'
          WHERE t.unit_path LIKE $1 AND ${visible} AND ($2::date IS NULL OR t.period_to >= $2::date) AND ($3::date IS NULL OR t.period_from <= $3::date)
          GROUP BY c.id`,
      ),
      run(
        (visible) => `SELECT c.id AS child_id, GROUPING(c.id) AS grand, count(*)::int AS n,
                count(DISTINCT v.unit_id) FILTER (WHERE vu.kind IN ('village', 'community'))::int AS villages
           FROM research_visits v JOIN research_topics t ON t.id = v.topic_id JOIN org_units vu ON vu.id = v.unit_id
           LEFT JOIN org_units c ON c.parent_id = $4 AND v.unit_path LIKE c.path || '%'
          WHERE v.unit_path LIKE $1 AND ${visible} AND ($2::date IS NULL OR v.visited_on >= $2::date) AND ($3::date IS NULL OR v.visited_on <= $3::date)
          GROUP BY ROLLUP (c.id)`,
      ),
      run(
        (visible) => `SELECT c.id AS child_id, count(*)::int AS n, count(*) FILTER (WHERE pr.status = 'solved')::int AS solved
           FROM research_problems pr JOIN research_topics t ON t.id = pr.topic_id
           LEFT JOIN org_units c ON c.parent_id = $4 AND pr.solver_unit_path LIKE c.path || '%'
          WHERE pr.solver_unit_path LIKE $1 AND ${visible} AND ($2::date IS NULL OR pr.found_on >= $2::date) AND ($3::date IS NULL OR pr.found_on <= $3::date)
          GROUP BY c.id`,
      ),
      run(
        (visible) => `SELECT t.leader_id, l.name AS leader_name, lu.name AS unit_name, count(*)::int AS topics,
                coalesce(sum((SELECT count(*) FROM research_visits v WHERE v.topic_id = t.id AND ($2::date IS NULL OR v.visited_on >= $2::date) AND ($3::date IS NULL OR v.visited_on <= $3::date))), 0)::int AS visits,
                coalesce(sum((SELECT count(*) FROM research_problems pr WHERE pr.topic_id = t.id AND ($2::date IS NULL OR pr.found_on >= $2::date) AND ($3::date IS NULL OR pr.found_on <= $3::date))), 0)::int AS problems,
                coalesce(sum((SELECT count(*) FROM research_problems pr WHERE pr.topic_id = t.id AND pr.status = 'solved' AND ($2::date IS NULL OR pr.found_on >= $2::date) AND ($3::date IS NULL OR pr.found_on <= $3::date))), 0)::int AS solved
           FROM research_topics t JOIN users l ON l.id = t.leader_id JOIN org_units lu ON lu.id = l.unit_id
          WHERE t.unit_path LIKE $1 AND ${visible} AND ($2::date IS NULL OR t.period_to >= $2::date) AND ($3::date IS NULL OR t.period_from <= $3::date)
            AND $4::uuid IS NOT NULL
          GROUP BY t.leader_id, l.name, lu.name ORDER BY count(*) DESC, l.name`,
      ),
      this.db.query(
        `SELECT c.id, c.name, (SELECT count(*)::int FROM org_units g WHERE g.parent_id = c.id AND g.retired_at IS NULL) AS child_count
           FROM org_units c WHERE c.parent_id = $1 AND c.retired_at IS NULL ORDER BY c.sort_order, c.name`,
        [unit.id],
      ) as Promise<{ id: string; name: string; child_count: number }[]>,
    ]);

    const empty = (): ResearchCountsDto => ({ topics: 0, visits: 0, villages: 0, problems: 0, solved: 0 });
    const total = empty();
    let concluded = 0;
    const byChild = new Map<string, ResearchCountsDto>();
    const child = (id: unknown) => {
      const key = id as string;
      if (!byChild.has(key)) byChild.set(key, empty());
      return byChild.get(key)!;
    };
    for (const r of topics) {
      total.topics += Number(r.n);
      concluded += Number(r.concluded);
      if (r.child_id) child(r.child_id).topics += Number(r.n);
    }
    for (const r of visits) {
      // ROLLUP adds the whole subtree's row (grand = 1), where a village visited from two topics counts once.
      if (Number(r.grand) === 1) {
        total.visits = Number(r.n);
        total.villages = Number(r.villages);
      } else if (r.child_id) {
        child(r.child_id).visits += Number(r.n);
        child(r.child_id).villages += Number(r.villages);
      }
    }
    for (const r of problems) {
      total.problems += Number(r.n);
      total.solved += Number(r.solved);
      if (r.child_id) {
        child(r.child_id).problems += Number(r.n);
        child(r.child_id).solved += Number(r.solved);
      }
    }
    return {
      unit: { id: unit.id, name: unit.name },
      from,
      to,
      ...total,
      concluded,
      byLeader: leaders.map((l) => ({
        leader: { id: l.leader_id as string, name: l.leader_name as string },
        unitName: l.unit_name as string,
        topics: Number(l.topics),
        visits: Number(l.visits),
        problems: Number(l.problems),
        solved: Number(l.solved),
      })),
      children: children.map((c) => ({ unitId: c.id, unitName: c.name, childCount: Number(c.child_count), ...(byChild.get(c.id) ?? empty()) })),
    };
  }
}
