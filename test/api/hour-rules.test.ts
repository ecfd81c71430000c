import { CommonError, LearningError, type HourRuleSource } from '@cadre/shared';
import { randomUUID } from 'node:crypto';
import { todayInShanghai } from '../../server/src/common/time';
import { HourRules1796671436498 } from '../../server/src/database/migrations/1796671436498-HourRules';
import type { CourseEditDto } from '../../server/src/modules/courses/dto/course.dto';
import type { ArchiveDto } from '../../server/src/modules/courses/dto/my-learning.dto';
import type { ClaimDto } from '../../server/src/modules/learning/dto/claim.dto';
import { createCadre, uniq, type CadreRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { addSessions, classBody, createClass, enrol, HOUR, sessionBody, setStatus } from '../helpers/classes';
import { auditRowsFor, PDF_BYTES, PNG_BYTES, uploadFileOk } from '../helpers/courses';
import { completeLesson, defaultCategoryId, enrol as enrolCourse, type BuiltLesson } from '../helpers/learning';
import { expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

/**
 * Hour rules (学时认定规则, issue 15) applied where hours are written to the ledger: a course's 学时 from its lessons'
 * minutes (or an audited 手动核定), a class's sessions attended with a daily cap, a yearly cap per source that cuts and
 * says so, and training across New Year split by days into both years. Every figure is counted by hand.
 */
describe('hour rules applied when hours are written', () => {
  let t: TestApp;
  let w: World;
  const DAY = 24 * HOUR;
  const thisYear = () => Number(todayInShanghai().slice(0, 4));

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function cadre(rank = 'fu_ke'): Promise<{ user: CadreRef; agent: Agent }> {
    const user = await createCadre(t.db, w.villageA, { rank });
    return { user, agent: await signIn(t.http, user) };
  }

  async function setRule(source: HourRuleSource, kind: string, hours: number): Promise<void> {
    expectOk(await w.as.orgAdmin.put('/api/hour-rules', { rules: [{ source, kind, hours }] }), 200);
  }

  interface EntryRow {
    year: number;
    hours: number;
    cut_hours: number;
    cut_reason: string | null;
    earned_at: string;
  }

  async function entries(userId: string, sourceRefId: string): Promise<EntryRow[]> {
    const rows = (await t.db.query(
      `SELECT year, hours, cut_hours, cut_reason, to_char(earned_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS earned_at
         FROM ledger_entries WHERE user_id = $1 AND source_ref_id = $2 ORDER BY year`,
      [userId, sourceRefId],
    )) as Record<string, unknown>[];
    return rows.map((r) => ({
      year: Number(r.year),
      hours: Number(r.hours),
      cut_hours: Number(r.cut_hours),
      cut_reason: r.cut_reason as string | null,
      earned_at: r.earned_at as string,
    }));
  }

  async function yearTotal(userId: string, year: number, column = 'total_hours'): Promise<number> {
    const [row] = (await t.db.query(`SELECT ${column} AS v FROM cadre_year_hours WHERE user_id = $1 AND year = $2`, [userId, year])) as { v: string }[];
    return Number(row?.v ?? 0);
  }

  // ---- courses ----------------------------------------------------------------------------------------------------

  describe('a course’s 学时 from its lessons', () => {
    /** A draft course without an hours figure: lessons of 45 (video), 20 (article) and 10 (article) minutes. */
    async function courseOf75Minutes(): Promise<CourseEditDto> {
      const created = expectOk<CourseEditDto>(
        await w.as.orgAdmin.post('/api/courses', { title: uniq('课时认定'), categoryId: await defaultCategoryId(t.db), targets: [] }),
        201,
      );
      expect(created).toMatchObject({ creditHours: 0, hoursBasis: 'derived', derivedHours: 0, lessonMinutes: 0, hoursOverrideReason: null });
      expectOk(await w.as.orgAdmin.post(`/api/courses/${created.id}/lessons`, { title: '视频', type: 'video', durationSeconds: 45 * 60, videoUrl: 'https://example.org/v.mp4' }), 201);
      expectOk(await w.as.orgAdmin.post(`/api/courses/${created.id}/lessons`, { title: '导读', type: 'article', body: '<p>学习。</p>', minReadingSeconds: 20 * 60 }), 201);
      return expectOk<CourseEditDto>(
        await w.as.orgAdmin.post(`/api/courses/${created.id}/lessons`, { title: '延伸', type: 'article', body: '<p>阅读。</p>', minReadingSeconds: 10 * 60 }),
        201,
      );
    }

    async function complete(agent: Agent, course: CourseEditDto): Promise<void> {
      await enrolCourse(agent, course.id);
      for (const l of course.lessons) await completeLesson(agent, t.db, l as BuiltLesson);
    }

    test('45 + 20 + 10 minutes make 75: two full halves (2) and 15 more (0.5) = 2.5, per course, and a completion earns 2.5', async () => {
      const course = await courseOf75Minutes();
      // Per lesson it would be 1.5 + 0.5 + 0.25 = 2.25: the rule reads the course's total.
      expect(course).toMatchObject({ creditHours: 2.5, hoursBasis: 'derived', derivedHours: 2.5, lessonMinutes: 75 });
      expectOk(await w.as.orgAdmin.post(`/api/courses/${course.id}/publish`), 200);
      const catalogue = expectOk<CourseEditDto>(await w.as.cadreA.get(`/api/courses/${course.id}`), 200);
      expect(catalogue).toMatchObject({ creditHours: 2.5, hoursBasis: 'derived' });

      const { user, agent } = await cadre();
      await complete(agent, course);
      expect(await entries(user.id, course.id)).toEqual([expect.objectContaining({ year: thisYear(), hours: 2.5, cut_hours: 0, cut_reason: null })]);
      expect(await yearTotal(user.id, thisYear(), 'course_hours')).toBe(2.5);
    });

    test('an article without a set time counts its reading time from its length: 6,000 characters at 400 a minute = 15 minutes', async () => {
      const created = expectOk<CourseEditDto>(
        await w.as.orgAdmin.post('/api/courses', { title: uniq('按字数'), categoryId: await defaultCategoryId(t.db), targets: [] }),
        201,
      );
      expectOk(await w.as.orgAdmin.post(`/api/courses/${created.id}/lessons`, { title: '视频', type: 'video', durationSeconds: 30 * 60, videoUrl: 'https://example.org/v.mp4' }), 201);
      // 6,000 characters (tags and spaces not counted) are 900 s = 15 minutes: 30 + 15 = 45 minutes = 1 + 0.5 学时.
      const body = `<p>${'学'.repeat(3000)}</p>\n<p>${'习'.repeat(3000)}</p>`;
      const course = expectOk<CourseEditDto>(await w.as.orgAdmin.post(`/api/courses/${created.id}/lessons`, { title: '长文', type: 'article', body }), 201);
      expect(course).toMatchObject({ lessonMinutes: 45, derivedHours: 1.5, creditHours: 1.5 });
    });

    test('removing the 10-minute lesson leaves 65 minutes: 2 + 0.25 = 2.25; a remainder under 15 counts 0.25', async () => {
      const course = await courseOf75Minutes();
      const last = course.lessons[2]!;
      const after = expectOk<CourseEditDto>(await w.as.orgAdmin.delete(`/api/lessons/${last.id}`), 200);
      expect(after).toMatchObject({ lessonMinutes: 65, derivedHours: 2.25, creditHours: 2.25 });
    });

    test('an override needs a reason, is audited, is used for completions, and clearing it returns to the derived figure', async () => {
      const course = await courseOf75Minutes();
      const url = `/api/courses/${course.id}/hours`;
      expectError(await w.as.orgAdmin.put(url, { hours: 3 }), 400, CommonError.ValidationFailed);
      expectError(await w.as.orgAdmin.put(url, { hours: 3.3, reason: '含研讨' }), 400, CommonError.ValidationFailed);
      expectError(await w.as.orgAdmin.put(url, { hours: -1, reason: '含研讨' }), 400, CommonError.ValidationFailed);
      expectError(await w.as.cadreA.put(url, { hours: 3, reason: '含研讨' }), 403, CommonError.Forbidden);
      expect(await auditRowsFor(t.db, course.id, 'course.hours_overridden')).toEqual([]);

      const set = expectOk<CourseEditDto>(await w.as.orgAdmin.put(url, { hours: 3, reason: '含线下研讨1学时' }), 200);
      expect(set).toMatchObject({ creditHours: 3, hoursBasis: 'manual', derivedHours: 2.5, hoursOverrideReason: '含线下研讨1学时' });
      const audit = await auditRowsFor(t.db, course.id, 'course.hours_overridden');
      expect(audit.map((a) => a.details)).toEqual([{ was: null, hours: 3, reason: '含线下研讨1学时', derived: 2.5 }]);

      expectOk(await w.as.orgAdmin.post(`/api/courses/${course.id}/publish`), 200);
      const listed = expectOk<{ items: { id: string; creditHours: number; hoursBasis: string; hoursOverrideReason: string | null }[] }>(
        await w.as.cadreA.get(`/api/courses?q=${encodeURIComponent(course.title)}`),
        200,
      ).items;
      expect(listed).toEqual([expect.objectContaining({ id: course.id, creditHours: 3, hoursBasis: 'manual', hoursOverrideReason: '含线下研讨1学时' })]);
      const { user, agent } = await cadre();
      await complete(agent, course);
      expect((await entries(user.id, course.id)).map((e) => e.hours)).toEqual([3]);

      // Back to the rule: new completions earn 2.5; the entry already written keeps its 3.
      const cleared = expectOk<CourseEditDto>(await w.as.orgAdmin.put(url, { hours: null }), 200);
      expect(cleared).toMatchObject({ creditHours: 2.5, hoursBasis: 'derived', hoursOverrideReason: null });
      expect((await auditRowsFor(t.db, course.id, 'course.hours_overridden')).map((a) => a.details)).toEqual([
        { was: null, hours: 3, reason: '含线下研讨1学时', derived: 2.5 },
        { was: 3, hours: null, reason: null, derived: 2.5 },
      ]);
      const second = await cadre();
      await complete(second.agent, course);
      expect((await entries(second.user.id, course.id)).map((e) => e.hours)).toEqual([2.5]);
      expect((await entries(user.id, course.id)).map((e) => e.hours)).toEqual([3]);
    });

    test('a city rule change re-derives the courses that follow the rule and leaves overrides alone', async () => {
      const derived = await courseOf75Minutes();
      const manual = await courseOf75Minutes();
      expectOk(await w.as.orgAdmin.put(`/api/courses/${manual.id}/hours`, { hours: 4, reason: '专题课' }), 200);
      try {
        await setRule('course', 'remainder_15_30', 0.75);
        const d = expectOk<CourseEditDto>(await w.as.orgAdmin.get(`/api/courses/${derived.id}/edit`), 200);
        const m = expectOk<CourseEditDto>(await w.as.orgAdmin.get(`/api/courses/${manual.id}/edit`), 200);
        expect(d).toMatchObject({ derivedHours: 2.75, creditHours: 2.75 });
        expect(m).toMatchObject({ derivedHours: 2.75, creditHours: 4, hoursBasis: 'manual' });
      } finally {
        await setRule('course', 'remainder_15_30', 0.5);
      }
    });
  });

  // ---- classes ----------------------------------------------------------------------------------------------------

  /** Attendance of every session for `userIds`, the two attachments, and the close. */
  async function attendAndClose(classId: string, sessions: string[], userIds: string[]): Promise<void> {
    const admin = w.as.unitAdminA;
    await setStatus(admin, classId, 'running');
    for (const s of sessions) {
      expectOk(await admin.put(`/api/training-classes/${classId}/sessions/${s}/attendance`, { marks: userIds.map((userId) => ({ userId, status: 'present' })) }), 200);
    }
    const timetable = await uploadFileOk(admin, 'class_attachment', PDF_BYTES, 'timetable.pdf', 'application/pdf');
    const sheet = await uploadFileOk(admin, 'class_attachment', PNG_BYTES, 'sign-in.png', 'image/png');
    expectOk(await admin.put(`/api/training-classes/${classId}/attachments`, { attachments: [{ fileId: timetable.id, kind: 'timetable' }, { fileId: sheet.id, kind: 'sign_in_sheet' }] }), 200);
    expectOk(await admin.post(`/api/training-classes/${classId}/close`), 200);
  }

  describe('a class credits the sessions attended, at most 8 a day', () => {
    test('12 学时 over a 10-hour day and a 2-hour day: the long day carries 10 and is credited 8, the other 2: 10 in all, 2 cut', async () => {
      const { user, agent } = await cadre();
      const admin = w.as.unitAdminA;
      const cls = await createClass(admin, classBody(w.townA.id, { creditHours: 12 }));
      // Sessions two days apart, so they fall on different days in Asia/Shanghai whatever the hour.
      const sessions = await addSessions(admin, cls.id, [sessionBody(-3 * DAY, 600), sessionBody(-DAY, 120)]);
      await enrol(admin, cls.id, [user.id]);
      await attendAndClose(cls.id, sessions, [user.id]);

      expect(await entries(user.id, cls.id)).toEqual([expect.objectContaining({ year: thisYear(), hours: 10, cut_hours: 2, cut_reason: 'daily_cap' })]);
      const archive = expectOk<ArchiveDto>(await agent.get(`/api/my/archive?year=${thisYear()}`), 200);
      expect(archive.bySource.class).toBe(10);
      expect(archive.classes).toEqual([expect.objectContaining({ classId: cls.id, hours: 10 })]);
      expect(archive.entries).toEqual([expect.objectContaining({ source: 'class', hours: 10, cutHours: 2, cutReason: 'daily_cap' })]);
    });
  });

  // ---- yearly caps --------------------------------------------------------------------------------------------------

  describe('a yearly cap per source', () => {
    test('at 380 a year for offline training, claims of 200 and 200 credit 200 and 180; the second entry and the archive say 20 were cut', async () => {
      // The cap is the whole city's and other test files grant offline hours at the same time on this database: it is set
      // above what any of them grants one cadre in a year (250), so only this test's cadre reaches it.
      const { user, agent } = await cadre();
      const lastYear = thisYear() - 1;
      await setRule('offline_training', 'yearly_cap', 380);
      try {
        const first = expectOk<ClaimDto>(
          await agent.post('/api/my/claims', { title: uniq('党校班'), kind: 'party_school', organizer: '市委党校', startDate: `${lastYear}-03-02`, endDate: `${lastYear}-03-26`, hours: 200 }),
          201,
        );
        const second = expectOk<ClaimDto>(
          await agent.post('/api/my/claims', { title: uniq('轮训'), kind: 'jizhong_lunxun', organizer: '市委组织部', startDate: `${lastYear}-05-06`, endDate: `${lastYear}-05-30`, hours: 200 }),
          201,
        );
        expectOk(await w.as.unitAdminA.post(`/api/claims/${first.id}/approve`), 200);
        expectOk(await w.as.unitAdminA.post(`/api/claims/${second.id}/approve`), 200);
        expect(await entries(user.id, first.id)).toEqual([expect.objectContaining({ year: lastYear, hours: 200, cut_hours: 0, cut_reason: null })]);
        expect(await entries(user.id, second.id)).toEqual([expect.objectContaining({ year: lastYear, hours: 180, cut_hours: 20, cut_reason: 'yearly_cap' })]);
        expect(await yearTotal(user.id, lastYear, 'offline_training_hours')).toBe(380);

        const archive = expectOk<ArchiveDto>(await agent.get(`/api/my/archive?year=${lastYear}`), 200);
        expect(archive.bySource.offline_training).toBe(380);
        expect(archive.earnedHours).toBe(380);
        const byDescription = Object.fromEntries(archive.entries.map((e) => [e.description, [e.hours, e.cutHours, e.cutReason]]));
        expect(byDescription).toEqual({ [`线下培训：${first.title}`]: [200, 0, null], [`线下培训：${second.title}`]: [180, 20, 'yearly_cap'] });
        // An admin reading the same archive sees the same cut.
        const asAdmin = expectOk<ArchiveDto>(await w.as.unitAdminA.get(`/api/users/${user.id}/archive?year=${lastYear}`), 200);
        expect(asAdmin.entries.find((e) => e.cutHours > 0)).toMatchObject({ hours: 180, cutHours: 20, cutReason: 'yearly_cap' });
      } finally {
        await setRule('offline_training', 'yearly_cap', 0);
      }
    });

    test('the cap is the city’s: only the root org admin sets it, and a cap above 999 is refused', async () => {
      const rules = expectOk<{ items: { source: string; kind: string; hours: number }[] }>(await w.as.cadreA.get('/api/hour-rules'), 200).items;
      expect(rules).toEqual(
        expect.arrayContaining([
          { source: 'study_record', kind: 'yearly_cap', hours: 0 },
          { source: 'class', kind: 'daily_cap', hours: 8 },
          { source: 'course', kind: 'per_30_min', hours: 1 },
          { source: 'course', kind: 'remainder_15_30', hours: 0.5 },
          { source: 'course', kind: 'remainder_under_15', hours: 0.25 },
        ]),
      );
      expectError(await w.as.unitAdminA.put('/api/hour-rules', { rules: [{ source: 'study_record', kind: 'yearly_cap', hours: 18 }] }), 403, CommonError.Forbidden);
      expectError(await w.as.orgAdmin.put('/api/hour-rules', { rules: [{ source: 'study_record', kind: 'yearly_cap', hours: 1000 }] }), 400, CommonError.ValidationFailed);
      expectError(await w.as.orgAdmin.put('/api/hour-rules', { rules: [{ source: 'study_record', kind: 'center_group', hours: 21 }] }), 400, CommonError.ValidationFailed);
    });
  });

  // ---- corrections ---------------------------------------------------------------------------------------------------

  describe('a correction (POST /api/ledger-entries/:id/correction) applies the same rules as a grant', () => {
    async function entryId(userId: string, sourceRefId: string): Promise<string> {
      const [row] = (await t.db.query('SELECT id FROM ledger_entries WHERE user_id = $1 AND source_ref_id = $2', [userId, sourceRefId])) as { id: string }[];
      return row!.id;
    }
    const correct = (id: string, hours: number) => w.as.unitAdminA.post(`/api/ledger-entries/${id}/correction`, { hours, reason: '核减更正' });

    test('a class over a 10-hour and a 2-hour day: corrected to 6 credits 5 + 1; to 24, 8 + 4 with 12 cut by the daily cap', async () => {
      const { user } = await cadre();
      const admin = w.as.unitAdminA;
      const cls = await createClass(admin, classBody(w.townA.id, { creditHours: 12 }));
      const sessions = await addSessions(admin, cls.id, [sessionBody(-3 * DAY, 600), sessionBody(-DAY, 120)]);
      await enrol(admin, cls.id, [user.id]);
      await attendAndClose(cls.id, sessions, [user.id]);
      const id = await entryId(user.id, cls.id);
      const credited = async () => {
        const [row] = (await t.db.query('SELECT credited_hours FROM training_class_enrolments WHERE class_id = $1 AND user_id = $2', [cls.id, user.id])) as { credited_hours: string }[];
        return Number(row!.credited_hours);
      };
      expect(await credited()).toBe(10);

      expect(expectOk(await correct(id, 6), 201)).toEqual({ id, hours: 6, previousHours: 10, cutHours: 0, cutReason: null });
      expect(await entries(user.id, cls.id)).toEqual([expect.objectContaining({ hours: 6, cut_hours: 0, cut_reason: null })]);
      expect(await yearTotal(user.id, thisYear(), 'class_hours')).toBe(6);
      expect(await credited()).toBe(6);

      // 24 over 600 | 120 minutes is 20 | 4: the long day is credited 8, as the class's closing would credit it.
      expect(expectOk(await correct(id, 24), 201)).toEqual({ id, hours: 12, previousHours: 6, cutHours: 12, cutReason: 'daily_cap' });
      expect(await yearTotal(user.id, thisYear(), 'class_hours')).toBe(12);
      expect(await yearTotal(user.id, thisYear())).toBe(12);
      expect(await credited()).toBe(12);
      // The same figure again changes nothing and says so.
      expectError(await correct(id, 24), 422, CommonError.ValidationFailed);
    });

    test('at 380 a year for offline training: a correction counts the other entries, and a figure above the claim’s days × 8 is refused', async () => {
      const { user, agent } = await cadre();
      const lastYear = thisYear() - 1;
      await setRule('offline_training', 'yearly_cap', 380);
      try {
        const claim = async (start: string, end: string) =>
          expectOk<ClaimDto>(await agent.post('/api/my/claims', { title: uniq('轮训'), kind: 'jizhong_lunxun', organizer: '市委组织部', startDate: `${lastYear}-${start}`, endDate: `${lastYear}-${end}`, hours: 200 }), 201);
        const first = await claim('03-02', '03-26');
        const second = await claim('05-06', '05-30');
        for (const c of [first, second]) expectOk(await w.as.unitAdminA.post(`/api/claims/${c.id}/approve`), 200);
        const [a, b] = [await entryId(user.id, first.id), await entryId(user.id, second.id)];
        expect(await yearTotal(user.id, lastYear, 'offline_training_hours')).toBe(380);

        // Lower the first to 150: the second keeps its 180 (a correction does not re-credit other entries).
        expect(expectOk(await correct(a, 150), 201)).toMatchObject({ hours: 150, cutHours: 0, cutReason: null });
        expect(await yearTotal(user.id, lastYear, 'offline_training_hours')).toBe(330);
        // The second's 25 days allow 200 at most: 250 is refused and nothing moves.
        expectError(await correct(b, 250), 422, LearningError.HoursAboveDailyCap);
        expect(await entries(user.id, second.id)).toEqual([expect.objectContaining({ hours: 180, cut_hours: 20, cut_reason: 'yearly_cap' })]);
        // 200 fits beside the first's 150.
        expect(expectOk(await correct(b, 200), 201)).toMatchObject({ hours: 200, previousHours: 180, cutHours: 0, cutReason: null });
        // The first back at 200 would take the year to 400: it is credited 180 and the entry says 20 were cut by the cap.
        expect(expectOk(await correct(a, 200), 201)).toMatchObject({ hours: 180, previousHours: 150, cutHours: 20, cutReason: 'yearly_cap' });
        expect(await yearTotal(user.id, lastYear, 'offline_training_hours')).toBe(380);
        expect(await yearTotal(user.id, lastYear)).toBe(380);
        const audit = await auditRowsFor(t.db, a, 'ledger_entry.corrected');
        expect(audit.map((r) => (r.details as { after: number }).after)).toEqual(expect.arrayContaining([150, 180]));
      } finally {
        await setRule('offline_training', 'yearly_cap', 0);
      }
    });
  });

  // ---- across New Year -------------------------------------------------------------------------------------------------

  describe('training across New Year', () => {
    /** Two years back, so every day lies in the past whatever today is. */
    const y = () => thisYear() - 2;

    test('a class of Dec 30 – Jan 2 gives one entry per year, by the attended sessions’ dates: 14 学时 over 180+180 | 120+120 minutes = 8.4 | 5.6', async () => {
      const { user, agent } = await cadre();
      const admin = w.as.unitAdminA;
      const year = y();
      const cls = await createClass(admin, classBody(w.townA.id, { startDate: `${year}-12-30`, endDate: `${year + 1}-01-02`, creditHours: 14 }));
      const at = (day: string, minutes: number) => {
        const start = new Date(`${day}T09:00:00+08:00`);
        return sessionBody(start.getTime() - Date.now(), minutes);
      };
      const sessions = await addSessions(admin, cls.id, [at(`${year}-12-30`, 180), at(`${year}-12-31`, 180), at(`${year + 1}-01-01`, 120), at(`${year + 1}-01-02`, 120)]);
      await enrol(admin, cls.id, [user.id]);
      await attendAndClose(cls.id, sessions, [user.id]);

      // 14 × 360/600 = 8.4 in the first year, 14 × 240/600 = 5.6 in the second; no day above 8 (4.2 and 2.8 a day).
      expect(await entries(user.id, cls.id)).toEqual([
        { year, hours: 8.4, cut_hours: 0, cut_reason: null, earned_at: `${year}-12-31` },
        { year: year + 1, hours: 5.6, cut_hours: 0, cut_reason: null, earned_at: `${year + 1}-01-02` },
      ]);
      expect(await yearTotal(user.id, year, 'class_hours')).toBe(8.4);
      expect(await yearTotal(user.id, year + 1, 'class_hours')).toBe(5.6);
      const first = expectOk<ArchiveDto>(await agent.get(`/api/my/archive?year=${year}`), 200);
      const second = expectOk<ArchiveDto>(await agent.get(`/api/my/archive?year=${year + 1}`), 200);
      expect(first.classes).toEqual([expect.objectContaining({ classId: cls.id, hours: 8.4 })]);
      expect(second.classes).toEqual([expect.objectContaining({ classId: cls.id, hours: 5.6 })]);
      const [enrolment] = (await t.db.query('SELECT credited_hours FROM training_class_enrolments WHERE class_id = $1 AND user_id = $2', [cls.id, user.id])) as { credited_hours: string }[];
      expect(Number(enrolment!.credited_hours)).toBe(14);
    });

    test('a claim of Dec 31 – Jan 3 (1 day and 3 days) for 20 学时 gives 5 and 15; approving twice adds nothing', async () => {
      const { user, agent } = await cadre();
      const year = y();
      const claim = expectOk<ClaimDto>(
        await agent.post('/api/my/claims', { title: uniq('跨年轮训'), kind: 'jizhong_lunxun', organizer: '省委党校', startDate: `${year}-12-31`, endDate: `${year + 1}-01-03`, hours: 20 }),
        201,
      );
      expectOk(await w.as.unitAdminA.post(`/api/claims/${claim.id}/approve`), 200);
      expect(await entries(user.id, claim.id)).toEqual([
        { year, hours: 5, cut_hours: 0, cut_reason: null, earned_at: `${year}-12-31` },
        { year: year + 1, hours: 15, cut_hours: 0, cut_reason: null, earned_at: `${year + 1}-01-03` },
      ]);
      expect(await yearTotal(user.id, year, 'offline_training_hours')).toBe(5);
      expect(await yearTotal(user.id, year + 1, 'offline_training_hours')).toBe(15);
      expectError(await w.as.unitAdminA.post(`/api/claims/${claim.id}/approve`), 409, LearningError.ClaimDecided);
      expect((await entries(user.id, claim.id)).length).toBe(2);
    });
  });

  // ---- the migration ---------------------------------------------------------------------------------------------------

  describe('the migration', () => {
    /**
     * In one rolled-back transaction: back to the schema before, two courses of 45 + 20 + 10 minutes (one published at
     * 2.5 学时, what the rule gives, the other at 3) and a ledger entry of 3 for the second, then up() again.
     */
    test('existing courses keep their hours: a figure the rule would change becomes a 手动核定 with a reason; entries stay', async () => {
      const runner = t.db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        const migration = new HourRules1796671436498();
        await migration.down(runner);
        const category = await defaultCategoryId(t.db);
        const [same, kept] = [randomUUID(), randomUUID()];
        for (const [id, hours] of [[same, 2.5], [kept, 3]] as const) {
          await runner.query(`INSERT INTO courses (id, title, category_id, credit_hours, owner_unit_id, lesson_count) VALUES ($1, $2, $3, $4, $5, 3)`, [id, uniq('旧课程'), category, hours, w.root.id]);
          await runner.query(
            `INSERT INTO lessons (course_id, position, title, type, duration_seconds, video_url, min_reading_seconds, body)
             VALUES ($1, 1, '视频', 'video', 2700, 'https://example.org/v.mp4', NULL, NULL), ($1, 2, '导读', 'article', NULL, NULL, 1200, '<p>读</p>'),
                    ($1, 3, '延伸', 'article', NULL, NULL, 600, '<p>读</p>')`,
            [id],
          );
        }
        const { user } = await cadre();
        await runner.query(
          `INSERT INTO ledger_entries (user_id, year, hours, source, source_ref_id, description, unit_id, unit_path, earned_at)
           SELECT $1, 2024, 3, 'course', $2, '课程：旧课程', u.unit_id, ou.path, '2024-06-01T12:00:00+08:00' FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1`,
          [user.id, kept],
        );
        await migration.up(runner);

        const rows = (await runner.query(
          `SELECT id, credit_hours, derived_hours, lesson_minutes, hours_override, hours_override_reason FROM courses WHERE id = ANY($1::uuid[])`,
          [[same, kept]],
        )) as Record<string, unknown>[];
        const byId = new Map(rows.map((r) => [r.id, r]));
        expect(byId.get(same)).toMatchObject({ lesson_minutes: 75, hours_override: null, hours_override_reason: null });
        expect(Number(byId.get(same)!.credit_hours)).toBe(2.5);
        expect(Number(byId.get(kept)!.credit_hours)).toBe(3);
        expect(Number(byId.get(kept)!.derived_hours)).toBe(2.5);
        expect(Number(byId.get(kept)!.hours_override)).toBe(3);
        expect(byId.get(kept)!.hours_override_reason).toBe('认定规则施行前核定的学时（保留原值）');
        const entries = (await runner.query(`SELECT hours, cut_hours FROM ledger_entries WHERE source_ref_id = $1`, [kept])) as { hours: string; cut_hours: string }[];
        expect(entries.map((e) => [Number(e.hours), Number(e.cut_hours)])).toEqual([[3, 0]]);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });
});
