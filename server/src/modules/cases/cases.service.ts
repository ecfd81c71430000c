import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CASE_KIND_LABELS, CaseError, CommonError, StudyError, type AuditAction, type CaseState } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import { CoursesService } from '../courses/courses.service';
import type { StoredFileDto } from '../files/dto/file.dto';
import { FilesService } from '../files/files.service';
import type { StoredFile } from '../files/stored-file.entity';
import { visibleNoticeSql } from '../supervision/notices.service';
import { params, visibleFindingSql, type Param } from '../supervision/supervision-access';
import { Case } from './case.entity';
import type { CaseDto, CasePageDto, CaseQueryDto, CaseSummaryDto, CreateCaseDto, UpdateCaseDto } from './dto/case.dto';

type Row = Record<string, unknown>;

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

const COLUMNS = `c.*, cu.name AS unit_name, cb.name AS created_by_name, (SELECT count(*)::int FROM case_reads cr WHERE cr.case_id = c.id) AS read_count`;
const FROM = `FROM cases c JOIN org_units cu ON cu.id = c.unit_id JOIN users cb ON cb.id = c.created_by_id`;

/** Where each step may start from: a returned proposal is a draft again; the org admin may publish a draft of its own. */
const FROM_STATES: Record<'proposed' | 'published' | 'returned' | 'withdrawn', CaseState[]> = {
  proposed: ['draft'],
  published: ['draft', 'proposed'],
  returned: ['proposed'],
  withdrawn: ['published'],
};

const isAdmin = (user: AuthUser) => hasRole(user, 'org_admin', 'unit_admin');

/** SQL: case `c` is visible: published to everyone; any state to the admins over its unit (its author's and the publishing org admins). */
export function visibleCaseSql(user: AuthUser, p: Param, c = 'c'): string {
  if (!isAdmin(user)) return `${c}.state = 'published'`;
  return `(${c}.state = 'published' OR ${c}.unit_path LIKE ${p(scopePrefix(user))})`;
}

/** A case's plain text as the sanitised HTML of an article lesson: its summary, then one paragraph per line. */
export function caseArticleHtml(summary: string, body: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${esc(l)}</p>`);
  return `<blockquote><p>${esc(summary)}</p></blockquote>${paragraphs.join('')}`;
}

/**
 * The case library (典型案例库): admins over a unit draft its cases (from a supervision finding they may see, or by hand),
 * a unit admin proposes them, the org admin of the scope publishes or returns them and withdraws them with a reason.
 * Cadres browse the published ones; a published case becomes an article lesson of a course or the material of a study
 * record. Each step is one conditional UPDATE: a step from the wrong state is a 409.
 */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly courses: CoursesService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: CaseQueryDto): Promise<CasePageDto> {
    const { list, p } = params();
    const where = [visibleCaseSql(user, p), `c.state = ${p(query.state ?? 'published')}`];
    if (query.kind) where.push(`c.kind = ${p(query.kind)}`);
    if (query.field) where.push(`c.field = ${p(query.field)}`);
    if (query.unitId) where.push(`c.unit_path LIKE (SELECT path FROM org_units WHERE id = ${p(query.unitId)}) || '%'`);
    if (query.publishedFrom) where.push(`(c.published_at AT TIME ZONE 'Asia/Shanghai')::date >= ${p(query.publishedFrom)}::date`);
    if (query.publishedTo) where.push(`(c.published_at AT TIME ZONE 'Asia/Shanghai')::date <= ${p(query.publishedTo)}::date`);
    if (query.studyRecordId) where.push(`EXISTS (SELECT 1 FROM study_record_cases sc WHERE sc.case_id = c.id AND sc.record_id = ${p(query.studyRecordId)})`);
    if (query.q) {
      const like = p(`%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      where.push(`(c.title ILIKE ${like} OR c.summary ILIKE ${like} OR c.body ILIKE ${like})`);
    }
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM cases c ${clause}`, list)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT ${COLUMNS} ${FROM} ${clause} ORDER BY c.published_at DESC NULLS LAST, c.updated_at DESC, c.id LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      list,
    )) as Row[];
    return pageOf(rows.map(toSummary), total, query);
  }

  /** One case; a cadre opening a published case is counted once as a reader. */
  async get(user: AuthUser, id: string): Promise<CaseDto> {
    const probe = await this.visibleRow(this.db.manager, user, id);
    if (probe.state === 'published') {
      await this.db.query('INSERT INTO case_reads (case_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, user.id]);
    }
    const row = await this.visibleRow(this.db.manager, user, id);
    return this.toDto(user, row);
  }

  async create(user: AuthUser, dto: CreateCaseDto, origin: RequestOrigin): Promise<CaseDto> {
    const id = await this.db.transaction(async (tx) => {
      const problems: FieldProblem[] = [];
      let findingUnitId: string | null = null;
      if (dto.sourceKind === 'finding') {
        if (!dto.sourceFindingId) problems.push({ field: 'sourceFindingId', message: 'a case from a finding names the finding' });
        else {
          const { list, p } = params([dto.sourceFindingId]);
          const [finding] = (await tx.query(
            `SELECT f.unit_id FROM inspection_findings f JOIN inspections i ON i.id = f.inspection_id WHERE f.id = $1 AND ${visibleFindingSql(user, p)}`,
            list,
          )) as { unit_id: string }[];
          if (!finding) problems.push({ field: 'sourceFindingId', message: 'not a finding you may see' });
          else findingUnitId = finding.unit_id;
        }
      } else if (dto.sourceFindingId) problems.push({ field: 'sourceFindingId', message: 'only a case from a finding names one' });
      if (dto.sourceKind === 'notice') {
        if (!dto.sourceNoticeId) problems.push({ field: 'sourceNoticeId', message: 'a case from a public notice names the notice' });
        else {
          const { list, p } = params([dto.sourceNoticeId]);
          const [notice] = (await tx.query(`SELECT n.id FROM supervision_notices n WHERE n.id = $1 AND n.status = 'published' AND ${visibleNoticeSql(user, p)}`, list)) as unknown[];
          if (!notice) problems.push({ field: 'sourceNoticeId', message: 'not a published notice you may read' });
        }
      } else if (dto.sourceNoticeId) problems.push({ field: 'sourceNoticeId', message: 'only a case from a public notice names one' });
      const unit = await this.unitInScope(tx, user, dto.unitId ?? findingUnitId ?? user.scopeUnitId ?? '', problems);
      if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CaseError.OutOfScope, 'The case does not fit your scope', problems);
      await this.checkFiles(tx, user, dto.attachmentFileIds ?? []);
      const saved = await tx.getRepository(Case).save({
        kind: dto.kind,
        title: dto.title,
        summary: dto.summary,
        body: dto.body,
        field: dto.field,
        sourceKind: dto.sourceKind,
        sourceFindingId: dto.sourceFindingId ?? null,
        sourceNoticeId: dto.sourceNoticeId ?? null,
        unitId: unit!.id,
        unitPath: unit!.path,
        attachmentFileIds: dto.attachmentFileIds ?? [],
        state: 'draft',
        createdById: user.id,
      });
      await this.audit.record(
        { action: 'case.created', actor: user, target: { type: 'case', id: saved.id }, unitPath: unit!.path, origin, details: { kind: dto.kind, title: dto.title, sourceKind: dto.sourceKind } },
        tx,
      );
      return saved.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateCaseDto, origin: RequestOrigin): Promise<CaseDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.adminRow(tx, user, id);
      if (row.state !== 'draft') throw new AppException(HttpStatus.CONFLICT, CaseError.InvalidState, `A ${String(row.state)} case cannot be changed`);
      const set: Partial<Case> = {};
      if (dto.unitId !== undefined) {
        const problems: FieldProblem[] = [];
        const unit = await this.unitInScope(tx, user, dto.unitId, problems);
        if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CaseError.OutOfScope, 'The case does not fit your scope', problems);
        set.unitId = unit!.id;
        set.unitPath = unit!.path;
      }
      if (dto.attachmentFileIds) {
        const current = row.attachment_file_ids as string[];
        await this.checkFiles(tx, user, dto.attachmentFileIds.filter((f) => !current.includes(f)));
        set.attachmentFileIds = dto.attachmentFileIds;
      }
      for (const key of ['kind', 'title', 'summary', 'body', 'field'] as const) if (dto[key] !== undefined) (set as Record<string, unknown>)[key] = dto[key];
      const fields = Object.keys(set).filter((k) => k !== 'unitPath');
      if (fields.length === 0) return;
      const [done] = (await tx.query(`UPDATE cases SET updated_at = now() WHERE id = $1 AND state = 'draft' RETURNING id`, [id])) as [unknown[], number];
      if (done.length === 0) throw new AppException(HttpStatus.CONFLICT, CaseError.InvalidState, 'The case is no longer a draft');
      await tx.getRepository(Case).update({ id }, set);
      await this.audit.record({ action: 'case.updated', actor: user, target: { type: 'case', id }, unitPath: set.unitPath ?? (row.unit_path as string), origin, details: { fields } }, tx);
    });
    return this.get(user, id);
  }

  /** The admins over the case's unit ask the org admin to publish it. */
  async propose(user: AuthUser, id: string, origin: RequestOrigin): Promise<CaseDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.adminRow(tx, user, id);
      await this.step(tx, user, row, 'proposed', { proposed_at: new Date(), return_reason: null }, origin);
    });
    return this.get(user, id);
  }

  async publish(user: AuthUser, id: string, origin: RequestOrigin): Promise<CaseDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.adminRow(tx, user, id);
      await this.step(tx, user, row, 'published', { published_at: new Date(), published_by_id: user.id, return_reason: null }, origin);
    });
    return this.get(user, id);
  }

  async sendBack(user: AuthUser, id: string, reason: string, origin: RequestOrigin): Promise<CaseDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.adminRow(tx, user, id);
      await this.step(tx, user, row, 'returned', { return_reason: reason }, origin, reason);
    });
    return this.get(user, id);
  }

  async withdraw(user: AuthUser, id: string, reason: string, origin: RequestOrigin): Promise<CaseDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.adminRow(tx, user, id);
      await this.step(tx, user, row, 'withdrawn', { withdrawn_at: new Date(), withdraw_reason: reason }, origin, reason);
    });
    return this.get(user, id);
  }

  /** The published case becomes the last lesson of a course the caller manages: an article with the case's text (警示教育). */
  async attachToCourse(user: AuthUser, id: string, courseId: string, origin: RequestOrigin): Promise<CaseDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.visibleRow(tx, user, id);
      if (row.state !== 'published') throw new AppException(HttpStatus.CONFLICT, CaseError.NotPublished, 'Only a published case becomes a lesson');
      const { path } = await this.courses.lockManaged(tx, user, courseId);
      const [already] = (await tx.query('SELECT 1 FROM lessons WHERE course_id = $1 AND case_id = $2', [courseId, id])) as unknown[];
      if (already) throw new AppException(HttpStatus.CONFLICT, CaseError.AlreadyAttached, 'The course already has this case as a lesson');
      const kindLabel = row.kind === 'warning' ? '警示教育' : CASE_KIND_LABELS.good_practice;
      const lessonId = await this.courses.insertLesson(
        tx,
        user,
        courseId,
        { title: `${kindLabel}：${String(row.title)}`.slice(0, 200), type: 'article', body: caseArticleHtml(row.summary as string, row.body as string) },
        id,
        origin,
      );
      await this.audit.record({ action: 'case.attached_to_course', actor: user, target: { type: 'case', id }, unitPath: path, origin, details: { courseId, lessonId } }, tx);
    });
    return this.get(user, id);
  }

  /** The published case is the material of a draft study record of a unit in the caller's scope. */
  async attachToStudy(user: AuthUser, id: string, recordId: string, origin: RequestOrigin): Promise<CaseDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.visibleRow(tx, user, id);
      if (row.state !== 'published') throw new AppException(HttpStatus.CONFLICT, CaseError.NotPublished, 'Only a published case is study material');
      const [record] = (await tx.query('SELECT id, unit_path, status FROM study_records WHERE id = $1 FOR UPDATE', [recordId])) as { unit_path: string; status: string }[];
      if (!record || !isPathInScope(record.unit_path, user)) throw notFound('Study record');
      if (record.status !== 'draft') throw new AppException(HttpStatus.CONFLICT, StudyError.NotEditable, 'A submitted record is final');
      const inserted = (await tx.query(
        'INSERT INTO study_record_cases (record_id, case_id, attached_by_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING case_id',
        [recordId, id, user.id],
      )) as unknown[];
      if (inserted.length === 0) throw new AppException(HttpStatus.CONFLICT, CaseError.AlreadyAttached, 'The record already has this case as material');
      await this.audit.record({ action: 'case.attached_to_study', actor: user, target: { type: 'case', id }, unitPath: record.unit_path, origin, details: { recordId } }, tx);
    });
    return this.get(user, id);
  }

  /** Cases published in the period about the unit or below it (still published), by kind: the progress report's figure. */
  async addedFigures(unitPath: string, from: string, to: string): Promise<{ goodPractice: number; warning: number }> {
    const [row] = (await this.db.query(
      `SELECT count(*) FILTER (WHERE kind = 'good_practice')::int AS good, count(*) FILTER (WHERE kind = 'warning')::int AS warning
         FROM cases WHERE state = 'published' AND unit_path LIKE $1
          AND (published_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $2::date AND $3::date`,
      [`${unitPath}%`, from, to],
    )) as [{ good: number; warning: number }];
    return { goodPractice: row.good, warning: row.warning };
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  private async step(
    tx: EntityManager,
    user: AuthUser,
    row: Row,
    to: 'proposed' | 'published' | 'returned' | 'withdrawn',
    set: Record<string, unknown>,
    origin: RequestOrigin,
    reason?: string,
  ): Promise<void> {
    if (to !== 'proposed' && !hasRole(user, 'org_admin')) throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the org admin publishes, returns or withdraws a case');
    const state = to === 'returned' ? 'draft' : to;
    const values: unknown[] = [row.id, state, FROM_STATES[to]];
    const assignments = Object.entries(set).map(([col, v]) => {
      values.push(v);
      return `${col} = $${values.length}`;
    });
    const [done] = (await tx.query(
      `UPDATE cases SET state = $2, updated_at = now(), ${assignments.join(', ')} WHERE id = $1 AND state = ANY($3::text[]) RETURNING id`,
      values,
    )) as [unknown[], number];
    if (done.length === 0) throw new AppException(HttpStatus.CONFLICT, CaseError.InvalidState, `A ${String(row.state)} case cannot be ${to}`);
    await this.audit.record(
      { action: `case.${to}` as AuditAction, actor: user, target: { type: 'case', id: row.id as string }, unitPath: row.unit_path as string, origin, details: { from: row.state, ...(reason ? { reason } : {}) } },
      tx,
    );
  }

  private async visibleRow(manager: EntityManager, user: AuthUser, id: string): Promise<Row> {
    const { list, p } = params([id]);
    const [row] = (await manager.query(`SELECT ${COLUMNS} ${FROM} WHERE c.id = $1 AND ${visibleCaseSql(user, p)}`, list)) as Row[];
    if (!row) throw notFound('Case');
    return row;
  }

  /** The case for an admin over its unit (any state); 404 outside the scope, even when published. */
  private async adminRow(tx: EntityManager, user: AuthUser, id: string): Promise<Row> {
    const [row] = (await tx.query(`SELECT ${COLUMNS} ${FROM} WHERE c.id = $1 FOR UPDATE OF c`, [id])) as Row[];
    if (!row || !isAdmin(user) || !isPathInScope(row.unit_path as string, user)) throw notFound('Case');
    return row;
  }

  private async unitInScope(tx: EntityManager, user: AuthUser, unitId: string, problems: FieldProblem[]): Promise<{ id: string; path: string } | undefined> {
    const [unit] = (await tx.query('SELECT id, path FROM org_units WHERE id::text = $1 AND retired_at IS NULL', [unitId])) as { id: string; path: string }[];
    if (!unit || !isPathInScope(unit.path, user)) {
      problems.push({ field: 'unitId', message: 'not a unit in your scope' });
      return undefined;
    }
    return unit;
  }

  private async checkFiles(tx: EntityManager, user: AuthUser, ids: string[]): Promise<void> {
    for (const fileId of ids) await this.files.findOwn(user, fileId, ['case_attachment'], tx);
  }

  private async toDto(user: AuthUser, r: Row): Promise<CaseDto> {
    const id = r.id as string;
    const admin = isAdmin(user) && isPathInScope(r.unit_path as string, user);
    const org = admin && hasRole(user, 'org_admin');
    const state = r.state as CaseState;
    let sourceFinding: CaseDto['sourceFinding'] = null;
    if (r.source_finding_id) {
      const { list, p } = params([r.source_finding_id]);
      const [f] = (await this.db.query(
        `SELECT f.id, i.title AS inspection_title, f.description FROM inspection_findings f JOIN inspections i ON i.id = f.inspection_id WHERE f.id = $1 AND ${visibleFindingSql(user, p)}`,
        list,
      )) as Row[];
      if (f) sourceFinding = { id: f.id as string, inspectionTitle: f.inspection_title as string, description: f.description as string };
    }
    let sourceNotice: CaseDto['sourceNotice'] = null;
    if (r.source_notice_id) {
      const { list, p } = params([r.source_notice_id]);
      const [n] = (await this.db.query(`SELECT n.id, n.title, n.published_at FROM supervision_notices n WHERE n.id = $1 AND ${visibleNoticeSql(user, p)}`, list)) as Row[];
      if (n) sourceNotice = { id: n.id as string, title: n.title as string, publishedAt: new Date(n.published_at as string).toISOString() };
    }
    const { list: cl, p: cp } = params([id]);
    const courseVisible = hasRole(user, 'org_admin') ? `(co.status <> 'draft' OR ou.path LIKE ${cp(scopePrefix(user))})` : `co.status <> 'draft'`;
    const courses = (await this.db.query(
      `SELECT co.id AS course_id, co.title AS course_title, l.id AS lesson_id FROM lessons l JOIN courses co ON co.id = l.course_id JOIN org_units ou ON ou.id = co.owner_unit_id
        WHERE l.case_id = $1 AND ${courseVisible} ORDER BY co.title, co.id`,
      cl,
    )) as Row[];
    const { list: sl, p: sp } = params([id]);
    const recordVisible = [`EXISTS (SELECT 1 FROM study_record_people pp WHERE pp.record_id = s.id AND pp.user_id = ${sp(user.id)})`];
    if (isAdmin(user)) recordVisible.push(`s.unit_path LIKE ${sp(scopePrefix(user))}`);
    const studies = (await this.db.query(
      `SELECT s.id, s.title, su.name AS unit_name, s.held_on::text AS held_on, (${recordVisible.join(' OR ')}) AS visible
         FROM study_record_cases sc JOIN study_records s ON s.id = sc.record_id JOIN org_units su ON su.id = s.unit_id
        WHERE sc.case_id = $1 ORDER BY s.held_on DESC, s.id`,
      sl,
    )) as Row[];
    const attachments = await this.fileDtos(user, r.attachment_file_ids as string[]);
    return {
      ...toSummary(r),
      body: r.body as string,
      sourceKind: r.source_kind as CaseDto['sourceKind'],
      sourceFinding,
      sourceNotice,
      attachments,
      returnReason: (r.return_reason as string | null) ?? null,
      withdrawReason: (r.withdraw_reason as string | null) ?? null,
      withdrawnAt: iso(r.withdrawn_at),
      createdBy: { id: r.created_by_id as string, name: r.created_by_name as string },
      uses: {
        courses: courses.map((c) => ({ courseId: c.course_id as string, courseTitle: c.course_title as string, lessonId: c.lesson_id as string })),
        studyRecords: studies
          .filter((s) => s.visible)
          .map((s) => ({ recordId: s.id as string, title: s.title as string, unitName: s.unit_name as string, heldOn: s.held_on as string })),
        studyRecordCount: studies.length,
      },
      can: {
        edit: admin && state === 'draft',
        propose: admin && FROM_STATES.proposed.includes(state),
        publish: org && FROM_STATES.published.includes(state),
        return: org && FROM_STATES.returned.includes(state),
        withdraw: org && FROM_STATES.withdrawn.includes(state),
        attach: isAdmin(user) && state === 'published',
      },
    };
  }

  private async fileDtos(user: AuthUser, ids: string[]): Promise<StoredFileDto[]> {
    if (ids.length === 0) return [];
    const rows = (await this.db.query('SELECT * FROM stored_files WHERE id = ANY($1)', [ids])) as Row[];
    const byId = new Map(
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
    return ids.map((fid) => byId.get(fid)).filter((f): f is StoredFileDto => !!f);
  }
}

function toSummary(r: Row): CaseSummaryDto {
  return {
    id: r.id as string,
    kind: r.kind as CaseSummaryDto['kind'],
    title: r.title as string,
    summary: r.summary as string,
    field: r.field as CaseSummaryDto['field'],
    state: r.state as CaseState,
    unit: { id: r.unit_id as string, name: r.unit_name as string },
    publishedAt: iso(r.published_at),
    readCount: r.read_count as number,
  };
}
