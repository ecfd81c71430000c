import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PublicityChannelKind } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/app-exception';
import { scopePrefix } from '../../common/scope/scope';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { AuditService } from '../audit/audit.service';
import type { ChannelDto, ChannelListDto, ColumnDto, ColumnListDto, ColumnQueryDto, CreateChannelDto, CreateColumnDto, UpdateChannelDto, UpdateColumnDto } from './dto/publicity.dto';
import { OWNER_VISIBLE, badPeriod, canManage, duplicateName, isUniqueViolation, scopeArgs, unitArgs } from './publicity-access';
import { PublicityChannel, PublicityColumn } from './publicity.entity';

type Row = Record<string, unknown>;

/** Columns with their channel, owner path and the items in them submitted by units under $3 (a path prefix). */
const COLUMNS = `
  SELECT c.id, c.channel_id, ch.name AS channel_name, c.name, c.starts_on, c.ends_on, o.path AS owner_path,
         (SELECT count(*)::int FROM publicity_items i WHERE i.column_id = c.id AND i.unit_path LIKE $3) AS items
    FROM publicity_columns c JOIN publicity_channels ch ON ch.id = c.channel_id JOIN org_units o ON o.id = ch.owner_unit_id
   WHERE ${OWNER_VISIBLE}`;

/**
 * The publicity channels (广播电视台, WeChat public accounts, newspapers) and the columns (专栏) opened on them. Org admins
 * manage those their scope owns; every admin reads those of the units above and below them.
 */
@Injectable()
export class ChannelsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser): Promise<ChannelListDto> {
    const channels = (await this.db.query(
      `SELECT ch.id, ch.kind, ch.name, ch.owner_unit_id, o.path AS owner_path FROM publicity_channels ch JOIN org_units o ON o.id = ch.owner_unit_id
        WHERE ${OWNER_VISIBLE} ORDER BY o.depth, ch.kind, ch.name`,
      scopeArgs(user),
    )) as Row[];
    const columns = (await this.db.query(`${COLUMNS} ORDER BY c.starts_on, c.name`, [...scopeArgs(user), scopePrefix(user)])) as Row[];
    return {
      items: channels.map((ch) => ({
        id: ch.id as string,
        kind: ch.kind as PublicityChannelKind,
        name: ch.name as string,
        ownerUnitId: ch.owner_unit_id as string,
        columns: columns.filter((c) => c.channel_id === ch.id).map((c) => toColumn(user, c)),
        canEdit: canManage(user, ch.owner_path as string),
      })),
    };
  }

  /** Columns open on some day of the period (all when no period), visible to the unit. */
  async columns(user: AuthUser, query: ColumnQueryDto): Promise<ColumnListDto> {
    const unit = await scopedUnit(this.db, user, query.unitId);
    const params: unknown[] = [...unitArgs(unit.path), `${unit.path}%`];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const where = [query.to ? ` AND c.starts_on <= ${p(query.to)}::date` : '', query.from ? ` AND (c.ends_on IS NULL OR c.ends_on >= ${p(query.from)}::date)` : ''].join('');
    const rows = (await this.db.query(`${COLUMNS}${where} ORDER BY c.starts_on, c.name`, params)) as Row[];
    return { items: rows.map((c) => toColumn(user, c)) };
  }

  async createChannel(user: AuthUser, dto: CreateChannelDto, origin: RequestOrigin): Promise<ChannelDto> {
    const id = await this.db.transaction(async (tx) => {
      const saved = await tx.getRepository(PublicityChannel).save({ ownerUnitId: user.scopeUnitId!, kind: dto.kind, name: dto.name }).catch(rethrowDuplicate);
      await this.audit.record(
        { action: 'publicity_channel.created', actor: user, target: { type: 'publicity_channel', id: saved.id }, unitPath: user.scopePath, origin, details: { kind: dto.kind, name: dto.name } },
        tx,
      );
      return saved.id;
    });
    return this.channel(user, id);
  }

  async updateChannel(user: AuthUser, id: string, dto: UpdateChannelDto, origin: RequestOrigin): Promise<ChannelDto> {
    await this.db.transaction(async (tx) => {
      const channel = await this.managedChannel(tx.query.bind(tx), user, id);
      const changes = { ...(dto.kind !== undefined ? { kind: dto.kind } : {}), ...(dto.name !== undefined ? { name: dto.name } : {}) };
      if (Object.keys(changes).length === 0) return;
      await tx.getRepository(PublicityChannel).update({ id }, changes).catch(rethrowDuplicate);
      await this.audit.record(
        { action: 'publicity_channel.updated', actor: user, target: { type: 'publicity_channel', id }, unitPath: channel.owner_path, origin, details: { fields: Object.keys(changes), before: { kind: channel.kind, name: channel.name }, after: changes } },
        tx,
      );
    });
    return this.channel(user, id);
  }

  async createColumn(user: AuthUser, dto: CreateColumnDto, origin: RequestOrigin): Promise<ColumnDto> {
    if (dto.endsOn && dto.endsOn < dto.startsOn) throw badPeriod('endsOn');
    const id = await this.db.transaction(async (tx) => {
      const channel = await this.managedChannel(tx.query.bind(tx), user, dto.channelId);
      const saved = await tx.getRepository(PublicityColumn).save({ channelId: dto.channelId, name: dto.name, startsOn: dto.startsOn, endsOn: dto.endsOn ?? null }).catch(rethrowDuplicate);
      await this.audit.record(
        {
          action: 'publicity_column.created',
          actor: user,
          target: { type: 'publicity_column', id: saved.id },
          unitPath: channel.owner_path,
          origin,
          details: { name: dto.name, channel: channel.name, from: dto.startsOn, to: dto.endsOn ?? null },
        },
        tx,
      );
      return saved.id;
    });
    return this.column(user, id);
  }

  async updateColumn(user: AuthUser, id: string, dto: UpdateColumnDto, origin: RequestOrigin): Promise<ColumnDto> {
    await this.db.transaction(async (tx) => {
      const [column] = (await tx.query('SELECT channel_id, name, starts_on, ends_on FROM publicity_columns WHERE id = $1', [id])) as Row[];
      if (!column) throw notFound('Column');
      const channel = await this.managedChannel(tx.query.bind(tx), user, column.channel_id as string, 'Column');
      const startsOn = dto.startsOn ?? (column.starts_on as string);
      const endsOn = dto.endsOn === undefined ? (column.ends_on as string | null) : dto.endsOn;
      if (endsOn && endsOn < startsOn) throw badPeriod('endsOn');
      const changes = { ...(dto.name !== undefined ? { name: dto.name } : {}), ...(dto.startsOn !== undefined ? { startsOn } : {}), ...(dto.endsOn !== undefined ? { endsOn } : {}) };
      if (Object.keys(changes).length === 0) return;
      await tx.getRepository(PublicityColumn).update({ id }, changes).catch(rethrowDuplicate);
      await this.audit.record(
        {
          action: 'publicity_column.updated',
          actor: user,
          target: { type: 'publicity_column', id },
          unitPath: channel.owner_path,
          origin,
          details: { fields: Object.keys(changes), before: { name: column.name, startsOn: column.starts_on, endsOn: column.ends_on }, after: changes },
        },
        tx,
      );
    });
    return this.column(user, id);
  }

  private async channel(user: AuthUser, id: string): Promise<ChannelDto> {
    const found = (await this.list(user)).items.find((c) => c.id === id);
    if (!found) throw notFound('Channel');
    return found;
  }

  private async column(user: AuthUser, id: string): Promise<ColumnDto> {
    const [row] = (await this.db.query(`${COLUMNS} AND c.id = $4`, [...scopeArgs(user), scopePrefix(user), id])) as Row[];
    if (!row) throw notFound('Column');
    return toColumn(user, row);
  }

  /** A channel the caller sees (else 404) and manages (else 404 too: a town's admin cannot tell the city's apart). */
  private async managedChannel(query: (sql: string, params: unknown[]) => Promise<unknown>, user: AuthUser, id: string, what = 'Channel'): Promise<{ owner_path: string; name: string; kind: string }> {
    const [row] = (await query(
      `SELECT ch.name, ch.kind, o.path AS owner_path FROM publicity_channels ch JOIN org_units o ON o.id = ch.owner_unit_id WHERE ch.id = $3 AND ${OWNER_VISIBLE}`,
      [...scopeArgs(user), id],
    )) as { owner_path: string; name: string; kind: string }[];
    if (!row || !canManage(user, row.owner_path)) throw notFound(what);
    return row;
  }
}

function rethrowDuplicate(e: unknown): never {
  if (isUniqueViolation(e)) throw duplicateName();
  throw e;
}

export function toColumn(user: AuthUser, c: Row): ColumnDto {
  return {
    id: c.id as string,
    channelId: c.channel_id as string,
    channelName: c.channel_name as string,
    name: c.name as string,
    startsOn: c.starts_on as string,
    endsOn: (c.ends_on as string | null) ?? null,
    items: Number(c.items),
    canEdit: canManage(user, c.owner_path as string),
  };
}
