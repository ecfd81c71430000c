import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PublicityError, type PublicityChannelKind } from '@cadre/shared';
import type { Request, Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { receiveSheet } from '../../common/http/receive-sheet';
import { pageOf, type Page } from '../../common/pagination/page';
import { scopePrefix } from '../../common/scope/scope';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { todayInShanghai } from '../../common/time';
import { insertMany } from '../../database/bulk';
import { AuditService } from '../audit/audit.service';
import { FilesService, isAttachable } from '../files/files.service';
import { StoredFile } from '../files/stored-file.entity';
import type { CreateItemDto, ItemDto, ItemImportMode, ItemImportProblemDto, ItemImportResultDto, ItemQueryDto } from './dto/publicity.dto';
import { itemsTemplate, MalformedItems, parseItems, type ItemRow } from './items-sheet';
import { OWNER_VISIBLE, notFoundWith, scopeArgs, unitsInScope } from './publicity-access';

export const ITEM_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIT_NOT_FOUND = '单位不存在或不在您的管理范围内';

type Row = Record<string, unknown>;

const ITEMS = `
  SELECT i.id, i.published_on, i.channel_id, ch.name AS channel_name, ch.kind AS channel_kind, i.column_id, c.name AS column_name,
         i.title, i.link, i.file_id, i.unit_id, u.name AS unit_name
    FROM publicity_items i
    JOIN publicity_channels ch ON ch.id = i.channel_id
    LEFT JOIN publicity_columns c ON c.id = i.column_id
    JOIN org_units u ON u.id = i.unit_id
   WHERE i.unit_path LIKE $1`;

interface VisibleColumn {
  id: string;
  channelId: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
}

interface Catalogue {
  channels: { id: string; name: string }[];
  columns: VisibleColumn[];
}

interface ScopeUnit {
  id: string;
  namePath: string;
  path: string;
}

/**
 * Items published (发稿): recorded one at a time or imported from the template (all rows or none, as the roster import),
 * by the admins of the submitting unit's scope; each item belongs to its unit.
 */
@Injectable()
export class ItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: ItemQueryDto): Promise<Page<ItemDto>> {
    const unit = query.unitId ? await scopedUnit(this.db, user, query.unitId) : null;
    const params: unknown[] = [unit ? `${unit.path}%` : scopePrefix(user)];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const where = [
      query.channelId ? ` AND i.channel_id = ${p(query.channelId)}` : '',
      query.columnId ? ` AND i.column_id = ${p(query.columnId)}` : '',
      query.from ? ` AND i.published_on >= ${p(query.from)}::date` : '',
      query.to ? ` AND i.published_on <= ${p(query.to)}::date` : '',
      query.q ? ` AND i.title ILIKE ${p(`%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`)}` : '',
    ].join('');
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM publicity_items i WHERE i.unit_path LIKE $1${where}`, params)) as [{ total: number }];
    const rows = (await this.db.query(`${ITEMS}${where} ORDER BY i.published_on DESC, i.created_at DESC, i.id LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`, params)) as Row[];
    return pageOf(await this.toItems(user, rows), total, query);
  }

  async get(user: AuthUser, id: string): Promise<ItemDto> {
    const [row] = (await this.db.query(`${ITEMS} AND i.id = $2`, [scopePrefix(user), id])) as Row[];
    if (!row) throw notFound('Item');
    return (await this.toItems(user, [row]))[0]!;
  }

  async create(user: AuthUser, dto: CreateItemDto, origin: RequestOrigin): Promise<ItemDto> {
    const id = await this.db.transaction(async (tx) => {
      const problems: FieldProblem[] = [];
      const unit = (await unitsInScope(tx, user, [dto.unitId])).get(dto.unitId);
      if (!unit) problems.push({ field: 'unitId', message: 'no such active unit in your scope' });
      const catalogue = await this.catalogue(tx, user);
      if (!catalogue.channels.some((c) => c.id === dto.channelId)) problems.push({ field: 'channelId', message: 'no such channel' });
      const column = dto.columnId ? catalogue.columns.find((c) => c.id === dto.columnId) : undefined;
      if (dto.columnId && !column) problems.push({ field: 'columnId', message: 'no such column' });
      if (dto.fileId) {
        const file = await tx.getRepository(StoredFile).findOneBy({ id: dto.fileId });
        if (!file || !isAttachable(file, user, ['campaign_attachment'])) problems.push({ field: 'fileId', message: 'no such file of yours' });
      }
      if (problems.length) throw notFoundWith(problems);
      if (column && column.channelId !== dto.channelId) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, PublicityError.ColumnNotOnChannel, 'The column is not on that channel', [{ field: 'columnId', message: 'not a column of the channel' }]);
      }
      if (dto.publishedOn > todayInShanghai()) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, PublicityError.InvalidPeriod, 'An item is recorded once published', [{ field: 'publishedOn', message: 'must not be in the future' }]);
      }
      if (column && !isOpenOn(column, dto.publishedOn)) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, PublicityError.OutsideColumnPeriod, 'The column was not open on that day', [{ field: 'publishedOn', message: 'outside the column\'s dates' }]);
      }
      const [{ id }] = (await tx.query(
        `INSERT INTO publicity_items (published_on, channel_id, column_id, title, link, file_id, unit_id, unit_path, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [dto.publishedOn, dto.channelId, dto.columnId ?? null, dto.title, dto.link ?? null, dto.fileId ?? null, dto.unitId, unit!.path, user.id],
      )) as [{ id: string }];
      await this.audit.record(
        { action: 'publicity_item.created', actor: user, target: { type: 'publicity_item', id }, unitPath: unit!.path, origin, details: { title: dto.title, unitId: dto.unitId, channelId: dto.channelId } },
        tx,
      );
      return id;
    });
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [deleted] = (await tx.query('SELECT title, unit_id, unit_path FROM publicity_items WHERE id = $1 AND unit_path LIKE $2', [id, scopePrefix(user)])) as Row[];
      if (!deleted) throw notFound('Item');
      await tx.query('DELETE FROM publicity_items WHERE id = $1', [id]);
      await this.audit.record(
        { action: 'publicity_item.deleted', actor: user, target: { type: 'publicity_item', id }, unitPath: deleted.unit_path as string, origin, details: { title: deleted.title, unitId: deleted.unit_id } },
        tx,
      );
    });
  }

  async template(user: AuthUser): Promise<Buffer> {
    const catalogue = await this.catalogue(this.db.manager, user);
    const rows = catalogue.channels.flatMap((ch) => {
      const columns = catalogue.columns.filter((c) => c.channelId === ch.id);
      return columns.length ? columns.map((c) => ({ channel: ch.name, column: c.name, opens: c.startsOn })) : [{ channel: ch.name, column: '', opens: '' }];
    });
    return itemsTemplate(rows, (await this.scopeUnits(this.db.manager, user)).map((u) => ({ path: u.namePath, id: u.id })));
  }

  async import(user: AuthUser, req: Request, res: Response, mode: ItemImportMode, origin: RequestOrigin): Promise<ItemImportResultDto> {
    const buffer = await receiveSheet(req, res, ITEM_IMPORT_MAX_BYTES);
    let parsed: Awaited<ReturnType<typeof parseItems>>;
    try {
      parsed = await parseItems(buffer, todayInShanghai());
    } catch (e) {
      if (!(e instanceof MalformedItems)) throw e;
      throw new AppException(HttpStatus.BAD_REQUEST, PublicityError.ImportMalformed, 'The file is not an items sheet in the template’s shape', [{ field: e.field, message: e.message }]);
    }
    const { rows, total } = parsed;
    if (mode === 'preview') {
      const { checked, problems } = await this.check(this.db.manager, user, rows, parsed.problems);
      return { rows: total, valid: checked.length, imported: 0, problems };
    }
    const imported = await this.db.transaction(async (tx) => {
      const { checked, problems } = await this.check(tx, user, rows, parsed.problems);
      if (problems.length) {
        throw new AppException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          PublicityError.ImportInvalid,
          `${problems.length} problems: nothing was imported`,
          problems.map((p) => ({ field: `row ${p.row} ${p.column}`, message: p.message })),
        );
      }
      await insertMany(
        tx,
        'publicity_items',
        ['published_on', 'channel_id', 'column_id', 'title', 'link', 'unit_id', 'unit_path', 'created_by_id'],
        checked.map((r) => [r.publishedOn, r.channelId, r.columnId, r.title, r.link, r.unit.id, r.unit.path, user.id]),
      );
      await this.audit.record({ action: 'publicity_items.imported', actor: user, target: null, unitPath: user.scopePath, origin, details: { count: checked.length } }, tx);
      return checked.length;
    });
    return { rows: total, valid: imported, imported, problems: [] };
  }

  /** Resolves channels, columns and units; rows with any problem drop out of `checked`. */
  private async check(
    manager: EntityManager,
    user: AuthUser,
    rows: ItemRow[],
    sheetProblems: ItemImportProblemDto[],
  ): Promise<{ checked: (ItemRow & { channelId: string; columnId: string | null; unit: ScopeUnit })[]; problems: ItemImportProblemDto[] }> {
    const problems = [...sheetProblems];
    const catalogue = await this.catalogue(manager, user);
    const units = await this.scopeUnits(manager, user);
    const byId = new Map(units.map((u) => [u.id, u]));
    const byName = new Map<string, ScopeUnit[]>();
    for (const u of units) byName.set(u.namePath, [...(byName.get(u.namePath) ?? []), u]);
    const checked: (ItemRow & { channelId: string; columnId: string | null; unit: ScopeUnit })[] = [];
    for (const r of rows) {
      const before = problems.length;
      const problem = (column: string, message: string) => problems.push({ row: r.row, column, message });
      const channels = r.channel ? catalogue.channels.filter((c) => c.name === r.channel) : [];
      if (r.channel && channels.length === 0) problem('渠道', '没有这个渠道，请填写“渠道和专栏”表中的渠道名称');
      if (channels.length > 1) problem('渠道', '有多个同名渠道，请联系组织部区分名称');
      const channel = channels.length === 1 ? channels[0] : undefined;
      let column: VisibleColumn | undefined;
      if (channel && r.column) {
        column = catalogue.columns.find((c) => c.channelId === channel.id && c.name === r.column);
        if (!column) problem('专栏', `“${channel.name}”没有这个专栏`);
        else if (r.publishedOn && !isOpenOn(column, r.publishedOn)) problem('专栏', `发稿日期不在专栏开设期间（${column.startsOn}起${column.endsOn ? `至${column.endsOn}` : ''}）`);
      }
      let unit: ScopeUnit | undefined;
      if (r.unitRef) {
        if (UUID.test(r.unitRef)) unit = byId.get(r.unitRef.toLowerCase());
        else {
          const matches = byName.get(normaliseNamePath(r.unitRef)) ?? [];
          if (matches.length > 1) problem('报送单位', '有多个同名单位，请改填“单位列表”中的单位编号');
          unit = matches.length === 1 ? matches[0] : undefined;
        }
        if (!unit && problems.length === before) problem('报送单位', UNIT_NOT_FOUND);
      }
      if (r.valid && problems.length === before) checked.push({ ...r, channelId: channel!.id, columnId: column?.id ?? null, unit: unit! });
    }
    problems.sort((a, b) => a.row - b.row);
    return { checked, problems };
  }

  /** The channels and columns the caller sees. */
  private async catalogue(manager: EntityManager, user: AuthUser): Promise<Catalogue> {
    const channels = (await manager.query(
      `SELECT ch.id, ch.name FROM publicity_channels ch JOIN org_units o ON o.id = ch.owner_unit_id WHERE ${OWNER_VISIBLE} ORDER BY o.depth, ch.kind, ch.name`,
      scopeArgs(user),
    )) as { id: string; name: string }[];
    const columns = (await manager.query(
      `SELECT c.id, c.channel_id AS "channelId", c.name, c.starts_on AS "startsOn", c.ends_on AS "endsOn" FROM publicity_columns c
        WHERE c.channel_id = ANY($1::uuid[]) ORDER BY c.starts_on, c.name`,
      [channels.map((c) => c.id)],
    )) as VisibleColumn[];
    return { channels, columns };
  }

  /** Units an import may name: the caller's scope unit and every active unit under it, with their name paths. */
  private async scopeUnits(manager: EntityManager, user: AuthUser): Promise<ScopeUnit[]> {
    const above = (user.scopePath ?? '').split('/').filter(Boolean);
    const rows = (await manager.query(
      `SELECT id, name, path, retired_at IS NULL AS active FROM org_units WHERE path LIKE $1 OR id = ANY($2::uuid[]) ORDER BY depth, sort_order, name`,
      [scopePrefix(user), above],
    )) as { id: string; name: string; path: string; active: boolean }[];
    const names = new Map(rows.map((r) => [r.id, r.name]));
    return rows
      .filter((r) => r.active && user.scopePath !== null && r.path.startsWith(user.scopePath))
      .map((r) => ({
        id: r.id,
        path: r.path,
        namePath: r.path
          .split('/')
          .filter(Boolean)
          .map((id) => names.get(id) ?? '')
          .join('/'),
      }));
  }

  private async toItems(user: AuthUser, rows: Row[]): Promise<ItemDto[]> {
    const fileIds = rows.map((r) => r.file_id as string | null).filter((f): f is string => !!f);
    const files = new Map(fileIds.length ? (await this.db.getRepository(StoredFile).findBy(fileIds.map((id) => ({ id })))).map((f) => [f.id, f]) : []);
    return rows.map((r) => {
      const file = r.file_id ? files.get(r.file_id as string) : undefined;
      return {
        id: r.id as string,
        publishedOn: r.published_on as string,
        channelId: r.channel_id as string,
        channelName: r.channel_name as string,
        channelKind: r.channel_kind as PublicityChannelKind,
        columnId: (r.column_id as string | null) ?? null,
        columnName: (r.column_name as string | null) ?? null,
        title: r.title as string,
        link: (r.link as string | null) ?? null,
        file: file ? this.files.toDto(user, file) : null,
        unitId: r.unit_id as string,
        unitName: r.unit_name as string,
      };
    });
  }
}

function isOpenOn(column: { startsOn: string; endsOn: string | null }, day: string): boolean {
  return column.startsOn <= day && (column.endsOn === null || column.endsOn >= day);
}

function normaliseNamePath(text: string): string {
  return text
    .split(/[/／\\]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join('/');
}
