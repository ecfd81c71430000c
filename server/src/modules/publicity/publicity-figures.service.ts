import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { scopedUnit } from '../../common/scope/scoped-unit';
import type { PublicityFiguresDto, PublicityFiguresQueryDto } from './dto/publicity.dto';
import { OWNER_VISIBLE, badPeriod, unitArgs } from './publicity-access';

const qs = (params: Record<string, string | undefined>) => new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();

/**
 * Publicity figures of a unit (with the units below it) for a period: the columns open, the items by channel, column and
 * child unit, the child units that published nothing (listed like lagging units), the programme's episodes and the
 * contests. Each figure carries the SPA list of what it counts, with the same filters.
 */
@Injectable()
export class PublicityFiguresService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async figures(user: AuthUser, query: PublicityFiguresQueryDto): Promise<PublicityFiguresDto> {
    if (query.to < query.from) throw badPeriod();
    const unit = await scopedUnit(this.db, user, query.unitId);
    const { from, to } = query;
    const prefix = `${unit.path}%`;
    const period = { unitId: unit.id, from, to };
    const itemsLink = (extra: Record<string, string> = {}) => `/publicity/items?${qs({ ...period, ...extra })}`;
    // $1, $2: visibility from the unit; $3 its prefix; $4, $5 the period.
    const args = [...unitArgs(unit.path), prefix, from, to];
    const columns = (await this.db.query(
      `SELECT c.id, c.name, ch.name AS channel_name,
              (SELECT count(*)::int FROM publicity_items i WHERE i.column_id = c.id AND i.unit_path LIKE $3 AND i.published_on BETWEEN $4::date AND $5::date) AS n
         FROM publicity_columns c JOIN publicity_channels ch ON ch.id = c.channel_id JOIN org_units o ON o.id = ch.owner_unit_id
        WHERE ${OWNER_VISIBLE} AND c.starts_on <= $5::date AND (c.ends_on IS NULL OR c.ends_on >= $4::date)
        ORDER BY c.starts_on, c.name`,
      args,
    )) as { id: string; name: string; channel_name: string; n: number }[];
    const byChannel = (await this.db.query(
      `SELECT ch.id, ch.name, count(*)::int AS n FROM publicity_items i JOIN publicity_channels ch ON ch.id = i.channel_id
        WHERE i.unit_path LIKE $1 AND i.published_on BETWEEN $2::date AND $3::date GROUP BY ch.id, ch.name ORDER BY n DESC, ch.name`,
      [prefix, from, to],
    )) as { id: string; name: string; n: number }[];
    const byColumn = (await this.db.query(
      `SELECT c.id, c.name, count(*)::int AS n FROM publicity_items i JOIN publicity_columns c ON c.id = i.column_id
        WHERE i.unit_path LIKE $1 AND i.published_on BETWEEN $2::date AND $3::date GROUP BY c.id, c.name ORDER BY n DESC, c.name`,
      [prefix, from, to],
    )) as { id: string; name: string; n: number }[];
    const [{ total, own }] = (await this.db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE i.unit_id = $4)::int AS own FROM publicity_items i
        WHERE i.unit_path LIKE $1 AND i.published_on BETWEEN $2::date AND $3::date`,
      [prefix, from, to, unit.id],
    )) as [{ total: number; own: number }];
    const children = (await this.db.query(
      `SELECT c.id, c.name,
              (SELECT count(*)::int FROM org_units g WHERE g.parent_id = c.id AND g.retired_at IS NULL) AS child_count,
              (SELECT count(*)::int FROM publicity_items i WHERE i.unit_path LIKE c.path || '%' AND i.published_on BETWEEN $2::date AND $3::date) AS n
         FROM org_units c WHERE c.parent_id = $1 AND c.retired_at IS NULL ORDER BY c.sort_order, c.name`,
      [unit.id, from, to],
    )) as { id: string; name: string; child_count: number; n: number }[];
    const units = children
      .map((c) => ({ unitId: c.id, unitName: c.name, items: c.n, childCount: c.child_count, link: `/publicity/figures?${qs({ unitId: c.id, from, to })}` }))
      .sort((a, b) => b.items - a.items);
    const [episodes] = (await this.db.query(
      `SELECT count(*)::int AS n FROM publicity_episodes e JOIN publicity_channels ch ON ch.id = e.channel_id JOIN org_units o ON o.id = ch.owner_unit_id
        WHERE ${OWNER_VISIBLE} AND e.aired_on BETWEEN $3::date AND $4::date`,
      [...unitArgs(unit.path), from, to],
    )) as [{ n: number }];
    const [contests] = (await this.db.query(
      `SELECT count(*)::int AS n, coalesce(sum((SELECT count(*) FROM publicity_contest_entrants x WHERE x.contest_id = k.id)), 0)::int AS entrants
         FROM publicity_contests k JOIN org_units o ON o.id = k.owner_unit_id WHERE ${OWNER_VISIBLE} AND k.held_on BETWEEN $3::date AND $4::date`,
      [...unitArgs(unit.path), from, to],
    )) as [{ n: number; entrants: number }];
    return {
      unit: { id: unit.id, name: unit.name },
      from,
      to,
      columns: columns.map((c) => ({ key: c.id, label: `${c.channel_name}·${c.name}`, count: c.n, link: itemsLink({ columnId: c.id }) })),
      columnsLink: `/publicity/columns?${qs(period)}`,
      items: total,
      itemsLink: itemsLink(),
      itemsByChannel: byChannel.map((c) => ({ key: c.id, label: c.name, count: c.n, link: itemsLink({ channelId: c.id }) })),
      itemsByColumn: byColumn.map((c) => ({ key: c.id, label: c.name, count: c.n, link: itemsLink({ columnId: c.id }) })),
      itemsOwn: own,
      byUnit: units,
      silentUnits: units.filter((u) => u.items === 0),
      episodes: episodes.n,
      episodesLink: `/publicity/programmes?${qs(period)}`,
      contests: contests.n,
      contestEntrants: contests.entrants,
      contestsLink: `/publicity/contests?${qs(period)}`,
    };
  }
}
