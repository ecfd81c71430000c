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
        videoUrl: l.type === 'video' ? (l.videoFileId ? this.files.link(l.videoFileId) : l.videoUrl) : null,
        body: l.type === 'article' ? l.body : null,
        documentUrl: l.type === 'document' && l.documentFileId ? this.files.link(l.documentFileId) : null,
        progress: progressOf(l, byLesson.get(l.id)),
      })),
    };
  }

  async report(user: AuthUser, lessonId: string, dto: ReportProgressDto): Promise<ProgressResultDto> {
    return this.db.transaction(async (tx) => {
      const lesson = await tx.getRepository(Lesson).findOneBy({ id: lessonId });
      const enrollment = lesson
        ? await tx.getRepository(Enrollment).findOne({ where: { userId: user.id, courseId: lesson.courseId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!lesson || !enrollment) throw notFound('Lesson');
      if (lesson.type === 'video' && lesson.durationSeconds !== null && dto.positionSeconds > lesson.durationSeconds + CLOCK_TOLERANCE_SECONDS) {
        throw new AppException(HttpStatus.BAD_REQUEST, CourseError.ProgressImplausible, 'The position lies beyond the end of the video', [
          { field: 'positionSeconds', message: `at most ${lesson.durationSeconds}` },
        ]);
      }
      const now = new Date();
      const repo = tx.getRepository(LessonProgress);
      const progress =
        (await repo.findOne({ where: { userId: user.id, lessonId }, lock: { mode: 'pessimistic_write' } })) ??
        repo.create({ userId: user.id, lessonId, positionSeconds: 0, creditedSeconds: 0, furthestSeconds: 0, reachedEnd: false, lastReportAt: null, completedAt: null });
      const elapsed = progress.lastReportAt ? Math.max(0, (now.getTime() - progress.lastReportAt.getTime()) / 1000) : 0;
      // The first report only starts the clock: there is no earlier report to measure from.
      const credit = progress.lastReportAt
        ? Math.floor(Math.min(dto.watchedSeconds, elapsed + CLOCK_TOLERANCE_SECONDS, MAX_CREDIT_PER_REPORT_SECONDS))
        : 0;
      const required = requiredSeconds(lesson);
      const cap = lesson.type === 'video' ? (lesson.durationSeconds ?? 0) : Math.max(required, 24 * 3600);
      progress.creditedSeconds = Math.min(cap, progress.creditedSeconds + credit);
      progress.positionSeconds = dto.positionSeconds;
      if (lesson.type === 'video') {
        // Watching moves the furthest point forward by at most the credited time; a seek does not.
        progress.furthestSeconds = Math.max(progress.furthestSeconds, Math.min(dto.positionSeconds, progress.furthestSeconds + credit + CLOCK_TOLERANCE_SECONDS));
      }
      if (dto.reachedEnd && lesson.type !== 'video' && progress.lastReportAt) progress.reachedEnd = true;
      progress.lastReportAt = now;
      const lessonCompleted = progress.completedAt !== null;
      const nowComplete = lessonCompleted || isComplete(lesson, progress);
      if (nowComplete && !lessonCompleted) progress.completedAt = now;
      await repo.save(progress);

      const course = await tx.getRepository(Course).findOneByOrFail({ id: lesson.courseId });
      let courseCompleted = enrollment.status === 'completed';
      const changes: Partial<Enrollment> = { lastActivityAt: now, lastLessonId: lessonId, startedAt: enrollment.startedAt ?? now };
      if (nowComplete && !lessonCompleted) {
        const [{ done }] = (await tx.query(
          `SELECT count(*)::int AS done FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id
            WHERE p.user_id = $1 AND l.course_id = $2 AND p.completed_at IS NOT NULL`,
          [user.id, lesson.courseId],
        )) as [{ done: number }];
        changes.completedLessons = done;
        if (!courseCompleted && done >= course.lessonCount && (await this.gates.allowCompletion(tx, user.id, course.id))) {
          courseCompleted = true;
          await this.completeCourse(tx, enrollment, course, now, changes);
        } else if (!courseCompleted) {
          changes.progressPercent = Math.min(99, Math.floor((done * 100) / Math.max(1, course.lessonCount)));
        }
      }
      await tx.getRepository(Enrollment).update({ id: enrollment.id }, changes);
      return {
        lessonCompleted: nowComplete,
        courseCompleted,
        creditedSeconds: progress.creditedSeconds,
        requiredSeconds: required,
        furthestSeconds: progress.furthestSeconds,
        progressPercent: courseCompleted ? 100 : (changes.progressPercent ?? enrollment.progressPercent),
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
    await this.completeCourse(tx, enrollment, course, new Date(), changes);
    await tx.getRepository(Enrollment).update({ id: enrollment.id }, changes);
    return true;
  }

  private async completeCourse(tx: EntityManager, enrollment: Enrollment, course: Course, now: Date, changes: Partial<Enrollment>): Promise<void> {
    Object.assign(changes, { status: 'completed', completedAt: now, progressPercent: 100 });
    await this.ledger.grant(tx, {
      userId: enrollment.userId,
      hours: Number(course.creditHours),
      source: 'course',
      sourceRefId: course.id,
      description: `课程：${course.title}`,
      earnedAt: now,
    });
  }
}

function requiredSeconds(lesson: Lesson): number {
  if (lesson.type === 'video') return Math.ceil((lesson.durationSeconds ?? 0) * VIDEO_COMPLETION_RATIO);
  return lesson.minReadingSeconds ?? 0;
}

function isComplete(lesson: Lesson, progress: LessonProgress): boolean {
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
