import type { CadreGroup } from '@cadre/shared';
import type request from 'supertest';
import type { DataSource } from 'typeorm';
import { uniq } from '../factories';
import type { Agent } from './agent';

/**
 * Small builders for the learning tests (courses, lessons, uploads, progress reports). Everything goes through the
 * HTTP API except moving the stored clock of a progress row, which stands in for the wall-clock time between reports.
 */

export type LessonSpec =
  | { type: 'article'; /** null: derived from the text's length */ minReadingSeconds: number | null; title?: string; body?: string }
  | { type: 'video'; durationSeconds: number; title?: string }
  | { type: 'document'; documentFileId: string; minReadingSeconds?: number; title?: string };

export interface CourseSpec {
  title?: string;
  creditHours?: number;
  targets?: { group: CadreGroup; required: boolean }[];
  ownerUnitId?: string;
  lessons?: LessonSpec[];
  /** Publish after adding the lessons (default true). */
  publish?: boolean;
}

export interface BuiltLesson {
  id: string;
  type: LessonSpec['type'];
  durationSeconds: number | null;
  minReadingSeconds: number | null;
}

export interface BuiltCourse {
  id: string;
  title: string;
  creditHours: number;
  lessons: BuiltLesson[];
}

export interface ProgressResult {
  lessonCompleted: boolean;
  courseCompleted: boolean;
  creditedSeconds: number;
  requiredSeconds: number;
  furthestSeconds: number;
  progressPercent: number;
}

export interface MyCourse {
  courseId: string;
  title: string;
  source: 'assigned' | 'rule' | 'self';
  required: boolean;
  dueDate: string | null;
  overdue: boolean;
  status: 'in_progress' | 'completed';
  progress: number;
  completedLessons: number;
  totalLessons: number;
  completedAt: string | null;
  lastLessonId: string | null;
  creditHours: number;
}

/** Fails with the response body in the message, so an unexpected status explains itself. */
export function expectStatus(res: request.Response, status: number): void {
  if (res.status !== status) {
    const req = (res as unknown as { req?: { method?: string; path?: string } }).req;
    throw new Error(`expected ${status}, got ${res.status} for ${req?.method} ${req?.path}: ${JSON.stringify(res.body)}`);
  }
}

let categoryCache: { db: DataSource; id: string } | undefined;

/** The id of the default category 理论武装. */
export async function defaultCategoryId(db: DataSource): Promise<string> {
  if (categoryCache?.db === db) return categoryCache.id;
  const [row] = (await db.query(`SELECT id FROM course_categories WHERE name = '理论武装'`)) as { id: string }[];
  if (!row) throw new Error('category 理论武装 is missing');
  categoryCache = { db, id: row.id };
  return row.id;
}

/** A tiny but real PDF (the upload checks the leading bytes). */
export function pdfBuffer(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

/** Uploads a PDF for a purpose and returns the stored file's id. */
export async function uploadPdf(agent: Agent, purpose: 'lesson_document' | 'claim_attachment'): Promise<string> {
  const res = await agent.post(`/api/files?purpose=${purpose}`).attach('file', pdfBuffer(), { filename: `${uniq('doc')}.pdf`, contentType: 'application/pdf' });
  expectStatus(res, 201);
  return (res.body as { id: string }).id;
}

function lessonBody(spec: LessonSpec): Record<string, unknown> {
  const title = spec.title ?? uniq(`${spec.type}-`);
  if (spec.type === 'article') return { title, type: 'article', body: spec.body ?? '<p>学习贯彻党的二十大精神。</p>', minReadingSeconds: spec.minReadingSeconds };
  if (spec.type === 'video') return { title, type: 'video', durationSeconds: spec.durationSeconds, videoUrl: 'https://example.org/v.mp4' };
  return { title, type: 'document', documentFileId: spec.documentFileId, minReadingSeconds: spec.minReadingSeconds ?? 0 };
}

/** Creates a course (as an org admin), adds its lessons in order and, unless told otherwise, publishes it. */
export async function createCourse(admin: Agent, db: DataSource, spec: CourseSpec = {}): Promise<BuiltCourse> {
  const title = spec.title ?? uniq('课程');
  const creditHours = spec.creditHours ?? 2;
  const created = await admin.post('/api/courses', {
    title,
    summary: '测试课程',
    categoryId: await defaultCategoryId(db),
    creditHours,
    targets: spec.targets ?? [],
    ...(spec.ownerUnitId ? { ownerUnitId: spec.ownerUnitId } : {}),
  });
  expectStatus(created, 201);
  const id = (created.body as { id: string }).id;
  let lessons: BuiltLesson[] = [];
  for (const lesson of spec.lessons ?? [{ type: 'article', minReadingSeconds: 0 }]) {
    const res = await admin.post(`/api/courses/${id}/lessons`, lessonBody(lesson));
    expectStatus(res, 201);
    lessons = (res.body as { lessons: BuiltLesson[] }).lessons.map((l) => ({
      id: l.id,
      type: l.type,
      durationSeconds: l.durationSeconds,
      minReadingSeconds: l.minReadingSeconds,
    }));
  }
  if (spec.publish ?? true) {
    const res = await admin.post(`/api/courses/${id}/publish`);
    expectStatus(res, 200);
  }
  return { id, title, creditHours, lessons };
}

/** Self-enrolment; expects 201. */
export async function enrol(agent: Agent, courseId: string): Promise<void> {
  expectStatus(await agent.post(`/api/my/courses/${courseId}`), 201);
}

export function reportRaw(agent: Agent, lessonId: string, body: { positionSeconds: number; watchedSeconds: number; reachedEnd?: boolean }) {
  return agent.post(`/api/my/lessons/${lessonId}/progress`, body);
}

/** Reports progress; expects 200. */
export async function report(
  agent: Agent,
  lessonId: string,
  body: { positionSeconds: number; watchedSeconds: number; reachedEnd?: boolean },
): Promise<ProgressResult> {
  const res = await reportRaw(agent, lessonId, body);
  expectStatus(res, 200);
  return res.body as ProgressResult;
}

/** Moves the stored time of the previous report back, as if `seconds` had passed since. */
export async function rewind(db: DataSource, userId: string, lessonId: string, seconds: number): Promise<void> {
  // TypeORM answers an UPDATE on PostgreSQL with [rows, affected].
  const [, affected] = (await db.query(
    `UPDATE lesson_progress SET last_report_at = now() - make_interval(secs => $3) WHERE user_id = $1 AND lesson_id = $2`,
    [userId, lessonId, seconds],
  )) as [unknown[], number];
  if (affected !== 1) throw new Error(`no progress row to rewind for lesson ${lessonId}`);
}

/** Plays or reads a lesson to completion the honest way: a first report, then reports after enough (moved) time. */
export async function completeLesson(agent: Agent, db: DataSource, lesson: BuiltLesson): Promise<ProgressResult> {
  const end = lesson.type === 'video' ? (lesson.durationSeconds ?? 0) : 0;
  let last = await report(agent, lesson.id, { positionSeconds: 0, watchedSeconds: 0 });
  let position = 0;
  for (let i = 0; i < 200 && !last.lessonCompleted; i += 1) {
    await rewind(db, agent.user.id, lesson.id, 120);
    position = lesson.type === 'video' ? Math.min(end, position + 120) : position + 120;
    last = await report(agent, lesson.id, { positionSeconds: position, watchedSeconds: 120, reachedEnd: lesson.type === 'video' ? undefined : true });
  }
  if (!last.lessonCompleted) throw new Error(`lesson ${lesson.id} did not complete`);
  return last;
}

export async function myCourses(agent: Agent, query = ''): Promise<MyCourse[]> {
  const res = await agent.get(`/api/my/courses${query}`);
  expectStatus(res, 200);
  return (res.body as { items: MyCourse[] }).items;
}

export async function myCourse(agent: Agent, courseId: string): Promise<MyCourse | undefined> {
  return (await myCourses(agent)).find((c) => c.courseId === courseId);
}

export interface EnrollmentRow {
  user_id: string;
  source: string;
  required: boolean;
  due_date: string | null;
  status: string;
}

/** Enrolment rows of a course, straight from the database. */
export async function enrollmentRows(db: DataSource, courseId: string): Promise<EnrollmentRow[]> {
  return (await db.query(`SELECT user_id, source, required, due_date, status FROM enrollments WHERE course_id = $1 ORDER BY user_id`, [
    courseId,
  ])) as EnrollmentRow[];
}

export async function enrolledUserIds(db: DataSource, courseId: string): Promise<string[]> {
  return (await enrollmentRows(db, courseId)).map((r) => r.user_id).sort();
}

export interface LedgerRow {
  id: string;
  year: number;
  hours: number;
  source: string;
  source_ref_id: string;
}

export async function ledgerRows(db: DataSource, userId: string, source?: string): Promise<LedgerRow[]> {
  return (await db.query(
    `SELECT id, year, hours, source, source_ref_id FROM ledger_entries WHERE user_id = $1 AND ($2::text IS NULL OR source = $2) ORDER BY earned_at`,
    [userId, source ?? null],
  )) as LedgerRow[];
}

export interface YearHours {
  total_hours: number;
  course_hours: number;
  offline_training_hours: number;
}

/** The cached yearly totals of a cadre (zeros when there is no row yet). */
export async function yearHours(db: DataSource, userId: string, year: number): Promise<YearHours> {
  const [row] = (await db.query(`SELECT total_hours, course_hours, offline_training_hours FROM cadre_year_hours WHERE user_id = $1 AND year = $2`, [
    userId,
    year,
  ])) as YearHours[];
  return {
    total_hours: Number(row?.total_hours ?? 0),
    course_hours: Number(row?.course_hours ?? 0),
    offline_training_hours: Number(row?.offline_training_hours ?? 0),
  };
}

/** Ids of every active cadre whose unit lies under a unit path, straight from the database. */
export async function activeCadresUnder(db: DataSource, path: string, where = 'TRUE', params: unknown[] = []): Promise<string[]> {
  const rows = (await db.query(
    `SELECT u.id FROM users u JOIN org_units o ON o.id = u.unit_id WHERE u.status = 'active' AND o.path LIKE $1 AND (${where}) ORDER BY u.id`,
    [`${path}%`, ...params],
  )) as { id: string }[];
  return rows.map((r) => r.id).sort();
}
