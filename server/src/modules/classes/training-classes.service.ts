import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClassError, CommonError, type CadreGroup, type ClassAttendanceStatus, type ClassLeaveStatus, type Rank, type TrainingClassKind, type TrainingClassStatus } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import { FilesService } from '../files/files.service';
import type { StoredFile } from '../files/stored-file.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { classFor, managedClass, scopeLike } from './class-access';
import { isInWindow, signInWindow } from './class-rules';
import { recomputeWithdrawals, standings } from './class-standing';
import type {
  ClassSessionDto,
  ClassSessionInputDto,
  CreateTrainingClassDto,
  SetClassAttachmentsDto,
  TrainingClassDto,
  TrainingClassQueryDto,
  TrainingClassSummaryDto,
  UpdateTrainingClassDto,
} from './dto/training-class.dto';
import { TrainingClass, TrainingClassAttachment, TrainingClassSession } from './training-class.entity';

type Row = Record<string, unknown>;

/** The Shanghai calendar day of an instant. */
const shanghaiDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

export const SESSION_COLUMNS = `s.id, s.class_id, s.starts_at, s.ends_at, s.place, s.topic, s.teacher_kind, s.teacher_user_id, s.teacher_name, s.course_id,
  c.title AS course_title, s.site_name, round(extract(epoch FROM s.ends_at - s.starts_at) / 60)::int AS minutes`;

export function toSessionDto(r: Row): ClassSessionDto {
  return {
    id: r.id as string,
    startsAt: new Date(r.starts_at as string).toISOString(),
    endsAt: new Date(r.ends_at as string).toISOString(),
    minutes: Number(r.minutes),
    place: r.place as string,
    topic: r.topic as string,
    teacherKind: r.teacher_kind as ClassSessionDto['teacherKind'],
    teacherUserId: (r.teacher_user_id as string | null) ?? null,
    teacherName: r.teacher_name as string,
    courseId: (r.course_id as string | null) ?? null,
    courseTitle: (r.course_title as string | null) ?? null,
    siteName: (r.site_name as string | null) ?? null,
    presentCount: Number(r.present_count ?? 0),
    pendingCount: Number(r.pending_count ?? 0),
  };
}

/**
 * Training classes (培训班): the class, its timetable and its attachments. Organisers are admins whose scope holds the
 * organising unit; an admin whose cadres are enrolled sees the class; a cadre sees the classes they are enrolled in.
 */
@Injectable()
export class TrainingClassesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: TrainingClassQueryDto): Promise<Page<TrainingClassSummaryDto>> {
    const admin = hasRole(user, 'org_admin', 'unit_admin');
    const params: unknown[] = [user.id, scopeLike(user)];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const mine = 'EXISTS (SELECT 1 FROM training_class_enrolments me WHERE me.class_id = t.id AND me.user_id = $1)';
    const scoped = `EXISTS (SELECT 1 FROM training_class_enrolments se JOIN users su ON su.id = se.user_id JOIN org_units so ON so.id = su.unit_id
                     WHERE se.class_id = t.id AND so.path LIKE $2)`;
    const where = [`(${mine} OR t.organiser_unit_path LIKE $2 OR ${scoped})`];
    if (query.status) where.push(`t.status = ${p(query.status)}`);
    if (query.kind) where.push(`t.kind = ${p(query.kind)}`);
    if (query.year) where.push(`t.start_date >= make_date(${p(query.year)}, 1, 1) AND t.start_date < make_date($${params.length} + 1, 1, 1)`);
    if (query.q) where.push(`t.title ILIKE ${p(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM training_classes t ${clause}`, params)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT t.*, ou.name AS organiser_unit_name,
              (t.organiser_unit_path LIKE $2) AS organiser,
              (SELECT count(*)::int FROM training_class_enrolments e WHERE e.class_id = t.id) AS enrolled_all,
              (SELECT count(*)::int FROM training_class_enrolments e JOIN users u ON u.id = e.user_id JOIN org_units uo ON uo.id = u.unit_id
                WHERE e.class_id = t.id AND uo.path LIKE $2) AS enrolled_scoped,
              (SELECT count(*)::int FROM training_class_sessions s WHERE s.class_id = t.id) AS session_count,
              (SELECT me.status FROM training_class_enrolments me WHERE me.class_id = t.id AND me.user_id = $1) AS my_status
         FROM training_classes t JOIN org_units ou ON ou.id = t.organiser_unit_id ${clause}
        ORDER BY t.start_date DESC, t.created_at DESC LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      params,
    )) as Row[];
    return pageOf(
      rows.map((r) => toSummary(r, admin && !r.organiser ? Number(r.enrolled_scoped) : Number(r.enrolled_all))),
      total,
      query,
    );
  }

  async get(user: AuthUser, id: string): Promise<TrainingClassDto> {
    const { cls, access, enrolled } = await classFor(this.db, user, id);
    const organiser = access === 'manage';
    const [[row], sessions, attachments] = await Promise.all([
      this.db.query(
        `SELECT t.*, ou.name AS organiser_unit_name,
                (SELECT count(*)::int FROM training_class_enrolments e WHERE e.class_id = t.id) AS enrolled_all,
                (SELECT count(*)::int FROM training_class_enrolments e JOIN users u ON u.id = e.user_id JOIN org_units uo ON uo.id = u.unit_id
                  WHERE e.class_id = t.id AND uo.path LIKE $2) AS enrolled_scoped,
                (SELECT count(*)::int FROM training_class_sessions s WHERE s.class_id = t.id) AS session_count,
                (SELECT me.status FROM training_class_enrolments me WHERE me.class_id = t.id AND me.user_id = $3) AS my_status
           FROM training_classes t JOIN org_units ou ON ou.id = t.organiser_unit_id WHERE t.id = $1`,
        [id, scopeLike(user), user.id],
      ) as Promise<Row[]>,
      // Class-wide counts are the organiser's; an admin who merely has cadres enrolled counts their own cadres.
      this.sessionRows(this.db, id, organiser ? undefined : access === 'view' ? scopeLike(user) : ''),
      // The attachments (the sign-in sheet names every participant) are the organiser's documents.
      organiser
        ? (this.db.query(
            `SELECT a.kind, f.id, f.purpose, f.original_name, f.mime_type, f.size_bytes, f.thumbnail_key
               FROM training_class_attachments a JOIN stored_files f ON f.id = a.file_id WHERE a.class_id = $1 ORDER BY a.position`,
            [id],
          ) as Promise<Row[]>)
        : Promise.resolve([] as Row[]),
    ]);
    const summary = toSummary(row!, organiser || access === 'enrollee' ? Number(row!.enrolled_all) : Number(row!.enrolled_scoped));
    let me: TrainingClassDto['me'] = null;
    if (enrolled) me = await this.myState(user.id, id);
    return {
      ...summary,
      description: cls.description,
      targetGroups: cls.targetGroups as CadreGroup[],
      targetRanks: cls.targetRanks as Rank[],
      sessions: sessions.map((s) => (organiser || access === 'view' ? s : { ...s, presentCount: 0, pendingCount: 0 })),
      attachments: attachments.map((a) => ({
        kind: a.kind as TrainingClassDto['attachments'][number]['kind'],
        file: this.files.toDto(user, {
          id: a.id,
          purpose: a.purpose,
          originalName: a.original_name,
          mimeType: a.mime_type,
          sizeBytes: Number(a.size_bytes),
          thumbnailKey: a.thumbnail_key ?? null,
        } as StoredFile),
      })),
      closedAt: cls.closedAt ? cls.closedAt.toISOString() : null,
      me,
      access,
      can: {
        manage: organiser && cls.status !== 'closed',
        // The survey rates sessions that have ended: it opens once the first one is over.
        evaluate:
          !!me && me.status !== 'withdrawn' && !me.evaluated && (cls.status === 'running' || cls.status === 'closed') && sessions.some((s) => new Date(s.endsAt).getTime() <= Date.now()),
      },
    };
  }

  async create(user: AuthUser, dto: CreateTrainingClassDto, origin: RequestOrigin): Promise<TrainingClassDto> {
    checkDates(dto.startDate, dto.endDate);
    const id = await this.db.transaction(async (tx) => {
      const unit = await tx.getRepository(OrgUnit).findOneBy({ id: dto.organiserUnitId });
      if (!unit || unit.retiredAt || !isPathInScope(unit.path, user)) {
        throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Unit not found', [{ field: 'organiserUnitId', message: 'no such active unit in your scope' }]);
      }
      const saved = await tx.getRepository(TrainingClass).save({
        title: dto.title,
        kind: dto.kind,
        organiserUnitId: unit.id,
        organiserUnitPath: unit.path,
        startDate: dto.startDate,
        endDate: dto.endDate,
        venue: dto.venue ?? '',
        description: dto.description ?? '',
        targetGroups: dto.targetGroups ?? [],
        targetRanks: dto.targetRanks ?? [],
        capacity: dto.capacity,
        creditHours: dto.creditHours,
        createdById: user.id,
      });
      await this.audit.record(
        { action: 'training_class.created', actor: user, target: { type: 'training_class', id: saved.id }, unitPath: unit.path, origin, details: { title: dto.title, kind: dto.kind } },
        tx,
      );
      return saved.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateTrainingClassDto, origin: RequestOrigin): Promise<TrainingClassDto> {
    await this.db.transaction(async (tx) => {
      const cls = await managedClass(tx, user, id, { lock: true, open: true });
      const startDate = dto.startDate ?? cls.startDate;
      const endDate = dto.endDate ?? cls.endDate;
      checkDates(startDate, endDate);
      if (dto.startDate || dto.endDate) {
        const outside = (await tx.query(
          `SELECT id FROM training_class_sessions WHERE class_id = $1
              AND ((starts_at AT TIME ZONE 'Asia/Shanghai')::date < $2::date OR (starts_at AT TIME ZONE 'Asia/Shanghai')::date > $3::date)`,
          [id, startDate, endDate],
        )) as { id: string }[];
        if (outside.length > 0) {
          throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.InvalidTimes, 'Sessions would fall outside the class dates', [
            { field: dto.startDate ? 'startDate' : 'endDate', message: `${outside.length} session(s) outside the new dates` },
          ]);
        }
      }
      if (dto.capacity !== undefined) {
        const [{ n }] = (await tx.query('SELECT count(*)::int AS n FROM training_class_enrolments WHERE class_id = $1', [id])) as [{ n: number }];
        if (dto.capacity < n) {
          throw new AppException(HttpStatus.CONFLICT, ClassError.Full, 'Capacity below the enrollees already enrolled', [{ field: 'capacity', message: `${n} already enrolled` }]);
        }
      }
      const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
      if (Object.keys(changes).length > 0) await tx.getRepository(TrainingClass).update({ id }, changes);
      await this.audit.record(
        { action: 'training_class.updated', actor: user, target: { type: 'training_class', id }, unitPath: cls.organiserUnitPath, origin, details: { fields: Object.keys(dto), status: dto.status } },
        tx,
      );
    });
    return this.get(user, id);
  }

  /** Only a class still in planning with nobody enrolled can be deleted. */
  async remove(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    await this.db.transaction(async (tx) => {
      const cls = await managedClass(tx, user, id, { lock: true, open: true });
      const [{ n }] = (await tx.query('SELECT count(*)::int AS n FROM training_class_enrolments WHERE class_id = $1', [id])) as [{ n: number }];
      if (cls.status !== 'planning' || n > 0) throw new AppException(HttpStatus.CONFLICT, ClassError.InvalidState, 'Only a class in planning with nobody enrolled can be deleted');
      await tx.getRepository(TrainingClass).delete({ id });
      await this.audit.record({ action: 'training_class.deleted', actor: user, target: { type: 'training_class', id }, unitPath: cls.organiserUnitPath, origin, details: { title: cls.title } }, tx);
    });
  }

  // ---- timetable ----------------------------------------------------------------------------------------------

  async addSession(user: AuthUser, id: string, dto: ClassSessionInputDto, origin: RequestOrigin): Promise<TrainingClassDto> {
    await this.db.transaction(async (tx) => {
      const cls = await managedClass(tx, user, id, { lock: true, open: true });
      const values = await this.sessionValues(tx, cls, dto);
      const saved = await tx.getRepository(TrainingClassSession).save({ classId: id, ...values });
      await recomputeWithdrawals(tx, id);
      await this.audit.record(
        { action: 'training_class.timetable_changed', actor: user, target: { type: 'training_class', id }, unitPath: cls.organiserUnitPath, origin, details: { added: saved.id, topic: dto.topic } },
        tx,
      );
    });
    return this.get(user, id);
  }

  async updateSession(user: AuthUser, id: string, sessionId: string, dto: ClassSessionInputDto, origin: RequestOrigin): Promise<TrainingClassDto> {
    await this.db.transaction(async (tx) => {
      const cls = await managedClass(tx, user, id, { lock: true, open: true });
      const session = await tx.getRepository(TrainingClassSession).findOneBy({ id: sessionId, classId: id });
      if (!session) throw notFound('Session');
      await tx.getRepository(TrainingClassSession).update({ id: sessionId }, await this.sessionValues(tx, cls, dto));
      await recomputeWithdrawals(tx, id);
      await this.audit.record(
        { action: 'training_class.timetable_changed', actor: user, target: { type: 'training_class', id }, unitPath: cls.organiserUnitPath, origin, details: { updated: sessionId } },
        tx,
      );
    });
    return this.get(user, id);
  }

  async removeSession(user: AuthUser, id: string, sessionId: string, origin: RequestOrigin): Promise<TrainingClassDto> {
    await this.db.transaction(async (tx) => {
      const cls = await managedClass(tx, user, id, { lock: true, open: true });
      const session = await tx.getRepository(TrainingClassSession).findOneBy({ id: sessionId, classId: id });
      if (!session) throw notFound('Session');
      const [{ used }] = (await tx.query(
        `SELECT (EXISTS (SELECT 1 FROM training_class_attendance WHERE session_id = $1) OR EXISTS (SELECT 1 FROM training_class_leaves WHERE session_id = $1)) AS used`,
        [sessionId],
      )) as [{ used: boolean }];
      if (used) throw new AppException(HttpStatus.CONFLICT, ClassError.SessionInUse, 'The session has attendance or leave requests');
      await tx.getRepository(TrainingClassSession).delete({ id: sessionId });
      await recomputeWithdrawals(tx, id);
      await this.audit.record(
        { action: 'training_class.timetable_changed', actor: user, target: { type: 'training_class', id }, unitPath: cls.organiserUnitPath, origin, details: { removed: sessionId, topic: session.topic } },
        tx,
      );
    });
    return this.get(user, id);
  }

  async setAttachments(user: AuthUser, id: string, dto: SetClassAttachmentsDto, origin: RequestOrigin): Promise<TrainingClassDto> {
    await this.db.transaction(async (tx) => {
      const cls = await managedClass(tx, user, id, { lock: true, open: true });
      const existing = new Set((await tx.getRepository(TrainingClassAttachment).findBy({ classId: id })).map((a) => a.fileId));
      const seen = new Set<string>();
      for (const [i, a] of dto.attachments.entries()) {
        if (seen.has(a.fileId)) {
          throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'A file is attached twice', [{ field: `attachments.${i}.fileId`, message: 'duplicate' }]);
        }
        seen.add(a.fileId);
        if (!existing.has(a.fileId)) await this.files.findOwn(user, a.fileId, ['class_attachment'], tx);
      }
      await tx.getRepository(TrainingClassAttachment).delete({ classId: id });
      if (dto.attachments.length > 0) {
        await tx.getRepository(TrainingClassAttachment).insert(dto.attachments.map((a, position) => ({ classId: id, fileId: a.fileId, kind: a.kind, position })));
      }
      await this.audit.record(
        { action: 'training_class.updated', actor: user, target: { type: 'training_class', id }, unitPath: cls.organiserUnitPath, origin, details: { attachments: dto.attachments.map((a) => a.kind) } },
        tx,
      );
    });
    return this.get(user, id);
  }

  /** Sessions of a class in time order, with who is present and who is still unrecorded (withdrawn enrollees aside). */
  /**
   * The timetable with each session's present and pending counts: over every enrollee, or, given `scope` (a LIKE
   * pattern of unit paths), over the enrollees of units under it only (an admin who merely has cadres in the class).
   */
  async sessionRows(db: DataSource | EntityManager, classId: string, scope?: string): Promise<ClassSessionDto[]> {
    const inScope = scope === undefined ? '' : `AND EXISTS (SELECT 1 FROM users su JOIN org_units so ON so.id = su.unit_id WHERE su.id = {who} AND so.path LIKE $2)`;
    const rows = (await db.query(
      `SELECT ${SESSION_COLUMNS},
              (SELECT count(*)::int FROM training_class_attendance a WHERE a.session_id = s.id AND a.present ${inScope.replace('{who}', 'a.user_id')}) AS present_count,
              (SELECT count(*)::int FROM training_class_enrolments e WHERE e.class_id = s.class_id AND e.status <> 'withdrawn' ${inScope.replace('{who}', 'e.user_id')}
                  AND NOT EXISTS (SELECT 1 FROM training_class_attendance a WHERE a.session_id = s.id AND a.user_id = e.user_id)
                  AND NOT EXISTS (SELECT 1 FROM training_class_leaves l WHERE l.session_id = s.id AND l.user_id = e.user_id AND l.status = 'approved')) AS pending_count
         FROM training_class_sessions s LEFT JOIN courses c ON c.id = s.course_id
        WHERE s.class_id = $1 ORDER BY s.starts_at, s.topic`,
      scope === undefined ? [classId] : [classId, scope],
    )) as Row[];
    return rows.map(toSessionDto);
  }

  private async myState(userId: string, classId: string): Promise<NonNullable<TrainingClassDto['me']>> {
    const [[enrolment], sessions, [evaluated], all] = await Promise.all([
      this.db.query('SELECT status, credited_hours FROM training_class_enrolments WHERE class_id = $1 AND user_id = $2', [classId, userId]) as Promise<Row[]>,
      this.db.query(
        `SELECT s.id, s.starts_at, s.ends_at, a.present, a.recorded_at, l.status AS leave
           FROM training_class_sessions s
           LEFT JOIN training_class_attendance a ON a.session_id = s.id AND a.user_id = $2
           LEFT JOIN training_class_leaves l ON l.session_id = s.id AND l.user_id = $2
          WHERE s.class_id = $1 ORDER BY s.starts_at`,
        [classId, userId],
      ) as Promise<Row[]>,
      this.db.query('SELECT EXISTS (SELECT 1 FROM training_class_evaluators WHERE class_id = $1 AND user_id = $2) AS done', [classId, userId]) as Promise<{ done: boolean }[]>,
      standings(this.db, classId),
    ]);
    return {
      status: enrolment!.status as NonNullable<TrainingClassDto['me']>['status'],
      missed: all.get(userId)!.missed,
      evaluated: evaluated!.done,
      creditedHours: enrolment!.credited_hours === null ? null : Number(enrolment!.credited_hours),
      sessions: sessions.map((s) => ({
        sessionId: s.id as string,
        attendance: attendanceOf(s.present as boolean | null, s.leave as ClassLeaveStatus | null),
        leave: (s.leave as ClassLeaveStatus | null) ?? null,
        signedInAt: s.present ? new Date(s.recorded_at as string).toISOString() : null,
      })),
    };
  }

  /** Checks a timetable entry: times inside the class's days, a teacher who exists, a course that exists. */
  private async sessionValues(tx: EntityManager, cls: TrainingClass, dto: ClassSessionInputDto): Promise<Partial<TrainingClassSession>> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.InvalidTimes, 'A session ends after it starts', [{ field: 'endsAt', message: 'must be after startsAt' }]);
    if (endsAt.getTime() - startsAt.getTime() > 12 * 3600_000) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.InvalidTimes, 'A session lasts at most 12 hours', [{ field: 'endsAt', message: 'at most 12 hours after startsAt' }]);
    }
    const day = shanghaiDay(startsAt);
    if (day < cls.startDate || day > cls.endDate) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.InvalidTimes, 'A session lies within the class dates', [{ field: 'startsAt', message: `must be between ${cls.startDate} and ${cls.endDate}` }]);
    }
    let teacherName = dto.teacherName?.trim() ?? '';
    let teacherUserId: string | null = null;
    if (dto.teacherKind === 'outside') {
      if (!teacherName || dto.teacherUserId) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.InvalidTeacher, 'An outside teacher is named, without an account', [{ field: 'teacherName', message: 'required for an outside teacher' }]);
      }
    } else {
      const [teacher] = dto.teacherUserId ? ((await tx.query(`SELECT name, roles FROM users WHERE id = $1 AND status = 'active'`, [dto.teacherUserId])) as { name: string; roles: string[] }[]) : [];
      if (!teacher || (dto.teacherKind === 'lecturer' && !teacher.roles.includes('lecturer'))) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.InvalidTeacher, 'The teacher needs an active account of that kind', [{ field: 'teacherUserId', message: `an active ${dto.teacherKind} account` }]);
      }
      teacherName = teacher.name;
      teacherUserId = dto.teacherUserId!;
    }
    if (dto.courseId) {
      const [course] = (await tx.query('SELECT id FROM courses WHERE id = $1', [dto.courseId])) as unknown[];
      if (!course) throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Course not found', [{ field: 'courseId', message: 'no such course' }]);
    }
    return {
      startsAt,
      endsAt,
      place: dto.place,
      topic: dto.topic,
      teacherKind: dto.teacherKind,
      teacherUserId,
      teacherName,
      courseId: dto.courseId ?? null,
      siteName: dto.siteName?.trim() ? dto.siteName.trim() : null,
    };
  }
}

export function attendanceOf(present: boolean | null | undefined, leave: ClassLeaveStatus | null | undefined): ClassAttendanceStatus {
  if (present === true) return 'present';
  if (leave === 'approved') return 'leave';
  if (present === false) return 'absent';
  return 'pending';
}

export function isSignInOpen(session: { startsAt: Date; endsAt: Date }, at = new Date()): boolean {
  return isInWindow(signInWindow(session), at);
}

function checkDates(startDate: string, endDate: string): void {
  if (endDate < startDate) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.InvalidTimes, 'The class ends on or after its first day', [{ field: 'endDate', message: 'must not be before startDate' }]);
}

function toSummary(r: Row, enrolled: number): TrainingClassSummaryDto {
  return {
    id: r.id as string,
    title: r.title as string,
    kind: r.kind as TrainingClassKind,
    organiserUnitId: r.organiser_unit_id as string,
    organiserUnitName: r.organiser_unit_name as string,
    startDate: r.start_date as string,
    endDate: r.end_date as string,
    venue: r.venue as string,
    capacity: Number(r.capacity),
    creditHours: Number(r.credit_hours),
    status: r.status as TrainingClassStatus,
    enrolled,
    sessionCount: Number(r.session_count),
    myStatus: (r.my_status as TrainingClassSummaryDto['myStatus']) ?? null,
  };
}
