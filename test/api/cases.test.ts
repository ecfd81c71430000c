import { todayInShanghai } from '../../server/src/common/time';
import type { CaseDto, CasePageDto } from '../../server/src/modules/cases/dto/case.dto';
import type { CourseEditDto } from '../../server/src/modules/courses/dto/course.dto';
import type { FindingDto, InspectionDto } from '../../server/src/modules/supervision/dto/supervision.dto';
import type { Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { auditRowsFor, createPublishedCourse, PNG_BYTES, uploadFile, uploadFileOk } from '../helpers/courses';
import { addDays, createRecord, detailFields, expectError, expectOk, studyBody, submitRecord } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

interface Section {
  key: string;
  text: string;
  figures: { key: string; value: number | null; link: string | null }[];
}

/**
 * Issue 19, the case library (典型案例库): the states and their 409s, scope (404) and role (403), search, a case as a
 * course's article lesson and as study material, the read count, and the progress report's "cases added".
 */
describe('case library', () => {
  let t: TestApp;
  let w: World;
  const today = todayInShanghai();

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
  });
  afterAll(async () => {
    await t?.close();
  });

  const body = (extra: Record<string, unknown> = {}) => ({
    kind: 'warning',
    title: '某村村干部推诿拖拉典型案例',
    summary: '群众反映的低保问题长期拖延不办',
    body: '某村党支部书记对群众反映的低保问题推诿拖拉。\n经查，其三个月未作回应，受到诫勉谈话。',
    field: 'rural_revitalisation',
    sourceKind: 'entered',
    ...extra,
  });
  const create = async (agent: Agent, extra: Record<string, unknown> = {}) => expectOk<CaseDto>(await agent.post('/api/cases', body(extra)), 201);
  const get = async (agent: Agent, id: string) => expectOk<CaseDto>(await agent.get(`/api/cases/${id}`), 200);
  const step = (agent: Agent, id: string, action: string, payload?: object) => agent.post(`/api/cases/${id}/${action}`, payload);
  const published = async (extra: Record<string, unknown> = {}) => {
    const c = await create(w.as.orgAdmin, { unitId: w.villageA.id, ...extra });
    return expectOk<CaseDto>(await step(w.as.orgAdmin, c.id, 'publish'), 200);
  };
  const supervision = async () => {
    const res = await w.as.orgAdmin.get(`/api/reports/progress?unitId=${w.root.id}&from=${today}&to=${today}`);
    return expectOk<{ sections: Section[] }>(res, 200).sections.find((s) => s.key === 'supervision')!;
  };

  it('says the report period added no cases before any is published', async () => {
    const s = await supervision();
    expect(s.text).toContain('本期未新增发布典型案例');
    expect(s.figures.find((f) => f.key === 'casesAdded')?.value).toBe(0);
  });

  it('walks draft → proposed → (returned) → published → withdrawn, refusing wrong steps with 409, wrong roles with 403 and other scopes with 404', async () => {
    const c = await create(w.as.unitAdminA, { unitId: w.villageA.id });
    expect(c).toMatchObject({ state: 'draft', unit: { id: w.villageA.id }, can: { edit: true, propose: true, publish: false } });

    // A plain cadre may not draft; a draft is not there for cadres or for the admins of another town.
    expect((await w.as.cadreA.post('/api/cases', body())).status).toBe(403);
    expect((await w.as.cadreA.get(`/api/cases/${c.id}`)).status).toBe(404);
    expect((await w.as.unitAdminB.get(`/api/cases/${c.id}`)).status).toBe(404);
    expect((await step(w.as.unitAdminB, c.id, 'propose')).status).toBe(404);
    expect((await w.as.unitAdminB.patch(`/api/cases/${c.id}`, { title: '改' })).status).toBe(404);
    // Another town's unit is out of the author's scope.
    const outside = await w.as.unitAdminA.post('/api/cases', body({ unitId: w.villageB.id }));
    expectError(outside, 422, 'case/out_of_scope');
    expect(detailFields(outside)).toEqual(['unitId']);

    expectError(await step(w.as.orgAdmin, c.id, 'withdraw', { reason: '未发布' }), 409, 'case/invalid_state');
    expectError(await step(w.as.orgAdmin, c.id, 'return', { reason: '未报送' }), 409, 'case/invalid_state');
    expectOk<CaseDto>(await w.as.unitAdminA.patch(`/api/cases/${c.id}`, { title: '某村低保推诿拖拉案' }), 200);
    const proposed = expectOk<CaseDto>(await step(w.as.unitAdminA, c.id, 'propose'), 200);
    expect(proposed).toMatchObject({ state: 'proposed', title: '某村低保推诿拖拉案' });
    expectError(await step(w.as.unitAdminA, c.id, 'propose'), 409, 'case/invalid_state');
    expectError(await w.as.unitAdminA.patch(`/api/cases/${c.id}`, { title: 'x' }), 409, 'case/invalid_state');
    // Only the org admin publishes or returns.
    expect((await step(w.as.unitAdminA, c.id, 'publish')).status).toBe(403);
    expect((await step(w.as.unitAdminA, c.id, 'return', { reason: 'x' })).status).toBe(403);
    // The org admin sees the proposal (its unit is in scope) and returns it with a reason: a draft again.
    expect((await get(w.as.orgAdmin, c.id)).can).toMatchObject({ publish: true, return: true, edit: false });
    const returned = expectOk<CaseDto>(await step(w.as.orgAdmin, c.id, 'return', { reason: '请补充处理结果' }), 200);
    expect(returned).toMatchObject({ state: 'draft', returnReason: '请补充处理结果' });
    expectOk<CaseDto>(await step(w.as.unitAdminA, c.id, 'propose'), 200);
    const pub = expectOk<CaseDto>(await step(w.as.orgAdmin, c.id, 'publish'), 200);
    expect(pub.state).toBe('published');
    expect(pub.publishedAt).not.toBeNull();
    expectError(await step(w.as.orgAdmin, c.id, 'publish'), 409, 'case/invalid_state');
    expectError(await step(w.as.unitAdminA, c.id, 'propose'), 409, 'case/invalid_state');
    // Published: every cadre sees it, even in another town.
    expect((await get(w.as.cadreB, c.id)).state).toBe('published');
    // Withdrawing needs a reason; then cadres no longer see it.
    expect((await step(w.as.orgAdmin, c.id, 'withdraw', {})).status).toBe(400);
    const withdrawn = expectOk<CaseDto>(await step(w.as.orgAdmin, c.id, 'withdraw', { reason: '情况有误' }), 200);
    expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawReason: '情况有误' });
    expectError(await step(w.as.orgAdmin, c.id, 'withdraw', { reason: '再撤' }), 409, 'case/invalid_state');
    expectError(await step(w.as.orgAdmin, c.id, 'publish'), 409, 'case/invalid_state');
    expect((await w.as.cadreA.get(`/api/cases/${c.id}`)).status).toBe(404);

    const actions = (await auditRowsFor(t.db, c.id)).map((a) => a.action);
    for (const a of ['case.created', 'case.updated', 'case.proposed', 'case.returned', 'case.published', 'case.withdrawn']) expect(actions).toContain(a);
  });

  it('takes a source finding only when the author may see it, and the case defaults to the finding\'s unit', async () => {
    const inspection = expectOk<InspectionDto>(
      await w.as.orgAdmin.post('/api/inspections', { title: '作风督导', kind: 'undercover', periodFrom: addDays(today, -5), periodTo: addDays(today, 5), teamIds: [] }),
      201,
    );
    const finding = expectOk<FindingDto>(
      await w.as.orgAdmin.post(`/api/inspections/${inspection.id}/findings`, {
        unitId: w.villageB.id,
        checklistItem: '在岗履职',
        category: 'idle',
        severity: 'moderate',
        description: '工作时间窗口无人',
        foundAt: new Date().toISOString(),
      }),
      201,
    );
    // Town B's admin may not see an unpublished 明察暗访 finding; town A's admin never could.
    for (const agent of [w.as.unitAdminB, w.as.unitAdminA]) {
      const res = await agent.post('/api/cases', body({ sourceKind: 'finding', sourceFindingId: finding.id }));
      expectError(res, 422, 'case/out_of_scope');
      expect(detailFields(res)).toContain('sourceFindingId');
    }
    expect(detailFields(await w.as.orgAdmin.post('/api/cases', body({ sourceKind: 'finding' })))).toEqual(['sourceFindingId']);
    const c = await create(w.as.orgAdmin, { sourceKind: 'finding', sourceFindingId: finding.id });
    expect(c).toMatchObject({ sourceKind: 'finding', unit: { id: w.villageB.id }, sourceFinding: { id: finding.id, description: '工作时间窗口无人' } });
  });

  it('takes a source public notice only when it is published and the author may read it', async () => {
    const notice = expectOk<{ id: string; title: string }>(
      await w.as.orgAdmin.post('/api/notices', { title: '关于村级作风问题的通报', scopeUnitId: w.townA.id, goodPractices: [{ text: '建立群众诉求限时办结制度' }] }),
      201,
    );
    // A draft notice is no source yet, for anyone.
    const early = await w.as.orgAdmin.post('/api/cases', body({ sourceKind: 'notice', sourceNoticeId: notice.id }));
    expectError(early, 422, 'case/out_of_scope');
    expect(detailFields(early)).toEqual(['sourceNoticeId']);
    expectOk(await w.as.orgAdmin.post(`/api/notices/${notice.id}/publish`), 200);
    // Published to town A: town B's admin cannot read it, so cannot cite it.
    expect(detailFields(await w.as.unitAdminB.post('/api/cases', body({ sourceKind: 'notice', sourceNoticeId: notice.id })))).toEqual(['sourceNoticeId']);
    // The kind and the id go together.
    expect(detailFields(await w.as.unitAdminA.post('/api/cases', body({ sourceKind: 'notice' })))).toEqual(['sourceNoticeId']);
    expect(detailFields(await w.as.unitAdminA.post('/api/cases', body({ sourceKind: 'entered', sourceNoticeId: notice.id })))).toEqual(['sourceNoticeId']);
    const c = await create(w.as.unitAdminA, { sourceKind: 'notice', sourceNoticeId: notice.id, unitId: w.villageA.id });
    expect(c).toMatchObject({ sourceKind: 'notice', sourceFinding: null, sourceNotice: { id: notice.id, title: '关于村级作风问题的通报' } });
    // Once published, a cadre of another town reads the case but not the notice: the source is not shown to them.
    const pub = expectOk<CaseDto>(await step(w.as.orgAdmin, c.id, 'publish'), 200);
    expect(pub.sourceNotice?.id).toBe(notice.id);
    expect((await get(w.as.cadreB, c.id)).sourceNotice).toBeNull();
    expect((await get(w.as.cadreA, c.id)).sourceNotice?.id).toBe(notice.id);
  });

  it('lists published cases for cadres by text, kind and field, paged; drafts only to the admins over them', async () => {
    const a = await published({ title: '黄河岸线乱占整治', summary: '清理违建', body: '某镇整治黄河岸线乱堆乱建。', field: 'yellow_river', kind: 'good_practice' });
    const b = await published({ title: '校园食堂检查走过场', summary: '检查流于形式', body: '某校食堂检查签字了事，食材过期。', field: 'education' });
    const draft = await create(w.as.unitAdminA, { title: '黄河滩区草稿案例', field: 'yellow_river', unitId: w.villageA.id });
    const list = async (agent: Agent, q: string) => expectOk<CasePageDto>(await agent.get(`/api/cases?${q}`), 200);

    const byText = await list(w.as.cadreB, `q=${encodeURIComponent('黄河')}`);
    expect(byText.items.map((c) => c.id)).toEqual([a.id]);
    expect((await list(w.as.cadreB, `q=${encodeURIComponent('食材过期')}`)).items.map((c) => c.id)).toEqual([b.id]);
    expect((await list(w.as.cadreB, 'field=yellow_river')).items.map((c) => c.id)).toEqual([a.id]);
    const warnings = await list(w.as.cadreB, 'kind=warning');
    expect(warnings.items.map((c) => c.id)).toContain(b.id);
    expect(warnings.items.map((c) => c.id)).not.toContain(a.id);
    const page = await list(w.as.cadreB, 'pageSize=1&page=2');
    expect(page).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    // Drafts: the author's admins and the org admin; never cadres, nor another town's admins.
    expect((await list(w.as.cadreA, 'state=draft')).total).toBe(0);
    expect((await list(w.as.unitAdminB, 'state=draft')).items.map((c) => c.id)).not.toContain(draft.id);
    expect((await list(w.as.unitAdminA, 'state=draft')).items.map((c) => c.id)).toContain(draft.id);
    expect((await list(w.as.orgAdmin, 'state=draft')).items.map((c) => c.id)).toContain(draft.id);
    expect((await w.as.cadreA.get('/api/cases?kind=nonsense')).status).toBe(400);
  });

  it('becomes an article lesson of a course that a cadre opens in the player, and shows the course where it is used', async () => {
    const c = await published({ title: '违规发放补贴警示', body: '某站违规发放种粮补贴。\n相关责任人被严肃处理。', field: 'grain' });
    const course = await createPublishedCourse(w.as.orgAdmin);
    const draft = await create(w.as.orgAdmin, { unitId: w.villageA.id });
    expectError(await step(w.as.orgAdmin, draft.id, 'course-lessons', { courseId: course.id }), 409, 'case/not_published');
    expect((await step(w.as.unitAdminA, c.id, 'course-lessons', { courseId: course.id })).status).toBe(403);

    const after = expectOk<CaseDto>(await step(w.as.orgAdmin, c.id, 'course-lessons', { courseId: course.id }), 200);
    expectError(await step(w.as.orgAdmin, c.id, 'course-lessons', { courseId: course.id }), 409, 'case/already_attached');
    const edit = expectOk<CourseEditDto>(await w.as.orgAdmin.get(`/api/courses/${course.id}/edit`), 200);
    const lesson = edit.lessons.find((l) => l.caseId === c.id)!;
    expect(lesson).toMatchObject({ type: 'article', title: '警示教育：违规发放补贴警示', position: 2 });
    expect(after.uses.courses).toEqual([{ courseId: course.id, courseTitle: course.title, lessonId: lesson.id }]);

    // The cadre enrols and opens it in the player like any article lesson.
    expectOk(await w.as.cadreA.post(`/api/my/courses/${course.id}`), 201);
    const player = expectOk<{ lessons: { id: string; type: string; body: string | null; caseId: string | null; readingSeconds: number | null }[] }>(
      await w.as.cadreA.get(`/api/my/courses/${course.id}/player`),
      200,
    );
    const played = player.lessons.find((l) => l.id === lesson.id)!;
    expect(played).toMatchObject({ type: 'article', caseId: c.id });
    expect(played.body).toContain('相关责任人被严肃处理。');
    expect(played.readingSeconds).toBeGreaterThan(0);
    expect((await get(w.as.cadreA, c.id)).uses.courses.map((u) => u.courseId)).toEqual([course.id]);
  });

  it('is attached to a draft study record as material; the record shows on the case page to those who may see it', async () => {
    const c = await published({ title: '基层减负正面典型', kind: 'good_practice', field: 'work_style' });
    const record = await createRecord(w.as.unitAdminA, studyBody(w.villageA.id, [w.users.cadreA.id]));
    expect((await step(w.as.unitAdminB, c.id, 'study-records', { recordId: record.id })).status).toBe(404);
    expect((await step(w.as.cadreA, c.id, 'study-records', { recordId: record.id })).status).toBe(403);
    const after = expectOk<CaseDto>(await step(w.as.unitAdminA, c.id, 'study-records', { recordId: record.id }), 200);
    expect(after.uses).toMatchObject({ studyRecordCount: 1, studyRecords: [{ recordId: record.id, title: record.title }] });
    expectError(await step(w.as.unitAdminA, c.id, 'study-records', { recordId: record.id }), 409, 'case/already_attached');
    const attached = expectOk<CasePageDto>(await w.as.unitAdminA.get(`/api/cases?studyRecordId=${record.id}`), 200);
    expect(attached.items.map((i) => i.id)).toEqual([c.id]);
    // The attendee sees the record; another town's admin only its count.
    expect((await get(w.as.cadreA, c.id)).uses.studyRecords.map((s) => s.recordId)).toEqual([record.id]);
    expect((await get(w.as.unitAdminB, c.id)).uses).toMatchObject({ studyRecordCount: 1, studyRecords: [] });
    // A submitted record is final.
    const other = await createRecord(w.as.unitAdminA, studyBody(w.villageA.id, [w.users.cadreA.id]));
    await submitRecord(w.as.unitAdminA, other.id);
    expectError(await step(w.as.unitAdminA, c.id, 'study-records', { recordId: other.id }), 409, 'studies/not_editable');
    expect((await auditRowsFor(t.db, c.id, 'case.attached_to_study')).length).toBe(1);
  });

  it('carries photos uploaded by the admins, which every cadre can open once the case is published', async () => {
    expect((await uploadFile(w.as.cadreA, 'case_attachment', PNG_BYTES, 'x.png')).status).toBe(403);
    const photo = await uploadFileOk(w.as.unitAdminA, 'case_attachment', PNG_BYTES, 'scene.png');
    // A file uploaded for something else is not a case attachment.
    const other = await uploadFileOk(w.as.unitAdminA, 'study_attachment', PNG_BYTES, 'minutes.png');
    const refused = await w.as.unitAdminA.post('/api/cases', body({ unitId: w.villageA.id, attachmentFileIds: [other.id] }));
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const c = await create(w.as.unitAdminA, { unitId: w.villageA.id, attachmentFileIds: [photo.id] });
    expect(c.attachments.map((f) => f.id)).toEqual([photo.id]);
    expectOk(await step(w.as.unitAdminA, c.id, 'propose'), 200);
    expectOk(await step(w.as.orgAdmin, c.id, 'publish'), 200);
    const seen = await get(w.as.cadreB, c.id);
    expect(seen.attachments).toHaveLength(1);
    const res = await w.as.cadreB.get(seen.attachments[0]!.url.replace(/^https?:\/\/[^/]+/, ''));
    expect(res.status).toBe(200);
  });

  it('counts each cadre who opens a published case once', async () => {
    const c = await published({ title: '阅读计数案例' });
    expect(c.readCount).toBe(1); // the org admin's own view after publishing
    await get(w.as.cadreA, c.id);
    await get(w.as.cadreA, c.id);
    expect((await get(w.as.cadreA, c.id)).readCount).toBe(2);
    expect((await get(w.as.cadreB, c.id)).readCount).toBe(3);
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM case_reads WHERE case_id = $1', [c.id])) as [{ n: number }];
    expect(n).toBe(3);
    expect((await w.as.cadreA.get(`/api/cases?q=${encodeURIComponent('阅读计数')}`)).body.items[0].readCount).toBe(3);
  });

  it('adds the period\'s published cases by kind to the report\'s supervision section, each linked to its list', async () => {
    // By hand: the cases still published today under the root, by kind.
    const rows = (await t.db.query(`SELECT kind, count(*)::int AS n FROM cases WHERE state = 'published' GROUP BY kind`)) as { kind: string; n: number }[];
    const hand = Object.fromEntries(rows.map((r) => [r.kind, r.n])) as Record<string, number>;
    const good = hand.good_practice ?? 0;
    const warning = hand.warning ?? 0;
    expect(good).toBeGreaterThan(0);
    expect(warning).toBeGreaterThan(0);
    const s = await supervision();
    const fig = (key: string) => s.figures.find((f) => f.key === key)!;
    expect(fig('casesAdded').value).toBe(good + warning);
    expect(fig('cases_good_practice').value).toBe(good);
    expect(fig('cases_warning').value).toBe(warning);
    expect(s.text).toContain(`新增发布典型案例${good + warning}个（正面典型${good}个、反面警示${warning}个）`);
    // Each link opens the case list filtered to exactly those cases.
    for (const key of ['casesAdded', 'cases_good_practice', 'cases_warning']) {
      const link = fig(key).link!;
      expect(link.startsWith('/cases?')).toBe(true);
      const listed = expectOk<CasePageDto>(await w.as.orgAdmin.get(`/api/cases?${link.split('?')[1]}`), 200);
      expect(listed.total).toBe(fig(key).value);
    }
  });
});
