import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { CommonError, CourseError, type CadreGroup } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import { FilesService } from '../files/files.service';
import { StoredFile } from '../files/stored-file.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { sanitizeArticle, textLength } from './article-html';
import { readingSecondsOf } from './reading-time';
import { CourseCategory } from './course-category.entity';
import { Course, CourseTarget } from './course.entity';
import type {
  CourseDetailDto,
  CourseEditDto,
  CourseQueryDto,
  CourseSummaryDto,
  CourseTargetDto,
  CreateCourseDto,
  LessonDto,
  LessonEditDto,
  SaveLessonDto,
  SetCourseHoursDto,
  UpdateCourseDto,
} from './dto/course.dto';
import { Lesson } from './lesson.entity';
import { refreshCourseHours } from '../learning/course-hours';
import { HourRulesService } from '../learning/hour-rules.service';
import { RequiredCoursesService } from './required-courses.service';

interface CourseRow {
  id: string;
  title: string;
  summary: string;
  cover_file_id: string | null;
  category_id: string;
  category_name: string;
  credit_hours: string;
  derived_hours: string;
  lesson_minutes: number;
  hours_override: string | null;
  hours_override_reason: string | null;
  status: Course['status'];
  lesson_count: number;
  owner_unit_id: string;
  owner_unit_name: string;
  owner_path: string;
  published_at: Date | null;
  targets: CourseTargetDto[];
  e_status: 'in_progress' | 'completed' | null;
  e_completed_lessons: number | null;
  e_due_date: string | null;
  e_required: boolean | null;
}

/** The reason kept when a course's hours come with the course itself (the API's creditHours) rather than the 核定 form. */
const DEFAULT_OVERRIDE_REASON = '编辑课程时填写的学时';

/**
 * The catalogue and its editing. A course belongs to its owner unit: published courses are visible to cadres of that
 * unit's subtree; org admins edit the courses of units in their scope.
 */
@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly required: RequiredCoursesService,
    private readonly hourRules: HourRulesService,
  ) {}

  async list(user: AuthUser, query: CourseQueryDto): Promise<Page<CourseSummaryDto>> {
    const params: unknown[] = [user.id];
    const where: string[] = [];
    const p = (value: unknown) => (params.push(value), `$${params.length}`);
    if (query.manage) {
      if (!hasRole(user, 'org_admin')) throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only org admins manage courses');
      where.push(`ou.path LIKE ${p(scopePrefix(user))}`);
      if (query.status) where.push(`c.status = ${p(query.status)}`);
    } else {
      where.push(`c.status = 'published'`, `${p(user.unitPath)} LIKE ou.path || '%'`);
    }
    if (query.category) where.push(`c.category_id = ${p(query.category)}`);
    if (query.group) {
      const req = query.required === undefined ? '' : ` AND t.required = ${p(query.required)}`;
      where.push(`EXISTS (SELECT 1 FROM course_targets t WHERE t.course_id = c.id AND t.cadre_group = ${p(query.group)}${req})`);
    } else if (query.required !== undefined) {
      where.push(`${query.required ? '' : 'NOT '}EXISTS (SELECT 1 FROM course_targets t WHERE t.course_id = c.id AND t.required)`);
    }
    if (query.q) {
      const like = p(`%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      where.push(`(c.title ILIKE ${like} OR c.summary ILIKE ${like})`);
    }
    const from = `FROM courses c
      JOIN course_categories cat ON cat.id = c.category_id
      JOIN org_units ou ON ou.id = c.owner_unit_id
      LEFT JOIN enrollments e ON e.course_id = c.id AND e.user_id = $1
     WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total ${from}`, params)) as [{ total: number }];
    const rows = (await this.db.query(
      `${this.selectColumns()} ${from}
       ORDER BY c.published_at DESC NULLS LAST, c.created_at DESC, c.id
       LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      params,
    )) as CourseRow[];
    return pageOf(
      rows.map((r) => this.toSummary(user, r)),
      total,
      query,
    );
  }

  /** A course as a cadre (published, visible from their unit) or a managing admin sees it. */
  async detail(user: AuthUser, id: string): Promise<CourseDetailDto> {
    const row = await this.row(user, id);
    const managed = this.manages(user, row);
    if (!managed && !(row.status === 'published' && user.unitPath.startsWith(row.owner_path))) throw notFound('Course');
    const lessons = await this.db.getRepository(Lesson).find({ where: { courseId: id }, order: { position: 'ASC' } });
    return {
      ...this.toSummary(user, row),
      ownerUnitId: row.owner_unit_id,
      coverFileId: row.cover_file_id,
      lessons: lessons.map((l) => toLessonDto(l)),
      editable: managed,
      canEnroll: row.status === 'published' && row.e_status === null && user.unitPath.startsWith(row.owner_path),
    };
  }

  /** Everything the course editor needs, lesson media included. */
  async forEdit(user: AuthUser, id: string): Promise<CourseEditDto> {
    const detail = await this.detail(user, id);
    if (!detail.editable) throw notFound('Course');
    const lessons = await this.db
      .getRepository(Lesson)
      .find({ where: { courseId: id }, order: { position: 'ASC' }, relations: { videoFile: true, documentFile: true } });
    return {
      ...detail,
      lessons: lessons.map(
        (l): LessonEditDto => ({
          ...toLessonDto(l),
          videoFileId: l.videoFileId,
          videoFileName: l.videoFile?.originalName ?? null,
          videoUrl: l.videoUrl,
          body: l.body,
          documentFileId: l.documentFileId,
          documentFileName: l.documentFile?.originalName ?? null,
        }),
      ),
    };
  }

  async create(user: AuthUser, dto: CreateCourseDto, origin: RequestOrigin): Promise<CourseEditDto> {
    const id = await this.db.transaction(async (tx) => {
      const owner = dto.ownerUnitId ? await this.unitInScope(tx, user, dto.ownerUnitId) : await this.unitInScope(tx, user, user.scopeUnitId ?? '');
      await this.checkCategory(tx, dto.categoryId);
      if (dto.coverFileId) await this.checkFile(tx, dto.coverFileId, 'course_cover', 'coverFileId');
      const targets = uniqueTargets(dto.targets);
      const courseId = randomUUID();
      await tx.getRepository(Course).insert({
        id: courseId,
        title: dto.title,
        summary: dto.summary ?? '',
        categoryId: dto.categoryId,
        // An hours figure sent with the course is the admin's own (手动核定); without one the lessons decide.
        creditHours: dto.creditHours ?? 0,
        hoursOverride: dto.creditHours ?? null,
        hoursOverrideReason: dto.creditHours === undefined ? null : (dto.hoursReason ?? DEFAULT_OVERRIDE_REASON),
        coverFileId: dto.coverFileId ?? null,
        ownerUnitId: owner.id,
        createdById: user.id,
        status: 'draft',
      });
      if (targets.length) await tx.getRepository(CourseTarget).insert(targets.map((t) => ({ courseId, cadreGroup: t.group, required: t.required })));
      await this.audit.record(
        { action: 'course.created', actor: user, target: { type: 'course', id: courseId }, unitPath: owner.path, origin, details: { title: dto.title } },
        tx,
      );
      return courseId;
    });
    return this.forEdit(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateCourseDto, origin: RequestOrigin): Promise<CourseEditDto> {
    await this.db.transaction(async (tx) => {
      const { course, path } = await this.lockManaged(tx, user, id);
      const changes: Partial<Course> = {};
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.summary !== undefined) changes.summary = dto.summary;
      if (dto.categoryId !== undefined) {
        await this.checkCategory(tx, dto.categoryId);
        changes.categoryId = dto.categoryId;
      }
      if (dto.coverFileId !== undefined) {
        if (dto.coverFileId) await this.checkFile(tx, dto.coverFileId, 'course_cover', 'coverFileId');
        changes.coverFileId = dto.coverFileId;
      }
      if (Object.keys(changes).length) await tx.getRepository(Course).update({ id }, changes);
      // Audited with the edit itself (course.updated lists creditHours among its fields).
      if (dto.creditHours !== undefined) await this.override(tx, user, course, path, origin, dto.creditHours, dto.hoursReason ?? DEFAULT_OVERRIDE_REASON, false);
      if (dto.targets !== undefined) {
        await tx.getRepository(CourseTarget).delete({ courseId: id });
        const targets = uniqueTargets(dto.targets);
        if (targets.length) await tx.getRepository(CourseTarget).insert(targets.map((t) => ({ courseId: id, cadreGroup: t.group, required: t.required })));
      }
      await this.audit.record(
        { action: 'course.updated', actor: user, target: { type: 'course', id }, unitPath: path, origin, details: { fields: Object.keys(dto) } },
        tx,
      );
      if (course.status === 'published' && dto.targets !== undefined) await this.required.sync(tx, { courseId: id });
    });
    return this.forEdit(user, id);
  }

  /**
   * 手动核定: replaces the derived 学时 with the admin's figure and reason, or (hours null) returns to the derived
   * figure. Audited with the old and new figures; completions already in the ledger keep what they earned.
   */
  async setHours(user: AuthUser, id: string, dto: SetCourseHoursDto, origin: RequestOrigin): Promise<CourseEditDto> {
    if (dto.hours !== null && !Number.isInteger(dto.hours * 4)) {
      throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'Hours go in steps of 0.25', [{ field: 'hours', message: 'must be a multiple of 0.25' }]);
    }
    if (dto.hours !== null && !dto.reason?.trim()) {
      throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'Say why the hours differ from the rule', [{ field: 'reason', message: 'required with hours' }]);
    }
    await this.db.transaction(async (tx) => {
      const { course, path } = await this.lockManaged(tx, user, id);
      await this.override(tx, user, course, path, origin, dto.hours, dto.hours === null ? null : dto.reason!.trim(), true);
    });
    return this.forEdit(user, id);
  }

  private async override(
    tx: EntityManager,
    user: AuthUser,
    course: Course,
    path: string,
    origin: RequestOrigin,
    hours: number | null,
    reason: string | null,
    audited: boolean,
  ): Promise<void> {
    const was = course.hoursOverride === null ? null : Number(course.hoursOverride);
    if (was === hours && (hours === null || course.hoursOverrideReason === reason)) return;
    await tx.getRepository(Course).update(
      { id: course.id },
      { hoursOverride: hours, hoursOverrideReason: hours === null ? null : reason, creditHours: hours ?? Number(course.derivedHours) },
    );
    if (audited) {
      const details = { was, hours, reason, derived: Number(course.derivedHours) };
      await this.audit.record({ action: 'course.hours_overridden', actor: user, target: { type: 'course', id: course.id }, unitPath: path, origin, details }, tx);
    }
  }

  /** Publishes a course with complete lessons, and enrols every cadre for whose group it is required. */
  async publish(user: AuthUser, id: string, origin: RequestOrigin): Promise<CourseEditDto> {
    await this.db.transaction(async (tx) => {
      const { course, path } = await this.lockManaged(tx, user, id);
      if (course.status === 'published') return;
      const lessons = await tx.getRepository(Lesson).find({ where: { courseId: id }, order: { position: 'ASC' } });
      if (lessons.length === 0) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CourseError.NoLessons, 'Add at least one lesson before publishing');
      }
      const incomplete = lessons.flatMap((l) => lessonProblems(l).map((p) => ({ field: `lessons.${l.position}.${p.field}`, message: `${l.title}: ${p.message}` })));
      if (incomplete.length) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CourseError.LessonIncomplete, 'Some lessons lack their content', incomplete);
      }
      await tx.getRepository(Course).update({ id }, { status: 'published', publishedAt: course.publishedAt ?? new Date() });
      const enrolled = await this.required.sync(tx, { courseId: id });
      await this.audit.record(
        { action: 'course.published', actor: user, target: { type: 'course', id }, unitPath: path, origin, details: { title: course.title, autoEnrolled: enrolled } },
        tx,
      );
    });
    return this.forEdit(user, id);
  }

  /** Takes a course out of the catalogue; cadres already enrolled keep it and may finish it. */
  async archive(user: AuthUser, id: string, origin: RequestOrigin): Promise<CourseEditDto> {
    await this.db.transaction(async (tx) => {
      const { course, path } = await this.lockManaged(tx, user, id);
      if (course.status === 'archived') return;
      await tx.getRepository(Course).update({ id }, { status: 'archived' });
      await this.audit.record({ action: 'course.archived', actor: user, target: { type: 'course', id }, unitPath: path, origin, details: { title: course.title } }, tx);
    });
    return this.forEdit(user, id);
  }

  async addLesson(user: AuthUser, courseId: string, dto: SaveLessonDto, origin: RequestOrigin): Promise<CourseEditDto> {
    await this.db.transaction((tx) => this.insertLesson(tx, user, courseId, dto, null, origin));
    return this.forEdit(user, courseId);
  }

  /** Appends a lesson in the caller's transaction (an article made from a case carries its id); returns the lesson's id. */
  async insertLesson(tx: EntityManager, user: AuthUser, courseId: string, dto: SaveLessonDto, caseId: string | null, origin: RequestOrigin): Promise<string> {
    const { path } = await this.lockManaged(tx, user, courseId);
    const fields = await this.lessonFields(tx, dto);
    const [{ next }] = (await tx.query('SELECT COALESCE(max(position), 0) + 1 AS next FROM lessons WHERE course_id = $1', [courseId])) as [{ next: number }];
    const { identifiers } = await tx.getRepository(Lesson).insert({ ...fields, caseId, courseId, position: next });
    await this.recount(tx, courseId);
    await refreshCourseHours(tx, await this.hourRules.courseRule(tx), courseId);
    await this.audit.record({ action: 'course.lessons_changed', actor: user, target: { type: 'course', id: courseId }, unitPath: path, origin, details: { added: dto.title } }, tx);
    return (identifiers[0] as { id: string }).id;
  }

  async updateLesson(user: AuthUser, lessonId: string, dto: SaveLessonDto, origin: RequestOrigin): Promise<CourseEditDto> {
    const courseId = await this.db.transaction(async (tx) => {
      const lesson = await tx.getRepository(Lesson).findOneBy({ id: lessonId });
      if (!lesson) throw notFound('Lesson');
      const { path } = await this.lockManaged(tx, user, lesson.courseId);
      await tx.getRepository(Lesson).update({ id: lessonId }, await this.lessonFields(tx, dto));
      await refreshCourseHours(tx, await this.hourRules.courseRule(tx), lesson.courseId);
      await this.audit.record({ action: 'course.lessons_changed', actor: user, target: { type: 'course', id: lesson.courseId }, unitPath: path, origin, details: { updated: dto.title } }, tx);
      return lesson.courseId;
    });
    return this.forEdit(user, courseId);
  }

  /** Lessons leave only draft courses: a published lesson may carry cadres' progress and completed records. */
  async removeLesson(user: AuthUser, lessonId: string, origin: RequestOrigin): Promise<CourseEditDto> {
    const courseId = await this.db.transaction(async (tx) => {
      const lesson = await tx.getRepository(Lesson).findOneBy({ id: lessonId });
      if (!lesson) throw notFound('Lesson');
      const { course, path } = await this.lockManaged(tx, user, lesson.courseId);
      if (course.status !== 'draft') {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CourseError.NotEditable, 'Lessons of a published course cannot be removed');
      }
      await tx.getRepository(Lesson).delete({ id: lessonId });
      await tx.query(
        `UPDATE lessons l SET position = o.rn FROM (SELECT id, row_number() OVER (ORDER BY position) AS rn FROM lessons WHERE course_id = $1) o
          WHERE l.id = o.id`,
        [lesson.courseId],
      );
      await this.recount(tx, lesson.courseId);
      await refreshCourseHours(tx, await this.hourRules.courseRule(tx), lesson.courseId);
      await this.audit.record({ action: 'course.lessons_changed', actor: user, target: { type: 'course', id: lesson.courseId }, unitPath: path, origin, details: { removed: lesson.title } }, tx);
      return lesson.courseId;
    });
    return this.forEdit(user, courseId);
  }

  async reorderLessons(user: AuthUser, courseId: string, lessonIds: string[], origin: RequestOrigin): Promise<CourseEditDto> {
    await this.db.transaction(async (tx) => {
      const { path } = await this.lockManaged(tx, user, courseId);
      const current = await tx.getRepository(Lesson).find({ where: { courseId }, select: { id: true } });
      const known = new Set(current.map((l) => l.id));
      if (lessonIds.length !== known.size || lessonIds.some((id) => !known.has(id))) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CourseError.LessonOrderMismatch, 'Send every lesson of the course exactly once', [
          { field: 'lessonIds', message: 'must list each lesson of the course once' },
        ]);
      }
      await tx.query(
        `UPDATE lessons l SET position = o.ord FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE l.id = o.id`,
        [lessonIds],
      );
      await this.audit.record({ action: 'course.lessons_changed', actor: user, target: { type: 'course', id: courseId }, unitPath: path, origin, details: { reordered: true } }, tx);
    });
    return this.forEdit(user, courseId);
  }

  /** A course the caller manages, locked for a change; 404 when outside their scope. */
  async lockManaged(tx: EntityManager, user: AuthUser, id: string): Promise<{ course: Course; path: string }> {
    const course = await tx.getRepository(Course).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!course) throw notFound('Course');
    const owner = await tx.getRepository(OrgUnit).findOneByOrFail({ id: course.ownerUnitId });
    if (!hasRole(user, 'org_admin') || !isPathInScope(owner.path, user)) throw notFound('Course');
    return { course, path: owner.path };
  }

  private async row(user: AuthUser, id: string): Promise<CourseRow> {
    const [row] = (await this.db.query(
      `${this.selectColumns()}
         FROM courses c
         JOIN course_categories cat ON cat.id = c.category_id
         JOIN org_units ou ON ou.id = c.owner_unit_id
         LEFT JOIN enrollments e ON e.course_id = c.id AND e.user_id = $1
        WHERE c.id = $2`,
      [user.id, id],
    )) as CourseRow[];
    if (!row) throw notFound('Course');
    return row;
  }

  private selectColumns(): string {
    return `SELECT c.id, c.title, c.summary, c.cover_file_id, c.category_id, cat.name AS category_name, c.credit_hours, c.derived_hours, c.lesson_minutes, c.hours_override, c.hours_override_reason, c.status,
                   c.lesson_count, c.owner_unit_id, ou.name AS owner_unit_name, ou.path AS owner_path, c.published_at,
                   COALESCE((SELECT json_agg(json_build_object('group', t.cadre_group, 'required', t.required) ORDER BY t.cadre_group)
                               FROM course_targets t WHERE t.course_id = c.id), '[]') AS targets,
                   e.status AS e_status, e.completed_lessons AS e_completed_lessons, e.due_date AS e_due_date, e.required AS e_required`;
  }

  private manages(user: AuthUser, row: CourseRow): boolean {
    return hasRole(user, 'org_admin') && isPathInScope(row.owner_path, user);
  }

  private toSummary(user: AuthUser, r: CourseRow): CourseSummaryDto {
    return {
      id: r.id,
      title: r.title,
      summary: r.summary,
      coverUrl: r.cover_file_id ? this.files.link(user, r.cover_file_id) : null,
      categoryId: r.category_id,
      categoryName: r.category_name,
      creditHours: Number(r.credit_hours),
      hoursBasis: r.hours_override === null ? 'derived' : 'manual',
      derivedHours: Number(r.derived_hours),
      lessonMinutes: r.lesson_minutes,
      hoursOverrideReason: r.hours_override_reason,
      status: r.status,
      targets: r.targets,
      lessonCount: r.lesson_count,
      ownerUnitName: r.owner_unit_name,
      publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
      myEnrollment: r.e_status
        ? {
            status: r.e_status,
            progressPercent: progressPercent(r.e_status, r.e_completed_lessons ?? 0, r.lesson_count),
            dueDate: r.e_due_date,
            required: r.e_required ?? false,
          }
        : null,
    };
  }

  private async lessonFields(tx: EntityManager, dto: SaveLessonDto): Promise<Partial<Lesson>> {
    if (dto.videoFileId) await this.checkFile(tx, dto.videoFileId, 'lesson_video', 'videoFileId');
    if (dto.documentFileId) await this.checkFile(tx, dto.documentFileId, 'lesson_document', 'documentFileId');
    const body = dto.body ? sanitizeArticle(dto.body) : null;
    const fields: Partial<Lesson> = {
      title: dto.title,
      type: dto.type,
      durationSeconds: dto.type === 'video' ? (dto.durationSeconds ?? null) : null,
      videoFileId: dto.type === 'video' ? (dto.videoFileId ?? null) : null,
      videoUrl: dto.type === 'video' && !dto.videoFileId ? (dto.videoUrl ?? null) : null,
      body: dto.type === 'article' ? body : null,
      minReadingSeconds:
        dto.type === 'article' ? (dto.minReadingSeconds ?? null) : dto.type === 'document' ? (dto.minReadingSeconds ?? 0) : null,
      documentFileId: dto.type === 'document' ? (dto.documentFileId ?? null) : null,
    };
    const problems = lessonProblems(fields as Lesson);
    if (problems.length) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CourseError.LessonIncomplete, 'The lesson lacks its content', problems);
    }
    return fields;
  }

  private async recount(tx: EntityManager, courseId: string): Promise<void> {
    await tx.query('UPDATE courses SET lesson_count = (SELECT count(*) FROM lessons WHERE course_id = $1), updated_at = now() WHERE id = $1', [courseId]);
  }

  private async unitInScope(tx: EntityManager, user: AuthUser, unitId: string): Promise<OrgUnit> {
    const unit = unitId ? await tx.getRepository(OrgUnit).findOneBy({ id: unitId }) : null;
    if (!unit || !isPathInScope(unit.path, user)) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CommonError.ValidationFailed, 'The owner unit lies outside your scope', [
        { field: 'ownerUnitId', message: 'not a unit in your scope' },
      ]);
    }
    return unit;
  }

  private async checkCategory(tx: EntityManager, id: string): Promise<void> {
    if (!(await tx.getRepository(CourseCategory).existsBy({ id }))) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CommonError.ValidationFailed, 'Unknown category', [{ field: 'categoryId', message: 'no such category' }]);
    }
  }

  private async checkFile(tx: EntityManager, id: string, purpose: StoredFile['purpose'], field: string): Promise<void> {
    if (!(await tx.getRepository(StoredFile).existsBy({ id, purpose }))) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CommonError.ValidationFailed, 'Unknown file', [
        { field, message: `not an uploaded ${purpose}` },
      ]);
    }
  }
}

export function toLessonDto(l: Lesson): LessonDto {
  return {
    id: l.id,
    position: l.position,
    title: l.title,
    type: l.type,
    durationSeconds: l.durationSeconds,
    minReadingSeconds: l.minReadingSeconds,
    readingSeconds: l.type === 'video' ? null : readingSecondsOf(l),
    caseId: l.caseId ?? null,
  };
}

/** What a lesson lacks to be playable. */
export function lessonProblems(l: Pick<Lesson, 'type' | 'durationSeconds' | 'videoFileId' | 'videoUrl' | 'body' | 'documentFileId'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (l.type === 'video') {
    if (!l.videoFileId && !l.videoUrl) problems.push({ field: 'videoFileId', message: 'a video needs a file or an address' });
    if (!l.durationSeconds) problems.push({ field: 'durationSeconds', message: 'a video needs its duration' });
  } else if (l.type === 'article') {
    if (!l.body || textLength(l.body) === 0) problems.push({ field: 'body', message: 'an article needs text' });
  } else if (!l.documentFileId) {
    problems.push({ field: 'documentFileId', message: 'a document needs a PDF' });
  }
  return problems;
}

export function progressPercent(status: 'in_progress' | 'completed', completedLessons: number, lessonCount: number): number {
  if (status === 'completed') return 100;
  if (lessonCount <= 0) return 0;
  return Math.min(99, Math.floor((completedLessons * 100) / lessonCount));
}

function uniqueTargets(targets: CourseTargetDto[]): { group: CadreGroup; required: boolean }[] {
  const seen = new Map<CadreGroup, boolean>();
  for (const t of targets) seen.set(t.group, (seen.get(t.group) ?? false) || t.required);
  return [...seen].map(([group, required]) => ({ group, required }));
}
