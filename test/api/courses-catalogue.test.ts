import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import type { CategoryDto, CourseDetailDto, CourseEditDto, CourseSummaryDto } from '../../server/src/modules/courses/dto/course.dto';
import { createCadre, createRoot, createUnit, uniq, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import {
  addArticleLesson,
  addDocumentLesson,
  addVideoLesson,
  archiveCourse,
  auditRowsFor,
  categoryId,
  createCategory,
  createCourse,
  createPublishedCourse,
  DEFAULT_CATEGORIES,
  expectStatus,
  fetchBytes,
  MP4_BYTES,
  PDF_BYTES,
  PNG_BYTES,
  publishCourse,
  uploadFileOk,
} from '../helpers/courses';
import { buildWorld, type World } from '../helpers/world';

interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

describe('course catalogue: categories, courses and lessons', () => {
  let t: TestApp;
  let w: World;
  /** An org admin whose scope is town A only (not the city). */
  let townOrgAdmin: Agent;
  /** A second city with its own org admin: nothing of this world is theirs. */
  let otherRoot: UnitRef;
  let otherOrgAdmin: Agent;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t.db, t.http);
    townOrgAdmin = await signIn(t.http, await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA }));
    otherRoot = await createRoot(t.db);
    const otherDept = await createUnit(t.db, otherRoot, 'department');
    otherOrgAdmin = await signIn(t.http, await createCadre(t.db, otherDept, { roles: ['cadre', 'org_admin'], scopeUnit: otherRoot }));
  });
  afterAll(async () => {
    await t.close();
  });

  // ---- helpers -------------------------------------------------------------------------------------------------

  function expectError(res: request.Response, status: number, code: string): void {
    expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
  }

  function detailsOf(res: request.Response): { field: string; message: string }[] {
    return (res.body as { details?: { field: string; message: string }[] }).details ?? [];
  }

  async function catalogue(agent: Agent, query = ''): Promise<Page<CourseSummaryDto>> {
    return expectStatus<Page<CourseSummaryDto>>(await agent.get(`/api/courses${query}`), 200, `GET /api/courses${query}`);
  }

  async function catalogueIds(agent: Agent, query = ''): Promise<string[]> {
    return (await catalogue(agent, query)).items.map((c) => c.id).sort();
  }

  async function editView(agent: Agent, id: string): Promise<CourseEditDto> {
    return expectStatus<CourseEditDto>(await agent.get(`/api/courses/${id}/edit`), 200, `edit view of ${id}`);
  }

  async function dbCourse(id: string): Promise<{ title: string; status: string; lesson_count: number }> {
    const [row] = (await t.db.query('SELECT title, status, lesson_count FROM courses WHERE id = $1', [id])) as {
      title: string;
      status: string;
      lesson_count: number;
    }[];
    if (!row) throw new Error(`course ${id} not in the database`);
    return row;
  }

  const sorted = (ids: string[]) => [...ids].sort();

  // ---- categories ----------------------------------------------------------------------------------------------

  describe('categories', () => {
    it('lists the six default categories, in their order, to any signed-in user', async () => {
      const res = await w.as.cadreA.get('/api/course-categories');
      expect(res.status).toBe(200);
      const items = (res.body as { items: CategoryDto[] }).items;
      const defaults = items.filter((c) => (DEFAULT_CATEGORIES as readonly string[]).includes(c.name));
      expect(defaults.map((c) => c.name)).toEqual([...DEFAULT_CATEGORIES]);
      const orders = items.map((c) => c.sortOrder);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      for (const c of defaults) expect(Number.isInteger(c.courseCount) && c.courseCount >= 0).toBe(true);
    });

    it('refuses the list without a token', async () => {
      const res = await w.as.cadreA.get('/api/course-categories').set('Authorization', '');
      expectError(res, 401, 'common/unauthenticated');
    });

    it('lets a city-scoped org admin create, rename and delete a category, each audited', async () => {
      const name = uniq('类别');
      const created = await createCategory(w.as.orgAdmin, name, 70);
      expect(created).toMatchObject({ name, sortOrder: 70, courseCount: 0 });

      const listed = (await w.as.cadreB.get('/api/course-categories')).body as { items: CategoryDto[] };
      expect(listed.items.find((c) => c.id === created.id)).toMatchObject({ name, sortOrder: 70 });

      const renamed = uniq('新类别');
      const patch = await w.as.orgAdmin.patch(`/api/course-categories/${created.id}`, { name: renamed });
      expect(patch.status).toBe(200);
      expect(patch.body).toMatchObject({ id: created.id, name: renamed, sortOrder: 70 });
      const [row] = (await t.db.query('SELECT name, sort_order FROM course_categories WHERE id = $1', [created.id])) as {
        name: string;
        sort_order: number;
      }[];
      expect(row).toEqual({ name: renamed, sort_order: 70 });

      const del = await w.as.orgAdmin.delete(`/api/course-categories/${created.id}`);
      expect(del.status).toBe(204);
      const after = (await w.as.orgAdmin.get('/api/course-categories')).body as { items: CategoryDto[] };
      expect(after.items.map((c) => c.id)).not.toContain(created.id);
      expect(await w.as.orgAdmin.delete(`/api/course-categories/${created.id}`).then((r) => r.status)).toBe(404);

      const audit = await auditRowsFor(t.db, created.id, 'category.changed');
      expect(audit).toHaveLength(3);
      expect(audit.every((a) => a.actor_id === w.users.orgAdmin.id && a.outcome === 'success')).toBe(true);
    });

    it('forbids a unit admin, a cadre and an org admin scoped to a town from changing categories', async () => {
      const existing = await createCategory(w.as.orgAdmin);
      for (const agent of [w.as.unitAdminA, w.as.cadreA, townOrgAdmin]) {
        expectError(await agent.post('/api/course-categories', { name: uniq('越权') }), 403, 'common/forbidden');
        expectError(await agent.patch(`/api/course-categories/${existing.id}`, { name: uniq('越权') }), 403, 'common/forbidden');
        expectError(await agent.delete(`/api/course-categories/${existing.id}`), 403, 'common/forbidden');
      }
      const [row] = (await t.db.query('SELECT name FROM course_categories WHERE id = $1', [existing.id])) as { name: string }[];
      expect(row?.name).toBe(existing.name);
    });

    it('answers 409 for a duplicate name, on create (also after trimming) and on rename', async () => {
      const a = await createCategory(w.as.orgAdmin);
      const b = await createCategory(w.as.orgAdmin);
      expectError(await w.as.orgAdmin.post('/api/course-categories', { name: a.name }), 409, 'common/conflict');
      expectError(await w.as.orgAdmin.post('/api/course-categories', { name: `  ${a.name} ` }), 409, 'common/conflict');
      expectError(await w.as.orgAdmin.post('/api/course-categories', { name: DEFAULT_CATEGORIES[0] }), 409, 'common/conflict');
      expectError(await w.as.orgAdmin.patch(`/api/course-categories/${b.id}`, { name: a.name }), 409, 'common/conflict');
      // Keeping one's own name is no conflict.
      expect((await w.as.orgAdmin.patch(`/api/course-categories/${a.id}`, { name: a.name, sortOrder: 5 })).status).toBe(200);
    });

    it('refuses an empty name and an unknown id', async () => {
      expectError(await w.as.orgAdmin.post('/api/course-categories', { name: '   ' }), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.patch(`/api/course-categories/${randomUUID()}`, { name: uniq('无') }), 404, 'common/not_found');
    });

    it('refuses to delete a category a course uses (422 courses/category_in_use) and counts its courses', async () => {
      const cat = await createCategory(w.as.orgAdmin);
      const course = await createCourse(w.as.orgAdmin, { categoryId: cat.id });
      expect(course.categoryId).toBe(cat.id);
      expect(course.categoryName).toBe(cat.name);
      expectError(await w.as.orgAdmin.delete(`/api/course-categories/${cat.id}`), 422, 'courses/category_in_use');
      const listed = ((await w.as.orgAdmin.get('/api/course-categories')).body as { items: CategoryDto[] }).items;
      expect(listed.find((c) => c.id === cat.id)?.courseCount).toBe(1);
    });
  });

  // ---- creating, publishing --------------------------------------------------------------------------------------

  describe('creating and publishing a course', () => {
    it('creates a draft owned by the admin’s scope unit, with its targets; cadres see nothing of it', async () => {
      const cat = await categoryId(t.db, '党性教育');
      const res = await w.as.orgAdmin.post('/api/courses', {
        title: uniq('新任领导干部履职'),
        summary: '履职能力提升',
        categoryId: cat,
        creditHours: 2.5,
        targets: [
          { group: 'two_new_orgs', required: false },
          { group: 'new_leader', required: true },
        ],
      });
      expect(res.status).toBe(201);
      const course = res.body as CourseEditDto;
      expect(course).toMatchObject({
        status: 'draft',
        categoryId: cat,
        categoryName: '党性教育',
        creditHours: 2.5,
        ownerUnitId: w.root.id,
        lessonCount: 0,
        lessons: [],
        publishedAt: null,
        editable: true,
      });
      expect(course.targets).toEqual(
        expect.arrayContaining([
          { group: 'new_leader', required: true },
          { group: 'two_new_orgs', required: false },
        ]),
      );
      expect(course.targets).toHaveLength(2);

      expect(await catalogueIds(w.as.cadreA)).not.toContain(course.id);
      expectError(await w.as.cadreA.get(`/api/courses/${course.id}`), 404, 'common/not_found');
      expectError(await w.as.cadreA.get(`/api/courses/${course.id}/edit`), 403, 'common/forbidden');
    });

    it('lets only org admins create courses', async () => {
      const cat = await categoryId(t.db);
      const body = { title: uniq('越权课程'), categoryId: cat, creditHours: 1, targets: [] };
      expectError(await w.as.unitAdminA.post('/api/courses', body), 403, 'common/forbidden');
      expectError(await w.as.cadreA.post('/api/courses', body), 403, 'common/forbidden');
      expectError(await w.as.lecturerA.post('/api/courses', body), 403, 'common/forbidden');
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM courses WHERE title = $1', [body.title])) as [{ n: number }];
      expect(n).toBe(0);
    });

    it('validates a new course: hours in half steps, known groups and category, an owner and cover in scope', async () => {
      const cat = await categoryId(t.db);
      const base = { title: uniq('校验'), categoryId: cat, creditHours: 1, targets: [] as unknown[] };
      expectError(await w.as.orgAdmin.post('/api/courses', { ...base, creditHours: 1.25 }), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.post('/api/courses', { ...base, creditHours: -1 }), 400, 'common/validation_failed');
      expectError(
        await w.as.orgAdmin.post('/api/courses', { ...base, targets: [{ group: 'everyone', required: true }] }),
        400,
        'common/validation_failed',
      );
      expectError(await w.as.orgAdmin.post('/api/courses', { ...base, status: 'published' }), 400, 'common/validation_failed');

      const unknownCat = await w.as.orgAdmin.post('/api/courses', { ...base, categoryId: randomUUID() });
      expectError(unknownCat, 422, 'common/validation_failed');
      expect(detailsOf(unknownCat).map((d) => d.field)).toEqual(['categoryId']);

      const foreignOwner = await w.as.orgAdmin.post('/api/courses', { ...base, ownerUnitId: otherRoot.id });
      expectError(foreignOwner, 422, 'common/validation_failed');
      expect(detailsOf(foreignOwner).map((d) => d.field)).toEqual(['ownerUnitId']);

      // A town-scoped org admin cannot place a course above their town.
      const aboveScope = await townOrgAdmin.post('/api/courses', { ...base, ownerUnitId: w.root.id });
      expectError(aboveScope, 422, 'common/validation_failed');

      // A cover must be an uploaded course_cover, not any file.
      const attachment = await uploadFileOk(w.as.cadreA, 'claim_attachment', PNG_BYTES, 'cert.png', 'image/png');
      const wrongCover = await w.as.orgAdmin.post('/api/courses', { ...base, coverFileId: attachment.id });
      expectError(wrongCover, 422, 'common/validation_failed');
      expect(detailsOf(wrongCover).map((d) => d.field)).toEqual(['coverFileId']);

      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM courses WHERE title = $1', [base.title])) as [{ n: number }];
      expect(n).toBe(0);
    });

    it('refuses to publish a course without lessons (422 courses/no_lessons) and leaves it a draft', async () => {
      const course = await createCourse(w.as.orgAdmin);
      expectError(await w.as.orgAdmin.post(`/api/courses/${course.id}/publish`), 422, 'courses/no_lessons');
      expect((await dbCourse(course.id)).status).toBe('draft');
      expect(await auditRowsFor(t.db, course.id, 'course.published')).toEqual([]);
    });

    it('publishes a course with a lesson; a cadre under the owner unit then sees it, with its ordered lessons', async () => {
      const course = await createCourse(w.as.orgAdmin, { title: uniq('二十大精神'), creditHours: 3 });
      const first = uniq('第一讲');
      const second = uniq('第二讲');
      const third = uniq('第三讲');
      await addArticleLesson(w.as.orgAdmin, course.id, { title: first, minReadingSeconds: 300 });
      await addVideoLesson(w.as.orgAdmin, course.id, { title: second, durationSeconds: 1200 });
      await addArticleLesson(w.as.orgAdmin, course.id, { title: third });
      const published = await publishCourse(w.as.orgAdmin, course.id);
      expect(published.status).toBe('published');
      expect(published.publishedAt).not.toBeNull();
      expect(Number.isNaN(Date.parse(published.publishedAt ?? ''))).toBe(false);

      const list = await catalogue(w.as.cadreA);
      const item = list.items.find((c) => c.id === course.id);
      expect(item).toMatchObject({ title: course.title, status: 'published', lessonCount: 3, creditHours: 3, ownerUnitName: w.root.name });

      const res = await w.as.cadreA.get(`/api/courses/${course.id}`);
      expect(res.status).toBe(200);
      const detail = res.body as CourseDetailDto;
      expect(detail.lessons.map((l) => [l.position, l.title, l.type])).toEqual([
        [1, first, 'article'],
        [2, second, 'video'],
        [3, third, 'article'],
      ]);
      expect(detail.lessons[0]?.minReadingSeconds).toBe(300);
      expect(detail.lessons[1]?.durationSeconds).toBe(1200);
      expect(detail.editable).toBe(false);
      // The learner's view carries no editor-only fields.
      expect(detail.lessons[0]).not.toHaveProperty('body');

      // Publishing again changes nothing (and keeps the first publication time).
      const again = await publishCourse(w.as.orgAdmin, course.id);
      expect(again.publishedAt).toBe(published.publishedAt);
    });

    it('serves the cover of a published course through the signed link in the catalogue', async () => {
      const cover = await uploadFileOk(w.as.orgAdmin, 'course_cover', PNG_BYTES, '封面.png', 'image/png');
      const course = await createPublishedCourse(w.as.orgAdmin, { coverFileId: cover.id });
      expect(course.coverFileId).toBe(cover.id);
      const item = (await catalogue(w.as.cadreB)).items.find((c) => c.id === course.id);
      expect(item?.coverUrl).toMatch(new RegExp(`^/api/files/${cover.id}\\?`));
      const img = await fetchBytes(t.http, item?.coverUrl ?? '');
      expect(img.status).toBe(200);
      expect(img.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(img.body as Buffer, PNG_BYTES)).toBe(0);
    });

    it('updates a course with every field given, and reflects it in the edit view', async () => {
      const course = await createCourse(w.as.orgAdmin);
      const cat = await categoryId(t.db, '作风建设');
      const title = uniq('改名');
      const res = await w.as.orgAdmin.patch(`/api/courses/${course.id}`, {
        title,
        summary: '新的简介',
        categoryId: cat,
        creditHours: 3.5,
        targets: [{ group: 'law_enforcement_mid', required: true }],
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        title,
        summary: '新的简介',
        categoryId: cat,
        creditHours: 3.5,
        targets: [{ group: 'law_enforcement_mid', required: true }],
      });
      expect((await editView(w.as.orgAdmin, course.id)).title).toBe(title);
      expectError(
        await w.as.orgAdmin.patch(`/api/courses/${course.id}`, { title, creditHours: 1.25, targets: [] }),
        400,
        'common/validation_failed',
      );
    });

    it('updates a course with only the fields that change (a partial PATCH)', async () => {
      const course = await createCourse(w.as.orgAdmin, { creditHours: 4, targets: [{ group: 'two_new_orgs', required: true }] });
      const title = uniq('只改标题');
      const res = await w.as.orgAdmin.patch(`/api/courses/${course.id}`, { title });
      expect({ status: res.status, details: detailsOf(res) }).toEqual({ status: 200, details: [] });
      const after = await editView(w.as.orgAdmin, course.id);
      expect(after.title).toBe(title);
      // Untouched fields keep their values.
      expect(after.creditHours).toBe(4);
      expect(after.targets).toEqual([{ group: 'two_new_orgs', required: true }]);
    });
  });

  // ---- lesson validation -----------------------------------------------------------------------------------------

  describe('lessons: validation and sanitising', () => {
    let course: CourseEditDto;
    beforeAll(async () => {
      course = await createCourse(w.as.orgAdmin, { title: uniq('课时校验') });
    });

    async function addLesson(body: object): Promise<request.Response> {
      return w.as.orgAdmin.post(`/api/courses/${course.id}/lessons`, body);
    }

    it('refuses a video without a duration or a source, naming each missing field', async () => {
      const none = await addLesson({ title: '视频', type: 'video' });
      expectError(none, 422, 'courses/lesson_incomplete');
      expect(sorted(detailsOf(none).map((d) => d.field))).toEqual(['durationSeconds', 'videoFileId']);

      const noDuration = await addLesson({ title: '视频', type: 'video', videoUrl: 'https://v.example.org/a.mp4' });
      expectError(noDuration, 422, 'courses/lesson_incomplete');
      expect(detailsOf(noDuration).map((d) => d.field)).toEqual(['durationSeconds']);

      const noSource = await addLesson({ title: '视频', type: 'video', durationSeconds: 300 });
      expectError(noSource, 422, 'courses/lesson_incomplete');
      expect(detailsOf(noSource).map((d) => d.field)).toEqual(['videoFileId']);

      expectError(
        await addLesson({ title: '视频', type: 'video', durationSeconds: 300, videoUrl: 'javascript:alert(1)' }),
        400,
        'common/validation_failed',
      );
      expectError(
        await addLesson({ title: '视频', type: 'video', durationSeconds: 0, videoUrl: 'https://v.example.org/a.mp4' }),
        400,
        'common/validation_failed',
      );
      expect((await dbCourse(course.id)).lesson_count).toBe(0);
    });

    it('refuses an article whose body has no text: whitespace, empty tags, or only a script', async () => {
      for (const body of ['   ', '<p>  </p><p><br></p><div>&nbsp;</div>', '<script>alert("只有脚本")</script><style>p{}</style>', null]) {
        const res = await addLesson({ title: '图文', type: 'article', body, minReadingSeconds: 60 });
        expectError(res, 422, 'courses/lesson_incomplete');
        expect(detailsOf(res).map((d) => d.field)).toEqual(['body']);
      }
      expect((await dbCourse(course.id)).lesson_count).toBe(0);
    });

    it('refuses a document without a PDF, or with a file uploaded for another purpose', async () => {
      const none = await addLesson({ title: '文档', type: 'document' });
      expectError(none, 422, 'courses/lesson_incomplete');
      expect(detailsOf(none).map((d) => d.field)).toEqual(['documentFileId']);

      const cover = await uploadFileOk(w.as.orgAdmin, 'course_cover', PNG_BYTES, 'cover.png', 'image/png');
      const wrong = await addLesson({ title: '文档', type: 'document', documentFileId: cover.id });
      expectError(wrong, 422, 'common/validation_failed');
      expect(detailsOf(wrong).map((d) => d.field)).toEqual(['documentFileId']);

      const unknown = await addLesson({ title: '文档', type: 'document', documentFileId: randomUUID() });
      expectError(unknown, 422, 'common/validation_failed');
      expect((await dbCourse(course.id)).lesson_count).toBe(0);
    });

    it('sanitises an article body: scripts, event handlers and javascript: links are gone, structure stays', async () => {
      const dirty =
        '<p onclick="steal()">学习<strong>二十大</strong>精神</p><script>alert("x")</script>' +
        '<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">坏链接</a><a href="https://www.12371.cn/">共产党员网</a>';
      const lessonTitle = uniq('净化');
      await addArticleLesson(w.as.orgAdmin, course.id, { title: lessonTitle, body: dirty, minReadingSeconds: 90 });
      const lesson = (await editView(w.as.orgAdmin, course.id)).lessons.find((l) => l.title === lessonTitle);
      const body = lesson?.body ?? '';
      expect(body).toContain('<strong>二十大</strong>');
      expect(body).toContain('href="https://www.12371.cn/"');
      expect(body).toContain('精神');
      expect(body.toLowerCase()).not.toContain('<script');
      expect(body).not.toContain('alert("x")');
      expect(body.toLowerCase()).not.toContain('onclick');
      expect(body.toLowerCase()).not.toContain('onerror');
      expect(body.toLowerCase()).not.toContain('javascript:');
      expect(lesson?.minReadingSeconds).toBe(90);
      // What is stored is what the editor shows.
      const [row] = (await t.db.query('SELECT body FROM lessons WHERE id = $1', [lesson?.id])) as { body: string }[];
      expect(row?.body).toBe(body);
    });

    it('edits a lesson with the same checks: the new body is sanitised, an empty one refused and nothing changed', async () => {
      const title = uniq('可编辑');
      const lessonId = (await addArticleLesson(w.as.orgAdmin, course.id, { title })).lessons.find((l) => l.title === title)?.id ?? '';
      const edited = uniq('已编辑');
      const res = await w.as.orgAdmin.patch(`/api/lessons/${lessonId}`, {
        title: edited,
        type: 'article',
        body: '<h2 onmouseover="x()">修订</h2><p>新的正文</p><iframe src="https://evil.example"></iframe>',
        minReadingSeconds: 30,
      });
      expect(res.status).toBe(200);
      const lesson = (res.body as CourseEditDto).lessons.find((l) => l.id === lessonId);
      expect(lesson).toMatchObject({ title: edited, minReadingSeconds: 30 });
      expect(lesson?.body).toContain('<p>新的正文</p>');
      expect(lesson?.body?.toLowerCase()).not.toMatch(/onmouseover|<iframe/);

      const empty = await w.as.orgAdmin.patch(`/api/lessons/${lessonId}`, { title: 'x', type: 'article', body: '<p> </p>' });
      expectError(empty, 422, 'courses/lesson_incomplete');
      const after = (await editView(w.as.orgAdmin, course.id)).lessons.find((l) => l.id === lessonId);
      expect(after?.title).toBe(edited);
      expect(after?.body).toBe(lesson?.body);
      expectError(
        await w.as.orgAdmin.patch(`/api/lessons/${randomUUID()}`, { title: 'x', type: 'article', body: '<p>正文</p>' }),
        404,
        'common/not_found',
      );
    });

    it('stores an uploaded video and an uploaded PDF with their names', async () => {
      const video = await uploadFileOk(w.as.orgAdmin, 'lesson_video', MP4_BYTES, '第一讲.mp4', 'video/mp4');
      const pdf = await uploadFileOk(w.as.orgAdmin, 'lesson_document', PDF_BYTES, '学习材料.pdf', 'application/pdf');
      const videoTitle = uniq('上传视频');
      const docTitle = uniq('上传文档');
      await addVideoLesson(w.as.orgAdmin, course.id, { title: videoTitle, videoFileId: video.id, durationSeconds: 900 });
      await addDocumentLesson(w.as.orgAdmin, course.id, { title: docTitle, documentFileId: pdf.id });
      const lessons = (await editView(w.as.orgAdmin, course.id)).lessons;
      expect(lessons.find((l) => l.title === videoTitle)).toMatchObject({
        type: 'video',
        videoFileId: video.id,
        videoFileName: '第一讲.mp4',
        videoUrl: null,
        durationSeconds: 900,
      });
      expect(lessons.find((l) => l.title === docTitle)).toMatchObject({
        type: 'document',
        documentFileId: pdf.id,
        documentFileName: '学习材料.pdf',
      });
    });

    it('refuses to publish when a lesson lost its media (its video file is gone), naming the lesson', async () => {
      const c = await createCourse(w.as.orgAdmin);
      await addArticleLesson(w.as.orgAdmin, c.id);
      const video = await uploadFileOk(w.as.orgAdmin, 'lesson_video', MP4_BYTES, 'gone.mp4', 'video/mp4');
      await addVideoLesson(w.as.orgAdmin, c.id, { videoFileId: video.id, durationSeconds: 60 });
      await t.db.query('DELETE FROM stored_files WHERE id = $1', [video.id]);
      const res = await w.as.orgAdmin.post(`/api/courses/${c.id}/publish`);
      expectError(res, 422, 'courses/lesson_incomplete');
      expect(detailsOf(res).map((d) => d.field)).toEqual(['lessons.2.videoFileId']);
      expect((await dbCourse(c.id)).status).toBe('draft');
    });
  });

  // ---- visibility -------------------------------------------------------------------------------------------------

  describe('who sees a course', () => {
    let rootCourse: CourseEditDto;
    let townACourse: CourseEditDto;
    beforeAll(async () => {
      rootCourse = await createPublishedCourse(w.as.orgAdmin, { title: uniq('全市课程') });
      townACourse = await createPublishedCourse(w.as.orgAdmin, { title: uniq('甲镇课程'), ownerUnitId: w.townA.id });
    });

    it('shows a course owned by town A to a cadre of village A, not to a cadre of town B', async () => {
      expect(townACourse.ownerUnitId).toBe(w.townA.id);
      expect(await catalogueIds(w.as.cadreA)).toEqual(expect.arrayContaining([rootCourse.id, townACourse.id]));
      expect((await w.as.cadreA.get(`/api/courses/${townACourse.id}`)).status).toBe(200);

      const bIds = await catalogueIds(w.as.cadreB);
      expect(bIds).toContain(rootCourse.id);
      expect(bIds).not.toContain(townACourse.id);
      expectError(await w.as.cadreB.get(`/api/courses/${townACourse.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.get(`/api/courses/${townACourse.id}`), 404, 'common/not_found');
    });

    it('hides this city’s courses from another city’s org admin: 404 for every read and write', async () => {
      const draft = await createCourse(w.as.orgAdmin, { title: uniq('他市不可见') });
      const draftLessons = (await addArticleLesson(w.as.orgAdmin, draft.id)).lessons;
      const lessonId = draftLessons[0]?.id ?? '';
      const full = { title: uniq('篡改'), creditHours: 1, targets: [] };
      const o = otherOrgAdmin;
      for (const id of [draft.id, rootCourse.id]) {
        expectError(await o.get(`/api/courses/${id}`), 404, 'common/not_found');
        expectError(await o.get(`/api/courses/${id}/edit`), 404, 'common/not_found');
        expectError(await o.patch(`/api/courses/${id}`, full), 404, 'common/not_found');
        expectError(
          await o.post(`/api/courses/${id}/lessons`, { title: 'x', type: 'article', body: '<p>正文</p>' }),
          404,
          'common/not_found',
        );
      }
      expectError(await o.post(`/api/courses/${draft.id}/publish`), 404, 'common/not_found');
      expectError(await o.post(`/api/courses/${rootCourse.id}/archive`), 404, 'common/not_found');
      expectError(await o.put(`/api/courses/${draft.id}/lessons/order`, { lessonIds: [lessonId] }), 404, 'common/not_found');
      expectError(await o.patch(`/api/lessons/${lessonId}`, { title: 'x', type: 'article', body: '<p>正文</p>' }), 404, 'common/not_found');
      expectError(await o.delete(`/api/lessons/${lessonId}`), 404, 'common/not_found');
      expect(await catalogueIds(o)).not.toContain(rootCourse.id);
      const managed = await catalogue(o, '?manage=true&pageSize=100');
      expect(managed.items.map((c) => c.id)).not.toContain(draft.id);
      expect(managed.items.map((c) => c.id)).not.toContain(rootCourse.id);

      expect(await dbCourse(draft.id)).toEqual({ title: draft.title, status: 'draft', lesson_count: 1 });
      expect((await dbCourse(rootCourse.id)).status).toBe('published');
    });

    it('lets a town-scoped org admin edit town A’s courses but not the city’s', async () => {
      expect((await townOrgAdmin.get(`/api/courses/${townACourse.id}/edit`)).status).toBe(200);
      expectError(await townOrgAdmin.get(`/api/courses/${rootCourse.id}/edit`), 404, 'common/not_found');
      expectError(await townOrgAdmin.post(`/api/courses/${rootCourse.id}/archive`), 404, 'common/not_found');
      // Reading the published city course as a learner is still fine: their own unit is under the city.
      const detail = await townOrgAdmin.get(`/api/courses/${rootCourse.id}`);
      expect(detail.status).toBe(200);
      expect((detail.body as CourseDetailDto).editable).toBe(false);
    });
  });

  // ---- filters and paging -----------------------------------------------------------------------------------------

  describe('catalogue filters and paging', () => {
    /** In every title, so `q=token` confines a query to the courses of this block. */
    const token = uniq('筛');
    const c: Record<'c1' | 'c2' | 'c3' | 'c4' | 'draft', string> = { c1: '', c2: '', c3: '', c4: '', draft: '' };
    let theory: string;
    let law: string;

    beforeAll(async () => {
      theory = await categoryId(t.db, '理论武装');
      law = await categoryId(t.db, '法治与依法行政');
      const red = await categoryId(t.db, '红色教育');
      c.c1 = (
        await createPublishedCourse(w.as.orgAdmin, {
          title: `${token}甲`,
          categoryId: theory,
          targets: [{ group: 'new_leader', required: true }],
        })
      ).id;
      c.c2 = (
        await createPublishedCourse(w.as.orgAdmin, {
          title: `${token}乙`,
          categoryId: law,
          targets: [
            { group: 'new_leader', required: false },
            { group: 'law_enforcement_mid', required: true },
          ],
        })
      ).id;
      c.c3 = (
        await createPublishedCourse(w.as.orgAdmin, {
          title: `${token}丙`,
          categoryId: theory,
          targets: [{ group: 'two_new_orgs', required: false }],
        })
      ).id;
      c.c4 = (await createPublishedCourse(w.as.orgAdmin, { title: `${token}丁`, categoryId: red, targets: [] })).id;
      c.draft = (
        await createCourse(w.as.orgAdmin, { title: `${token}草稿`, categoryId: theory, targets: [{ group: 'new_leader', required: true }] })
      ).id;
    });

    const q = () => `?q=${encodeURIComponent(token)}`;

    it('lists only the published ones', async () => {
      expect(await catalogueIds(w.as.cadreA, q())).toEqual(sorted([c.c1, c.c2, c.c3, c.c4]));
    });

    it('filters by ?group=, with ?required= meaning required or elective for that group', async () => {
      expect(await catalogueIds(w.as.cadreA, `${q()}&group=new_leader`)).toEqual(sorted([c.c1, c.c2]));
      expect(await catalogueIds(w.as.cadreA, `${q()}&group=new_leader&required=true`)).toEqual([c.c1]);
      expect(await catalogueIds(w.as.cadreA, `${q()}&group=new_leader&required=false`)).toEqual([c.c2]);
      expect(await catalogueIds(w.as.cadreA, `${q()}&group=law_enforcement_mid`)).toEqual([c.c2]);
      expect(await catalogueIds(w.as.cadreA, `${q()}&group=retired_or_stepped_down`)).toEqual([]);
    });

    it('filters by ?required= alone: required for some group, or for none', async () => {
      expect(await catalogueIds(w.as.cadreA, `${q()}&required=true`)).toEqual(sorted([c.c1, c.c2]));
      const electives = await catalogueIds(w.as.cadreA, `${q()}&required=false`);
      expect(electives).toEqual(expect.arrayContaining([c.c3, c.c4]));
      expect(electives).not.toContain(c.c1);
    });

    it('filters by ?category=, alone and combined with ?group=', async () => {
      expect(await catalogueIds(w.as.cadreA, `${q()}&category=${theory}`)).toEqual(sorted([c.c1, c.c3]));
      expect(await catalogueIds(w.as.cadreA, `${q()}&category=${law}&group=law_enforcement_mid`)).toEqual([c.c2]);
      expect(await catalogueIds(w.as.cadreA, `${q()}&category=${law}&group=two_new_orgs`)).toEqual([]);
    });

    it('searches ?q= in titles and summaries, case-insensitively, taking % and _ literally', async () => {
      const t2 = uniq('检索');
      const inTitle = await createPublishedCourse(w.as.orgAdmin, { title: `${t2} Rule of LAW 100%达标` });
      const inSummary = await createPublishedCourse(w.as.orgAdmin, { title: uniq('无关标题'), summary: `本课讲解 ${t2} 的要义` });
      const lookalike = await createPublishedCourse(w.as.orgAdmin, { title: `${t2} Rule of LAW 1000分_x` });
      expect(await catalogueIds(w.as.cadreB, `?q=${encodeURIComponent(t2)}`)).toEqual(sorted([inTitle.id, inSummary.id, lookalike.id]));
      expect(await catalogueIds(w.as.cadreB, `?q=${encodeURIComponent(`${t2} rule of law`)}`)).toEqual(sorted([inTitle.id, lookalike.id]));
      expect(await catalogueIds(w.as.cadreB, `?q=${encodeURIComponent(`${t2} Rule of LAW 100%`)}`)).toEqual([inTitle.id]);
      expect(await catalogueIds(w.as.cadreB, `?q=${encodeURIComponent(`${t2} Rule of LAW 10_0`)}`)).toEqual([]);
      expect(await catalogueIds(w.as.cadreB, `?q=${encodeURIComponent('分_x')}`)).toEqual([lookalike.id]);
    });

    it('refuses malformed filters with 400', async () => {
      for (const query of [
        '?group=everyone',
        '?required=maybe',
        '?category=not-a-uuid',
        `?q=${'长'.repeat(51)}`,
        '?status=draft&manage=perhaps',
      ]) {
        expectError(await w.as.cadreA.get(`/api/courses${query}`), 400, 'common/validation_failed');
      }
    });

    it('pages with { items, total, page, pageSize }; pageSize above 100 is a 400', async () => {
      const first = await catalogue(w.as.cadreA, `${q()}&pageSize=3&page=1`);
      expect({ total: first.total, page: first.page, pageSize: first.pageSize, n: first.items.length }).toEqual({
        total: 4,
        page: 1,
        pageSize: 3,
        n: 3,
      });
      const second = await catalogue(w.as.cadreA, `${q()}&pageSize=3&page=2`);
      expect({ total: second.total, page: second.page, n: second.items.length }).toEqual({ total: 4, page: 2, n: 1 });
      expect(sorted([...first.items, ...second.items].map((i) => i.id))).toEqual(sorted([c.c1, c.c2, c.c3, c.c4]));
      const beyond = await catalogue(w.as.cadreA, `${q()}&pageSize=3&page=3`);
      expect({ total: beyond.total, n: beyond.items.length }).toEqual({ total: 4, n: 0 });

      const defaults = await catalogue(w.as.cadreA, q());
      expect({ page: defaults.page, pageSize: defaults.pageSize }).toEqual({ page: 1, pageSize: 20 });
      expect((await w.as.cadreA.get('/api/courses?pageSize=100')).status).toBe(200);
      expectError(await w.as.cadreA.get('/api/courses?pageSize=101'), 400, 'common/validation_failed');
      expectError(await w.as.cadreA.get('/api/courses?page=0'), 400, 'common/validation_failed');
    });
  });

  // ---- lesson order and removal -----------------------------------------------------------------------------------

  describe('lesson order and removal', () => {
    let course: CourseEditDto;
    let ids: Record<'a' | 'b' | 'c', string>;

    beforeAll(async () => {
      course = await createCourse(w.as.orgAdmin, { title: uniq('排序') });
      await addArticleLesson(w.as.orgAdmin, course.id, { title: 'A' });
      await addVideoLesson(w.as.orgAdmin, course.id, { title: 'B' });
      const lessons = (await addArticleLesson(w.as.orgAdmin, course.id, { title: 'C' })).lessons;
      const byTitle = (title: string) => lessons.find((l) => l.title === title)?.id ?? '';
      ids = { a: byTitle('A'), b: byTitle('B'), c: byTitle('C') };
    });

    const order = (c: CourseEditDto | CourseDetailDto) => c.lessons.map((l) => [l.position, l.title]);

    it('puts the lessons in a new order', async () => {
      const res = await w.as.orgAdmin.put(`/api/courses/${course.id}/lessons/order`, { lessonIds: [ids.c, ids.a, ids.b] });
      expect(res.status).toBe(200);
      expect(order(res.body as CourseEditDto)).toEqual([
        [1, 'C'],
        [2, 'A'],
        [3, 'B'],
      ]);
      expect(order(await editView(w.as.orgAdmin, course.id))).toEqual([
        [1, 'C'],
        [2, 'A'],
        [3, 'B'],
      ]);
    });

    it('refuses an order that is not exactly the course’s lessons (422 courses/lesson_order_mismatch), changing nothing', async () => {
      const other = await createCourse(w.as.orgAdmin);
      const foreign = (await addArticleLesson(w.as.orgAdmin, other.id)).lessons[0]?.id ?? '';
      for (const lessonIds of [
        [ids.c, ids.a],
        [ids.c, ids.a, foreign],
        [ids.c, ids.a, ids.b, foreign],
        [randomUUID(), ids.a, ids.b],
      ]) {
        const res = await w.as.orgAdmin.put(`/api/courses/${course.id}/lessons/order`, { lessonIds });
        expectError(res, 422, 'courses/lesson_order_mismatch');
        expect(detailsOf(res).map((d) => d.field)).toEqual(['lessonIds']);
      }
      expectError(
        await w.as.orgAdmin.put(`/api/courses/${course.id}/lessons/order`, { lessonIds: [ids.a, ids.a, ids.b] }),
        400,
        'common/validation_failed',
      );
      expectError(
        await w.as.orgAdmin.put(`/api/courses/${course.id}/lessons/order`, { lessonIds: ['x', ids.a, ids.b] }),
        400,
        'common/validation_failed',
      );
      expect(order(await editView(w.as.orgAdmin, course.id))).toEqual([
        [1, 'C'],
        [2, 'A'],
        [3, 'B'],
      ]);
      expect((await editView(w.as.orgAdmin, other.id)).lessons.map((l) => l.id)).toEqual([foreign]);
    });

    it('removes a lesson of a draft and renumbers the rest 1..n', async () => {
      const extra = (await addArticleLesson(w.as.orgAdmin, course.id, { title: 'D' })).lessons.find((l) => l.title === 'D')?.id ?? '';
      expect(extra).not.toBe('');
      // Remove the first one: C, A, B, D → A, B, D.
      const res = await w.as.orgAdmin.delete(`/api/lessons/${ids.c}`);
      expect(res.status).toBe(200);
      expect(order(res.body as CourseEditDto)).toEqual([
        [1, 'A'],
        [2, 'B'],
        [3, 'D'],
      ]);
      // And one from the middle: A, B, D → A, D.
      const res2 = await w.as.orgAdmin.delete(`/api/lessons/${ids.b}`);
      expect(order(res2.body as CourseEditDto)).toEqual([
        [1, 'A'],
        [2, 'D'],
      ]);
      expect((res2.body as CourseEditDto).lessonCount).toBe(2);
      expect((await dbCourse(course.id)).lesson_count).toBe(2);
      const rows = (await t.db.query('SELECT position FROM lessons WHERE course_id = $1 ORDER BY position', [course.id])) as {
        position: number;
      }[];
      expect(rows.map((r) => r.position)).toEqual([1, 2]);
      expectError(await w.as.orgAdmin.delete(`/api/lessons/${ids.c}`), 404, 'common/not_found');
      expectError(await w.as.cadreA.delete(`/api/lessons/${ids.a}`), 403, 'common/forbidden');
    });

    it('keeps the lessons of a published course (422 courses/not_editable) and shows learners the new order', async () => {
      await publishCourse(w.as.orgAdmin, course.id);
      expectError(await w.as.orgAdmin.delete(`/api/lessons/${ids.a}`), 422, 'courses/not_editable');
      const detail = expectStatus<CourseDetailDto>(await w.as.cadreA.get(`/api/courses/${course.id}`), 200, 'cadre detail');
      expect(order(detail)).toEqual([
        [1, 'A'],
        [2, 'D'],
      ]);
      expect((await dbCourse(course.id)).lesson_count).toBe(2);
    });
  });

  // ---- archive, manage view ---------------------------------------------------------------------------------------

  describe('archiving and the manage view', () => {
    it('takes an archived course out of the catalogue', async () => {
      const course = await createPublishedCourse(w.as.orgAdmin, { title: uniq('归档') });
      expect(await catalogueIds(w.as.cadreA)).toContain(course.id);
      const archived = await archiveCourse(w.as.orgAdmin, course.id);
      expect(archived.status).toBe('archived');
      expect(await catalogueIds(w.as.cadreA)).not.toContain(course.id);
      expectError(await w.as.cadreA.get(`/api/courses/${course.id}`), 404, 'common/not_found');
      expectError(await w.as.orgAdmin.delete(`/api/lessons/${archived.lessons[0]?.id ?? ''}`), 422, 'courses/not_editable');
      const managed = await catalogue(w.as.orgAdmin, `?manage=true&status=archived&q=${encodeURIComponent(course.title)}`);
      expect(managed.items.map((i) => [i.id, i.status])).toEqual([[course.id, 'archived']]);
    });

    it('gives an org admin every course of their scope in any status with ?manage=true, and only theirs', async () => {
      const token = uniq('管理');
      const draft = await createCourse(w.as.orgAdmin, { title: `${token}草稿` });
      const published = await createPublishedCourse(w.as.orgAdmin, { title: `${token}已发布` });
      const townDraft = await createCourse(w.as.orgAdmin, { title: `${token}甲镇草稿`, ownerUnitId: w.townA.id });
      const q = `q=${encodeURIComponent(token)}`;

      const all = await catalogue(w.as.orgAdmin, `?manage=true&${q}`);
      expect(all.items.map((i) => i.id).sort()).toEqual(sorted([draft.id, published.id, townDraft.id]));
      expect(all.total).toBe(3);
      expect((await catalogue(w.as.orgAdmin, `?manage=true&status=draft&${q}`)).items.map((i) => i.id).sort()).toEqual(
        sorted([draft.id, townDraft.id]),
      );
      // The plain catalogue never lists drafts, even for their manager.
      expect(await catalogueIds(w.as.orgAdmin, `?${q}`)).toEqual([published.id]);
      // A town-scoped org admin manages the town's courses only.
      expect(await catalogueIds(townOrgAdmin, `?manage=true&${q}`)).toEqual([townDraft.id]);
    });

    it('refuses ?manage=true to anyone but org admins', async () => {
      expectError(await w.as.cadreA.get('/api/courses?manage=true'), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.get('/api/courses?manage=true'), 403, 'common/forbidden');
      expectError(await w.as.auditor.get('/api/courses?manage=true'), 403, 'common/forbidden');
      // manage=false is just the catalogue.
      expect((await w.as.cadreA.get('/api/courses?manage=false')).status).toBe(200);
    });
  });

  // ---- audit ------------------------------------------------------------------------------------------------------

  describe('audit trail', () => {
    it('records create, lesson changes, update, publish and archive of a course, in order, with actor and unit', async () => {
      const course = await createCourse(w.as.orgAdmin, { ownerUnitId: w.townA.id });
      await addArticleLesson(w.as.orgAdmin, course.id);
      const patch = await w.as.orgAdmin.patch(`/api/courses/${course.id}`, { title: uniq('审计'), creditHours: 1, targets: [] });
      expect(patch.status).toBe(200);
      await publishCourse(w.as.orgAdmin, course.id);
      await archiveCourse(w.as.orgAdmin, course.id);

      const rows = await auditRowsFor(t.db, course.id);
      expect(rows.map((r) => r.action)).toEqual([
        'course.created',
        'course.lessons_changed',
        'course.updated',
        'course.published',
        'course.archived',
      ]);
      for (const r of rows) {
        expect({ actor: r.actor_id, type: r.target_type, unitPath: r.unit_path, outcome: r.outcome }).toEqual({
          actor: w.users.orgAdmin.id,
          type: 'course',
          unitPath: w.townA.path,
          outcome: 'success',
        });
      }
      expect(rows[0]?.details).toMatchObject({ title: course.title });
    });

    it('writes nothing for a change that was refused', async () => {
      const course = await createCourse(w.as.orgAdmin);
      expectError(await w.as.orgAdmin.post(`/api/courses/${course.id}/publish`), 422, 'courses/no_lessons');
      expectError(
        await w.as.orgAdmin.post(`/api/courses/${course.id}/lessons`, { title: '空', type: 'article', body: '<p></p>' }),
        422,
        'courses/lesson_incomplete',
      );
      expectError(await otherOrgAdmin.post(`/api/courses/${course.id}/archive`), 404, 'common/not_found');
      expect((await auditRowsFor(t.db, course.id)).map((r) => r.action)).toEqual(['course.created']);
    });
  });
});
