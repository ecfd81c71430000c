import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError, DEFAULT_INSPECTION_CHECKLIST, SupervisionError } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf } from '../../common/pagination/page';
import { isPathInScope } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import { drawFrom, newSeed } from './draw';
import type {
  CreateDrawDto,
  CreateInspectionDto,
  DrawDto,
  DrawListDto,
  InspectionDto,
  InspectionPageDto,
  InspectionQueryDto,
  InspectionSummaryDto,
  RefDto,
  UpdateInspectionDto,
} from './dto/supervision.dto';
import { Inspection, InspectionDraw } from './supervision.entity';
import { canInspect, canManage, params, visibleFindingSql, visibleInspectionSql, type Param } from './supervision-access';

type Row = Record<string, unknown>;

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

/** The summary columns of inspection `i`; the finding counts are those the caller may see. */
function summaryColumns(user: AuthUser, p: Param): string {
  const visible = visibleFindingSql(user, p, 'f', 'i');
  return `i.id, i.title, i.kind, i.period_from::text AS period_from, i.period_to::text AS period_to, i.organiser_unit_id,
    ou.name AS organiser_unit_name, i.organiser_unit_path, i.team_ids, i.target_unit_ids, i.target_cadre_ids, i.checklist,
    i.description, i.published_at,
    (SELECT count(*)::int FROM inspection_findings f WHERE f.inspection_id = i.id AND ${visible}) AS finding_count,
    (SELECT count(*)::int FROM inspection_findings f JOIN rectifications r ON r.finding_id = f.id
      WHERE f.inspection_id = i.id AND r.status <> 'closed' AND ${visible}) AS open_rectification_count`;
}

/**
 * Inspections (督导检查): the organising org admin sets them up, names the team and the targets and draws targets at
 * random by the published rule; the team records findings (FindingsService). Visibility: supervision-access.ts.
 */
@Injectable()
export class InspectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: InspectionQueryDto): Promise<InspectionPageDto> {
    const { list, p } = params();
    const where = [visibleInspectionSql(user, p)];
    if (query.mine) where.push(`${p(user.id)}::uuid = ANY(i.team_ids)`);
    if (query.kind) where.push(`i.kind = ${p(query.kind)}`);
    if (query.q) where.push(`i.title ILIKE ${p(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM inspections i ${clause}`, list)) as [{ total: number }];
    const columns = summaryColumns(user, p);
    const rows = (await this.db.query(
      `SELECT ${columns} FROM inspections i JOIN org_units ou ON ou.id = i.organiser_unit_id ${clause}
        ORDER BY i.period_from DESC, i.created_at DESC, i.id LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      list,
    )) as Row[];
    return pageOf(rows.map((r) => this.toSummary(user, r)), total, query);
  }

  async get(user: AuthUser, id: string): Promise<InspectionDto> {
    const row = await this.visibleRow(user, id);
    const names = async (sql: string, ids: string[]) => (ids.length ? ((await this.db.query(sql, [ids])) as RefDto[]) : []);
    const team = await names('SELECT id, name FROM users WHERE id = ANY($1) ORDER BY name', row.team_ids as string[]);
    const targetUnits = await names('SELECT id, name FROM org_units WHERE id = ANY($1) ORDER BY path', row.target_unit_ids as string[]);
    const targetCadres = await names('SELECT id, name FROM users WHERE id = ANY($1) ORDER BY name', row.target_cadre_ids as string[]);
    const [{ n }] = (await this.db.query('SELECT count(*)::int AS n FROM inspection_draws WHERE inspection_id = $1', [id])) as [{ n: number }];
    const access = { team_ids: row.team_ids as string[], organiser_unit_path: row.organiser_unit_path as string };
    return {
      ...this.toSummary(user, row),
      checklist: row.checklist as string[],
      description: row.description as string,
      team,
      targetUnits,
      targetCadres,
      drawCount: n,
      can: { manage: canManage(user, access), inspect: canInspect(user, access) },
    };
  }

  async create(user: AuthUser, dto: CreateInspectionDto, origin: RequestOrigin): Promise<InspectionDto> {
    checkPeriod(dto.periodFrom, dto.periodTo);
    const id = await this.db.transaction(async (tx) => {
      const organiserId = dto.organiserUnitId ?? user.scopeUnitId;
      const [organiser] = organiserId ? ((await tx.query('SELECT id, path FROM org_units WHERE id = $1 AND retired_at IS NULL', [organiserId])) as { id: string; path: string }[]) : [];
      if (!organiser || !isPathInScope(organiser.path, user)) {
        throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Unit not found', [{ field: 'organiserUnitId', message: 'no such unit in your scope' }]);
      }
      await this.checkMembers(tx, organiser.path, dto);
      const saved = await tx.getRepository(Inspection).save({
        title: dto.title,
        kind: dto.kind,
        periodFrom: dto.periodFrom,
        periodTo: dto.periodTo,
        organiserUnitId: organiser.id,
        organiserUnitPath: organiser.path,
        teamIds: dto.teamIds ?? [],
        targetUnitIds: dto.targetUnitIds ?? [],
        targetCadreIds: dto.targetCadreIds ?? [],
        checklist: dto.checklist ?? [...DEFAULT_INSPECTION_CHECKLIST],
        description: dto.description ?? '',
        createdById: user.id,
      });
      await notifyTeam(tx, saved.id, dto.title, saved.teamIds.filter((id) => id !== user.id));
      await this.audit.record(
        { action: 'inspection.created', actor: user, target: { type: 'inspection', id: saved.id }, unitPath: organiser.path, origin, details: { title: dto.title, kind: dto.kind, teamIds: saved.teamIds } },
        tx,
      );
      return saved.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateInspectionDto, origin: RequestOrigin): Promise<InspectionDto> {
    await this.db.transaction(async (tx) => {
      const inspection = await this.lockManaged(tx, user, id);
      checkPeriod(dto.periodFrom ?? inspection.periodFrom, dto.periodTo ?? inspection.periodTo);
      await this.checkMembers(tx, inspection.organiserUnitPath, dto);
      const before: Record<string, unknown> = {};
      for (const key of Object.keys(dto)) before[key] = inspection[key as keyof Inspection];
      await tx.getRepository(Inspection).update({ id }, dto);
      if (dto.teamIds) await notifyTeam(tx, id, dto.title ?? inspection.title, dto.teamIds.filter((m) => m !== user.id && !inspection.teamIds.includes(m)));
      await this.audit.record(
        { action: 'inspection.updated', actor: user, target: { type: 'inspection', id }, unitPath: inspection.organiserUnitPath, origin, details: { before, after: dto } },
        tx,
      );
    });
    return this.get(user, id);
  }

  /** Publishes the findings: the inspected units' admins see them (a 明察暗访 becomes visible to them only now). */
  async publish(user: AuthUser, id: string, origin: RequestOrigin): Promise<InspectionDto> {
    await this.db.transaction(async (tx) => {
      const inspection = await this.lockManaged(tx, user, id);
      // TypeORM answers an UPDATE … RETURNING with [rows, affected].
      const [done] = (await tx.query('UPDATE inspections SET published_at = now() WHERE id = $1 AND published_at IS NULL RETURNING id', [id])) as [unknown[], number];
      if (done.length === 0) throw new AppException(HttpStatus.CONFLICT, SupervisionError.AlreadyPublished, 'The findings are already published');
      await this.audit.record({ action: 'inspection.published', actor: user, target: { type: 'inspection', id }, unitPath: inspection.organiserUnitPath, origin }, tx);
    });
    return this.get(user, id);
  }

  // ---- draws -------------------------------------------------------------------------------------------------------

  /**
   * Draws units and cadres at random under a unit of the organiser's scope by the published rule (draw.ts), records the
   * seed, the candidates and the result, and adds the result to the targets. A redraw (the inspection has a draw) needs a
   * reason: it replaces the previous draw's result among the targets, and is audited with the reason.
   */
  async draw(user: AuthUser, id: string, dto: CreateDrawDto, origin: RequestOrigin): Promise<DrawDto> {
    const drawId = await this.db.transaction(async (tx) => {
      const inspection = await this.lockManaged(tx, user, id);
      const previous = await tx.getRepository(InspectionDraw).findOne({ where: { inspectionId: id }, order: { drawnAt: 'DESC' } });
      if (previous && !dto.reason) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, SupervisionError.RedrawReasonRequired, 'Drawing again needs a reason', [{ field: 'reason', message: 'required for a redraw' }]);
      }
      const [scope] = (await tx.query('SELECT id, path FROM org_units WHERE id = $1 AND retired_at IS NULL', [dto.scopeUnitId])) as { id: string; path: string }[];
      if (!scope || !scope.path.startsWith(inspection.organiserUnitPath) || !isPathInScope(scope.path, user)) {
        throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Unit not found', [{ field: 'scopeUnitId', message: 'no such unit in the organiser\'s scope' }]);
      }
      const filters = dto.filters ?? {};
      const unitParams: unknown[] = [`${scope.path}%`, scope.id];
      const unitKinds = filters.unitKinds?.length ? ` AND kind = ANY($3)` : '';
      if (unitKinds) unitParams.push(filters.unitKinds);
      const candidateUnitIds = ((await tx.query(`SELECT id FROM org_units WHERE path LIKE $1 AND id <> $2 AND retired_at IS NULL${unitKinds}`, unitParams)) as { id: string }[])
        .map((r) => r.id)
        .sort();
      const cadreParams: unknown[] = [`${scope.path}%`];
      const groups = filters.keyGroups?.length ? ` AND u.key_groups && $2::text[]` : '';
      if (groups) cadreParams.push(filters.keyGroups);
      const candidateCadreIds =
        dto.cadreCount > 0
          ? ((await tx.query(`SELECT u.id FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE ou.path LIKE $1 AND u.status = 'active'${groups}`, cadreParams)) as { id: string }[])
              .map((r) => r.id)
              .sort()
          : [];
      const problems: FieldProblem[] = [];
      if (dto.unitCount + dto.cadreCount === 0) problems.push({ field: 'unitCount', message: 'draw at least one unit or cadre' });
      if (dto.unitCount > candidateUnitIds.length) problems.push({ field: 'unitCount', message: `only ${candidateUnitIds.length} candidate units` });
      if (dto.cadreCount > candidateCadreIds.length) problems.push({ field: 'cadreCount', message: `only ${candidateCadreIds.length} candidate cadres` });
      if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, SupervisionError.NotEnoughCandidates, 'Not enough candidates to draw from', problems);

      const seed = newSeed();
      const unitIds = drawFrom(seed, candidateUnitIds, dto.unitCount);
      const cadreIds = drawFrom(seed, candidateCadreIds, dto.cadreCount);
      const saved = await tx.getRepository(InspectionDraw).save({
        inspectionId: id,
        seed,
        scopeUnitId: scope.id,
        unitCount: dto.unitCount,
        cadreCount: dto.cadreCount,
        filters: { ...(filters.unitKinds ? { unitKinds: filters.unitKinds } : {}), ...(filters.keyGroups ? { keyGroups: filters.keyGroups } : {}) },
        candidateUnitIds,
        candidateCadreIds,
        unitIds,
        cadreIds,
        reason: previous ? dto.reason! : null,
        drawnById: user.id,
        drawnAt: new Date(),
      });
      const dropUnits = new Set(previous?.unitIds ?? []);
      const dropCadres = new Set(previous?.cadreIds ?? []);
      const targetUnitIds = [...new Set([...inspection.targetUnitIds.filter((u) => !dropUnits.has(u)), ...unitIds])];
      const targetCadreIds = [...new Set([...inspection.targetCadreIds.filter((u) => !dropCadres.has(u)), ...cadreIds])];
      await tx.getRepository(Inspection).update({ id }, { targetUnitIds, targetCadreIds });
      await this.audit.record(
        {
          action: previous ? 'inspection.redrawn' : 'inspection.drawn',
          actor: user,
          target: { type: 'inspection', id },
          unitPath: inspection.organiserUnitPath,
          origin,
          details: { drawId: saved.id, seed, unitIds, cadreIds, candidates: candidateUnitIds.length + candidateCadreIds.length, ...(previous ? { reason: dto.reason } : {}) },
        },
        tx,
      );
      return saved.id;
    });
    const { items } = await this.draws(user, id);
    return items.find((d) => d.id === drawId)!;
  }

  async draws(user: AuthUser, id: string): Promise<DrawListDto> {
    const row = await this.visibleRow(user, id);
    // The draw's seed and candidates are the organiser's and the team's record; inspected units see the inspection only.
    if (!canInspect(user, { team_ids: row.team_ids as string[], organiser_unit_path: row.organiser_unit_path as string })) throw notFound('Inspection');
    const rows = (await this.db.query(
      `SELECT d.*, du.name AS drawn_by_name,
              (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY array_position(d.unit_ids, o.id)), '[]') FROM org_units o WHERE o.id = ANY(d.unit_ids)) AS units,
              (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY array_position(d.cadre_ids, u.id)), '[]') FROM users u WHERE u.id = ANY(d.cadre_ids)) AS cadres
         FROM inspection_draws d JOIN users du ON du.id = d.drawn_by_id
        WHERE d.inspection_id = $1 ORDER BY d.drawn_at, d.id`,
      [id],
    )) as Row[];
    return {
      items: rows.map((r) => ({
        id: r.id as string,
        seed: r.seed as string,
        scopeUnitId: r.scope_unit_id as string,
        unitCount: Number(r.unit_count),
        cadreCount: Number(r.cadre_count),
        filters: r.filters as DrawDto['filters'],
        candidateUnitIds: r.candidate_unit_ids as string[],
        candidateCadreIds: r.candidate_cadre_ids as string[],
        unitIds: r.unit_ids as string[],
        cadreIds: r.cadre_ids as string[],
        units: r.units as RefDto[],
        cadres: r.cadres as RefDto[],
        reason: (r.reason as string | null) ?? null,
        drawnBy: { id: r.drawn_by_id as string, name: r.drawn_by_name as string },
        drawnAt: iso(r.drawn_at)!,
      })),
    };
  }

  /** The inspection row if the caller may see it; 404 otherwise (never revealing that it exists). */
  async visibleRow(user: AuthUser, id: string, manager: EntityManager = this.db.manager): Promise<Row> {
    const { list, p } = params([id]);
    const [row] = (await manager.query(
      `SELECT ${summaryColumns(user, p)} FROM inspections i JOIN org_units ou ON ou.id = i.organiser_unit_id WHERE i.id = $1 AND ${visibleInspectionSql(user, p)}`,
      list,
    )) as Row[];
    if (!row) throw notFound('Inspection');
    return row;
  }

  private async lockManaged(tx: EntityManager, user: AuthUser, id: string): Promise<Inspection> {
    const inspection = await tx.getRepository(Inspection).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!inspection) throw notFound('Inspection');
    const access = { team_ids: inspection.teamIds, organiser_unit_path: inspection.organiserUnitPath };
    if (!canManage(user, access)) {
      // A team member or an inspected unit's admin who may see it learns that only the organiser may do this.
      await this.visibleRow(user, id, tx);
      throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the organising org admin may do this');
    }
    return inspection;
  }

  /** The team, target units and target cadres lie in the organiser's scope. */
  private async checkMembers(tx: EntityManager, organiserPath: string, dto: { teamIds?: string[]; targetUnitIds?: string[]; targetCadreIds?: string[] }): Promise<void> {
    const problems: FieldProblem[] = [];
    const check = async (field: string, ids: string[] | undefined, sql: string) => {
      if (!ids?.length) return;
      const found = new Set(((await tx.query(sql, [ids, `${organiserPath}%`])) as { id: string }[]).map((r) => r.id));
      ids.forEach((id, i) => {
        if (!found.has(id)) problems.push({ field: `${field}.${i}`, message: 'not in the organiser\'s scope' });
      });
    };
    const cadres = `SELECT u.id FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = ANY($1) AND u.status = 'active' AND ou.path LIKE $2`;
    await check('teamIds', dto.teamIds, cadres);
    await check('targetUnitIds', dto.targetUnitIds, 'SELECT id FROM org_units WHERE id = ANY($1) AND path LIKE $2 AND retired_at IS NULL');
    await check('targetCadreIds', dto.targetCadreIds, cadres);
    if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, SupervisionError.OutOfOrganiserScope, 'Team and targets must be in the organiser\'s scope', problems);
  }

  private toSummary(user: AuthUser, r: Row): InspectionSummaryDto {
    return {
      id: r.id as string,
      title: r.title as string,
      kind: r.kind as InspectionSummaryDto['kind'],
      periodFrom: r.period_from as string,
      periodTo: r.period_to as string,
      organiserUnit: { id: r.organiser_unit_id as string, name: r.organiser_unit_name as string },
      targetUnitCount: (r.target_unit_ids as string[]).length,
      targetCadreCount: (r.target_cadre_ids as string[]).length,
      findingCount: Number(r.finding_count),
      openRectificationCount: Number(r.open_rectification_count),
      publishedAt: iso(r.published_at),
      onTeam: (r.team_ids as string[]).includes(user.id),
    };
  }
}

/**
 * Tells cadres added to the team, in their notifications: an inspector may be a plain cadre, whose menu has no
 * supervision entry, and the link takes them to the inspection.
 */
async function notifyTeam(tx: EntityManager, inspectionId: string, title: string, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await tx.query(
    `INSERT INTO notifications (user_id, kind, title, body, link) SELECT u, 'inspection_team', $2, $3, $4 FROM unnest($1::uuid[]) AS u`,
    [userIds, `您已被编入督导组：${title}`.slice(0, 200), `您已被编入“${title}”督导组，请按检查安排开展督导，并在平台上登记发现的问题。`, `/supervision/${inspectionId}`],
  );
}

function checkPeriod(from: string, to: string): void {
  if (from > to) {
    throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, SupervisionError.InvalidPeriod, 'The period ends before it starts', [{ field: 'periodTo', message: 'before periodFrom' }]);
  }
}
