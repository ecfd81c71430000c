import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseError, VIDEO_COMPLETION_RATIO } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { FilesService } from '../files/files.service';
import { LedgerService } from '../learning/ledger.service';
import { CompletionGates } from './completion-gates';
import { Course } from './course.entity';
import { toLessonDto } from './courses.service';
import { readingSecondsOf } from './reading-time';
import type { LessonProgressDto, PlayerDto, ProgressResultDto, ReportProgressDto } from './dto/my-learning.dto';
import { EnrollmentsService } from './enrollments.service';
import { Enrollment } from './enrollment.entity';
import { LessonProgress } from './lesson-progress.entity';
import { Lesson } from './lesson.entity';

/** Network and timer jitter allowed on top of the wall-clock time between two reports. */
const CLOCK_TOLERANCE_SECONDS = 2;
/** A player reports every few seconds; one report never credits more than this, however long the gap. */
const MAX_CREDIT_PER_REPORT_SECONDS = 120;

/**
 * Learning progress, checked by the server. The client says what it played or read since its last report; the server
 * credits at most the wall-clock time since the previous report of that cadre in that lesson, so seeking ahead, playing
 * two tabs at once or replaying old reports earns nothing. A video completes at 90% of its length credited, an article
 * after its reading time, a document when read to the end (and after its reading time, if it has one).
 */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly ledger: LedgerService,
    private readonly enrollments: EnrollmentsService,
    private readonly gates: CompletionGates,
  ) {}

  /** The course player: lessons in order with their media (signed links) and the cadre's progress, and where to resume. */
  async player(user: AuthUser, courseId: string): Promise<PlayerDto> {
    const enrollment = await this.enrollments.myCourse(user, courseId);
    const course = await this.db.getRepository(Course).findOneByOrFail({ id: courseId });
    const lessons = await this.db.getRepository(Lesson).find({ where: { courseId }, order: { position: 'ASC' } });
    const progress = await this.db
      .getRepository(LessonProgress)
      .createQueryBuilder('p')
      .where('p.user_id = :userId', { userId: user.id })
      .andWhere('p.lesson_id IN (SELECT id FROM lessons WHERE course_id = :courseId)', { courseId })
      .getMany();
    const byLesson = new Map(progress.map((p) => [p.lessonId, p]));
    const resume =
      lessons.find((l) => l.id === enrollment.lastLessonId && !byLesson.get(l.id)?.completedAt) ?? lessons.find((l) => !byLesson.get(l.id)?.completedAt);
    return {
      courseId,
      title: course.title,
      creditHours: Number(course.creditHours),
      enrollment,
      resumeLessonId: resume?.id ?? lessons[0]?.id ?? null,
      lessons: lessons.map((l) => ({
        ...toLessonDto(l),
        videoUrl: l.type === 'video' ? (l.videoFileId ? this.files.link(user, l.videoFileId) : l.videoUrl) : null,
        body: l.type === 'article' ? l.body : null,
        documentUrl: l.type === 'document' && l.documentFileId ? this.files.link(user, l.documentFileId) : null,
        progress: progressOf(l, byLesson.get(l.id)),
      })),
    };
  }

  /**
   * The hottest write of the platform, so it keeps to four statements in its transaction: the lesson with its course and
   * the cadre's enrolment (locked), the lesson progress (locked), its upsert, and the enrolment update.
   */
  async report(user: AuthUser, lessonId: string, dto: ReportProgressDto): Promise<ProgressResultDto> {
    return this.db.transaction(async (tx) => {
      const [row] = (await tx.query(
        `SELECT l.id, l.course_id, l.type, l.duration_seconds, l.min_reading_seconds,
                CASE WHEN l.type = 'article' AND l.min_reading_seconds IS NULL THEN l.body END AS body,
                c.lesson_count, c.credit_hours, c.title AS course_title,
                e.id AS enrollment_id, e.status, e.started_at, e.progress_percent, e.completed_lessons
           FROM lessons l
           JOIN courses c ON c.id = l.course_id
           JOIN enrollments e ON e.course_id = l.course_id AND e.user_id = $2
          WHERE l.id = $1
          FOR UPDATE OF e`,
        [lessonId, user.id],
      )) as ReportRow[];
      if (!row) throw notFound('Lesson');
      const lesson = {
        type: row.type,
        durationSeconds: row.duration_seconds,
        minReadingSeconds: row.min_reading_seconds,
        body: row.body,
      } as Lesson;
      if (lesson.type === 'video' && lesson.durationSeconds !== null && dto.positionSeconds > lesson.durationSeconds + CLOCK_TOLERANCE_SECONDS) {
        throw new AppException(HttpStatus.BAD_REQUEST, CourseError.ProgressImplausible, 'The position lies beyond the end of the video', [
          { field: 'positionSeconds', message: `at most ${lesson.durationSeconds}` },
        ]);
      }
      const now = new Date();
      const [stored] = (await tx.query(
        `SELECT credited_seconds, furthest_seconds, reached_end, last_report_at, completed_at
           FROM lesson_progress WHERE user_id = $1 AND lesson_id = $2 FOR UPDATE`,
        [user.id, lessonId],
      )) as { credited_seconds: number; furthest_seconds: number; reached_end: boolean; last_report_at: Date | null; completed_at: Date | null }[];
      const progress = {
        creditedSeconds: stored?.credited_seconds ?? 0,
        furthestSeconds: stored?.furthest_seconds ?? 0,
        reachedEnd: stored?.reached_end ?? false,
        lastReportAt: stored?.last_report_at ?? null,
        completedAt: stored?.completed_at ?? null,
      };
      const elapsed = progress.lastReportAt ? Math.max(0, (now.getTime() - progress.lastReportAt.getTime()) / 1000) : 0;
      // The first report only starts the clock: there is no earlier report to measure from.
      const credit = progress.lastReportAt
        ? Math.floor(Math.min(dto.watchedSeconds, elapsed + CLOCK_TOLERANCE_SECONDS, MAX_CREDIT_PER_REPORT_SECONDS))
        : 0;
      const required = requiredSeconds(lesson);
      const cap = lesson.type === 'video' ? (lesson.durationSeconds ?? 0) : Math.max(required, 24 * 3600);
      progress.creditedSeconds = Math.min(cap, progress.creditedSeconds + credit);
      if (lesson.type === 'video') {
        // Watching moves the furthest point forward by at most the credited time; a seek does not.
        progress.furthestSeconds = Math.max(progress.furthestSeconds, Math.min(dto.positionSeconds, progress.furthestSeconds + credit + CLOCK_TOLERANCE_SECONDS));
      }
      if (dto.reachedEnd && lesson.type !== 'video' && progress.lastReportAt) progress.reachedEnd = true;
      const lessonCompleted = progress.completedAt !== null;
      const nowComplete = lessonCompleted || isComplete(lesson, progress);
      await tx.query(
        `INSERT INTO lesson_progress (user_id, lesson_id, position_seconds, credited_seconds, furthest_seconds, reached_end, last_report_at, completed_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7)
         ON CONFLICT (user_id, lesson_id) DO UPDATE
            SET position_seconds = EXCLUDED.position_seconds, credited_seconds = EXCLUDED.credited_seconds,
                furthest_seconds = EXCLUDED.furthest_seconds, reached_end = EXCLUDED.reached_end,
                last_report_at = EXCLUDED.last_report_at, completed_at = EXCLUDED.completed_at, updated_at = EXCLUDED.updated_at`,
        [user.id, lessonId, dto.positionSeconds, progress.creditedSeconds, progress.furthestSeconds, progress.reachedEnd, now, progress.completedAt ?? (nowComplete ? now : null)],
      );

      let courseCompleted = row.status === 'completed';
      const changes: Partial<Enrollment> = { lastActivityAt: now, lastLessonId: lessonId, startedAt: row.started_at ?? now };
      if (nowComplete && !lessonCompleted) {
        const [{ done }] = (await tx.query(
          `SELECT count(*)::int AS done FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id
            WHERE p.user_id = $1 AND l.course_id = $2 AND p.completed_at IS NOT NULL`,
          [user.id, row.course_id],
        )) as [{ done: number }];
        changes.completedLessons = done;
        if (!courseCompleted && done >= row.lesson_count && (await this.gates.allowCompletion(tx, user.id, row.course_id))) {
          courseCompleted = true;
          await this.completeCourse(tx, user.id, { id: row.course_id, title: row.course_title, creditHours: Number(row.credit_hours) }, now, changes);
        } else if (!courseCompleted) {
          changes.progressPercent = Math.min(99, Math.floor((done * 100) / Math.max(1, row.lesson_count)));
        }
      }
      await tx.getRepository(Enrollment).update({ id: row.enrollment_id }, changes);
      return {
        lessonCompleted: nowComplete,
        courseCompleted,
        creditedSeconds: progress.creditedSeconds,
        requiredSeconds: required,
        furthestSeconds: progress.furthestSeconds,
        progressPercent: courseCompleted ? 100 : (changes.progressPercent ?? row.progress_percent),
      };
    });
  }

  /**
   * Re-checks completion after something outside the lessons changed (a course quiz passed). Returns true when the
   * course is now complete.
   */
  async recheck(tx: EntityManager, userId: string, courseId: string): Promise<boolean> {
    const enrollment = await tx.getRepository(Enrollment).findOne({ where: { userId, courseId }, lock: { mode: 'pessimistic_write' } });
    if (!enrollment || enrollment.status === 'completed') return enrollment?.status === 'completed';
    const course = await tx.getRepository(Course).findOneByOrFail({ id: courseId });
    if (enrollment.completedLessons < course.lessonCount || !(await this.gates.allowCompletion(tx, userId, courseId))) return false;
    const changes: Partial<Enrollment> = {};
    await this.completeCourse(tx, userId, { id: course.id, title: course.title, creditHours: Number(course.creditHours) }, new Date(), changes);
    await tx.getRepository(Enrollment).update({ id: enrollment.id }, changes);
    return true;
  }

  private async completeCourse(
    tx: EntityManager,
    userId: string,
    course: { id: string; title: string; creditHours: number },
    now: Date,
    changes: Partial<Enrollment>,
  ): Promise<void> {
    Object.assign(changes, { status: 'completed', completedAt: now, progressPercent: 100 });
    await this.ledger.grant(tx, {
      userId,
      hours: course.creditHours,
      source: 'course',
      sourceRefId: course.id,
      description: `课程：${course.title}`,
      earnedAt: now,
    });
  }
}

function requiredSeconds(lesson: Lesson): number {
  if (lesson.type === 'video') return Math.ceil((lesson.durationSeconds ?? 0) * VIDEO_COMPLETION_RATIO);
  return readingSecondsOf(lesson);
}

interface ReportRow {
  id: string;
  course_id: string;
  type: Lesson['type'];
  duration_seconds: number | null;
  min_reading_seconds: number | null;
  body: string | null;
  lesson_count: number;
  credit_hours: string;
  course_title: string;
  enrollment_id: string;
  status: 'in_progress' | 'completed';
  started_at: Date | null;
  progress_percent: number;
  completed_lessons: number;
}

function isComplete(lesson: Lesson, progress: Pick<LessonProgress, 'creditedSeconds' | 'reachedEnd'>): boolean {
  const enough = progress.creditedSeconds >= requiredSeconds(lesson);
  if (lesson.type === 'document') return enough && progress.reachedEnd;
  return enough;
}

function progressOf(lesson: Lesson, p: LessonProgress | undefined): LessonProgressDto {
  return {
    positionSeconds: p?.positionSeconds ?? 0,
    creditedSeconds: p?.creditedSeconds ?? 0,
    requiredSeconds: requiredSeconds(lesson),
    furthestSeconds: p?.furthestSeconds ?? 0,
    reachedEnd: p?.reachedEnd ?? false,
    completed: Boolean(p?.completedAt),
  };
}
