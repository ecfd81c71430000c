import { randomUUID } from 'node:crypto';
import { CommonError, RequirementError, type LedgerSource } from '@cadre/shared';
import { todayInShanghai } from '../../server/src/common/time';
import type { ClaimDto } from '../../server/src/modules/learning/dto/claim.dto';
import type { CadreRequirementsDto } from '../../server/src/modules/learning/dto/requirement.dto';
import type { SettlementDto } from '../../server/src/modules/learning/dto/settlement.dto';
import { LedgerService } from '../../server/src/modules/learning/ledger.service';
import { createCadre, createUnit, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { getBytes, readWorkbook } from '../helpers/quizzes';
import { auditRowsBy, expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

/**
 * Year-end settlement (年度学时结算), counted by hand. Settlements belong to the city (the root unit) that closed them, so
 * this file's own city closes last year without touching any other test file's cadres; the lines are the regulation's
 * defaults, which no test saves for a past year.
 *
 * The city: the seven users of the world and an org admin scoped to town A (rank 其他: only 网络培训 applies, no hours)
 * and, in a village of town A,
 *   乙01 副科   course 40 + quiz 20 (网络 60, met) and class 50 (集中年度 50 of 90, no days: short)
 *   乙02 一级科员 course 30 (网络 30, short; 集中年度 0, short)
 *   乙03 四级调研员 course 55 (网络 met) and an approved party-school claim of 100 学时 over 10 days (五年 100 of 550, 10 of 90 days: short)
 *   乙04 disabled, course 80: not counted
 * and in town B's village 丁01 (其他) course 50 (网络 met).
 * So the city: 12 cadres; 网络 12 applicable, 3 met; 集中年度 2/0; 五年 1/0; all lines met: 1 (丁01).
 */
describe('year-end settlement (年度学时结算)', () => {
  let t: TestApp;
  let w: World;
  let village: UnitRef;
  const year = Number(todayInShanghai().slice(0, 4)) - 1;
  const c: Record<'k1' | 'k2' | 'c1' | 'gone' | 'd1', CadreRef> = {} as never;
  let agentK2: Agent;
  let townOrgAdmin: Agent;
  /** 乙02's claim of 12 学时 of 集中轮训 over two days of the year, waiting for town A's decision when the year closes. */
  const claimBody = { title: '补报的集中轮训', kind: 'jizhong_lunxun', organizer: '县委党校', startDate: `${year}-11-02`, endDate: `${year}-11-03`, hours: 12 };
  let pendingClaim: ClaimDto;

  async function grantIn(userId: string, hours: number, source: LedgerSource, sourceRefId = randomUUID()): Promise<void> {
    const earnedAt = new Date(`${year}-06-15T12:00:00+08:00`);
    await t.db.transaction((tx) => t.app.get(LedgerService).grant(tx, { userId, hours, source, sourceRefId, description: '测试学时', earnedAt }));
  }

  async function state(agent: Agent, query = ''): Promise<SettlementDto> {
    return expectOk<SettlementDto>(await agent.get(`/api/requirements/${year}/settlement${query}`), 200);
  }

  async function requirementsOf(userId: string): Promise<CadreRequirementsDto> {
    return expectOk<CadreRequirementsDto>(await w.as.orgAdmin.get(`/api/users/${userId}/requirements?year=${year}`), 200);
  }

  const cityTotals = {
    cadres: 12,
    metAll: 1,
    lines: [
      { key: 'online', label: '网络培训', applicable: 12, met: 3 },
      { key: 'centralized_year', label: '集中培训（年度）', applicable: 2, met: 0 },
      { key: 'centralized_5y', label: '集中培训（五年）', applicable: 1, met: 0 },
    ],
  };

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    village = await createUnit(t.db, w.townA, 'village');
    c.k1 = await createCadre(t.db, village, { rank: 'fu_ke', name: '乙01' });
    c.k2 = await createCadre(t.db, village, { rank: 'keyuan_1', name: '乙02' });
    c.c1 = await createCadre(t.db, village, { rank: 'diaoyanyuan_4', name: '乙03' });
    c.gone = await createCadre(t.db, village, { rank: 'fu_ke', name: '乙04', status: 'disabled' });
    c.d1 = await createCadre(t.db, w.villageB, { name: '丁01' });
    agentK2 = await signIn(t.http, c.k2);
    townOrgAdmin = await signIn(t.http, await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA }));
    await grantIn(c.k1.id, 40, 'course');
    await grantIn(c.k1.id, 20, 'quiz');
    await grantIn(c.k1.id, 50, 'class');
    await grantIn(c.k2.id, 30, 'course');
    await grantIn(c.c1.id, 55, 'course');
    const claim = randomUUID();
    await t.db.query(
      `INSERT INTO offline_claims (id, user_id, title, kind, organizer, start_date, end_date, hours, status, unit_path)
       VALUES ($1, $2, '处级干部专题培训', 'party_school', '市委党校', $3, $4, 100, 'approved', $5)`,
      [claim, c.c1.id, `${year}-03-01`, `${year}-03-10`, village.path],
    );
    await t.db.transaction((tx) =>
      t.app.get(LedgerService).grant(tx, { userId: c.c1.id, hours: 100, source: 'offline_training', sourceRefId: claim, description: '测试申报', earnedAt: new Date(`${year}-03-10T12:00:00+08:00`) }),
    );
    pendingClaim = expectOk<ClaimDto>(await agentK2.post('/api/my/claims', claimBody), 201);
    await grantIn(c.gone.id, 80, 'course');
    await grantIn(c.d1.id, 50, 'course');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  test('only the city’s root org admin closes or reopens a year, and only a year that is over', async () => {
    expectError(await townOrgAdmin.post(`/api/requirements/${year}/settlement`), 403, RequirementError.RootAdminOnly);
    expectError(await townOrgAdmin.post(`/api/requirements/${year}/settlement/reopen`, { reason: '更正' }), 403, RequirementError.RootAdminOnly);
    expectError(await w.as.unitAdminA.post(`/api/requirements/${year}/settlement`), 403, CommonError.Forbidden);
    expectError(await w.as.cadreA.get(`/api/requirements/${year}/settlement`), 403, CommonError.Forbidden);
    expectError(await w.as.orgAdmin.post(`/api/requirements/${year + 1}/settlement`), 422, RequirementError.YearNotOver);
    expectError(await w.as.orgAdmin.post(`/api/requirements/${year}/settlement/reopen`, { reason: '更正' }), 422, RequirementError.YearNotSettled);
    expectError(await w.as.orgAdmin.post('/api/requirements/19x/settlement'), 400, CommonError.ValidationFailed);
    expect(await t.db.query('SELECT 1 FROM requirement_settlements WHERE unit_id = $1', [w.root.id])).toEqual([]);
  });

  test('an open year shows its totals counted now, for the caller’s scope', async () => {
    const open = await state(w.as.orgAdmin);
    expect(open).toMatchObject({ year, state: 'open', yearOver: true, canManage: true, settledAt: null, live: true, history: [], ...cityTotals });
    // Town A: its unit admin, org admin, lecturer and cadre (其他, no hours) and 乙01–乙03.
    expect(await state(w.as.unitAdminA)).toMatchObject({
      state: 'open',
      canManage: false,
      cadres: 7,
      metAll: 0,
      lines: [
        { key: 'online', applicable: 7, met: 2 },
        { key: 'centralized_year', applicable: 2, met: 0 },
        { key: 'centralized_5y', applicable: 1, met: 0 },
      ],
    });
    expectError(await w.as.unitAdminA.get(`/api/requirements/${year}/settlement?unitId=${w.townB.id}`), 404, CommonError.NotFound);
  });

  describe('closed', () => {
    let before: Record<string, CadreRequirementsDto>;
    let settlementId: string;

    beforeAll(async () => {
      before = {};
      for (const key of ['k1', 'k2', 'c1'] as const) before[key] = await requirementsOf(c[key].id);
      const closed = expectOk<SettlementDto>(await w.as.orgAdmin.post(`/api/requirements/${year}/settlement`), 200);
      expect(closed).toMatchObject({ year, state: 'settled', live: false, settledBy: w.users.orgAdmin.name, ...cityTotals });
      settlementId = closed.history[0]!.id;
    });

    test('the figures are frozen per cadre and line, as the engine counted them, with unit and rank; audited', async () => {
      const rows = (await t.db.query(
        `SELECT f.user_name, f.rank, f.unit_id, f.line_key, f.required::float AS required, f.earned::float AS earned, f.remaining::float AS remaining, f.met, f.days, f.by_source
           FROM requirement_settled_figures f WHERE f.settlement_id = $1 AND f.unit_id = $2 ORDER BY f.user_name, f.position`,
        [settlementId, village.id],
      )) as Record<string, unknown>[];
      expect(rows).toEqual([
        { user_name: '乙01', rank: 'fu_ke', unit_id: village.id, line_key: 'online', required: 50, earned: 60, remaining: 0, met: true, days: null, by_source: { course: 40, quiz: 20 } },
        { user_name: '乙01', rank: 'fu_ke', unit_id: village.id, line_key: 'centralized_year', required: 90, earned: 50, remaining: 40, met: false, days: 0, by_source: { class: 50 } },
        { user_name: '乙02', rank: 'keyuan_1', unit_id: village.id, line_key: 'online', required: 50, earned: 30, remaining: 20, met: false, days: null, by_source: { course: 30 } },
        { user_name: '乙02', rank: 'keyuan_1', unit_id: village.id, line_key: 'centralized_year', required: 90, earned: 0, remaining: 90, met: false, days: 0, by_source: {} },
        { user_name: '乙03', rank: 'diaoyanyuan_4', unit_id: village.id, line_key: 'online', required: 50, earned: 55, remaining: 0, met: true, days: null, by_source: { course: 55 } },
        { user_name: '乙03', rank: 'diaoyanyuan_4', unit_id: village.id, line_key: 'centralized_5y', required: 550, earned: 100, remaining: 450, met: false, days: 10, by_source: { offline_training: 100 } },
      ]);
      const [settlement] = (await t.db.query('SELECT cadres, unit_path FROM requirement_settlements WHERE id = $1', [settlementId])) as { cadres: number; unit_path: string }[];
      expect(settlement).toEqual({ cadres: 12, unit_path: w.root.path });
      const audit = await auditRowsBy(t.db, w.users.orgAdmin.id, 'requirements.settled');
      expect(audit.map((a) => [a.unit_path, a.details?.year, a.details?.cadres, a.details?.figures])).toEqual([[w.root.path, year, 12, 15]]);
      // The frozen figures say what the engine said the moment before, now marked as settled.
      for (const key of ['k1', 'k2', 'c1'] as const) {
        const after = await requirementsOf(c[key].id);
        expect(after.settled).toBe(true);
        expect(after.settledAt).toBe(expectOk<SettlementDto>(await w.as.orgAdmin.get(`/api/requirements/${year}/settlement`), 200).settledAt);
        expect(after.lines).toEqual(before[key]!.lines);
        expect(before[key]!.settled).toBe(false);
      }
    });

    test('no more hours go into the closed year: a grant and a claim’s approval are refused, the figures unchanged', async () => {
      await expect(grantIn(c.k2.id, 25, 'course')).rejects.toMatchObject({ code: RequirementError.YearSettled });
      // A claim submitted before the closing is not approved into the closed year; a new one is refused at once,
      // also when it only begins in the closed year.
      expectError(await w.as.unitAdminA.post(`/api/claims/${pendingClaim.id}/approve`), 422, RequirementError.YearSettled);
      const [row] = (await t.db.query('SELECT status FROM offline_claims WHERE id = $1', [pendingClaim.id])) as { status: string }[];
      expect(row!.status).toBe('pending');
      expectError(await agentK2.post('/api/my/claims', { ...claimBody, startDate: `${year}-12-31`, endDate: `${year + 1}-01-01` }), 422, RequirementError.YearSettled);
      const [claims] = (await t.db.query('SELECT count(*)::int AS n FROM offline_claims WHERE user_id = $1', [c.k2.id])) as { n: number }[];
      expect(claims!.n).toBe(1);
      const ledger = (await t.db.query('SELECT hours::float AS hours FROM ledger_entries WHERE user_id = $1 AND year = $2', [c.k2.id, year])) as { hours: number }[];
      expect(ledger).toEqual([{ hours: 30 }]);
      const mine = expectOk<CadreRequirementsDto>(await agentK2.get(`/api/my/requirements?year=${year}`), 200);
      expect(mine.lines.map((l) => [l.key, l.earned, l.met])).toEqual([
        ['online', 30, false],
        ['centralized_year', 0, false],
      ]);
      // Nor are the year's lines replaced, and it is not closed twice.
      expectError(await w.as.orgAdmin.put(`/api/requirements/${year}`, { lines: [] }), 422, RequirementError.YearSettled);
      expectError(await w.as.orgAdmin.post(`/api/requirements/${year}/settlement`), 422, RequirementError.YearSettled);
      expect(await t.db.query('SELECT 1 FROM requirement_lines WHERE year = $1', [year])).toEqual([]);
    });

    test('a settled year reads the frozen figures even after the cadre’s rank changes', async () => {
      await t.db.query(`UPDATE users SET rank = 'fu_chu' WHERE id = $1`, [c.k1.id]);
      const frozen = await requirementsOf(c.k1.id);
      expect(frozen.lines.map((l) => [l.key, l.required, l.earned, l.met])).toEqual([
        ['online', 50, 60, true],
        ['centralized_year', 90, 50, false],
      ]);
      expect(frozen.lines[1]!.bySource).toEqual({ class: 50, offline_training: 0 });
      expect(frozen.lines[0]!.byYear).toEqual([{ year, hours: 60 }]);
      // The cadre who was disabled at the closing has no frozen line.
      expect((await requirementsOf(c.gone.id)).lines).toEqual([]);
      await t.db.query(`UPDATE users SET rank = 'fu_ke' WHERE id = $1`, [c.k1.id]);
    });

    test('the sheet for 年度考核: per cadre unit, name, rank, per line 应修/已修/是否达标 and overall; scoped; audited', async () => {
      const res = await getBytes(w.as.unitAdminA, `/api/exports/settlement.xlsx?year=${year}&unitId=${village.id}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${village.name}-${year}年度学时结算表.xlsx`));
      const sheet = (await readWorkbook(res.body as Buffer))['年度学时结算']!;
      expect(sheet[0]![0]).toBe(`${village.name}${year}年度干部教育培训学时结算表`);
      expect(String(sheet[1]![0])).toMatch(/^结算时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(sheet[2]).toEqual(['单位', '姓名', '职级', '网络培训', '网络培训', '网络培训', '集中培训（年度）', '集中培训（年度）', '集中培训（年度）', '集中培训（五年）', '集中培训（五年）', '集中培训（五年）', '总体达标']);
      expect(sheet[3]).toEqual(['单位', '姓名', '职级', '应修学时', '已修学时', '是否达标', '应修学时', '已修学时', '是否达标', '应修学时', '已修学时', '是否达标', '总体达标']);
      expect(sheet.slice(4)).toEqual([
        [village.name, '乙01', '副科级', 50, 60, '达标', 90, 50, '未达标', '', '', '不适用', '未达标'],
        [village.name, '乙02', '一级科员', 50, 30, '未达标', 90, 0, '未达标', '', '', '不适用', '未达标'],
        [village.name, '乙03', '四级调研员', 50, 55, '达标', '', '', '不适用', 550, 100, '未达标', '未达标'],
      ]);
      const audit = await auditRowsBy(t.db, w.users.unitAdminA.id, 'settlement.exported');
      expect(audit.map((a) => [a.target_id, a.details?.settled, a.details?.rows])).toEqual([[village.id, true, 3]]);
      // Town B's admin sees town B only: 丁01 met its one line, the admin and cadre of town B did not.
      const b = await readWorkbook((await getBytes(w.as.unitAdminB, `/api/exports/settlement.xlsx?year=${year}`)).body as Buffer);
      expect(b['年度学时结算']!.slice(4).map((r) => [r[1], r[4], r[12]]).sort()).toEqual(
        [
          ['丁01', 50, '达标'],
          [w.users.cadreB.name, 0, '未达标'],
          [w.users.unitAdminB.name, 0, '未达标'],
        ].sort(),
      );
      expectError(await w.as.unitAdminB.get(`/api/exports/settlement.xlsx?year=${year}&unitId=${village.id}`), 404, CommonError.NotFound);
      expectError(await w.as.cadreA.get(`/api/exports/settlement.xlsx?year=${year}`), 403, CommonError.Forbidden);
      expectError(await w.as.unitAdminA.get('/api/exports/settlement.xlsx'), 400, CommonError.ValidationFailed);
    });

    describe('reopened', () => {
      beforeAll(async () => {
        expectError(await w.as.orgAdmin.post(`/api/requirements/${year}/settlement/reopen`, {}), 400, CommonError.ValidationFailed);
        expectError(await w.as.orgAdmin.post(`/api/requirements/${year}/settlement/reopen`, { reason: ' ' }), 400, CommonError.ValidationFailed);
        expectError(await w.as.unitAdminA.post(`/api/requirements/${year}/settlement/reopen`, { reason: '更正乙02学时' }), 403, CommonError.Forbidden);
        const reopened = expectOk<SettlementDto>(await w.as.orgAdmin.post(`/api/requirements/${year}/settlement/reopen`, { reason: '更正乙02学时' }), 200);
        expect(reopened).toMatchObject({ state: 'reopened', live: true, settledAt: null });
        expect(reopened.history).toEqual([
          {
            id: settlementId,
            settledAt: expect.any(String) as string,
            settledBy: w.users.orgAdmin.name,
            reopenedAt: expect.any(String) as string,
            reopenedBy: w.users.orgAdmin.name,
            reopenReason: '更正乙02学时',
            cadres: 12,
          },
        ]);
      });

      test('the reopening is audited with its reason; hours go in again; the old figures stay as history', async () => {
        const audit = await auditRowsBy(t.db, w.users.orgAdmin.id, 'requirements.reopened');
        expect(audit.map((a) => [a.details?.year, a.details?.settlementId, a.details?.reason])).toEqual([[year, settlementId, '更正乙02学时']]);
        await grantIn(c.k2.id, 25, 'course');
        expectOk(await w.as.unitAdminA.post(`/api/claims/${pendingClaim.id}/approve`), 200);
        const live = await requirementsOf(c.k2.id);
        expect(live.settled).toBe(false);
        expect(live.lines.map((l) => [l.key, l.earned, l.met, l.days])).toEqual([
          ['online', 55, true, null],
          ['centralized_year', 12, false, 2],
        ]);
        expectError(await w.as.orgAdmin.post(`/api/requirements/${year}/settlement/reopen`, { reason: '再次撤销' }), 422, RequirementError.YearNotSettled);

        // Closing again freezes a new set beside the old one: 网络培训 now met by 4.
        const again = expectOk<SettlementDto>(await w.as.orgAdmin.post(`/api/requirements/${year}/settlement`), 200);
        expect(again).toMatchObject({ state: 'settled', cadres: 12, metAll: 1 });
        expect(again.lines.map((l) => [l.key, l.applicable, l.met])).toEqual([
          ['online', 12, 4],
          ['centralized_year', 2, 0],
          ['centralized_5y', 1, 0],
        ]);
        expect(again.history.map((h) => [h.reopenReason, h.cadres])).toEqual([
          [null, 12],
          ['更正乙02学时', 12],
        ]);
        const earned = (await t.db.query(
          `SELECT s.reopened_at IS NULL AS standing, f.earned::float AS earned FROM requirement_settled_figures f JOIN requirement_settlements s ON s.id = f.settlement_id
            WHERE f.user_id = $1 AND f.line_key = 'online' ORDER BY s.closed_at`,
          [c.k2.id],
        )) as { standing: boolean; earned: number }[];
        expect(earned).toEqual([
          { standing: false, earned: 30 },
          { standing: true, earned: 55 },
        ]);
        // Leave the year open for nobody's surprise.
        expectOk(await w.as.orgAdmin.post(`/api/requirements/${year}/settlement/reopen`, { reason: '测试结束' }), 200);
      });
    });
  });
});
