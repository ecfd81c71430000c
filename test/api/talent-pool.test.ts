import ExcelJS from 'exceljs';
import { todayInShanghai } from '../../server/src/common/time';
import type { CriteriaDto, TalentEntryDto, TalentOverviewDto, TalentPageDto, TalentProfileDto } from '../../server/src/modules/talent/dto/talent.dto';
import { TalentPoolService } from '../../server/src/modules/talent/talent-pool.service';
import { createCadre, createUnit, uniq, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { getBytes } from '../helpers/quizzes';
import { addDays, detailFields, expectError, expectOk, studyBody, submittedRecord } from '../helpers/studies';
import { admit, auditCount, candidate, grantHours, nominate } from '../helpers/talent';
import { buildWorld, type World } from '../helpers/world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('young-cadre talent pool (优秀年轻干部培养库)', () => {
  let t: TestApp;
  let w: World;
  const today = () => todayInShanghai();
  const thisYear = () => Number(today().slice(0, 4));

  beforeAll(async () => {
    // The defaults, spelled out: 科级 up to 35, 处级 up to 40, 科员 up to 32; 20 hours in the last 12 months.
    t = await createTestApp({ JOBS_ENABLED: '0', TALENT_AGE_LIMIT_KE: '35', TALENT_AGE_LIMIT_CHU: '40', TALENT_AGE_LIMIT_KEYUAN: '32', TALENT_MIN_HOURS: '20' });
    w = await buildWorld(t.db, t.http);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function listIds(agent: Agent, query = ''): Promise<string[]> {
    return expectOk<TalentPageDto>(await agent.get(`/api/talent-pool?pageSize=100${query}`), 200).items.map((e) => e.id);
  }

  async function entryCount(userId: string): Promise<number> {
    const [row] = (await t.db.query('SELECT count(*)::int AS n FROM talent_entries WHERE user_id = $1', [userId])) as { n: number }[];
    return row!.n;
  }

  /** A nominated and admitted member of village A. */
  async function member(opts: { track?: string; unit?: UnitRef } = {}): Promise<{ cadre: CadreRef; entry: TalentEntryDto }> {
    const cadre = await candidate(t, opts.unit ?? w.villageA, { age: 30, hours: 24 });
    const nominated = await nominate(w.as.unitAdminA, cadre.id);
    return { cadre, entry: await admit(w.as.orgAdmin, nominated.id, opts.track ?? 'tempering') };
  }

  describe('entry criteria', () => {
    it('checks the age limit of the rank level and the hours of the last 12 months, boundaries included', async () => {
      const atLimit = await candidate(t, w.villageA, { age: 35, rank: 'fu_ke', hours: 20 });
      const tooOld = await candidate(t, w.villageA, { age: 36, rank: 'zheng_ke', hours: 25 });
      const chuAt38 = await candidate(t, w.villageA, { age: 38, rank: 'fu_chu', hours: 20 });
      const keyuanAt33 = await candidate(t, w.villageA, { age: 33, rank: 'keyuan_1', hours: 20 });
      const shortOfHours = await candidate(t, w.villageA, { age: 28, rank: 'fu_ke', hours: 19.5 });
      // Hours earned 13 months ago are outside the window.
      await grantHours(t, shortOfHours.id, 30, 13);

      const check = async (c: CadreRef) => expectOk<CriteriaDto>(await w.as.unitAdminA.get(`/api/talent-pool/criteria?userId=${c.id}`), 200);
      const a = await check(atLimit);
      expect({ met: a.met, age: a.age, ageLimit: a.ageLimit, level: a.rankLevel, hours: a.hours, minHours: a.minHours }).toEqual({
        met: true,
        age: 35,
        ageLimit: 35,
        level: 'ke',
        hours: 20,
        minHours: 20,
      });
      const b = await check(tooOld);
      expect({ met: b.met, fields: b.problems.map((p) => p.field), age: b.age }).toEqual({ met: false, fields: ['birthDate'], age: 36 });
      expect((await check(chuAt38)).met).toBe(true);
      const d = await check(keyuanAt33);
      expect({ met: d.met, level: d.rankLevel, limit: d.ageLimit }).toEqual({ met: false, level: 'keyuan', limit: 32 });
      const e = await check(shortOfHours);
      expect({ met: e.met, fields: e.problems.map((p) => p.field), hours: e.hours }).toEqual({ met: false, fields: ['hours'], hours: 19.5 });
    });

    it('refuses a nomination that breaks a criterion with 422 talent/criteria_not_met, and stores nothing', async () => {
      const tooOld = await candidate(t, w.villageA, { age: 37, rank: 'fu_ke', hours: 40 });
      const res = await w.as.unitAdminA.post('/api/talent-pool', { userId: tooOld.id, reasons: '实绩突出' });
      expectError(res, 422, 'talent/criteria_not_met');
      expect(detailFields(res)).toEqual(['birthDate']);
      expect(await entryCount(tooOld.id)).toBe(0);
    });

    it('takes a nomination that breaks a criterion with an explicit override reason, and keeps what was broken', async () => {
      const noBirthDate = await createCadre(t.db, w.villageA, { rank: 'fu_ke' });
      const entry = await nominate(w.as.unitAdminA, noBirthDate.id, { overrideReason: '脱贫攻坚一线表现突出，破格推荐' });
      expect({ status: entry.status, overridden: entry.overridden, overrideReason: entry.overrideReason }).toEqual({
        status: 'nominated',
        overridden: true,
        overrideReason: '脱贫攻坚一线表现突出，破格推荐',
      });
      // No birth date and no hours: both criteria fail and both are kept with the entry.
      expect(entry.criteriaProblems.map((p) => p.field).sort()).toEqual(['birthDate', 'hours']);
      expect(entry.history.map((h) => [h.action, h.toStatus])).toEqual([['nominated', 'nominated']]);
    });

    it('a nomination that meets the criteria needs no override, and an override reason sent anyway is not kept', async () => {
      const fine = await candidate(t, w.villageA, { age: 29, hours: 30 });
      const entry = await nominate(w.as.unitAdminA, fine.id, { overrideReason: '无需' });
      expect({ overridden: entry.overridden, problems: entry.criteriaProblems, reasons: entry.reasons }).toEqual({ overridden: false, problems: [], reasons: '政治素质好，工作实绩突出' });
    });
  });

  describe('nomination rules and validation', () => {
    it('refuses a second open nomination of the same cadre with 409 talent/already_active', async () => {
      const c = await candidate(t, w.villageA, { age: 30, hours: 21 });
      await nominate(w.as.unitAdminA, c.id);
      expectError(await w.as.orgAdmin.post('/api/talent-pool', { userId: c.id, reasons: '再次推荐' }), 409, 'talent/already_active');
      expect(await entryCount(c.id)).toBe(1);
    });

    it('a unit admin cannot nominate a cadre outside their unit: 404', async () => {
      const other = await candidate(t, w.villageB, { age: 30, hours: 21 });
      const res = await w.as.unitAdminA.post('/api/talent-pool', { userId: other.id, reasons: '跨单位推荐' });
      expectError(res, 404, 'common/not_found');
      expect(await entryCount(other.id)).toBe(0);
      expectError(await w.as.unitAdminA.get(`/api/talent-pool/criteria?userId=${other.id}`), 404, 'common/not_found');
    });

    it.each([
      ['no reasons', { reasons: undefined }, 'reasons'],
      ['an empty reason', { reasons: '   ' }, 'reasons'],
      ['a user id that is not a uuid', { userId: 'abc' }, 'userId'],
      ['an unknown track', { track: 'fast' }, 'track'],
      ['an unknown field', { salary: 1 }, 'salary'],
    ])('answers 400 common/validation_failed for %s', async (_name, patch, field) => {
      const c = await candidate(t, w.villageA, { age: 30, hours: 21 });
      const res = await w.as.unitAdminA.post('/api/talent-pool', { userId: c.id, reasons: '理由', ...patch });
      expectError(res, 400, 'common/validation_failed');
      expect(detailFields(res)).toContain(field);
    });

    it('answers 400 for a malformed list query (pageSize above 100, unknown age band)', async () => {
      expectError(await w.as.orgAdmin.get('/api/talent-pool?pageSize=101'), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.get('/api/talent-pool?ageBand=young'), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.get('/api/talent-pool/not-a-uuid/profile'), 400, 'common/validation_failed');
    });
  });

  describe('who sees what', () => {
    it('cadres, lecturers and auditors get 403 on the list, the profile, the overview and the export', async () => {
      const { entry } = await member();
      for (const agent of [w.as.cadreA, w.as.lecturerA, w.as.auditor]) {
        expectError(await agent.get('/api/talent-pool'), 403, 'common/forbidden');
        expectError(await agent.get(`/api/talent-pool/${entry.id}/profile`), 403, 'common/forbidden');
        expectError(await agent.get('/api/talent-pool/overview'), 403, 'common/forbidden');
        expectError(await agent.get('/api/exports/talent-pool.xlsx'), 403, 'common/forbidden');
        expectError(await agent.post('/api/talent-pool', { userId: entry.userId, reasons: 'x' }), 403, 'common/forbidden');
      }
    });

    it('unit admins see only their own nominations and the decisions on them; no profile, no decisions, no overview', async () => {
      const ownC = await candidate(t, w.villageA, { age: 30, hours: 21 });
      const own = await nominate(w.as.unitAdminA, ownC.id);
      const byOrgC = await candidate(t, w.villageA, { age: 30, hours: 21 });
      const byOrg = await nominate(w.as.orgAdmin, byOrgC.id);
      const declined = expectOk<TalentEntryDto>(await w.as.orgAdmin.post(`/api/talent-pool/${own.id}/decision`, { admit: false, reason: '需进一步培养锻炼' }), 200);
      expect(declined.status).toBe('declined');

      const idsA = await listIds(w.as.unitAdminA);
      expect(idsA).toContain(own.id);
      expect(idsA).not.toContain(byOrg.id);
      const mine = expectOk<TalentPageDto>(await w.as.unitAdminA.get('/api/talent-pool?pageSize=100'), 200).items.find((e) => e.id === own.id)!;
      expect({ status: mine.status, decisionReason: mine.decisionReason }).toEqual({ status: 'declined', decisionReason: '需进一步培养锻炼' });
      expect(await listIds(w.as.unitAdminB)).toEqual([]);
      expect(await listIds(w.as.orgAdmin)).toEqual(expect.arrayContaining([own.id, byOrg.id]));

      expectError(await w.as.unitAdminA.get(`/api/talent-pool/${own.id}/profile`), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.post(`/api/talent-pool/${byOrg.id}/decision`, { admit: true, track: 'rotation' }), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.get('/api/talent-pool/overview'), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.get('/api/exports/talent-pool.xlsx'), 403, 'common/forbidden');
    });

    it('an org admin scoped to town B gets 404 for town A\'s members and does not list them', async () => {
      const orgB = await createCadre(t.db, w.townB, { roles: ['cadre', 'org_admin'], scopeUnit: w.townB });
      const asOrgB = await signIn(t.http, orgB);
      const { entry } = await member();
      const withSecondment = expectOk<TalentEntryDto>(
        await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/secondments`, { hostCity: '镇江市', hostUnit: '润州区', post: '挂职', fromOn: today(), toOn: today() }),
        201,
      );
      expectError(await asOrgB.patch(`/api/talent-secondments/${withSecondment.secondments[0]!.id}`, { post: '越权' }), 404, 'common/not_found');
      expectError(await asOrgB.get(`/api/talent-pool/${entry.id}/profile`), 404, 'common/not_found');
      expectError(await asOrgB.post(`/api/talent-pool/${entry.id}/notes`, { note: '越权' }), 404, 'common/not_found');
      expectError(await asOrgB.post(`/api/talent-pool/${entry.id}/remove`, { reason: '越权' }), 404, 'common/not_found');
      expect(await listIds(asOrgB)).not.toContain(entry.id);
      expect(await auditCount(t.db, entry.id, 'talent_pool.profile_viewed')).toBe(0);
    });
  });

  describe('decisions and leaving the pool', () => {
    it('admits with a track and mentor; deciding again is 409 talent/invalid_state', async () => {
      const c = await candidate(t, w.villageA, { age: 31, hours: 22 });
      const n = await nominate(w.as.unitAdminA, c.id);
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${n.id}/decision`, { admit: true }), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${n.id}/decision`, { admit: false }), 400, 'common/validation_failed');
      const e = await admit(w.as.orgAdmin, n.id, 'party_spirit', { mentorPost: '镇党委书记' });
      expect({ status: e.status, track: e.track, mentor: e.mentorName, post: e.mentorPost, admittedOn: e.admittedOn }).toEqual({
        status: 'in_pool',
        track: 'party_spirit',
        mentor: '王导师',
        post: '镇党委书记',
        admittedOn: today(),
      });
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${n.id}/decision`, { admit: false, reason: '改变主意' }), 409, 'talent/invalid_state');
      // Each change is in the audit trail, by whom, under the cadre's unit (so the town's own trail shows it too).
      const trail = (await t.db.query(`SELECT action, actor_id, unit_path FROM audit_logs WHERE target_id = $1 ORDER BY occurred_at, id`, [n.id])) as {
        action: string;
        actor_id: string;
        unit_path: string;
      }[];
      expect(trail.map((r) => [r.action, r.actor_id, r.unit_path])).toEqual([
        ['talent_pool.nominated', w.users.unitAdminA.id, w.villageA.path],
        ['talent_pool.admitted', w.users.orgAdmin.id, w.villageA.path],
      ]);
      expect(e.history.map((h) => [h.action, h.actorName])).toEqual([
        ['nominated', w.users.unitAdminA.name],
        ['admitted', w.users.orgAdmin.name],
      ]);
    });

    it('graduates with the new post; a graduated member cannot be removed, and history keeps every step', async () => {
      const { entry } = await member();
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/graduate`, { newPost: '副镇长', on: addDays(today(), 1) }), 422, 'talent/invalid_period');
      const g = expectOk<TalentEntryDto>(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/graduate`, { newPost: '某镇副镇长' }), 200);
      expect({ status: g.status, newPost: g.newPost, closedOn: g.closedOn }).toEqual({ status: 'graduated', newPost: '某镇副镇长', closedOn: today() });
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/remove`, { reason: '调整' }), 409, 'talent/invalid_state');
      expect(g.history.map((h) => h.toStatus)).toEqual(['nominated', 'in_pool', 'graduated']);
    });

    it('removes with a reason (required), and the cadre may then be nominated again', async () => {
      const { cadre, entry } = await member();
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/remove`, {}), 400, 'common/validation_failed');
      const r = expectOk<TalentEntryDto>(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/remove`, { reason: '年度考核基本称职，调出培养库' }), 200);
      expect({ status: r.status, reason: r.closedReason }).toEqual({ status: 'removed', reason: '年度考核基本称职，调出培养库' });
      const again = await nominate(w.as.unitAdminA, cadre.id);
      expect(again.status).toBe('nominated');
      expect(await entryCount(cadre.id)).toBe(2);
    });
  });

  describe('plan, evaluations, secondments', () => {
    it('replaces milestones, flags the overdue ones and refuses a done date in the future', async () => {
      const { entry } = await member({ track: 'rotation' });
      const bad = await w.as.orgAdmin.patch(`/api/talent-pool/${entry.id}/plan`, { milestones: [{ title: '到村任职', dueOn: today(), doneOn: addDays(today(), 1) }] });
      expectError(bad, 422, 'talent/invalid_period');
      expect(detailFields(bad)).toEqual(['milestones.0.doneOn']);
      const saved = expectOk<TalentEntryDto>(
        await w.as.orgAdmin.patch(`/api/talent-pool/${entry.id}/plan`, {
          mentorName: '李书记',
          milestones: [
            { title: '乡镇岗位轮岗', dueOn: addDays(today(), -10) },
            { title: '完成调研报告', dueOn: addDays(today(), -5), doneOn: addDays(today(), -6) },
            { title: '信访岗位锻炼', dueOn: addDays(today(), 30) },
          ],
        }),
        200,
      );
      expect(saved.mentorName).toBe('李书记');
      expect(saved.milestones.map((m) => [m.title, m.overdue])).toEqual([
        ['乡镇岗位轮岗', true],
        ['完成调研报告', false],
        ['信访岗位锻炼', false],
      ]);
      expect(saved.overdueMilestones).toBe(1);
      const replaced = expectOk<TalentEntryDto>(await w.as.orgAdmin.patch(`/api/talent-pool/${entry.id}/plan`, { milestones: [{ title: '只剩一个', dueOn: addDays(today(), 3) }] }), 200);
      expect(replaced.milestones.map((m) => m.title)).toEqual(['只剩一个']);
    });

    it('refuses to plan for an entry that is only nominated: 409', async () => {
      const c = await candidate(t, w.villageA, { age: 30, hours: 21 });
      const n = await nominate(w.as.unitAdminA, c.id);
      expectError(await w.as.orgAdmin.patch(`/api/talent-pool/${n.id}/plan`, { mentorName: '张' }), 409, 'talent/invalid_state');
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${n.id}/secondments`, { hostCity: '福州市', hostUnit: '某区', post: '副区长', fromOn: today(), toOn: today() }), 409, 'talent/invalid_state');
    });

    it('records one evaluation per year, corrects it, and refuses a future year', async () => {
      const { entry } = await member();
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/evaluations`, { year: thisYear() + 1, grade: 'excellent' }), 422, 'talent/invalid_period');
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/evaluations`, { year: thisYear() - 1, grade: 'great' }), 400, 'common/validation_failed');
      await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/evaluations`, { year: thisYear() - 1, grade: 'competent', comment: '称职' });
      const e = expectOk<TalentEntryDto>(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/evaluations`, { year: thisYear() - 1, grade: 'excellent', comment: '更正为优秀' }), 200);
      expect(e.evaluations).toEqual([{ year: thisYear() - 1, grade: 'excellent', comment: '更正为优秀' }]);
      expect(e.history.filter((h) => h.action === 'evaluated').map((h) => h.note)).toEqual([`${thisYear() - 1}年度：称职`, `${thisYear() - 1}年度：优秀`]);
    });

    it('an expired secondment (past its end, no return) is not "away now" but 已到期未返回, in the list, its filter and the overview', async () => {
      const { entry } = await member();
      const e = expectOk<TalentEntryDto>(
        await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/secondments`, {
          hostCity: '厦门市',
          hostUnit: '思明区',
          post: '区长助理（挂职）',
          fromOn: addDays(today(), -200),
          toOn: addDays(today(), -40),
          state: 'on_secondment',
        }),
        201,
      );
      expect(e.awayIn).toBeNull();
      const listed = expectOk<TalentPageDto>(await w.as.orgAdmin.get('/api/talent-pool?pageSize=100&status=in_pool'), 200).items.find((i) => i.id === entry.id)!;
      expect({ awayIn: listed.awayIn, since: listed.returnOverdueSince }).toEqual({ awayIn: null, since: addDays(today(), -40) });
      const flagged = expectOk<TalentPageDto>(await w.as.orgAdmin.get('/api/talent-pool?pageSize=100&returnOverdue=true'), 200).items;
      expect(flagged.map((i) => i.id)).toContain(entry.id);
      expect(flagged.every((i) => i.returnOverdueSince !== null)).toBe(true);
      const overview = expectOk<TalentOverviewDto>(await w.as.orgAdmin.get('/api/talent-pool/overview'), 200);
      expect(overview.activeSecondments.map((s) => s.entryId)).not.toContain(entry.id);
      expect(overview.overdueReturns.map((s) => s.entryId)).toContain(entry.id);
      // Marked returned with its report, the flag goes.
      const back = expectOk<TalentEntryDto>(await w.as.orgAdmin.patch(`/api/talent-secondments/${e.secondments[0]!.id}`, { state: 'returned', report: '挂职期满，按期返回。' }), 200);
      expect(back.awayIn).toBeNull();
      const after = expectOk<TalentPageDto>(await w.as.orgAdmin.get('/api/talent-pool?pageSize=100&returnOverdue=true'), 200).items;
      expect(after.map((i) => i.id)).not.toContain(entry.id);
    });

    it('records a secondment, shows who is away, and closes it only with a report', async () => {
      const { entry } = await member();
      const body = { hostCity: '福州市', hostUnit: '鼓楼区发展和改革局', post: '副局长（挂职）', fromOn: addDays(today(), -30), toOn: addDays(today(), 150) };
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/secondments`, { ...body, toOn: addDays(today(), -31) }), 422, 'talent/invalid_period');
      expectError(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/secondments`, { ...body, state: 'returned' }), 422, 'talent/report_required');
      const e = expectOk<TalentEntryDto>(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/secondments`, { ...body, state: 'on_secondment' }), 201);
      expect(e.awayIn).toBe('福州市');
      const sid = e.secondments[0]!.id;
      const listed = expectOk<TalentPageDto>(await w.as.orgAdmin.get('/api/talent-pool?pageSize=100&status=in_pool'), 200).items.find((i) => i.id === entry.id)!;
      expect(listed.awayIn).toBe('福州市');
      const overview = expectOk<TalentOverviewDto>(await w.as.orgAdmin.get('/api/talent-pool/overview'), 200);
      expect(overview.activeSecondments.map((s) => s.entryId)).toContain(entry.id);

      expectError(await w.as.orgAdmin.patch(`/api/talent-secondments/${sid}`, { state: 'returned' }), 422, 'talent/report_required');
      const back = expectOk<TalentEntryDto>(await w.as.orgAdmin.patch(`/api/talent-secondments/${sid}`, { state: 'returned', report: '挂职期间牵头完成两个招商项目。' }), 200);
      expect({ away: back.awayIn, state: back.secondments[0]!.state, report: back.secondments[0]!.report }).toEqual({ away: null, state: 'returned', report: '挂职期间牵头完成两个招商项目。' });
      expectError(await w.as.unitAdminA.patch(`/api/talent-secondments/${sid}`, { post: 'x' }), 403, 'common/forbidden');
    });
  });

  describe('the profile', () => {
    it('brings the record together, masks the numbers, carries the watermark, and audits every view', async () => {
      const { cadre, entry } = await member();
      await grantHours(t, cadre.id, 3, 0, 'course');
      await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/secondments`, { hostCity: '镇江市', hostUnit: '京口区', post: '区长助理', fromOn: addDays(today(), -1), toOn: addDays(today(), 180), state: 'on_secondment' });
      await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/notes`, { note: '到信访窗口轮岗，群众评价好' });
      const posts = { posts: [{ post: '党政办科员', unitName: '某镇人民政府', fromOn: '2018-07-01', toOn: '2021-06-30' }] };
      expectError(await w.as.orgAdmin.put(`/api/talent-pool/${entry.id}/posts`, { posts: [{ ...posts.posts[0], toOn: '2018-06-30' }] }), 422, 'talent/invalid_period');
      expectError(await w.as.orgAdmin.put(`/api/talent-pool/${entry.id}/posts`, { posts: [{ ...posts.posts[0], fromOn: addDays(today(), 1), toOn: null }] }), 422, 'talent/invalid_period');
      expectError(await w.as.unitAdminA.put(`/api/talent-pool/${entry.id}/posts`, posts), 403, 'common/forbidden');
      expect(expectOk<TalentEntryDto>(await w.as.orgAdmin.put(`/api/talent-pool/${entry.id}/posts`, posts), 200).posts).toEqual([{ ...posts.posts[0] }]);
      const study = await submittedRecord(w.as.unitAdminA, studyBody(w.villageA.id, [cadre.id], { speeches: [{ speakerId: cadre.id, summary: '结合信访工作谈学习体会' }] }));

      const p = expectOk<TalentProfileDto>(await w.as.orgAdmin.get(`/api/talent-pool/${entry.id}/profile`), 200);
      expect({ name: p.person.name, phone: p.person.phone, age: p.person.age, unit: p.person.unitName }).toEqual({ name: cadre.name, phone: '138****5678', age: 30, unit: w.villageA.name });
      expect(p.entry.secondments.map((s) => s.hostCity)).toEqual(['镇江市']);
      expect(p.entry.notes.map((n) => n.note)).toEqual(['到信访窗口轮岗，群众评价好']);
      // Newest first: the secondment (from yesterday), then the post recorded for 2018–2021 (the factory's cadre has no current post).
      expect(p.posts.map((x) => [x.kind, x.post, x.fromOn, x.toOn])).toEqual([
        ['secondment', '区长助理', addDays(today(), -1), addDays(today(), 180)],
        ['recorded', '党政办科员', '2018-07-01', '2021-06-30'],
      ]);
      expect(p.speeches.map((x) => [x.recordId, x.summary])).toEqual([[study.id, '结合信访工作谈学习体会']]);
      expect(p.archive.studies.map((x) => [x.recordId, x.spoke])).toEqual([[study.id, true]]);
      // 24 offline hours a month ago, 3 course hours and the study meeting's hours today: the years they fall in, by source.
      const total = p.hoursByYear.reduce((s, y) => s + y.total, 0);
      expect(total).toBe(27 + study.creditedHours!);
      expect(p.hoursByYear.reduce((s, y) => s + (y.bySource.course ?? 0), 0)).toBe(3);
      expect(p.archive.year).toBe(thisYear());
      expect(p.watermark.viewerUsername).toBe(w.users.orgAdmin.username);
      expect(p.watermark.viewedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

      await w.as.orgAdmin.get(`/api/talent-pool/${entry.id}/profile?year=${thisYear() - 1}`);
      const rows = (await t.db.query(
        `SELECT actor_id, target_type, details FROM audit_logs WHERE target_id = $1 AND action = 'talent_pool.profile_viewed' ORDER BY occurred_at, id`,
        [entry.id],
      )) as { actor_id: string; target_type: string; details: { userId: string; year: number } }[];
      expect(rows.map((r) => [r.actor_id, r.target_type, r.details.userId, r.details.year])).toEqual([
        [w.users.orgAdmin.id, 'talent_entry', cadre.id, thisYear()],
        [w.users.orgAdmin.id, 'talent_entry', cadre.id, thisYear() - 1],
      ]);
    });

    it('answers 404 for an unknown entry and audits nothing', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      expectError(await w.as.orgAdmin.get(`/api/talent-pool/${id}/profile`), 404, 'common/not_found');
      expect(await auditCount(t.db, id, 'talent_pool.profile_viewed')).toBe(0);
    });
  });

  describe('overview, export, figures', () => {
    let city: { town: UnitRef; village: UnitRef; admin: Agent; unitAdmin: Agent };

    beforeAll(async () => {
      // A town of its own under the city, so its figures hold only what this block puts there.
      const town = await createUnit(t.db, w.root, 'town');
      const village = await createUnit(t.db, town, 'village');
      const unitAdmin = await signIn(t.http, await createCadre(t.db, town, { roles: ['cadre', 'unit_admin'], scopeUnit: town }));
      city = { town, village, admin: w.as.orgAdmin, unitAdmin };
      const people = [
        { age: 28, track: 'tempering', female: true },
        { age: 33, track: 'tempering', female: false },
        { age: 34, track: 'rotation', female: true },
        { age: 38, track: 'party_spirit', female: false, rank: 'fu_chu' },
      ];
      for (const p of people) {
        const c = await candidate(t, village, { age: p.age, hours: 20, rank: p.rank ?? 'fu_ke', name: uniq(p.female ? '女苗' : '男苗') });
        if (p.female) await t.db.query(`UPDATE users SET gender = 'female' WHERE id = $1`, [c.id]);
        const n = await nominate(unitAdmin, c.id);
        await admit(w.as.orgAdmin, n.id, p.track);
      }
      // One still nominated: counted by status, not in the pool's structure.
      await nominate(unitAdmin, (await candidate(t, village, { age: 25, hours: 20 })).id);
    });

    it('counts the pool by age band, gender, track and status', async () => {
      const o = expectOk<TalentOverviewDto>(await city.admin.get(`/api/talent-pool/overview?unitId=${city.town.id}`), 200);
      const counts = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));
      expect(o.total).toBe(4);
      expect(counts(o.byAgeBand)).toEqual({ to30: 1, '31to35': 2, '36to40': 1, over40: 0 });
      expect(counts(o.byGender)).toEqual({ male: 2, female: 2 });
      expect(counts(o.byTrack)).toEqual({ tempering: 2, rotation: 1, party_spirit: 1 });
      expect(counts(o.byStatus)).toEqual({ nominated: 1, in_pool: 4, declined: 0, graduated: 0, removed: 0 });
      expect(o.byUnit).toEqual([{ key: city.village.id, label: city.village.name, count: 4 }]);
      const women = expectOk<TalentOverviewDto>(await city.admin.get(`/api/talent-pool/overview?unitId=${city.town.id}&gender=female&track=tempering`), 200);
      expect(women.total).toBe(1);
      const list = expectOk<TalentPageDto>(await city.admin.get(`/api/talent-pool?unitId=${city.town.id}&ageBand=31to35&status=in_pool`), 200);
      expect(list.items.map((i) => i.age).sort()).toEqual([33, 34]);
      const chu = expectOk<TalentPageDto>(await city.admin.get(`/api/talent-pool?unitId=${city.town.id}&rankLevel=chu`), 200);
      expect(chu.items.map((i) => i.age)).toEqual([38]);
    });

    it('exports masked numbers with a watermark (audited), and unmasked ones only on request (audited as such)', async () => {
      const [first] = await listIds(city.admin, `&unitId=${city.town.id}&status=in_pool`);
      await city.admin.post(`/api/talent-pool/${first}/evaluations`, { year: thisYear() - 1, grade: 'basically_competent' });
      const res = await getBytes(city.admin, `/api/exports/talent-pool.xlsx?unitId=${city.town.id}&status=in_pool`);
      expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status: 200, type: XLSX });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(String(ws.getCell('A1').value)).toContain(w.users.orgAdmin.name);
      expect(ws.headerFooter.oddHeader).toContain(w.users.orgAdmin.name);
      expect(ws.rowCount).toBe(2 + 4);
      expect(ws.getRow(3).getCell(7).value).toBe('138****5678');
      expect(ws.getRow(2).getCell(14).value).toBe('年度考核');
      const grades = [3, 4, 5, 6].map((r) => ws.getRow(r).getCell(14).value);
      expect(grades.filter(Boolean)).toEqual([`${thisYear() - 1}年基本称职`]);

      const full = await getBytes(city.admin, `/api/exports/talent-pool.xlsx?unitId=${city.town.id}&status=in_pool&unmasked=true`);
      const wb2 = new ExcelJS.Workbook();
      await wb2.xlsx.load(full.body as ArrayBuffer);
      expect(wb2.worksheets[0]!.getRow(3).getCell(7).value).toBe('13812345678');

      const audits = (await t.db.query(
        `SELECT action, details FROM audit_logs WHERE actor_id = $1 AND action LIKE 'talent_pool.exported%' AND target_id = $2 ORDER BY occurred_at, id`,
        [w.users.orgAdmin.id, city.town.id],
      )) as { action: string; details: { rows: number; unmasked: boolean } }[];
      expect(audits.map((a) => [a.action, a.details.rows, a.details.unmasked])).toEqual([
        ['talent_pool.exported', 4, false],
        ['talent_pool.exported_unmasked', 4, true],
      ]);
    });

    it('answers 404 for an overview or export of a unit outside the scope', async () => {
      const orgB = await signIn(t.http, await createCadre(t.db, w.townB, { roles: ['cadre', 'org_admin'], scopeUnit: w.townB }));
      expectError(await orgB.get(`/api/talent-pool/overview?unitId=${city.town.id}`), 404, 'common/not_found');
      expectError(await orgB.get(`/api/exports/talent-pool.xlsx?unitId=${city.town.id}`), 404, 'common/not_found');
    });

    it('gives the progress report the pool size by track and the secondments of a period', async () => {
      const ids = await listIds(city.admin, `&unitId=${city.town.id}&status=in_pool`);
      await city.admin.post(`/api/talent-pool/${ids[0]}/secondments`, { hostCity: '福州市', hostUnit: '台江区', post: '挂职', fromOn: addDays(today(), -20), toOn: addDays(today(), 100), state: 'on_secondment' });
      await city.admin.post(`/api/talent-pool/${ids[1]}/secondments`, { hostCity: '镇江市', hostUnit: '润州区', post: '挂职', fromOn: addDays(today(), 60), toOn: addDays(today(), 200) });
      const figures = await t.app.get(TalentPoolService).figures(city.town, addDays(today(), -30), today());
      expect(figures).toEqual({ members: 4, byTrack: { tempering: 2, rotation: 1, party_spirit: 1 }, secondmentsActive: 1, secondmentsOverdueReturn: 0, secondmentsInPeriod: 1 });
      const later = await t.app.get(TalentPoolService).figures(city.town, addDays(today(), -30), addDays(today(), 90));
      expect(later.secondmentsInPeriod).toBe(2);
      // A third ended ten days ago and nobody marked the return: not away now, but flagged.
      await city.admin.post(`/api/talent-pool/${ids[2]}/secondments`, { hostCity: '泉州市', hostUnit: '丰泽区', post: '挂职', fromOn: addDays(today(), -200), toOn: addDays(today(), -10), state: 'on_secondment' });
      const expired = await t.app.get(TalentPoolService).figures(city.town, addDays(today(), -30), today());
      expect({ active: expired.secondmentsActive, overdue: expired.secondmentsOverdueReturn, inPeriod: expired.secondmentsInPeriod }).toEqual({ active: 1, overdue: 1, inPeriod: 2 });
    });
  });
});
