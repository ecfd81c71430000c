import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError, FINDING_CATEGORY_LABELS, SupervisionError, type FindingCategory, type NoticeStatus } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { chineseDate } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import { maskName } from '../certificates/certificate-code';
import type { RefDto } from './dto/supervision.dto';
import type { CreateNoticeDto, NoticeDto, NoticePageDto, NoticeQueryDto, NoticeSummaryDto, UpdateNoticeDto } from './dto/notices.dto';
import { params, inspectSql, type Param } from './supervision-access';
import { SupervisionNotice, type NoticeGoodPractice, type NoticeSection } from './supervision.entity';

type Row = Record<string, unknown>;

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());
const NUMERALS = ['一', '二', '三', '四'];
/** Timestamps within [from, to], whole days in Asia/Shanghai. */
const dayStart = (p: string) => `(${p}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`;
const dayAfter = (p: string) => `((${p}::date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`;

/** The org admins over a notice's scope compose, publish and correct it. */
export function canManageNotice(user: AuthUser, n: { scope_unit_path: string }): boolean {
  return hasRole(user, 'org_admin') && isPathInScope(n.scope_unit_path, user);
}

/**
 * SQL: notice `n` is visible. A published notice: to every cadre whose unit lies in its scope, and to the admins over that
 * scope; a draft: to the org admins who may publish it.
 */
export function visibleNoticeSql(user: AuthUser, p: Param, n = 'n'): string {
  const parts = [`(${n}.status = 'published' AND ${p(user.unitPath)}::text LIKE ${n}.scope_unit_path || '%')`];
  if (hasRole(user, 'org_admin')) parts.push(`${n}.scope_unit_path LIKE ${p(scopePrefix(user))}`);
  else if (hasRole(user, 'unit_admin')) parts.push(`(${n}.status = 'published' AND ${n}.scope_unit_path LIKE ${p(scopePrefix(user))})`);
  return `(${parts.join(' OR ')})`;
}

const SUMMARY_COLUMNS = `n.id, n.title, n.status, n.scope_unit_id, su.name AS scope_unit_name, n.scope_unit_path, n.finding_ids, n.good_practices,
  n.published_at, n.corrects_id, cn.title AS corrects_title,
  (SELECT json_build_object('id', c.id, 'name', c.title) FROM supervision_notices c
    WHERE c.corrects_id = n.id AND c.status = 'published' ORDER BY c.published_at DESC LIMIT 1) AS corrected_by`;
const SUMMARY_FROM = `FROM supervision_notices n JOIN org_units su ON su.id = n.scope_unit_id LEFT JOIN supervision_notices cn ON cn.id = n.corrects_id`;

/** What a notice's text is made of. */
export interface NoticeContent {
  intro: string;
  findingIds: string[];
  goodPractices: NoticeGoodPractice[];
  nameCadres: boolean;
}

const noticeContent = (row: Row): NoticeContent => ({
  intro: row.intro as string,
  findingIds: row.finding_ids as string[],
  goodPractices: row.good_practices as NoticeGoodPractice[],
  nameCadres: row.name_cadres as boolean,
});

/**
 * A notice's text from its findings and good practice as they are now: the opening, 存在的问题 (each finding with its unit,
 * the cadre masked unless named, category, checklist item and rectification), 好经验好做法, and the closing charge.
 */
export async function renderNotice(manager: EntityManager, content: NoticeContent): Promise<NoticeSection[]> {
  const { findingIds, goodPractices } = content;
  const findings = findingIds.length
    ? ((await manager.query(
        `SELECT f.id, fu.name AS unit_name, fc.name AS cadre_name, f.category, f.checklist_item, f.description, r.status AS r_status, r.deadline::text AS r_deadline
           FROM inspection_findings f JOIN org_units fu ON fu.id = f.unit_id LEFT JOIN users fc ON fc.id = f.cadre_id
           LEFT JOIN rectifications r ON r.finding_id = f.id
          WHERE f.id = ANY($1::uuid[])`,
        [findingIds],
      )) as Row[])
    : [];
  const byId = new Map(findings.map((f) => [f.id as string, f]));
  const unitIds = goodPractices.map((g) => g.unitId).filter((u): u is string => !!u);
  const units = new Map(unitIds.length ? ((await manager.query('SELECT id, name FROM org_units WHERE id = ANY($1::uuid[])', [unitIds])) as RefDto[]).map((u) => [u.id, u.name]) : []);
  const sentence = (text: string) => text.trim().replace(/[。；;,.，\s]+$/u, '');

  const sections: NoticeSection[] = [];
  const intro = content.intro.trim();
  if (intro) sections.push({ heading: null, paragraphs: [intro] });
  const numbered: NoticeSection[] = [];
  const problems = findingIds.map((id) => byId.get(id)).filter((f): f is Row => !!f);
  if (problems.length) {
    numbered.push({
      heading: '存在的问题',
      paragraphs: problems.map((f, i) => {
        const cadre = f.cadre_name ? `（涉及干部：${content.nameCadres ? (f.cadre_name as string) : maskName(f.cadre_name as string)}）` : '';
        const rect =
          f.r_status === 'closed' ? '目前已整改销号。' : f.r_status ? `已责令限期于${chineseDate(f.r_deadline as string)}前整改到位。` : '';
        return `${i + 1}. ${f.unit_name as string}${cadre}：${sentence(f.description as string)}。问题类别：${FINDING_CATEGORY_LABELS[f.category as FindingCategory]}；检查项目：${f.checklist_item as string}。${rect}`;
      }),
    });
  }
  if (goodPractices.length) {
    numbered.push({
      heading: '好经验好做法',
      paragraphs: goodPractices.map((g, i) => `${i + 1}. ${g.unitId && units.has(g.unitId) ? `${units.get(g.unitId)!}：` : ''}${sentence(g.text)}。`),
    });
  }
  const charge = [
    problems.length ? '各单位要以案为鉴、举一反三，对照检查本单位存在的类似问题，立行立改；被通报单位要按期完成整改并报送整改情况。' : '',
    goodPractices.length ? '各单位要认真学习借鉴上述好经验、好做法，结合实际抓好落实。' : '',
  ].join('');
  if (charge) numbered.push({ heading: '工作要求', paragraphs: [charge] });
  numbered.forEach((s, i) => sections.push({ heading: `${NUMERALS[i]!}、${s.heading!}`, paragraphs: s.paragraphs }));
  return sections;
}

/**
 * Public notices (公开通报): an org admin composes one from findings of the inspections they organise or are on the team of,
 * and from good practice typed in, and publishes it to a unit's subtree. Cadres' names are masked unless the organiser
 * chooses to name them. Publishing freezes the text, tells every cadre of the scope, and publishes the findings' inspections
 * (a 明察暗访 becomes known to the inspected units with it). A published notice never changes; a correction is a new one.
 */
@Injectable()
export class NoticesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: NoticeQueryDto): Promise<NoticePageDto> {
    const { list, p } = params();
    const where = [visibleNoticeSql(user, p)];
    if (query.status) where.push(`n.status = ${p(query.status)}`);
    if (query.from) where.push(`n.published_at >= ${dayStart(p(query.from))}`);
    if (query.to) where.push(`n.published_at < ${dayAfter(p(query.to))}`);
    if (query.unitId) where.push(`n.scope_unit_path LIKE (SELECT path FROM org_units WHERE id = ${p(query.unitId)}) || '%'`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM supervision_notices n ${clause}`, list)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} ${clause}
        ORDER BY (n.status = 'published'), n.published_at DESC NULLS FIRST, n.created_at DESC, n.id
        LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      list,
    )) as Row[];
    return pageOf(rows.map(toSummary), total, query);
  }

  async get(user: AuthUser, id: string): Promise<NoticeDto> {
    const row = await this.visibleRow(this.db.manager, user, id);
    const [creator] = (await this.db.query('SELECT id, name FROM users WHERE id = $1', [row.created_by_id])) as RefDto[];
    const sections = (row.sections as NoticeSection[] | null) ?? (await renderNotice(this.db.manager, noticeContent(row)));
    return {
      ...toSummary(row),
      intro: row.intro as string,
      nameCadres: row.name_cadres as boolean,
      findingIds: row.finding_ids as string[],
      goodPractices: row.good_practices as NoticeGoodPractice[],
      sections,
      createdBy: creator!,
      can: { manage: canManageNotice(user, { scope_unit_path: row.scope_unit_path as string }) },
    };
  }

  async create(user: AuthUser, dto: CreateNoticeDto, origin: RequestOrigin): Promise<NoticeDto> {
    const id = await this.db.transaction(async (tx) => {
      const scope = await this.scopeUnit(tx, user, dto.scopeUnitId);
      if (dto.correctsId) {
        const old = await this.visibleRow(tx, user, dto.correctsId).catch(() => {
          throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Notice not found', [{ field: 'correctsId', message: 'no such notice in your scope' }]);
        });
        if (!canManageNotice(user, { scope_unit_path: old.scope_unit_path as string })) throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the org admins over its scope correct a notice');
        if (old.status !== 'published') {
          throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, SupervisionError.NoticeNotPublished, 'Only a published notice can be corrected', [{ field: 'correctsId', message: 'a draft: edit it instead' }]);
        }
      }
      await this.checkContent(tx, user, dto.findingIds ?? [], dto.goodPractices ?? []);
      const saved = await tx.getRepository(SupervisionNotice).save({
        title: dto.title,
        intro: dto.intro ?? '',
        findingIds: dto.findingIds ?? [],
        goodPractices: (dto.goodPractices ?? []).map((g) => ({ unitId: g.unitId ?? null, text: g.text })),
        nameCadres: dto.nameCadres ?? false,
        scopeUnitId: scope.id,
        scopeUnitPath: scope.path,
        correctsId: dto.correctsId ?? null,
        createdById: user.id,
      });
      await this.audit.record(
        {
          action: 'supervision_notice.created',
          actor: user,
          target: { type: 'supervision_notice', id: saved.id },
          unitPath: scope.path,
          origin,
          details: { title: dto.title, scopeUnitId: scope.id, findingIds: saved.findingIds, goodPractices: saved.goodPractices.length, nameCadres: saved.nameCadres, ...(dto.correctsId ? { correctsId: dto.correctsId } : {}) },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateNoticeDto, origin: RequestOrigin): Promise<NoticeDto> {
    await this.db.transaction(async (tx) => {
      const notice = await this.lockManaged(tx, user, id);
      if (notice.status !== 'draft') throw published();
      const scope = dto.scopeUnitId ? await this.scopeUnit(tx, user, dto.scopeUnitId) : null;
      await this.checkContent(tx, user, dto.findingIds ?? notice.findingIds, dto.goodPractices ?? notice.goodPractices);
      const changes: Partial<SupervisionNotice> = {
        ...(dto.title !== undefined ? { title: dto.title } : {}),
        ...(dto.intro !== undefined ? { intro: dto.intro } : {}),
        ...(dto.findingIds !== undefined ? { findingIds: dto.findingIds } : {}),
        ...(dto.goodPractices !== undefined ? { goodPractices: dto.goodPractices.map((g) => ({ unitId: g.unitId ?? null, text: g.text })) } : {}),
        ...(dto.nameCadres !== undefined ? { nameCadres: dto.nameCadres } : {}),
        ...(scope ? { scopeUnitId: scope.id, scopeUnitPath: scope.path } : {}),
      };
      const before: Record<string, unknown> = {};
      for (const key of Object.keys(changes)) before[key] = notice[key as keyof SupervisionNotice];
      await tx.getRepository(SupervisionNotice).update({ id }, changes);
      await this.audit.record(
        { action: 'supervision_notice.updated', actor: user, target: { type: 'supervision_notice', id }, unitPath: scope?.path ?? notice.scopeUnitPath, origin, details: { before, after: changes } },
        tx,
      );
    });
    return this.get(user, id);
  }

  /**
   * Publishes a draft: freezes its text, publishes the inspections of its findings (each audited as inspection.published),
   * and notifies every active cadre of the scope. All or nothing.
   */
  async publish(user: AuthUser, id: string, origin: RequestOrigin): Promise<NoticeDto> {
    await this.db.transaction(async (tx) => {
      const notice = await this.lockManaged(tx, user, id);
      if (notice.status !== 'draft') throw published();
      if (notice.findingIds.length === 0 && notice.goodPractices.length === 0) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, SupervisionError.NoticeEmpty, 'A notice needs a finding or a good-practice item', [{ field: 'findingIds', message: 'empty' }]);
      }
      await this.checkContent(tx, user, notice.findingIds, notice.goodPractices);
      const [row] = (await tx.query(`SELECT ${SUMMARY_COLUMNS}, n.intro, n.name_cadres, n.sections, n.created_by_id ${SUMMARY_FROM} WHERE n.id = $1`, [id])) as Row[];
      const sections = await renderNotice(tx, noticeContent(row!));
      const now = new Date();
      await tx.getRepository(SupervisionNotice).update({ id }, { status: 'published', sections, publishedAt: now, publishedById: user.id });

      // Publishing a notice of findings publishes them: their inspections (a 明察暗访 included) become known to the inspected.
      const opened = (await tx.query(
        `UPDATE inspections SET published_at = $2 WHERE published_at IS NULL AND id IN (SELECT inspection_id FROM inspection_findings WHERE id = ANY($1::uuid[]))
         RETURNING id, organiser_unit_path`,
        [notice.findingIds, now],
      )) as [{ id: string; organiser_unit_path: string }[], number];
      for (const inspection of opened[0]) {
        await this.audit.record(
          { action: 'inspection.published', actor: user, target: { type: 'inspection', id: inspection.id }, unitPath: inspection.organiser_unit_path, origin, details: { noticeId: id } },
          tx,
        );
      }

      const [{ recipients }] = (await tx.query(
        `WITH sent AS (
           INSERT INTO notifications (user_id, kind, title, body, link)
           SELECT u.id, 'notice_published', $2, $3, $4 FROM users u JOIN org_units ou ON ou.id = u.unit_id
            WHERE ou.path LIKE $1 AND u.status = 'active' RETURNING 1)
         SELECT count(*)::int AS recipients FROM sent`,
        [`${notice.scopeUnitPath}%`, `公开通报：${notice.title}`.slice(0, 200), `${notice.correctsId ? '更正通报' : '通报'}“${notice.title}”已发布，请认真阅读，引以为戒、见贤思齐。`, `/supervision/notices/${id}`],
      )) as [{ recipients: number }];
      await this.audit.record(
        {
          action: 'supervision_notice.published',
          actor: user,
          target: { type: 'supervision_notice', id },
          unitPath: notice.scopeUnitPath,
          origin,
          details: {
            title: notice.title,
            scopeUnitId: notice.scopeUnitId,
            findingIds: notice.findingIds,
            nameCadres: notice.nameCadres,
            recipients,
            ...(opened[0].length ? { inspectionsPublished: opened[0].map((i) => i.id) } : {}),
            ...(notice.correctsId ? { correctsId: notice.correctsId } : {}),
          },
        },
        tx,
      );
    });
    return this.get(user, id);
  }

  /** A download leaves the platform, so it is an event of the audit trail, as the progress report's is. */
  async recordDownload(user: AuthUser, notice: NoticeDto, origin: RequestOrigin): Promise<void> {
    const [unit] = (await this.db.query('SELECT path FROM org_units WHERE id = $1', [notice.scopeUnit.id])) as { path: string }[];
    await this.audit.record({
      action: 'supervision_notice.downloaded',
      actor: user,
      target: { type: 'supervision_notice', id: notice.id },
      unitPath: unit?.path ?? user.unitPath,
      origin,
      details: { title: notice.title, status: notice.status, format: 'docx' },
    });
  }

  // ---- helpers -----------------------------------------------------------------------------------------------------

  /** The findings are the caller's as inspector or organiser; the good practice names units in the caller's scope. */
  private async checkContent(tx: EntityManager, user: AuthUser, findingIds: string[], goodPractices: { unitId?: string | null }[]): Promise<void> {
    const problems: FieldProblem[] = [];
    if (new Set(findingIds).size !== findingIds.length) problems.push({ field: 'findingIds', message: 'a finding is listed twice' });
    if (findingIds.length) {
      const { list, p } = params([findingIds]);
      const found = new Set(((await tx.query(`SELECT f.id FROM inspection_findings f JOIN inspections i ON i.id = f.inspection_id WHERE f.id = ANY($1::uuid[]) AND ${inspectSql(user, p)}`, list)) as { id: string }[]).map((r) => r.id));
      findingIds.forEach((id, i) => {
        if (!found.has(id)) problems.push({ field: `findingIds.${i}`, message: 'not a finding of an inspection you organise or are on the team of' });
      });
    }
    const unitIds = goodPractices.map((g) => g.unitId).filter((u): u is string => !!u);
    if (unitIds.length) {
      const found = new Set(((await tx.query('SELECT id FROM org_units WHERE id = ANY($1::uuid[]) AND path LIKE $2', [unitIds, scopePrefix(user)])) as { id: string }[]).map((r) => r.id));
      goodPractices.forEach((g, i) => {
        if (g.unitId && !found.has(g.unitId)) problems.push({ field: `goodPractices.${i}.unitId`, message: 'not a unit in your scope' });
      });
    }
    if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, SupervisionError.OutOfOrganiserScope, 'The notice names findings or units outside your reach', problems);
  }

  private async scopeUnit(tx: EntityManager, user: AuthUser, unitId: string): Promise<{ id: string; path: string }> {
    const [unit] = (await tx.query('SELECT id, path FROM org_units WHERE id = $1 AND retired_at IS NULL', [unitId])) as { id: string; path: string }[];
    if (!unit || !isPathInScope(unit.path, user)) {
      throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Unit not found', [{ field: 'scopeUnitId', message: 'no such unit in your scope' }]);
    }
    return unit;
  }

  private async visibleRow(manager: EntityManager, user: AuthUser, id: string): Promise<Row> {
    const { list, p } = params([id]);
    const [row] = (await manager.query(
      `SELECT ${SUMMARY_COLUMNS}, n.intro, n.name_cadres, n.sections, n.created_by_id ${SUMMARY_FROM} WHERE n.id = $1 AND ${visibleNoticeSql(user, p)}`,
      list,
    )) as Row[];
    if (!row) throw notFound('Notice');
    return row;
  }

  /** The notice locked for a change by an org admin over its scope; 404 when the caller may not see it, 403 when they only read it. */
  private async lockManaged(tx: EntityManager, user: AuthUser, id: string): Promise<SupervisionNotice> {
    const notice = await tx.getRepository(SupervisionNotice).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!notice) throw notFound('Notice');
    if (!canManageNotice(user, { scope_unit_path: notice.scopeUnitPath })) {
      await this.visibleRow(tx, user, id);
      throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the org admins over its scope change a notice');
    }
    return notice;
  }
}

function published(): AppException {
  return new AppException(HttpStatus.CONFLICT, SupervisionError.NoticePublished, 'A published notice cannot change; publish a correction instead');
}

function toSummary(r: Row): NoticeSummaryDto {
  return {
    id: r.id as string,
    title: r.title as string,
    status: r.status as NoticeStatus,
    scopeUnit: { id: r.scope_unit_id as string, name: r.scope_unit_name as string },
    findingCount: (r.finding_ids as string[]).length,
    goodPracticeCount: (r.good_practices as unknown[]).length,
    publishedAt: iso(r.published_at),
    corrects: r.corrects_id ? { id: r.corrects_id as string, name: r.corrects_title as string } : null,
    correctedBy: (r.corrected_by as RefDto | null) ?? null,
  };
}
