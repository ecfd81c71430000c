import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CLASS_ATTENDANCE_STATUS_LABELS,
  CLASS_ENROLMENT_STATUS_LABELS,
  ClassError,
  CommonError,
  RANK_LABELS,
  TRAINING_CLASS_KIND_LABELS,
  type ClassEnrolmentStatus,
  type ClassLeaveStatus,
  type Rank,
  type TrainingClassKind,
} from '@cadre/shared';
import ExcelJS from 'exceljs';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { DomainEvents } from '../../common/events/domain-events';
import { minuteInShanghai, todayInShanghai } from '../../common/time';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import { AuditService } from '../audit/audit.service';
import { HourRulesService } from '../learning/hour-rules.service';
import { LedgerService } from '../learning/ledger.service';
import { classCredit } from './class-rules';
import { classFor, managedClass } from './class-access';
import { recomputeWithdrawals, standings } from './class-standing';
import type { ArchiveClassDto, CloseCheckDto, EvaluationResultsDto, MyClassSessionDto, SubmitEvaluationDto } from './dto/training-class.dto';
import { TrainingClass } from './training-class.entity';
import { attendanceOf, isSignInOpen, SESSION_COLUMNS, toSessionDto, TrainingClassesService } from './training-classes.service';

/**
 * The end of a class: the close-out checklist, closing (hours in the ledger for everyone who completed it, in one
 * transaction), the anonymous survey and its results, the Excel roster, and the cadre's own calendar of sessions.
 */
@Injectable()
export class ClassClosingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly classes: TrainingClassesService,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
    private readonly hourRules: HourRulesService,
    private readonly events: DomainEvents,
  ) {}

  async check(user: AuthUser, id: string): Promise<CloseCheckDto> {
    const cls = await managedClass(this.db, user, id);
    return this.checkIn(this.db, cls);
  }

  /** Provincial platforms' rule: attendance of every session recorded, the sign-in sheet and the timetable attached. */
  private async checkIn(db: DataSource | EntityManager, cls: TrainingClass): Promise<CloseCheckDto> {
    const sessions = await this.classes.sessionRows(db, cls.id);
    const kinds = new Set(((await db.query('SELECT DISTINCT kind FROM training_class_attachments WHERE class_id = $1', [cls.id])) as { kind: string }[]).map((r) => r.kind));
    const all = await standings(db, cls.id);
    const unrecorded = sessions.filter((s) => s.pendingCount > 0);
    const enrolments = (await db.query('SELECT user_id, status FROM training_class_enrolments WHERE class_id = $1', [cls.id])) as { user_id: string; status: string }[];
    const withdrawn = enrolments.filter((e) => e.status === 'withdrawn' || all.get(e.user_id)?.missed.standing === 'withdrawn').length;
    const items: CloseCheckDto['items'] = [
      { key: 'sessions', ok: sessions.length > 0, message: sessions.length > 0 ? '' : 'the timetable has no session', sessionIds: [] },
      {
        key: 'attendance',
        ok: unrecorded.length === 0,
        message: unrecorded.length === 0 ? '' : `${unrecorded.length} session(s) with attendance not recorded`,
        sessionIds: unrecorded.map((s) => s.id),
      },
      { key: 'sign_in_sheet', ok: kinds.has('sign_in_sheet'), message: kinds.has('sign_in_sheet') ? '' : 'attach the sign-in sheet', sessionIds: [] },
      { key: 'timetable', ok: kinds.has('timetable'), message: kinds.has('timetable') ? '' : 'attach the timetable', sessionIds: [] },
    ];
    return { ready: items.every((i) => i.ok), items, completing: enrolments.length - withdrawn, withdrawn };
  }

  /**
   * All or nothing: every completing cadre's ledger entry, their enrolment, the class's status and (through the closed
   * event) their 结业证书 in one transaction.
   */
  async close(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    await this.db.transaction(async (tx) => {
      const cls = await managedClass(tx, user, id, { lock: true, open: true });
      await recomputeWithdrawals(tx, id);
      const check = await this.checkIn(tx, cls);
      if (!check.ready) {
        const details: FieldProblem[] = check.items.filter((i) => !i.ok).map((i) => ({ field: i.key, message: i.message }));
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.NotReadyToClose, 'The class cannot close yet', details);
      }
      const completing = ((await tx.query(`SELECT user_id FROM training_class_enrolments WHERE class_id = $1 AND status = 'enrolled' ORDER BY user_id`, [id])) as { user_id: string }[]).map(
        (r) => r.user_id,
      );
      const now = new Date();
      const hours = Number(cls.creditHours);
      // Each cadre's sessions attended, by day: the class's hours follow the timetable, at most the daily cap a day.
      const [{ total_minutes: totalMinutes }] = (await tx.query(
        'SELECT coalesce(sum(extract(epoch FROM ends_at - starts_at) / 60), 0)::float8 AS total_minutes FROM training_class_sessions WHERE class_id = $1',
        [id],
      )) as [{ total_minutes: number }];
      const attended = (await tx.query(
        `SELECT a.user_id, to_char(s.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, sum(extract(epoch FROM s.ends_at - s.starts_at) / 60)::float8 AS minutes
           FROM training_class_attendance a JOIN training_class_sessions s ON s.id = a.session_id
          WHERE s.class_id = $1 AND a.present
          GROUP BY a.user_id, day`,
        [id],
      )) as { user_id: string; day: string; minutes: number }[];
      const dailyCap = await this.hourRules.hoursFor(tx, 'class', 'daily_cap');
      for (const userId of completing) {
        const days = attended.filter((a) => a.user_id === userId).map((a) => ({ day: a.day, minutes: Number(a.minutes) }));
        const parts = classCredit(hours, Number(totalMinutes), days, dailyCap).map((p) => {
          const dayEnd = new Date(`${p.lastDay}T18:00:00+08:00`);
          return { hours: p.hours, cutHours: p.cutHours, earnedAt: dayEnd < now ? dayEnd : now };
        });
        if (parts.length > 0) await this.ledger.grant(tx, { userId, hours: 0, parts, source: 'class', sourceRefId: id, description: `培训班：${cls.title}` });
      }
      await tx.query(
        `UPDATE training_class_enrolments e SET status = 'completed',
                credited_hours = (SELECT coalesce(sum(le.hours), 0) FROM ledger_entries le WHERE le.user_id = e.user_id AND le.source = 'class' AND le.source_ref_id = e.class_id)
          WHERE e.class_id = $1 AND e.status = 'enrolled'`,
        [id],
      );
      await tx.getRepository(TrainingClass).update({ id }, { status: 'closed', closedAt: now, closedById: user.id });
      await this.events.emit('training_class.closed', { tx, classId: id });
      await this.audit.record(
        { action: 'training_class.closed', actor: user, target: { type: 'training_class', id }, unitPath: cls.organiserUnitPath, origin, details: { completed: completing.length, withdrawn: check.withdrawn, hours } },
        tx,
      );
    });
  }

  // ---- evaluation ---------------------------------------------------------------------------------------------

  /** Once per enrollee, while the class runs or after it closed. Who answered is kept apart from the answers. */
  async evaluate(user: AuthUser, id: string, dto: SubmitEvaluationDto): Promise<void> {
    await this.db.transaction(async (tx) => {
      const { cls, enrolled } = await classFor(tx, user, id);
      if (!enrolled) throw notFound('Training class');
      if (cls.status !== 'running' && cls.status !== 'closed') throw new AppException(HttpStatus.CONFLICT, ClassError.EvaluationClosed, 'The survey opens when the class runs');
      const [me] = (await tx.query('SELECT status FROM training_class_enrolments WHERE class_id = $1 AND user_id = $2', [id, user.id])) as { status: string }[];
      if (me!.status === 'withdrawn') throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, ClassError.Withdrawn, 'Withdrawn from the class');
      const sessions = (await tx.query('SELECT id, ends_at <= now() AS ended FROM training_class_sessions WHERE class_id = $1', [id])) as { id: string; ended: boolean }[];
      const ended = new Map(sessions.map((r) => [r.id, r.ended]));
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      dto.sessions.forEach((s, i) => {
        if (!ended.has(s.sessionId)) problems.push({ field: `sessions.${i}.sessionId`, message: 'not a session of this class' });
        else if (!ended.get(s.sessionId)) problems.push({ field: `sessions.${i}.sessionId`, message: 'the session has not ended yet' });
        if (seen.has(s.sessionId)) problems.push({ field: `sessions.${i}.sessionId`, message: 'rated twice' });
        seen.add(s.sessionId);
      });
      if (problems.length > 0) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CommonError.ValidationFailed, 'Rate sessions of this class, once each', problems);
      const inserted = (await tx.query('INSERT INTO training_class_evaluators (class_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id', [id, user.id])) as unknown[];
      if (inserted.length === 0) throw new AppException(HttpStatus.CONFLICT, ClassError.EvaluationClosed, 'The survey has already been filled in');
      for (const s of dto.sessions) {
        await tx.query('INSERT INTO training_class_ratings (class_id, session_id, content_rating, teacher_rating, comment) VALUES ($1, $2, $3, $4, $5)', [
          id,
          s.sessionId,
          s.contentRating,
          s.teacherRating,
          s.comment?.trim() ?? '',
        ]);
      }
      if (dto.comment?.trim()) {
        await tx.query('INSERT INTO training_class_ratings (class_id, session_id, comment) VALUES ($1, NULL, $2)', [id, dto.comment.trim()]);
      }
    });
  }

  /** The organiser's only: an admin who merely has cadres enrolled does not read the whole class's answers (404). */
  async results(user: AuthUser, id: string): Promise<EvaluationResultsDto> {
    await managedClass(this.db, user, id);
    const [[counts], sessions, teachers, comments] = await Promise.all([
      this.db.query(
        `SELECT (SELECT count(*)::int FROM training_class_evaluators WHERE class_id = $1) AS respondents,
                (SELECT count(*)::int FROM training_class_enrolments WHERE class_id = $1) AS enrollees`,
        [id],
      ) as Promise<{ respondents: number; enrollees: number }[]>,
      this.db.query(
        `SELECT s.id, s.topic, s.teacher_name, s.starts_at, count(r.id)::int AS responses,
                round(avg(r.content_rating), 2) AS content_average, round(avg(r.teacher_rating), 2) AS teacher_average,
                coalesce(array_agg(r.comment ORDER BY r.comment) FILTER (WHERE r.comment <> ''), '{}') AS comments
           FROM training_class_sessions s LEFT JOIN training_class_ratings r ON r.session_id = s.id
          WHERE s.class_id = $1 GROUP BY s.id ORDER BY s.starts_at`,
        [id],
      ) as Promise<Record<string, unknown>[]>,
      this.db.query(
        `SELECT s.teacher_name, count(DISTINCT s.id)::int AS sessions, count(r.id)::int AS responses, round(avg(r.teacher_rating), 2) AS average
           FROM training_class_sessions s LEFT JOIN training_class_ratings r ON r.session_id = s.id
          WHERE s.class_id = $1 GROUP BY s.teacher_name ORDER BY avg(r.teacher_rating) DESC NULLS LAST, s.teacher_name`,
        [id],
      ) as Promise<Record<string, unknown>[]>,
      this.db.query(`SELECT comment FROM training_class_ratings WHERE class_id = $1 AND session_id IS NULL ORDER BY comment`, [id]) as Promise<{ comment: string }[]>,
    ]);
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return {
      respondents: counts!.respondents,
      enrollees: counts!.enrollees,
      sessions: sessions.map((s) => ({
        sessionId: s.id as string,
        topic: s.topic as string,
        teacherName: s.teacher_name as string,
        responses: Number(s.responses),
        contentAverage: num(s.content_average),
        teacherAverage: num(s.teacher_average),
        comments: s.comments as string[],
      })),
      teachers: teachers.map((t) => ({ teacherName: t.teacher_name as string, sessions: Number(t.sessions), responses: Number(t.responses), average: num(t.average) })),
      comments: comments.map((c) => c.comment),
    };
  }

  // ---- the cadre's calendar -----------------------------------------------------------------------------------

  /** My sessions from a day on (default today, Asia/Shanghai) for `days` days, with my attendance and leave. */
  async mySessions(user: AuthUser, from: string | undefined, days = 30): Promise<MyClassSessionDto[]> {
    const start = from ?? todayInShanghai();
    const rows = (await this.db.query(
      `SELECT ${SESSION_COLUMNS}, t.title AS class_title, t.status AS class_status, a.present, l.status AS leave
         FROM training_class_enrolments e JOIN training_classes t ON t.id = e.class_id
         JOIN training_class_sessions s ON s.class_id = t.id LEFT JOIN courses c ON c.id = s.course_id
         LEFT JOIN training_class_attendance a ON a.session_id = s.id AND a.user_id = e.user_id
         LEFT JOIN training_class_leaves l ON l.session_id = s.id AND l.user_id = e.user_id
        WHERE e.user_id = $1
          AND s.starts_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
          AND s.starts_at < ($2::date + $3::int)::timestamp AT TIME ZONE 'Asia/Shanghai'
        ORDER BY s.starts_at`,
      [user.id, start, days],
    )) as Record<string, unknown>[];
    const now = new Date();
    return rows.map((r) => ({
      ...toSessionDto(r),
      classId: r.class_id as string,
      classTitle: r.class_title as string,
      attendance: attendanceOf(r.present as boolean | null, r.leave as ClassLeaveStatus | null),
      leave: (r.leave as ClassLeaveStatus | null) ?? null,
      // Sign-in works only while the class runs (not while it is still being planned or enrolled).
      signInOpen: r.class_status === 'running' && isSignInOpen({ startsAt: new Date(r.starts_at as string), endsAt: new Date(r.ends_at as string) }, now),
    }));
  }

  /** Every session of my classes as an iCalendar file, for the phone's own calendar. */
  async myCalendar(user: AuthUser): Promise<string> {
    const rows = (await this.db.query(
      `SELECT s.id, s.starts_at, s.ends_at, s.place, s.topic, s.teacher_name, t.title
         FROM training_class_enrolments e JOIN training_classes t ON t.id = e.class_id JOIN training_class_sessions s ON s.class_id = t.id
        WHERE e.user_id = $1 AND e.status <> 'withdrawn' ORDER BY s.starts_at`,
      [user.id],
    )) as Record<string, unknown>[];
    const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const esc = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
    const now = stamp(new Date());
    const events = rows.flatMap((r) => [
      'BEGIN:VEVENT',
      `UID:${r.id as string}@cadre-training`,
      `DTSTAMP:${now}`,
      `DTSTART:${stamp(new Date(r.starts_at as string))}`,
      `DTEND:${stamp(new Date(r.ends_at as string))}`,
      `SUMMARY:${esc(`${r.title as string}：${r.topic as string}`)}`,
      `LOCATION:${esc(r.place as string)}`,
      `DESCRIPTION:${esc(`授课：${r.teacher_name as string}`)}`,
      'END:VEVENT',
    ]);
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//cadre-training//classes//ZH', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:我的培训', ...events, 'END:VCALENDAR'];
    return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
  }

  /**
   * Classes of a year in a cadre's archive: closed classes they were enrolled in that ran in the year, with the hours
   * the ledger credited in that year (a class across New Year shows in both years, with each year's part).
   */
  async archive(userId: string, year: number): Promise<ArchiveClassDto[]> {
    const rows = (await this.db.query(
      `SELECT t.id, t.title, t.kind, ou.name AS organiser_unit_name, t.start_date, t.end_date, e.status,
              (SELECT coalesce(sum(le.hours), 0) FROM ledger_entries le
                WHERE le.user_id = e.user_id AND le.source = 'class' AND le.source_ref_id = t.id AND le.year = $2) AS hours
         FROM training_class_enrolments e JOIN training_classes t ON t.id = e.class_id JOIN org_units ou ON ou.id = t.organiser_unit_id
        WHERE e.user_id = $1 AND t.status = 'closed' AND t.end_date >= make_date($2, 1, 1) AND t.start_date < make_date($2 + 1, 1, 1)
        ORDER BY t.end_date DESC`,
      [userId, year],
    )) as Record<string, unknown>[];
    return rows.map((r) => ({
      classId: r.id as string,
      title: r.title as string,
      kind: r.kind as TrainingClassKind,
      organiserUnitName: r.organiser_unit_name as string,
      startDate: r.start_date as string,
      endDate: r.end_date as string,
      status: r.status as ClassEnrolmentStatus,
      hours: Number(r.hours),
    }));
  }

  // ---- export -------------------------------------------------------------------------------------------------

  /** The roster and the attendance grid (one column per session) as a workbook, audited. */
  async export(user: AuthUser, id: string, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const cls = await managedClass(this.db, user, id);
    const sessions = await this.classes.sessionRows(this.db, id);
    const all = await standings(this.db, id);
    const people = (await this.db.query(
      `SELECT e.user_id, u.name, ou.name AS unit_name, u.position AS post, u.rank, e.status, e.credited_hours
         FROM training_class_enrolments e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id WHERE e.class_id = $1 ORDER BY ou.path, u.name`,
      [id],
    )) as Record<string, unknown>[];
    const marks = (await this.db.query(
      `SELECT e.user_id, s.id AS session_id, a.present, l.status AS leave
         FROM training_class_enrolments e JOIN training_class_sessions s ON s.class_id = e.class_id
         LEFT JOIN training_class_attendance a ON a.session_id = s.id AND a.user_id = e.user_id
         LEFT JOIN training_class_leaves l ON l.session_id = s.id AND l.user_id = e.user_id
        WHERE e.class_id = $1`,
      [id],
    )) as { user_id: string; session_id: string; present: boolean | null; leave: ClassLeaveStatus | null }[];
    const grid = new Map(marks.map((m) => [`${m.user_id}:${m.session_id}`, attendanceOf(m.present, m.leave)]));
    const wb = new ExcelJS.Workbook();
    const roster = wb.addWorksheet('花名册');
    roster.addRow(['序号', '姓名', '单位', '职务', '职级', '状态', '出勤次数', '请假(分钟)', '缺勤(分钟)', '缺课比例', '学时']);
    people.forEach((p, i) => {
      const s = all.get(p.user_id as string)!;
      roster.addRow([
        i + 1,
        p.name,
        p.unit_name,
        p.post ?? '',
        RANK_LABELS[p.rank as Rank] ?? '',
        CLASS_ENROLMENT_STATUS_LABELS[p.status as ClassEnrolmentStatus],
        s.presentSessions,
        s.missed.leaveMinutes,
        s.missed.absentMinutes,
        `${(s.missed.share * 100).toFixed(1)}%`,
        p.credited_hours === null ? '' : Number(p.credited_hours),
      ]);
    });
    const attendance = wb.addWorksheet('考勤表');
    attendance.addRow(['姓名', '单位', ...sessions.map((s) => `${minuteInShanghai(new Date(s.startsAt))} ${s.topic}`)]);
    for (const p of people) {
      attendance.addRow([p.name, p.unit_name, ...sessions.map((s) => CLASS_ATTENDANCE_STATUS_LABELS[grid.get(`${p.user_id as string}:${s.id}`) ?? 'pending'])]);
    }
    for (const ws of [roster, attendance]) {
      ws.getRow(1).font = { bold: true };
      ws.columns.forEach((c, i) => (c.width = i < 3 ? 18 : 14));
    }
    await this.audit.record({ action: 'training_class.exported', actor: user, target: { type: 'training_class', id }, unitPath: cls.organiserUnitPath, origin, details: { rows: people.length } });
    return { buffer: await safeWorkbookBuffer(wb), filename: `${cls.title}-${TRAINING_CLASS_KIND_LABELS[cls.kind]}-花名册与考勤.xlsx` };
  }
}

/** RFC 5545 line folding: at most 75 octets a line, continued lines start with a space; never splits a character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
