import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ResearchError, type ResearchProblemStatus, type ResearchTopicStatus } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf } from '../../common/pagination/page';
import { isPathInScope } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import type { StoredFileDto } from '../files/dto/file.dto';
import { FilesService } from '../files/files.service';
import type { StoredFile } from '../files/stored-file.entity';
import type {
  ConcludeResearchTopicDto,
  CreateResearchProblemDto,
  CreateResearchTopicDto,
  CreateResearchVisitDto,
  ResearchProblemDto,
  ResearchProblemPageDto,
  ResearchProblemQueryDto,
  ResearchTopicDto,
  ResearchTopicPageDto,
  ResearchTopicQueryDto,
  ResearchTopicSummaryDto,
  ResearchVisitDto,
  ResearchVisitPageDto,
  ResearchVisitQueryDto,
  SolveResearchProblemDto,
} from './dto/research.dto';
import { canRecord, params, visibleTopicSql } from './research-access';
import { ResearchProblem, ResearchTopic, ResearchVisit } from './research.entity';

type Row = Record<string, unknown>;

const TOPIC_COLUMNS = `t.id, t.title, t.question, t.leader_id, l.name AS leader_name, t.unit_id, tu.name AS unit_name, t.unit_path,
  t.period_from::text AS period_from, t.period_to::text AS period_to, t.status, t.report_file_id, t.conclusion, t.concluded_on::text AS concluded_on,
  (SELECT count(*)::int FROM research_visits cv WHERE cv.topic_id = t.id) AS visit_count,
  (SELECT count(*)::int FROM research_problems cp WHERE cp.topic_id = t.id) AS problem_count,
  (SELECT count(*)::int FROM research_problems cs WHERE cs.topic_id = t.id AND cs.status = 'solved') AS solved_count`;
const TOPIC_FROM = `FROM research_topics t JOIN users l ON l.id = t.leader_id JOIN org_units tu ON tu.id = t.unit_id`;

const VISIT_COLUMNS = `v.id, v.topic_id, t.title AS topic_title, t.leader_id, l.name AS leader_name, v.unit_id, vu.name AS unit_name, vu.kind AS unit_kind,
  v.visited_on::text AS visited_on, v.notes, v.photo_file_ids, v.created_by_id, vb.name AS created_by_name`;
const VISIT_FROM = `FROM research_visits v JOIN research_topics t ON t.id = v.topic_id JOIN users l ON l.id = t.leader_id
  JOIN org_units vu ON vu.id = v.unit_id JOIN users vb ON vb.id = v.created_by_id`;

const PROBLEM_COLUMNS = `pr.id, pr.topic_id, t.title AS topic_title, t.leader_id, t.unit_path, pr.visit_id, pr.description, pr.concerns, pr.found_on::text AS found_on,
  pr.solver_unit_id, su.name AS solver_unit_name, pr.status, pr.solved_note, pr.solved_on::text AS solved_on`;
const PROBLEM_FROM = `FROM research_problems pr JOIN research_topics t ON t.id = pr.topic_id JOIN org_units su ON su.id = pr.solver_unit_id`;

/** `unit_path LIKE (path of $unitId) || '%'`: the records at or under a unit. */
const under = (column: string, placeholder: string) => `${column} LIKE (SELECT path FROM org_units WHERE id = ${placeholder}) || '%'`;

/**
 * Research visits (大兴调查研究): topics held by leaders, their dated visits to units and villages with photos, the problems
 * found and solved, and the final report. Admins in scope open topics for leaders in scope; the leader and those admins
 * record on them. Each state change is one conditional UPDATE: from the wrong state it is a 409.
 */
@Injectable()
export class ResearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly audit: AuditService,
  ) {}

  // ---- topics --------------------------------------------------------------------------------------------------------

  async list(user: AuthUser, query: ResearchTopicQueryDto): Promise<ResearchTopicPageDto> {
    const { list, p } = params();
    const where = [visibleTopicSql(user, p)];
    if (query.status) where.push(`t.status = ${p(query.status)}`);
    if (query.unitId) where.push(under('t.unit_path', p(query.unitId)));
    if (query.leaderId) where.push(`t.leader_id = ${p(query.leaderId)}`);
    if (query.from) where.push(`t.period_to >= ${p(query.from)}::date`);
    if (query.to) where.push(`t.period_from <= ${p(query.to)}::date`);
    if (query.q) where.push(`t.title ILIKE ${p(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM research_topics t ${clause}`, list)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT ${TOPIC_COLUMNS} ${TOPIC_FROM} ${clause} ORDER BY (t.status = 'concluded'), t.period_from DESC, t.id LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      list,
    )) as Row[];
    return pageOf(rows.map((r) => this.toSummary(r)), total, query);
  }

  async get(user: AuthUser, id: string): Promise<ResearchTopicDto> {
    const row = await this.visibleTopic(this.db.manager, user, id);
    const visits = (await this.db.query(`SELECT ${VISIT_COLUMNS} ${VISIT_FROM} WHERE v.topic_id = $1 ORDER BY v.visited_on DESC, v.created_at DESC`, [id])) as Row[];
    const problems = (await this.db.query(`SELECT ${PROBLEM_COLUMNS} ${PROBLEM_FROM} WHERE pr.topic_id = $1 ORDER BY (pr.status = 'solved'), pr.found_on DESC, pr.created_at DESC`, [id])) as Row[];
    const files = await this.fileDtos(user, [...visits.flatMap((v) => v.photo_file_ids as string[]), ...(row.report_file_id ? [row.report_file_id as string] : [])]);
    const mayRecord = canRecord(user, row as { leader_id: string; unit_path: string });
    return {
      ...this.toSummary(row),
      question: row.question as string,
      report: row.report_file_id ? (files.get(row.report_file_id as string) ?? null) : null,
      conclusion: row.conclusion as string,
      concludedOn: (row.concluded_on as string | null) ?? null,
      visits: visits.map((v) => this.toVisit(v, files)),
      problems: problems.map((pr) => this.toProblem(user, pr)),
      can: { record: mayRecord && row.status === 'ongoing' },
    };
  }

  async create(user: AuthUser, dto: CreateResearchTopicDto, origin: RequestOrigin): Promise<ResearchTopicDto> {
    if (dto.periodFrom > dto.periodTo) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ResearchError.InvalidPeriod, 'The period ends before it starts', [{ field: 'periodTo', message: 'must not be before periodFrom' }]);
    }
    const id = await this.db.transaction(async (tx) => {
      const problems: FieldProblem[] = [];
      const [leader] = (await tx.query(
        `SELECT u.id, u.unit_id, ou.path FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1 AND u.status = 'active'`,
        [dto.leaderId],
      )) as { id: string; unit_id: string; path: string }[];
      if (!leader || !isPathInScope(leader.path, user)) problems.push({ field: 'leaderId', message: 'not an active cadre in your scope' });
      const [unit] = (await tx.query('SELECT id, path FROM org_units WHERE id = $1 AND retired_at IS NULL', [dto.unitId ?? leader?.unit_id ?? null])) as { id: string; path: string }[];
      if (!unit || !isPathInScope(unit.path, user)) problems.push({ field: 'unitId', message: 'not a unit in your scope' });
      if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ResearchError.OutOfTopicScope, 'The topic does not fit your scope', problems);
      const saved = await tx.getRepository(ResearchTopic).save({
        title: dto.title,
        question: dto.question,
        leaderId: leader!.id,
        unitId: unit!.id,
        unitPath: unit!.path,
        periodFrom: dto.periodFrom,
        periodTo: dto.periodTo,
        createdById: user.id,
      });
      await this.audit.record(
        {
          action: 'research_topic.created',
          actor: user,
          target: { type: 'research_topic', id: saved.id },
          unitPath: unit!.path,
          origin,
          details: { title: dto.title, leaderId: leader!.id, unitId: unit!.id, periodFrom: dto.periodFrom, periodTo: dto.periodTo },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(user, id);
  }

  async conclude(user: AuthUser, id: string, dto: ConcludeResearchTopicDto, origin: RequestOrigin): Promise<ResearchTopicDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.visibleTopic(tx, user, id);
      if (row.status !== 'ongoing') throw this.invalidState(`A ${String(row.status)} topic cannot be concluded`);
      if (!dto.reportFileId) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ResearchError.ReportRequired, 'Attach the final report to conclude the topic', [{ field: 'reportFileId', message: 'required' }]);
      }
      await this.files.findOwn(user, dto.reportFileId, ['research_report'], tx);
      const [done] = (await tx.query(
        `UPDATE research_topics SET status = 'concluded', report_file_id = $2, conclusion = $3, concluded_on = $4::date, updated_at = now() WHERE id = $1 AND status = 'ongoing' RETURNING id`,
        [id, dto.reportFileId, dto.conclusion ?? '', todayInShanghai()],
      )) as [unknown[], number];
      if (done.length === 0) throw this.invalidState('The topic is already concluded');
      await this.audit.record(
        { action: 'research_topic.concluded', actor: user, target: { type: 'research_topic', id }, unitPath: row.unit_path as string, origin, details: { reportFileId: dto.reportFileId } },
        tx,
      );
    });
    return this.get(user, id);
  }

  // ---- visits and problems --------------------------------------------------------------------------------------------

  async addVisit(user: AuthUser, topicId: string, dto: CreateResearchVisitDto, origin: RequestOrigin): Promise<ResearchVisitDto> {
    const id = await this.db.transaction(async (tx) => {
      const topic = await this.ongoingTopic(tx, user, topicId);
      const unit = await this.unitUnder(tx, topic, dto.unitId, 'unitId');
      if (dto.visitedOn > todayInShanghai()) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ResearchError.InvalidPeriod, 'A visit is recorded once it has taken place', [{ field: 'visitedOn', message: 'must not be in the future' }]);
      }
      for (const fileId of dto.photoFileIds ?? []) await this.files.findOwn(user, fileId, ['research_photo'], tx);
      const saved = await tx.getRepository(ResearchVisit).save({
        topicId,
        unitId: unit.id,
        unitPath: unit.path,
        visitedOn: dto.visitedOn,
        notes: dto.notes ?? '',
        photoFileIds: dto.photoFileIds ?? [],
        createdById: user.id,
      });
      for (const [i, problem] of (dto.problems ?? []).entries()) {
        const solver = await this.unitUnder(tx, topic, problem.solverUnitId, `problems.${i}.solverUnitId`);
        await this.saveProblem(tx, user, topicId, { ...problem, visitId: saved.id, foundOn: dto.visitedOn }, solver, origin);
      }
      await this.audit.record(
        {
          action: 'research_visit.created',
          actor: user,
          target: { type: 'research_visit', id: saved.id },
          unitPath: topic.unit_path as string,
          origin,
          details: { topicId, unitId: unit.id, visitedOn: dto.visitedOn, photos: (dto.photoFileIds ?? []).length },
        },
        tx,
      );
      return saved.id;
    });
    const [row] = (await this.db.query(`SELECT ${VISIT_COLUMNS} ${VISIT_FROM} WHERE v.id = $1`, [id])) as Row[];
    return this.toVisit(row!, await this.fileDtos(user, row!.photo_file_ids as string[]));
  }

  async addProblem(user: AuthUser, topicId: string, dto: CreateResearchProblemDto, origin: RequestOrigin): Promise<ResearchProblemDto> {
    const id = await this.db.transaction(async (tx) => {
      const topic = await this.ongoingTopic(tx, user, topicId);
      const unit = await this.unitUnder(tx, topic, dto.solverUnitId, 'solverUnitId');
      let foundOn = dto.foundOn ?? null;
      if (dto.visitId) {
        const [visit] = (await tx.query('SELECT visited_on::text AS visited_on FROM research_visits WHERE id = $1 AND topic_id = $2', [dto.visitId, topicId])) as { visited_on: string }[];
        if (!visit) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ResearchError.OutOfTopicScope, 'Not a visit of this topic', [{ field: 'visitId', message: 'not a visit of this topic' }]);
        foundOn ??= visit.visited_on;
      }
      foundOn ??= todayInShanghai();
      if (foundOn > todayInShanghai()) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ResearchError.InvalidPeriod, 'A problem is recorded once found', [{ field: 'foundOn', message: 'must not be in the future' }]);
      }
      return this.saveProblem(tx, user, topicId, { ...dto, foundOn }, unit, origin);
    });
    return this.problem(user, id);
  }

  async solve(user: AuthUser, id: string, dto: SolveResearchProblemDto, origin: RequestOrigin): Promise<ResearchProblemDto> {
    await this.db.transaction(async (tx) => {
      const { list, p } = params([id]);
      const [row] = (await tx.query(`SELECT ${PROBLEM_COLUMNS} ${PROBLEM_FROM} WHERE pr.id = $1 AND ${visibleTopicSql(user, p)}`, list)) as Row[];
      if (!row) throw notFound('Problem');
      const solvedOn = dto.solvedOn ?? todayInShanghai();
      if (solvedOn > todayInShanghai() || solvedOn < (row.found_on as string)) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ResearchError.InvalidPeriod, 'The day solved lies between the day found and today', [{ field: 'solvedOn', message: 'between the day found and today' }]);
      }
      const [done] = (await tx.query(
        `UPDATE research_problems SET status = 'solved', solved_note = $2, solved_on = $3::date, solved_by_id = $4, updated_at = now() WHERE id = $1 AND status = 'open' RETURNING id`,
        [id, dto.note, solvedOn, user.id],
      )) as [unknown[], number];
      if (done.length === 0) throw this.invalidState('The problem is already solved');
      await this.audit.record(
        { action: 'research_problem.solved', actor: user, target: { type: 'research_problem', id }, unitPath: row.unit_path as string, origin, details: { from: 'open', to: 'solved', solvedOn, note: dto.note } },
        tx,
      );
    });
    return this.problem(user, id);
  }

  async listVisits(user: AuthUser, query: ResearchVisitQueryDto): Promise<ResearchVisitPageDto> {
    const { list, p } = params();
    const where = [visibleTopicSql(user, p)];
    if (query.unitId) where.push(under('v.unit_path', p(query.unitId)));
    if (query.topicId) where.push(`v.topic_id = ${p(query.topicId)}`);
    if (query.from) where.push(`v.visited_on >= ${p(query.from)}::date`);
    if (query.to) where.push(`v.visited_on <= ${p(query.to)}::date`);
    if (query.village !== undefined) where.push(`${query.village ? '' : 'NOT '}(vu.kind IN ('village', 'community'))`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM research_visits v JOIN research_topics t ON t.id = v.topic_id JOIN org_units vu ON vu.id = v.unit_id ${clause}`, list)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT ${VISIT_COLUMNS} ${VISIT_FROM} ${clause} ORDER BY v.visited_on DESC, v.id LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      list,
    )) as Row[];
    const files = await this.fileDtos(user, rows.flatMap((r) => r.photo_file_ids as string[]));
    return pageOf(rows.map((r) => this.toVisit(r, files)), total, query);
  }

  async listProblems(user: AuthUser, query: ResearchProblemQueryDto): Promise<ResearchProblemPageDto> {
    const { list, p } = params();
    const where = [visibleTopicSql(user, p)];
    if (query.status) where.push(`pr.status = ${p(query.status)}`);
    if (query.unitId) where.push(under('pr.solver_unit_path', p(query.unitId)));
    if (query.topicId) where.push(`pr.topic_id = ${p(query.topicId)}`);
    if (query.from) where.push(`pr.found_on >= ${p(query.from)}::date`);
    if (query.to) where.push(`pr.found_on <= ${p(query.to)}::date`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM research_problems pr JOIN research_topics t ON t.id = pr.topic_id ${clause}`, list)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT ${PROBLEM_COLUMNS} ${PROBLEM_FROM} ${clause} ORDER BY (pr.status = 'solved'), pr.found_on DESC, pr.id LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      list,
    )) as Row[];
    return pageOf(rows.map((r) => this.toProblem(user, r)), total, query);
  }

  // ---- helpers -------------------------------------------------------------------------------------------------------

  private async saveProblem(
    tx: EntityManager,
    user: AuthUser,
    topicId: string,
    dto: { description: string; concerns?: string; visitId?: string; foundOn: string },
    unit: { id: string; path: string },
    origin: RequestOrigin,
  ): Promise<string> {
    const saved = await tx.getRepository(ResearchProblem).save({
      topicId,
      visitId: dto.visitId ?? null,
      description: dto.description,
      concerns: dto.concerns ?? '',
      foundOn: dto.foundOn,
      solverUnitId: unit.id,
      solverUnitPath: unit.path,
      createdById: user.id,
    });
    await this.audit.record(
      {
        action: 'research_problem.created',
        actor: user,
        target: { type: 'research_problem', id: saved.id },
        unitPath: unit.path,
        origin,
        details: { topicId, solverUnitId: unit.id, foundOn: dto.foundOn, ...(dto.visitId ? { visitId: dto.visitId } : {}) },
      },
      tx,
    );
    return saved.id;
  }

  private invalidState(message: string): AppException {
    return new AppException(HttpStatus.CONFLICT, ResearchError.InvalidState, message);
  }

  private async problem(user: AuthUser, id: string): Promise<ResearchProblemDto> {
    const [row] = (await this.db.query(`SELECT ${PROBLEM_COLUMNS} ${PROBLEM_FROM} WHERE pr.id = $1`, [id])) as Row[];
    return this.toProblem(user, row!);
  }

  private async visibleTopic(manager: EntityManager, user: AuthUser, id: string): Promise<Row> {
    const { list, p } = params([id]);
    const [row] = (await manager.query(`SELECT ${TOPIC_COLUMNS} ${TOPIC_FROM} WHERE t.id = $1 AND ${visibleTopicSql(user, p)}`, list)) as Row[];
    if (!row) throw notFound('Research topic');
    return row;
  }

  /** A topic the caller may record on (visible means the leader or an admin over it) and still ongoing, locked for the change. */
  private async ongoingTopic(tx: EntityManager, user: AuthUser, id: string): Promise<Row> {
    const row = await this.visibleTopic(tx, user, id);
    await tx.query('SELECT 1 FROM research_topics WHERE id = $1 FOR UPDATE', [id]);
    const [{ status }] = (await tx.query('SELECT status FROM research_topics WHERE id = $1', [id])) as [{ status: ResearchTopicStatus }];
    if (status !== 'ongoing') throw this.invalidState('The topic is concluded: nothing more is recorded on it');
    return row;
  }

  /** An active unit at or under the topic's unit; else a 422 naming the field. */
  private async unitUnder(tx: EntityManager, topic: Row, unitId: string, field: string): Promise<{ id: string; path: string }> {
    const [unit] = (await tx.query('SELECT id, path FROM org_units WHERE id = $1 AND retired_at IS NULL AND path LIKE $2', [unitId, `${String(topic.unit_path)}%`])) as { id: string; path: string }[];
    if (!unit) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ResearchError.OutOfTopicScope, 'The unit lies outside the topic\'s unit', [{ field, message: 'not a unit at or under the topic\'s unit' }]);
    return unit;
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

  private toSummary(r: Row): ResearchTopicSummaryDto {
    return {
      id: r.id as string,
      title: r.title as string,
      leader: { id: r.leader_id as string, name: r.leader_name as string },
      unit: { id: r.unit_id as string, name: r.unit_name as string },
      periodFrom: r.period_from as string,
      periodTo: r.period_to as string,
      status: r.status as ResearchTopicStatus,
      visitCount: Number(r.visit_count),
      problemCount: Number(r.problem_count),
      solvedCount: Number(r.solved_count),
    };
  }

  private toVisit(v: Row, files: Map<string, StoredFileDto>): ResearchVisitDto {
    return {
      id: v.id as string,
      topicId: v.topic_id as string,
      topicTitle: v.topic_title as string,
      leader: { id: v.leader_id as string, name: v.leader_name as string },
      unit: { id: v.unit_id as string, name: v.unit_name as string },
      village: v.unit_kind === 'village' || v.unit_kind === 'community',
      visitedOn: v.visited_on as string,
      notes: v.notes as string,
      photos: (v.photo_file_ids as string[]).map((id) => files.get(id)).filter((f): f is StoredFileDto => !!f),
      recordedBy: { id: v.created_by_id as string, name: v.created_by_name as string },
    };
  }

  private toProblem(user: AuthUser, r: Row): ResearchProblemDto {
    const status = r.status as ResearchProblemStatus;
    return {
      id: r.id as string,
      topicId: r.topic_id as string,
      topicTitle: r.topic_title as string,
      visitId: (r.visit_id as string | null) ?? null,
      description: r.description as string,
      concerns: r.concerns as string,
      foundOn: r.found_on as string,
      solverUnit: { id: r.solver_unit_id as string, name: r.solver_unit_name as string },
      status,
      solvedNote: r.solved_note as string,
      solvedOn: (r.solved_on as string | null) ?? null,
      canSolve: status === 'open' && canRecord(user, { leader_id: r.leader_id as string, unit_path: r.unit_path as string }),
    };
  }
}
