import { ClassError, CommonError } from '@cadre/shared';
import { todayInShanghai } from '../../server/src/common/time';
import { signInCode, signInSecret, signInStep, stepEndsAt } from '../../server/src/modules/classes/class-rules';
import type {
  AttendanceSheetDto,
  CloseCheckDto,
  EnrolResultDto,
  EvaluationResultsDto,
  LeaveDto,
  LeaveListDto,
  MyClassSessionListDto,
  RosterDto,
  SignInCodeDto,
  SignInResultDto,
  TrainingClassDto,
  TrainingClassPageDto,
} from '../../server/src/modules/classes/dto/training-class.dto';
import type { ArchiveDto } from '../../server/src/modules/courses/dto/my-learning.dto';
import { createCadre, createUnit, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { addSession, addSessions, classBody, classLedger, createClass, enrol, HOUR, MINUTE, sessionBody, setStatus } from '../helpers/classes';
import { auditRowsFor, PDF_BYTES, PNG_BYTES, uploadFileOk } from '../helpers/courses';
import { getBytes, readWorkbook } from '../helpers/quizzes';
import { addDays, detailFields, expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DAY = 24 * HOUR;

interface Person {
  user: CadreRef;
  agent: Agent;
}

describe('training classes (培训班)', () => {
  let t: TestApp;
  let w: World;
  let secret: string;

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    secret = signInSecret(t.config.jwtSecret);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function person(unit: UnitRef = w.villageA, opts: Parameters<typeof createCadre>[2] = {}): Promise<Person> {
    const user = await createCadre(t.db, unit, opts);
    return { user, agent: await signIn(t.http, user) };
  }

  async function getClass(agent: Agent, id: string): Promise<TrainingClassDto> {
    return expectOk<TrainingClassDto>(await agent.get(`/api/training-classes/${id}`), 200);
  }

  async function listIds(agent: Agent, query = ''): Promise<string[]> {
    return expectOk<TrainingClassPageDto>(await agent.get(`/api/training-classes?pageSize=100${query}`), 200).items.map((c) => c.id);
  }

  /** The code the organiser's screen shows now; waits out the last two seconds of a step so it cannot expire on the way. */
  async function currentCode(sessionId: string): Promise<string> {
    if (stepEndsAt(signInStep(new Date())).getTime() - Date.now() < 2000) await new Promise((r) => setTimeout(r, 2100));
    return signInCode(secret, sessionId, signInStep(new Date()));
  }

  /** A running class organised by town A with one session happening now and the given enrollees. */
  async function liveClass(enrollees: string[]): Promise<{ cls: TrainingClassDto; sessionId: string }> {
    const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
    const [sessionId] = await addSessions(w.as.unitAdminA, cls.id, [sessionBody(-10 * MINUTE, 90)]);
    if (enrollees.length) await enrol(w.as.unitAdminA, cls.id, enrollees);
    await setStatus(w.as.unitAdminA, cls.id, 'running');
    return { cls, sessionId: sessionId! };
  }

  // ---- the class and its timetable --------------------------------------------------------------------------------

  describe('creating and editing a class', () => {
    test('a town admin plans a class for the town; it starts in planning with nobody enrolled, audited', async () => {
      const body = classBody(w.townA.id, { kind: 'study_trip', targetGroups: ['new_leader'], targetRanks: ['zheng_ke', 'fu_ke'], capacity: 30, creditHours: 16.5 });
      const cls = await createClass(w.as.unitAdminA, body);
      expect(cls).toMatchObject({
        title: body.title,
        kind: 'study_trip',
        organiserUnitId: w.townA.id,
        organiserUnitName: w.townA.name,
        startDate: body.startDate,
        endDate: body.endDate,
        capacity: 30,
        creditHours: 16.5,
        status: 'planning',
        enrolled: 0,
        sessionCount: 0,
        targetGroups: ['new_leader'],
        targetRanks: ['zheng_ke', 'fu_ke'],
        sessions: [],
        me: null,
        can: { manage: true, evaluate: false },
      });
      expect((await auditRowsFor(t.db, cls.id, 'training_class.created')).length).toBe(1);
    });

    test('rejects malformed bodies with 400 and the field, and an end before the start with 422', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ kind: 'party' }, 'kind'],
        [{ capacity: 0 }, 'capacity'],
        [{ creditHours: 0.25 }, 'creditHours'],
        [{ startDate: '2026-02-30' }, 'startDate'],
        [{ title: '' }, 'title'],
        [{ extra: 1 }, 'extra'],
      ];
      for (const [override, field] of cases) {
        const res = await w.as.unitAdminA.post('/api/training-classes', { ...classBody(w.townA.id), ...override });
        expectError(res, 400, CommonError.ValidationFailed);
        expect(detailFields(res)).toContain(field);
      }
      const today = todayInShanghai();
      const res = await w.as.unitAdminA.post('/api/training-classes', classBody(w.townA.id, { startDate: today, endDate: addDays(today, -1) }));
      expectError(res, 422, ClassError.InvalidTimes);
    });

    test('a unit outside the scope is a 404; a plain cadre may not create a class (403)', async () => {
      expectError(await w.as.unitAdminA.post('/api/training-classes', classBody(w.townB.id)), 404, CommonError.NotFound);
      expectError(await w.as.cadreA.post('/api/training-classes', classBody(w.townA.id)), 403, CommonError.Forbidden);
      expectError(await w.as.auditor.post('/api/training-classes', classBody(w.root.id)), 403, CommonError.Forbidden);
    });

    test('the timetable: sessions in time order with the teacher of each kind; bad times and teachers are 422', async () => {
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      await addSession(w.as.unitAdminA, cls.id, sessionBody(DAY, 120, { topic: '第二讲', teacherKind: 'lecturer', teacherUserId: w.users.lecturerA.id, siteName: '八路军渡口旧址' }));
      const after = await addSession(w.as.unitAdminA, cls.id, sessionBody(-DAY, 90, { topic: '第一讲', teacherKind: 'cadre', teacherUserId: w.users.cadreA.id }));
      expect(after.sessions.map((s) => [s.topic, s.teacherKind, s.teacherName, s.minutes, s.siteName])).toEqual([
        ['第一讲', 'cadre', w.users.cadreA.name, 90, null],
        ['第二讲', 'lecturer', w.users.lecturerA.name, 120, '八路军渡口旧址'],
      ]);
      const bad: [Record<string, unknown>, string][] = [
        [{ endsAt: new Date(Date.now() - HOUR).toISOString() }, ClassError.InvalidTimes],
        [{ startsAt: new Date(Date.now() + 10 * DAY).toISOString(), endsAt: new Date(Date.now() + 10 * DAY + HOUR).toISOString() }, ClassError.InvalidTimes],
        [{ teacherKind: 'outside', teacherName: '' }, ClassError.InvalidTeacher],
        [{ teacherKind: 'lecturer', teacherUserId: w.users.cadreA.id }, ClassError.InvalidTeacher],
        [{ teacherKind: 'cadre', teacherUserId: null }, ClassError.InvalidTeacher],
      ];
      for (const [override, code] of bad) {
        expectError(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/sessions`, { ...sessionBody(HOUR), ...override }), 422, code);
      }
      expect((await getClass(w.as.unitAdminA, cls.id)).sessions.length).toBe(2);
    });

    test('an empty edit changes nothing; a class in planning without enrollees can be deleted, one with enrollees cannot', async () => {
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      expect(expectOk<TrainingClassDto>(await w.as.unitAdminA.patch(`/api/training-classes/${cls.id}`, {}), 200).title).toBe(cls.title);
      expectError(await w.as.unitAdminA.patch(`/api/training-classes/${cls.id}`, { status: 'closed' }), 400, CommonError.ValidationFailed);
      expect((await w.as.unitAdminA.delete(`/api/training-classes/${cls.id}`)).status).toBe(204);
      expectError(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}`), 404, CommonError.NotFound);
      const kept = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      await enrol(w.as.unitAdminA, kept.id, [w.users.cadreA.id]);
      expectError(await w.as.unitAdminA.delete(`/api/training-classes/${kept.id}`), 409, ClassError.InvalidState);
      expectError(await w.as.unitAdminA.patch(`/api/training-classes/${kept.id}`, { capacity: 0 }), 400, CommonError.ValidationFailed);
    });

    test('a session with attendance cannot be removed (409); taking a cadre off the roster takes their marks too', async () => {
      const cadre = await person();
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      const [past, later] = await addSessions(w.as.unitAdminA, cls.id, [sessionBody(-DAY), sessionBody(DAY)]);
      await enrol(w.as.unitAdminA, cls.id, [cadre.user.id]);
      expectOk(await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${past}/attendance`, { marks: [{ userId: cadre.user.id, status: 'present' }] }), 200);
      expectError(await w.as.unitAdminA.delete(`/api/training-classes/${cls.id}/sessions/${past}`), 409, ClassError.SessionInUse);
      expect(expectOk<TrainingClassDto>(await w.as.unitAdminA.delete(`/api/training-classes/${cls.id}/sessions/${later}`), 200).sessions.map((s) => s.id)).toEqual([past]);
      expect((await w.as.unitAdminA.delete(`/api/training-classes/${cls.id}/enrolments/${cadre.user.id}`)).status).toBe(204);
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM training_class_attendance WHERE session_id = $1', [past])) as [{ n: number }];
      expect(n).toBe(0);
      expectError(await w.as.unitAdminA.delete(`/api/training-classes/${cls.id}/enrolments/${cadre.user.id}`), 404, CommonError.NotFound);
      expectError(await cadre.agent.get(`/api/training-classes/${cls.id}`), 404, CommonError.NotFound);
    });

    test('changing the dates so that a session falls outside them is refused (422)', async () => {
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      await addSession(w.as.unitAdminA, cls.id, sessionBody(2 * DAY));
      expectError(await w.as.unitAdminA.patch(`/api/training-classes/${cls.id}`, { endDate: todayInShanghai() }), 422, ClassError.InvalidTimes);
    });
  });

  // ---- enrolment and who sees what ----------------------------------------------------------------------------

  describe('enrolment', () => {
    test('named cadres, a key group and a rank under a unit; those already enrolled are skipped', async () => {
      const unit = await createUnit(t.db, w.townA, 'village');
      const enforcer = await createCadre(t.db, unit, { keyGroups: ['law_enforcement_mid'], rank: 'keyuan_1' });
      const chief = await createCadre(t.db, unit, { rank: 'zheng_ke' });
      const deputy = await createCadre(t.db, unit, { rank: 'fu_ke' });
      const other = await createCadre(t.db, unit, { rank: 'keyuan_2' });
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      const byGroup = expectOk<EnrolResultDto>(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/enrolments`, { unitId: unit.id, group: 'law_enforcement_mid' }), 200);
      expect(byGroup).toEqual({ added: 1, skipped: 0, enrolled: 1, capacity: 50 });
      const byRank = expectOk<EnrolResultDto>(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/enrolments`, { unitId: unit.id, ranks: ['zheng_ke', 'fu_ke'] }), 200);
      expect(byRank).toEqual({ added: 2, skipped: 0, enrolled: 3, capacity: 50 });
      const named = expectOk<EnrolResultDto>(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/enrolments`, { userIds: [chief.id, other.id] }), 200);
      expect(named).toEqual({ added: 1, skipped: 1, enrolled: 4, capacity: 50 });
      const roster = expectOk<RosterDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/enrolments`), 200);
      expect(roster.items.map((r) => r.userId).sort()).toEqual([enforcer.id, chief.id, deputy.id, other.id].sort());
      expect(roster.items.every((r) => r.status === 'enrolled' && r.missed.standing === 'ok')).toBe(true);
    });

    test('each new enrollee is notified in-app with the dates, once; those already enrolled are not told again', async () => {
      const { user, agent } = await person(w.villageA);
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      expectOk(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/enrolments`, { userIds: [user.id] }), 200);
      expectOk(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/enrolments`, { userIds: [user.id] }), 200);
      const mine = expectOk<{ items: { kind: string; title: string; body: string; link: string | null }[] }>(await agent.get('/api/my/notifications'), 200);
      const told = mine.items.filter((n) => n.kind === 'class_enrolled');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ title: `培训班报名：${cls.title}`, link: `/classes/${cls.id}` });
      expect(told[0]!.body).toContain(`${cls.startDate} 至 ${cls.endDate}`);
    });

    test('over capacity is a 409 and nobody is enrolled', async () => {
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id, { capacity: 2 }));
      const [a, b, c] = [await createCadre(t.db, w.villageA), await createCadre(t.db, w.villageA), await createCadre(t.db, w.villageA)];
      await enrol(w.as.unitAdminA, cls.id, [a.id]);
      const res = await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/enrolments`, { userIds: [b.id, c.id] });
      expectError(res, 409, ClassError.Full);
      const roster = expectOk<RosterDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/enrolments`), 200);
      expect(roster.items.map((r) => r.userId)).toEqual([a.id]);
      await enrol(w.as.unitAdminA, cls.id, [b.id]);
      expectError(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/enrolments`, { userIds: [c.id] }), 409, ClassError.Full);
    });

    test('a cadre outside the admin\'s scope cannot be enrolled (404 naming the entry), and an empty request is a 400', async () => {
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      const res = await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/enrolments`, { userIds: [w.users.cadreA.id, w.users.cadreB.id] });
      expectError(res, 404, CommonError.NotFound);
      expect(detailFields(res)).toEqual(['userIds.1']);
      expectError(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/enrolments`, {}), 400, CommonError.ValidationFailed);
    });

    test('a cadre sees only their own classes; others are 404 by id', async () => {
      const mine = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      const notMine = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      const cadre = await person();
      await enrol(w.as.unitAdminA, mine.id, [cadre.user.id]);
      const ids = await listIds(cadre.agent);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(notMine.id);
      const seen = await getClass(cadre.agent, mine.id);
      expect(seen.me).toMatchObject({ status: 'enrolled', evaluated: false, creditedHours: null });
      expect(seen.can.manage).toBe(false);
      expectError(await cadre.agent.get(`/api/training-classes/${notMine.id}`), 404, CommonError.NotFound);
      expectError(await cadre.agent.get(`/api/training-classes/${mine.id}/enrolments`), 403, CommonError.Forbidden);
    });

    test('a unit admin sees the classes their unit organises and, for a city class, only their own cadres\' enrolments', async () => {
      const city = await createClass(w.as.orgAdmin, classBody(w.root.id, { title: '全市县级领导干部专题学习班' }));
      const [a, b] = [await createCadre(t.db, w.villageA), await createCadre(t.db, w.villageB)];
      await enrol(w.as.orgAdmin, city.id, [a.id, b.id]);
      const townA = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      expect(await listIds(w.as.unitAdminB)).toContain(city.id);
      expect(await listIds(w.as.unitAdminB)).not.toContain(townA.id);
      expectError(await w.as.unitAdminB.get(`/api/training-classes/${townA.id}`), 404, CommonError.NotFound);
      const seen = await getClass(w.as.unitAdminB, city.id);
      expect(seen.enrolled).toBe(1);
      expect(seen.can.manage).toBe(false);
      const roster = expectOk<RosterDto>(await w.as.unitAdminB.get(`/api/training-classes/${city.id}/enrolments`), 200);
      expect(roster.items.map((r) => r.userId)).toEqual([b.id]);
      // Seeing is not organising: the town admin cannot edit or enrol into the city's class.
      expectError(await w.as.unitAdminB.patch(`/api/training-classes/${city.id}`, { title: '改名' }), 404, CommonError.NotFound);
      expectError(await w.as.unitAdminB.post(`/api/training-classes/${city.id}/enrolments`, { userIds: [w.users.cadreB.id] }), 404, CommonError.NotFound);
      expect((await getClass(w.as.orgAdmin, city.id)).enrolled).toBe(2);
      expect(seen.access).toBe('view');
      // The town admin reads the leave queue of their own cadres only.
      const [session] = await addSessions(w.as.orgAdmin, city.id, [sessionBody(DAY)]);
      const agentA = await signIn(t.http, a);
      const agentB = await signIn(t.http, b);
      expectOk(await agentA.post(`/api/my/class-sessions/${session}/leave`, { reason: '事假' }), 201);
      expectOk(await agentB.post(`/api/my/class-sessions/${session}/leave`, { reason: '病假' }), 201);
      const queue = expectOk<LeaveListDto>(await w.as.unitAdminB.get(`/api/training-classes/${city.id}/leaves`), 200);
      expect(queue.items.map((l) => l.userId)).toEqual([b.id]);
      expect(expectOk<LeaveListDto>(await w.as.orgAdmin.get(`/api/training-classes/${city.id}/leaves`), 200).items.length).toBe(2);
      const leaveB = queue.items[0]!.id;
      expectError(await w.as.unitAdminB.post(`/api/training-classes/${city.id}/leaves/${leaveB}/decision`, { approve: true }), 404, CommonError.NotFound);
    });

    test('an admin who only has cadres in a city class sees their own cadres\' counts, no attachments, no survey results and no code', async () => {
      const city = await createClass(w.as.orgAdmin, classBody(w.root.id));
      const [sessionId] = await addSessions(w.as.orgAdmin, city.id, [sessionBody(-10 * MINUTE, 90)]);
      const [a, b] = [await person(w.villageA), await person(w.villageB)];
      await enrol(w.as.orgAdmin, city.id, [a.user.id, b.user.id]);
      await setStatus(w.as.orgAdmin, city.id, 'running');
      expectOk(await w.as.orgAdmin.put(`/api/training-classes/${city.id}/sessions/${sessionId}/attendance`, { marks: [{ userId: a.user.id, status: 'present' }] }), 200);
      const sheetFile = await uploadFileOk(w.as.orgAdmin, 'class_attachment', PNG_BYTES, 'sign-in.png', 'image/png');
      expectOk(await w.as.orgAdmin.put(`/api/training-classes/${city.id}/attachments`, { attachments: [{ fileId: sheetFile.id, kind: 'sign_in_sheet' }] }), 200);

      // The organiser: the whole class (a present, b pending) and the sign-in sheet.
      const organiser = await getClass(w.as.orgAdmin, city.id);
      expect(organiser.sessions.map((s) => [s.presentCount, s.pendingCount])).toEqual([[1, 1]]);
      expect(organiser.attachments.map((x) => [x.kind, x.file.id])).toEqual([['sign_in_sheet', sheetFile.id]]);
      // Town B's admin: only b (pending); town A's admin: only a (present). Neither gets the sheet.
      const viewB = await getClass(w.as.unitAdminB, city.id);
      expect(viewB.access).toBe('view');
      expect(viewB.sessions.map((s) => [s.presentCount, s.pendingCount])).toEqual([[0, 1]]);
      expect(viewB.attachments).toEqual([]);
      const viewA = await getClass(w.as.unitAdminA, city.id);
      expect(viewA.sessions.map((s) => [s.presentCount, s.pendingCount])).toEqual([[1, 0]]);
      expect(viewA.attachments).toEqual([]);
      // An enrollee: no counts of others and no attachments.
      const mine = await getClass(a.agent, city.id);
      expect(mine.sessions.map((s) => [s.presentCount, s.pendingCount])).toEqual([[0, 0]]);
      expect(mine.attachments).toEqual([]);
      expect(JSON.stringify(mine)).not.toContain(sheetFile.id);

      // The survey's results and the live code are the organiser's.
      expectOk<EvaluationResultsDto>(await w.as.orgAdmin.get(`/api/training-classes/${city.id}/evaluation`), 200);
      expectError(await w.as.unitAdminB.get(`/api/training-classes/${city.id}/evaluation`), 404, CommonError.NotFound);
      expectOk<SignInCodeDto>(await w.as.orgAdmin.get(`/api/training-classes/${city.id}/sessions/${sessionId}/sign-in-code`), 200);
      expectError(await w.as.unitAdminB.get(`/api/training-classes/${city.id}/sessions/${sessionId}/sign-in-code`), 404, CommonError.NotFound);
      expectError(await a.agent.get(`/api/training-classes/${city.id}/sessions/${sessionId}/sign-in-code`), 403, CommonError.Forbidden);
    });
  });

  // ---- sign-in by rotating code -----------------------------------------------------------------------------------

  describe('sign-in by rotating code', () => {
    test('the organiser\'s screen shows the current code; the cadre signs in once with it (a second time returns the first)', async () => {
      const cadre = await person();
      const { cls, sessionId } = await liveClass([cadre.user.id]);
      const screen = expectOk<SignInCodeDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/sessions/${sessionId}/sign-in-code`), 200);
      expect(screen).toMatchObject({ sessionId, open: true, presentCount: 0, expectedCount: 1 });
      expect(screen.code).toMatch(/^\d{6}$/);
      // The code on the organiser's screen is the one the cadre types: it signs them in (a made-up one does not).
      const wrong = String((Number(screen.code) + 1) % 1_000_000).padStart(6, '0');
      expectError(await cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: wrong }), 422, 'classes/invalid_code');
      const first = expectOk<SignInResultDto>(await cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: screen.code }), 200);
      expect(first).toMatchObject({ sessionId, classTitle: cls.title, created: true });
      const again = expectOk<SignInResultDto>(await cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: await currentCode(sessionId) }), 200);
      expect(again).toMatchObject({ created: false, signedInAt: first.signedInAt });
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM training_class_attendance WHERE session_id = $1 AND user_id = $2', [sessionId, cadre.user.id])) as [{ n: number }];
      expect(n).toBe(1);
      const sheet = expectOk<AttendanceSheetDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/sessions/${sessionId}/attendance`), 200);
      expect(sheet.items).toEqual([expect.objectContaining({ userId: cadre.user.id, status: 'present', method: 'code' })]);
      expect((await getClass(cadre.agent, cls.id)).me!.sessions).toEqual([expect.objectContaining({ sessionId, attendance: 'present' })]);
    });

    test('the previous code still works; one two steps old is expired (422), and so is another session\'s code', async () => {
      const [a, b] = [await person(), await person()];
      const { sessionId } = await liveClass([a.user.id, b.user.id]);
      const other = await liveClass([]);
      await currentCode(sessionId);
      const step = signInStep(new Date());
      expectOk(await a.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: signInCode(secret, sessionId, step - 1) }), 200);
      const old = await b.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: signInCode(secret, sessionId, step - 2) });
      expectError(old, 422, ClassError.InvalidCode);
      expectError(await b.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: signInCode(secret, other.sessionId, step) }), 422, ClassError.InvalidCode);
    });

    test('outside the session\'s window sign-in is a 422, and the organiser\'s screen shows no code', async () => {
      const cadre = await person();
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      const [later, earlier] = await addSessions(w.as.unitAdminA, cls.id, [sessionBody(2 * HOUR), sessionBody(-3 * HOUR, 60)]);
      await enrol(w.as.unitAdminA, cls.id, [cadre.user.id]);
      await setStatus(w.as.unitAdminA, cls.id, 'running');
      for (const sessionId of [later!, earlier!]) {
        const res = await cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: signInCode(secret, sessionId, signInStep(new Date())) });
        expectError(res, 422, ClassError.OutsideWindow);
        const screen = expectOk<SignInCodeDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/sessions/${sessionId}/sign-in-code`), 200);
        expect(screen).toMatchObject({ open: false, code: null, changesAt: null });
      }
      // Thirty minutes before the start it opens.
      const [soon] = await addSessions(w.as.unitAdminA, cls.id, [sessionBody(20 * MINUTE)]);
      expectOk(await cadre.agent.post(`/api/my/class-sessions/${soon}/sign-in`, { code: await currentCode(soon!) }), 200);
    });

    test('only enrollees sign in, and only themselves: a stranger gets 404; the request names no other person', async () => {
      const enrolled = await person();
      const stranger = await person();
      const { sessionId } = await liveClass([enrolled.user.id]);
      expectError(await stranger.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: await currentCode(sessionId) }), 404, CommonError.NotFound);
      const res = await stranger.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: await currentCode(sessionId), userId: enrolled.user.id });
      expectError(res, 400, CommonError.ValidationFailed);
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM training_class_attendance WHERE session_id = $1', [sessionId])) as [{ n: number }];
      expect(n).toBe(0);
    });

    test('a malformed code is a 400; five wrong codes in ten minutes lock sign-in (429) even with the right code', async () => {
      const cadre = await person();
      const { sessionId } = await liveClass([cadre.user.id]);
      expectError(await cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: '12ab56' }), 400, CommonError.ValidationFailed);
      const right = await currentCode(sessionId);
      const wrong = right === '000000' ? '000001' : '000000';
      for (let i = 0; i < 5; i++) expectError(await cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: wrong }), 422, ClassError.InvalidCode);
      expectError(await cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: await currentCode(sessionId) }), 429, ClassError.TooManyAttempts);
    });

    test('ten wrong codes at once: five are judged (422) and recorded, the rest are refused (429)', async () => {
      const cadre = await person();
      const { sessionId } = await liveClass([cadre.user.id]);
      const right = await currentCode(sessionId);
      const wrong = right === '000000' ? '000001' : '000000';
      const responses = await Promise.all(Array.from({ length: 10 }, () => cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: wrong })));
      const codes = responses.map((r) => `${r.status} ${(r.body as { code?: string }).code}`).sort();
      expect(codes).toEqual([...Array<string>(5).fill(`422 ${ClassError.InvalidCode}`), ...Array<string>(5).fill(`429 ${ClassError.TooManyAttempts}`)]);
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM training_class_sign_in_failures WHERE user_id = $1', [cadre.user.id])) as [{ n: number }];
      expect(n).toBe(5);
    });

    test('a code does not overwrite the organiser\'s manual absent mark (409, the mark stands)', async () => {
      const cadre = await person();
      const { cls, sessionId } = await liveClass([cadre.user.id]);
      // A long session tomorrow, so that missing today's 90 minutes stays under a seventh (no withdrawal).
      await addSessions(w.as.unitAdminA, cls.id, [sessionBody(DAY, 600)]);
      expectOk(await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${sessionId}/attendance`, { marks: [{ userId: cadre.user.id, status: 'absent' }] }), 200);
      expectError(await cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: await currentCode(sessionId) }), 409, ClassError.MarkedByOrganiser);
      const rows = (await t.db.query('SELECT present, method, marked_by_id FROM training_class_attendance WHERE session_id = $1 AND user_id = $2', [sessionId, cadre.user.id])) as unknown[];
      expect(rows).toEqual([{ present: false, method: 'manual', marked_by_id: w.users.unitAdminA.id }]);
      expect((await getClass(cadre.agent, cls.id)).me).toMatchObject({ status: 'enrolled', sessions: [expect.objectContaining({ sessionId, attendance: 'absent' }), expect.anything()] });
    });

    test('sign-in and the live code work only while the class is running', async () => {
      const cadre = await person();
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      const [sessionId] = await addSessions(w.as.unitAdminA, cls.id, [sessionBody(-10 * MINUTE, 90)]);
      await enrol(w.as.unitAdminA, cls.id, [cadre.user.id]);
      for (const status of ['planning', 'enrolling'] as const) {
        await setStatus(w.as.unitAdminA, cls.id, status);
        const screen = expectOk<SignInCodeDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/sessions/${sessionId}/sign-in-code`), 200);
        expect(screen).toMatchObject({ open: false, code: null, changesAt: null });
        expectError(await cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: await currentCode(sessionId!) }), 422, ClassError.InvalidState);
        const mine = expectOk<MyClassSessionListDto>(await cadre.agent.get(`/api/my/class-sessions?from=${addDays(todayInShanghai(), -1)}&days=3`), 200);
        expect(mine.items).toEqual([expect.objectContaining({ id: sessionId, signInOpen: false })]);
      }
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM training_class_attendance WHERE session_id = $1', [sessionId])) as [{ n: number }];
      expect(n).toBe(0);
      await setStatus(w.as.unitAdminA, cls.id, 'running');
      expect(expectOk<SignInCodeDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/sessions/${sessionId}/sign-in-code`), 200).open).toBe(true);
      expectOk(await cadre.agent.post(`/api/my/class-sessions/${sessionId}/sign-in`, { code: await currentCode(sessionId!) }), 200);
    });

    test('my sessions list today\'s session with sign-in open, and the calendar file has it', async () => {
      const cadre = await person();
      const { cls, sessionId } = await liveClass([cadre.user.id]);
      const mine = expectOk<MyClassSessionListDto>(await cadre.agent.get(`/api/my/class-sessions?from=${addDays(todayInShanghai(), -1)}&days=3`), 200);
      expect(mine.items).toEqual([expect.objectContaining({ id: sessionId, classId: cls.id, classTitle: cls.title, attendance: 'pending', signInOpen: true })]);
      const ics = await cadre.agent.get('/api/my/training-calendar.ics');
      expect(ics.status).toBe(200);
      expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
      expect(ics.text).toContain(`UID:${sessionId}@cadre-training`);
      expect(ics.text).toContain(`SUMMARY:${cls.title}：`);
    });
  });

  // ---- leave and the one-seventh rule -----------------------------------------------------------------------------

  describe('leave and withdrawal (请假超过七分之一按退学处理)', () => {
    /** Seven one-hour sessions tomorrow: 420 minutes, so one hour of leave is exactly a seventh. */
    async function sevenHourClass(enrollees: string[]) {
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      const sessions = await addSessions(w.as.unitAdminA, cls.id, Array.from({ length: 7 }, (_, i) => sessionBody(DAY + i * 70 * MINUTE, 60)));
      await enrol(w.as.unitAdminA, cls.id, enrollees);
      await setStatus(w.as.unitAdminA, cls.id, 'running');
      return { cls, sessions };
    }

    async function rosterRow(classId: string, userId: string) {
      const roster = expectOk<RosterDto>(await w.as.unitAdminA.get(`/api/training-classes/${classId}/enrolments`), 200);
      return roster.items.find((r) => r.userId === userId)!;
    }

    test('one hour of seven is at the limit (warned); a second approved hour withdraws the cadre', async () => {
      const cadre = await person();
      const { cls, sessions } = await sevenHourClass([cadre.user.id]);
      const asked = expectOk<LeaveDto>(await cadre.agent.post(`/api/my/class-sessions/${sessions[0]}/leave`, { reason: '参加防汛值班' }), 201);
      expect(asked).toMatchObject({ status: 'pending', reason: '参加防汛值班', missed: { leaveMinutes: 0, totalMinutes: 420, standing: 'ok' }, ifApproved: { leaveMinutes: 60, standing: 'at_limit' } });
      const approved = expectOk<LeaveDto>(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/leaves/${asked.id}/decision`, { approve: true }), 200);
      expect(approved).toMatchObject({ status: 'approved', missed: { leaveMinutes: 60, share: 0.1429, standing: 'at_limit' } });
      expect(await rosterRow(cls.id, cadre.user.id)).toMatchObject({ status: 'enrolled', missed: { standing: 'at_limit' } });
      expect((await getClass(cadre.agent, cls.id)).me).toMatchObject({ status: 'enrolled', missed: { leaveMinutes: 60, totalMinutes: 420, standing: 'at_limit' } });

      const second = expectOk<LeaveDto>(await cadre.agent.post(`/api/my/class-sessions/${sessions[1]}/leave`, { reason: '病假' }), 201);
      const queue = expectOk<LeaveListDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/leaves?status=pending`), 200);
      expect(queue.items).toEqual([expect.objectContaining({ id: second.id, ifApproved: expect.objectContaining({ leaveMinutes: 120, standing: 'withdrawn' }) })]);
      expectOk(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/leaves/${second.id}/decision`, { approve: true, note: '已提醒将按退学处理' }), 200);
      expect(await rosterRow(cls.id, cadre.user.id)).toMatchObject({ status: 'withdrawn', missed: { leaveMinutes: 120, share: 0.2857, standing: 'withdrawn' } });
      const audit = await auditRowsFor(t.db, second.id, 'class_leave.approved');
      expect(audit.map((a) => (a.details as { withdrawn: boolean }).withdrawn)).toEqual([true]);
      // Withdrawn: no more leave requests.
      expectError(await cadre.agent.post(`/api/my/class-sessions/${sessions[2]}/leave`, { reason: '事假' }), 422, ClassError.Withdrawn);
    });

    test('refused leave does not count; a request is decided once; the same session twice is a 409', async () => {
      const cadre = await person();
      const { cls, sessions } = await sevenHourClass([cadre.user.id]);
      const asked = expectOk<LeaveDto>(await cadre.agent.post(`/api/my/class-sessions/${sessions[0]}/leave`, { reason: '事假' }), 201);
      expectError(await cadre.agent.post(`/api/my/class-sessions/${sessions[0]}/leave`, { reason: '再次请假' }), 409, ClassError.LeaveNotAllowed);
      expectOk(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/leaves/${asked.id}/decision`, { approve: false, note: '课程重要' }), 200);
      expectError(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/leaves/${asked.id}/decision`, { approve: true }), 409, ClassError.LeaveDecided);
      expect(await rosterRow(cls.id, cadre.user.id)).toMatchObject({ status: 'enrolled', missed: { leaveMinutes: 0, standing: 'ok' } });
      expect((await auditRowsFor(t.db, asked.id, 'class_leave.refused')).length).toBe(1);
    });

    test('leave from a session that has ended is a 422; a stranger\'s request is a 404', async () => {
      const cadre = await person();
      const stranger = await person();
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      const [past] = await addSessions(w.as.unitAdminA, cls.id, [sessionBody(-DAY)]);
      await enrol(w.as.unitAdminA, cls.id, [cadre.user.id]);
      expectError(await cadre.agent.post(`/api/my/class-sessions/${past}/leave`, { reason: '补请假' }), 422, ClassError.LeaveNotAllowed);
      expectError(await stranger.agent.post(`/api/my/class-sessions/${past}/leave`, { reason: '事假' }), 404, CommonError.NotFound);
    });
  });

  // ---- attendance by hand, closing, ledger --------------------------------------------------------------------------

  describe('closing the class', () => {
    /** Three past one-hour sessions (180 minutes), three enrollees. */
    async function pastClass() {
      const people = [await person(), await person(), await person()];
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id, { creditHours: 12 }));
      const sessions = await addSessions(w.as.unitAdminA, cls.id, [sessionBody(-2 * DAY), sessionBody(-DAY), sessionBody(-3 * HOUR)]);
      await enrol(w.as.unitAdminA, cls.id, people.map((p) => p.user.id));
      await setStatus(w.as.unitAdminA, cls.id, 'running');
      return { cls, sessions, people };
    }

    async function attach(classId: string, kinds: ('sign_in_sheet' | 'timetable')[]) {
      const attachments = [];
      for (const kind of kinds) {
        const file = kind === 'timetable'
          ? await uploadFileOk(w.as.unitAdminA, 'class_attachment', PDF_BYTES, 'timetable.pdf', 'application/pdf')
          : await uploadFileOk(w.as.unitAdminA, 'class_attachment', PNG_BYTES, 'sign-in.png', 'image/png');
        attachments.push({ fileId: file.id, kind });
      }
      expectOk(await w.as.unitAdminA.put(`/api/training-classes/${classId}/attachments`, { attachments }), 200);
    }

    test('cannot close before attendance of every session is recorded and the sign-in sheet and timetable are attached', async () => {
      const { cls, sessions, people } = await pastClass();
      const check = expectOk<CloseCheckDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/close-check`), 200);
      expect(check.ready).toBe(false);
      expect(check.items.filter((i) => !i.ok).map((i) => i.key)).toEqual(['attendance', 'sign_in_sheet', 'timetable']);
      expect(check.items.find((i) => i.key === 'attendance')!.sessionIds.sort()).toEqual([...sessions].sort());
      const res = await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/close`);
      expectError(res, 422, ClassError.NotReadyToClose);
      expect(detailFields(res)).toEqual(['attendance', 'sign_in_sheet', 'timetable']);

      for (const s of sessions) {
        expectOk(await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${s}/attendance`, { marks: people.map((p) => ({ userId: p.user.id, status: 'present' })) }), 200);
      }
      await attach(cls.id, ['timetable']);
      const res2 = await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/close`);
      expectError(res2, 422, ClassError.NotReadyToClose);
      expect(detailFields(res2)).toEqual(['sign_in_sheet']);
      expect(await classLedger(t.db, cls.id)).toEqual({});
    });

    test('closing writes class hours for everyone who completed it and none for a withdrawn cadre; the archive lists the class', async () => {
      const { cls, sessions, people } = await pastClass();
      const [stays, absentOnce, onLeave] = people;
      // One of three hours absent is a third: past a seventh, so withdrawn.
      for (const [i, s] of sessions.entries()) {
        const marks = [
          { userId: stays!.user.id, status: 'present' },
          { userId: absentOnce!.user.id, status: i === 0 ? 'absent' : 'present' },
          { userId: onLeave!.user.id, status: 'present' },
        ];
        const sheet = expectOk<AttendanceSheetDto>(await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${s}/attendance`, { marks }), 200);
        expect(sheet.session.pendingCount).toBe(0);
      }
      expect((await auditRowsFor(t.db, sessions[0]!, 'class_attendance.marked')).length).toBe(1);
      await attach(cls.id, ['sign_in_sheet', 'timetable']);
      const check = expectOk<CloseCheckDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/close-check`), 200);
      expect(check).toMatchObject({ ready: true, completing: 2, withdrawn: 1 });

      const closed = expectOk<TrainingClassDto>(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/close`), 200);
      expect(closed).toMatchObject({ status: 'closed', can: { manage: false } });
      expect(await classLedger(t.db, cls.id)).toEqual({ [stays!.user.id]: 12, [onLeave!.user.id]: 12 });
      const roster = expectOk<RosterDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/enrolments`), 200);
      expect(Object.fromEntries(roster.items.map((r) => [r.userId, [r.status, r.creditedHours]]))).toEqual({
        [stays!.user.id]: ['completed', 12],
        [absentOnce!.user.id]: ['withdrawn', null],
        [onLeave!.user.id]: ['completed', 12],
      });
      const year = Number(todayInShanghai().slice(0, 4));
      const archive = expectOk<ArchiveDto>(await stays!.agent.get(`/api/my/archive?year=${year}`), 200);
      expect(archive.bySource.class).toBe(12);
      expect(archive.classes).toEqual([expect.objectContaining({ classId: cls.id, title: cls.title, kind: 'special', status: 'completed', hours: 12 })]);
      const withdrawnArchive = expectOk<ArchiveDto>(await absentOnce!.agent.get(`/api/my/archive?year=${year}`), 200);
      expect(withdrawnArchive.bySource.class).toBe(0);
      expect(withdrawnArchive.classes).toEqual([expect.objectContaining({ classId: cls.id, status: 'withdrawn', hours: 0 })]);
      // A closed class is final.
      expectError(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/close`), 409, ClassError.InvalidState);
      expectError(await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${sessions[0]}/attendance`, { marks: [] }), 409, ClassError.InvalidState);
      expectError(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/sessions`, sessionBody(-HOUR)), 409, ClassError.InvalidState);
      expect((await auditRowsFor(t.db, cls.id, 'training_class.closed')).map((a) => a.details)).toEqual([{ completed: 2, withdrawn: 1, hours: 12 }]);
    });

    test('closing is all or nothing: when one ledger entry fails, nobody gets hours and the class stays open', async () => {
      const { cls, sessions, people } = await pastClass();
      for (const s of sessions) {
        expectOk(await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${s}/attendance`, { marks: people.map((p) => ({ userId: p.user.id, status: 'present' })) }), 200);
      }
      await attach(cls.id, ['sign_in_sheet', 'timetable']);
      // Cadres are credited in user id order: the victim is the last, so the others' entries are written first and rolled back.
      const ids = people.map((p) => p.user.id).sort();
      const victim = ids[2]!;
      const fn = `fail_class_ledger_${victim.replace(/-/g, '')}`;
      await t.db.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.user_id = '${victim}' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
      await t.db.query(`CREATE TRIGGER ${fn} BEFORE INSERT ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
      try {
        const res = await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/close`);
        expect(res.status).toBe(500);
      } finally {
        await t.db.query(`DROP TRIGGER ${fn} ON ledger_entries`);
        await t.db.query(`DROP FUNCTION ${fn}()`);
      }
      expect(await classLedger(t.db, cls.id)).toEqual({});
      const year = Number(todayInShanghai().slice(0, 4));
      const totals = (await t.db.query('SELECT user_id, total_hours FROM cadre_year_hours WHERE year = $1 AND user_id = ANY($2::uuid[])', [year, ids])) as { user_id: string; total_hours: string }[];
      expect(totals.filter((r) => Number(r.total_hours) !== 0)).toEqual([]);
      const after = await getClass(w.as.unitAdminA, cls.id);
      expect(after.status).toBe('running');
      const roster = expectOk<RosterDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/enrolments`), 200);
      expect(roster.items.every((r) => r.status === 'enrolled')).toBe(true);
      expectOk(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/close`), 200);
      expect(Object.keys(await classLedger(t.db, cls.id)).length).toBe(3);
    });

    test('marks must name enrollees once each, and wait for the session to begin', async () => {
      const { cls, sessions, people } = await pastClass();
      const res = await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${sessions[0]}/attendance`, {
        marks: [
          { userId: people[0]!.user.id, status: 'present' },
          { userId: w.users.cadreB.id, status: 'present' },
          { userId: people[0]!.user.id, status: 'absent' },
        ],
      });
      expectError(res, 422, CommonError.ValidationFailed);
      expect(detailFields(res)).toEqual(['marks.1.userId', 'marks.2.userId']);
      const [future] = await addSessions(w.as.unitAdminA, cls.id, [sessionBody(DAY)]);
      expectError(await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${future}/attendance`, { marks: [{ userId: people[0]!.user.id, status: 'present' }] }), 422, ClassError.OutsideWindow);
      expectError(await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${sessions[0]}/attendance`, { marks: [{ userId: people[0]!.user.id, status: 'late' }] }), 400, CommonError.ValidationFailed);
    });

    test('the roster and attendance export as a workbook (audited)', async () => {
      const { cls, sessions, people } = await pastClass();
      await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${sessions[0]}/attendance`, {
        marks: [
          { userId: people[0]!.user.id, status: 'present' },
          { userId: people[1]!.user.id, status: 'absent' },
        ],
      });
      const res = await getBytes(w.as.unitAdminA, `/api/exports/training-classes/${cls.id}/roster.xlsx`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      const book = await readWorkbook(res.body as Buffer);
      expect(Object.keys(book)).toEqual(['花名册', '考勤表']);
      expect(book['花名册']![0]).toEqual(['序号', '姓名', '单位', '职务', '职级', '状态', '出勤次数', '请假(分钟)', '缺勤(分钟)', '缺课比例', '学时']);
      expect(book['花名册']!.length).toBe(4);
      const grid = Object.fromEntries(book['考勤表']!.slice(1).map((r) => [r[0], r.slice(2)]));
      expect(grid[people[0]!.user.name]).toEqual(['出勤', '未记录', '未记录']);
      expect(grid[people[1]!.user.name]).toEqual(['缺勤', '未记录', '未记录']);
      expect((await auditRowsFor(t.db, cls.id, 'training_class.exported')).length).toBe(1);
      expectError(await w.as.unitAdminB.get(`/api/exports/training-classes/${cls.id}/roster.xlsx`), 404, CommonError.NotFound);
    });
  });

  // ---- the survey ---------------------------------------------------------------------------------------------

  describe('evaluation survey', () => {
    test('enrollees rate each session and teacher once; results per session and teacher carry no names', async () => {
      const [a, b, c] = [await person(), await person(), await person()];
      const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id));
      const [s1, s2] = await addSessions(w.as.unitAdminA, cls.id, [
        sessionBody(-DAY, 60, { teacherName: '王教授' }),
        sessionBody(-2 * HOUR, 60, { teacherName: '李书记' }),
      ]);
      await enrol(w.as.unitAdminA, cls.id, [a.user.id, b.user.id, c.user.id]);
      expectError(await a.agent.post(`/api/training-classes/${cls.id}/evaluation`, { sessions: [] }), 409, ClassError.EvaluationClosed);
      await setStatus(w.as.unitAdminA, cls.id, 'running');
      expect((await getClass(a.agent, cls.id)).can.evaluate).toBe(true);
      const aBody = { sessions: [{ sessionId: s1, contentRating: 5, teacherRating: 4, comment: '案例生动' }, { sessionId: s2, contentRating: 4, teacherRating: 5 }], comment: '建议增加现场教学' };
      expect((await a.agent.post(`/api/training-classes/${cls.id}/evaluation`, aBody)).status).toBe(204);
      expect((await b.agent.post(`/api/training-classes/${cls.id}/evaluation`, { sessions: [{ sessionId: s1, contentRating: 3, teacherRating: 5 }] })).status).toBe(204);
      expectError(await a.agent.post(`/api/training-classes/${cls.id}/evaluation`, aBody), 409, ClassError.EvaluationClosed);
      expect((await getClass(a.agent, cls.id)).can.evaluate).toBe(false);
      expectError(await c.agent.post(`/api/training-classes/${cls.id}/evaluation`, { sessions: [{ sessionId: s1, contentRating: 6, teacherRating: 5 }] }), 400, CommonError.ValidationFailed);
      const otherSession = (await liveClass([])).sessionId;
      expectError(await c.agent.post(`/api/training-classes/${cls.id}/evaluation`, { sessions: [{ sessionId: otherSession, contentRating: 4, teacherRating: 4 }] }), 422, CommonError.ValidationFailed);
      expectError(await w.as.cadreB.post(`/api/training-classes/${cls.id}/evaluation`, { sessions: [] }), 404, CommonError.NotFound);

      const results = expectOk<EvaluationResultsDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/evaluation`), 200);
      expect(results).toEqual({
        respondents: 2,
        enrollees: 3,
        sessions: [
          { sessionId: s1, topic: expect.any(String), teacherName: '王教授', responses: 2, contentAverage: 4, teacherAverage: 4.5, comments: ['案例生动'] },
          { sessionId: s2, topic: expect.any(String), teacherName: '李书记', responses: 1, contentAverage: 4, teacherAverage: 5, comments: [] },
        ],
        teachers: [
          { teacherName: '李书记', sessions: 1, responses: 1, average: 5 },
          { teacherName: '王教授', sessions: 1, responses: 2, average: 4.5 },
        ],
        comments: ['建议增加现场教学'],
      });
      const text = JSON.stringify(results);
      for (const p of [a, b]) expect(text).not.toContain(p.user.id);
      const columns = (await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'training_class_ratings'`)) as { column_name: string }[];
      expect(columns.map((r) => r.column_name)).not.toContain('user_id');
      expectError(await a.agent.get(`/api/training-classes/${cls.id}/evaluation`), 403, CommonError.Forbidden);
    });

    test('a session is rated only once it has ended (422); the refused survey is not counted as filled in', async () => {
      const cadre = await person();
      const { cls, sessionId } = await liveClass([cadre.user.id]);
      // Running, but no session is over yet: the survey is not offered.
      expect((await getClass(cadre.agent, cls.id)).can.evaluate).toBe(false);
      const [past] = await addSessions(w.as.unitAdminA, cls.id, [sessionBody(-DAY, 60)]);
      const res = await cadre.agent.post(`/api/training-classes/${cls.id}/evaluation`, {
        sessions: [
          { sessionId: past, contentRating: 5, teacherRating: 5 },
          { sessionId, contentRating: 4, teacherRating: 4 },
        ],
      });
      expectError(res, 422, CommonError.ValidationFailed);
      expect(detailFields(res)).toEqual(['sessions.1.sessionId']);
      expect((await getClass(cadre.agent, cls.id)).can.evaluate).toBe(true);
      expect((await cadre.agent.post(`/api/training-classes/${cls.id}/evaluation`, { sessions: [{ sessionId: past, contentRating: 5, teacherRating: 5 }] })).status).toBe(204);
      expect(expectOk<EvaluationResultsDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/evaluation`), 200).sessions.map((s) => [s.sessionId, s.responses])).toEqual([
        [past, 1],
        [sessionId, 0],
      ]);
    });
  });

  test('ids that are not UUIDs are a 400, and a page over 100 rows is a 400', async () => {
    expectError(await w.as.unitAdminA.get('/api/training-classes/not-a-uuid'), 400, CommonError.ValidationFailed);
    expectError(await w.as.cadreA.post('/api/my/class-sessions/xyz/sign-in', { code: '123456' }), 400, CommonError.ValidationFailed);
    expectError(await w.as.unitAdminA.get('/api/training-classes?pageSize=101'), 400, CommonError.ValidationFailed);
  });
});
