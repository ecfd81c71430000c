import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { createCadre, uniq, type CadreRef } from '../factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { createPublishedCourse } from '../helpers/courses';
import { createQuestion, getBytes, publishedQuiz } from '../helpers/quizzes';
import { buildWorld, type World } from '../helpers/world';

/**
 * The progress report (GET /api/reports/progress) on rows written here for 2016 (a year no other test plans), with
 * the figures counted by hand, and every figure's link checked against the list it opens.
 */
const FROM = '2016-03-01';
const TO = '2016-06-30';

interface Figure {
  key: string;
  label: string;
  value: number | null;
  unit: string;
  link: string | null;
}
interface Section {
  key: string;
  title: string;
  text: string;
  figures: Figure[];
  table?: { columns: string[]; rows: { cells: (string | number | null)[]; link: string | null }[] };
}
interface Report {
  title: string;
  from: string;
  to: string;
  unitId: string;
  sections: Section[];
}

describe('progress report: the draft of the campaign report, every figure linked to its records', () => {
  let t: TestApp;
  let w: World;
  let a1: CadreRef;
  let quizId: string;

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    const { townA, townB, villageA, villageB, root } = w;
    const u = w.users;
    a1 = await createCadre(t.db, townA, { keyGroups: ['law_enforcement_mid'] });

    // Lectures: two verified in the period (village A, 40 listeners, micro; town B, 25, concentrated), one verified
    // after it, one draft in it.
    const [topic] = (await t.db.query('SELECT id FROM lecture_topics ORDER BY sort_order LIMIT 1')) as { id: string }[];
    const teamId = randomUUID();
    await t.db.query(`INSERT INTO lecture_teams (id, name, level, home_unit_id, home_unit_path) VALUES ($1, $2, 'grassroots', $3, $4)`, [teamId, uniq('宣讲队'), townA.id, townA.path]);
    const session = (host: { id: string; path: string }, at: string, audience: number, format: string, status: string) =>
      t.db.query(
        `INSERT INTO lecture_sessions (team_id, team_unit_path, topic_id, title, started_at, duration_minutes, host_unit_id, host_unit_path, format, audience_size, status, created_by_id)
         VALUES ($1, $2, $3, '宣讲', $4, 60, $5, $6, $7, $8, $9, $10)`,
        [teamId, townA.path, topic!.id, at, host.id, host.path, format, audience, status, u.lecturerA.id],
      );
    await session(villageA, '2016-04-10T02:00:00Z', 40, 'micro', 'verified');
    await session(townB, '2016-06-30T15:30:00Z', 25, 'concentrated', 'verified'); // 23:30 on 30 June in Shanghai: inside
    await session(townA, '2016-06-30T16:30:00Z', 99, 'micro', 'verified'); // 00:30 on 1 July in Shanghai: after
    await session(villageA, '2016-04-11T02:00:00Z', 77, 'micro', 'draft');

    // Study records: a 第一议题 in village B (one present, one absent), a 中心组 meeting of the city on the last day,
    // a seminar before the period.
    const record = async (unit: { id: string; path: string }, type: string, heldOn: string, people: [CadreRef, boolean][]) => {
      const [row] = (await t.db.query(
        `INSERT INTO study_records (unit_id, unit_path, type, held_on, title, host_name, status, created_by_id) VALUES ($1, $2, $3, $4, '学习', '书记', 'submitted', $5) RETURNING id`,
        [unit.id, unit.path, type, heldOn, u.orgAdmin.id],
      )) as { id: string }[];
      for (const [p, present] of people) {
        await t.db.query('INSERT INTO study_record_people (record_id, user_id, present, absence_reason) VALUES ($1, $2, $3, $4)', [row!.id, p.id, present, present ? null : '出差']);
      }
    };
    await record(villageB, 'first_topic', '2016-03-15', [[u.cadreB, true], [u.unitAdminB, false]]);
    await record(root, 'center_group', TO, []);
    await record(townA, 'seminar', '2016-02-28', []);

    // Courses and hours: cadre A and a1 (执法领域中层) completed a course in the period, cadre B after it.
    const course = await createPublishedCourse(w.as.orgAdmin, { title: uniq('课程') });
    const complete = async (cadre: CadreRef, at: string, hours: number) => {
      await t.db.query(
        `INSERT INTO enrollments (user_id, course_id, source, required, status, created_at, completed_at) VALUES ($1, $2, 'assigned', true, 'completed', '2016-01-10T00:00:00Z', $3)`,
        [cadre.id, course.id, at],
      );
      await t.db.query(
        `INSERT INTO ledger_entries (user_id, year, hours, source, source_ref_id, description, unit_id, unit_path, earned_at)
         SELECT $1, 2016, $2, 'course', $3, '课程', u.unit_id, ou.path, $4 FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1`,
        [cadre.id, hours, randomUUID(), at],
      );
    };
    await complete(u.cadreA, '2016-04-01T02:00:00Z', 3);
    await complete(a1, '2016-05-01T02:00:00Z', 2.5);
    await complete(u.cadreB, '2016-08-01T02:00:00Z', 4);

    // A quiz: cadre A passed and cadre B failed in the period; a1 passed after it.
    const question = await createQuestion(w.as.orgAdmin, { type: 'true_false' });
    quizId = (await publishedQuiz(w.as.orgAdmin, [question], { attemptsAllowed: 0, targetUnitId: root.id })).id;
    const attempt = (cadre: CadreRef, at: string, passed: boolean) =>
      t.db.query(
        `INSERT INTO attempts (quiz_id, user_id, attempt_number, status, started_at, deadline, submitted_at, passed, unit_path, max_score)
         SELECT $1, u.id, 1, 'submitted', $3::timestamptz - interval '10 minutes', $3::timestamptz + interval '20 minutes', $3, $4, ou.path, 2
           FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $2`,
        [quizId, cadre.id, at, passed],
      );
    await attempt(u.cadreA, '2016-05-05T02:00:00Z', true);
    await attempt(u.cadreB, '2016-05-06T02:00:00Z', false);
    await attempt(a1, '2016-07-06T02:00:00Z', true);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const report = async (query = `from=${FROM}&to=${TO}`) => {
    const res = await w.as.orgAdmin.get(`/api/reports/progress?${query}`);
    expect(res.status).toBe(200);
    return res.body as Report;
  };
  const section = (r: Report, key: string) => r.sections.find((s) => s.key === key)!;
  const figure = (s: Section, key: string) => s.figures.find((f) => f.key === key)!;
  /** The API list behind an SPA link: the same path under /api with the same filters. */
  const apiOf = (link: string) => {
    const [path, search] = link.split('?');
    const api = path === '/admin/shortfalls' ? '/api/requirements/shortfalls' : path === '/lectures/all' ? '/api/lecture-sessions' : path === '/studies' ? '/api/study-records' : path === '/users' ? '/api/users' : path === '/campaign/tasks' ? '/api/campaign/tasks' : path === '/talent' ? '/api/talent-pool' : null;
    if (!api) throw new Error(`no list behind ${link}`);
    return `${api}?${search ?? ''}`;
  };

  it('counts the period\'s lectures and study meetings by hand, and each figure\'s link lists exactly its records', async () => {
    const r = await report();
    expect(r).toMatchObject({ from: FROM, to: TO, unitId: w.root.id });
    const lectures = section(r, 'lectures');
    expect(figure(lectures, 'sessions')).toMatchObject({ value: 2, unit: '场' });
    expect(figure(lectures, 'audience')).toMatchObject({ value: 65 });
    expect(lectures.text).toContain('理论宣讲2场次');
    expect(lectures.text).toContain('受众65人次');
    expect(lectures.table!.rows.map((row) => row.cells).sort()).toEqual([['微宣讲', 1, 40], ['集中宣讲', 1, 25]].sort());
    const listed = await w.as.orgAdmin.get(apiOf(figure(lectures, 'sessions').link!));
    expect(listed.status).toBe(200);
    expect((listed.body as { total: number }).total).toBe(2);

    const studies = section(r, 'studies');
    expect(figure(studies, 'records').value).toBe(2);
    expect(figure(studies, 'first_topic').value).toBe(1);
    expect(figure(studies, 'center_group').value).toBe(1);
    expect(figure(studies, 'seminar').value).toBe(0);
    expect(studies.text).toContain('参加1人次');
    for (const key of ['records', 'first_topic', 'seminar']) {
      const res = await w.as.orgAdmin.get(apiOf(figure(studies, key).link!));
      expect(res.status).toBe(200);
      expect((res.body as { total: number }).total).toBe(figure(studies, key).value);
    }
  });

  it('gives courses completed and hours earned in the period, in all and by key group', async () => {
    const learning = section(await report(), 'learning');
    // 8 cadres in the world's city; 2 courses and 3 + 2.5 hours in the period (cadre B's came after it).
    expect(figure(learning, 'cadres').value).toBe(8);
    expect(figure(learning, 'courses').value).toBe(2);
    expect(figure(learning, 'hours').value).toBe(5.5);
    expect(figure(learning, 'hoursPerCadre').value).toBe(0.7);
    const law = learning.table!.rows.find((row) => row.cells[0] === '执法领域中层干部')!;
    expect(law.cells).toEqual(['执法领域中层干部', 1, 1, 2.5, 2.5]);
    const users = await w.as.orgAdmin.get(apiOf(law.link!));
    expect((users.body as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([a1.id]);
  });

  it('states 达标 per requirement line for the year, each rate opening its shortfall list', async () => {
    // 2016's lines: 网络培训 4 学时 for everyone, and the yearly centralised line (科级 and below by rank, so nobody of the
    // world, whose cadres are all of rank 其他). Of the 8 cadres only cadre B (4, in August: the same year) meets 网络培训.
    const lines = [
      { key: 'online', label: '网络培训', appliesTo: { rankLevels: [], groups: [] }, hours: 4, days: null, windowYears: 1, windowStart: null, sources: ['course', 'quiz', 'offline_online'] },
      { key: 'centralized_year', label: '集中培训（年度）', appliesTo: { rankLevels: ['ke', 'keyuan'], groups: [] }, hours: 90, days: 12, windowYears: 1, windowStart: null, sources: ['class', 'offline_training'] },
    ];
    expect((await w.as.orgAdmin.put('/api/requirements/2016', { lines })).status).toBe(200);
    try {
      const req = section(await report(), 'requirements');
      expect(req.figures.map((f) => [f.key, f.value])).toEqual([['online', 12.5], ['centralized_year', null], ['metAll', 12.5]]);
      expect(req.text).toBe('2016年度，网络培训达标率12.5%（8人中1人），集中培训（年度）暂无适用人员；全部适用学时要求均达标1人，达标率12.5%。');
      expect(req.table!.rows.map((r) => r.cells)).toEqual([['网络培训', 8, 1, 12.5], ['集中培训（年度）', 0, 0, null]]);
      // The online rate's link lists the 7 who fell short of it.
      const listed = await w.as.orgAdmin.get(apiOf(figure(req, 'online').link!));
      expect(listed.status).toBe(200);
      expect((listed.body as { total: number }).total).toBe(7);
    } finally {
      await t.db.query('DELETE FROM requirement_lines WHERE year = 2016');
    }
  });

  it('gives quiz participation and pass rates of the period', async () => {
    const quizzes = section(await report(), 'quizzes');
    expect(figure(quizzes, 'quizzes').value).toBe(1);
    expect(figure(quizzes, 'takers').value).toBe(2);
    expect(figure(quizzes, 'passRate').value).toBe(50);
    expect(quizzes.table!.rows).toEqual([{ cells: [expect.any(String), 2, 1, 50], link: `/admin/quizzes/${quizId}` }]);
  });

  it('gives the talent pool\'s members by track and the secondments of the period', async () => {
    // a1 in the pool on the 墩苗 track, seconded to Fuzhou from May to August 2016 (overlapping the period, back now);
    // cadre A nominated only (not counted).
    const entry = async (cadre: CadreRef, status: string, track: string | null) => {
      const [row] = (await t.db.query(
        `INSERT INTO talent_entries (user_id, reasons, nominated_by_id, nominated_at, status, track) VALUES ($1, '推荐理由', $2, '2016-02-01T00:00:00Z', $3, $4) RETURNING id`,
        [cadre.id, w.users.unitAdminA.id, status, track],
      )) as { id: string }[];
      return row!.id;
    };
    const member = await entry(a1, 'in_pool', 'tempering');
    await entry(w.users.cadreA, 'nominated', null);
    await t.db.query(
      `INSERT INTO talent_secondments (entry_id, host_city, host_unit, post, from_on, to_on, state) VALUES ($1, '福州', '福州市某区', '副区长', '2016-05-01', '2016-08-31', 'returned')`,
      [member],
    );
    const talent = section(await report(), 'talent');
    expect(figure(talent, 'members').value).toBe(1);
    expect(figure(talent, 'tempering').value).toBe(1);
    expect(figure(talent, 'rotation').value).toBe(0);
    expect(figure(talent, 'secondmentsInPeriod').value).toBe(1);
    expect(figure(talent, 'secondmentsActive').value).toBe(0);
    expect(talent.text).toContain('现有1人');
    const listed = await w.as.orgAdmin.get(apiOf(figure(talent, 'tempering').link!));
    expect(listed.status).toBe(200);
    expect((listed.body as { items: { userId: string }[] }).items.map((i) => i.userId)).toEqual([a1.id]);
    // Before the secondment: none in the period.
    expect(figure(section(await report('from=2016-03-01&to=2016-04-30'), 'talent'), 'secondmentsInPeriod').value).toBe(0);

    // A second secondment ended on 2016-10-28 and nobody marked the return: it is not "away now" (目前0人在外挂职), and
    // the report says so and links to the flagged members.
    await t.db.query(
      `INSERT INTO talent_secondments (entry_id, host_city, host_unit, post, from_on, to_on, state) VALUES ($1, '宁德', '宁德市某县', '副县长', '2016-09-01', '2016-10-28', 'on_secondment')`,
      [member],
    );
    const expired = section(await report(), 'talent');
    expect(figure(expired, 'secondmentsActive').value).toBe(0);
    expect(figure(expired, 'secondmentsOverdueReturn').value).toBe(1);
    expect(expired.text).toContain('目前0人在外挂职，另有1人挂职期满尚未办理返回。');
    const flagged = await w.as.orgAdmin.get(apiOf(figure(expired, 'secondmentsOverdueReturn').link!));
    expect(flagged.status).toBe(200);
    expect((flagged.body as { items: { userId: string }[] }).items.map((i) => i.userId)).toEqual([a1.id]);
  });

  it('includes the campaign tasks and the lagging units, and narrows to a unit', async () => {
    const r = await report();
    expect(section(r, 'campaign').figures.map((f) => f.key)).toEqual(['total', 'done', 'on_track', 'not_started', 'overdue']);
    expect(section(r, 'lagging').figures[0]).toMatchObject({ key: 'lagging', unit: '个', link: `/admin/dashboard?unitId=${w.root.id}&year=2016` });
    const town = await report(`from=${FROM}&to=${TO}&unitId=${w.townB.id}`);
    expect(town.title).toContain(w.townB.name);
    expect(figure(section(town, 'lectures'), 'sessions').value).toBe(1);
    expect(figure(section(town, 'studies'), 'records').value).toBe(1);
  });

  it('downloads the same draft as a Word document whose figures link into the platform', async () => {
    const res = await getBytes(w.as.orgAdmin, `/api/reports/progress?from=${FROM}&to=${TO}&format=docx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain('.docx');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('进展情况报告（草稿）');
    // The seed report's order: (一) the tasks and the meeting rhythm come before the activities.
    expect(xml).toContain('一、“8方面34项具体任务”推进情况');
    expect(xml).toContain('二、调度推进');
    // No research in the period: its section says so (三、调查研究), and the lectures follow it.
    expect(xml).toContain('三、调查研究');
    expect(xml).toContain('本期尚无调查研究记录。');
    expect(xml).toContain('四、理论宣讲');
    expect(xml).toContain('理论宣讲2场次');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toMatch(/Target="http:\/\/127\.0\.0\.1:\d+\/lectures\/all\?status=verified&amp;unitId=[0-9a-f-]+&amp;from=2016-03-01&amp;to=2016-06-30"/);
  });

  it('refuses bad periods and formats, units out of scope, and every role but the org admin', async () => {
    expect((await w.as.orgAdmin.get(`/api/reports/progress?from=${TO}&to=${FROM}`)).body).toMatchObject({ statusCode: 400, details: [{ field: 'to' }] });
    expect((await w.as.orgAdmin.get('/api/reports/progress?from=2016-02-30')).status).toBe(400);
    expect((await w.as.orgAdmin.get('/api/reports/progress?format=pdf')).status).toBe(400);
    expect((await w.as.orgAdmin.get(`/api/reports/progress?unitId=${randomUUID()}`)).status).toBe(404);
    for (const agent of [w.as.unitAdminA, w.as.cadreA, w.as.lecturerA, w.as.auditor]) expect((await agent.get('/api/reports/progress')).status).toBe(403);
  });
});
