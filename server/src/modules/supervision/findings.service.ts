import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError, SupervisionError, type RectificationStatus } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf } from '../../common/pagination/page';
import { todayInShanghai } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import type { StoredFileDto } from '../files/dto/file.dto';
import { FilesService } from '../files/files.service';
import type { StoredFile } from '../files/stored-file.entity';
import type {
  AssignRectificationDto,
  CreateFindingDto,
  FindingDto,
  FindingPageDto,
  FindingQueryDto,
  RectificationDto,
  RectificationPageDto,
  RectificationQueryDto,
  ReportRectificationDto,
} from './dto/supervision.dto';
import { InspectionsService } from './inspections.service';
import { InspectionFinding, RectificationEvent } from './supervision.entity';
import { canInspect, canReport, params, visibleFindingSql, visibleRectificationSql } from './supervision-access';

type Row = Record<string, unknown>;

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

const FINDING_COLUMNS = `f.id, f.inspection_id, i.title AS inspection_title, i.kind AS inspection_kind, f.unit_id, fu.name AS unit_name,
  f.cadre_id, fc.name AS cadre_name, f.checklist_item, f.category, f.severity, f.description, f.found_at, f.place,
  f.evidence_file_ids, f.created_by_id, fb.name AS created_by_name, i.team_ids, i.organiser_unit_path,
  r.id AS r_id, r.status AS r_status, r.deadline::text AS r_deadline`;
const FINDING_FROM = `FROM inspection_findings f
  JOIN inspections i ON i.id = f.inspection_id
  JOIN org_units fu ON fu.id = f.unit_id
  JOIN users fb ON fb.id = f.created_by_id
  LEFT JOIN users fc ON fc.id = f.cadre_id
  LEFT JOIN rectifications r ON r.finding_id = f.id`;

const RECT_COLUMNS = `r.id, r.finding_id, f.inspection_id, i.title AS inspection_title, i.kind AS inspection_kind, r.unit_id, ru.name AS unit_name,
  r.unit_path, r.responsible_id, rp.name AS responsible_name, f.category, f.description, r.measures, r.deadline::text AS deadline,
  r.status, r.report, r.reported_at, r.return_reason, r.closed_at, (r.closed_at AT TIME ZONE 'Asia/Shanghai')::date::text AS closed_on,
  i.team_ids, i.organiser_unit_path`;
const RECT_FROM = `FROM rectifications r
  JOIN inspection_findings f ON f.id = r.finding_id
  JOIN inspections i ON i.id = f.inspection_id
  JOIN org_units ru ON ru.id = r.unit_id
  LEFT JOIN users rp ON rp.id = r.responsible_id`;

/** Where each step may start from: report after assignment or a return; close or return only a reported one. */
const FROM_STATES: Record<'reported' | 'closed' | 'returned', RectificationStatus[]> = {
  reported: ['assigned', 'returned'],
  closed: ['reported'],
  returned: ['reported'],
};

/**
 * Findings (问题清单) and their rectification (整改台账): the team records a finding with evidence and assigns its
 * rectification to a unit; the unit reports; the team closes it (销号) or returns it. Each step is one conditional UPDATE:
 * a step from the wrong state is a 409.
 */
@Injectable()
export class FindingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly inspections: InspectionsService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
  ) {}

  // ---- findings ----------------------------------------------------------------------------------------------------

  async listFindings(user: AuthUser, inspectionId: string, query: FindingQueryDto): Promise<FindingPageDto> {
    await this.inspections.visibleRow(user, inspectionId);
    const { list, p } = params([inspectionId]);
    const where = ['f.inspection_id = $1', visibleFindingSql(user, p)];
    if (query.category) where.push(`f.category = ${p(query.category)}`);
    if (query.unitId) where.push(`f.unit_path LIKE (SELECT path FROM org_units WHERE id = ${p(query.unitId)}) || '%'`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM inspection_findings f JOIN inspections i ON i.id = f.inspection_id ${clause}`, list)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT ${FINDING_COLUMNS} ${FINDING_FROM} ${clause} ORDER BY f.found_at DESC, f.id LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      list,
    )) as Row[];
    return pageOf(await this.toFindings(user, rows), total, query);
  }

  async getFinding(user: AuthUser, id: string): Promise<FindingDto> {
    const { list, p } = params([id]);
    const [row] = (await this.db.query(`SELECT ${FINDING_COLUMNS} ${FINDING_FROM} WHERE f.id = $1 AND ${visibleFindingSql(user, p)}`, list)) as Row[];
    if (!row) throw notFound('Finding');
    return (await this.toFindings(user, [row]))[0]!;
  }

  async createFinding(user: AuthUser, inspectionId: string, dto: CreateFindingDto, origin: RequestOrigin): Promise<FindingDto> {
    const id = await this.db.transaction(async (tx) => {
      const inspection = await this.inspectorRow(tx, user, inspectionId);
      const problems: FieldProblem[] = [];
      const [unit] = (await tx.query('SELECT id, path FROM org_units WHERE id = $1 AND retired_at IS NULL AND path LIKE $2', [dto.unitId, `${inspection.organiser_unit_path}%`])) as { id: string; path: string }[];
      if (!unit) problems.push({ field: 'unitId', message: 'not a unit in the organiser\'s scope' });
      if (dto.cadreId && unit) {
        const [cadre] = (await tx.query('SELECT u.id FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1 AND ou.path LIKE $2', [dto.cadreId, `${unit.path}%`])) as unknown[];
        if (!cadre) problems.push({ field: 'cadreId', message: 'not a cadre of that unit' });
      }
      if (!(inspection.checklist as string[]).includes(dto.checklistItem)) problems.push({ field: 'checklistItem', message: 'not an item of the checklist' });
      if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, SupervisionError.OutOfOrganiserScope, 'The finding does not fit the inspection', problems);
      for (const fileId of dto.evidenceFileIds ?? []) await this.files.findOwn(user, fileId, ['inspection_evidence'], tx);
      const saved = await tx.getRepository(InspectionFinding).save({
        inspectionId,
        unitId: unit!.id,
        unitPath: unit!.path,
        cadreId: dto.cadreId ?? null,
        checklistItem: dto.checklistItem,
        category: dto.category,
        severity: dto.severity,
        description: dto.description,
        foundAt: new Date(dto.foundAt),
        place: dto.place ?? '',
        evidenceFileIds: dto.evidenceFileIds ?? [],
        createdById: user.id,
      });
      await this.audit.record(
        {
          action: 'inspection_finding.created',
          actor: user,
          target: { type: 'inspection_finding', id: saved.id },
          unitPath: inspection.organiser_unit_path as string,
          origin,
          details: { inspectionId, unitId: unit!.id, category: dto.category, severity: dto.severity },
        },
        tx,
      );
      return saved.id;
    });
    return this.getFinding(user, id);
  }

  // ---- rectifications ----------------------------------------------------------------------------------------------

  async assign(user: AuthUser, findingId: string, dto: AssignRectificationDto, origin: RequestOrigin): Promise<RectificationDto> {
    const id = await this.db.transaction(async (tx) => {
      const [finding] = (await tx.query('SELECT f.id, f.unit_id, f.inspection_id FROM inspection_findings f WHERE f.id = $1', [findingId])) as Row[];
      if (!finding) throw notFound('Finding');
      const inspection = await this.inspectorRow(tx, user, finding.inspection_id as string, 'Finding');
      const problems: FieldProblem[] = [];
      const [unit] = (await tx.query('SELECT id, path FROM org_units WHERE id = $1 AND retired_at IS NULL AND path LIKE $2', [dto.unitId ?? finding.unit_id, `${inspection.organiser_unit_path}%`])) as { id: string; path: string }[];
      if (!unit) problems.push({ field: 'unitId', message: 'not a unit in the organiser\'s scope' });
      if (dto.responsibleId && unit) {
        const [person] = (await tx.query(`SELECT u.id FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1 AND u.status = 'active' AND ou.path LIKE $2`, [dto.responsibleId, `${unit.path}%`])) as unknown[];
        if (!person) problems.push({ field: 'responsibleId', message: 'not an active cadre of the responsible unit' });
      }
      if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, SupervisionError.OutOfOrganiserScope, 'The rectification does not fit the inspection', problems);
      const inserted = (await tx.query(
        `INSERT INTO rectifications (finding_id, unit_id, unit_path, responsible_id, measures, deadline, assigned_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (finding_id) DO NOTHING RETURNING id`,
        [findingId, unit!.id, unit!.path, dto.responsibleId ?? null, dto.measures, dto.deadline, user.id],
      )) as { id: string }[];
      if (inserted.length === 0) throw new AppException(HttpStatus.CONFLICT, SupervisionError.AlreadyAssigned, 'This finding already has a rectification');
      const rid = inserted[0]!.id;
      await tx.getRepository(RectificationEvent).insert({ rectificationId: rid, toStatus: 'assigned', note: dto.measures, actorId: user.id });
      await this.audit.record(
        {
          action: 'rectification.assigned',
          actor: user,
          target: { type: 'rectification', id: rid },
          unitPath: unit!.path,
          origin,
          details: { findingId, unitId: unit!.id, responsibleId: dto.responsibleId ?? null, deadline: dto.deadline },
        },
        tx,
      );
      return rid;
    });
    return this.getRectification(user, id);
  }

  async listRectifications(user: AuthUser, query: RectificationQueryDto): Promise<RectificationPageDto> {
    const today = todayInShanghai();
    const { list, p } = params();
    const where = [visibleRectificationSql(user, p)];
    if (query.status) where.push(`r.status = ${p(query.status)}`);
    if (query.overdue !== undefined) where.push(`${query.overdue ? '' : 'NOT '}(r.status <> 'closed' AND r.deadline < ${p(today)}::date)`);
    if (query.inspectionId) where.push(`f.inspection_id = ${p(query.inspectionId)}`);
    if (query.unitId) where.push(`r.unit_path LIKE (SELECT path FROM org_units WHERE id = ${p(query.unitId)}) || '%'`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total ${RECT_FROM} ${clause}`, list)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT ${RECT_COLUMNS} ${RECT_FROM} ${clause}
        ORDER BY (r.status = 'closed'), r.deadline, r.id LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      list,
    )) as Row[];
    return pageOf(
      rows.map((r) => ({
        id: r.id as string,
        findingId: r.finding_id as string,
        inspectionId: r.inspection_id as string,
        inspectionTitle: r.inspection_title as string,
        unit: { id: r.unit_id as string, name: r.unit_name as string },
        responsible: r.responsible_id ? { id: r.responsible_id as string, name: r.responsible_name as string } : null,
        category: r.category as RectificationDto['finding']['category'],
        description: r.description as string,
        measures: r.measures as string,
        deadline: r.deadline as string,
        status: r.status as RectificationStatus,
        overdue: isOverdue(r, today),
      })),
      total,
      query,
    );
  }

  async getRectification(user: AuthUser, id: string): Promise<RectificationDto> {
    const row = await this.visibleRectification(this.db.manager, user, id);
    const finding = await this.getFindingUnchecked(user, row.finding_id as string);
    const events = (await this.db.query(
      `SELECT e.to_status, e.note, e.file_ids, e.created_at, e.actor_id, a.name AS actor_name
         FROM rectification_events e JOIN users a ON a.id = e.actor_id WHERE e.rectification_id = $1 ORDER BY e.created_at, e.id`,
      [id],
    )) as Row[];
    const fileDtos = await this.fileDtos(user, events.flatMap((e) => e.file_ids as string[]));
    const today = todayInShanghai();
    const access = { team_ids: row.team_ids as string[], organiser_unit_path: row.organiser_unit_path as string };
    const status = row.status as RectificationStatus;
    const inspector = canInspect(user, access);
    return {
      id,
      finding,
      inspectionKind: row.inspection_kind as RectificationDto['inspectionKind'],
      unit: { id: row.unit_id as string, name: row.unit_name as string },
      responsible: row.responsible_id ? { id: row.responsible_id as string, name: row.responsible_name as string } : null,
      measures: row.measures as string,
      deadline: row.deadline as string,
      status,
      overdue: isOverdue(row, today),
      report: (row.report as string | null) ?? null,
      reportedAt: iso(row.reported_at),
      returnReason: (row.return_reason as string | null) ?? null,
      closedAt: iso(row.closed_at),
      closedOnTime: row.closed_on ? (row.closed_on as string) <= (row.deadline as string) : null,
      events: events.map((e) => ({
        toStatus: e.to_status as RectificationStatus,
        note: e.note as string,
        files: (e.file_ids as string[]).map((fid) => fileDtos.get(fid)).filter((f): f is StoredFileDto => !!f),
        actor: { id: e.actor_id as string, name: e.actor_name as string },
        at: iso(e.created_at)!,
      })),
      can: {
        report: FROM_STATES.reported.includes(status) && canReport(user, { unit_path: row.unit_path as string, responsible_id: (row.responsible_id as string | null) ?? null }),
        close: status === 'reported' && inspector,
        return: status === 'reported' && inspector,
      },
    };
  }

  async report(user: AuthUser, id: string, dto: ReportRectificationDto, origin: RequestOrigin): Promise<RectificationDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.visibleRectification(tx, user, id);
      if (!canReport(user, { unit_path: row.unit_path as string, responsible_id: (row.responsible_id as string | null) ?? null })) {
        throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the responsible unit reports on its rectification');
      }
      for (const fileId of dto.fileIds ?? []) await this.files.findOwn(user, fileId, ['rectification_evidence'], tx);
      await this.step(tx, user, row, 'reported', { report: dto.report, report_file_ids: dto.fileIds ?? [], reported_at: new Date() }, dto.report, dto.fileIds ?? [], origin);
    });
    return this.getRectification(user, id);
  }

  async close(user: AuthUser, id: string, note: string | undefined, origin: RequestOrigin): Promise<RectificationDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.inspectorRectification(tx, user, id);
      await this.step(tx, user, row, 'closed', { closed_at: new Date(), closed_by_id: user.id }, note ?? '', [], origin);
    });
    return this.getRectification(user, id);
  }

  async sendBack(user: AuthUser, id: string, reason: string, origin: RequestOrigin): Promise<RectificationDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.inspectorRectification(tx, user, id);
      await this.step(tx, user, row, 'returned', { return_reason: reason }, reason, [], origin);
    });
    return this.getRectification(user, id);
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  /** One conditional UPDATE moves the state: if the row is no longer in a state this step leaves from, 409. */
  private async step(
    tx: EntityManager,
    user: AuthUser,
    row: Row,
    to: 'reported' | 'closed' | 'returned',
    set: Record<string, unknown>,
    note: string,
    fileIds: string[],
    origin: RequestOrigin,
  ): Promise<void> {
    const values: unknown[] = [row.id, to, FROM_STATES[to]];
    const assignments = Object.entries(set).map(([col, v]) => {
      values.push(v);
      return `${col} = $${values.length}`;
    });
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [done] = (await tx.query(
      `UPDATE rectifications SET status = $2, updated_at = now(), ${assignments.join(', ')} WHERE id = $1 AND status = ANY($3::text[]) RETURNING id`,
      values,
    )) as [unknown[], number];
    if (done.length === 0) {
      throw new AppException(HttpStatus.CONFLICT, SupervisionError.InvalidState, `A ${String(row.status)} rectification cannot become ${to}`);
    }
    await tx.getRepository(RectificationEvent).insert({ rectificationId: row.id as string, toStatus: to, note, fileIds, actorId: user.id });
    await this.audit.record(
      {
        action: `rectification.${to}` as 'rectification.reported',
        actor: user,
        target: { type: 'rectification', id: row.id as string },
        unitPath: row.unit_path as string,
        origin,
        details: { from: row.status, to, ...(note ? { note } : {}), ...(fileIds.length ? { fileIds } : {}) },
      },
      tx,
    );
  }

  private async visibleRectification(manager: EntityManager, user: AuthUser, id: string): Promise<Row> {
    const { list, p } = params([id]);
    const [row] = (await manager.query(`SELECT ${RECT_COLUMNS} ${RECT_FROM} WHERE r.id = $1 AND ${visibleRectificationSql(user, p)}`, list)) as Row[];
    if (!row) throw notFound('Rectification');
    return row;
  }

  private async inspectorRectification(tx: EntityManager, user: AuthUser, id: string): Promise<Row> {
    const row = await this.visibleRectification(tx, user, id);
    if (!canInspect(user, { team_ids: row.team_ids as string[], organiser_unit_path: row.organiser_unit_path as string })) {
      throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the inspection team verifies a rectification');
    }
    return row;
  }

  /** The inspection if the caller is on its team or organises it; 404 when they may not see it, 403 when they only see it. */
  private async inspectorRow(tx: EntityManager, user: AuthUser, inspectionId: string, what = 'Inspection'): Promise<Row> {
    const [row] = (await tx.query('SELECT id, team_ids, organiser_unit_path, checklist FROM inspections WHERE id = $1', [inspectionId])) as Row[];
    if (!row) throw notFound(what);
    if (canInspect(user, { team_ids: row.team_ids as string[], organiser_unit_path: row.organiser_unit_path as string })) return row;
    await this.inspections.visibleRow(user, inspectionId, tx).catch(() => {
      throw notFound(what);
    });
    throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the inspection team records findings and rectifications');
  }

  /** The finding of a rectification the caller may see (seeing the rectification is enough to see its finding). */
  private async getFindingUnchecked(user: AuthUser, id: string): Promise<FindingDto> {
    const rows = (await this.db.query(`SELECT ${FINDING_COLUMNS} ${FINDING_FROM} WHERE f.id = $1`, [id])) as Row[];
    return (await this.toFindings(user, rows))[0]!;
  }

  private async fileDtos(user: AuthUser, ids: string[]): Promise<Map<string, StoredFileDto>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.db.query('SELECT * FROM stored_files WHERE id = ANY($1)', [ids])) as Row[];
    return new Map(
      rows.map((f) => [
        f.id as string,
        this.files.toDto(user, {
          id: f.id as string,
          purpose: f.purpose,
          originalName: f.original_name as string,
          mimeType: f.mime_type as string,
          sizeBytes: Number(f.size_bytes),
          thumbnailKey: (f.thumbnail_key as string | null) ?? null,
        } as StoredFile),
      ]),
    );
  }

  private async toFindings(user: AuthUser, rows: Row[]): Promise<FindingDto[]> {
    const files = await this.fileDtos(user, rows.flatMap((r) => r.evidence_file_ids as string[]));
    const today = todayInShanghai();
    return rows.map((r) => ({
      id: r.id as string,
      inspectionId: r.inspection_id as string,
      inspectionTitle: r.inspection_title as string,
      unit: { id: r.unit_id as string, name: r.unit_name as string },
      cadre: r.cadre_id ? { id: r.cadre_id as string, name: r.cadre_name as string } : null,
      checklistItem: r.checklist_item as string,
      category: r.category as FindingDto['category'],
      severity: r.severity as FindingDto['severity'],
      description: r.description as string,
      foundAt: iso(r.found_at)!,
      place: r.place as string,
      evidence: (r.evidence_file_ids as string[]).map((id) => files.get(id)).filter((f): f is StoredFileDto => !!f),
      recordedBy: { id: r.created_by_id as string, name: r.created_by_name as string },
      rectification: r.r_id
        ? { id: r.r_id as string, status: r.r_status as RectificationStatus, deadline: r.r_deadline as string, overdue: r.r_status !== 'closed' && (r.r_deadline as string) < today }
        : null,
    }));
  }
}

/** Not closed and past the deadline (dates in Asia/Shanghai). */
function isOverdue(r: Row, today: string): boolean {
  return r.status !== 'closed' && (r.deadline as string) < today;
}
