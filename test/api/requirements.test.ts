import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CommonError, RequirementError, type LedgerSource } from '@cadre/shared';
import { todayInShanghai } from '../../server/src/common/time';
import { PlanRulesToRequirementLines1796663012123 } from '../../server/src/database/migrations/1796663012123-PlanRulesToRequirementLines';
import { LedgerService } from '../../server/src/modules/learning/ledger.service';
import type { CadreRequirementsDto, RequirementLineDto, RequirementProgressDto, RequirementsDto } from '../../server/src/modules/learning/dto/requirement.dto';
import { createCadre, createUnit, type CadreRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { addSessions, classBody, classLedger, createClass, enrol, HOUR, sessionBody, setStatus } from '../helpers/classes';
import { PDF_BYTES, PNG_BYTES, uploadFileOk } from '../helpers/courses';
import { importRoster, rosterRow, rosterSheet } from '../helpers/roster';
import { addDays, expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

const DAY = 24 * HOUR;

/**
 * The requirement lines (学时要求) and their engine, counted by hand. Lines are city-wide and keyed by year: the save
 * tests keep to far years nobody else uses (2041, 2042); the engine tests read the defaults, which no test saves.
 */
describe('requirement lines (学时要求) and the engine', () => {
  let t: TestApp;
  let w: World;
  const thisYear = () => Number(todayInShanghai().slice(0, 4));

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function cadre(rank: string): Promise<{ user: CadreRef; agent: Agent }> {
    const user = await createCadre(t.db, w.villageA, { rank });
    return { user, agent: await signIn(t.http, user) };
  }

  /** Hours earned in the middle of `year`, written through the ledger service as any source writes them. */
  async function grant(userId: string, hours: number, source: LedgerSource, year = thisYear()): Promise<void> {
    const earnedAt = new Date(`${year}-06-15T12:00:00+08:00`);
    await t.app.get(LedgerService).grant(t.db.manager, { userId, hours, source, sourceRefId: randomUUID(), description: '测试学时', earnedAt });
  }

  async function mine(agent: Agent, year = thisYear()): Promise<CadreRequirementsDto> {
    return expectOk<CadreRequirementsDto>(await agent.get(`/api/my/requirements?year=${year}`), 200);
  }

  function line(res: CadreRequirementsDto, key: string): RequirementProgressDto {
    const found = res.lines.find((l) => l.key === key);
    if (!found) throw new Error(`line ${key} missing: ${JSON.stringify(res.lines.map((l) => l.key))}`);
    return found;
  }

  /**
   * A class made and closed through the API, whose cadre attended one past session on each of `days` days and which
   * credits 6 学时 a day: the engine counts its days from the sessions attended.
   */
  async function classOfDays(userId: string, days: number): Promise<string> {
    const admin = w.as.unitAdminA;
    const cls = await createClass(admin, classBody(w.townA.id, { startDate: addDays(todayInShanghai(), -(days + 2)), creditHours: 6 * days }));
    const sessions = await addSessions(
      admin,
      cls.id,
      Array.from({ length: days }, (_, i) => sessionBody(-(i + 1) * DAY - HOUR)),
    );
    await enrol(admin, cls.id, [userId]);
    await setStatus(admin, cls.id, 'running');
    for (const s of sessions) {
      expectOk(await admin.put(`/api/training-classes/${cls.id}/sessions/${s}/attendance`, { marks: [{ userId, status: 'present' }] }), 200);
    }
    const timetable = await uploadFileOk(admin, 'class_attachment', PDF_BYTES, 'timetable.pdf', 'application/pdf');
    const sheet = await uploadFileOk(admin, 'class_attachment', PNG_BYTES, 'sign-in.png', 'image/png');
    expectOk(await admin.put(`/api/training-classes/${cls.id}/attachments`, { attachments: [{ fileId: timetable.id, kind: 'timetable' }, { fileId: sheet.id, kind: 'sign_in_sheet' }] }), 200);
    expectOk(await admin.post(`/api/training-classes/${cls.id}/close`), 200);
    expect(await classLedger(t.db, cls.id)).toEqual({ [userId]: 6 * days });
    return cls.id;
  }

  describe('ranks: the 职级 ladder of 调研员', () => {
    test('the roster import takes 四级调研员 and the cadre editor takes 一级调研员', async () => {
      const row = rosterRow(w.villageA.id, { 职级: '四级调研员' });
      expectOk(await importRoster(w.as.orgAdmin, await rosterSheet([row]), 'commit'), 200);
      const [imported] = (await t.db.query('SELECT id, rank FROM users WHERE username = $1', [row['用户名']])) as { id: string; rank: string }[];
      expect(imported!.rank).toBe('diaoyanyuan_4');
      const edited = expectOk<{ rank: string }>(await w.as.orgAdmin.patch(`/api/users/${imported!.id}`, { rank: 'diaoyanyuan_1' }), 200);
      expect(edited.rank).toBe('diaoyanyuan_1');
    });

    test('a 四级调研员 is held to the five-year line, a 二级主任科员 to the yearly centralised line', async () => {
      const researcher = await cadre('diaoyanyuan_4');
      const staff = await cadre('zhuren_keyuan_2');
      expect((await mine(researcher.agent)).lines.map((l) => l.key)).toEqual(['online', 'centralized_5y']);
      expect((await mine(staff.agent)).lines.map((l) => l.key)).toEqual(['online', 'centralized_year']);
    });
  });

  describe('the lines of a year', () => {
    test('a year nobody configured answers the regulation’s defaults', async () => {
      const res = expectOk<RequirementsDto>(await w.as.unitAdminA.get('/api/requirements?year=2040'), 200);
      expect(res.isDefault).toBe(true);
      expect(res.lines).toEqual([
        { key: 'online', label: '网络培训', appliesTo: { rankLevels: [], groups: [] }, hours: 50, days: null, windowYears: 1, windowStart: null, sources: ['course', 'quiz', 'offline_online'] },
        { key: 'centralized_year', label: '集中培训（年度）', appliesTo: { rankLevels: ['ke', 'keyuan'], groups: [] }, hours: 90, days: 12, windowYears: 1, windowStart: null, sources: ['class', 'offline_training'] },
        { key: 'centralized_5y', label: '集中培训（五年）', appliesTo: { rankLevels: ['chu'], groups: [] }, hours: 550, days: 90, windowYears: 5, windowStart: 2023, sources: ['class', 'offline_training'] },
      ]);
    });

    const chuOnly: RequirementLineDto[] = [
      { key: 'chu_only', label: '处级专题', appliesTo: { rankLevels: ['chu'], groups: [] }, hours: 30, days: null, windowYears: 1, windowStart: null, sources: ['class'] },
    ];

    test('only the root’s org admin replaces them, audited; a town-scoped org admin and a unit admin are refused', async () => {
      const townOrgAdmin = await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA });
      const townAgent = await signIn(t.http, townOrgAdmin);
      expectError(await townAgent.put('/api/requirements/2041', { lines: chuOnly }), 403, RequirementError.RootAdminOnly);
      expectError(await w.as.unitAdminA.put('/api/requirements/2041', { lines: chuOnly }), 403, CommonError.Forbidden);
      expectError(await w.as.cadreA.put('/api/requirements/2041', { lines: chuOnly }), 403, CommonError.Forbidden);
      expect((expectOk<RequirementsDto>(await w.as.orgAdmin.get('/api/requirements?year=2041'), 200)).isDefault).toBe(true);

      const saved = expectOk<RequirementsDto>(await w.as.orgAdmin.put('/api/requirements/2041', { lines: chuOnly }), 200);
      expect(saved).toEqual({ year: 2041, isDefault: false, lines: chuOnly });
      const audit = (await t.db.query(`SELECT actor_id, details FROM audit_logs WHERE action = 'requirements.saved' AND actor_id = $1`, [w.users.orgAdmin.id])) as {
        actor_id: string;
        details: { year: number; after: string[] };
      }[];
      expect(audit.map((a) => a.details)).toContainEqual(expect.objectContaining({ year: 2041, after: ['chu_only:30'] }));

      // A cadre to whom no line of the year applies has none.
      const staff = await cadre('keyuan_1');
      expect(await mine(staff.agent, 2041)).toEqual({ year: 2041, userId: staff.user.id, settled: false, settledAt: null, lines: [] });
    });

    test('invalid lines are a 400 and change nothing: a repeated key, a cycle without its first year, an unknown source', async () => {
      const base = chuOnly[0]!;
      const cases = [
        [base, { ...base, label: '重复' }],
        [{ ...base, windowYears: 5, windowStart: null }],
        [{ ...base, sources: ['wechat'] }],
        [{ ...base, sources: [] }],
      ];
      for (const lines of cases) expectError(await w.as.orgAdmin.put('/api/requirements/2042', { lines }), 400, CommonError.ValidationFailed);
      expect((expectOk<RequirementsDto>(await w.as.orgAdmin.get('/api/requirements?year=2042'), 200)).isDefault).toBe(true);
    });

    test('the migration turns a year’s training plan into lines: its line for everyone is `online`, a group’s line an extra one', async () => {
      expectOk(
        await w.as.orgAdmin.put('/api/training-plans/2039', {
          rules: [
            { cadreGroup: null, rankLevel: null, requiredHours: 60 },
            { cadreGroup: 'new_leader', rankLevel: null, requiredHours: 80, note: '新任职领导干部' },
          ],
        }),
        200,
      );
      const runner = t.db.createQueryRunner();
      try {
        await new PlanRulesToRequirementLines1796663012123().up(runner);
      } finally {
        await runner.release();
      }
      const res = expectOk<RequirementsDto>(await w.as.orgAdmin.get('/api/requirements?year=2039'), 200);
      expect(res.isDefault).toBe(false);
      expect(res.lines.map((l) => [l.key, l.label, l.hours, l.appliesTo, l.sources])).toEqual([
        ['online', '网络培训', 60, { rankLevels: [], groups: [] }, ['course', 'quiz']],
        ['centralized_year', '集中培训（年度）', 90, { rankLevels: ['ke', 'keyuan'], groups: [] }, ['class', 'offline_training']],
        ['centralized_5y', '集中培训（五年）', 550, { rankLevels: ['chu'], groups: [] }, ['class', 'offline_training']],
        ['online_1', '网络培训（新任职领导干部）', 80, { rankLevels: [], groups: ['new_leader'] }, ['course', 'quiz']],
      ]);
      // A new leader must earn the 80 of their group's line, as the plan's highest line asked.
      const leader = await createCadre(t.db, w.villageA, { rank: 'fu_ke', appointmentDate: addDays(todayInShanghai(), -30) });
      const lines = expectOk<CadreRequirementsDto>(await w.as.orgAdmin.get(`/api/users/${leader.id}/requirements?year=2039`), 200).lines;
      expect(lines.filter((l) => l.key.startsWith('online')).map((l) => [l.key, l.required])).toEqual([['online', 60], ['online_1', 80]]);
    });

    test('cadres and the auditor may not read the configuration', async () => {
      expectError(await w.as.cadreA.get('/api/requirements'), 403, CommonError.Forbidden);
      expectError(await w.as.auditor.get('/api/requirements'), 403, CommonError.Forbidden);
    });
  });

  describe('the engine', () => {
    test('a 科级 cadre with 60 online and 50 class 学时 meets the online line and not the yearly centralised one', async () => {
      const { user, agent } = await cadre('zheng_ke');
      await grant(user.id, 50, 'course');
      await grant(user.id, 10, 'quiz');
      await grant(user.id, 50, 'class');
      // Study meetings count toward no line by default.
      await grant(user.id, 8, 'study_record');
      const res = await mine(agent);
      const y = thisYear();
      expect(res.lines.map((l) => l.key)).toEqual(['online', 'centralized_year']);
      expect(line(res, 'online')).toEqual({
        key: 'online', label: '网络培训', required: 50, earned: 60, remaining: 0, met: true,
        windowStart: y, windowEnd: y, dueDate: `${y}-12-31`, bySource: { course: 50, quiz: 10, offline_online: 0 }, days: null, requiredDays: null,
        byYear: [{ year: y, hours: 60 }],
      });
      expect(line(res, 'centralized_year')).toEqual({
        key: 'centralized_year', label: '集中培训（年度）', required: 90, earned: 50, remaining: 40, met: false,
        windowStart: y, windowEnd: y, dueDate: `${y}-12-31`, bySource: { class: 50, offline_training: 0 }, days: 0, requiredDays: 12,
        byYear: [{ year: y, hours: 50 }],
      });
    });

    test('12 days of class at 6 学时 (72) meet the yearly centralised line by days; 11 days (66) do not', async () => {
      const twelve = await cadre('fu_ke');
      const eleven = await cadre('fu_ke');
      await classOfDays(twelve.user.id, 12);
      await classOfDays(eleven.user.id, 11);
      expect(line(await mine(twelve.agent), 'centralized_year')).toMatchObject({ earned: 72, remaining: 18, days: 12, requiredDays: 12, met: true });
      expect(line(await mine(eleven.agent), 'centralized_year')).toMatchObject({ earned: 66, remaining: 24, days: 11, requiredDays: 12, met: false });
    });

    test('an approved claim counts its days from start to end; a pending one counts nothing', async () => {
      const { agent } = await cadre('fu_ke');
      const endDate = addDays(todayInShanghai(), -8);
      const claim = (startDate: string) => ({ title: '党校专题轮训', kind: 'party_school', organizer: '市委党校', startDate, endDate, hours: 18 });
      const approved = expectOk<{ id: string }>(await agent.post('/api/my/claims', claim(addDays(endDate, -2))), 201);
      expectOk(await agent.post('/api/my/claims', claim(addDays(endDate, -4))), 201);
      expectOk(await w.as.unitAdminA.post(`/api/claims/${approved.id}/approve`), 200);
      const res = await mine(agent, Number(endDate.slice(0, 4)));
      expect(line(res, 'centralized_year')).toMatchObject({ earned: 18, bySource: { class: 0, offline_training: 18 }, days: 3, met: false });
    });

    test('a 副处 cadre’s five years add up in the cycle 2023–2027; a sixth year back and other sources do not count', async () => {
      const { user, agent } = await cadre('fu_chu');
      await grant(user.id, 300, 'class', 2022);
      await grant(user.id, 100, 'offline_training', 2023);
      await grant(user.id, 120, 'class', 2024);
      await grant(user.id, 110, 'class', 2025);
      await grant(user.id, 130, 'offline_training', 2026);
      await grant(user.id, 89, 'class', 2027);
      await grant(user.id, 40, 'course', 2027);
      await grant(user.id, 12, 'lecture_given', 2025);
      const expected = { key: 'centralized_5y', required: 550, earned: 549, remaining: 1, met: false, windowStart: 2023, windowEnd: 2027, dueDate: '2027-12-31', bySource: { class: 319, offline_training: 230 }, days: 0, requiredDays: 90 };
      // Any year of the cycle sees the same window.
      for (const year of [2023, 2025, 2027]) {
        const res = await mine(agent, year);
        expect(res.lines.map((l) => l.key)).toEqual(['online', 'centralized_5y']);
        expect(line(res, 'centralized_5y')).toMatchObject(expected);
        // Year by year across the cycle; the course and the lecture count toward no year of this line.
        expect(line(res, 'centralized_5y').byYear).toEqual([
          { year: 2023, hours: 100 },
          { year: 2024, hours: 120 },
          { year: 2025, hours: 110 },
          { year: 2026, hours: 130 },
          { year: 2027, hours: 89 },
        ]);
      }
      // The year before the cycle belongs to the previous one (2018–2022).
      expect(line(await mine(agent, 2022), 'centralized_5y')).toMatchObject({ earned: 300, windowStart: 2018, windowEnd: 2022, met: false });
      await grant(user.id, 1, 'class', 2024);
      expect(line(await mine(agent, 2025), 'centralized_5y')).toMatchObject({ earned: 550, remaining: 0, met: true, bySource: { class: 320, offline_training: 230 } });
    });

    test('an admin reads a cadre in scope; another town’s admin gets 404, the auditor 403, a cadre 403', async () => {
      const { user } = await cadre('zheng_ke');
      await grant(user.id, 20, 'course');
      const res = expectOk<CadreRequirementsDto>(await w.as.unitAdminA.get(`/api/users/${user.id}/requirements?year=${thisYear()}`), 200);
      expect(line(res, 'online')).toMatchObject({ earned: 20, remaining: 30, met: false });
      expect(expectOk<CadreRequirementsDto>(await w.as.orgAdmin.get(`/api/users/${user.id}/requirements`), 200).lines).toHaveLength(2);
      expectError(await w.as.unitAdminB.get(`/api/users/${user.id}/requirements`), 404, CommonError.NotFound);
      expectError(await w.as.unitAdminB.get(`/api/users/${randomUUID()}/requirements`), 404, CommonError.NotFound);
      expectError(await w.as.auditor.get(`/api/users/${user.id}/requirements`), 403, CommonError.Forbidden);
      expectError(await w.as.cadreB.get(`/api/users/${user.id}/requirements`), 403, CommonError.Forbidden);
      // A town's own unit in another branch is out of scope too.
      const otherVillage = await createUnit(t.db, w.townB, 'village');
      const far = await createCadre(t.db, otherVillage, { rank: 'fu_ke' });
      expectError(await w.as.unitAdminA.get(`/api/users/${far.id}/requirements`), 404, CommonError.NotFound);
    });

    test('my requirements need a sign-in', async () => {
      expectError(await request(t.http).get('/api/my/requirements'), 401, CommonError.Unauthenticated);
    });
  });
});
