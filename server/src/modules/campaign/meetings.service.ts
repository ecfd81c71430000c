import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CAMPAIGN_MEETING_KINDS, CampaignError, CommonError, type CampaignMeetingKind } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isRootScope, scopePrefix } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import { FilesService, isAttachable } from '../files/files.service';
import { StoredFile } from '../files/stored-file.entity';
import type {
  CampaignDecisionDto,
  CampaignDecisionQueryDto,
  CampaignMeetingDto,
  CampaignMeetingQueryDto,
  CampaignMeetingSummaryDto,
  CampaignRhythmDto,
  CampaignRhythmQueryDto,
  CreateCampaignDecisionDto,
  CreateCampaignMeetingDto,
  MarkDecisionDoneDto,
} from './dto/meetings.dto';
import { CampaignDecision, CampaignMeeting, CampaignMeetingAttachment, CampaignMeetingAttendee, CampaignMeetingUnit } from './meeting.entity';
import { DECISIONS, MEETING_VISIBLE, currentUnitStarts, expectedMeetings, toDecision } from './meetings-sql';

type Row = Record<string, unknown>;

const RULE = '每周碰头会按期内开始的自然周（周一在期内）计，每月调度会按期内的月份（1日在期内）计，每季度推进会按期内的季度（首日在期内）计；期间尚未结束的，只计到今天，其中尚在进行的本周、本月、本季度召开后才计入；专题会议不设应开数';

/** The meetings the caller sees, with counts; $1 scope path, $2 scope prefix. */
const MEETINGS = `
  SELECT m.id, m.kind, m.held_on, m.title, m.owner_unit_id, m.chair_id, ch.name AS chair_name, m.agenda, m.minutes, m.created_at,
         (SELECT count(*)::int FROM campaign_meeting_attendees x WHERE x.meeting_id = m.id) AS attendee_count,
         (SELECT count(*)::int FROM campaign_decisions d WHERE d.meeting_id = m.id) AS decision_count,
         (SELECT count(*)::int FROM campaign_decisions d WHERE d.meeting_id = m.id AND d.done_on IS NULL) AS decisions_open
    FROM campaign_meetings m
    JOIN org_units o ON o.id = m.owner_unit_id
    JOIN users ch ON ch.id = m.chair_id
   WHERE ${MEETING_VISIBLE}`;

/**
 * Dispatch meetings (调度会议) and their decisions (议定事项). The campaign office (an org admin of the root) records the
 * meetings; every admin of the campaign reads them; the admins over a decision's owner unit mark it done. The rhythm
 * compares the meetings held with those the working rhythm expects.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: CampaignMeetingQueryDto): Promise<Page<CampaignMeetingSummaryDto>> {
    const params: unknown[] = [user.scopePath ?? '\u0000', scopePrefix(user)];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const where = [
      query.kind ? ` AND m.kind = ${p(query.kind)}` : '',
      query.from ? ` AND m.held_on >= ${p(query.from)}::date` : '',
      query.to ? ` AND m.held_on <= ${p(query.to)}::date` : '',
    ].join('');
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM (${MEETINGS}${where}) x`, params)) as [{ total: number }];
    const rows = (await this.db.query(
      `${MEETINGS}${where} ORDER BY m.held_on DESC, m.created_at DESC LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      params,
    )) as Row[];
    return pageOf(rows.map(toSummary), total, query);
  }

  async get(user: AuthUser, id: string): Promise<CampaignMeetingDto> {
    const [row] = (await this.db.query(
      `SELECT x.*, cb.name AS created_by_name, cu.name AS chair_unit_name
         FROM (${MEETINGS} AND m.id = $3) x JOIN campaign_meetings mm ON mm.id = x.id JOIN users cb ON cb.id = mm.created_by_id
         JOIN users ch ON ch.id = x.chair_id LEFT JOIN org_units cu ON cu.id = ch.unit_id`,
      [user.scopePath ?? '\u0000', scopePrefix(user), id],
    )) as Row[];
    if (!row) throw notFound('Meeting');
    const attendees = (await this.db.query(
      `SELECT u.id, u.name, ou.name AS unit_name FROM campaign_meeting_attendees a JOIN users u ON u.id = a.user_id
         LEFT JOIN org_units ou ON ou.id = u.unit_id WHERE a.meeting_id = $1 ORDER BY ou.path, u.name`,
      [id],
    )) as Row[];
    const units = (await this.db.query(
      'SELECT o.id, o.name FROM campaign_meeting_units x JOIN org_units o ON o.id = x.unit_id WHERE x.meeting_id = $1 ORDER BY o.path',
      [id],
    )) as { id: string; name: string }[];
    const files = await this.db
      .getRepository(StoredFile)
      .createQueryBuilder('f')
      .innerJoin(CampaignMeetingAttachment, 'a', 'a.file_id = f.id')
      .where('a.meeting_id = :id', { id })
      .orderBy('a.position')
      .getMany();
    const decisions = (await this.db.query(`${DECISIONS} WHERE d.meeting_id = $2 ORDER BY d.position`, [todayInShanghai(), id])) as Row[];
    return {
      ...toSummary(row),
      chair: { id: row.chair_id as string, name: row.chair_name as string, unitName: (row.chair_unit_name as string | null) ?? null },
      attendees: attendees.map((a) => ({ id: a.id as string, name: a.name as string, unitName: (a.unit_name as string | null) ?? null })),
      units,
      agenda: row.agenda as string[],
      minutes: row.minutes as string,
      attachments: files.map((f) => this.files.toDto(user, f)),
      decisions: decisions.map((d) => toDecision(user, d)),
      createdByName: row.created_by_name as string,
      canEdit: canEdit(user) && row.owner_unit_id === user.scopeUnitId,
    };
  }

  /** Records a held meeting with its people, agenda, minutes, files and decisions in one transaction. */
  async create(user: AuthUser, dto: CreateCampaignMeetingDto, origin: RequestOrigin): Promise<CampaignMeetingDto> {
    requireRootAdmin(user);
    if (dto.heldOn > todayInShanghai()) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CampaignError.HeldInFuture, 'A meeting is recorded after it was held', [
        { field: 'heldOn', message: 'must not be in the future' },
      ]);
    }
    const id = await this.db.transaction(async (tx) => {
      const problems: FieldProblem[] = [];
      const attendeeIds = dedupe(dto.attendeeIds ?? []);
      const unitIds = dedupe(dto.unitIds ?? []);
      await this.checkPeople(tx, user, [dto.chairId], 'chairId', problems, true);
      await this.checkPeople(tx, user, attendeeIds, 'attendeeIds', problems);
      await this.checkUnits(tx, user, unitIds, (i) => `unitIds.${i}`, problems);
      await this.checkDecisions(tx, user, dto.decisions ?? [], problems);
      await this.checkAttachments(tx, user, dto.attachmentIds ?? [], problems);
      if (problems.length > 0) throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Not found', problems);
      const saved = await tx.getRepository(CampaignMeeting).save({
        ownerUnitId: user.scopeUnitId!,
        kind: dto.kind,
        heldOn: dto.heldOn,
        title: dto.title,
        chairId: dto.chairId,
        agenda: dto.agenda ?? [],
        minutes: dto.minutes ?? '',
        createdById: user.id,
      });
      if (attendeeIds.length) await tx.getRepository(CampaignMeetingAttendee).insert(attendeeIds.map((userId) => ({ meetingId: saved.id, userId })));
      if (unitIds.length) await tx.getRepository(CampaignMeetingUnit).insert(unitIds.map((unitId) => ({ meetingId: saved.id, unitId })));
      const fileIds = dedupe(dto.attachmentIds ?? []);
      if (fileIds.length) await tx.getRepository(CampaignMeetingAttachment).insert(fileIds.map((fileId, position) => ({ meetingId: saved.id, fileId, position })));
      const decisions = dto.decisions ?? [];
      if (decisions.length) {
        await tx.getRepository(CampaignDecision).insert(
          decisions.map((d, position) => ({ meetingId: saved.id, position, content: d.content, ownerUnitId: d.ownerUnitId, deadline: d.deadline, taskId: d.taskId ?? null })),
        );
      }
      await this.audit.record(
        {
          action: 'campaign_meeting.created',
          actor: user,
          target: { type: 'campaign_meeting', id: saved.id },
          unitPath: user.scopePath,
          origin,
          details: { kind: dto.kind, heldOn: dto.heldOn, title: dto.title, attendees: attendeeIds.length, decisions: decisions.length, attachments: fileIds.length },
        },
        tx,
      );
      return saved.id;
    });
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    requireRootAdmin(user);
    await this.db.transaction(async (tx) => {
      const meeting = await tx.getRepository(CampaignMeeting).findOneBy({ id });
      if (!meeting || meeting.ownerUnitId !== user.scopeUnitId) throw notFound('Meeting');
      await tx.getRepository(CampaignMeeting).delete({ id });
      await this.audit.record(
        { action: 'campaign_meeting.deleted', actor: user, target: { type: 'campaign_meeting', id }, unitPath: user.scopePath, origin, details: { kind: meeting.kind, heldOn: meeting.heldOn, title: meeting.title } },
        tx,
      );
    });
  }

  async addDecision(user: AuthUser, meetingId: string, dto: CreateCampaignDecisionDto, origin: RequestOrigin): Promise<CampaignDecisionDto> {
    requireRootAdmin(user);
    const id = await this.db.transaction(async (tx) => {
      const meeting = await tx.getRepository(CampaignMeeting).findOne({ where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (!meeting || meeting.ownerUnitId !== user.scopeUnitId) throw notFound('Meeting');
      const problems: FieldProblem[] = [];
      await this.checkDecisions(tx, user, [dto], problems, '');
      if (problems.length > 0) throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Not found', problems);
      const [{ next }] = (await tx.query('SELECT coalesce(max(position) + 1, 0)::int AS next FROM campaign_decisions WHERE meeting_id = $1', [meetingId])) as [{ next: number }];
      const saved = await tx.getRepository(CampaignDecision).save({ meetingId, position: next, content: dto.content, ownerUnitId: dto.ownerUnitId, deadline: dto.deadline, taskId: dto.taskId ?? null });
      await this.audit.record(
        { action: 'campaign_decision.added', actor: user, target: { type: 'campaign_decision', id: saved.id }, unitPath: user.scopePath, origin, details: { meetingId, ownerUnitId: dto.ownerUnitId, deadline: dto.deadline } },
        tx,
      );
      return saved.id;
    });
    return this.decision(user, id);
  }

  /** The to-do list: decisions whose owner unit lies in the caller's scope, overdue first, then by deadline. */
  async decisions(user: AuthUser, query: CampaignDecisionQueryDto): Promise<Page<CampaignDecisionDto>> {
    const params: unknown[] = [todayInShanghai(), scopePrefix(user)];
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const where = [
      query.ownerUnitId ? ` AND ou.path LIKE (SELECT path FROM org_units WHERE id = ${p(query.ownerUnitId)}) || '%'` : '',
      query.taskId ? ` AND d.task_id = ${p(query.taskId)}` : '',
      query.meetingId ? ` AND d.meeting_id = ${p(query.meetingId)}` : '',
      query.from ? ` AND m.held_on >= ${p(query.from)}::date` : '',
      query.to ? ` AND m.held_on <= ${p(query.to)}::date` : '',
    ].join('');
    const status = query.status ? ` WHERE x.status = ${p(query.status)}` : '';
    const sql = `SELECT x.* FROM (${DECISIONS} WHERE ou.path LIKE $2${where}) x${status}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM (${sql}) y`, params)) as [{ total: number }];
    const rows = (await this.db.query(
      `${sql} ORDER BY CASE x.status WHEN 'overdue' THEN 0 WHEN 'open' THEN 1 ELSE 2 END, x.deadline, x.meeting_held_on, x.position
       LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      params,
    )) as Row[];
    return pageOf(
      rows.map((r) => toDecision(user, r)),
      total,
      query,
    );
  }

  /**
   * Marks a decision done (today) or reopens it. One conditional UPDATE decides, so two admins marking at once get one
   * success and one 409; a decision outside the caller's scope is a 404.
   */
  async mark(user: AuthUser, id: string, done: boolean, dto: MarkDecisionDoneDto, origin: RequestOrigin): Promise<CampaignDecisionDto> {
    await this.db.transaction(async (tx) => {
      const [row] = (await tx.query('SELECT ou.path FROM campaign_decisions d JOIN org_units ou ON ou.id = d.owner_unit_id WHERE d.id = $1 AND ou.path LIKE $2', [
        id,
        scopePrefix(user),
      ])) as { path: string }[];
      if (!row) throw notFound('Decision');
      const changed = (await tx.query(
        done
          ? `UPDATE campaign_decisions SET done_on = $2::date, done_note = $3, done_by_id = $4 WHERE id = $1 AND done_on IS NULL RETURNING id`
          : `UPDATE campaign_decisions SET done_on = NULL, done_note = '', done_by_id = NULL WHERE id = $1 AND done_on IS NOT NULL RETURNING id`,
        done ? [id, todayInShanghai(), dto.note ?? '', user.id] : [id],
      )) as [unknown[], number];
      if (changed[1] === 0) {
        throw new AppException(HttpStatus.CONFLICT, CampaignError.DecisionState, done ? 'The decision is already done' : 'The decision is not done');
      }
      await this.audit.record(
        {
          action: done ? 'campaign_decision.done' : 'campaign_decision.reopened',
          actor: user,
          target: { type: 'campaign_decision', id },
          unitPath: row.path,
          origin,
          details: done ? { note: dto.note ?? '' } : {},
        },
        tx,
      );
    });
    return this.decision(user, id);
  }

  /** Meetings held per kind against the rhythm's expectation, and the period's decisions by status today. */
  async rhythm(user: AuthUser, query: CampaignRhythmQueryDto): Promise<CampaignRhythmDto> {
    if (query.to < query.from) {
      throw new AppException(HttpStatus.BAD_REQUEST, CampaignError.BadPeriod, 'The period ends before it starts', [{ field: 'to', message: 'before from' }]);
    }
    const held = (await this.db.query(
      `SELECT m.kind, count(*)::int AS n FROM campaign_meetings m JOIN org_units o ON o.id = m.owner_unit_id
        WHERE ${MEETING_VISIBLE} AND m.held_on BETWEEN $3::date AND $4::date GROUP BY m.kind`,
      [user.scopePath ?? '\u0000', scopePrefix(user), query.from, query.to],
    )) as { kind: CampaignMeetingKind; n: number }[];
    const today = todayInShanghai();
    const [counts] = (await this.db.query(
      `SELECT count(*) FILTER (WHERE x.status = 'open')::int AS open, count(*) FILTER (WHERE x.status = 'overdue')::int AS overdue,
              count(*) FILTER (WHERE x.status = 'done')::int AS done, count(*)::int AS total
         FROM (${DECISIONS} WHERE ou.path LIKE $2 AND m.held_on BETWEEN $3::date AND $4::date) x`,
      [today, scopePrefix(user), query.from, query.to],
    )) as [{ open: number; overdue: number; done: number; total: number }];
    // A period still running expects only the weeks, months and quarters begun by today; the one under way is due by
    // its end, so it is expected only once its meeting is held (no 少开 for a month whose meeting is on the 26th).
    const until = query.to < today ? query.to : today;
    const expected = expectedMeetings(query.from, until);
    if (query.to >= today && query.from <= today) {
      const last = (await this.db.query(
        `SELECT m.kind, max(m.held_on)::text AS last FROM campaign_meetings m JOIN org_units o ON o.id = m.owner_unit_id
          WHERE ${MEETING_VISIBLE} AND m.held_on BETWEEN $3::date AND $4::date GROUP BY m.kind`,
        [user.scopePath ?? '\u0000', scopePrefix(user), query.from, today],
      )) as { kind: CampaignMeetingKind; last: string }[];
      for (const [kind, start] of Object.entries(currentUnitStarts(today)) as [keyof typeof expected, string][]) {
        const heldSince = (last.find((l) => l.kind === kind)?.last ?? '') >= start;
        if (start >= query.from && !heldSince) expected[kind] -= 1;
      }
    }
    const period = `from=${query.from}&to=${query.to}`;
    return {
      from: query.from,
      to: query.to,
      asOf: today,
      rule: RULE,
      kinds: CAMPAIGN_MEETING_KINDS.map((kind) => ({
        kind,
        expected: kind === 'ad_hoc' ? null : expected[kind],
        held: held.find((h) => h.kind === kind)?.n ?? 0,
        link: `/campaign/meetings?kind=${kind}&${period}`,
      })),
      decisions: { ...counts, link: `/campaign/decisions?${period}` },
    };
  }

  private async decision(user: AuthUser, id: string): Promise<CampaignDecisionDto> {
    const [row] = (await this.db.query(`${DECISIONS} WHERE d.id = $2`, [todayInShanghai(), id])) as Row[];
    return toDecision(user, row!);
  }

  // ---- checks ------------------------------------------------------------------------------------------------------

  /** Active cadres of units in the caller's scope. */
  private async checkPeople(tx: EntityManager, user: AuthUser, ids: string[], field: string, problems: FieldProblem[], single = false): Promise<void> {
    if (ids.length === 0) return;
    const found = new Set(
      ((await tx.query(`SELECT u.id FROM users u JOIN org_units o ON o.id = u.unit_id WHERE u.id = ANY($1::uuid[]) AND u.status = 'active' AND o.path LIKE $2`, [
        ids,
        scopePrefix(user),
      ])) as { id: string }[]).map((r) => r.id),
    );
    ids.forEach((id, i) => !found.has(id) && problems.push({ field: single ? field : `${field}.${i}`, message: 'no such active cadre in your scope' }));
  }

  private async checkUnits(tx: EntityManager, user: AuthUser, ids: string[], field: (i: number) => string, problems: FieldProblem[]): Promise<void> {
    if (ids.length === 0) return;
    const found = new Set(
      ((await tx.query('SELECT id FROM org_units WHERE id = ANY($1::uuid[]) AND retired_at IS NULL AND path LIKE $2', [ids, scopePrefix(user)])) as { id: string }[]).map((r) => r.id),
    );
    ids.forEach((id, i) => !found.has(id) && problems.push({ field: field(i), message: 'no such active unit in your scope' }));
  }

  /** Each decision's owner unit lies in scope and its task is one of the caller's campaign. `prefix` names the field. */
  private async checkDecisions(tx: EntityManager, user: AuthUser, decisions: CreateCampaignDecisionDto[], problems: FieldProblem[], prefix = 'decisions'): Promise<void> {
    const at = (i: number, f: string) => (prefix ? `${prefix}.${i}.${f}` : f);
    await this.checkUnits(
      tx,
      user,
      decisions.map((d) => d.ownerUnitId),
      (i) => at(i, 'ownerUnitId'),
      problems,
    );
    const taskIds = decisions.map((d) => d.taskId).filter((t): t is string => !!t);
    if (taskIds.length === 0) return;
    const tasks = new Set(
      ((await tx.query('SELECT t.id FROM campaign_tasks t JOIN campaign_areas a ON a.id = t.area_id WHERE t.id = ANY($1::uuid[]) AND a.owner_unit_id = $2', [
        taskIds,
        user.scopeUnitId,
      ])) as { id: string }[]).map((r) => r.id),
    );
    decisions.forEach((d, i) => d.taskId && !tasks.has(d.taskId) && problems.push({ field: at(i, 'taskId'), message: 'no such campaign task' }));
  }

  /** Read inside the transaction: the embedded database's single connection would wait on a read through the DataSource. */
  private async checkAttachments(tx: EntityManager, user: AuthUser, fileIds: string[], problems: FieldProblem[]): Promise<void> {
    if (fileIds.length === 0) return;
    const files = new Map((await tx.getRepository(StoredFile).findBy(fileIds.map((id) => ({ id })))).map((f) => [f.id, f]));
    fileIds.forEach((id, i) => {
      const file = files.get(id);
      if (!file || !isAttachable(file, user, ['campaign_attachment'])) problems.push({ field: `attachmentIds.${i}`, message: 'no such file of yours' });
    });
  }
}

function canEdit(user: AuthUser): boolean {
  return hasRole(user, 'org_admin') && isRootScope(user);
}

function requireRootAdmin(user: AuthUser): void {
  if (!canEdit(user)) throw new AppException(HttpStatus.FORBIDDEN, CampaignError.RootAdminOnly, 'Only an org admin of the root records dispatch meetings');
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}

function toSummary(r: Row): CampaignMeetingSummaryDto {
  return {
    id: r.id as string,
    kind: r.kind as CampaignMeetingKind,
    heldOn: r.held_on as string,
    title: r.title as string,
    chairName: r.chair_name as string,
    attendeeCount: Number(r.attendee_count),
    decisionCount: Number(r.decision_count),
    decisionsOpen: Number(r.decisions_open),
  };
}
