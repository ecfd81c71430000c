import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CommonError, RequirementError, type LedgerSource } from '@cadre/shared';
import { todayInShanghai } from '../../server/src/common/time';
import { LedgerService } from '../../server/src/modules/learning/ledger.service';
import type { CadreRequirementsDto, RequirementLineDto } from '../../server/src/modules/learning/dto/requirement.dto';
import type { MakeUpDto, ShortfallDto, ShortfallPageDto } from '../../server/src/modules/learning/dto/shortfall.dto';
import { createCadre, createUnit, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { addSessions, classBody, classLedger, createClass, enrol, HOUR, sessionBody, setStatus } from '../helpers/classes';
import { PDF_BYTES, PNG_BYTES, uploadFileOk } from '../helpers/courses';
import { getBytes, readWorkbook } from '../helpers/quizzes';
import { addDays, expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

const DAY = 24 * HOUR;

/**
 * Shortfalls (未达标人员): the cadres of a scope short of a requirement line, counted in one query for the scope. Every
 * figure is counted by hand below, and the whole list must equal what the engine (forCadre) says cadre by cadre. The
 * engine cases read the current year's default lines, which no test saves; the key-group case saves 2044, a year no
 * other test file uses.
 */
describe('shortfalls (未达标人员)', () => {
  let t: TestApp;
  let w: World;
  let village: UnitRef;
  const year = Number(todayInShanghai().slice(0, 4));
  // The default five-year cycle 2023–2027 and those after it (2028–2032 ...): its first year and the year before it.
  const cycleStart = 2023 + Math.floor((year - 2023) / 5) * 5;
  const c: Record<'ke' | 'keyuan' | 'chu' | 'other' | 'days12' | 'days11' | 'disabled', CadreRef> = {} as never;

  async function grant(userId: string, hours: number, source: LedgerSource, y = year): Promise<void> {
    const earnedAt = new Date(`${y}-06-15T12:00:00+08:00`);
    await t.app.get(LedgerService).grant(t.db.manager, { userId, hours, source, sourceRefId: randomUUID(), description: '测试学时', earnedAt });
  }

  /** A closed class in which the cadre attended one past session on each of `days` days; 6 学时 a day. */
  async function classOfDays(userId: string, days: number): Promise<void> {
    const admin = w.as.unitAdminA;
    const cls = await createClass(admin, classBody(w.townA.id, { startDate: addDays(todayInShanghai(), -(days + 2)), creditHours: 6 * days }));
    const sessions = await addSessions(admin, cls.id, Array.from({ length: days }, (_, i) => sessionBody(-(i + 1) * DAY - HOUR)));
    await enrol(admin, cls.id, [userId]);
    await setStatus(admin, cls.id, 'running');
    for (const s of sessions) expectOk(await admin.put(`/api/training-classes/${cls.id}/sessions/${s}/attendance`, { marks: [{ userId, status: 'present' }] }), 200);
    const timetable = await uploadFileOk(admin, 'class_attachment', PDF_BYTES, 'timetable.pdf', 'application/pdf');
    const sheet = await uploadFileOk(admin, 'class_attachment', PNG_BYTES, 'sign-in.png', 'image/png');
    expectOk(await admin.put(`/api/training-classes/${cls.id}/attachments`, { attachments: [{ fileId: timetable.id, kind: 'timetable' }, { fileId: sheet.id, kind: 'sign_in_sheet' }] }), 200);
    expectOk(await admin.post(`/api/training-classes/${cls.id}/close`), 200);
    expect(await classLedger(t.db, cls.id)).toEqual({ [userId]: 6 * days });
  }

  async function list(agent: Agent, query: string): Promise<ShortfallPageDto> {
    return expectOk<ShortfallPageDto>(await agent.get(`/api/requirements/shortfalls?${query}`), 200);
  }

  /** Every row on every page, 100 at a time. */
  async function everything(agent: Agent, query: string): Promise<ShortfallDto[]> {
    const rows: ShortfallDto[] = [];
    for (let page = 1; ; page += 1) {
      const res = await list(agent, `${query}&page=${page}&pageSize=100`);
      rows.push(...res.items);
      if (rows.length >= res.total) return rows;
    }
  }

  const brief = (s: ShortfallDto) => ({ userId: s.userId, line: s.line, required: s.required, earned: s.earned, remaining: s.remaining, days: s.days, requiredDays: s.requiredDays, dueDate: s.dueDate });

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    // A village of its own under town A, so the hand-counted cases are the only cadres of their subtree.
    village = await createUnit(t.db, w.townA, 'village');
    c.ke = await createCadre(t.db, village, { rank: 'fu_ke', name: '甲01' });
    c.keyuan = await createCadre(t.db, village, { rank: 'zhuren_keyuan_2', name: '甲02' });
    c.chu = await createCadre(t.db, village, { rank: 'diaoyanyuan_4', name: '甲03' });
    c.other = await createCadre(t.db, village, { rank: 'other', name: '甲04' });
    c.days12 = await createCadre(t.db, village, { rank: 'fu_ke', name: '甲05' });
    c.days11 = await createCadre(t.db, village, { rank: 'fu_ke', name: '甲06' });
    c.disabled = await createCadre(t.db, village, { rank: 'fu_ke', name: '甲07', status: 'disabled' });
    // 副科: 60 online (met), 50 from classes (short of 90 by 40; no class days behind a bare ledger entry).
    await grant(c.ke.id, 40, 'course');
    await grant(c.ke.id, 20, 'quiz');
    await grant(c.ke.id, 50, 'class');
    // 二级主任科员 (科级): 20.5 online (short 29.5), 95 offline (met); study meetings count toward no line.
    await grant(c.keyuan.id, 20.5, 'course');
    await grant(c.keyuan.id, 95, 'offline_training');
    await grant(c.keyuan.id, 30, 'study_record');
    // 四级调研员 (处级): 50 online (met); five years: 300 this year + 200 in the cycle's first year = 500, short 50; the year
    // before the cycle does not count.
    await grant(c.chu.id, 50, 'quiz');
    await grant(c.chu.id, 300, 'class');
    await grant(c.chu.id, 200, cycleStart === year ? 'offline_training' : 'class', cycleStart);
    await grant(c.chu.id, 100, 'class', cycleStart - 1);
    // Not a civil servant: only the online line, 10 of 50.
    await grant(c.other.id, 10, 'course');
    // 12 class days of 6 学时 (72) meet the yearly line by days; 11 do not. Both meet online.
    for (const x of [c.days12, c.days11]) await grant(x.id, 50, 'course');
    await classOfDays(c.days12.id, 12);
    await classOfDays(c.days11.id, 11);
    await grant(c.disabled.id, 1, 'course');
    // Claims of both kinds, in a unit of their own (the hand-counted village above stays as it is): 45 学时 of 学习强国
    // count toward online (5 + 45 = 50, met), and a 3-day party-school claim toward the yearly centralised line (24, 3 days).
    const claimsUnit = await createUnit(t.db, w.townA, 'village');
    const claimant = await createCadre(t.db, claimsUnit, { rank: 'fu_ke', name: '丙01' });
    await grant(claimant.id, 5, 'course');
    await approvedClaim(claimant.id, claimsUnit.path, 'online_external', 45, `${year}-03-01`, `${year}-03-10`);
    await approvedClaim(claimant.id, claimsUnit.path, 'party_school', 24, `${year}-04-01`, `${year}-04-03`);
  }, 120_000);

  /** An approved claim and its ledger entry, as a decision would leave them. */
  async function approvedClaim(userId: string, unitPath: string, kind: string, hours: number, start: string, end: string): Promise<void> {
    const id = randomUUID();
    await t.db.query(
      `INSERT INTO offline_claims (id, user_id, title, kind, organizer, start_date, end_date, hours, status, unit_path)
       VALUES ($1, $2, '测试培训', $3, '测试单位', $4, $5, $6, 'approved', $7)`,
      [id, userId, kind, start, end, hours, unitPath],
    );
    const earnedAt = new Date(`${end}T12:00:00+08:00`);
    await t.app.get(LedgerService).grant(t.db.manager, { userId, hours, source: 'offline_training', sourceRefId: id, description: '测试申报', earnedAt });
  }
  afterAll(async () => {
    await t?.close();
  });

  describe('the list', () => {
    test('lists exactly the lines each cadre falls short of, counted by hand, by unit then name', async () => {
      const res = await list(w.as.unitAdminA, `unitId=${village.id}&year=${year}`);
      expect(res.total).toBe(5);
      expect(res.items.map(brief)).toEqual([
        { userId: c.ke.id, line: 'centralized_year', required: 90, earned: 50, remaining: 40, days: 0, requiredDays: 12, dueDate: `${year}-12-31` },
        { userId: c.keyuan.id, line: 'online', required: 50, earned: 20.5, remaining: 29.5, days: null, requiredDays: null, dueDate: `${year}-12-31` },
        { userId: c.chu.id, line: 'centralized_5y', required: 550, earned: 500, remaining: 50, days: 0, requiredDays: 90, dueDate: `${cycleStart + 4}-12-31` },
        { userId: c.other.id, line: 'online', required: 50, earned: 10, remaining: 40, days: null, requiredDays: null, dueDate: `${year}-12-31` },
        { userId: c.days11.id, line: 'centralized_year', required: 90, earned: 66, remaining: 24, days: 11, requiredDays: 12, dueDate: `${year}-12-31` },
      ]);
      expect(res.items[0]).toMatchObject({ name: '甲01', unitId: village.id, unitName: village.name, rank: 'fu_ke', lineLabel: '集中培训（年度）', makeUp: null });
      expect({ page: res.page, pageSize: res.pageSize }).toEqual({ page: 1, pageSize: 20 });
    });

    test('filters by line and name, and pages', async () => {
      const online = await list(w.as.unitAdminA, `unitId=${village.id}&year=${year}&line=online`);
      expect(online.items.map((s) => s.userId)).toEqual([c.keyuan.id, c.other.id]);
      const named = await list(w.as.unitAdminA, `unitId=${village.id}&year=${year}&q=甲06`);
      expect(named.items.map((s) => s.userId)).toEqual([c.days11.id]);
      const one = await list(w.as.unitAdminA, `year=${year}&userId=${c.chu.id}`);
      expect(one.items.map((s) => [s.userId, s.line])).toEqual([[c.chu.id, 'centralized_5y']]);
      expect((await list(w.as.unitAdminB, `year=${year}&userId=${c.chu.id}`)).total).toBe(0);
      const second = await list(w.as.unitAdminA, `unitId=${village.id}&year=${year}&page=2&pageSize=2`);
      expect({ total: second.total, ids: second.items.map((s) => s.userId) }).toEqual({ total: 5, ids: [c.chu.id, c.other.id] });
      const past = await list(w.as.unitAdminA, `unitId=${village.id}&year=${year}&page=9&pageSize=2`);
      expect({ total: past.total, items: past.items }).toEqual({ total: 5, items: [] });
      expectError(await w.as.unitAdminA.get(`/api/requirements/shortfalls?year=${year}&line=no_such_line`), 422, RequirementError.UnknownLine);
    });

    test('equals the engine (forCadre) for every cadre of the city, line by line', async () => {
      const rows = await everything(w.as.orgAdmin, `year=${year}`);
      const active = (await t.db.query(
        `SELECT u.id FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE ou.path LIKE $1 AND u.status = 'active'`,
        [`${w.root.path}%`],
      )) as { id: string }[];
      expect(active.length).toBeGreaterThan(10);
      const expected: ReturnType<typeof brief>[] = [];
      for (const { id } of active) {
        const mine = expectOk<CadreRequirementsDto>(await w.as.orgAdmin.get(`/api/users/${id}/requirements?year=${year}`), 200);
        // 任职培训 is a shortfall once overdue (a leader still within the year is not behind).
        for (const l of mine.lines.filter((x) => !x.met && (!x.appointment || x.appointment.overdue))) {
          expected.push({ userId: id, line: l.key, required: l.required, earned: l.earned, remaining: l.remaining, days: l.days, requiredDays: l.requiredDays, dueDate: l.dueDate });
        }
      }
      const key = (s: { userId: string; line: string }) => `${s.userId}/${s.line}`;
      const sort = (a: ReturnType<typeof brief>[]) => [...a].sort((x, y) => key(x).localeCompare(key(y)));
      expect(sort(rows.map(brief))).toEqual(sort(expected));
      expect(rows.map((r) => r.userId)).not.toContain(c.disabled.id);
    });

    test('a line for a key group: new leaders (appointed within the window) are held to it, others are not', async () => {
      const leaders: RequirementLineDto[] = [
        { key: 'leaders', label: '任职培训（测试）', appliesTo: { rankLevels: [], groups: ['new_leader'] }, hours: 10, days: null, windowYears: 1, windowStart: null, sources: ['course'] },
        { key: 'chu_law', label: '处级执法', appliesTo: { rankLevels: ['chu'], groups: ['law_enforcement_mid'] }, hours: 5, days: null, windowYears: 1, windowStart: null, sources: ['class'] },
      ];
      expectOk(await w.as.orgAdmin.put('/api/requirements/2044', { lines: leaders }), 200);
      const unit = await createUnit(t.db, w.townB, 'village');
      const leader = await createCadre(t.db, unit, { rank: 'fu_ke', appointmentDate: addDays(todayInShanghai(), -30), name: '乙01' });
      const old = await createCadre(t.db, unit, { rank: 'fu_ke', appointmentDate: '2001-01-01', name: '乙02' });
      const lawChu = await createCadre(t.db, unit, { rank: 'zheng_chu', keyGroups: ['law_enforcement_mid'], name: '乙03' });
      const lawKe = await createCadre(t.db, unit, { rank: 'zheng_ke', keyGroups: ['law_enforcement_mid'], name: '乙04' });
      await grant(lawChu.id, 2, 'class', 2044);
      const rows = await everything(w.as.unitAdminB, `unitId=${unit.id}&year=2044`);
      expect(rows.map((r) => [r.userId, r.line, r.remaining])).toEqual([
        [leader.id, 'leaders', 10],
        [lawChu.id, 'chu_law', 3],
      ]);
      for (const u of [leader, old, lawChu, lawKe]) {
        const mine = expectOk<CadreRequirementsDto>(await w.as.unitAdminB.get(`/api/users/${u.id}/requirements?year=2044`), 200);
        expect(mine.lines.filter((l) => !l.met).map((l) => l.key)).toEqual(rows.filter((r) => r.userId === u.id).map((r) => r.line));
      }
    });

    test('without unitId it covers the caller’s scope; a unit outside scope is a 404; cadres and the auditor get 403', async () => {
      const own = await everything(w.as.unitAdminA, `year=${year}`);
      expect(own.map((s) => s.userId)).toEqual(expect.arrayContaining([c.ke.id, c.days11.id]));
      expect(own.map((s) => s.userId)).not.toContain(w.users.cadreB.id);
      expectError(await w.as.unitAdminB.get(`/api/requirements/shortfalls?unitId=${village.id}`), 404, CommonError.NotFound);
      expectError(await w.as.unitAdminB.get(`/api/requirements/shortfalls?unitId=${randomUUID()}`), 404, CommonError.NotFound);
      expectError(await w.as.cadreA.get('/api/requirements/shortfalls'), 403, CommonError.Forbidden);
      expectError(await w.as.lecturerA.get('/api/requirements/shortfalls'), 403, CommonError.Forbidden);
      expectError(await w.as.auditor.get('/api/requirements/shortfalls'), 403, CommonError.Forbidden);
      expectError(await request(t.http).get('/api/requirements/shortfalls'), 401, CommonError.Unauthenticated);
      expectError(await w.as.unitAdminA.get('/api/requirements/shortfalls?pageSize=101'), 400, CommonError.ValidationFailed);
    });
  });

  describe('补训 records', () => {
    test('an admin in scope records the make-up training once per cadre, year and line; a second save updates it; audited; shown in the list', async () => {
      const body = { userId: c.ke.id, year, line: 'centralized_year', arrangement: '参加县委党校第二期集中轮训', dueDate: `${year}-12-20`, done: false };
      const first = expectOk<MakeUpDto>(await w.as.unitAdminA.post('/api/requirements/shortfalls/make-up', body), 200);
      expect(first).toMatchObject({ arrangement: body.arrangement, dueDate: body.dueDate, done: false });
      const second = expectOk<MakeUpDto>(await w.as.unitAdminA.post('/api/requirements/shortfalls/make-up', { ...body, dueDate: null, done: true }), 200);
      expect(second).toMatchObject({ arrangement: body.arrangement, dueDate: null, done: true });
      const stored = (await t.db.query('SELECT done FROM requirement_make_ups WHERE user_id = $1', [c.ke.id])) as { done: boolean }[];
      expect(stored).toEqual([{ done: true }]);

      const row = (await list(w.as.unitAdminA, `unitId=${village.id}&year=${year}&line=centralized_year`)).items.find((s) => s.userId === c.ke.id)!;
      expect(row.makeUp).toMatchObject({ arrangement: body.arrangement, dueDate: null, done: true });
      const audit = (await t.db.query(`SELECT actor_id, target_id, details FROM audit_logs WHERE action = 'shortfall.make_up_saved' AND target_id = $1 ORDER BY occurred_at`, [c.ke.id])) as {
        actor_id: string;
        details: { before: unknown; after: { done: boolean } };
      }[];
      expect(audit.map((a) => [a.actor_id, a.details.before === null, a.details.after.done])).toEqual([
        [w.users.unitAdminA.id, true, false],
        [w.users.unitAdminA.id, false, true],
      ]);
    });

    test('outside scope is a 404, an unknown line a 422, a cadre 403; nothing is written', async () => {
      const body = { userId: c.other.id, year, line: 'online', arrangement: '补学网络课程', done: false };
      expectError(await w.as.unitAdminB.post('/api/requirements/shortfalls/make-up', body), 404, CommonError.NotFound);
      expectError(await w.as.unitAdminA.post('/api/requirements/shortfalls/make-up', { ...body, line: 'no_such_line' }), 422, RequirementError.UnknownLine);
      expectError(await w.as.cadreA.post('/api/requirements/shortfalls/make-up', body), 403, CommonError.Forbidden);
      expectError(await w.as.unitAdminA.post('/api/requirements/shortfalls/make-up', { ...body, done: 'yes' }), 400, CommonError.ValidationFailed);
      expect(await t.db.query('SELECT 1 FROM requirement_make_ups WHERE user_id = $1', [c.other.id])).toEqual([]);
    });
  });

  describe('the export', () => {
    test('the workbook has the filtered rows, audited; out of scope 404, a cadre 403', async () => {
      const res = await getBytes(w.as.unitAdminA, `/api/exports/shortfalls.xlsx?unitId=${village.id}&year=${year}&line=online`);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${village.name}-${year}年未达标人员.xlsx`));
      const sheet = (await readWorkbook(res.body as Buffer))['未达标人员']!;
      expect(sheet[0]!.slice(0, 7)).toEqual(['姓名', '单位', '职级', '要求', '应修学时', '已修学时', '尚差学时']);
      expect(sheet.slice(1).map((r) => r.slice(0, 7))).toEqual([
        ['甲02', village.name, '二级主任科员', '网络培训', 50, 20.5, 29.5],
        ['甲04', village.name, '其他', '网络培训', 50, 10, 40],
      ]);
      const audit = (await t.db.query(`SELECT details FROM audit_logs WHERE action = 'shortfalls.exported' AND target_id = $1`, [village.id])) as { details: { rows: number } }[];
      expect(audit.map((a) => a.details.rows)).toEqual([2]);
      expectError(await w.as.unitAdminB.get(`/api/exports/shortfalls.xlsx?unitId=${village.id}`), 404, CommonError.NotFound);
      expectError(await w.as.cadreA.get('/api/exports/shortfalls.xlsx'), 403, CommonError.Forbidden);
    });
  });

  describe('the reminder', () => {
    async function notified(userIds: string[]): Promise<{ user_id: string; body: string }[]> {
      return (await t.db.query(`SELECT user_id, body FROM notifications WHERE kind = 'shortfall' AND user_id = ANY($1::uuid[]) ORDER BY body`, [userIds])) as {
        user_id: string;
        body: string;
      }[];
    }

    test('reaches exactly the listed cadres, each with their own lines and what remains; audited', async () => {
      const everyone = Object.values(c).map((x) => x.id);
      const res = expectOk<{ recipients: number }>(await w.as.unitAdminA.post('/api/requirements/shortfalls/remind', { unitId: village.id, year, line: 'online' }), 200);
      expect(res).toEqual({ recipients: 2 });
      const sent = await notified(everyone);
      expect(sent.map((n) => n.user_id).sort()).toEqual([c.keyuan.id, c.other.id].sort());
      expect(sent.find((n) => n.user_id === c.other.id)!.body).toContain(`网络培训：应修50学时，已修10学时，尚差40学时，完成期限${year}-12-31`);
      const audit = (await t.db.query(`SELECT details FROM audit_logs WHERE action = 'shortfalls.reminded' AND target_id = $1`, [village.id])) as { details: { recipients: number } }[];
      expect(audit.map((a) => a.details.recipients)).toEqual([2]);
      // The cadre reads it among their notifications.
      const agent = await signIn(t.http, c.other);
      const mine = expectOk<{ items: { kind: string; title: string }[] }>(await agent.get('/api/my/notifications'), 200);
      expect(mine.items.map((n) => [n.kind, n.title])).toContainEqual(['shortfall', `${year}年度学时未达标提醒`]);
    });

    test('the chosen cadres only; a chosen cadre the list does not hold is a 404 and nobody is reminded', async () => {
      const before = (await notified([c.ke.id, c.days11.id, c.days12.id])).length;
      expectError(
        await w.as.unitAdminA.post('/api/requirements/shortfalls/remind', { unitId: village.id, year, userIds: [c.ke.id, c.days12.id] }),
        404,
        CommonError.NotFound,
      );
      expect((await notified([c.ke.id, c.days11.id, c.days12.id])).length).toBe(before);
      const res = expectOk<{ recipients: number }>(await w.as.unitAdminA.post('/api/requirements/shortfalls/remind', { unitId: village.id, year, userIds: [c.days11.id] }), 200);
      expect(res).toEqual({ recipients: 1 });
      expect((await notified([c.ke.id, c.days11.id, c.days12.id])).map((n) => n.user_id)).toEqual([c.days11.id]);
      expectError(await w.as.unitAdminB.post('/api/requirements/shortfalls/remind', { unitId: village.id, year }), 404, CommonError.NotFound);
      expectError(await w.as.cadreA.post('/api/requirements/shortfalls/remind', { year }), 403, CommonError.Forbidden);
    });
  });
});
