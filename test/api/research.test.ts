import { todayInShanghai } from '../../server/src/common/time';
import type { CoverageDto } from '../../server/src/modules/lectures/dto/lecture.dto';
import type { ProgressReportDto } from '../../server/src/modules/reports/dto/progress-report.dto';
import type {
  ResearchFiguresDto,
  ResearchProblemDto,
  ResearchProblemPageDto,
  ResearchTopicDto,
  ResearchTopicPageDto,
  ResearchVisitDto,
  ResearchVisitPageDto,
} from '../../server/src/modules/research/dto/research.dto';
import { createUnit, type UnitRef } from '../factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { PNG_BYTES } from '../helpers/courses';
import { addDays, detailFields, expectError, expectOk } from '../helpers/studies';
import { auditCount } from '../helpers/talent';
import { buildWorld, type World } from '../helpers/world';

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * Issue 20, research visits (大兴调查研究): topics opened by admins for leaders, visits and problems recorded by the
 * leader, the problem and topic states (409 on a wrong step), scope (404) and roles (403), the figures per unit, the
 * lecture coverage's second source, and the report's 调查研究 section against a hand count.
 */
describe('research visits: topics, visits, problems, figures and the report', () => {
  let t: TestApp;
  let w: World;
  let villageA2: UnitRef;
  let topicA: ResearchTopicDto;
  let topicB: ResearchTopicDto;
  let visitA: ResearchVisitDto;
  const problems: ResearchProblemDto[] = [];
  const today = todayInShanghai();
  const from = addDays(today, -30);

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    villageA2 = await createUnit(t.db, w.townA, 'village');
  });
  afterAll(async () => {
    await t?.close();
  });

  test('admins open topics for leaders in their scope; a cadre may not (403), nor an admin for a leader outside scope (422)', async () => {
    const body = { title: '村级集体经济发展调研', question: '集体经济薄弱村如何增收？', leaderId: w.users.cadreA.id, unitId: w.townA.id, periodFrom: from, periodTo: addDays(today, 60) };
    expectError(await w.as.cadreA.post('/api/research/topics', body), 403, 'common/forbidden');
    const outside = await w.as.unitAdminA.post('/api/research/topics', { ...body, leaderId: w.users.cadreB.id, unitId: w.townB.id });
    expectError(outside, 422, 'research/out_of_topic_scope');
    expect(detailFields(outside).sort()).toEqual(['leaderId', 'unitId']);
    expectError(await w.as.unitAdminA.post('/api/research/topics', { ...body, periodTo: addDays(from, -1) }), 422, 'research/invalid_period');
    expectError(await w.as.unitAdminA.post('/api/research/topics', { ...body, leaderId: 'not-a-uuid' }), 400, 'common/validation_failed');

    topicA = expectOk<ResearchTopicDto>(await w.as.unitAdminA.post('/api/research/topics', body), 201);
    expect(topicA).toMatchObject({ status: 'ongoing', leader: { id: w.users.cadreA.id }, unit: { id: w.townA.id }, visits: [], problems: [], report: null, can: { record: true } });
    topicB = expectOk<ResearchTopicDto>(
      await w.as.orgAdmin.post('/api/research/topics', { ...body, title: '营商环境调研', leaderId: w.users.cadreB.id, unitId: w.townB.id }),
      201,
    );
    expect(await auditCount(t.db, topicA.id, 'research_topic.created')).toBe(1);
  });

  test('outside scope a topic is a 404, in lists and by id; the leader sees their own', async () => {
    expectError(await w.as.unitAdminB.get(`/api/research/topics/${topicA.id}`), 404, 'common/not_found');
    expectError(await w.as.cadreB.get(`/api/research/topics/${topicA.id}`), 404, 'common/not_found');
    expectError(await w.as.cadreB.post(`/api/research/topics/${topicA.id}/visits`, { unitId: w.villageA.id, visitedOn: today }), 404, 'common/not_found');
    const listB = expectOk<ResearchTopicPageDto>(await w.as.unitAdminB.get('/api/research/topics'), 200);
    expect(listB.items.map((i) => i.id)).toEqual([topicB.id]);
    const mine = expectOk<ResearchTopicPageDto>(await w.as.cadreA.get('/api/research/topics'), 200);
    expect(mine.items.map((i) => i.id)).toEqual([topicA.id]);
    const all = expectOk<ResearchTopicPageDto>(await w.as.orgAdmin.get('/api/research/topics'), 200);
    expect(all.total).toBe(2);
  });

  test('the leader records a visit with a photo and problems; units outside the topic\'s unit are refused', async () => {
    const photo = expectOk<{ id: string }>(await w.as.cadreA.post('/api/files?purpose=research_photo').attach('file', PNG_BYTES, 'visit.png'), 201);
    const outside = await w.as.cadreA.post(`/api/research/topics/${topicA.id}/visits`, { unitId: w.villageB.id, visitedOn: today });
    expectError(outside, 422, 'research/out_of_topic_scope');
    expect(detailFields(outside)).toEqual(['unitId']);
    expectError(await w.as.cadreA.post(`/api/research/topics/${topicA.id}/visits`, { unitId: w.villageA.id, visitedOn: addDays(today, 1) }), 422, 'research/invalid_period');
    visitA = expectOk<ResearchVisitDto>(
      await w.as.cadreA.post(`/api/research/topics/${topicA.id}/visits`, { unitId: w.villageA.id, visitedOn: addDays(today, -3), notes: '走访村两委和种植大户', photoFileIds: [photo.id] }),
      201,
    );
    expect(visitA).toMatchObject({ unit: { id: w.villageA.id }, village: true, visitedOn: addDays(today, -3), photos: [{ id: photo.id }] });
    // A second visit, to the town itself (not a village), and an admin's visit for topic B.
    expectOk(await w.as.cadreA.post(`/api/research/topics/${topicA.id}/visits`, { unitId: w.townA.id, visitedOn: addDays(today, -2) }), 201);
    expectOk(await w.as.unitAdminB.post(`/api/research/topics/${topicB.id}/visits`, { unitId: w.villageB.id, visitedOn: addDays(today, -1) }), 201);

    const p = async (agent: typeof w.as.cadreA, topicId: string, body: Record<string, unknown>) =>
      expectOk<ResearchProblemDto>(await agent.post(`/api/research/topics/${topicId}/problems`, body), 201);
    problems.push(await p(w.as.cadreA, topicA.id, { description: '灌溉渠年久失修', concerns: '三组村民', solverUnitId: w.villageA.id, visitId: visitA.id }));
    problems.push(await p(w.as.cadreA, topicA.id, { description: '农产品销路不畅', concerns: '种植户', solverUnitId: w.townA.id }));
    problems.push(await p(w.as.cadreA, topicA.id, { description: '村道路灯损坏', concerns: '村民', solverUnitId: villageA2.id }));
    problems.push(await p(w.as.unitAdminB, topicB.id, { description: '审批窗口排队时间长', concerns: '办事企业', solverUnitId: w.villageB.id }));
    expect(problems[0]).toMatchObject({ foundOn: addDays(today, -3), status: 'open', canSolve: true, visitId: visitA.id });
    expect(problems[1]!.foundOn).toBe(today);
    expectError(await w.as.cadreA.post(`/api/research/topics/${topicA.id}/problems`, { description: '越界', solverUnitId: w.townB.id }), 422, 'research/out_of_topic_scope');
    expect(await auditCount(t.db, visitA.id, 'research_visit.created')).toBe(1);

    // A visit recorded with its problems is all or nothing: one problem's unit outside the topic, and nothing is saved.
    const [{ n: before }] = (await t.db.query('SELECT count(*)::int AS n FROM research_visits')) as [{ n: number }];
    const bad = await w.as.cadreA.post(`/api/research/topics/${topicA.id}/visits`, {
      unitId: w.villageA.id,
      visitedOn: today,
      problems: [
        { description: '村道破损', solverUnitId: w.villageA.id },
        { description: '越界', solverUnitId: w.villageB.id },
      ],
    });
    expectError(bad, 422, 'research/out_of_topic_scope');
    expect(detailFields(bad)).toEqual(['problems.1.solverUnitId']);
    const [{ n: after }] = (await t.db.query('SELECT count(*)::int AS n FROM research_visits')) as [{ n: number }];
    expect(after).toBe(before);
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM research_problems WHERE description = '村道破损'`)) as [{ n: number }])[0].n).toBe(0);
  });

  test('a problem goes open → solved once (409 again); only those who may see the topic solve it (404)', async () => {
    const [p0, p1, , p3] = problems;
    expectError(await w.as.unitAdminB.post(`/api/research/problems/${p0!.id}/solve`, { note: '已修复' }), 404, 'common/not_found');
    expectError(await w.as.cadreA.post(`/api/research/problems/${p0!.id}/solve`, { note: '已修复', solvedOn: addDays(today, -5) }), 422, 'research/invalid_period');
    expectError(await w.as.cadreA.post(`/api/research/problems/${p0!.id}/solve`, {}), 400, 'common/validation_failed');
    const solved = expectOk<ResearchProblemDto>(await w.as.cadreA.post(`/api/research/problems/${p0!.id}/solve`, { note: '村里筹资修复灌溉渠' }), 200);
    expect(solved).toMatchObject({ status: 'solved', solvedOn: today, solvedNote: '村里筹资修复灌溉渠', canSolve: false });
    expectError(await w.as.cadreA.post(`/api/research/problems/${p0!.id}/solve`, { note: '再次' }), 409, 'research/invalid_state');
    expectOk(await w.as.unitAdminA.post(`/api/research/problems/${p1!.id}/solve`, { note: '对接电商平台' }), 200);
    expectOk(await w.as.unitAdminB.post(`/api/research/problems/${p3!.id}/solve`, { note: '增设窗口' }), 200);
    expect(await auditCount(t.db, p0!.id, 'research_problem.solved')).toBe(1);
  });

  test('problems found and solved are counted per unit (the unit that solves them), with drill-down and by leader', async () => {
    const root = expectOk<ResearchFiguresDto>(await w.as.orgAdmin.get(`/api/research/figures?from=${from}&to=${today}`), 200);
    expect(root).toMatchObject({ topics: 2, concluded: 0, visits: 3, villages: 2, problems: 4, solved: 3 });
    const child = (f: ResearchFiguresDto, id: string) => f.children.find((c) => c.unitId === id);
    expect(child(root, w.townA.id)).toMatchObject({ topics: 1, visits: 2, villages: 1, problems: 3, solved: 2 });
    expect(child(root, w.townB.id)).toMatchObject({ topics: 1, visits: 1, villages: 1, problems: 1, solved: 1 });
    expect(child(root, w.dept.id)).toMatchObject({ topics: 0, visits: 0, problems: 0, solved: 0 });
    const town = expectOk<ResearchFiguresDto>(await w.as.unitAdminA.get(`/api/research/figures?unitId=${w.townA.id}&from=${from}&to=${today}`), 200);
    expect(child(town, w.villageA.id)).toMatchObject({ visits: 1, villages: 1, problems: 1, solved: 1 });
    expect(child(town, villageA2.id)).toMatchObject({ visits: 0, problems: 1, solved: 0 });
    expect(town.byLeader).toEqual([{ leader: { id: w.users.cadreA.id, name: w.users.cadreA.name }, unitName: expect.any(String), topics: 1, visits: 2, problems: 3, solved: 2 }]);
    // Before the period nothing counts; another town is a 404, a cadre a 403.
    const before = expectOk<ResearchFiguresDto>(await w.as.orgAdmin.get(`/api/research/figures?from=${addDays(from, -60)}&to=${addDays(from, -31)}`), 200);
    expect(before).toMatchObject({ topics: 0, visits: 0, problems: 0, solved: 0 });
    expectError(await w.as.unitAdminA.get(`/api/research/figures?unitId=${w.townB.id}`), 404, 'common/not_found');
    expectError(await w.as.cadreA.get('/api/research/figures'), 403, 'common/forbidden');
  });

  test('a village visited only by research counts as reached in the lecture coverage, and says which source reached it', async () => {
    const coverage = expectOk<CoverageDto>(await w.as.unitAdminA.get(`/api/lecture-stats/coverage?unitId=${w.townA.id}&year=${today.slice(0, 4)}`), 200);
    expect(coverage).toMatchObject({ total: 2, covered: 1, coveredByLectures: 0, coveredByResearchOnly: 1 });
    const row = coverage.items.find((i) => i.unitId === w.villageA.id)!;
    expect(row).toMatchObject({ sessions: 0, researchVisits: 1, lastVisitedOn: addDays(today, -3), sources: ['research'] });
    // The unreached village comes first.
    expect(coverage.items[0]).toMatchObject({ unitId: villageA2.id, sources: [] });
  });

  test('the report\'s 调查研究 section: figures equal a hand count and each link lists exactly those records', async () => {
    const report = expectOk<ProgressReportDto>(await w.as.orgAdmin.get(`/api/reports/progress?from=${from}&to=${today}`), 200);
    const keys = report.sections.map((s) => s.key);
    expect(keys.indexOf('research')).toBe(keys.indexOf('meetings') + 1);
    const sec = report.sections.find((s) => s.key === 'research')!;
    expect(sec.title).toBe('调查研究');
    const value = (key: string) => sec.figures.find((f) => f.key === key)!;
    expect(sec.figures.map((f) => [f.key, f.value])).toEqual([
      ['topics', 2],
      ['concluded', 0],
      ['visits', 3],
      ['villages', 2],
      ['problems', 4],
      ['solved', 3],
      ['solvedRate', 75],
    ]);
    expect(sec.text).toContain('发现问题4个，已解决3个');
    // Each link is an SPA list whose API twin answers the same records.
    const api = (link: string) => link.replace(/^\/research\/(visits|problems)\?/, '/api/research/$1?').replace(/^\/research\?/, '/api/research/topics?');
    const ids = async (key: string) => {
      const page = expectOk<{ items: { id: string }[]; total: number }>(await w.as.orgAdmin.get(`${api(value(key).link!)}&pageSize=100`), 200);
      expect(page.total).toBe(value(key).value);
      return page.items.map((i) => i.id).sort();
    };
    expect(await ids('topics')).toEqual([topicA.id, topicB.id].sort());
    expect(await ids('problems')).toEqual(problems.map((p) => p.id).sort());
    expect(await ids('solved')).toEqual([problems[0]!.id, problems[1]!.id, problems[3]!.id].sort());
    const visits = expectOk<ResearchVisitPageDto>(await w.as.orgAdmin.get(`${api(value('villages').link!)}&pageSize=100`), 200);
    expect(new Set(visits.items.map((v) => v.unit.id))).toEqual(new Set([w.villageA.id, w.villageB.id]));
    expect(await ids('visits')).toHaveLength(3);
    const open = expectOk<ResearchProblemPageDto>(await w.as.unitAdminA.get(`/api/research/problems?status=open&unitId=${w.townA.id}`), 200);
    expect(open.items.map((p) => p.id)).toEqual([problems[2]!.id]);

    // A period without any record says so, with no figures of zeros.
    const empty = expectOk<ProgressReportDto>(await w.as.orgAdmin.get(`/api/reports/progress?from=${addDays(from, -400)}&to=${addDays(from, -370)}`), 200);
    const none = empty.sections.find((s) => s.key === 'research')!;
    expect(none).toMatchObject({ text: '本期尚无调查研究记录。', figures: [] });
  });

  test('a topic concludes only with its final report (422), once (409); nothing more is recorded on it (409)', async () => {
    expectError(await w.as.cadreA.post(`/api/research/topics/${topicA.id}/conclude`, {}), 422, 'research/report_required');
    const report = expectOk<{ id: string }>(await w.as.cadreA.post('/api/files?purpose=research_report').attach('file', PDF_BYTES, '调研报告.pdf'), 201);
    const done = expectOk<ResearchTopicDto>(await w.as.cadreA.post(`/api/research/topics/${topicA.id}/conclude`, { reportFileId: report.id, conclusion: '形成三条对策建议' }), 200);
    expect(done).toMatchObject({ status: 'concluded', concludedOn: today, report: { id: report.id }, conclusion: '形成三条对策建议', can: { record: false } });
    expectError(await w.as.cadreA.post(`/api/research/topics/${topicA.id}/conclude`, { reportFileId: report.id }), 409, 'research/invalid_state');
    expectError(await w.as.cadreA.post(`/api/research/topics/${topicA.id}/visits`, { unitId: w.villageA.id, visitedOn: today }), 409, 'research/invalid_state');
    expectError(await w.as.cadreA.post(`/api/research/topics/${topicA.id}/problems`, { description: '新问题', solverUnitId: w.villageA.id }), 409, 'research/invalid_state');
    // A problem still open on a concluded topic may be solved.
    expectOk(await w.as.cadreA.post(`/api/research/problems/${problems[2]!.id}/solve`, { note: '已更换路灯' }), 200);
    expect(await auditCount(t.db, topicA.id, 'research_topic.concluded')).toBe(1);
    const figures = expectOk<ResearchFiguresDto>(await w.as.orgAdmin.get(`/api/research/figures?from=${from}&to=${today}`), 200);
    expect(figures).toMatchObject({ concluded: 1, problems: 4, solved: 4 });
  });

  test('a visit recorded from the village with its problems saves them together, found on the visit\'s day', async () => {
    const visit = expectOk<ResearchVisitDto>(
      await w.as.cadreB.post(`/api/research/topics/${topicB.id}/visits`, {
        unitId: w.villageB.id,
        visitedOn: addDays(today, -1),
        problems: [{ description: '企业用工招聘难', concerns: '园区企业', solverUnitId: w.townB.id }],
      }),
      201,
    );
    const topic = expectOk<ResearchTopicDto>(await w.as.cadreB.get(`/api/research/topics/${topicB.id}`), 200);
    expect(topic.problems.find((p) => p.visitId === visit.id)).toMatchObject({ description: '企业用工招聘难', foundOn: addDays(today, -1), solverUnit: { id: w.townB.id }, status: 'open' });
  });
});
