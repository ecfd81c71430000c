import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CommonError,
  EVALUATION_GRADE_LABELS,
  RANK_LEVEL_LABELS,
  rankLevel,
  SECONDMENT_STATE_LABELS,
  TALENT_TRACK_LABELS,
  TALENT_TRACKS,
  TalentError,
  type Rank,
  type TalentStatus,
  type TalentTrack,
} from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, validationFailed, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope } from '../../common/scope/scope';
import { addMonths, currentYear, todayInShanghai } from '../../common/time';
import { AppConfig } from '../../config/app-config';
import { AuditService, type AuditAction } from '../audit/audit.service';
import type {
  CriteriaDto,
  DecisionDto,
  EvaluationInputDto,
  GraduateDto,
  NominateDto,
  NoteInputDto,
  PostsDto,
  TalentPlanDto,
  RemoveDto,
  SecondmentInputDto,
  SecondmentUpdateDto,
  TalentEntryDto,
  TalentQueryDto,
  TalentSummaryDto,
} from './dto/talent.dto';
import { AWAY_NOW, ENTRY_FROM, ENTRY_ORDER, ENTRY_SELECT, entryWhere, OVERDUE_RETURN, toSummary } from './talent-sql';
import { TalentEntry, TalentEvaluation, TalentEvent, TalentMilestone, TalentNote, TalentPost, TalentSecondment } from './talent.entity';

type Row = Record<string, unknown>;

/** What the progress report (issue 6) needs of the pool for a unit and a period. */
export interface TalentFigures {
  members: number;
  byTrack: Record<TalentTrack, number>;
  secondmentsActive: number;
  /** Past their end date, not marked returned (已到期未返回): not away, and flagged. */
  secondmentsOverdueReturn: number;
  secondmentsInPeriod: number;
}

/**
 * The talent pool's life cycle: nomination against the entry criteria (or with an explicit override), the org admin's
 * decision, the training plan with milestones, notes, yearly evaluations and secondments, and leaving the pool. Scope is
 * checked first; every change is one transaction with its history event and audit record.
 */
@Injectable()
export class TalentPoolService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser, query: TalentQueryDto): Promise<Page<TalentSummaryDto>> {
    const { clause, params } = entryWhere(user, query, todayInShanghai());
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total ${ENTRY_FROM} ${clause}`, params)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT ${ENTRY_SELECT} ${ENTRY_FROM} ${clause} ${ENTRY_ORDER} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    )) as Row[];
    return pageOf(rows.map(toSummary), total, query);
  }

  /** The entry criteria as they stand today for a cadre in the caller's scope. */
  async criteria(user: AuthUser, userId: string, tx: EntityManager = this.db.manager): Promise<CriteriaDto> {
    const today = todayInShanghai();
    const [cadre] = (await tx.query(
      `SELECT u.id, u.name, u.rank, u.status, ou.path, date_part('year', age($2::date, u.birth_date))::int AS age,
              (SELECT coalesce(sum(l.hours), 0) FROM ledger_entries l
                WHERE l.user_id = u.id AND l.earned_at >= ($3::date)::timestamp AT TIME ZONE 'Asia/Shanghai') AS hours
         FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1`,
      [userId, today, addMonths(today, -12)],
    )) as { id: string; name: string; rank: Rank; status: string; path: string; age: number | null; hours: string }[];
    if (!cadre || cadre.status !== 'active' || !isPathInScope(cadre.path, user)) {
      throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Cadre not found', [{ field: 'userId', message: 'no such active cadre in your scope' }]);
    }
    const level = rankLevel(cadre.rank);
    const ageLimit = this.config.talentAgeLimits[level];
    const minHours = this.config.talentMinHours;
    const hours = Number(cadre.hours);
    const problems: FieldProblem[] = [];
    if (cadre.age === null) problems.push({ field: 'birthDate', message: 'birth date unknown: the age limit cannot be checked' });
    else if (cadre.age > ageLimit) problems.push({ field: 'birthDate', message: `aged ${cadre.age}, above the limit of ${ageLimit} for ${RANK_LEVEL_LABELS[level]}` });
    if (hours < minHours) problems.push({ field: 'hours', message: `${hours} credit hours in the last 12 months, below the minimum of ${minHours}` });
    return { userId: cadre.id, name: cadre.name, rank: cadre.rank, rankLevel: level, age: cadre.age, ageLimit, hours, minHours, problems, met: problems.length === 0 };
  }

  async nominate(user: AuthUser, dto: NominateDto, origin: RequestOrigin): Promise<TalentEntryDto> {
    const id = await this.db.transaction(async (tx) => {
      const criteria = await this.criteria(user, dto.userId, tx);
      if (!criteria.met && !dto.overrideReason) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, TalentError.CriteriaNotMet, 'The cadre does not meet the entry criteria: nominate with an override reason', criteria.problems);
      }
      const open = await tx.query(`SELECT 1 FROM talent_entries WHERE user_id = $1 AND status IN ('nominated', 'in_pool') FOR UPDATE`, [dto.userId]);
      if ((open as unknown[]).length > 0) throw new AppException(HttpStatus.CONFLICT, TalentError.AlreadyActive, 'The cadre is already nominated or in the pool');
      const saved = await tx.getRepository(TalentEntry).save({
        userId: dto.userId,
        status: 'nominated',
        track: dto.track ?? null,
        reasons: dto.reasons,
        criteriaProblems: criteria.problems,
        overrideReason: criteria.met ? null : (dto.overrideReason ?? null),
        nominatedById: user.id,
        nominatedAt: new Date(),
      });
      const note = criteria.met ? '' : `破格推荐：${dto.overrideReason}`;
      await this.event(tx, user, saved.id, 'nominated', 'nominated', note, 'talent_pool.nominated', origin, { userId: dto.userId, overridden: !criteria.met, problems: criteria.problems });
      return saved.id;
    });
    return this.entry(user, id);
  }

  async decide(user: AuthUser, id: string, dto: DecisionDto, origin: RequestOrigin): Promise<TalentEntryDto> {
    if (dto.admit && !dto.track) throw validationFailed('track', 'a track is required to admit');
    if (!dto.admit && !dto.reason) throw validationFailed('reason', 'a reason is required to decline');
    await this.db.transaction(async (tx) => {
      const entry = await this.lock(tx, user, id, ['nominated']);
      const patch: Partial<TalentEntry> = dto.admit
        ? { status: 'in_pool', track: dto.track!, mentorName: dto.mentorName ?? null, mentorPost: dto.mentorPost ?? null, admittedOn: todayInShanghai() }
        : { status: 'declined', closedOn: todayInShanghai() };
      await tx.getRepository(TalentEntry).update({ id }, { ...patch, decidedById: user.id, decidedAt: new Date(), decisionReason: dto.reason ?? null });
      await this.event(tx, user, id, dto.admit ? 'admitted' : 'declined', patch.status!, dto.reason ?? '', dto.admit ? 'talent_pool.admitted' : 'talent_pool.declined', origin, {
        userId: entry.userId,
        track: dto.track ?? null,
      });
    });
    return this.entry(user, id);
  }

  async graduate(user: AuthUser, id: string, dto: GraduateDto, origin: RequestOrigin): Promise<TalentEntryDto> {
    const on = dto.on ?? todayInShanghai();
    notInFuture('on', on);
    await this.db.transaction(async (tx) => {
      const entry = await this.lock(tx, user, id, ['in_pool']);
      await tx.getRepository(TalentEntry).update({ id }, { status: 'graduated', newPost: dto.newPost, closedOn: on });
      await this.event(tx, user, id, 'graduated', 'graduated', dto.newPost, 'talent_pool.graduated', origin, { userId: entry.userId, newPost: dto.newPost, on });
    });
    return this.entry(user, id);
  }

  async remove(user: AuthUser, id: string, dto: RemoveDto, origin: RequestOrigin): Promise<TalentEntryDto> {
    await this.db.transaction(async (tx) => {
      const entry = await this.lock(tx, user, id, ['in_pool']);
      await tx.getRepository(TalentEntry).update({ id }, { status: 'removed', closedReason: dto.reason, closedOn: todayInShanghai() });
      await this.event(tx, user, id, 'removed', 'removed', dto.reason, 'talent_pool.removed', origin, { userId: entry.userId, reason: dto.reason });
    });
    return this.entry(user, id);
  }

  /** The track, mentor and (replacing them all) the milestones of a member's plan. */
  async plan(user: AuthUser, id: string, dto: TalentPlanDto, origin: RequestOrigin): Promise<TalentEntryDto> {
    (dto.milestones ?? []).forEach((m, i) => m.doneOn && notInFuture(`milestones.${i}.doneOn`, m.doneOn));
    await this.db.transaction(async (tx) => {
      await this.lock(tx, user, id, ['in_pool']);
      const patch: Partial<TalentEntry> = {};
      if (dto.track) patch.track = dto.track;
      if (dto.mentorName !== undefined) patch.mentorName = dto.mentorName;
      if (dto.mentorPost !== undefined) patch.mentorPost = dto.mentorPost || null;
      if (Object.keys(patch).length > 0) await tx.getRepository(TalentEntry).update({ id }, patch);
      if (dto.milestones) {
        await tx.getRepository(TalentMilestone).delete({ entryId: id });
        if (dto.milestones.length > 0) {
          await tx.getRepository(TalentMilestone).insert(dto.milestones.map((m, position) => ({ entryId: id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn ?? null, position })));
        }
      }
      await this.event(tx, user, id, 'plan_saved', null, dto.track ? `培养方向：${TALENT_TRACK_LABELS[dto.track]}` : '', 'talent_pool.plan_saved', origin, { fields: Object.keys(dto), milestones: dto.milestones?.length ?? null });
    });
    return this.entry(user, id);
  }

  /** The posts held before (任职经历), replacing the recorded list; dates in order and not in the future. */
  async savePosts(user: AuthUser, id: string, dto: PostsDto, origin: RequestOrigin): Promise<TalentEntryDto> {
    dto.posts.forEach((p, i) => {
      notInFuture(`posts.${i}.fromOn`, p.fromOn);
      if (p.toOn && p.toOn < p.fromOn) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, TalentError.InvalidPeriod, 'A post ends after it starts', [{ field: `posts.${i}.toOn`, message: 'must not be before fromOn' }]);
      }
    });
    await this.db.transaction(async (tx) => {
      await this.lock(tx, user, id, ['in_pool', 'graduated']);
      await tx.getRepository(TalentPost).delete({ entryId: id });
      if (dto.posts.length > 0) {
        await tx.getRepository(TalentPost).insert(dto.posts.map((p, position) => ({ entryId: id, post: p.post, unitName: p.unitName, fromOn: p.fromOn, toOn: p.toOn ?? null, position })));
      }
      await this.audit.record({ action: 'talent_pool.posts_saved', actor: user, target: { type: 'talent_entry', id }, unitPath: await this.pathOf(tx, id), origin, details: { posts: dto.posts.length } }, tx);
    });
    return this.entry(user, id);
  }

  async addNote(user: AuthUser, id: string, dto: NoteInputDto, origin: RequestOrigin): Promise<TalentEntryDto> {
    const writtenOn = dto.writtenOn ?? todayInShanghai();
    notInFuture('writtenOn', writtenOn);
    await this.db.transaction(async (tx) => {
      await this.lock(tx, user, id, ['in_pool']);
      await tx.getRepository(TalentNote).insert({ entryId: id, writtenOn, note: dto.note, authorId: user.id });
      await this.audit.record({ action: 'talent_pool.note_added', actor: user, target: { type: 'talent_entry', id }, unitPath: await this.pathOf(tx, id), origin, details: { writtenOn } }, tx);
    });
    return this.entry(user, id);
  }

  /** Records (or corrects) the evaluation of a year; one per year. */
  async evaluate(user: AuthUser, id: string, dto: EvaluationInputDto, origin: RequestOrigin): Promise<TalentEntryDto> {
    if (dto.year > currentYear()) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, TalentError.InvalidPeriod, 'A year is evaluated once it has begun', [{ field: 'year', message: 'must not be in the future' }]);
    }
    await this.db.transaction(async (tx) => {
      await this.lock(tx, user, id, ['in_pool', 'graduated']);
      const repo = tx.getRepository(TalentEvaluation);
      const existing = await repo.findOneBy({ entryId: id, year: dto.year });
      if (existing) await repo.update({ id: existing.id }, { grade: dto.grade, comment: dto.comment ?? '', recordedById: user.id });
      else await repo.insert({ entryId: id, year: dto.year, grade: dto.grade, comment: dto.comment ?? '', recordedById: user.id });
      await this.event(tx, user, id, 'evaluated', null, `${dto.year}年度：${EVALUATION_GRADE_LABELS[dto.grade]}`, 'talent_pool.evaluated', origin, { year: dto.year, grade: dto.grade, corrected: !!existing });
    });
    return this.entry(user, id);
  }

  async addSecondment(user: AuthUser, id: string, dto: SecondmentInputDto, origin: RequestOrigin): Promise<TalentEntryDto> {
    checkSecondment({ ...dto, report: '' });
    await this.db.transaction(async (tx) => {
      await this.lock(tx, user, id, ['in_pool']);
      const saved = await tx.getRepository(TalentSecondment).save({ entryId: id, hostCity: dto.hostCity, hostUnit: dto.hostUnit, post: dto.post, fromOn: dto.fromOn, toOn: dto.toOn, state: dto.state ?? 'planned' });
      await this.event(tx, user, id, 'secondment', null, `${dto.hostCity} ${dto.hostUnit} ${dto.post}`, 'talent_pool.secondment_saved', origin, { secondmentId: saved.id, state: saved.state });
    });
    return this.entry(user, id);
  }

  async updateSecondment(user: AuthUser, secondmentId: string, dto: SecondmentUpdateDto, origin: RequestOrigin): Promise<TalentEntryDto> {
    const entryId = await this.db.transaction(async (tx) => {
      const current = await tx.getRepository(TalentSecondment).findOne({ where: { id: secondmentId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound('Secondment');
      await this.lock(tx, user, current.entryId, ['in_pool', 'graduated', 'removed']);
      const merged = { ...current, ...dto };
      checkSecondment(merged);
      await tx.getRepository(TalentSecondment).update({ id: secondmentId }, dto);
      const note = dto.state && dto.state !== current.state ? `${merged.hostCity}：${SECONDMENT_STATE_LABELS[dto.state]}` : `${merged.hostCity}`;
      await this.event(tx, user, current.entryId, 'secondment', null, note, 'talent_pool.secondment_saved', origin, { secondmentId, state: merged.state, fields: Object.keys(dto) });
      return current.entryId;
    });
    return this.entry(user, entryId);
  }

  /** One entry with its plan, history, evaluations and secondments; 404 outside the caller's view of the pool. */
  async entry(user: AuthUser, id: string): Promise<TalentEntryDto> {
    const today = todayInShanghai();
    const { clause, params } = entryWhere(user, {}, today);
    const [row] = (await this.db.query(`SELECT ${ENTRY_SELECT} ${ENTRY_FROM} ${clause} AND e.id = $${params.length + 1}`, [...params, id])) as Row[];
    if (!row) throw notFound('Talent pool entry');
    const [history, milestones, notes, evaluations, secondments, posts] = await Promise.all([
      this.db.query(
        `SELECT ev.action, ev.to_status AS "toStatus", ev.note, a.name AS "actorName", ev.occurred_at AS "occurredAt"
           FROM talent_events ev JOIN users a ON a.id = ev.actor_id WHERE ev.entry_id = $1 ORDER BY ev.occurred_at, ev.id`,
        [id],
      ) as Promise<(Omit<TalentEntryDto['history'][number], 'occurredAt'> & { occurredAt: Date })[]>,
      this.db.query(`SELECT id, title, due_on AS "dueOn", done_on AS "doneOn" FROM talent_milestones WHERE entry_id = $1 ORDER BY position, due_on`, [id]) as Promise<
        Omit<TalentEntryDto['milestones'][number], 'overdue'>[]
      >,
      this.db.query(
        `SELECT n.id, n.written_on AS "writtenOn", n.note, a.name AS "authorName" FROM talent_notes n JOIN users a ON a.id = n.author_id
          WHERE n.entry_id = $1 ORDER BY n.written_on DESC, n.created_at DESC`,
        [id],
      ) as Promise<TalentEntryDto['notes']>,
      this.db.query(`SELECT year, grade, comment FROM talent_evaluations WHERE entry_id = $1 ORDER BY year DESC`, [id]) as Promise<TalentEntryDto['evaluations']>,
      this.db.query(
        `SELECT id, host_city AS "hostCity", host_unit AS "hostUnit", post, from_on AS "fromOn", to_on AS "toOn", state, report
           FROM talent_secondments WHERE entry_id = $1 ORDER BY from_on DESC`,
        [id],
      ) as Promise<TalentEntryDto['secondments']>,
      this.db.query(`SELECT post, unit_name AS "unitName", from_on AS "fromOn", to_on AS "toOn" FROM talent_posts WHERE entry_id = $1 ORDER BY from_on DESC, position`, [id]) as Promise<
        TalentEntryDto['posts']
      >,
    ]);
    return {
      ...toSummary(row),
      mentorPost: (row.mentor_post as string | null) ?? null,
      criteriaProblems: (row.criteria_problems as FieldProblem[]) ?? [],
      overrideReason: (row.override_reason as string | null) ?? null,
      admittedOn: (row.admitted_on as string | null) ?? null,
      newPost: (row.new_post as string | null) ?? null,
      closedReason: (row.closed_reason as string | null) ?? null,
      closedOn: (row.closed_on as string | null) ?? null,
      history: history.map((h) => ({ ...h, occurredAt: new Date(h.occurredAt).toISOString() })),
      milestones: milestones.map((m) => ({ ...m, overdue: m.doneOn === null && m.dueOn < today })),
      notes,
      evaluations,
      secondments,
      posts,
    };
  }

  /**
   * The pool under a unit for a period, for the progress report: members in the pool now, by track; secondments under
   * way now; secondments that overlapped [from, to].
   */
  async figures(unit: { path: string }, from: string, to: string): Promise<TalentFigures> {
    const prefix = `${unit.path}%`;
    const [tracks, [secondments]] = await Promise.all([
      this.db.query(
        `SELECT e.track, count(*)::int AS n FROM talent_entries e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id
          WHERE e.status = 'in_pool' AND ou.path LIKE $1 GROUP BY e.track`,
        [prefix],
      ) as Promise<{ track: TalentTrack; n: number }[]>,
      this.db.query(
        `SELECT count(*) FILTER (WHERE ${AWAY_NOW('s', '$4::date')})::int AS active,
                count(*) FILTER (WHERE ${OVERDUE_RETURN('s', '$4::date')})::int AS overdue_return,
                count(*) FILTER (WHERE s.from_on <= $3::date AND s.to_on >= $2::date)::int AS in_period
           FROM talent_secondments s JOIN talent_entries e ON e.id = s.entry_id JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id
          WHERE ou.path LIKE $1`,
        [prefix, from, to, todayInShanghai()],
      ) as Promise<[{ active: number; overdue_return: number; in_period: number }]>,
    ]);
    const byTrack = Object.fromEntries(TALENT_TRACKS.map((t) => [t, tracks.find((r) => r.track === t)?.n ?? 0])) as Record<TalentTrack, number>;
    return {
      members: tracks.reduce((s, r) => s + r.n, 0),
      byTrack,
      secondmentsActive: secondments.active,
      secondmentsOverdueReturn: secondments.overdue_return,
      secondmentsInPeriod: secondments.in_period,
    };
  }

  /** The entry, locked, in the caller's scope (404 otherwise) and in one of `states` (409 otherwise). */
  private async lock(tx: EntityManager, user: AuthUser, id: string, states: TalentStatus[]): Promise<TalentEntry> {
    const entry = await tx.getRepository(TalentEntry).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entry) throw notFound('Talent pool entry');
    if (!isPathInScope(await this.pathOf(tx, id), user)) throw notFound('Talent pool entry');
    if (!states.includes(entry.status)) {
      throw new AppException(HttpStatus.CONFLICT, TalentError.InvalidState, `The entry is ${entry.status}; this needs ${states.join(' or ')}`);
    }
    return entry;
  }

  /** The path of the cadre's current unit: what scope and the audit trail go by. */
  private async pathOf(tx: EntityManager, entryId: string): Promise<string> {
    const [row] = (await tx.query(
      `SELECT ou.path FROM talent_entries e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id WHERE e.id = $1`,
      [entryId],
    )) as { path: string }[];
    return row?.path ?? '';
  }

  private async event(
    tx: EntityManager,
    user: AuthUser,
    entryId: string,
    action: string,
    toStatus: TalentStatus | null,
    note: string,
    audit: AuditAction,
    origin: RequestOrigin,
    details: Record<string, unknown>,
  ): Promise<void> {
    await tx.getRepository(TalentEvent).insert({ entryId, action, toStatus, note: note.slice(0, 500), actorId: user.id });
    await this.audit.record({ action: audit, actor: user, target: { type: 'talent_entry', id: entryId }, unitPath: await this.pathOf(tx, entryId), origin, details }, tx);
  }
}

function notInFuture(field: string, date: string): void {
  if (date > todayInShanghai()) {
    throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, TalentError.InvalidPeriod, 'The date cannot be in the future', [{ field, message: 'must not be in the future' }]);
  }
}

function checkSecondment(s: { fromOn: string; toOn: string; state?: string; report?: string }): void {
  if (s.toOn < s.fromOn) {
    throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, TalentError.InvalidPeriod, 'A secondment ends after it starts', [{ field: 'toOn', message: 'must not be before fromOn' }]);
  }
  if (s.state === 'returned' && !s.report?.trim()) {
    throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, TalentError.ReportRequired, 'A secondment is closed with its report', [{ field: 'report', message: 'required to mark it returned' }]);
  }
}
