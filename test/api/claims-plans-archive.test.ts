import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { rankLevel, type CadreGroup } from '@cadre/shared';
import { addMonths, todayInShanghai } from '../../server/src/common/time';
import { createCadre, uniq, type CadreOptions, type CadreRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { completeLesson, createCourse, enrol, expectStatus, ledgerRows, uploadPdf, yearHours } from '../helpers/learning';
import { buildWorld, type World } from '../helpers/world';

interface Claim {
  id: string;
  userId: string;
  userName: string;
  title: string;
  startDate: string;
  endDate: string;
  hours: number;
  status: 'pending' | 'approved' | 'rejected';
  rejectReason: string | null;
  attachment: { id: string; purpose: string; url: string } | null;
  reviewedAt: string | null;
}

interface PlanRule {
  cadreGroup: CadreGroup | null;
  rankLevel: 'chu' | 'ke' | 'keyuan' | null;
  requiredHours: number;
  note?: string;
}

interface Plan {
  year: number;
  isDefault: boolean;
  rules: PlanRule[];
}

interface Archive {
  year: number;
  name: string;
  unitName: string;
  targetHours: number;
  earnedHours: number;
  bySource: Record<'course' | 'quiz' | 'study_record' | 'lecture_given' | 'offline_training' | 'class', number>;
  courses: { courseId: string; title: string; creditHours: number; required: boolean; completedAt: string }[];
  entries: { id: string; hours: number; source: string; description: string; earnedAt: string }[];
  years: number[];
}

/**
 * The training plan is city-wide and keyed by year, so this file keeps to past years nobody else uses: one never saved
 * (the default), one for the save rules, one for the archive.
 */
const UNSAVED_YEAR = 2014;
const SAVED_YEAR = 2013;
const ARCHIVE_YEAR = 2012;

describe('offline claims (学时申报), training plans and the learning archive (学习档案)', () => {
  let t: TestApp;
  let w: World;
  const today = () => todayInShanghai();
  const thisYear = () => Number(today().slice(0, 4));

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
  });
  afterAll(async () => {
    await t.close();
  });

  function expectError(res: request.Response, status: number, code: string): void {
    expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
  }

  async function learner(opts: CadreOptions = {}): Promise<{ user: CadreRef; agent: Agent }> {
    const user = await createCadre(t.db, w.villageA, opts);
    return { user, agent: await signIn(t.http, user) };
  }

  function claimBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      title: uniq('党校专题培训'),
      kind: 'party_school',
      organizer: '市委党校',
      startDate: addMonths(today(), -1),
      endDate: today(),
      hours: 4,
      ...overrides,
    };
  }

  async function submit(agent: Agent, overrides: Record<string, unknown> = {}): Promise<Claim> {
    const res = await agent.post('/api/my/claims', claimBody(overrides));
    expectStatus(res, 201);
    return res.body as Claim;
  }

  async function claimIds(agent: Agent, path: string): Promise<string[]> {
    const res = await agent.get(`${path}${path.includes('?') ? '&' : '?'}pageSize=100`);
    expectStatus(res, 200);
    return (res.body as { items: Claim[] }).items.map((c) => c.id);
  }

  async function claimRow(id: string): Promise<{ status: string; reviewed_by_id: string | null }> {
    const [row] = (await t.db.query(`SELECT status, reviewed_by_id FROM offline_claims WHERE id = $1`, [id])) as { status: string; reviewed_by_id: string | null }[];
    return row!;
  }

  async function archiveOf(agent: Agent, query = ''): Promise<Archive> {
    const res = await agent.get(`/api/my/archive${query}`);
    expectStatus(res, 200);
    return res.body as Archive;
  }

  // ---- offline claims -------------------------------------------------------------------------------------------

  describe('offline claims', () => {
    test('a cadre submits a claim with their own attachment; a file that is not theirs is a 404', async () => {
      const { user, agent } = await learner();
      const file = await uploadPdf(agent, 'claim_attachment');
      const claim = await submit(agent, { hours: 6.5, attachmentFileId: file });
      expect(claim).toMatchObject({ userId: user.id, userName: user.name, hours: 6.5, status: 'pending', rejectReason: null, reviewedAt: null });
      expect(claim.attachment).toMatchObject({ id: file, purpose: 'claim_attachment' });
      expect(typeof claim.attachment!.url).toBe('string');

      const othersFile = await uploadPdf(w.as.cadreB, 'claim_attachment');
      expectError(await agent.post('/api/my/claims', claimBody({ attachmentFileId: othersFile })), 404, 'common/not_found');
      // A file uploaded for another purpose is not an attachment either.
      const lessonPdf = await uploadPdf(w.as.orgAdmin, 'lesson_document');
      expectError(await agent.post('/api/my/claims', claimBody({ attachmentFileId: lessonPdf })), 404, 'common/not_found');
      expectError(await agent.post('/api/my/claims', claimBody({ attachmentFileId: randomUUID() })), 404, 'common/not_found');

      expect(await claimIds(agent, '/api/my/claims')).toEqual([claim.id]);
    });

    test('the training must have ended, and must not end before it began', async () => {
      const { agent } = await learner();
      const backwards = await agent.post('/api/my/claims', claimBody({ startDate: addMonths(today(), -1), endDate: addMonths(today(), -2) }));
      expectError(backwards, 422, 'learning/invalid_period');
      const future = await agent.post('/api/my/claims', claimBody({ startDate: today(), endDate: addMonths(today(), 1) }));
      expectError(future, 422, 'learning/invalid_period');
      expectError(await agent.post('/api/my/claims', claimBody({ hours: 0 })), 400, 'common/validation_failed');
      expectError(await agent.post('/api/my/claims', claimBody({ endDate: '2025-02-30' })), 400, 'common/validation_failed');
      expectError(await agent.post('/api/my/claims', claimBody({ title: '' })), 400, 'common/validation_failed');
      expect(await claimIds(agent, '/api/my/claims')).toEqual([]);

      // A one-day training that ended today is fine.
      const oneDay = await submit(agent, { startDate: today(), endDate: today() });
      expect(oneDay.status).toBe('pending');
    });

    test('GET /api/my/claims shows my claims; GET /api/claims shows a unit admin the claims of their town only', async () => {
      const claimA = await submit(w.as.cadreA);
      const claimB = await submit(w.as.cadreB);

      const mineA = await claimIds(w.as.cadreA, '/api/my/claims');
      expect(mineA).toContain(claimA.id);
      expect(mineA).not.toContain(claimB.id);
      expect(await claimIds(w.as.cadreB, '/api/my/claims')).not.toContain(claimA.id);

      const forA = await claimIds(w.as.unitAdminA, '/api/claims');
      expect(forA).toContain(claimA.id);
      expect(forA).not.toContain(claimB.id);
      const forB = await claimIds(w.as.unitAdminB, '/api/claims');
      expect(forB).toContain(claimB.id);
      expect(forB).not.toContain(claimA.id);
      expect(await claimIds(w.as.orgAdmin, '/api/claims')).toEqual(expect.arrayContaining([claimA.id, claimB.id]));
      expect(await claimIds(w.as.unitAdminA, '/api/claims?status=approved')).not.toContain(claimA.id);

      expectError(await w.as.cadreA.get('/api/claims'), 403, 'common/forbidden');
      expectStatus(await w.as.cadreA.get(`/api/claims/${claimA.id}`), 200);
      expectStatus(await w.as.unitAdminA.get(`/api/claims/${claimA.id}`), 200);
      expectError(await w.as.unitAdminB.get(`/api/claims/${claimA.id}`), 404, 'common/not_found');
      expectError(await w.as.cadreB.get(`/api/claims/${claimA.id}`), 404, 'common/not_found');
    });

    test('only an admin whose scope covers the cadre decides: another town is a 404, a cadre a 403', async () => {
      const claim = await submit(w.as.cadreA);
      expectError(await w.as.unitAdminB.post(`/api/claims/${claim.id}/approve`), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.post(`/api/claims/${claim.id}/reject`, { reason: '不符合要求' }), 404, 'common/not_found');
      expectError(await w.as.cadreB.post(`/api/claims/${claim.id}/approve`), 403, 'common/forbidden');
      expectError(await w.as.cadreA.post(`/api/claims/${claim.id}/approve`), 403, 'common/forbidden');
      expectError(await w.as.lecturerA.post(`/api/claims/${claim.id}/reject`, { reason: '不符合要求' }), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.post(`/api/claims/${randomUUID()}/approve`), 404, 'common/not_found');
      expect(await claimRow(claim.id)).toEqual({ status: 'pending', reviewed_by_id: null });
      expect((await ledgerRows(t.db, w.users.cadreA.id, 'offline_training')).map((e) => e.source_ref_id)).not.toContain(claim.id);
    });

    test('approval writes one ledger entry of the claimed hours and moves the yearly totals; a second decision is a 409', async () => {
      const { user, agent } = await learner();
      const claim = await submit(agent, { hours: 3.5 });
      const year = Number(claim.endDate.slice(0, 4));
      const before = await yearHours(t.db, user.id, year);

      const res = await w.as.unitAdminA.post(`/api/claims/${claim.id}/approve`);
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ id: claim.id, status: 'approved', rejectReason: null });
      expect((res.body as Claim).reviewedAt).not.toBeNull();
      expect(await claimRow(claim.id)).toEqual({ status: 'approved', reviewed_by_id: w.users.unitAdminA.id });

      const entries = await ledgerRows(t.db, user.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ source: 'offline_training', source_ref_id: claim.id, hours: 3.5, year });
      const after = await yearHours(t.db, user.id, year);
      expect(after.offline_training_hours - before.offline_training_hours).toBe(3.5);
      expect(after.total_hours - before.total_hours).toBe(3.5);
      expect(after.course_hours).toBe(before.course_hours);

      expectError(await w.as.unitAdminA.post(`/api/claims/${claim.id}/approve`), 409, 'learning/claim_decided');
      expectError(await w.as.orgAdmin.post(`/api/claims/${claim.id}/approve`), 409, 'learning/claim_decided');
      expectError(await w.as.unitAdminA.post(`/api/claims/${claim.id}/reject`, { reason: '改主意了' }), 409, 'learning/claim_decided');
      expect(await ledgerRows(t.db, user.id)).toHaveLength(1);
      expect(await yearHours(t.db, user.id, year)).toEqual(after);

      const mine = await agent.get('/api/my/claims');
      expect((mine.body as { items: Claim[] }).items.find((c) => c.id === claim.id)).toMatchObject({ status: 'approved' });
    });

    test('rejecting needs a reason, returns it to the cadre and writes nothing to the ledger', async () => {
      const { user, agent } = await learner();
      const claim = await submit(agent);
      expectError(await w.as.unitAdminA.post(`/api/claims/${claim.id}/reject`, {}), 400, 'common/validation_failed');
      expectError(await w.as.unitAdminA.post(`/api/claims/${claim.id}/reject`, { reason: '   ' }), 400, 'common/validation_failed');
      expect((await claimRow(claim.id)).status).toBe('pending');

      const res = await w.as.orgAdmin.post(`/api/claims/${claim.id}/reject`, { reason: '缺少签到表' });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ status: 'rejected', rejectReason: '缺少签到表' });
      const mine = (await agent.get(`/api/claims/${claim.id}`)).body as Claim;
      expect(mine).toMatchObject({ status: 'rejected', rejectReason: '缺少签到表' });
      expect(await ledgerRows(t.db, user.id)).toEqual([]);
      expectError(await w.as.unitAdminA.post(`/api/claims/${claim.id}/approve`), 409, 'learning/claim_decided');
      expect(await ledgerRows(t.db, user.id)).toEqual([]);
    });

    test('nobody reviews their own claim: another admin in scope does', async () => {
      const own = await submit(w.as.unitAdminA, { hours: 2 });
      // The queue shows only what its admin may decide: not their own claim, which the city admin's queue holds.
      expect(await claimIds(w.as.unitAdminA, '/api/claims')).not.toContain(own.id);
      expect(await claimIds(w.as.orgAdmin, '/api/claims')).toContain(own.id);
      expectError(await w.as.unitAdminA.post(`/api/claims/${own.id}/approve`), 422, 'learning/self_review');
      expectError(await w.as.unitAdminA.post(`/api/claims/${own.id}/reject`, { reason: '自己审自己' }), 422, 'learning/self_review');
      expect((await claimRow(own.id)).status).toBe('pending');

      expectStatus(await w.as.orgAdmin.post(`/api/claims/${own.id}/approve`), 200);
      expect((await ledgerRows(t.db, w.users.unitAdminA.id, 'offline_training')).map((e) => e.source_ref_id)).toContain(own.id);

      const orgOwn = await submit(w.as.orgAdmin);
      expectError(await w.as.orgAdmin.post(`/api/claims/${orgOwn.id}/approve`), 422, 'learning/self_review');
    });
  });

  // ---- training plans -------------------------------------------------------------------------------------------

  describe('training plans: /api/training-plans/:year', () => {
    async function plan(agent: Agent, year: number): Promise<Plan> {
      const res = await agent.get(`/api/training-plans/${year}`);
      expectStatus(res, 200);
      return res.body as Plan;
    }

    test('a year without a plan has the regulation default: 50 hours for everyone', async () => {
      expect(await plan(w.as.cadreA, UNSAVED_YEAR)).toMatchObject({
        year: UNSAVED_YEAR,
        isDefault: true,
        rules: [{ cadreGroup: null, rankLevel: null, requiredHours: 50 }],
      });
      expectError(await w.as.cadreA.get('/api/training-plans/1999'), 400, 'common/validation_failed');
      expectError(await w.as.cadreA.get('/api/training-plans/year'), 400, 'common/validation_failed');
    });

    test('an org admin scoped to the city saves and replaces a plan; nobody else may', async () => {
      const rules: PlanRule[] = [
        { cadreGroup: null, rankLevel: null, requiredHours: 50, note: '全体干部' },
        { cadreGroup: 'new_leader', rankLevel: null, requiredHours: 80 },
        { cadreGroup: 'law_enforcement_mid', rankLevel: 'ke', requiredHours: 72.5 },
      ];
      const townOrgAdmin = await signIn(t.http, await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA }));
      expectError(await townOrgAdmin.put(`/api/training-plans/${SAVED_YEAR}`, { rules }), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.put(`/api/training-plans/${SAVED_YEAR}`, { rules }), 403, 'common/forbidden');
      expectError(await w.as.cadreA.put(`/api/training-plans/${SAVED_YEAR}`, { rules }), 403, 'common/forbidden');
      expect((await plan(w.as.cadreA, SAVED_YEAR)).isDefault).toBe(true);

      const saved = await w.as.orgAdmin.put(`/api/training-plans/${SAVED_YEAR}`, { rules });
      expectStatus(saved, 200);
      const expected = {
        year: SAVED_YEAR,
        isDefault: false,
        rules: [
          { cadreGroup: 'new_leader', rankLevel: null, requiredHours: 80 },
          { cadreGroup: 'law_enforcement_mid', rankLevel: 'ke', requiredHours: 72.5 },
          { cadreGroup: null, rankLevel: null, requiredHours: 50, note: '全体干部' },
        ],
      };
      expect(saved.body).toMatchObject(expected);
      expect(await plan(w.as.cadreB, SAVED_YEAR)).toMatchObject(expected);

      // Invalid plans change nothing.
      expectError(await w.as.orgAdmin.put('/api/training-plans/1999', { rules }), 400, 'common/validation_failed');
      const duplicate = [
        { cadreGroup: 'new_leader', rankLevel: 'chu', requiredHours: 60 },
        { cadreGroup: 'new_leader', rankLevel: 'chu', requiredHours: 70 },
      ];
      expectError(await w.as.orgAdmin.put(`/api/training-plans/${SAVED_YEAR}`, { rules: duplicate }), 400, 'common/validation_failed');
      const unknownGroup = [{ cadreGroup: 'everyone', rankLevel: null, requiredHours: 60 }];
      expectError(await w.as.orgAdmin.put(`/api/training-plans/${SAVED_YEAR}`, { rules: unknownGroup }), 400, 'common/validation_failed');
      const negative = [{ cadreGroup: null, rankLevel: null, requiredHours: -1 }];
      expectError(await w.as.orgAdmin.put(`/api/training-plans/${SAVED_YEAR}`, { rules: negative }), 400, 'common/validation_failed');
      expect(await plan(w.as.cadreB, SAVED_YEAR)).toMatchObject(expected);

      // Saving replaces the year's plan; an empty plan falls back to the default.
      const replaced = await w.as.orgAdmin.put(`/api/training-plans/${SAVED_YEAR}`, { rules: [{ cadreGroup: null, rankLevel: 'chu', requiredHours: 90 }] });
      expectStatus(replaced, 200);
      expect((replaced.body as Plan).rules).toEqual([{ cadreGroup: null, rankLevel: 'chu', requiredHours: 90, note: '' }]);
      expectStatus(await w.as.orgAdmin.put(`/api/training-plans/${SAVED_YEAR}`, { rules: [] }), 200);
      expect(await plan(w.as.cadreA, SAVED_YEAR)).toMatchObject({ isDefault: true, rules: [{ requiredHours: 50 }] });
    });
    test('a line that leaves out its rank level means every rank, so it duplicates one that says null', async () => {
      const rules = [
        { cadreGroup: 'law_enforcement_mid', requiredHours: 60 },
        { cadreGroup: 'law_enforcement_mid', rankLevel: null, requiredHours: 70 },
      ];
      const before = await plan(w.as.cadreA, SAVED_YEAR);
      expectError(await w.as.orgAdmin.put(`/api/training-plans/${SAVED_YEAR}`, { rules }), 400, 'common/validation_failed');
      expect(await plan(w.as.cadreA, SAVED_YEAR)).toEqual(before);
    });
  });

  // ---- the archive ----------------------------------------------------------------------------------------------

  describe('the learning archive', () => {
    let student: CadreRef;
    let studentAgent: Agent;

    beforeAll(async () => {
      ({ user: student, agent: studentAgent } = await learner());
    });

    test('the target is the highest line of that year’s plan that applies to the cadre', async () => {
      const rules: PlanRule[] = [
        { cadreGroup: null, rankLevel: null, requiredHours: 50 },
        { cadreGroup: 'new_leader', rankLevel: null, requiredHours: 80 },
        { cadreGroup: 'law_enforcement_mid', rankLevel: null, requiredHours: 60 },
        { cadreGroup: null, rankLevel: 'chu', requiredHours: 70 },
        { cadreGroup: 'law_enforcement_mid', rankLevel: 'ke', requiredHours: 90 },
      ];
      expectStatus(await w.as.orgAdmin.put(`/api/training-plans/${ARCHIVE_YEAR}`, { rules }), 200);

      const cases: { opts: CadreOptions; target: number }[] = [
        { opts: {}, target: 50 },
        { opts: { appointmentDate: addMonths(today(), -2) }, target: 80 },
        { opts: { appointmentDate: addMonths(today(), -14) }, target: 50 },
        { opts: { keyGroups: ['law_enforcement_mid'] }, target: 60 },
        { opts: { rank: 'zheng_chu' }, target: 70 },
        { opts: { keyGroups: ['law_enforcement_mid'], rank: 'fu_ke' }, target: 90 },
        { opts: { keyGroups: ['two_new_orgs'], rank: 'keyuan_1' }, target: 50 },
      ];
      for (const c of cases) {
        const { agent } = await learner(c.opts);
        const archive = await archiveOf(agent, `?year=${ARCHIVE_YEAR}`);
        expect({ opts: c.opts, target: archive.targetHours }).toEqual({ opts: c.opts, target: c.target });
      }
    });

    test('earned hours, hours by source, completed courses and entries come from the ledger of the year asked for', async () => {
      const old = await submit(studentAgent, { startDate: `${ARCHIVE_YEAR}-03-01`, endDate: `${ARCHIVE_YEAR}-03-03`, hours: 6 });
      expectStatus(await w.as.unitAdminA.post(`/api/claims/${old.id}/approve`), 200);
      const recent = await submit(studentAgent, { hours: 2 });
      expectStatus(await w.as.unitAdminA.post(`/api/claims/${recent.id}/approve`), 200);
      const course = await createCourse(w.as.orgAdmin, t.db, { creditHours: 1.5 });
      await enrol(studentAgent, course.id);
      expect((await completeLesson(studentAgent, t.db, course.lessons[0]!)).courseCompleted).toBe(true);

      const past = await archiveOf(studentAgent, `?year=${ARCHIVE_YEAR}`);
      expect(past).toMatchObject({
        year: ARCHIVE_YEAR,
        name: student.name,
        unitName: w.villageA.name,
        earnedHours: 6,
        bySource: { course: 0, quiz: 0, study_record: 0, lecture_given: 0, offline_training: 6, class: 0 },
        courses: [],
      });
      expect(past.entries.map((e) => [e.source, e.hours])).toEqual([['offline_training', 6]]);
      expect(past.years).toEqual([thisYear(), ARCHIVE_YEAR]);

      const current = await archiveOf(studentAgent);
      expect(current).toMatchObject({
        year: thisYear(),
        earnedHours: 3.5,
        bySource: { course: 1.5, quiz: 0, study_record: 0, lecture_given: 0, offline_training: 2, class: 0 },
      });
      expect(current.courses).toEqual([expect.objectContaining({ courseId: course.id, title: course.title, creditHours: 1.5, required: false })]);
      expect(current.entries.map((e) => [e.source, e.hours]).sort()).toEqual([
        ['course', 1.5],
        ['offline_training', 2],
      ]);
      // This year's target follows this year's plan (whatever it is) for a cadre without groups.
      const plan = (await studentAgent.get(`/api/training-plans/${thisYear()}`)).body as Plan;
      const applicable = plan.rules.filter((r) => r.cadreGroup === null && (r.rankLevel === null || r.rankLevel === rankLevel('other')));
      expect(current.targetHours).toBe(Math.max(0, ...applicable.map((r) => r.requiredHours)));

      // A year with nothing in it still answers, with zeros.
      const empty = await archiveOf(studentAgent, `?year=${UNSAVED_YEAR}`);
      expect(empty).toMatchObject({ year: UNSAVED_YEAR, earnedHours: 0, targetHours: 50, courses: [], entries: [] });
      expect(empty.years).toEqual([thisYear(), UNSAVED_YEAR, ARCHIVE_YEAR]);
      expectError(await studentAgent.get('/api/my/archive?year=1999'), 400, 'common/validation_failed');
    });

    test('GET /api/users/:id/archive: an admin in scope reads it, out of scope is a 404, a cadre a 403', async () => {
      const own = await archiveOf(studentAgent, `?year=${ARCHIVE_YEAR}`);
      for (const admin of [w.as.unitAdminA, w.as.orgAdmin]) {
        const res = await admin.get(`/api/users/${student.id}/archive?year=${ARCHIVE_YEAR}`);
        expectStatus(res, 200);
        expect(res.body).toEqual(own);
      }
      expect(own.earnedHours).toBe(6);
      expectError(await w.as.unitAdminB.get(`/api/users/${student.id}/archive`), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.get(`/api/users/${w.users.cadreB.id}/archive`), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.get(`/api/users/${randomUUID()}/archive`), 404, 'common/not_found');
      expectError(await w.as.cadreB.get(`/api/users/${student.id}/archive`), 403, 'common/forbidden');
      expectError(await studentAgent.get(`/api/users/${student.id}/archive`), 403, 'common/forbidden');
      expectError(await w.as.auditor.get(`/api/users/${student.id}/archive`), 403, 'common/forbidden');
    });
  });
});
