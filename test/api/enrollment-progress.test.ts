import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { Scheduler, type Job } from '../../server/src/common/scheduler/scheduler.service';
import { addMonths, todayInShanghai } from '../../server/src/common/time';
import { REQUIRED_COURSES_JOB } from '../../server/src/modules/courses/required-courses.job';
import { requiredDueDate } from '../../server/src/modules/courses/required-courses.service';
import { createCadre, createRoot, createUnit, uniq, type CadreOptions, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import {
  activeCadresUnder,
  completeLesson,
  createCourse,
  enrol,
  enrolledUserIds,
  enrollmentRows,
  expectStatus,
  ledgerRows,
  myCourse,
  myCourses,
  report,
  reportRaw,
  rewind,
  uploadPdf,
  yearHours,
  type BuiltCourse,
} from '../helpers/learning';
import { buildWorld, type World } from '../helpers/world';

interface AssignResult {
  assignmentId: string;
  enrolled: number;
  updated: number;
}

interface AssignmentItem {
  id: string;
  targetType: string;
  cadreGroup: string | null;
  unitName: string | null;
  dueDate: string | null;
  required: boolean;
  enrolledCount: number;
  createdByName: string | null;
}

interface CourseEnrollment {
  userId: string;
  status: 'in_progress' | 'completed';
  overdue: boolean;
  progressPercent: number;
  source: string;
  required: boolean;
  dueDate: string | null;
}

interface PlayerLesson {
  id: string;
  position: number;
  type: string;
  body: string | null;
  videoUrl: string | null;
  documentUrl: string | null;
  progress: { positionSeconds: number; creditedSeconds: number; requiredSeconds: number; furthestSeconds: number; reachedEnd: boolean; completed: boolean };
}

interface Player {
  courseId: string;
  title: string;
  creditHours: number;
  resumeLessonId: string | null;
  enrollment: { courseId: string; status: string; lastLessonId: string | null };
  lessons: PlayerLesson[];
}

const LAW = 'law_enforcement_mid';

describe('enrolment, assignment (派课), required courses and checked progress', () => {
  let t: TestApp;
  let w: World;
  const today = () => todayInShanghai();
  const thisYear = () => Number(today().slice(0, 4));

  beforeAll(async () => {
    // The hourly job must run only when a test runs it.
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
  });
  afterAll(async () => {
    await t.close();
  });

  function expectError(res: request.Response, status: number, code: string): void {
    expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
  }

  /** A new cadre with a signed-in agent, so each test owns a clean list of courses. */
  async function learner(unit: UnitRef = w.villageA, opts: CadreOptions = {}): Promise<{ user: CadreRef; agent: Agent }> {
    const user = await createCadre(t.db, unit, opts);
    return { user, agent: await signIn(t.http, user) };
  }

  function assign(agent: Agent, courseId: string, body: Record<string, unknown>) {
    return agent.post(`/api/courses/${courseId}/assignments`, body);
  }

  async function assignOk(agent: Agent, courseId: string, body: Record<string, unknown>): Promise<AssignResult> {
    const res = await assign(agent, courseId, body);
    expectStatus(res, 201);
    return res.body as AssignResult;
  }

  async function enrollmentsOf(agent: Agent, courseId: string, query = ''): Promise<{ items: CourseEnrollment[]; total: number }> {
    const res = await agent.get(`/api/courses/${courseId}/enrollments?pageSize=100${query}`);
    expectStatus(res, 200);
    return res.body as { items: CourseEnrollment[]; total: number };
  }

  async function player(agent: Agent, courseId: string): Promise<Player> {
    const res = await agent.get(`/api/my/courses/${courseId}/player`);
    expectStatus(res, 200);
    return res.body as Player;
  }

  // ---- self-enrolment ------------------------------------------------------------------------------------------

  describe('self-enrolment: POST /api/my/courses/:courseId', () => {
    test('a cadre enrols once in a published course; a second time is a 409', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db);
      const { user, agent } = await learner();
      const first = await agent.post(`/api/my/courses/${course.id}`);
      expectStatus(first, 201);
      expect(first.body).toMatchObject({ courseId: course.id, source: 'self', required: false, status: 'in_progress', progress: 0, dueDate: null, overdue: false });

      expectError(await agent.post(`/api/my/courses/${course.id}`), 409, 'courses/already_enrolled');
      const rows = await enrollmentRows(t.db, course.id);
      expect(rows.map((r) => [r.user_id, r.source])).toEqual([[user.id, 'self']]);
    });

    test('a draft or archived course is a 422; a course not visible from my unit, or none at all, is a 404', async () => {
      const { agent } = await learner();
      const draft = await createCourse(w.as.orgAdmin, t.db, { publish: false });
      expectError(await agent.post(`/api/my/courses/${draft.id}`), 422, 'courses/not_published');

      const archived = await createCourse(w.as.orgAdmin, t.db);
      expectStatus(await w.as.orgAdmin.post(`/api/courses/${archived.id}/archive`), 200);
      expectError(await agent.post(`/api/my/courses/${archived.id}`), 422, 'courses/not_published');

      // Owned by town B: cadres of town A do not see it, cadres of town B may enrol.
      const townB = await createCourse(w.as.orgAdmin, t.db, { ownerUnitId: w.townB.id });
      expectError(await agent.post(`/api/my/courses/${townB.id}`), 404, 'common/not_found');
      expectStatus(await w.as.cadreB.post(`/api/my/courses/${townB.id}`), 201);

      // A draft of another town is a 404 too, not a 422 that would reveal it exists.
      const townBDraft = await createCourse(w.as.orgAdmin, t.db, { ownerUnitId: w.townB.id, publish: false });
      expectError(await agent.post(`/api/my/courses/${townBDraft.id}`), 404, 'common/not_found');

      expectError(await agent.post(`/api/my/courses/${randomUUID()}`), 404, 'common/not_found');
      expect(await enrolledUserIds(t.db, draft.id)).toEqual([]);
      expect(await enrolledUserIds(t.db, archived.id)).toEqual([]);
    });
  });

  // ---- my courses ----------------------------------------------------------------------------------------------

  describe('GET /api/my/courses', () => {
    test('lists progress, due dates and overdue marks; a completed course is never overdue', async () => {
      const { user, agent } = await learner();
      const half = await createCourse(w.as.orgAdmin, t.db, { lessons: [{ type: 'article', minReadingSeconds: 0 }, { type: 'article', minReadingSeconds: 0 }] });
      const done = await createCourse(w.as.orgAdmin, t.db);
      const later = await createCourse(w.as.orgAdmin, t.db);
      for (const c of [half, done, later]) await enrol(agent, c.id);

      await completeLesson(agent, t.db, half.lessons[0]!);
      const finished = await completeLesson(agent, t.db, done.lessons[0]!);
      expect(finished.courseCompleted).toBe(true);

      const past = addMonths(today(), -1);
      const future = addMonths(today(), 1);
      await t.db.query(`UPDATE enrollments SET due_date = $3 WHERE user_id = $1 AND course_id = ANY($2::uuid[])`, [user.id, [half.id, done.id], past]);
      await t.db.query(`UPDATE enrollments SET due_date = $3 WHERE user_id = $1 AND course_id = $2`, [user.id, later.id, future]);

      const items = await myCourses(agent);
      const byId = new Map(items.map((c) => [c.courseId, c]));
      expect([...byId.keys()].sort()).toEqual([half.id, done.id, later.id].sort());
      expect(byId.get(half.id)).toMatchObject({ status: 'in_progress', progress: 50, completedLessons: 1, totalLessons: 2, dueDate: past, overdue: true, completedAt: null });
      expect(byId.get(done.id)).toMatchObject({ status: 'completed', progress: 100, completedLessons: 1, totalLessons: 1, dueDate: past, overdue: false });
      expect(byId.get(done.id)!.completedAt).not.toBeNull();
      expect(byId.get(later.id)).toMatchObject({ status: 'in_progress', progress: 0, dueDate: future, overdue: false });

      expect((await myCourses(agent, '?status=overdue')).map((c) => c.courseId)).toEqual([half.id]);
      expect((await myCourses(agent, '?status=completed')).map((c) => c.courseId)).toEqual([done.id]);
      expect((await myCourses(agent, '?status=in_progress')).map((c) => c.courseId).sort()).toEqual([half.id, later.id].sort());
      // Another cadre's list does not show these enrolments.
      expect((await myCourses(w.as.cadreB)).map((c) => c.courseId)).not.toContain(half.id);
    });
  });

  // ---- assignments ---------------------------------------------------------------------------------------------

  describe('assignments: POST /api/courses/:id/assignments', () => {
    let lawA: CadreRef;
    let lawB: CadreRef;
    let lawElsewhere: CadreRef;
    let recentLeaderA: CadreRef;
    let recentLeaderB: CadreRef;
    let oldLeader: CadreRef;
    let futureLeader: CadreRef;
    let disabledA: CadreRef;

    beforeAll(async () => {
      lawA = await createCadre(t.db, w.villageA, { keyGroups: [LAW] });
      lawB = await createCadre(t.db, w.villageB, { keyGroups: [LAW] });
      const otherCity = await createRoot(t.db);
      lawElsewhere = await createCadre(t.db, await createUnit(t.db, otherCity, 'town'), { keyGroups: [LAW] });
      recentLeaderA = await createCadre(t.db, w.villageA, { appointmentDate: addMonths(today(), -2) });
      recentLeaderB = await createCadre(t.db, w.villageB, { appointmentDate: addMonths(today(), -11) });
      oldLeader = await createCadre(t.db, w.villageA, { appointmentDate: addMonths(today(), -13) });
      futureLeader = await createCadre(t.db, w.villageA, { appointmentDate: addMonths(today(), 1) });
      disabledA = await createCadre(t.db, w.villageA, { keyGroups: [LAW], status: 'disabled' });
    });

    test('an org admin assigns to a key group: every active cadre of the group in scope, nobody else', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db);
      const due = addMonths(today(), 2);
      const result = await assignOk(w.as.orgAdmin, course.id, { targetType: 'group', group: LAW, dueDate: due });
      const expected = await activeCadresUnder(t.db, w.root.path, `$2 = ANY(u.key_groups)`, [LAW]);
      expect(expected).toEqual(expect.arrayContaining([lawA.id, lawB.id]));
      expect(result).toMatchObject({ enrolled: expected.length, updated: 0 });
      expect(await enrolledUserIds(t.db, course.id)).toEqual(expected);
      expect(expected).not.toContain(lawElsewhere.id);
      expect(expected).not.toContain(disabledA.id);
      const rows = await enrollmentRows(t.db, course.id);
      expect(rows.every((r) => r.source === 'assigned' && r.required && r.due_date === due)).toBe(true);

      // The cadre sees it as an assigned, required course with its due date.
      const lawAgent = await signIn(t.http, lawA);
      expect(await myCourse(lawAgent, course.id)).toMatchObject({ source: 'assigned', required: true, dueDate: due, overdue: false });
    });

    test('a unit admin assigning to a group reaches only the group members in their own town', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db);
      const result = await assignOk(w.as.unitAdminA, course.id, { targetType: 'group', group: LAW });
      const expected = await activeCadresUnder(t.db, w.townA.path, `$2 = ANY(u.key_groups)`, [LAW]);
      expect(expected).toContain(lawA.id);
      expect(result).toMatchObject({ enrolled: expected.length, updated: 0 });
      const enrolled = await enrolledUserIds(t.db, course.id);
      expect(enrolled).toEqual(expected);
      expect(enrolled).not.toContain(lawB.id);
    });

    test('new_leader is derived from an appointment within the last 12 months, never from the future', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db);
      const result = await assignOk(w.as.orgAdmin, course.id, { targetType: 'group', group: 'new_leader' });
      const enrolled = await enrolledUserIds(t.db, course.id);
      expect(enrolled).toEqual(expect.arrayContaining([recentLeaderA.id, recentLeaderB.id]));
      expect(enrolled).not.toContain(oldLeader.id);
      expect(enrolled).not.toContain(futureLeader.id);
      // Nobody without an appointment date, either.
      expect(enrolled).not.toContain(w.users.cadreA.id);
      const expected = await activeCadresUnder(t.db, w.root.path, `u.appointment_date > $2::date AND u.appointment_date <= $3::date`, [
        addMonths(today(), -12),
        today(),
      ]);
      expect(enrolled).toEqual(expected);
      expect(result.enrolled).toBe(expected.length);
    });

    test('to a unit: every active cadre under it, villages included', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db);
      const result = await assignOk(w.as.orgAdmin, course.id, { targetType: 'unit', unitId: w.townA.id, dueDate: addMonths(today(), 3) });
      const expected = await activeCadresUnder(t.db, w.townA.path);
      expect(expected).toEqual(expect.arrayContaining([w.users.unitAdminA.id, w.users.lecturerA.id, w.users.cadreA.id, lawA.id]));
      expect(result).toMatchObject({ enrolled: expected.length, updated: 0 });
      const enrolled = await enrolledUserIds(t.db, course.id);
      expect(enrolled).toEqual(expected);
      expect(enrolled).not.toContain(disabledA.id);
      expect(enrolled).not.toContain(w.users.cadreB.id);
    });

    test('a unit admin cannot reach town B: its unit, or any named cadre of it, is a 404 and nothing is written', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db);
      const assignmentCount = async () => ((await t.db.query('SELECT count(*)::int AS n FROM course_assignments WHERE course_id = $1', [course.id])) as [{ n: number }])[0].n;
      expectError(await assign(w.as.unitAdminA, course.id, { targetType: 'unit', unitId: w.townB.id }), 404, 'common/not_found');
      expectError(await assign(w.as.unitAdminA, course.id, { targetType: 'unit', unitId: w.villageB.id }), 404, 'common/not_found');
      expect(await enrolledUserIds(t.db, course.id)).toEqual([]);

      // One cadre in scope among them does not make the others acceptable: the whole request is refused, naming each one.
      const mixed = await assign(w.as.unitAdminA, course.id, { targetType: 'users', userIds: [w.users.cadreA.id, w.users.cadreB.id, lawB.id] });
      expectError(mixed, 404, 'common/not_found');
      expect((mixed.body as { details: { field: string }[] }).details.map((d) => d.field)).toEqual(['userIds.1', 'userIds.2']);
      const outsiders = await assign(w.as.unitAdminA, course.id, { targetType: 'users', userIds: [w.users.cadreB.id] });
      expectError(outsiders, 404, 'common/not_found');
      const unknown = await assign(w.as.orgAdmin, course.id, { targetType: 'users', userIds: [w.users.cadreB.id, randomUUID()] });
      expectError(unknown, 404, 'common/not_found');
      expect((unknown.body as { details: { field: string }[] }).details.map((d) => d.field)).toEqual(['userIds.1']);
      expect(await enrolledUserIds(t.db, course.id)).toEqual([]);
      expect(await assignmentCount()).toBe(0);

      const result = await assignOk(w.as.unitAdminA, course.id, { targetType: 'users', userIds: [w.users.cadreA.id] });
      expect(result).toMatchObject({ enrolled: 1, updated: 0 });
      expect(await enrolledUserIds(t.db, course.id)).toEqual([w.users.cadreA.id]);
      expect(await assignmentCount()).toBe(1);
    });

    test('only cadres who can see the course are enrolled; a course outside a unit admin’s view is a 404', async () => {
      const townBCourse = await createCourse(w.as.orgAdmin, t.db, { ownerUnitId: w.townB.id });
      const result = await assignOk(w.as.orgAdmin, townBCourse.id, { targetType: 'unit', unitId: w.root.id });
      const expected = await activeCadresUnder(t.db, w.townB.path);
      expect(result).toMatchObject({ enrolled: expected.length, updated: 0 });
      const enrolled = await enrolledUserIds(t.db, townBCourse.id);
      expect(enrolled).toEqual(expected);
      expect(enrolled).not.toContain(w.users.cadreA.id);

      expectError(await assign(w.as.unitAdminA, townBCourse.id, { targetType: 'users', userIds: [w.users.cadreA.id] }), 404, 'common/not_found');
      expect(await enrolledUserIds(t.db, townBCourse.id)).toEqual(expected);
    });

    test('counts: cadres already enrolled are updated (due date, required), not enrolled twice', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db);
      const { user: chooser, agent } = await learner();
      await enrol(agent, course.id);
      const due = addMonths(today(), 4);
      const first = await assignOk(w.as.unitAdminA, course.id, { targetType: 'users', userIds: [chooser.id, w.users.lecturerA.id], dueDate: due });
      expect(first).toMatchObject({ enrolled: 1, updated: 1 });
      const rows = await enrollmentRows(t.db, course.id);
      expect(rows).toHaveLength(2);
      expect(rows.find((r) => r.user_id === chooser.id)).toMatchObject({ required: true, due_date: due });
      expect(rows.find((r) => r.user_id === w.users.lecturerA.id)).toMatchObject({ source: 'assigned', required: true, due_date: due });

      // Assigning again without a due date keeps the one set before.
      const second = await assignOk(w.as.unitAdminA, course.id, { targetType: 'users', userIds: [chooser.id, w.users.lecturerA.id, w.users.cadreA.id] });
      expect(second).toMatchObject({ enrolled: 1, updated: 2 });
      expect((await enrollmentRows(t.db, course.id)).find((r) => r.user_id === chooser.id)).toMatchObject({ due_date: due });
      expect(await myCourse(agent, course.id)).toMatchObject({ required: true, dueDate: due });
    });

    test('an unpublished course cannot be assigned; an incomplete target is a 400; cadres may not assign', async () => {
      const draft = await createCourse(w.as.orgAdmin, t.db, { publish: false });
      expectError(await assign(w.as.orgAdmin, draft.id, { targetType: 'group', group: LAW }), 422, 'courses/not_published');
      expectError(await assign(w.as.unitAdminA, draft.id, { targetType: 'users', userIds: [w.users.cadreA.id] }), 422, 'courses/not_published');
      expect(await enrolledUserIds(t.db, draft.id)).toEqual([]);

      const course = await createCourse(w.as.orgAdmin, t.db);
      expectError(await assign(w.as.orgAdmin, course.id, { targetType: 'group' }), 400, 'common/validation_failed');
      expectError(await assign(w.as.orgAdmin, course.id, { targetType: 'unit' }), 400, 'common/validation_failed');
      expectError(await assign(w.as.orgAdmin, course.id, { targetType: 'users', userIds: [] }), 400, 'common/validation_failed');
      expectError(await assign(w.as.orgAdmin, course.id, { targetType: 'everyone' }), 400, 'common/validation_failed');
      expectError(await assign(w.as.cadreA, course.id, { targetType: 'users', userIds: [w.users.cadreA.id] }), 403, 'common/forbidden');
      expectError(await assign(w.as.orgAdmin, randomUUID(), { targetType: 'group', group: LAW }), 404, 'common/not_found');
      expect(await enrolledUserIds(t.db, course.id)).toEqual([]);
    });

    test('GET /api/courses/:id/assignments lists the assignments made within my scope', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db);
      const byOrg = await assignOk(w.as.orgAdmin, course.id, { targetType: 'group', group: LAW, dueDate: addMonths(today(), 1) });
      const byA = await assignOk(w.as.unitAdminA, course.id, { targetType: 'users', userIds: [w.users.cadreA.id] });
      const byB = await assignOk(w.as.unitAdminB, course.id, { targetType: 'unit', unitId: w.villageB.id });

      const list = async (agent: Agent) => {
        const res = await agent.get(`/api/courses/${course.id}/assignments`);
        expectStatus(res, 200);
        return (res.body as { items: AssignmentItem[] }).items;
      };
      const all = await list(w.as.orgAdmin);
      expect(all.map((a) => a.id).sort()).toEqual([byOrg.assignmentId, byA.assignmentId, byB.assignmentId].sort());
      // enrolledCount: every cadre the assignment reached, newly enrolled or already enrolled.
      expect(all.find((a) => a.id === byOrg.assignmentId)).toMatchObject({ targetType: 'group', cadreGroup: LAW, required: true, enrolledCount: byOrg.enrolled });

      const mineA = await list(w.as.unitAdminA);
      expect(mineA.map((a) => a.id)).toEqual([byA.assignmentId]);
      expect(mineA[0]).toMatchObject({ targetType: 'users', enrolledCount: 1, createdByName: w.users.unitAdminA.name });
      const mineB = await list(w.as.unitAdminB);
      expect(mineB.map((a) => a.id)).toEqual([byB.assignmentId]);
      expect(byB.updated).toBeGreaterThan(0); // lawB had the course from the group assignment already
      expect(mineB[0]).toMatchObject({ targetType: 'unit', unitName: w.villageB.name, enrolledCount: byB.enrolled + byB.updated });

      expectError(await w.as.cadreA.get(`/api/courses/${course.id}/assignments`), 403, 'common/forbidden');
    });

    test('GET /api/courses/:id/enrollments shows the cadres in my scope and filters by status', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db);
      const past = addMonths(today(), -1);
      await assignOk(w.as.orgAdmin, course.id, { targetType: 'unit', unitId: w.root.id, dueDate: past });
      const finished = await completeLesson(w.as.cadreA, t.db, course.lessons[0]!);
      expect(finished.courseCompleted).toBe(true);

      const everyone = await activeCadresUnder(t.db, w.root.path);
      const townA = await activeCadresUnder(t.db, w.townA.path);

      const asOrg = await enrollmentsOf(w.as.orgAdmin, course.id);
      expect(asOrg.total).toBe(everyone.length);
      expect(asOrg.items.map((e) => e.userId).sort()).toEqual(everyone);

      const asA = await enrollmentsOf(w.as.unitAdminA, course.id);
      expect(asA.total).toBe(townA.length);
      expect(asA.items.map((e) => e.userId).sort()).toEqual(townA);
      expect(asA.items.map((e) => e.userId)).not.toContain(w.users.cadreB.id);

      const completed = await enrollmentsOf(w.as.unitAdminA, course.id, '&status=completed');
      expect(completed.items.map((e) => e.userId)).toEqual([w.users.cadreA.id]);
      expect(completed.items[0]).toMatchObject({ status: 'completed', progressPercent: 100, overdue: false, dueDate: past, source: 'assigned' });

      const overdue = await enrollmentsOf(w.as.unitAdminA, course.id, '&status=overdue');
      expect(overdue.items.map((e) => e.userId).sort()).toEqual(townA.filter((id) => id !== w.users.cadreA.id));
      expect(overdue.items.every((e) => e.overdue && e.status === 'in_progress')).toBe(true);
      const inProgress = await enrollmentsOf(w.as.unitAdminA, course.id, '&status=in_progress');
      expect(inProgress.total).toBe(townA.length - 1);

      const villageB = await enrollmentsOf(w.as.unitAdminB, course.id, `&unitId=${w.villageB.id}`);
      expect(villageB.items.map((e) => e.userId).sort()).toEqual(await activeCadresUnder(t.db, w.villageB.path));
      expectError(await w.as.unitAdminA.get(`/api/courses/${course.id}/enrollments?unitId=${w.townB.id}`), 404, 'common/not_found');
      expectError(await w.as.cadreA.get(`/api/courses/${course.id}/enrollments`), 403, 'common/forbidden');
    });
  });

  // ---- required courses ----------------------------------------------------------------------------------------

  describe('required courses follow their groups', () => {
    let lawCourse: BuiltCourse;
    let leaderCourse: BuiltCourse;

    async function enrolmentOf(userId: string, courseId: string) {
      return (await enrollmentRows(t.db, courseId)).find((r) => r.user_id === userId);
    }

    test('publishing a course required for a group enrols the group members at once (source rule, required, due date)', async () => {
      const member1 = await createCadre(t.db, w.villageA, { keyGroups: [LAW] });
      const member2 = await createCadre(t.db, w.townB, { keyGroups: [LAW, 'two_new_orgs'] });
      const outsider = await createCadre(t.db, w.villageA, { keyGroups: ['two_new_orgs'] });
      const disabled = await createCadre(t.db, w.villageB, { keyGroups: [LAW], status: 'disabled' });

      lawCourse = await createCourse(w.as.orgAdmin, t.db, { targets: [{ group: LAW, required: true }], publish: false });
      expect(await enrolledUserIds(t.db, lawCourse.id)).toEqual([]);
      expectStatus(await w.as.orgAdmin.post(`/api/courses/${lawCourse.id}/publish`), 200);

      const expected = await activeCadresUnder(t.db, w.root.path, `$2 = ANY(u.key_groups)`, [LAW]);
      expect(expected).toEqual(expect.arrayContaining([member1.id, member2.id]));
      const rows = await enrollmentRows(t.db, lawCourse.id);
      expect(rows.map((r) => r.user_id).sort()).toEqual(expected);
      expect(rows.every((r) => r.source === 'rule' && r.required && r.due_date === requiredDueDate())).toBe(true);
      expect(rows.map((r) => r.user_id)).not.toContain(outsider.id);
      expect(rows.map((r) => r.user_id)).not.toContain(disabled.id);

      const agent = await signIn(t.http, member1);
      expect(await myCourse(agent, lawCourse.id)).toMatchObject({ source: 'rule', required: true, dueDate: requiredDueDate() });

      // An elective for the group enrols nobody by itself.
      const elective = await createCourse(w.as.orgAdmin, t.db, { targets: [{ group: LAW, required: false }] });
      expect(await enrolledUserIds(t.db, elective.id)).toEqual([]);
    });

    test('retargeting a published course as required enrols the group, and makes an existing self-enrolment required', async () => {
      const member = await createCadre(t.db, w.villageB, { keyGroups: ['two_new_orgs'] });
      const { user: chooser, agent } = await learner(w.villageA, { keyGroups: ['two_new_orgs'] });
      const course = await createCourse(w.as.orgAdmin, t.db, { targets: [{ group: 'two_new_orgs', required: false }] });
      await enrol(agent, course.id);
      expect(await enrolledUserIds(t.db, course.id)).toEqual([chooser.id]);

      const res = await w.as.orgAdmin.patch(`/api/courses/${course.id}`, { targets: [{ group: 'two_new_orgs', required: true }] });
      expectStatus(res, 200);
      const rows = await enrollmentRows(t.db, course.id);
      expect(rows.map((r) => r.user_id).sort()).toEqual(await activeCadresUnder(t.db, w.root.path, `'two_new_orgs' = ANY(u.key_groups)`));
      expect(rows.find((r) => r.user_id === member.id)).toMatchObject({ source: 'rule', required: true, due_date: requiredDueDate() });
      expect(rows.find((r) => r.user_id === chooser.id)).toMatchObject({ required: true, due_date: requiredDueDate() });
      expect(await myCourse(agent, course.id)).toMatchObject({ required: true, dueDate: requiredDueDate() });
    });

    test('a cadre given the group later through PATCH /api/users/:id is enrolled at once', async () => {
      expect(lawCourse).toBeDefined();
      const joiner = await createCadre(t.db, w.villageA);
      expect(await enrolmentOf(joiner.id, lawCourse.id)).toBeUndefined();
      const res = await w.as.orgAdmin.patch(`/api/users/${joiner.id}`, { keyGroups: [LAW] });
      expectStatus(res, 200);
      expect(await enrolmentOf(joiner.id, lawCourse.id)).toMatchObject({ source: 'rule', required: true, due_date: requiredDueDate() });
    });

    test('a new cadre appointed recently gets the new_leader courses at once; one appointed in the future does not', async () => {
      const leaderBefore = await createCadre(t.db, w.villageB, { appointmentDate: addMonths(today(), -3) });
      leaderCourse = await createCourse(w.as.orgAdmin, t.db, { targets: [{ group: 'new_leader', required: true }] });
      expect(await enrolmentOf(leaderBefore.id, leaderCourse.id)).toMatchObject({ source: 'rule', required: true });

      const created = await w.as.orgAdmin.post('/api/users', {
        username: uniq('nl'),
        name: uniq('新任'),
        gender: 'female',
        unitId: w.villageA.id,
        appointmentDate: addMonths(today(), -1),
      });
      expectStatus(created, 201);
      const newLeaderId = (created.body as { id: string }).id;
      expect(await enrolmentOf(newLeaderId, leaderCourse.id)).toMatchObject({ source: 'rule', required: true, due_date: requiredDueDate() });

      const future = await w.as.orgAdmin.post('/api/users', {
        username: uniq('fl'),
        name: uniq('待任'),
        gender: 'male',
        unitId: w.villageA.id,
        appointmentDate: addMonths(today(), 1),
      });
      expectStatus(future, 201);
      expect(await enrolmentOf((future.body as { id: string }).id, leaderCourse.id)).toBeUndefined();
    });

    test('the hourly job enrols a cadre whose appointment date has passed, records its run, and does not run again at once', async () => {
      expect(leaderCourse).toBeDefined();
      const created = await w.as.orgAdmin.post('/api/users', {
        username: uniq('jl'),
        name: uniq('将任'),
        gender: 'male',
        unitId: w.villageB.id,
        appointmentDate: addMonths(today(), 2),
      });
      expectStatus(created, 201);
      const id = (created.body as { id: string }).id;
      expect(await enrolmentOf(id, leaderCourse.id)).toBeUndefined();

      // The appointment date arrives (nothing announces it: only the job notices).
      await t.db.query(`UPDATE users SET appointment_date = $2 WHERE id = $1`, [id, today()]);
      expect(await enrolmentOf(id, leaderCourse.id)).toBeUndefined();

      const scheduler = t.app.get(Scheduler);
      // The job exactly as required-courses.job.ts registered it.
      const job = (scheduler as unknown as { jobs: Job[] }).jobs.find((j) => j.name === REQUIRED_COURSES_JOB);
      expect(job).toBeDefined();
      expect(job!.everyMs).toBe(60 * 60_000);
      const runsBefore = await jobRuns();

      const result = await scheduler.runIfDue(job!, true);
      expect(result).not.toBeNull();
      expect((result as { enrolled: number }).enrolled).toBeGreaterThanOrEqual(1);
      expect(await enrolmentOf(id, leaderCourse.id)).toMatchObject({ source: 'rule', required: true, due_date: requiredDueDate() });

      const [row] = (await t.db.query(`SELECT run_count, last_result, last_run_at > now() - interval '1 hour' AS recent FROM scheduled_jobs WHERE name = $1`, [
        REQUIRED_COURSES_JOB,
      ])) as { run_count: number; last_result: { enrolled: number }; recent: boolean }[];
      expect(row).toMatchObject({ run_count: runsBefore + 1, recent: true });
      expect(row!.last_result).toEqual(result);

      // Not due yet: a run without force does nothing and leaves the record alone.
      expect(await scheduler.runIfDue(job!)).toBeNull();
      expect(await jobRuns()).toBe(runsBefore + 1);
    });

    async function jobRuns(): Promise<number> {
      const [row] = (await t.db.query(`SELECT run_count FROM scheduled_jobs WHERE name = $1`, [REQUIRED_COURSES_JOB])) as { run_count: number }[];
      return row?.run_count ?? 0;
    }
  });

  // ---- progress ------------------------------------------------------------------------------------------------

  describe('progress: POST /api/my/lessons/:lessonId/progress', () => {
    test('a lesson of a course I am not enrolled in is a 404; negative or impossible positions are 400s', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, { lessons: [{ type: 'video', durationSeconds: 100 }] });
      const lesson = course.lessons[0]!;
      const { user, agent } = await learner();
      expectError(await reportRaw(agent, lesson.id, { positionSeconds: 0, watchedSeconds: 0 }), 404, 'common/not_found');
      expectError(await reportRaw(agent, randomUUID(), { positionSeconds: 0, watchedSeconds: 0 }), 404, 'common/not_found');

      await enrol(agent, course.id);
      expectError(await reportRaw(agent, lesson.id, { positionSeconds: -1, watchedSeconds: 0 }), 400, 'common/validation_failed');
      expectError(await reportRaw(agent, lesson.id, { positionSeconds: 0, watchedSeconds: -5 }), 400, 'common/validation_failed');
      expectError(await reportRaw(agent, lesson.id, { positionSeconds: 1.5, watchedSeconds: 0 }), 400, 'common/validation_failed');
      expectError(await reportRaw(agent, lesson.id, { positionSeconds: 0, watchedSeconds: 3601 }), 400, 'common/validation_failed');
      expectError(await reportRaw(agent, lesson.id, { positionSeconds: 500, watchedSeconds: 0 }), 400, 'courses/progress_implausible');
      expectError(await reportRaw(agent, lesson.id, { positionSeconds: 103, watchedSeconds: 0 }), 400, 'courses/progress_implausible');
      // Nothing was stored by the refused reports.
      expect(await t.db.query(`SELECT 1 FROM lesson_progress WHERE user_id = $1`, [user.id])).toEqual([]);
      // The end of the video, give or take the 2 s tolerance, is a plausible position.
      expect((await report(agent, lesson.id, { positionSeconds: 102, watchedSeconds: 0 })).lessonCompleted).toBe(false);
    });

    test('the first report credits nothing: there is no previous report to measure time from', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, { lessons: [{ type: 'video', durationSeconds: 1000 }] });
      const { agent } = await learner();
      await enrol(agent, course.id);
      const first = await report(agent, course.lessons[0]!.id, { positionSeconds: 30, watchedSeconds: 30 });
      expect(first).toMatchObject({ creditedSeconds: 0, lessonCompleted: false, requiredSeconds: 900 });
    });

    test('a report credits at most the time since the previous one (plus 2 s), and never more than 120 s', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, { lessons: [{ type: 'video', durationSeconds: 1000 }] });
      const lesson = course.lessons[0]!;
      const { user, agent } = await learner();
      await enrol(agent, course.id);
      let last = await report(agent, lesson.id, { positionSeconds: 0, watchedSeconds: 0 });

      // 60 s claimed only 5 s after the previous report: about 7 s are credited.
      await rewind(t.db, user.id, lesson.id, 5);
      let next = await report(agent, lesson.id, { positionSeconds: 60, watchedSeconds: 60 });
      const gained = next.creditedSeconds - last.creditedSeconds;
      expect(gained).toBeGreaterThanOrEqual(5);
      expect(gained).toBeLessThanOrEqual(9);
      last = next;

      // A report straight after another (no time moved) credits at most the tolerance.
      next = await report(agent, lesson.id, { positionSeconds: 70, watchedSeconds: 60 });
      expect(next.creditedSeconds - last.creditedSeconds).toBeLessThanOrEqual(3);
      last = next;

      // 60 s claimed after 60 s: all of it.
      await rewind(t.db, user.id, lesson.id, 60);
      next = await report(agent, lesson.id, { positionSeconds: 130, watchedSeconds: 60 });
      expect(next.creditedSeconds - last.creditedSeconds).toBe(60);
      last = next;

      // Claims below the elapsed time are taken as they are.
      await rewind(t.db, user.id, lesson.id, 60);
      next = await report(agent, lesson.id, { positionSeconds: 150, watchedSeconds: 20 });
      expect(next.creditedSeconds - last.creditedSeconds).toBe(20);
      last = next;

      // Ten minutes claimed after ten minutes: one report credits 120 s at most.
      await rewind(t.db, user.id, lesson.id, 600);
      next = await report(agent, lesson.id, { positionSeconds: 750, watchedSeconds: 600 });
      expect(next.creditedSeconds - last.creditedSeconds).toBe(120);
      const [row] = (await t.db.query(`SELECT credited_seconds FROM lesson_progress WHERE user_id = $1 AND lesson_id = $2`, [user.id, lesson.id])) as {
        credited_seconds: number;
      }[];
      expect(row!.credited_seconds).toBe(next.creditedSeconds);
      expect(next.lessonCompleted).toBe(false);
    });

    test('a video completes once 90% of its length is credited, not before', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, { lessons: [{ type: 'video', durationSeconds: 100 }, { type: 'article', minReadingSeconds: 0 }] });
      const lesson = course.lessons[0]!;
      const { user, agent } = await learner();
      await enrol(agent, course.id);
      let last = await report(agent, lesson.id, { positionSeconds: 0, watchedSeconds: 0 });
      expect(last.requiredSeconds).toBe(90);

      await rewind(t.db, user.id, lesson.id, 60);
      last = await report(agent, lesson.id, { positionSeconds: 60, watchedSeconds: 60 });
      expect(last.lessonCompleted).toBe(false);

      await rewind(t.db, user.id, lesson.id, 60);
      last = await report(agent, lesson.id, { positionSeconds: 89, watchedSeconds: 89 - last.creditedSeconds });
      expect(last).toMatchObject({ creditedSeconds: 89, lessonCompleted: false, courseCompleted: false });
      expect((await myCourse(agent, course.id))!.completedLessons).toBe(0);

      await rewind(t.db, user.id, lesson.id, 60);
      last = await report(agent, lesson.id, { positionSeconds: 90, watchedSeconds: 1 });
      expect(last).toMatchObject({ creditedSeconds: 90, lessonCompleted: true, courseCompleted: false, progressPercent: 50 });
      expect(await myCourse(agent, course.id)).toMatchObject({ completedLessons: 1, progress: 50, status: 'in_progress' });
    });

    test('seeking ahead earns nothing: the furthest point moves only as far as the credited time', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, { lessons: [{ type: 'video', durationSeconds: 1000 }] });
      const lesson = course.lessons[0]!;
      const { user, agent } = await learner();
      await enrol(agent, course.id);
      const first = await report(agent, lesson.id, { positionSeconds: 0, watchedSeconds: 0 });

      await rewind(t.db, user.id, lesson.id, 10);
      const seek = await report(agent, lesson.id, { positionSeconds: 990, watchedSeconds: 5 });
      expect(seek.creditedSeconds - first.creditedSeconds).toBe(5);
      expect(seek.lessonCompleted).toBe(false);
      expect(seek.furthestSeconds).toBeLessThanOrEqual(first.furthestSeconds + 5 + 2);

      await rewind(t.db, user.id, lesson.id, 120);
      const more = await report(agent, lesson.id, { positionSeconds: 1000, watchedSeconds: 120 });
      expect(more.lessonCompleted).toBe(false);
      expect(more.furthestSeconds).toBeLessThanOrEqual(seek.furthestSeconds + 120 + 2);
      expect(more.furthestSeconds).toBeLessThan(200);

      // The player resumes at the reported position but knows how far was really watched.
      const p = await player(agent, course.id);
      expect(p.lessons[0]!.progress).toMatchObject({ positionSeconds: 1000, furthestSeconds: more.furthestSeconds, creditedSeconds: more.creditedSeconds, completed: false });
    });

    test('an article completes after its minimum reading time', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, { lessons: [{ type: 'article', minReadingSeconds: 30 }] });
      const lesson = course.lessons[0]!;
      const { user, agent } = await learner();
      await enrol(agent, course.id);
      let last = await report(agent, lesson.id, { positionSeconds: 0, watchedSeconds: 0 });
      expect(last).toMatchObject({ requiredSeconds: 30, lessonCompleted: false });

      await rewind(t.db, user.id, lesson.id, 60);
      last = await report(agent, lesson.id, { positionSeconds: 10, watchedSeconds: 29 - last.creditedSeconds, reachedEnd: true });
      expect(last).toMatchObject({ creditedSeconds: 29, lessonCompleted: false, courseCompleted: false });

      await rewind(t.db, user.id, lesson.id, 60);
      last = await report(agent, lesson.id, { positionSeconds: 12, watchedSeconds: 1 });
      expect(last).toMatchObject({ creditedSeconds: 30, lessonCompleted: true, courseCompleted: true });
    });

    test("an article without the author's reading time asks for its length (about 400 characters a minute, at least 30 s)", async () => {
      // 300 characters of text (tags and spaces do not count): 45 s, where a fixed default asked 120 s or more.
      const body = `<h2>${'学'.repeat(20)}</h2>\n<p>${'习'.repeat(200)}</p> <p>${'文'.repeat(80)}</p>`;
      const course = await createCourse(w.as.orgAdmin, t.db, {
        lessons: [
          { type: 'article', minReadingSeconds: null, body },
          { type: 'article', minReadingSeconds: null, body: '<p>短文。</p>' },
          { type: 'article', minReadingSeconds: 90, body },
        ],
      });
      const [long, short, authored] = course.lessons;
      expect(course.lessons.map((l) => l.minReadingSeconds)).toEqual([null, null, 90]);
      const detail = await w.as.orgAdmin.get(`/api/courses/${course.id}`);
      expectStatus(detail, 200);
      expect((detail.body as { lessons: { readingSeconds: number | null }[] }).lessons.map((l) => l.readingSeconds)).toEqual([45, 30, 90]);

      const { user, agent } = await learner();
      await enrol(agent, course.id);
      expect((await player(agent, course.id)).lessons.map((l) => l.progress.requiredSeconds)).toEqual([45, 30, 90]);
      // The server holds the minimum: 44 s is not enough, 45 s is.
      let last = await report(agent, long!.id, { positionSeconds: 0, watchedSeconds: 0 });
      expect(last).toMatchObject({ requiredSeconds: 45, lessonCompleted: false });
      await rewind(t.db, user.id, long!.id, 60);
      last = await report(agent, long!.id, { positionSeconds: 44, watchedSeconds: 44 });
      expect(last).toMatchObject({ creditedSeconds: 44, lessonCompleted: false });
      await rewind(t.db, user.id, long!.id, 60);
      last = await report(agent, long!.id, { positionSeconds: 45, watchedSeconds: 1 });
      expect(last).toMatchObject({ creditedSeconds: 45, lessonCompleted: true });
      expect((await report(agent, short!.id, { positionSeconds: 0, watchedSeconds: 0 })).requiredSeconds).toBe(30);
      expect((await report(agent, authored!.id, { positionSeconds: 0, watchedSeconds: 0 })).requiredSeconds).toBe(90);
    });

    test('a document completes only when read to the end, after it was opened, and after its reading time', async () => {
      const pdf = await uploadPdf(w.as.orgAdmin, 'lesson_document');
      const course = await createCourse(w.as.orgAdmin, t.db, {
        lessons: [
          { type: 'document', documentFileId: pdf },
          { type: 'document', documentFileId: pdf, minReadingSeconds: 60 },
        ],
      });
      const [quick, slow] = course.lessons as [BuiltCourse['lessons'][number], BuiltCourse['lessons'][number]];
      const { user, agent } = await learner();
      await enrol(agent, course.id);

      // Reaching the end in the very first report does not count: the document was never opened before.
      expect((await report(agent, quick.id, { positionSeconds: 0, watchedSeconds: 0, reachedEnd: true })).lessonCompleted).toBe(false);
      await rewind(t.db, user.id, quick.id, 10);
      expect((await report(agent, quick.id, { positionSeconds: 5, watchedSeconds: 10 })).lessonCompleted).toBe(false);
      await rewind(t.db, user.id, quick.id, 10);
      expect((await report(agent, quick.id, { positionSeconds: 9, watchedSeconds: 10, reachedEnd: true })).lessonCompleted).toBe(true);

      await report(agent, slow.id, { positionSeconds: 0, watchedSeconds: 0 });
      await rewind(t.db, user.id, slow.id, 30);
      const early = await report(agent, slow.id, { positionSeconds: 30, watchedSeconds: 30, reachedEnd: true });
      expect(early).toMatchObject({ lessonCompleted: false, requiredSeconds: 60 });
      await rewind(t.db, user.id, slow.id, 60);
      const done = await report(agent, slow.id, { positionSeconds: 60, watchedSeconds: 60 });
      expect(done).toMatchObject({ lessonCompleted: true, courseCompleted: true });

      const p = await player(agent, course.id);
      expect(p.lessons.every((l) => l.type === 'document' && typeof l.documentUrl === 'string' && l.progress.reachedEnd && l.progress.completed)).toBe(true);
    });

    test('finishing every lesson completes the course: one ledger entry of its credit hours, and the yearly totals', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, {
        creditHours: 1.5,
        lessons: [
          { type: 'article', minReadingSeconds: 30 },
          { type: 'video', durationSeconds: 100 },
        ],
      });
      const [article, video] = course.lessons as [BuiltCourse['lessons'][number], BuiltCourse['lessons'][number]];
      const { user, agent } = await learner();
      await enrol(agent, course.id);
      const year = thisYear();
      const before = await yearHours(t.db, user.id, year);

      const half = await completeLesson(agent, t.db, article);
      expect(half).toMatchObject({ lessonCompleted: true, courseCompleted: false, progressPercent: 50 });
      expect(await ledgerRows(t.db, user.id)).toEqual([]);
      expect(await myCourse(agent, course.id)).toMatchObject({ status: 'in_progress', progress: 50, completedAt: null });

      const whole = await completeLesson(agent, t.db, video);
      expect(whole).toMatchObject({ lessonCompleted: true, courseCompleted: true, progressPercent: 100 });
      expect(await myCourse(agent, course.id)).toMatchObject({ status: 'completed', progress: 100, completedLessons: 2, overdue: false });

      const entries = await ledgerRows(t.db, user.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ source: 'course', source_ref_id: course.id, hours: 1.5, year });
      const after = await yearHours(t.db, user.id, year);
      expect(after.course_hours - before.course_hours).toBe(1.5);
      expect(after.total_hours - before.total_hours).toBe(1.5);

      // More reports on a finished course change nothing in the ledger.
      await rewind(t.db, user.id, video.id, 60);
      expect(await report(agent, video.id, { positionSeconds: 100, watchedSeconds: 60 })).toMatchObject({ lessonCompleted: true, courseCompleted: true });
      await rewind(t.db, user.id, article.id, 60);
      expect(await report(agent, article.id, { positionSeconds: 100, watchedSeconds: 60, reachedEnd: true })).toMatchObject({ courseCompleted: true });
      expect(await ledgerRows(t.db, user.id)).toHaveLength(1);
      expect(await yearHours(t.db, user.id, year)).toEqual(after);

      // The archive counts it too.
      const archive = await agent.get(`/api/my/archive?year=${year}`);
      expectStatus(archive, 200);
      expect((archive.body as { courses: { courseId: string }[] }).courses.map((c) => c.courseId)).toEqual([course.id]);
    });

    test('a course archived after I enrolled can still be finished and counts', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, { creditHours: 1 });
      const { user, agent } = await learner();
      await enrol(agent, course.id);
      expectStatus(await w.as.orgAdmin.post(`/api/courses/${course.id}/archive`), 200);
      expect((await completeLesson(agent, t.db, course.lessons[0]!)).courseCompleted).toBe(true);
      expect(await ledgerRows(t.db, user.id, 'course')).toEqual([expect.objectContaining({ source_ref_id: course.id, hours: 1 })]);
    });

    test('the player lists the lessons in order with my progress and where to resume', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, {
        lessons: [
          { type: 'article', minReadingSeconds: 0 },
          { type: 'video', durationSeconds: 300 },
          { type: 'article', minReadingSeconds: 30 },
        ],
      });
      const [first, second, third] = course.lessons as [BuiltCourse['lessons'][number], BuiltCourse['lessons'][number], BuiltCourse['lessons'][number]];
      const { agent } = await learner();
      expectError(await agent.get(`/api/my/courses/${course.id}/player`), 404, 'common/not_found');
      await enrol(agent, course.id);

      let p = await player(agent, course.id);
      expect(p).toMatchObject({ courseId: course.id, title: course.title, creditHours: course.creditHours, resumeLessonId: first.id });
      expect(p.lessons.map((l) => [l.id, l.position, l.type])).toEqual([
        [first.id, 1, 'article'],
        [second.id, 2, 'video'],
        [third.id, 3, 'article'],
      ]);
      expect(p.lessons.map((l) => l.progress.completed)).toEqual([false, false, false]);
      expect(p.lessons[0]!.body).toContain('学习贯彻');
      expect(p.lessons[1]!.videoUrl).toBe('https://example.org/v.mp4');
      expect(p.lessons[1]!.progress.requiredSeconds).toBe(270);

      await completeLesson(agent, t.db, first);
      p = await player(agent, course.id);
      expect(p.resumeLessonId).toBe(second.id);
      expect(p.lessons.map((l) => l.progress.completed)).toEqual([true, false, false]);

      // The cadre jumped to the third lesson and stopped there: resume it, not the second.
      await report(agent, third.id, { positionSeconds: 7, watchedSeconds: 0 });
      p = await player(agent, course.id);
      expect(p.resumeLessonId).toBe(third.id);
      expect(p.enrollment.lastLessonId).toBe(third.id);
      expect(p.lessons[2]!.progress).toMatchObject({ positionSeconds: 7, requiredSeconds: 30, completed: false });
    });
  });
});
