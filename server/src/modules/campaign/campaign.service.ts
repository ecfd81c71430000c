import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CampaignError, CommonError, type CampaignTaskStatus } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope, isRootScope, scopePrefix } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import { FilesService, isAttachable } from '../files/files.service';
import { StoredFile } from '../files/stored-file.entity';
import { CampaignArea, CampaignTask, CampaignTaskUnit, CampaignTaskUpdate, CampaignUpdateAttachment } from './campaign.entity';
import { TASK_DECISIONS, toDecision } from './meetings-sql';
import type {
  CampaignAreaDto,
  CampaignAreaListDto,
  CampaignTaskDto,
  CampaignTaskFilterDto,
  CampaignTaskQueryDto,
  CampaignTaskSummaryDto,
  CreateCampaignAreaDto,
  CreateCampaignTaskDto,
  CreateCampaignUpdateDto,
  UpdateCampaignAreaDto,
  UpdateCampaignTaskDto,
} from './dto/campaign.dto';

type Row = Record<string, unknown>;

/**
 * The tasks the caller sees, each with its status derived in the same query: done when the latest update (by reported
 * date, then posting time) marks it complete; overdue when past the deadline and not done; on track once any update
 * exists; not started otherwise. $1 is the caller's scope prefix, $2 today in Asia/Shanghai.
 * A task is visible to admins whose scope covers its lead unit or one of its supporting units.
 */
const TASKS = `
  SELECT t.id, t.area_id, a.name AS area_name, a.position AS area_position, t.number, t.title, t.description,
         t.lead_unit_id, lu.name AS lead_unit_name, lu.path AS lead_unit_path, t.deadline, t.created_by_id,
         last.reported_on AS last_reported_on,
         (SELECT count(*)::int FROM campaign_task_updates c WHERE c.task_id = t.id) AS update_count,
         (SELECT coalesce(json_agg(json_build_object('id', su.id, 'name', su.name, 'path', su.path) ORDER BY su.sort_order, su.name), '[]'::json)
            FROM campaign_task_units s JOIN org_units su ON su.id = s.unit_id WHERE s.task_id = t.id) AS supporting_units,
         CASE WHEN last.completed THEN 'done'
              WHEN t.deadline < $2::date THEN 'overdue'
              WHEN last.reported_on IS NOT NULL THEN 'on_track'
              ELSE 'not_started' END AS status
    FROM campaign_tasks t
    JOIN campaign_areas a ON a.id = t.area_id
    JOIN org_units lu ON lu.id = t.lead_unit_id
    LEFT JOIN LATERAL (
      SELECT u.reported_on, u.completed FROM campaign_task_updates u WHERE u.task_id = t.id
       ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1
    ) last ON true
   WHERE (lu.path LIKE $1 OR EXISTS (
           SELECT 1 FROM campaign_task_units s JOIN org_units su ON su.id = s.unit_id WHERE s.task_id = t.id AND su.path LIKE $1))`;

/**
 * The campaign's areas and tasks (8方面34项具体任务). The organisation department of the root (an org admin scoped to the
 * root unit) sets them up; admins of a lead or supporting unit see their tasks and report progress. Rows outside the
 * caller's scope are 404.
 */
@Injectable()
export class CampaignService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly audit: AuditService,
  ) {}

  // ---- areas -------------------------------------------------------------------------------------------------------

  /** The areas of the campaign the caller belongs to: owned by the root above their scope (or by their scope itself). */
  async areas(user: AuthUser): Promise<CampaignAreaListDto> {
    const rows = (await this.db.query(
      `SELECT a.id, a.name, a.position, (SELECT count(*)::int FROM campaign_tasks t WHERE t.area_id = a.id) AS task_count
         FROM campaign_areas a JOIN org_units o ON o.id = a.owner_unit_id
        WHERE $1 LIKE o.path || '%' ORDER BY a.position, a.name`,
      [user.scopePath ?? '\u0000'],
    )) as Row[];
    return { items: rows.map(toArea), canEdit: canEdit(user) };
  }

  async createArea(user: AuthUser, dto: CreateCampaignAreaDto, origin: RequestOrigin): Promise<CampaignAreaDto> {
    requireRootAdmin(user);
    const id = await this.db.transaction(async (tx) => {
      await this.checkAreaName(tx, user.scopeUnitId!, dto.name);
      const [{ next }] = (await tx.query('SELECT coalesce(max(position), 0)::int + 1 AS next FROM campaign_areas WHERE owner_unit_id = $1', [user.scopeUnitId])) as [{ next: number }];
      const saved = await tx.getRepository(CampaignArea).save({ ownerUnitId: user.scopeUnitId!, name: dto.name, position: dto.position ?? next });
      await this.audit.record(
        { action: 'campaign_area.created', actor: user, target: { type: 'campaign_area', id: saved.id }, unitPath: user.scopePath, origin, details: { name: dto.name } },
        tx,
      );
      return saved.id;
    });
    return this.area(id);
  }

  async updateArea(user: AuthUser, id: string, dto: UpdateCampaignAreaDto, origin: RequestOrigin): Promise<CampaignAreaDto> {
    requireRootAdmin(user);
    await this.db.transaction(async (tx) => {
      const area = await this.ownArea(tx, user, id, 'id');
      if (dto.name !== undefined && dto.name !== area.name) await this.checkAreaName(tx, area.ownerUnitId, dto.name);
      await tx.getRepository(CampaignArea).update({ id }, { ...(dto.name !== undefined ? { name: dto.name } : {}), ...(dto.position !== undefined ? { position: dto.position } : {}) });
      await this.audit.record(
        { action: 'campaign_area.updated', actor: user, target: { type: 'campaign_area', id }, unitPath: user.scopePath, origin, details: { fields: Object.keys(dto) } },
        tx,
      );
    });
    return this.area(id);
  }

  async removeArea(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    requireRootAdmin(user);
    await this.db.transaction(async (tx) => {
      const area = await this.ownArea(tx, user, id, 'id');
      const [{ n }] = (await tx.query('SELECT count(*)::int AS n FROM campaign_tasks WHERE area_id = $1', [id])) as [{ n: number }];
      if (n > 0) throw new AppException(HttpStatus.CONFLICT, CampaignError.AreaInUse, `The area holds ${n} tasks`);
      await tx.getRepository(CampaignArea).delete({ id });
      await this.audit.record(
        { action: 'campaign_area.deleted', actor: user, target: { type: 'campaign_area', id }, unitPath: user.scopePath, origin, details: { name: area.name } },
        tx,
      );
    });
  }

  // ---- tasks -------------------------------------------------------------------------------------------------------

  async list(user: AuthUser, query: CampaignTaskQueryDto): Promise<Page<CampaignTaskSummaryDto>> {
    const { sql, params } = filtered(user, query);
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const q = query.q ? ` AND x.title ILIKE ${p(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}` : '';
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM (${sql}) x WHERE true${q}`, params)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT x.* FROM (${sql}) x WHERE true${q} ORDER BY x.area_position, x.area_name, x.number LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      params,
    )) as Row[];
    return pageOf(rows.map(toSummary), total, query);
  }

  async get(user: AuthUser, id: string): Promise<CampaignTaskDto> {
    const [row] = (await this.db.query(
      `SELECT x.*, cb.name AS created_by_name FROM (${TASKS} AND t.id = $3) x JOIN users cb ON cb.id = x.created_by_id`,
      [scopePrefix(user), todayInShanghai(), id],
    )) as Row[];
    if (!row) throw notFound('Campaign task');
    const updates = (await this.db.query(
      `SELECT u.id, u.reported_on, u.note, u.completed, u.created_at, au.name AS author_name, ou.name AS author_unit_name,
              (SELECT coalesce(json_agg(json_build_object('id', f.id, 'purpose', f.purpose, 'originalName', f.original_name, 'mimeType', f.mime_type,
                                                          'sizeBytes', f.size_bytes, 'thumbnailKey', f.thumbnail_key) ORDER BY a.position), '[]'::json)
                 FROM campaign_update_attachments a JOIN stored_files f ON f.id = a.file_id WHERE a.update_id = u.id) AS files
         FROM campaign_task_updates u JOIN users au ON au.id = u.author_id LEFT JOIN org_units ou ON ou.id = au.unit_id
        WHERE u.task_id = $1 ORDER BY u.reported_on DESC, u.created_at DESC`,
      [id],
    )) as Row[];
    const decisions = (await this.db.query(TASK_DECISIONS, [todayInShanghai(), id])) as Row[];
    const edit = canEdit(user) && isRootScope(user) && (row.lead_unit_path as string).startsWith(user.scopePath!);
    const lead = leadsTask(user, row.lead_unit_path as string);
    return {
      ...toSummary(row),
      description: row.description as string,
      createdByName: row.created_by_name as string,
      updates: updates.map((u) => ({
        id: u.id as string,
        reportedOn: u.reported_on as string,
        note: u.note as string,
        completed: u.completed as boolean,
        authorName: u.author_name as string,
        authorUnitName: (u.author_unit_name as string | null) ?? null,
        createdAt: new Date(u.created_at as string).toISOString(),
        attachments: (u.files as (Partial<StoredFile> & { sizeBytes: number | string })[]).map((f) =>
          this.files.toDto(user, { ...f, sizeBytes: Number(f.sizeBytes), thumbnailKey: f.thumbnailKey ?? null } as StoredFile),
        ),
      })),
      // Anyone who sees the task covers its lead or a supporting unit, and may report on it while it is open; closing
      // it (or reopening it with a later report) is the lead unit's call.
      can: { edit, postUpdate: lead || row.status !== 'done', complete: lead },
      decisions: decisions.map((d) => toDecision(user, d)),
    };
  }

  async create(user: AuthUser, dto: CreateCampaignTaskDto, origin: RequestOrigin): Promise<CampaignTaskDto> {
    requireRootAdmin(user);
    const id = await this.db.transaction(async (tx) => {
      await this.ownArea(tx, user, dto.areaId, 'areaId');
      await this.checkNumber(tx, dto.areaId, dto.number);
      const units = await this.checkUnits(tx, user, dto.leadUnitId, dto.supportingUnitIds ?? []);
      const saved = await tx.getRepository(CampaignTask).save({
        areaId: dto.areaId,
        number: dto.number,
        title: dto.title,
        description: dto.description ?? '',
        leadUnitId: dto.leadUnitId,
        deadline: dto.deadline,
        createdById: user.id,
      });
      await this.writeSupporting(tx, saved.id, dto.supportingUnitIds ?? []);
      await this.audit.record(
        {
          action: 'campaign_task.created',
          actor: user,
          target: { type: 'campaign_task', id: saved.id },
          unitPath: units.leadPath,
          origin,
          details: { title: dto.title, leadUnitId: dto.leadUnitId, deadline: dto.deadline },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateCampaignTaskDto, origin: RequestOrigin): Promise<CampaignTaskDto> {
    requireRootAdmin(user);
    await this.db.transaction(async (tx) => {
      const task = await tx.getRepository(CampaignTask).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw notFound('Campaign task');
      await this.ownArea(tx, user, task.areaId, 'id');
      if (dto.areaId !== undefined && dto.areaId !== task.areaId) await this.ownArea(tx, user, dto.areaId, 'areaId');
      const areaId = dto.areaId ?? task.areaId;
      const number = dto.number ?? task.number;
      if (areaId !== task.areaId || number !== task.number) await this.checkNumber(tx, areaId, number);
      const supporting = dto.supportingUnitIds ?? (await tx.getRepository(CampaignTaskUnit).findBy({ taskId: id })).map((s) => s.unitId);
      const units = await this.checkUnits(tx, user, dto.leadUnitId ?? task.leadUnitId, supporting, dto.leadUnitId === undefined ? task.leadUnitId : undefined);
      const { supportingUnitIds: _s, ...plain } = dto;
      if (Object.keys(plain).length > 0) await tx.getRepository(CampaignTask).update({ id }, plain);
      if (dto.supportingUnitIds) await this.writeSupporting(tx, id, dto.supportingUnitIds);
      await this.audit.record(
        { action: 'campaign_task.updated', actor: user, target: { type: 'campaign_task', id }, unitPath: units.leadPath, origin, details: { fields: Object.keys(dto) } },
        tx,
      );
    });
    return this.get(user, id);
  }

  /**
   * A progress update by an admin whose scope covers the lead or a supporting unit (the same rule as seeing the task).
   * Only the lead unit's admins (which include the root's org admin) complete the task, or report on it once it is done,
   * since the latest report decides the status and would reopen it; supporting units report progress while it is open.
   */
  async postUpdate(user: AuthUser, id: string, dto: CreateCampaignUpdateDto, origin: RequestOrigin): Promise<CampaignTaskDto> {
    await this.db.transaction(async (tx) => {
      const [task] = (await tx.query(`SELECT x.id, x.lead_unit_path, x.status FROM (${TASKS} AND t.id = $3) x`, [scopePrefix(user), todayInShanghai(), id])) as Row[];
      if (!task) throw notFound('Campaign task');
      if (!leadsTask(user, task.lead_unit_path as string)) {
        if (dto.completed) {
          throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CampaignError.LeadUnitOnly, 'Only the lead unit marks the task complete; report your progress without it', [
            { field: 'completed', message: 'only the lead unit completes the task' },
          ]);
        }
        if (task.status === 'done') {
          throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CampaignError.LeadUnitOnly, 'The lead unit has completed the task; only it may reopen it');
        }
      }
      if (dto.reportedOn > todayInShanghai()) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CampaignError.ReportedInFuture, 'Progress is reported after the fact', [
          { field: 'reportedOn', message: 'must not be in the future' },
        ]);
      }
      const fileIds = dto.attachmentIds ?? [];
      await this.checkAttachments(tx, user, fileIds);
      const saved = await tx.getRepository(CampaignTaskUpdate).save({ taskId: id, reportedOn: dto.reportedOn, note: dto.note, completed: dto.completed ?? false, authorId: user.id });
      if (fileIds.length > 0) {
        await tx.getRepository(CampaignUpdateAttachment).insert(fileIds.map((fileId, position) => ({ updateId: saved.id, fileId, position })));
      }
      await this.audit.record(
        {
          action: 'campaign_task.progress_reported',
          actor: user,
          target: { type: 'campaign_task', id },
          unitPath: task.lead_unit_path as string,
          origin,
          details: { updateId: saved.id, reportedOn: dto.reportedOn, completed: dto.completed ?? false, attachments: fileIds.length },
        },
        tx,
      );
    });
    return this.get(user, id);
  }

  // ---- overview ----------------------------------------------------------------------------------------------------

  /** Task counts by status for each area and each lead unit, in one aggregate over the tasks the caller sees. */
  async overview(user: AuthUser, filter: CampaignTaskFilterDto) {
    const { sql, params } = filtered(user, filter);
    const cells = (await this.db.query(
      `SELECT x.area_id, x.area_name, x.area_position, x.lead_unit_id, x.lead_unit_name, x.status, count(*)::int AS n
         FROM (${sql}) x GROUP BY x.area_id, x.area_name, x.area_position, x.lead_unit_id, x.lead_unit_name, x.status`,
      params,
    )) as { area_id: string; area_name: string; area_position: number; lead_unit_id: string; lead_unit_name: string; status: CampaignTaskStatus; n: number }[];
    // Areas without a task the caller sees still appear (with zeros), unless the filter names another area.
    const areas = (await this.areas(user)).items.filter((a) => !filter.areaId || a.id === filter.areaId);
    const byArea = new Map(areas.map((a) => [a.id, { ...emptyRow(a.id, a.name), position: a.position }]));
    const byLead = new Map<string, ReturnType<typeof emptyRow>>();
    const totals = { not_started: 0, on_track: 0, overdue: 0, done: 0, total: 0 };
    for (const c of cells) {
      const area = byArea.get(c.area_id) ?? byArea.set(c.area_id, { ...emptyRow(c.area_id, c.area_name), position: c.area_position }).get(c.area_id)!;
      const lead = byLead.get(c.lead_unit_id) ?? byLead.set(c.lead_unit_id, emptyRow(c.lead_unit_id, c.lead_unit_name)).get(c.lead_unit_id)!;
      for (const row of [area, lead, totals]) {
        row[c.status] += c.n;
        row.total += c.n;
      }
    }
    const rate = <T extends { done: number; total: number }>(r: T) => ({ ...r, doneRate: r.total ? Math.round((r.done / r.total) * 1000) / 1000 : 0 });
    return {
      asOf: todayInShanghai(),
      totals,
      byArea: [...byArea.values()].sort((a, b) => a.position - b.position || a.label.localeCompare(b.label)).map(({ position: _p, ...r }) => rate(r)),
      byLeadUnit: [...byLead.values()].map(rate).sort((a, b) => b.overdue - a.overdue || a.doneRate - b.doneRate || a.label.localeCompare(b.label, 'zh-CN')),
    };
  }

  // ---- checks ------------------------------------------------------------------------------------------------------

  private async area(id: string): Promise<CampaignAreaDto> {
    const [row] = (await this.db.query(
      'SELECT a.id, a.name, a.position, (SELECT count(*)::int FROM campaign_tasks t WHERE t.area_id = a.id) AS task_count FROM campaign_areas a WHERE a.id = $1',
      [id],
    )) as Row[];
    return toArea(row!);
  }

  /** An area of the caller's own campaign (owned by their scope unit); else 404, naming `field` when it came in the body. */
  private async ownArea(tx: EntityManager, user: AuthUser, id: string, field: string): Promise<CampaignArea> {
    const area = await tx.getRepository(CampaignArea).findOneBy({ id });
    if (!area || area.ownerUnitId !== user.scopeUnitId) {
      throw field === 'id' ? notFound('Campaign area') : new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Area not found', [{ field, message: 'no such area' }]);
    }
    return area;
  }

  private async checkAreaName(tx: EntityManager, ownerUnitId: string, name: string): Promise<void> {
    const clash = await tx.getRepository(CampaignArea).findOneBy({ ownerUnitId, name });
    if (clash) throw new AppException(HttpStatus.CONFLICT, CampaignError.Duplicate, 'Another area has this name', [{ field: 'name', message: 'taken' }]);
  }

  private async checkNumber(tx: EntityManager, areaId: string, number: number): Promise<void> {
    const clash = await tx.getRepository(CampaignTask).findOneBy({ areaId, number });
    if (clash) throw new AppException(HttpStatus.CONFLICT, CampaignError.Duplicate, 'Another task of the area has this number', [{ field: 'number', message: 'taken' }]);
  }

  /** The lead and supporting units exist, are active (a unit already leading may stay after retiring) and lie in scope. */
  private async checkUnits(tx: EntityManager, user: AuthUser, leadUnitId: string, supportingIds: string[], keptLead?: string): Promise<{ leadPath: string }> {
    const ids = [leadUnitId, ...supportingIds];
    const found = new Map(
      ((await tx.query('SELECT id, path, retired_at FROM org_units WHERE id = ANY($1::uuid[]) AND path LIKE $2', [ids, scopePrefix(user)])) as { id: string; path: string; retired_at: Date | null }[]).map(
        (u) => [u.id, u],
      ),
    );
    const usable = (id: string) => {
      const u = found.get(id);
      return u !== undefined && (u.retired_at === null || id === keptLead);
    };
    const missing: FieldProblem[] = [];
    if (!usable(leadUnitId)) missing.push({ field: 'leadUnitId', message: 'no such active unit in your scope' });
    supportingIds.forEach((id, i) => !usable(id) && missing.push({ field: `supportingUnitIds.${i}`, message: 'no such active unit in your scope' }));
    if (missing.length > 0) throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Unit not found', missing);
    const twice = supportingIds.indexOf(leadUnitId);
    if (twice >= 0) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CampaignError.LeadAlsoSupporting, 'The lead unit is not also a supporting unit', [
        { field: `supportingUnitIds.${twice}`, message: 'is the lead unit' },
      ]);
    }
    return { leadPath: found.get(leadUnitId)!.path };
  }

  private async writeSupporting(tx: EntityManager, taskId: string, unitIds: string[]): Promise<void> {
    await tx.getRepository(CampaignTaskUnit).delete({ taskId });
    if (unitIds.length > 0) await tx.getRepository(CampaignTaskUnit).insert(unitIds.map((unitId) => ({ taskId, unitId })));
  }

  /**
   * Files the caller uploaded as campaign attachments. Read inside the caller's transaction: FilesService.findOwn reads
   * through the DataSource, which on the embedded database's single connection would wait for this transaction forever.
   */
  private async checkAttachments(tx: EntityManager, user: AuthUser, fileIds: string[]): Promise<void> {
    if (fileIds.length === 0) return;
    const files = new Map((await tx.getRepository(StoredFile).findBy(fileIds.map((id) => ({ id })))).map((f) => [f.id, f]));
    for (const [i, id] of fileIds.entries()) {
      const file = files.get(id);
      if (!file || !isAttachable(file, user, ['campaign_attachment'])) {
        throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'File not found', [{ field: `attachmentIds.${i}`, message: 'no such file of yours' }]);
      }
    }
  }
}

/** The caller's scope covers the task's lead unit: its own admins, those of a unit above it, the root's org admin. */
function leadsTask(user: AuthUser, leadUnitPath: string): boolean {
  return isPathInScope(leadUnitPath, user);
}

function canEdit(user: AuthUser): boolean {
  return hasRole(user, 'org_admin') && isRootScope(user);
}

function requireRootAdmin(user: AuthUser): void {
  if (!canEdit(user)) throw new AppException(HttpStatus.FORBIDDEN, CampaignError.RootAdminOnly, 'Only an org admin of the root sets up the campaign');
}

/** The scoped task query with the area, status and lead-unit filters applied on top. */
function filtered(user: AuthUser, f: CampaignTaskFilterDto): { sql: string; params: unknown[] } {
  const params: unknown[] = [scopePrefix(user), todayInShanghai()];
  const where: string[] = [];
  const p = (v: unknown) => (params.push(v), `$${params.length}`);
  if (f.areaId) where.push(`y.area_id = ${p(f.areaId)}`);
  if (f.status) where.push(`y.status = ${p(f.status)}`);
  if (f.leadUnitId) where.push(`y.lead_unit_id = ${p(f.leadUnitId)}`);
  return { sql: `SELECT y.* FROM (${TASKS}) y${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params };
}

function emptyRow(key: string, label: string) {
  return { key, label, not_started: 0, on_track: 0, overdue: 0, done: 0, total: 0 };
}

function toArea(r: Row): CampaignAreaDto {
  return { id: r.id as string, name: r.name as string, position: Number(r.position), taskCount: Number(r.task_count) };
}

function toSummary(r: Row): CampaignTaskSummaryDto {
  return {
    id: r.id as string,
    areaId: r.area_id as string,
    areaName: r.area_name as string,
    areaPosition: Number(r.area_position),
    number: Number(r.number),
    title: r.title as string,
    leadUnitId: r.lead_unit_id as string,
    leadUnitName: r.lead_unit_name as string,
    supportingUnits: (r.supporting_units as { id: string; name: string }[]).map((u) => ({ id: u.id, name: u.name })),
    deadline: r.deadline as string,
    status: r.status as CampaignTaskStatus,
    updateCount: Number(r.update_count),
    lastReportedOn: (r.last_reported_on as string | null) ?? null,
  };
}
