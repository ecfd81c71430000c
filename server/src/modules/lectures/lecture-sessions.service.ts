import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError, LectureError, type LectureSessionStatus } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import { FilesService } from '../files/files.service';
import { HourRulesService } from '../learning/hour-rules.service';
import { LedgerService } from '../learning/ledger.service';
import { OrgUnit } from '../org/org-unit.entity';
import type {
  CreateLectureSessionDto,
  LectureSessionDto,
  LectureSessionQueryDto,
  LectureSessionSummaryDto,
  UpdateLectureSessionDto,
} from './dto/lecture.dto';
import { LectureSession, LectureSessionLecturer, LectureSessionPhoto } from './lecture-session.entity';
import { LectureTeam, LectureTeamMember, LectureTopic } from './lecture-team.entity';

/** Fields an org admin may correct on a verified session; the others decide hours and scope and stay as verified. */
const CORRECTABLE = ['title', 'topicId', 'venue', 'summary', 'audienceSize', 'audienceKinds', 'photoFileIds'] as const;
const EDITABLE_STATES: LectureSessionStatus[] = ['draft', 'returned'];

const SUMMARY_COLUMNS = `
  s.id, s.title, s.team_id, t.name AS team_name, s.topic_id, tp.name AS topic_name, s.started_at, s.duration_minutes,
  s.host_unit_id, hu.name AS host_unit_name, s.host_unit_path, s.team_unit_path, s.venue, s.format, s.audience_size,
  s.audience_kinds, s.status, s.return_reason, s.credited_hours, s.submitted_at, s.reviewed_at, s.reviewed_by_id,
  s.summary, s.created_by_id, au.name AS author_name,
  (SELECT coalesce(json_agg(json_build_object('id', l.user_id, 'name', lu.name) ORDER BY l.position), '[]')
     FROM lecture_session_lecturers l JOIN users lu ON lu.id = l.user_id WHERE l.session_id = s.id) AS lecturers,
  (SELECT count(*)::int FROM lecture_session_photos p WHERE p.session_id = s.id) AS photo_count,
  (SELECT p.file_id FROM lecture_session_photos p WHERE p.session_id = s.id ORDER BY p.position LIMIT 1) AS cover_file_id,
  (SELECT count(*)::int FROM lecture_feedback f WHERE f.session_id = s.id) AS feedback_count,
  (SELECT round(avg(f.rating), 1) FROM lecture_feedback f WHERE f.session_id = s.id) AS average_rating`;

const FROM = `
  FROM lecture_sessions s
  JOIN lecture_teams t ON t.id = s.team_id
  JOIN lecture_topics tp ON tp.id = s.topic_id
  JOIN org_units hu ON hu.id = s.host_unit_id
  JOIN users au ON au.id = s.created_by_id`;

type Row = Record<string, unknown>;

/**
 * Lecture sessions (宣讲场次): a lecturer logs one (draft), submits it, and an admin whose scope covers the host unit
 * verifies it (hours for every lecturer) or returns it with a reason. A draft is seen by its author and the colleagues it
 * names as lecturers (only the author edits it); admins see what has been submitted in their scope (host unit or the team's
 * home unit); a lecturer sees what they wrote or gave.
 */
@Injectable()
export class LectureSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly ledger: LedgerService,
    private readonly hourRules: HourRulesService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: LectureSessionQueryDto): Promise<Page<LectureSessionSummaryDto>> {
    const params: unknown[] = [user.id];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const own = `(s.created_by_id = $1 OR EXISTS (SELECT 1 FROM lecture_session_lecturers ml WHERE ml.session_id = s.id AND ml.user_id = $1))`;
    const where: string[] = [];
    if (query.mine || !hasRole(user, 'org_admin', 'unit_admin')) {
      where.push(own);
    } else {
      const scope = p(scopePrefix(user));
      where.push(`(${own} OR (s.status <> 'draft' AND (s.host_unit_path LIKE ${scope} OR s.team_unit_path LIKE ${scope})))`);
    }
    if (query.toVerify) {
      where.push(`s.status = 'submitted' AND s.host_unit_path LIKE ${p(scopePrefix(user))} AND NOT ${own}`);
    }
    if (query.status) where.push(`s.status = ${p(query.status)}`);
    if (query.teamId) where.push(`s.team_id = ${p(query.teamId)}`);
    if (query.topicId) where.push(`s.topic_id = ${p(query.topicId)}`);
    if (query.format) where.push(`s.format = ${p(query.format)}`);
    if (query.lecturerId) where.push(`EXISTS (SELECT 1 FROM lecture_session_lecturers fl WHERE fl.session_id = s.id AND fl.user_id = ${p(query.lecturerId)})`);
    if (query.unitId) where.push(`s.host_unit_path LIKE (SELECT path FROM org_units WHERE id = ${p(query.unitId)}) || '%'`);
    if (query.year) {
      const y = p(query.year);
      where.push(`s.started_at >= make_timestamptz(${y}, 1, 1, 0, 0, 0, 'Asia/Shanghai') AND s.started_at < make_timestamptz(${y} + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')`);
    }
    if (query.from) where.push(`s.started_at >= (${p(query.from)}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
    if (query.to) where.push(`s.started_at < ((${p(query.to)}::date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
    if (query.q) where.push(`s.title ILIKE ${p(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM lecture_sessions s ${clause}`, params)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT ${SUMMARY_COLUMNS} ${FROM} ${clause} ORDER BY s.started_at DESC, s.id LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      params,
    )) as Row[];
    return pageOf(rows.map((r) => this.toSummary(r, user)), total, query);
  }

  async get(user: AuthUser, id: string): Promise<LectureSessionDto> {
    const row = await this.row(id);
    if (!row || !this.canSee(user, row)) throw notFound('Lecture session');
    return this.toDetail(user, row);
  }

  async create(user: AuthUser, dto: CreateLectureSessionDto): Promise<LectureSessionDto> {
    const id = await this.db.transaction(async (tx) => {
      const team = await this.checkTeam(tx, user, dto.teamId, dto.lecturerIds);
      await this.checkTopic(tx, dto.topicId);
      const host = await this.checkHost(tx, dto.hostUnitId);
      checkHeld(dto.startedAt);
      const photos = await this.checkPhotos(tx, user, dto.photoFileIds ?? []);
      const saved = await tx.getRepository(LectureSession).save({
        teamId: team.id,
        teamUnitPath: team.homeUnitPath,
        topicId: dto.topicId,
        title: dto.title,
        startedAt: new Date(dto.startedAt),
        durationMinutes: dto.durationMinutes,
        hostUnitId: host.id,
        hostUnitPath: host.path,
        venue: dto.venue ?? '',
        format: dto.format,
        audienceSize: dto.audienceSize,
        audienceKinds: dto.audienceKinds,
        summary: dto.summary ?? '',
        createdById: user.id,
      });
      await this.writeLecturers(tx, saved.id, dto.lecturerIds);
      await this.writePhotos(tx, saved.id, photos);
      return saved.id;
    });
    return this.get(user, id);
  }

  /**
   * The author edits a draft or returned session. A verified session is read-only, except that an org admin whose scope
   * covers it may correct its descriptive fields; each correction is audited with the values before and after.
   */
  async update(user: AuthUser, id: string, dto: UpdateLectureSessionDto, origin: RequestOrigin): Promise<LectureSessionDto> {
    await this.db.transaction(async (tx) => {
      const session = await this.lock(tx, user, id);
      if (session.status === 'verified') return this.correct(tx, user, session, dto, origin);
      if (session.createdById !== user.id || !EDITABLE_STATES.includes(session.status)) throw notEditable(session.status);
      const teamId = dto.teamId ?? session.teamId;
      const lecturerIds = dto.lecturerIds ?? (await tx.getRepository(LectureSessionLecturer).findBy({ sessionId: id })).map((l) => l.userId);
      const team = await this.checkTeam(tx, user, teamId, lecturerIds);
      if (dto.topicId) await this.checkTopic(tx, dto.topicId);
      const host = dto.hostUnitId ? await this.checkHost(tx, dto.hostUnitId) : null;
      if (dto.startedAt) checkHeld(dto.startedAt);
      const photos = dto.photoFileIds ? await this.checkPhotos(tx, user, dto.photoFileIds, id) : null;
      const { lecturerIds: _l, photoFileIds: _p, startedAt, ...plain } = dto;
      await tx.getRepository(LectureSession).update(
        { id },
        {
          ...plain,
          teamUnitPath: team.homeUnitPath,
          ...(startedAt ? { startedAt: new Date(startedAt) } : {}),
          ...(host ? { hostUnitId: host.id, hostUnitPath: host.path } : {}),
        },
      );
      if (dto.lecturerIds) await this.writeLecturers(tx, id, dto.lecturerIds);
      if (photos) await this.writePhotos(tx, id, photos);
    });
    return this.get(user, id);
  }

  async submit(user: AuthUser, id: string): Promise<LectureSessionDto> {
    await this.db.transaction(async (tx) => {
      const session = await this.lock(tx, user, id);
      if (session.createdById !== user.id) throw notFound('Lecture session');
      if (!EDITABLE_STATES.includes(session.status)) {
        throw new AppException(HttpStatus.CONFLICT, LectureError.InvalidState, `A ${session.status} session cannot be submitted`);
      }
      checkHeld(session.startedAt.toISOString());
      await tx.getRepository(LectureSession).update({ id }, { status: 'submitted', submittedAt: new Date(), returnReason: null });
    });
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const session = await this.lock(tx, user, id);
      if (session.createdById !== user.id || !EDITABLE_STATES.includes(session.status)) throw notEditable(session.status);
      await tx.getRepository(LectureSession).delete({ id });
    });
  }

  /** An admin whose scope covers the host unit verifies: each lecturer gets the hours of the session's format. */
  async verify(user: AuthUser, id: string, origin: RequestOrigin): Promise<LectureSessionDto> {
    await this.db.transaction(async (tx) => {
      const { session, lecturerIds } = await this.lockForReview(tx, user, id);
      const hours = await this.hourRules.hoursFor(tx, 'lecture_given', session.format);
      await tx.getRepository(LectureSession).update({ id }, { status: 'verified', creditedHours: hours, reviewedById: user.id, reviewedAt: new Date() });
      for (const userId of lecturerIds) {
        await this.ledger.grant(tx, {
          userId,
          hours,
          source: 'lecture_given',
          sourceRefId: id,
          description: `理论宣讲：${session.title}`,
          earnedAt: session.startedAt,
        });
      }
      await this.audit.record(
        { action: 'lecture_session.verified', actor: user, target: { type: 'lecture_session', id }, unitPath: session.hostUnitPath, origin, details: { hours, lecturerIds } },
        tx,
      );
    });
    return this.get(user, id);
  }

  async returnToAuthor(user: AuthUser, id: string, reason: string, origin: RequestOrigin): Promise<LectureSessionDto> {
    await this.db.transaction(async (tx) => {
      const { session } = await this.lockForReview(tx, user, id);
      await tx.getRepository(LectureSession).update({ id }, { status: 'returned', returnReason: reason, reviewedById: user.id, reviewedAt: new Date() });
      await this.audit.record(
        { action: 'lecture_session.returned', actor: user, target: { type: 'lecture_session', id }, unitPath: session.hostUnitPath, origin, details: { reason } },
        tx,
      );
    });
    return this.get(user, id);
  }

  /** The session row if it exists (for other services that check visibility themselves). */
  async row(id: string): Promise<Row | undefined> {
    const [row] = (await this.db.query(`SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE s.id = $1`, [id])) as Row[];
    return row;
  }

  canSee(user: AuthUser, row: Row): boolean {
    if (row.created_by_id === user.id) return true;
    if ((row.lecturers as { id: string }[]).some((l) => l.id === user.id)) return true;
    if (!hasRole(user, 'org_admin', 'unit_admin') || row.status === 'draft') return false;
    return isPathInScope(row.host_unit_path as string, user) || isPathInScope(row.team_unit_path as string, user);
  }

  /** An admin of the host unit moderates feedback and verifies. */
  isHostAdmin(user: AuthUser, row: Row): boolean {
    return hasRole(user, 'org_admin', 'unit_admin') && isPathInScope(row.host_unit_path as string, user);
  }

  private async correct(tx: EntityManager, user: AuthUser, session: LectureSession, dto: UpdateLectureSessionDto, origin: RequestOrigin): Promise<void> {
    const inScope = isPathInScope(session.hostUnitPath, user) || isPathInScope(session.teamUnitPath, user);
    if (!hasRole(user, 'org_admin') || !inScope) throw notEditable('verified');
    const locked = Object.keys(dto).filter((k) => !(CORRECTABLE as readonly string[]).includes(k));
    if (locked.length > 0) {
      throw new AppException(
        HttpStatus.CONFLICT,
        LectureError.NotEditable,
        'A verified session keeps its team, lecturers, format, time and place (they decided the hours)',
        locked.map((field) => ({ field, message: 'cannot change after verification' })),
      );
    }
    if (dto.topicId) await this.checkTopic(tx, dto.topicId, true);
    const photos = dto.photoFileIds ? await this.checkPhotos(tx, user, dto.photoFileIds, session.id) : null;
    const before: Record<string, unknown> = {};
    for (const key of Object.keys(dto)) {
      before[key] = key === 'photoFileIds' ? (await tx.getRepository(LectureSessionPhoto).findBy({ sessionId: session.id })).map((p) => p.fileId) : session[key as keyof LectureSession];
    }
    const { photoFileIds: _p, ...plain } = dto;
    if (Object.keys(plain).length > 0) await tx.getRepository(LectureSession).update({ id: session.id }, plain);
    if (photos) await this.writePhotos(tx, session.id, photos);
    await this.audit.record(
      { action: 'lecture_session.corrected', actor: user, target: { type: 'lecture_session', id: session.id }, unitPath: session.hostUnitPath, origin, details: { before, after: dto } },
      tx,
    );
  }

  private async lock(tx: EntityManager, user: AuthUser, id: string): Promise<LectureSession> {
    const session = await tx.getRepository(LectureSession).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!session) throw notFound('Lecture session');
    const lecturers = await tx.getRepository(LectureSessionLecturer).findBy({ sessionId: id });
    const row = {
      created_by_id: session.createdById,
      lecturers: lecturers.map((l) => ({ id: l.userId })),
      status: session.status,
      host_unit_path: session.hostUnitPath,
      team_unit_path: session.teamUnitPath,
    };
    if (!this.canSee(user, row)) throw notFound('Lecture session');
    return session;
  }

  private async lockForReview(tx: EntityManager, user: AuthUser, id: string): Promise<{ session: LectureSession; lecturerIds: string[] }> {
    const session = await this.lock(tx, user, id);
    if (!hasRole(user, 'org_admin', 'unit_admin') || !isPathInScope(session.hostUnitPath, user)) throw notFound('Lecture session');
    const lecturerIds = (await tx.getRepository(LectureSessionLecturer).find({ where: { sessionId: id }, order: { position: 'ASC' } })).map((l) => l.userId);
    if (session.createdById === user.id || lecturerIds.includes(user.id)) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, LectureError.SelfReview, 'Another admin must verify a session you gave or logged');
    }
    if (session.status !== 'submitted') {
      throw new AppException(HttpStatus.CONFLICT, LectureError.InvalidState, `Only a submitted session can be reviewed; this one is ${session.status}`);
    }
    return { session, lecturerIds };
  }

  /** The team is active; the author and every lecturer are its members. */
  private async checkTeam(tx: EntityManager, user: AuthUser, teamId: string, lecturerIds: string[]): Promise<LectureTeam> {
    const team = await tx.getRepository(LectureTeam).findOneBy({ id: teamId });
    if (!team || !team.active) {
      throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Lecture team not found', [{ field: 'teamId', message: 'no such active team' }]);
    }
    const members = new Set((await tx.getRepository(LectureTeamMember).findBy({ teamId })).map((m) => m.userId));
    const problems: FieldProblem[] = [];
    if (!members.has(user.id)) problems.push({ field: 'teamId', message: 'you are not a member of this team' });
    lecturerIds.forEach((id, i) => {
      if (!members.has(id)) problems.push({ field: `lecturerIds.${i}`, message: 'not a member of the team' });
    });
    if (problems.length > 0) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, LectureError.NotTeamMember, 'Lecturers must be members of the team', problems);
    return team;
  }

  private async checkTopic(tx: EntityManager, topicId: string, allowInactive = false): Promise<void> {
    const topic = await tx.getRepository(LectureTopic).findOneBy({ id: topicId });
    if (!topic || (!topic.active && !allowInactive)) {
      throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Topic not found', [{ field: 'topicId', message: 'no such topic' }]);
    }
  }

  private async checkHost(tx: EntityManager, unitId: string): Promise<OrgUnit> {
    const unit = await tx.getRepository(OrgUnit).findOneBy({ id: unitId });
    if (!unit || unit.retiredAt) {
      throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Unit not found', [{ field: 'hostUnitId', message: 'no such unit' }]);
    }
    return unit;
  }

  /** Photos the caller uploaded for lecture sessions (or, when editing, already on this session), read inside `tx`. */
  private async checkPhotos(tx: EntityManager, user: AuthUser, fileIds: string[], sessionId?: string): Promise<string[]> {
    const existing = sessionId ? new Set((await tx.getRepository(LectureSessionPhoto).findBy({ sessionId })).map((p) => p.fileId)) : new Set<string>();
    for (const fileId of fileIds) {
      if (!existing.has(fileId)) await this.files.findOwn(user, fileId, ['lecture_photo'], tx);
    }
    return fileIds;
  }

  private async writeLecturers(tx: EntityManager, sessionId: string, userIds: string[]): Promise<void> {
    await tx.getRepository(LectureSessionLecturer).delete({ sessionId });
    await tx.getRepository(LectureSessionLecturer).insert(userIds.map((userId, position) => ({ sessionId, userId, position })));
  }

  private async writePhotos(tx: EntityManager, sessionId: string, fileIds: string[]): Promise<void> {
    await tx.getRepository(LectureSessionPhoto).delete({ sessionId });
    if (fileIds.length > 0) await tx.getRepository(LectureSessionPhoto).insert(fileIds.map((fileId, position) => ({ sessionId, fileId, position })));
  }

  /** Without a viewer (the public feedback page, which shows no photos) there is no cover link: links belong to a session. */
  toSummary(r: Row, viewer?: AuthUser): LectureSessionSummaryDto {
    const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
    return {
      id: r.id as string,
      title: r.title as string,
      teamId: r.team_id as string,
      teamName: r.team_name as string,
      topicId: r.topic_id as string,
      topicName: r.topic_name as string,
      startedAt: iso(r.started_at)!,
      durationMinutes: Number(r.duration_minutes),
      hostUnitId: r.host_unit_id as string,
      hostUnitName: r.host_unit_name as string,
      venue: r.venue as string,
      format: r.format as LectureSessionSummaryDto['format'],
      audienceSize: Number(r.audience_size),
      audienceKinds: r.audience_kinds as LectureSessionSummaryDto['audienceKinds'],
      status: r.status as LectureSessionStatus,
      lecturers: r.lecturers as { id: string; name: string }[],
      author: { id: r.created_by_id as string, name: r.author_name as string },
      photoCount: Number(r.photo_count),
      coverThumbnailUrl: r.cover_file_id && viewer ? `${this.files.link(viewer, r.cover_file_id as string)}&thumb=1` : null,
      feedbackCount: Number(r.feedback_count),
      averageRating: r.average_rating === null ? null : Number(r.average_rating),
      creditedHours: r.credited_hours === null ? null : Number(r.credited_hours),
      returnReason: (r.return_reason as string | null) ?? null,
      submittedAt: iso(r.submitted_at),
      reviewedAt: iso(r.reviewed_at),
    };
  }

  private async toDetail(user: AuthUser, r: Row): Promise<LectureSessionDto> {
    const summary = this.toSummary(r, user);
    const photoRows = (await this.db.query(
      `SELECT f.* FROM lecture_session_photos p JOIN stored_files f ON f.id = p.file_id WHERE p.session_id = $1 ORDER BY p.position`,
      [summary.id],
    )) as Row[];
    const photos = photoRows.map((f) =>
      this.files.toDto(user, {
        id: f.id as string,
        purpose: f.purpose as 'lecture_photo',
        originalName: f.original_name as string,
        mimeType: f.mime_type as string,
        sizeBytes: Number(f.size_bytes),
        thumbnailKey: (f.thumbnail_key as string | null) ?? null,
      } as Parameters<FilesService['toDto']>[1]),
    );
    let reviewedBy = null;
    if (r.reviewed_by_id) {
      const [reviewer] = (await this.db.query('SELECT id, name FROM users WHERE id = $1', [r.reviewed_by_id])) as { id: string; name: string }[];
      reviewedBy = reviewer ?? null;
    }
    const author = r.created_by_id === user.id;
    const editable = author && EDITABLE_STATES.includes(summary.status);
    const hostAdmin = this.isHostAdmin(user, r);
    const involved = author || summary.lecturers.some((l) => l.id === user.id);
    return {
      ...summary,
      summary: r.summary as string,
      photos,
      reviewedBy,
      feedbackPath: `/feedback/${summary.id}`,
      can: {
        edit: editable,
        submit: editable,
        remove: editable,
        verify: hostAdmin && summary.status === 'submitted' && !involved,
        correct: summary.status === 'verified' && hasRole(user, 'org_admin') && (isPathInScope(r.host_unit_path as string, user) || isPathInScope(r.team_unit_path as string, user)),
        moderate: hostAdmin && summary.status === 'verified',
      },
    };
  }
}

function checkHeld(startedAt: string): void {
  if (new Date(startedAt).getTime() > Date.now() + 5 * 60_000) {
    throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, LectureError.HeldInFuture, 'A session is logged after it was given', [
      { field: 'startedAt', message: 'must not be in the future' },
    ]);
  }
}

function notEditable(status: LectureSessionStatus): AppException {
  const message =
    status === 'submitted'
      ? 'The session is waiting for verification and cannot be changed now'
      : status === 'verified'
        ? 'A verified session is read-only'
        : 'Only the author edits a draft';
  return new AppException(HttpStatus.CONFLICT, LectureError.NotEditable, message);
}
