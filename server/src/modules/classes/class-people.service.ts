import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClassError, CommonError, type ClassEnrolmentStatus, type ClassLeaveStatus, type Rank } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, validationFailed, type FieldProblem } from '../../common/errors/app-exception';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { newLeaderWindow } from '../users/key-groups';
import { classFor, managedClass, scopeLike } from './class-access';
import { isInWindow, isValidSignInCode, missedShare, signInCode, signInSecret, signInStep, signInWindow, stepEndsAt } from './class-rules';
import { recomputeWithdrawals, standings } from './class-standing';
import type {
  AttendanceSheetDto,
  DecideLeaveDto,
  EnrolDto,
  EnrolResultDto,
  LeaveDto,
  MarkAttendanceDto,
  RosterDto,
  SignInCodeDto,
  SignInResultDto,
} from './dto/training-class.dto';
import { TrainingClassLeave, TrainingClassSession, type TrainingClass } from './training-class.entity';
import { attendanceOf, SESSION_COLUMNS, toSessionDto } from './training-classes.service';

/** Wrong codes a cadre may type in this many minutes before sign-in is refused for a while (against guessing). */
const FAILURES_ALLOWED = 5;
const FAILURE_WINDOW_MINUTES = 10;

/**
 * The people of a class: enrolment (named cadres, a key group, everyone of a rank under a unit) within capacity,
 * attendance (the rotating code, or the organiser's marks, audited) and leave with the one-seventh rule.
 */
@Injectable()
export class ClassPeopleService {
  private readonly secret: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    this.secret = signInSecret(config.jwtSecret);
  }

  // ---- enrolment ----------------------------------------------------------------------------------------------

  /** All or nothing: when the new enrollees do not fit, nobody is enrolled (409). Cadres outside the caller's scope are 404. */
  async enrol(user: AuthUser, id: string, dto: EnrolDto, origin: RequestOrigin): Promise<EnrolResultDto> {
    const bySelection = dto.group !== undefined || (dto.ranks?.length ?? 0) > 0;
    if (!dto.userIds?.length && !bySelection) throw validationFailed('userIds', 'name cadres, or choose a key group or ranks');
    if (dto.unitId && !bySelection) throw validationFailed('unitId', 'a unit goes with a key group or ranks');
    return this.db.transaction(async (tx) => {
      const cls = await managedClass(tx, user, id, { lock: true, open: true });
      const ids = new Set<string>();
      if (dto.userIds?.length) {
        const found = new Set(
          ((await tx.query(
            `SELECT u.id FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = ANY($1::uuid[]) AND u.status = 'active' AND ou.path LIKE $2`,
            [dto.userIds, scopeLike(user)],
          )) as { id: string }[]).map((r) => r.id),
        );
        const missing: FieldProblem[] = [];
        dto.userIds.forEach((uid, i) => (found.has(uid) ? ids.add(uid) : missing.push({ field: `userIds.${i}`, message: 'no such active cadre in your scope' })));
        if (missing.length > 0) throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Cadre not found', missing);
      }
      if (bySelection) {
        const unit = await scopedUnit(tx as unknown as DataSource, user, dto.unitId);
        const params: unknown[] = [`${unit.path}%`];
        const where = [`ou.path LIKE $1`, `u.status = 'active'`];
        if (dto.group === 'new_leader') {
          const { after, until } = newLeaderWindow(this.config.newLeaderMonths);
          params.push(after, until);
          where.push(`u.appointment_date > $${params.length - 1} AND u.appointment_date <= $${params.length}`);
        } else if (dto.group) {
          params.push(dto.group);
          where.push(`$${params.length} = ANY(u.key_groups)`);
        }
        if (dto.ranks?.length) {
          params.push(dto.ranks);
          where.push(`u.rank = ANY($${params.length}::text[])`);
        }
        const rows = (await tx.query(`SELECT u.id FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE ${where.join(' AND ')}`, params)) as { id: string }[];
        for (const r of rows) ids.add(r.id);
      }
      const already = new Set(((await tx.query('SELECT user_id FROM training_class_enrolments WHERE class_id = $1', [id])) as { user_id: string }[]).map((r) => r.user_id));
      const fresh = [...ids].filter((uid) => !already.has(uid));
      const total = already.size + fresh.length;
      if (total > cls.capacity) {
        throw new AppException(HttpStatus.CONFLICT, ClassError.Full, `The class holds ${cls.capacity}; ${already.size} enrolled, ${fresh.length} more asked`, [
          { field: 'userIds', message: `${total - cls.capacity} over capacity` },
        ]);
      }
      if (fresh.length > 0) {
        await tx.query(
          `INSERT INTO training_class_enrolments (class_id, user_id, enrolled_by_id) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
          [id, fresh, user.id],
        );
        await recomputeWithdrawals(tx, id);
        // Each new enrollee is told in-app, with the dates and the venue, in the same transaction as the enrolment.
        await tx.query(
          `INSERT INTO notifications (user_id, kind, title, body, link) SELECT unnest($1::uuid[]), 'class_enrolled', $2, $3, $4`,
          [fresh, `培训班报名：${cls.title}`.slice(0, 200), `${cls.startDate} 至 ${cls.endDate}${cls.venue ? ` · ${cls.venue}` : ''}`, `/classes/${id}`],
        );
      }
      await this.audit.record(
        { action: 'training_class.enrolled', actor: user, target: { type: 'training_class', id }, unitPath: cls.organiserUnitPath, origin, details: { added: fresh.length, group: dto.group, ranks: dto.ranks } },
        tx,
      );
      return { added: fresh.length, skipped: ids.size - fresh.length, enrolled: total, capacity: cls.capacity };
    });
  }

  async unenrol(user: AuthUser, id: string, userId: string, origin: RequestOrigin): Promise<void> {
    await this.db.transaction(async (tx) => {
      const cls = await managedClass(tx, user, id, { lock: true, open: true });
      const removed = (await tx.query('DELETE FROM training_class_enrolments WHERE class_id = $1 AND user_id = $2 RETURNING user_id', [id, userId])) as unknown[];
      const deleted = Array.isArray(removed[0]) ? (removed[0] as unknown[]) : removed;
      if (deleted.length === 0) throw notFound('Enrolment');
      await tx.query('DELETE FROM training_class_attendance a USING training_class_sessions s WHERE s.id = a.session_id AND s.class_id = $1 AND a.user_id = $2', [id, userId]);
      await tx.query('DELETE FROM training_class_leaves WHERE class_id = $1 AND user_id = $2', [id, userId]);
      await this.audit.record({ action: 'training_class.unenrolled', actor: user, target: { type: 'training_class', id }, unitPath: cls.organiserUnitPath, origin, details: { userId } }, tx);
    });
  }

  /** The roster: organisers see everyone; an admin whose cadres are enrolled sees only those cadres. */
  async roster(user: AuthUser, id: string): Promise<RosterDto> {
    const { access } = await classFor(this.db, user, id);
    if (access === 'enrollee') throw notFound('Training class');
    const rows = (await this.db.query(
      `SELECT e.user_id, u.name, ou.name AS unit_name, u.position AS post, u.rank, e.status, e.credited_hours
         FROM training_class_enrolments e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id
        WHERE e.class_id = $1 ${access === 'manage' ? '' : 'AND ou.path LIKE $2'}
        ORDER BY ou.path, u.name`,
      access === 'manage' ? [id] : [id, scopeLike(user)],
    )) as Record<string, unknown>[];
    const all = await standings(this.db, id);
    const items = rows.map((r) => {
      const s = all.get(r.user_id as string)!;
      return {
        userId: r.user_id as string,
        name: r.name as string,
        unitName: r.unit_name as string,
        post: (r.post as string | null) ?? null,
        rank: r.rank as Rank,
        status: r.status as ClassEnrolmentStatus,
        presentSessions: s.presentSessions,
        missed: s.missed,
        creditedHours: r.credited_hours === null ? null : Number(r.credited_hours),
      };
    });
    return { items, total: items.length };
  }

  // ---- attendance ---------------------------------------------------------------------------------------------

  async sheet(user: AuthUser, id: string, sessionId: string): Promise<AttendanceSheetDto> {
    const { access } = await classFor(this.db, user, id);
    if (access === 'enrollee') throw notFound('Training class');
    const [session] = (await this.db.query(`SELECT ${SESSION_COLUMNS} FROM training_class_sessions s LEFT JOIN courses c ON c.id = s.course_id WHERE s.id = $1 AND s.class_id = $2`, [sessionId, id])) as Record<
      string,
      unknown
    >[];
    if (!session) throw notFound('Session');
    const rows = (await this.db.query(
      `SELECT e.user_id, u.name, ou.name AS unit_name, e.status AS enrolment_status, a.present, a.method, a.recorded_at, l.status AS leave
         FROM training_class_enrolments e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id
         LEFT JOIN training_class_attendance a ON a.session_id = $2 AND a.user_id = e.user_id
         LEFT JOIN training_class_leaves l ON l.session_id = $2 AND l.user_id = e.user_id
        WHERE e.class_id = $1 ${access === 'manage' ? '' : 'AND ou.path LIKE $3'}
        ORDER BY ou.path, u.name`,
      access === 'manage' ? [id, sessionId] : [id, sessionId, scopeLike(user)],
    )) as Record<string, unknown>[];
    const items = rows.map((r) => ({
      userId: r.user_id as string,
      name: r.name as string,
      unitName: r.unit_name as string,
      enrolmentStatus: r.enrolment_status as ClassEnrolmentStatus,
      status: attendanceOf(r.present as boolean | null, r.leave as ClassLeaveStatus | null),
      method: (r.method as 'code' | 'manual' | null) ?? null,
      recordedAt: r.recorded_at ? new Date(r.recorded_at as string).toISOString() : null,
      leave: (r.leave as ClassLeaveStatus | null) ?? null,
    }));
    const present = items.filter((i) => i.status === 'present').length;
    const pending = items.filter((i) => i.status === 'pending' && i.enrolmentStatus !== 'withdrawn').length;
    return { session: { ...toSessionDto(session), presentCount: present, pendingCount: pending }, items };
  }

  /** The organiser's marks (present or absent), audited; they override a code sign-in. */
  async mark(user: AuthUser, id: string, sessionId: string, dto: MarkAttendanceDto, origin: RequestOrigin): Promise<AttendanceSheetDto> {
    await this.db.transaction(async (tx) => {
      const cls = await managedClass(tx, user, id, { lock: true, open: true });
      const session = await this.sessionOf(tx, id, sessionId);
      if (new Date() < signInWindow(session).opensAt) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.OutsideWindow, 'Attendance is recorded once the session has begun');
      }
      const enrolled = new Map(
        ((await tx.query('SELECT user_id, status FROM training_class_enrolments WHERE class_id = $1', [id])) as { user_id: string; status: string }[]).map((r) => [r.user_id, r.status]),
      );
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      dto.marks.forEach((m, i) => {
        if (!enrolled.has(m.userId)) problems.push({ field: `marks.${i}.userId`, message: 'not enrolled in this class' });
        if (seen.has(m.userId)) problems.push({ field: `marks.${i}.userId`, message: 'listed twice' });
        seen.add(m.userId);
      });
      if (problems.length > 0) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CommonError.ValidationFailed, 'Marks must name enrollees, once each', problems);
      const now = new Date();
      for (const m of dto.marks) {
        await tx.query(
          `INSERT INTO training_class_attendance (session_id, user_id, present, method, marked_by_id, recorded_at) VALUES ($1, $2, $3, 'manual', $4, $5)
           ON CONFLICT (session_id, user_id) DO UPDATE SET present = EXCLUDED.present, method = 'manual', marked_by_id = EXCLUDED.marked_by_id, recorded_at = EXCLUDED.recorded_at`,
          [sessionId, m.userId, m.status === 'present', user.id, now],
        );
      }
      const changed = await recomputeWithdrawals(tx, id);
      await this.audit.record(
        {
          action: 'class_attendance.marked',
          actor: user,
          target: { type: 'training_class_session', id: sessionId },
          unitPath: cls.organiserUnitPath,
          origin,
          details: { classId: id, present: dto.marks.filter((m) => m.status === 'present').map((m) => m.userId), absent: dto.marks.filter((m) => m.status === 'absent').map((m) => m.userId), ...changed },
        },
        tx,
      );
    });
    return this.sheet(user, id, sessionId);
  }

  /** The current code for the organiser's screen; null unless the class is running and the sign-in window is open. */
  async code(user: AuthUser, id: string, sessionId: string): Promise<SignInCodeDto> {
    const cls = await managedClass(this.db, user, id);
    const session = await this.sessionOf(this.db, id, sessionId);
    const window = signInWindow(session);
    const now = new Date();
    const open = cls.status === 'running' && isInWindow(window, now);
    const step = signInStep(now);
    const [counts] = (await this.db.query(
      `SELECT (SELECT count(*)::int FROM training_class_attendance a WHERE a.session_id = $2 AND a.present) AS present,
              (SELECT count(*)::int FROM training_class_enrolments e WHERE e.class_id = $1 AND e.status <> 'withdrawn'
                 AND NOT EXISTS (SELECT 1 FROM training_class_leaves l WHERE l.session_id = $2 AND l.user_id = e.user_id AND l.status = 'approved')) AS expected`,
      [id, sessionId],
    )) as { present: number; expected: number }[];
    return {
      sessionId,
      open,
      code: open ? signInCode(this.secret, sessionId, step) : null,
      changesAt: open ? stepEndsAt(step).toISOString() : null,
      opensAt: window.opensAt.toISOString(),
      closesAt: window.closesAt.toISOString(),
      presentCount: counts!.present,
      expectedCount: counts!.expected,
    };
  }

  /**
   * Signs in the caller (never anyone else) with the code on the organiser's screen: only while the class runs, inside
   * the session's window, only with the current or the previous code, once (a second sign-in returns the first). Wrong
   * codes are counted; the count, the decision and the failure row happen under a per-user lock, so parallel guesses
   * cannot slip past the limit. A mark the organiser made by hand is not overwritten (409: ask the organiser).
   */
  async signIn(user: AuthUser, sessionId: string, code: string): Promise<SignInResultDto> {
    const outcome = await this.db.transaction(async (tx): Promise<{ wrongCode: true } | { wrongCode: false; result: SignInResultDto }> => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('class-sign-in:' || $1::text))`, [user.id]);
      const [row] = (await tx.query(
        `SELECT s.id, s.class_id, s.starts_at, s.ends_at, s.topic, t.title, t.status AS class_status, e.status AS enrolment_status
           FROM training_class_sessions s JOIN training_classes t ON t.id = s.class_id
           JOIN training_class_enrolments e ON e.class_id = s.class_id AND e.user_id = $2
          WHERE s.id = $1`,
        [sessionId, user.id],
      )) as Record<string, unknown>[];
      if (!row) throw notFound('Session');
      const [{ failures }] = (await tx.query(
        `SELECT count(*)::int AS failures FROM training_class_sign_in_failures WHERE user_id = $1 AND failed_at > now() - make_interval(mins => $2)`,
        [user.id, FAILURE_WINDOW_MINUTES],
      )) as [{ failures: number }];
      if (failures >= FAILURES_ALLOWED) {
        throw new AppException(HttpStatus.TOO_MANY_REQUESTS, ClassError.TooManyAttempts, `Too many wrong codes: try again in ${FAILURE_WINDOW_MINUTES} minutes`);
      }
      if (row.class_status !== 'running') {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.InvalidState, row.class_status === 'closed' ? 'The class is closed' : 'Sign-in opens when the class is running');
      }
      if (row.enrolment_status === 'withdrawn') throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.Withdrawn, 'Withdrawn from the class');
      const now = new Date();
      const window = signInWindow({ startsAt: new Date(row.starts_at as string), endsAt: new Date(row.ends_at as string) });
      if (!isInWindow(window, now)) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.OutsideWindow, 'Sign-in is open from 30 minutes before the session until it ends', [
          { field: 'sessionId', message: `open ${window.opensAt.toISOString()} to ${window.closesAt.toISOString()}` },
        ]);
      }
      if (!isValidSignInCode(this.secret, sessionId, code, now)) {
        // Recorded and committed: the refusal is thrown after the transaction.
        await tx.query('INSERT INTO training_class_sign_in_failures (user_id, session_id, failed_at) VALUES ($1, $2, $3)', [user.id, sessionId, now]);
        return { wrongCode: true };
      }
      const base = { sessionId, topic: row.topic as string, classTitle: row.title as string };
      const inserted = (await tx.query(
        `INSERT INTO training_class_attendance (session_id, user_id, present, method, marked_by_id, recorded_at) VALUES ($1, $2, true, 'code', NULL, $3)
         ON CONFLICT (session_id, user_id) DO NOTHING RETURNING recorded_at`,
        [sessionId, user.id, now],
      )) as { recorded_at: Date }[];
      if (inserted[0]) return { wrongCode: false, result: { ...base, signedInAt: new Date(inserted[0].recorded_at).toISOString(), created: true } };
      const [existing] = (await tx.query('SELECT present, recorded_at FROM training_class_attendance WHERE session_id = $1 AND user_id = $2', [sessionId, user.id])) as {
        present: boolean;
        recorded_at: Date;
      }[];
      // Already signed in: a second sign-in changes nothing. Marked absent by the organiser (audited): the mark stands.
      if (!existing!.present) {
        throw new AppException(HttpStatus.CONFLICT, ClassError.MarkedByOrganiser, 'The organiser has marked you absent for this session: ask them to change it');
      }
      return { wrongCode: false, result: { ...base, signedInAt: new Date(existing!.recorded_at).toISOString(), created: false } };
    });
    if (outcome.wrongCode) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.InvalidCode, 'The code is wrong or has expired', [{ field: 'code', message: 'wrong or expired' }]);
    }
    return outcome.result;
  }

  // ---- leave --------------------------------------------------------------------------------------------------

  async askLeave(user: AuthUser, sessionId: string, reason: string): Promise<LeaveDto> {
    const id = await this.db.transaction(async (tx) => {
      const [row] = (await tx.query(
        `SELECT s.class_id, s.ends_at, t.status AS class_status, e.status AS enrolment_status
           FROM training_class_sessions s JOIN training_classes t ON t.id = s.class_id
           JOIN training_class_enrolments e ON e.class_id = s.class_id AND e.user_id = $2 WHERE s.id = $1`,
        [sessionId, user.id],
      )) as Record<string, unknown>[];
      if (!row) throw notFound('Session');
      if (row.class_status === 'closed') throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.InvalidState, 'The class is closed');
      if (row.enrolment_status === 'withdrawn') throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.Withdrawn, 'Withdrawn from the class');
      if (new Date(row.ends_at as string) <= new Date()) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.LeaveNotAllowed, 'Leave is asked for before a session ends');
      const existing = await tx.getRepository(TrainingClassLeave).findOneBy({ sessionId, userId: user.id });
      if (existing) throw new AppException(HttpStatus.CONFLICT, ClassError.LeaveNotAllowed, 'Leave for this session was already asked for');
      const saved = await tx.getRepository(TrainingClassLeave).save({ classId: row.class_id as string, sessionId, userId: user.id, reason });
      return saved.id;
    });
    return (await this.leaveRows(this.db, { leaveId: id }))[0]!;
  }

  async leaves(user: AuthUser, id: string, status: ClassLeaveStatus | undefined): Promise<LeaveDto[]> {
    const { access } = await classFor(this.db, user, id);
    if (access === 'enrollee') throw notFound('Training class');
    return this.leaveRows(this.db, { classId: id, status, scope: access === 'manage' ? undefined : scopeLike(user) });
  }

  async decide(user: AuthUser, id: string, leaveId: string, dto: DecideLeaveDto, origin: RequestOrigin): Promise<LeaveDto> {
    await this.db.transaction(async (tx) => {
      const cls: TrainingClass = await managedClass(tx, user, id, { lock: true, open: true });
      const leave = await tx.getRepository(TrainingClassLeave).findOne({ where: { id: leaveId, classId: id }, lock: { mode: 'pessimistic_write' } });
      if (!leave) throw notFound('Leave request');
      if (leave.status !== 'pending') throw new AppException(HttpStatus.CONFLICT, ClassError.LeaveDecided, 'The request has already been decided');
      await tx.getRepository(TrainingClassLeave).update({ id: leaveId }, { status: dto.approve ? 'approved' : 'refused', decidedById: user.id, decidedAt: new Date(), decisionNote: dto.note?.trim() || null });
      const changed = await recomputeWithdrawals(tx, id);
      await this.audit.record(
        {
          action: dto.approve ? 'class_leave.approved' : 'class_leave.refused',
          actor: user,
          target: { type: 'training_class_leave', id: leaveId },
          unitPath: cls.organiserUnitPath,
          origin,
          details: { classId: id, userId: leave.userId, sessionId: leave.sessionId, withdrawn: changed.withdrawn.includes(leave.userId) },
        },
        tx,
      );
    });
    return (await this.leaveRows(this.db, { leaveId }))[0]!;
  }

  private async leaveRows(db: DataSource | EntityManager, f: { leaveId?: string; classId?: string; status?: ClassLeaveStatus; scope?: string }): Promise<LeaveDto[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (f.leaveId) where.push(`l.id = $${params.push(f.leaveId)}`);
    if (f.classId) where.push(`l.class_id = $${params.push(f.classId)}`);
    if (f.status) where.push(`l.status = $${params.push(f.status)}`);
    if (f.scope) where.push(`ou.path LIKE $${params.push(f.scope)}`);
    const rows = (await db.query(
      `SELECT l.*, s.topic, s.starts_at, s.ends_at, u.name, ou.name AS unit_name,
              (SELECT a.present FROM training_class_attendance a WHERE a.session_id = l.session_id AND a.user_id = l.user_id) AS marked_present
         FROM training_class_leaves l JOIN training_class_sessions s ON s.id = l.session_id JOIN users u ON u.id = l.user_id JOIN org_units ou ON ou.id = u.unit_id
        WHERE ${where.join(' AND ')} ORDER BY l.status = 'pending' DESC, s.starts_at, u.name`,
      params,
    )) as Record<string, unknown>[];
    const byClass = new Map<string, Awaited<ReturnType<typeof standings>>>();
    const out: LeaveDto[] = [];
    for (const r of rows) {
      const classId = r.class_id as string;
      if (!byClass.has(classId)) byClass.set(classId, await standings(db, classId));
      const missed = byClass.get(classId)!.get(r.user_id as string)?.missed ?? missedShare(0, 0, 0);
      const minutes = Math.round((new Date(r.ends_at as string).getTime() - new Date(r.starts_at as string).getTime()) / 60_000);
      // Approving turns an absence mark of that session into leave; a cadre present anyway misses nothing more.
      const marked = r.marked_present as boolean | null;
      const ifApproved =
        r.status !== 'pending' || marked === true
          ? missed
          : missedShare(missed.leaveMinutes + minutes, missed.absentMinutes - (marked === false ? minutes : 0), missed.totalMinutes);
      out.push({
        id: r.id as string,
        sessionId: r.session_id as string,
        sessionTopic: r.topic as string,
        sessionStartsAt: new Date(r.starts_at as string).toISOString(),
        userId: r.user_id as string,
        name: r.name as string,
        unitName: r.unit_name as string,
        reason: r.reason as string,
        status: r.status as ClassLeaveStatus,
        decisionNote: (r.decision_note as string | null) ?? null,
        createdAt: new Date(r.created_at as string).toISOString(),
        missed,
        ifApproved,
      });
    }
    return out;
  }

  private async sessionOf(db: DataSource | EntityManager, classId: string, sessionId: string): Promise<TrainingClassSession> {
    const session = await db.getRepository(TrainingClassSession).findOneBy({ id: sessionId, classId });
    if (!session) throw notFound('Session');
    return session;
  }
}
