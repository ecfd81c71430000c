import type { Server } from 'node:http';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CadreGroup } from '@cadre/shared';
import type { CategoryDto, CourseEditDto } from '../../server/src/modules/courses/dto/course.dto';
import type { StoredFileDto } from '../../server/src/modules/files/dto/file.dto';
import { uniq } from '../factories';
import { Agent } from './agent';

/**
 * Shared helpers for the course and file tests: catalogue set-up through the API (so every test exercises the same
 * validation the SPA does), uploads, byte-exact downloads and tiny files the server's type sniffer recognises.
 *
 * The "…Ok" style helpers (createCourse, addArticleLesson, publishCourse, uploadFileOk …) throw with the response body
 * when the server does not answer the expected status, so a broken set-up step fails loudly at the step, not three
 * assertions later. Helpers that return the raw supertest response (uploadFile, fetchBytes) leave asserting to the test.
 */

// ---- tiny files ----------------------------------------------------------------------------------------------------

/** A complete, valid 1×1 PNG (70 bytes): signature, IHDR, IDAT and IEND with correct CRCs. */
export const PNG_BYTES: Buffer = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A minimal PDF: the `%PDF-` header is what the sniffer reads; the rest keeps it recognisable as a document. */
export const PDF_BYTES: Buffer = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n' +
    'trailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** A minimal MP4: a 24-byte `ftyp` box (brand isom, compatible isom/mp41) followed by an empty `mdat` box. */
export const MP4_BYTES: Buffer = Buffer.concat([
  Buffer.from([0x00, 0x00, 0x00, 0x18]),
  Buffer.from('ftypisom', 'latin1'),
  Buffer.from([0x00, 0x00, 0x02, 0x00]),
  Buffer.from('isommp41', 'latin1'),
  Buffer.from([0x00, 0x00, 0x00, 0x08]),
  Buffer.from('mdat', 'latin1'),
]);

/** `size` bytes that start with `head` (a real signature) and are filled with a repeating pattern: for size limits. */
export function paddedBytes(head: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size, 0x5a);
  head.copy(out, 0, 0, Math.min(head.length, size));
  return out;
}

// ---- categories ----------------------------------------------------------------------------------------------------

/** The six categories the migration inserts, in their sort order. */
export const DEFAULT_CATEGORIES = ['理论武装', '党性教育', '作风建设', '法治与依法行政', '业务能力', '红色教育'] as const;

/** The id of a category by name (default: 理论武装, inserted by a migration). */
export async function categoryId(db: DataSource, name: string = DEFAULT_CATEGORIES[0]): Promise<string> {
  const rows = (await db.query('SELECT id FROM course_categories WHERE name = $1', [name])) as { id: string }[];
  if (!rows[0]) throw new Error(`no course category named ${name}`);
  return rows[0].id;
}

/** Creates a category through the API as a (root-scoped) org admin. */
export async function createCategory(agent: Agent, name = uniq('类别'), sortOrder?: number): Promise<CategoryDto> {
  const res = await agent.post('/api/course-categories', sortOrder === undefined ? { name } : { name, sortOrder });
  return expectStatus<CategoryDto>(res, 201, `create category ${name}`);
}

// ---- courses -------------------------------------------------------------------------------------------------------

export interface CourseInput {
  title: string;
  summary?: string;
  categoryId: string;
  creditHours: number;
  coverFileId?: string | null;
  ownerUnitId?: string;
  targets: { group: CadreGroup; required: boolean }[];
}

/**
 * Creates a draft course as `agent` (an org admin). Without `categoryId` in the overrides the course goes to 理论武装,
 * looked up through GET /api/course-categories.
 */
export async function createCourse(agent: Agent, overrides: Partial<CourseInput> = {}): Promise<CourseEditDto> {
  const body: CourseInput = {
    title: uniq('课程'),
    summary: '测试课程简介',
    creditHours: 2,
    targets: [{ group: 'new_leader', required: false }],
    ...overrides,
    categoryId: overrides.categoryId ?? (await categoryIdViaApi(agent)),
  };
  const res = await agent.post('/api/courses', body);
  return expectStatus<CourseEditDto>(res, 201, `create course ${body.title}`);
}

async function categoryIdViaApi(agent: Agent, name: string = DEFAULT_CATEGORIES[0]): Promise<string> {
  const res = await agent.get('/api/course-categories');
  const { items } = expectStatus<{ items: CategoryDto[] }>(res, 200, 'list categories');
  const found = items.find((c) => c.name === name);
  if (!found) throw new Error(`category ${name} is not listed`);
  return found.id;
}

/** Adds an article lesson (HTML body, minimum reading time) at the end of a course. */
export async function addArticleLesson(
  agent: Agent,
  courseId: string,
  opts: { title?: string; body?: string; minReadingSeconds?: number } = {},
): Promise<CourseEditDto> {
  const res = await agent.post(`/api/courses/${courseId}/lessons`, {
    title: opts.title ?? uniq('图文'),
    type: 'article',
    body: opts.body ?? '<p>学习党的二十大精神，全面贯彻新发展理念。</p>',
    minReadingSeconds: opts.minReadingSeconds ?? 60,
  });
  return expectStatus<CourseEditDto>(res, 201, 'add article lesson');
}

/** Adds a video lesson: an uploaded lesson_video (`videoFileId`) or an external address (`videoUrl`, the default). */
export async function addVideoLesson(
  agent: Agent,
  courseId: string,
  opts: { title?: string; durationSeconds?: number; videoUrl?: string; videoFileId?: string } = {},
): Promise<CourseEditDto> {
  const source = opts.videoFileId
    ? { videoFileId: opts.videoFileId }
    : { videoUrl: opts.videoUrl ?? 'https://video.example.org/lesson.mp4' };
  const res = await agent.post(`/api/courses/${courseId}/lessons`, {
    title: opts.title ?? uniq('视频'),
    type: 'video',
    durationSeconds: opts.durationSeconds ?? 600,
    ...source,
  });
  return expectStatus<CourseEditDto>(res, 201, 'add video lesson');
}

/** Adds a document lesson for an uploaded lesson_document (PDF). */
export async function addDocumentLesson(
  agent: Agent,
  courseId: string,
  opts: { title?: string; documentFileId: string; minReadingSeconds?: number },
): Promise<CourseEditDto> {
  const res = await agent.post(`/api/courses/${courseId}/lessons`, {
    title: opts.title ?? uniq('文档'),
    type: 'document',
    documentFileId: opts.documentFileId,
    ...(opts.minReadingSeconds === undefined ? {} : { minReadingSeconds: opts.minReadingSeconds }),
  });
  return expectStatus<CourseEditDto>(res, 201, 'add document lesson');
}

export async function publishCourse(agent: Agent, id: string): Promise<CourseEditDto> {
  return expectStatus<CourseEditDto>(await agent.post(`/api/courses/${id}/publish`), 200, `publish course ${id}`);
}

export async function archiveCourse(agent: Agent, id: string): Promise<CourseEditDto> {
  return expectStatus<CourseEditDto>(await agent.post(`/api/courses/${id}/archive`), 200, `archive course ${id}`);
}

/** A published course with one article lesson: the shortest way to a course cadres can see and learn. */
export async function createPublishedCourse(agent: Agent, overrides: Partial<CourseInput> = {}): Promise<CourseEditDto> {
  const course = await createCourse(agent, overrides);
  await addArticleLesson(agent, course.id);
  return publishCourse(agent, course.id);
}

// ---- audit ---------------------------------------------------------------------------------------------------------

export interface AuditRow {
  action: string;
  actor_id: string | null;
  target_type: string | null;
  unit_path: string | null;
  outcome: string;
  details: Record<string, unknown> | null;
}

/** The audit rows about one target, oldest first (optionally only one action). */
export async function auditRowsFor(db: DataSource, targetId: string, action?: string): Promise<AuditRow[]> {
  return (await db.query(
    `SELECT action, actor_id, target_type, unit_path, outcome, details FROM audit_logs
      WHERE target_id = $1 AND ($2::text IS NULL OR action = $2) ORDER BY occurred_at, id`,
    [targetId, action ?? null],
  )) as AuditRow[];
}

// ---- files ---------------------------------------------------------------------------------------------------------

/** Who uploads: a signed-in agent, or the raw server with an optional bearer token (none: an anonymous request). */
export type Uploader = Agent | { http: Server; token?: string };

/**
 * POST /api/files?purpose=… with `buffer` in the multipart field `file`. Returns the raw response; `contentType` is what
 * the "browser" declares (the server must not trust it).
 */
export function uploadFile(
  who: Uploader,
  purpose: string,
  buffer: Buffer,
  filename: string,
  contentType = 'application/octet-stream',
): request.Test {
  return postFiles(who, purpose).attach('file', buffer, { filename, contentType });
}

/** An upload request with nothing attached yet (for malformed uploads: wrong field, no file …). */
export function postFiles(who: Uploader, purpose: string): request.Test {
  const path = `/api/files?purpose=${encodeURIComponent(purpose)}`;
  if (who instanceof Agent) return who.post(path);
  const req = request(who.http).post(path);
  return who.token ? req.set('Authorization', `Bearer ${who.token}`) : req;
}

/** Uploads and expects 201. */
export async function uploadFileOk(
  who: Uploader,
  purpose: string,
  buffer: Buffer,
  filename: string,
  contentType?: string,
): Promise<StoredFileDto> {
  return expectStatus<StoredFileDto>(
    await uploadFile(who, purpose, buffer, filename, contentType),
    201,
    `upload ${filename} as ${purpose}`,
  );
}

/** GET a file link with the body collected as bytes whatever its content type. */
export function fetchBytes(http: Server, url: string, headers: Record<string, string> = {}): request.Test {
  let req = request(http).get(url);
  for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
    res.on('error', (err: Error) => done(err, Buffer.alloc(0)));
  });
}

// ---- assertions ----------------------------------------------------------------------------------------------------

/** The body of a response with the expected status; otherwise throws with the status and body, naming the step. */
export function expectStatus<T>(res: request.Response, status: number, step: string): T {
  if (res.status !== status) throw new Error(`${step}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}
