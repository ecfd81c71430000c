import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { CommonError, CourseError } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { FilesService } from '../files/files.service';
import { OrgUnit } from '../org/org-unit.entity';
import { newLeaderWindow } from '../users/key-groups';
import { Course } from './course.entity';
import { progressPercent } from './courses.service';
import type { AssignCourseDto, AssignmentDto, AssignmentResultDto, CourseEnrollmentDto, CourseEnrollmentQueryDto } from './dto/course.dto';
import type { MyCourseDto } from './dto/my-learning.dto';

interface MyCourseRow {
  course_id: string;
  title: string;
  cover_file_id: string | null;
  category_name: string;
  credit_hours: string;
  lesson_count: number;
  source: MyCourseDto['source'];
  required: boolean;
  due_date: string | null;
  status: 'in_progress' | 'completed';
  completed_lessons: number;
  completed_at: Date | null;
  last_activity_at: Date | null;
  last_lesson_id: string | null;
}

/** Enrolments: a cadre's own courses, self-enrolment, and assignment (派课) by admins. */
@Injectable()
export class EnrollmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async myCourses(user: AuthUser, filter: 'in_progress' | 'completed' | 'overdue' | 'all' = 'all'): Promise<MyCourseDto[]> {
    const today = todayInShanghai();
    const where =
      filter === 'in_progress'
        ? ` AND e.status = 'in_progress'`
        : filter === 'completed'
          ? ` AND e.status = 'completed'`
          : filter === 'overdue'
            ? ` AND e.status = 'in_progress' AND e.due_date < $2`
            : '';
    const rows = (await this.db.query(
      `${MY_COURSE_SELECT} WHERE e.user_id = $1${where} ${MY_COURSES_ORDER}`,
      filter === 'overdue' ? [user.id, today] : [user.id],
    )) as MyCourseRow[];
    return rows.map((r) => this.toMyCourse(user, r, today));
  }

  async myCourse(user: AuthUser, courseId: string): Promise<MyCourseDto> {
    const [row] = (await this.db.query(`${MY_COURSE_SELECT} WHERE e.user_id = $1 AND e.course_id = $2`, [user.id, courseId])) as MyCourseRow[];
    if (!row) throw notFound('Enrolment');
    return this.toMyCourse(user, row, todayInShanghai());
  }

  /** A cadre enrols themselves in a published course visible from their unit. */
  async enroll(user: AuthUser, courseId: string): Promise<MyCourseDto> {
    const [course] = (await this.db.query(
      `SELECT c.status FROM courses c JOIN org_units ou ON ou.id = c.owner_unit_id WHERE c.id = $1 AND $2 LIKE ou.path || '%'`,
      [courseId, user.unitPath],
    )) as { status: string }[];
    if (!course) throw notFound('Course');
    if (course.status !== 'published') {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CourseError.NotPublished, 'This course is not open for enrolment');
    }
    const inserted = (await this.db.query(
      `INSERT INTO enrollments (user_id, course_id, source, required) VALUES ($1, $2, 'self', false)
       ON CONFLICT (user_id, course_id) DO NOTHING RETURNING id`,
      [user.id, courseId],
    )) as unknown[];
    if (inserted.length === 0) throw new AppException(HttpStatus.CONFLICT, CourseError.AlreadyEnrolled, 'You are already enrolled in this course');
    return this.myCourse(user, courseId);
  }

  /**
   * Assigns a published course to a key group (within the admin's scope), to every cadre under a unit, or to named
   * cadres. A unit or a named cadre outside the admin's scope (or not there at all) is a 404, as everywhere, and nothing
   * is written. Only cadres who can see the course (their unit lies under its owner) and are active are enrolled;
   * cadres already enrolled get the new due date and the required flag.
   */
  async assign(user: AuthUser, courseId: string, dto: AssignCourseDto, origin: RequestOrigin): Promise<AssignmentResultDto> {
    const problems = assignmentProblems(dto);
    if (problems.length) throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'Incomplete assignment', problems);
    return this.db.transaction(async (tx) => {
      const course = await tx.getRepository(Course).findOneBy({ id: courseId });
      if (!course) throw notFound('Course');
      const owner = await tx.getRepository(OrgUnit).findOneByOrFail({ id: course.ownerUnitId });
      if (!isPathInScope(owner.path, user) && !(user.scopePath ?? '').startsWith(owner.path)) throw notFound('Course');
      if (course.status !== 'published') {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CourseError.NotPublished, 'Publish the course before assigning it');
      }
      let unit: OrgUnit | null = null;
      if (dto.targetType === 'unit') {
        unit = await tx.getRepository(OrgUnit).findOneBy({ id: dto.unitId! });
        if (!unit || !isPathInScope(unit.path, user)) throw notFound('Unit');
      }
      if (dto.targetType === 'users') {
        const inScope = new Set(
          ((await tx.query(`SELECT u.id FROM users u JOIN org_units uu ON uu.id = u.unit_id WHERE u.id = ANY($1::uuid[]) AND uu.path LIKE $2`, [
            dto.userIds,
            scopePrefix(user),
          ])) as { id: string }[]).map((r) => r.id),
        );
        const missing = dto.userIds!.flatMap((id, i) => (inScope.has(id) ? [] : [{ field: `userIds.${i}`, message: 'no such cadre in your scope' }]));
        if (missing.length > 0) throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Cadre not found', missing);
      }
      const assignmentId = randomUUID();
      const required = dto.required ?? true;
      const params: unknown[] = [courseId, owner.path, scopePrefix(user), assignmentId, required, dto.dueDate ?? null];
      let target: string;
      if (dto.targetType === 'group' && dto.group === 'new_leader') {
        const { after, until } = newLeaderWindow(this.config.newLeaderMonths);
        target = `u.appointment_date > $${params.push(after)}::date AND u.appointment_date <= $${params.push(until)}::date`;
      } else if (dto.targetType === 'group') {
        target = `$${params.push(dto.group)} = ANY(u.key_groups)`;
      } else if (dto.targetType === 'unit') {
        target = `uu.path LIKE $${params.push(`${unit!.path}%`)}`;
      } else {
        target = `u.id = ANY($${params.push(dto.userIds)}::uuid[])`;
      }
      const rows = (await tx.query(
        `INSERT INTO enrollments (user_id, course_id, source, required, due_date, assignment_id)
         SELECT u.id, $1, 'assigned', $5, $6::date, $4
           FROM users u JOIN org_units uu ON uu.id = u.unit_id
          WHERE u.status = 'active' AND uu.path LIKE $2 || '%' AND uu.path LIKE $3 AND ${target}
         ON CONFLICT (user_id, course_id) DO UPDATE
            SET due_date = COALESCE(EXCLUDED.due_date, enrollments.due_date),
                required = enrollments.required OR EXCLUDED.required,
                assignment_id = EXCLUDED.assignment_id
         RETURNING (xmax = 0) AS inserted`,
        params,
      )) as { inserted: boolean }[];
      const enrolled = rows.filter((r) => r.inserted).length;
      const updated = rows.length - enrolled;
      await tx.query(
        `INSERT INTO course_assignments (id, course_id, target_type, cadre_group, unit_id, scope_path, due_date, required, enrolled_count, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [assignmentId, courseId, dto.targetType, dto.group ?? null, unit?.id ?? null, user.scopePath ?? '', dto.dueDate ?? null, required, rows.length, user.id],
      );
      await this.audit.record(
        {
          action: 'course.assigned',
          actor: user,
          target: { type: 'course', id: courseId },
          unitPath: unit?.path ?? user.scopePath,
          origin,
          details: { targetType: dto.targetType, group: dto.group, unitId: unit?.id, users: dto.userIds?.length, enrolled, updated },
        },
        tx,
      );
      return { assignmentId, enrolled, updated };
    });
  }

  async assignments(user: AuthUser, courseId: string): Promise<AssignmentDto[]> {
    const rows = (await this.db.query(
      `SELECT a.id, a.target_type AS "targetType", a.cadre_group AS "cadreGroup", ou.name AS "unitName", a.due_date AS "dueDate",
              a.required, a.enrolled_count AS "enrolledCount", u.name AS "createdByName", a.created_at AS "createdAt"
         FROM course_assignments a
         LEFT JOIN org_units ou ON ou.id = a.unit_id
         LEFT JOIN users u ON u.id = a.created_by_id
        WHERE a.course_id = $1 AND a.scope_path LIKE $2
        ORDER BY a.created_at DESC`,
      [courseId, scopePrefix(user)],
    )) as (AssignmentDto & { createdAt: Date })[];
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
  }

  /** Who is enrolled in a course, among the cadres in the admin's scope, with their progress. */
  async courseEnrollments(user: AuthUser, courseId: string, query: CourseEnrollmentQueryDto): Promise<Page<CourseEnrollmentDto>> {
    const today = todayInShanghai();
    let under = scopePrefix(user);
    if (query.unitId) {
      const unit = await this.db.getRepository(OrgUnit).findOneBy({ id: query.unitId });
      if (!unit || !isPathInScope(unit.path, user)) throw notFound('Unit');
      under = `${unit.path}%`;
    }
    const params: unknown[] = [courseId, under];
    const status =
      query.status === 'completed'
        ? ` AND e.status = 'completed'`
        : query.status === 'in_progress'
          ? ` AND e.status = 'in_progress'`
          : query.status === 'overdue'
            ? ` AND e.status = 'in_progress' AND e.due_date < $${params.push(today)}`
            : '';
    const from = `FROM enrollments e JOIN users u ON u.id = e.user_id JOIN org_units uu ON uu.id = u.unit_id JOIN courses c ON c.id = e.course_id
      WHERE e.course_id = $1 AND uu.path LIKE $2${status}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total ${from}`, params)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT e.user_id, u.name, uu.name AS unit_name, e.source, e.required, e.due_date, e.status, e.completed_lessons, c.lesson_count, e.completed_at
         ${from}
        ORDER BY uu.path, u.name, u.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    )) as {
      user_id: string;
      name: string;
      unit_name: string;
      source: CourseEnrollmentDto['source'];
      required: boolean;
      due_date: string | null;
      status: 'in_progress' | 'completed';
      completed_lessons: number;
      lesson_count: number;
      completed_at: Date | null;
    }[];
    return pageOf(
      rows.map((r) => ({
        userId: r.user_id,
        name: r.name,
        unitName: r.unit_name,
        source: r.source,
        required: r.required,
        dueDate: r.due_date,
        status: r.status,
        overdue: r.status !== 'completed' && r.due_date !== null && r.due_date < today,
        progressPercent: progressPercent(r.status, r.completed_lessons, r.lesson_count),
        completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
      })),
      total,
      query,
    );
  }

  private toMyCourse(user: AuthUser, r: MyCourseRow, today: string): MyCourseDto {
    return {
      courseId: r.course_id,
      title: r.title,
      coverUrl: r.cover_file_id ? this.files.link(user, r.cover_file_id) : null,
      categoryName: r.category_name,
      creditHours: Number(r.credit_hours),
      source: r.source,
      required: r.required,
      dueDate: r.due_date,
      overdue: r.status !== 'completed' && r.due_date !== null && r.due_date < today,
      status: r.status,
      progress: progressPercent(r.status, r.completed_lessons, r.lesson_count),
      completedLessons: r.completed_lessons,
      totalLessons: r.lesson_count,
      completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
      lastActivityAt: r.last_activity_at ? new Date(r.last_activity_at).toISOString() : null,
      lastLessonId: r.last_lesson_id,
    };
  }
}

export const MY_COURSES_ORDER = `ORDER BY (e.status = 'completed'), e.due_date NULLS LAST, e.created_at DESC`;

/** Exported for the overhead bench (test/load/overhead.mjs), which serves the same SQL from a bare node:http + pg server. */
export const MY_COURSE_SELECT = `SELECT e.course_id, c.title, c.cover_file_id, cat.name AS category_name, c.credit_hours, c.lesson_count,
       e.source, e.required, e.due_date, e.status, e.completed_lessons, e.completed_at, e.last_activity_at, e.last_lesson_id
  FROM enrollments e
  JOIN courses c ON c.id = e.course_id
  JOIN course_categories cat ON cat.id = c.category_id`;

function assignmentProblems(dto: AssignCourseDto): { field: string; message: string }[] {
  if (dto.targetType === 'group' && !dto.group) return [{ field: 'group', message: 'required when targetType is group' }];
  if (dto.targetType === 'unit' && !dto.unitId) return [{ field: 'unitId', message: 'required when targetType is unit' }];
  if (dto.targetType === 'users' && !dto.userIds?.length) return [{ field: 'userIds', message: 'required when targetType is users' }];
  return [];
}
