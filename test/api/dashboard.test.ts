import { randomUUID } from 'node:crypto';
import { Scheduler, type Job } from '../../server/src/common/scheduler/scheduler.service';
import { todayInShanghai } from '../../server/src/common/time';
import { REFRESH_JOB } from '../../server/src/modules/dashboard/unit-figures.service';
import { LedgerService } from '../../server/src/modules/learning/ledger.service';
import { createCadre, createUnit, uniq, type CadreRef } from '../factories';
import { signIn } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { createPublishedCourse } from '../helpers/courses';
import { createQuestion, publishedQuiz, rightAnswer, saveAnswers, startAttempt, submitAttempt, wrongAnswer } from '../helpers/quizzes';
import { buildWorld, type World } from '../helpers/world';

/**
 * The organisation department's dashboard (GET /api/dashboard/units, /lagging) on data whose figures are counted by
 * hand below. The world: root → town A (village A), town B (village B), a department; 4 cadres in town A's subtree,
 * 4 in town B's, 2 in the department. Figures of 2015 (a year no other test file plans) come from rows written here.
 */
const Y = 2015;

const onlineLine = (hours: number) => ({
  key: 'online', label: '网络培训', appliesTo: { rankLevels: [], groups: [] }, hours, days: null, windowYears: 1, windowStart: null, sources: ['course', 'quiz', 'offline_online'],
});

interface Figures {
  unitId: string;
  unitName: string;
  own: boolean;
  childCount: number;
  cadres: number;
  requiredEnrollments: number;
  requiredCompleted: number;
  requiredCompletionRate: number | null;
  cadresOverdue: number;
  hoursPerCadre: number;
  cadresAssessed: number;
  metHours: number;
  metHoursRate: number | null;
  lines: { key: string; label: string; applicable: number; met: number; rate: number | null }[];
  quizTakers: number;
  quizPassed: number;
  quizPassRate: number | null;
  lectureSessions: number;
  lectureAudience: number;
  studyRecords: number;
}

describe('dashboard: figures down the unit tree and lagging units', () => {
  let t: TestApp;
  let w: World;
  let a1: CadreRef;
  let b1: CadreRef;
  let b2: CadreRef;

  beforeAll(async () => {
    // The figures job runs here only when a test runs it: it would otherwise race the checks of what is marked changed.
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    const { townA, townB, villageA, villageB, root } = w;
    a1 = await createCadre(t.db, townA, { keyGroups: ['law_enforcement_mid'] });
    b1 = await createCadre(t.db, villageB);
    b2 = await createCadre(t.db, townB);
    const u = w.users;

    // The requirement lines of 2015: one, 网络培训 of 10 学时 for everyone (the world's cadres are all of rank 其他).
    const lines = await w.as.orgAdmin.put(`/api/requirements/${Y}`, { lines: [onlineLine(10)] });
    expect(lines.status).toBe(200);
    const hours: [CadreRef, number][] = [[u.cadreA, 12], [u.lecturerA, 10], [u.unitAdminA, 3], [u.cadreB, 20], [b1, 10]];
    for (const [cadre, h] of hours) {
      const earnedAt = new Date(`${Y}-06-15T12:00:00+08:00`);
      await t.app.get(LedgerService).grant(t.db.manager, { userId: cadre.id, hours: h, source: 'course', sourceRefId: randomUUID(), description: '测试学时', earnedAt });
    }

    // Required enrolments open in 2015: town A 3 of 4 completed (one overdue), town B 1 of 4, the department 2 of 2.
    const course = await createPublishedCourse(w.as.orgAdmin, { title: uniq('必修课') });
    const enrol = (cadre: CadreRef, completed: boolean, due: string | null) =>
      t.db.query(
        `INSERT INTO enrollments (user_id, course_id, source, required, status, created_at, completed_at, due_date)
         VALUES ($1, $2, 'assigned', true, $3, '${Y}-03-01T08:00:00Z', $4, $5)`,
        [cadre.id, course.id, completed ? 'completed' : 'in_progress', completed ? `${Y}-05-01T08:00:00Z` : null, due],
      );
    await enrol(u.cadreA, true, null);
    await enrol(u.lecturerA, true, null);
    await enrol(u.unitAdminA, true, null);
    await enrol(a1, false, `${Y}-06-30`);
    await enrol(u.cadreB, true, null);
    await enrol(b1, false, null);
    await enrol(b2, false, null);
    await enrol(u.unitAdminB, false, null);
    await enrol(u.orgAdmin, true, null);
    await enrol(u.auditor, true, null);

    // Lectures of 2015: one verified in village A (50 listeners), one in town B (30), a draft that does not count.
    const [topic] = (await t.db.query('SELECT id FROM lecture_topics ORDER BY sort_order LIMIT 1')) as { id: string }[];
    const teamId = randomUUID();
    await t.db.query(`INSERT INTO lecture_teams (id, name, level, home_unit_id, home_unit_path) VALUES ($1, $2, 'grassroots', $3, $4)`, [teamId, uniq('宣讲队'), townA.id, townA.path]);
    const session = (host: { id: string; path: string }, audience: number, status: string) =>
      t.db.query(
        `INSERT INTO lecture_sessions (team_id, team_unit_path, topic_id, title, started_at, duration_minutes, host_unit_id, host_unit_path, format,
                                       audience_size, status, created_by_id)
         VALUES ($1, $2, $3, '宣讲', '${Y}-05-01T02:00:00Z', 60, $4, $5, 'micro', $6, $7, $8)`,
        [teamId, townA.path, topic!.id, host.id, host.path, audience, status, u.lecturerA.id],
      );
    await session(villageA, 50, 'verified');
    await session(townB, 30, 'verified');
    await session(villageA, 99, 'draft');

    // Study records of 2015: one in village B, one of the city itself (the root has no cadres of its own: a 本级 row).
    const record = (unit: { id: string; path: string }) =>
      t.db.query(
        `INSERT INTO study_records (unit_id, unit_path, type, held_on, title, host_name, status, created_by_id) VALUES ($1, $2, 'first_topic', '${Y}-04-01', '学习', '书记', 'submitted', $3)`,
        [unit.id, unit.path, u.orgAdmin.id],
      );
    await record(villageB);
    await record(root);
  }, 120_000);

  afterAll(async () => {
    await t?.db.query('DELETE FROM requirement_lines WHERE year = $1', [Y]);
    await t?.close();
  });

  const get = async (path: string) => {
    const res = await w.as.orgAdmin.get(path);
    expect(res.status).toBe(200);
    return res.body as { year: number; parent: Figures; items: Figures[] };
  };
  const row = (items: Figures[], unitId: string, own = false) => items.find((i) => i.unitId === unitId && i.own === own)!;

  it('gives one row per child unit with the figures counted by hand, and the whole subtree as the parent', async () => {
    const body = await get(`/api/dashboard/units?parentId=${w.root.id}&year=${Y}`);
    expect(body.year).toBe(Y);
    const townA = row(body.items, w.townA.id);
    expect(townA).toMatchObject({
      childCount: 1,
      cadres: 4,
      requiredEnrollments: 4,
      requiredCompleted: 3,
      requiredCompletionRate: 0.75,
      cadresOverdue: 1,
      hoursPerCadre: 6.3, // (12 + 10 + 3 + 0) / 4 = 6.25
      cadresAssessed: 4,
      metHours: 2,
      metHoursRate: 0.5,
      lines: [{ key: 'online', label: '网络培训', applicable: 4, met: 2, rate: 0.5 }],
      lectureSessions: 1,
      lectureAudience: 50,
      studyRecords: 0,
      quizTakers: 0,
      quizPassRate: null,
    });
    expect(row(body.items, w.townB.id)).toMatchObject({ cadres: 4, requiredCompletionRate: 0.25, cadresOverdue: 0, hoursPerCadre: 7.5, metHours: 2, lectureSessions: 1, lectureAudience: 30, studyRecords: 1 });
    expect(row(body.items, w.dept.id)).toMatchObject({ cadres: 2, requiredCompletionRate: 1, metHours: 0, metHoursRate: 0, hoursPerCadre: 0, childCount: 0 });
    // The city's own record, with no cadres of its own: a 本级 row, so the rows add up to the parent.
    expect(row(body.items, w.root.id, true)).toMatchObject({ cadres: 0, studyRecords: 1, unitName: expect.stringContaining('本级') });
    expect(body.items).toHaveLength(4);
    expect(body.parent).toMatchObject({ unitId: w.root.id, cadres: 10, requiredEnrollments: 10, requiredCompleted: 6, requiredCompletionRate: 0.6, metHours: 4, metHoursRate: 0.4, lectureSessions: 2, lectureAudience: 80, studyRecords: 2, childCount: 3 });
    expect(body.parent.lines).toEqual([{ key: 'online', label: '网络培训', applicable: 10, met: 4, rate: 0.4 }]);
  });

  it('drills down: town A shows village A and its own cadres (本级)', async () => {
    const body = await get(`/api/dashboard/units?parentId=${w.townA.id}&year=${Y}`);
    expect(body.items.map((i) => [i.unitId, i.own, i.cadres])).toEqual([
      [w.villageA.id, false, 1],
      [w.townA.id, true, 3],
    ]);
    expect(row(body.items, w.villageA.id)).toMatchObject({ requiredCompletionRate: 1, lectureSessions: 1, metHours: 1 });
    expect(row(body.items, w.townA.id, true)).toMatchObject({ requiredEnrollments: 3, requiredCompleted: 2, cadresOverdue: 1, metHours: 1 });
  });

  it('flags the unit well below its siblings\' median completion (推进迟缓), with what drags it down', async () => {
    const res = await w.as.orgAdmin.get(`/api/dashboard/lagging?parentId=${w.root.id}&year=${Y}`);
    expect(res.status).toBe(200);
    const body = res.body as { threshold: number; medianCompletionRate: number; items: (Figures & { rank: number; gap: number; reasons: { metric: string; value: number; siblingMedian: number }[] })[] };
    // Sibling rates 0.75, 0.25, 1 → median 0.75. Normalised by headcount (4 more enrolments at the median): town A
    // (3 + 3) / 8 = 0.75, town B (1 + 3) / 8 = 0.5, the department (2 + 3) / 6 = 0.83; below 0.8 × 0.75 = 0.6: town B only.
    expect(body.threshold).toBe(0.8);
    expect(body.medianCompletionRate).toBe(0.75);
    expect(body.items.map((i) => i.unitId)).toEqual([w.townB.id]);
    expect(body.items[0]).toMatchObject({ rank: 1, requiredCompletionRate: 0.25, adjustedCompletionRate: 0.5, gap: 0.25, reasons: [{ metric: 'requiredCompletionRate', value: 0.25, siblingMedian: 0.75 }] });
    // A laxer threshold (0.3 × 0.75 = 0.225) spares town B too.
    const lax = await w.as.orgAdmin.get(`/api/dashboard/lagging?parentId=${w.root.id}&year=${Y}&threshold=0.3`);
    expect((lax.body as { items: unknown[] }).items).toEqual([]);
    expect((await w.as.orgAdmin.get(`/api/dashboard/lagging?parentId=${w.root.id}&threshold=2`)).status).toBe(400);
  });

  it('breaks the subtree down by key group and rank level, and month by month', async () => {
    const res = await w.as.orgAdmin.get(`/api/dashboard/summary?parentId=${w.root.id}&year=${Y}`);
    expect(res.status).toBe(200);
    const body = res.body as {
      byGroup: { key: string; cadres: number; requiredEnrollments: number; requiredCompletionRate: number | null; hoursPerCadre: number; metHoursRate: number | null }[];
      byRankLevel: { key: string; cadres: number; requiredCompletionRate: number | null; hoursPerCadre: number; metHoursRate: number | null }[];
      monthly: { month: number; hours: number; requiredCompleted: number; lectureSessions: number; studyRecords: number }[];
    };
    expect(body.byGroup.map((g) => g.key)).toEqual(['new_leader', 'law_enforcement_mid', 'retired_or_stepped_down', 'two_new_orgs']);
    expect(body.byGroup.find((g) => g.key === 'law_enforcement_mid')).toEqual({
      key: 'law_enforcement_mid', cadres: 1, requiredEnrollments: 1, requiredCompletionRate: 0, hoursPerCadre: 0, metHoursRate: 0,
    });
    expect(body.byGroup.find((g) => g.key === 'new_leader')).toMatchObject({ cadres: 0, requiredCompletionRate: null, metHoursRate: null });
    // Every cadre of the world has rank "other" (科员及以下): 10 cadres, 6 of 10 required done, 55 hours, 4 met 10 hours.
    expect(body.byRankLevel.find((l) => l.key === 'keyuan')).toMatchObject({ cadres: 10, requiredCompletionRate: 0.6, hoursPerCadre: 5.5, metHoursRate: 0.4 });
    expect(body.byRankLevel.find((l) => l.key === 'chu')).toMatchObject({ cadres: 0 });
    expect(body.monthly).toHaveLength(12);
    expect(body.monthly[3]).toMatchObject({ month: 4, studyRecords: 2, lectureSessions: 0 });
    expect(body.monthly[4]).toMatchObject({ month: 5, requiredCompleted: 6, lectureSessions: 2, studyRecords: 0 });
    expect(body.monthly.reduce((n, m) => n + m.requiredCompleted, 0)).toBe(6);
    expect((await w.as.unitAdminB.get(`/api/dashboard/summary?parentId=${w.townA.id}`)).status).toBe(404);
  });

  it('counts quiz takers and passes of the year by unit', async () => {
    const question = await createQuestion(w.as.orgAdmin, { type: 'true_false' });
    const quiz = await publishedQuiz(w.as.orgAdmin, [question], { attemptsAllowed: 0, targetUnitId: w.root.id });
    const sit = async (cadre: CadreRef, right: boolean) => {
      const agent = await signIn(t.http, cadre);
      const attempt = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, attempt.id, 1, { [question.id]: right ? rightAnswer(question) : wrongAnswer(question) });
      await submitAttempt(agent, attempt.id);
    };
    await sit(w.users.cadreA, true);
    await sit(a1, true);
    await sit(w.users.cadreB, false);
    const year = Number(todayInShanghai().slice(0, 4));
    const body = await get(`/api/dashboard/units?parentId=${w.root.id}&year=${year}`);
    expect(row(body.items, w.townA.id)).toMatchObject({ quizTakers: 2, quizPassed: 2, quizPassRate: 1 });
    expect(row(body.items, w.townB.id)).toMatchObject({ quizTakers: 1, quizPassed: 0, quizPassRate: 0 });
    expect(body.parent).toMatchObject({ quizTakers: 3, quizPassed: 2, quizPassRate: 0.667 });
  });

  it('asks the database the same number of queries however many units and cadres there are', async () => {
    const logger = t.db.logger;
    let queries = 0;
    const counting = Object.create(logger) as typeof logger;
    counting.logQuery = (...args: Parameters<typeof logger.logQuery>) => {
      queries += 1;
      return logger.logQuery(...args);
    };
    // Counted with the kept figures out of date (the read recomputes them) and current (the read only checks them).
    const count = async (path: string, stale: boolean) => {
      if (stale) await t.db.query('INSERT INTO dashboard_dirty (unit_id) VALUES ($1) ON CONFLICT DO NOTHING', [w.root.id]);
      queries = 0;
      Object.defineProperty(t.db, 'logger', { value: counting, configurable: true, writable: true });
      try {
        expect((await w.as.orgAdmin.get(path)).status).toBe(200);
      } finally {
        Object.defineProperty(t.db, 'logger', { value: logger, configurable: true, writable: true });
      }
      return queries;
    };
    const measure = async () => ({
      stale: { units: await count(`/api/dashboard/units?parentId=${w.root.id}&year=${Y}`, true), lagging: await count(`/api/dashboard/lagging?parentId=${w.root.id}&year=${Y}`, true) },
      current: { units: await count(`/api/dashboard/units?parentId=${w.root.id}&year=${Y}`, false), lagging: await count(`/api/dashboard/lagging?parentId=${w.root.id}&year=${Y}`, false) },
    });
    const before = await measure();
    expect(before.current.units).toBeGreaterThan(0);
    expect(before.stale.units).toBeGreaterThan(before.current.units);
    // Twelve more child units with five cadres each (and a village below each).
    for (let i = 0; i < 12; i++) {
      const town = await createUnit(t.db, w.root, 'town');
      const village = await createUnit(t.db, town, 'village');
      for (let j = 0; j < 5; j++) await createCadre(t.db, j % 2 ? town : village);
    }
    const after = await measure();
    expect(after).toEqual(before);
    const rows = (await w.as.orgAdmin.get(`/api/dashboard/units?parentId=${w.root.id}&year=${Y}`)).body as { items: unknown[] };
    expect(rows.items).toHaveLength(16);
  });

  it('keeps to the caller\'s scope: a unit admin starts at their town, gets 404 above it; cadres get 403', async () => {
    const own = await w.as.unitAdminA.get(`/api/dashboard/units?year=${Y}`);
    expect(own.status).toBe(200);
    expect((own.body as { parent: Figures }).parent.unitId).toBe(w.townA.id);
    expect((await w.as.unitAdminA.get(`/api/dashboard/units?parentId=${w.root.id}`)).status).toBe(404);
    expect((await w.as.unitAdminA.get(`/api/dashboard/lagging?parentId=${w.townB.id}`)).status).toBe(404);
    expect((await w.as.cadreA.get('/api/dashboard/units')).status).toBe(403);
    expect((await w.as.auditor.get('/api/dashboard/units')).status).toBe(403);
    expect((await w.as.orgAdmin.get('/api/dashboard/units?parentId=not-a-uuid')).status).toBe(400);
  });

  it('keeps its figures current: a write shows on the next read, an unrelated update marks nothing, old figures are recomputed', async () => {
    const townB = async () => row((await get(`/api/dashboard/units?parentId=${w.root.id}&year=${Y}`)).items, w.townB.id);
    const townA = async () => row((await get(`/api/dashboard/units?parentId=${w.root.id}&year=${Y}`)).items, w.townA.id);
    expect(await townB()).toMatchObject({ requiredCompleted: 1, requiredCompletionRate: 0.25 });
    // Units of this test's city marked changed (other test files share the database).
    const dirty = async () =>
      (await t.db.query(`SELECT d.unit_id FROM dashboard_dirty d JOIN org_units ou ON ou.id = d.unit_id WHERE ou.path LIKE $1 || '%'`, [w.root.path])) as { unit_id: string }[];
    expect(await dirty()).toEqual([]);

    // A progress report touches no column the figures read: no unit is marked.
    await t.db.query('UPDATE enrollments SET progress_percent = 40, last_activity_at = now() WHERE user_id = $1', [b1.id]);
    expect(await dirty()).toEqual([]);

    // b1 (village B) completes the required course: village B is marked, and town B's next read counts it.
    await t.db.query(`UPDATE enrollments SET status = 'completed', completed_at = '${Y}-07-01T08:00:00Z' WHERE user_id = $1`, [b1.id]);
    expect((await dirty()).map((d) => d.unit_id)).toEqual([w.villageB.id]);
    expect(await townB()).toMatchObject({ requiredCompleted: 2, requiredCompletionRate: 0.5 });
    expect(await dirty()).toEqual([]);
    await t.db.query(`UPDATE enrollments SET status = 'in_progress', completed_at = NULL WHERE user_id = $1`, [b1.id]);
    expect(await townB()).toMatchObject({ requiredCompleted: 1 });

    // An edit of the requirement lines changes every unit's figures: town A's 3-hour cadre now meets a 3-hour line.
    expect(await townA()).toMatchObject({ metHours: 2 });
    expect((await w.as.orgAdmin.put(`/api/requirements/${Y}`, { lines: [onlineLine(3)] })).status).toBe(200);
    expect(await townA()).toMatchObject({ metHours: 3, lines: [{ key: 'online', label: '网络培训', applicable: 4, met: 3, rate: 0.75 }] });
    expect((await w.as.orgAdmin.put(`/api/requirements/${Y}`, { lines: [onlineLine(10)] })).status).toBe(200);
    expect(await townA()).toMatchObject({ metHours: 2 });

    // Reads use the kept figures while they are current (a planted value shows), and recompute figures computed before
    // today (overdue courses move with the date).
    await t.db.query(`UPDATE dashboard_unit_figures SET overdue = 99 WHERE unit_id = $1 AND year = $2 AND dim = 'all'`, [w.townA.id, Y]);
    expect(await townA()).toMatchObject({ cadresOverdue: 99 });
    await t.db.query(`UPDATE dashboard_unit_figures SET computed_on = computed_on - 1 WHERE unit_id = $1 AND year = $2`, [w.townA.id, Y]);
    expect(await townA()).toMatchObject({ cadresOverdue: 1 });
  });

  it('refreshes every changed unit of the city in the scheduled job, so reads seldom have to', async () => {
    const year = Number(todayInShanghai().slice(0, 4));
    await get(`/api/dashboard/units?parentId=${w.root.id}&year=${year}`);
    // Two units in two towns change: b2 (town B's own cadres) and b1 (village B) leave.
    const changed: [string, string][] = [[w.townB.id, b2.id], [w.villageB.id, b1.id]];
    const cadresOf = async (unitId: string) => {
      const [fig] = (await t.db.query(`SELECT cadres FROM dashboard_unit_figures WHERE unit_id = $1 AND year = $2 AND dim = 'all'`, [unitId, year])) as { cadres: number }[];
      return fig!.cadres;
    };
    const before = await Promise.all(changed.map(([unitId]) => cadresOf(unitId)));
    await t.db.query(`UPDATE users SET status = 'disabled' WHERE id = ANY($1)`, [changed.map(([, id]) => id)]);
    const marked = async () => ((await t.db.query('SELECT unit_id FROM dashboard_dirty WHERE unit_id = ANY($1) ORDER BY unit_id', [changed.map(([u]) => u)])) as { unit_id: string }[]).map((r) => r.unit_id);
    expect(await marked()).toEqual(changed.map(([u]) => u).sort());
    const scheduler = t.app.get(Scheduler);
    const job = (scheduler as unknown as { jobs: Job[] }).jobs.find((j) => j.name === REFRESH_JOB)!;
    const result = (await scheduler.runIfDue(job, true)) as { units: number };
    expect(result.units).toBeGreaterThanOrEqual(2);
    expect(await marked()).toEqual([]);
    // Every changed unit's kept figures moved, read straight from the table (no read recomputes them first).
    expect(await Promise.all(changed.map(([unitId]) => cadresOf(unitId)))).toEqual(before.map((n) => n - 1));
    await t.db.query(`UPDATE users SET status = 'active' WHERE id = ANY($1)`, [changed.map(([, id]) => id)]);
  });

  it('keeps each unit\'s hours in hundredths, as the ledger does, so the city\'s sum is not the sum of rounded unit sums', async () => {
    // 2016, a year nothing else here writes: 0.05 学时 each to cadres of three different units. Exactly 0.15 in all;
    // unit rows rounded to tenths would hold 0.1 each and add up to 0.3.
    const Y2 = 2016;
    for (const cadre of [a1, b1, b2]) {
      const earnedAt = new Date(`${Y2}-03-10T12:00:00+08:00`);
      await t.app.get(LedgerService).grant(t.db.manager, { userId: cadre.id, hours: 0.05, source: 'course', sourceRefId: randomUUID(), description: '测试学时', earnedAt });
    }
    const res = await w.as.orgAdmin.get(`/api/dashboard/summary?parentId=${w.root.id}&year=${Y2}`);
    expect(res.status).toBe(200);
    const body = res.body as { monthly: { month: number; hours: number }[] };
    expect(body.monthly[2]).toMatchObject({ month: 3, hours: 0.2 });
    const [kept] = (await t.db.query(
      `SELECT sum(f.hours)::text AS hours FROM dashboard_unit_figures f JOIN org_units ou ON ou.id = f.unit_id WHERE ou.path LIKE $1 AND f.year = $2 AND f.dim = 'month' AND f.key = '3'`,
      [`${w.root.path}%`, Y2],
    )) as { hours: string }[];
    expect(Number(kept!.hours)).toBe(0.15);
  });
});
