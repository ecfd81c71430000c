import { randomUUID } from 'node:crypto';
import { DEFAULT_CLAIM_DAILY_CAP, LearningError } from '@cadre/shared';
import { todayInShanghai } from '../../server/src/common/time';
import { ClaimKinds1796665295789 } from '../../server/src/database/migrations/1796665295789-ClaimKinds';
import type { ClaimDto } from '../../server/src/modules/learning/dto/claim.dto';
import type { CadreRequirementsDto, RequirementProgressDto } from '../../server/src/modules/learning/dto/requirement.dto';
import { createCadre, uniq, type CadreRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { addDays, detailFields, expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

/**
 * Offline claims (学时申报) as the regulation counts them (issue 15): the kind of training decides the line, the hours are
 * capped per day, and 干部管理权限 decides who approves. Every figure below is counted by hand.
 */
describe('claims: kinds, the daily cap and who may approve', () => {
  let t: TestApp;
  let w: World;
  const today = () => todayInShanghai();
  /** Last year: whole past days, so no claim reaches into the future or across New Year whatever today is. */
  const lastYear = () => Number(today().slice(0, 4)) - 1;

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

  function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return { title: uniq('专题培训'), kind: 'party_school', organizer: '市委党校', startDate: today(), endDate: today(), hours: 4, ...overrides };
  }

  async function submit(agent: Agent, overrides: Record<string, unknown> = {}): Promise<ClaimDto> {
    return expectOk<ClaimDto>(await agent.post('/api/my/claims', body(overrides)), 201);
  }

  async function queue(agent: Agent): Promise<string[]> {
    return expectOk<{ items: ClaimDto[] }>(await agent.get('/api/claims?status=pending&pageSize=100'), 200).items.map((c) => c.id);
  }

  async function claimCount(userId: string): Promise<number> {
    const [row] = (await t.db.query('SELECT count(*)::int AS n FROM offline_claims WHERE user_id = $1', [userId])) as { n: number }[];
    return row!.n;
  }

  function line(res: CadreRequirementsDto, key: string): RequirementProgressDto {
    const found = res.lines.find((l) => l.key === key);
    if (!found) throw new Error(`line ${key} missing: ${JSON.stringify(res.lines.map((l) => l.key))}`);
    return found;
  }

  describe('a claim records its kind', () => {
    test('the kind is required, must be one of the list, and comes back with the claim', async () => {
      const { user, agent } = await cadre('fu_ke');
      const { kind: _omitted, ...withoutKind } = body();
      expectError(await agent.post('/api/my/claims', withoutKind), 400, 'common/validation_failed');
      const unknown = await agent.post('/api/my/claims', body({ kind: 'xuexi_qiangguo_points' }));
      expectError(unknown, 400, 'common/validation_failed');
      expect(detailFields(unknown)).toContain('kind');
      expect(await claimCount(user.id)).toBe(0);

      const claim = await submit(agent, { kind: 'online_external', organizer: '省干部网络学院' });
      expect(claim).toMatchObject({ kind: 'online_external', organizer: '省干部网络学院' });
      expect(expectOk<ClaimDto>(await w.as.unitAdminA.get(`/api/claims/${claim.id}`), 200).kind).toBe('online_external');
    });
  });

  describe('hours above days × the daily cap', () => {
    test('at most 8 学时 a day, both ends counted: one day 8 and three days 24 are taken, 8.5 and 24.5 are a 422', async () => {
      const { user, agent } = await cadre('fu_ke');
      expect(DEFAULT_CLAIM_DAILY_CAP).toBe(8);
      const over = await agent.post('/api/my/claims', body({ hours: 8.5 }));
      expectError(over, 422, LearningError.HoursAboveDailyCap);
      expect(detailFields(over)).toEqual(['hours']);
      const threeDays = { startDate: addDays(today(), -2), endDate: today() };
      expectError(await agent.post('/api/my/claims', body({ ...threeDays, hours: 24.5 })), 422, LearningError.HoursAboveDailyCap);
      expect(await claimCount(user.id)).toBe(0);

      await submit(agent, { hours: 8 });
      await submit(agent, { ...threeDays, hours: 24 });
      expect(await claimCount(user.id)).toBe(2);
    });

    test('the cap is the city’s hour rule: at 6 a day, 7 学时 in one day is refused and 6 is taken', async () => {
      const { agent } = await cadre('fu_ke');
      const rules = expectOk<{ items: { source: string; kind: string; hours: number }[] }>(await w.as.cadreA.get('/api/hour-rules'), 200).items;
      expect(rules).toContainEqual({ source: 'offline_training', kind: 'daily_cap', hours: 8 });
      expectOk(await w.as.orgAdmin.put('/api/hour-rules', { rules: [{ source: 'offline_training', kind: 'daily_cap', hours: 6 }] }), 200);
      try {
        expectError(await agent.post('/api/my/claims', body({ hours: 7 })), 422, LearningError.HoursAboveDailyCap);
        await submit(agent, { hours: 6 });
      } finally {
        // Hour rules are city-wide and shared with every other test file: put the default back.
        expectOk(await w.as.orgAdmin.put('/api/hour-rules', { rules: [{ source: 'offline_training', kind: 'daily_cap', hours: DEFAULT_CLAIM_DAILY_CAP }] }), 200);
      }
    });
  });

  describe('the kind decides the line', () => {
    test('a 科级 cadre’s party-school claim counts toward centralized_year, an online_external one toward online', async () => {
      const { user, agent } = await cadre('fu_ke');
      const y = lastYear();
      // Two days of party school (16 学时) and two other days of 学习强国 courses with a certificate (10 学时).
      const school = await submit(agent, { kind: 'party_school', startDate: `${y}-06-01`, endDate: `${y}-06-02`, hours: 16 });
      const online = await submit(agent, { kind: 'online_external', organizer: '学习强国', startDate: `${y}-06-03`, endDate: `${y}-06-04`, hours: 10 });
      expectOk(await w.as.unitAdminA.post(`/api/claims/${school.id}/approve`), 200);
      expectOk(await w.as.unitAdminA.post(`/api/claims/${online.id}/approve`), 200);

      const res = expectOk<CadreRequirementsDto>(await w.as.orgAdmin.get(`/api/users/${user.id}/requirements?year=${y}`), 200);
      expect(line(res, 'online')).toMatchObject({ required: 50, earned: 10, remaining: 40, met: false, bySource: { course: 0, quiz: 0, offline_online: 10 } });
      // The online days are not days of centralised training: 2 days, not 4.
      expect(line(res, 'centralized_year')).toMatchObject({ required: 90, earned: 16, remaining: 74, met: false, days: 2, bySource: { class: 0, offline_training: 16 } });
      for (const l of res.lines) expect(Object.values(l.bySource).reduce((a, b) => a + (b ?? 0), 0)).toBe(l.earned);
    });

    test('every centralised kind counts toward centralized_5y for a 处级 cadre', async () => {
      const { user, agent } = await cadre('zheng_chu');
      const y = lastYear();
      const kinds = ['tuochan', 'jizhong_lunxun', 'party_school', 'other_centralized'];
      for (const [i, kind] of kinds.entries()) {
        const day = `${y}-03-${String(10 + i).padStart(2, '0')}`;
        const claim = await submit(agent, { kind, startDate: day, endDate: day, hours: 5 });
        expectOk(await w.as.orgAdmin.post(`/api/claims/${claim.id}/approve`), 200);
      }
      const res = expectOk<CadreRequirementsDto>(await w.as.orgAdmin.get(`/api/users/${user.id}/requirements?year=${y}`), 200);
      expect(line(res, 'centralized_5y')).toMatchObject({ earned: 20, days: 4, bySource: { class: 0, offline_training: 20 } });
      expect(line(res, 'online')).toMatchObject({ earned: 0, bySource: { course: 0, quiz: 0, offline_online: 0 } });
    });
  });

  describe('who may approve (干部管理权限)', () => {
    test('a 四级调研员’s claim in the town is neither in the town admins’ queues nor theirs to decide; the city’s org admin decides it', async () => {
      const researcher = await cadre('diaoyanyuan_4');
      const claim = await submit(researcher.agent);
      const townOrgAdmin = await signIn(t.http, await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA }));

      for (const admin of [w.as.unitAdminA, townOrgAdmin]) {
        expect(await queue(admin)).not.toContain(claim.id);
        expectError(await admin.post(`/api/claims/${claim.id}/approve`), 422, LearningError.NotYourDecision);
        expectError(await admin.post(`/api/claims/${claim.id}/reject`, { reason: '不符合要求' }), 422, LearningError.NotYourDecision);
      }
      // Outside the scope it stays a 404, never revealing that the claim exists.
      expectError(await w.as.unitAdminB.post(`/api/claims/${claim.id}/approve`), 404, 'common/not_found');
      const [row] = (await t.db.query('SELECT status FROM offline_claims WHERE id = $1', [claim.id])) as { status: string }[];
      expect(row!.status).toBe('pending');

      expect(await queue(w.as.orgAdmin)).toContain(claim.id);
      expect(expectOk<ClaimDto>(await w.as.orgAdmin.post(`/api/claims/${claim.id}/approve`), 200).status).toBe('approved');
    });

    test('a leading 副处 post is 处级 too; a 科级 cadre’s claim stays with the town admin', async () => {
      const leader = await cadre('fu_chu');
      const staff = await cadre('zhuren_keyuan_1');
      const chu = await submit(leader.agent);
      const ke = await submit(staff.agent);
      const townQueue = await queue(w.as.unitAdminA);
      expect(townQueue).toContain(ke.id);
      expect(townQueue).not.toContain(chu.id);
      expectError(await w.as.unitAdminA.post(`/api/claims/${chu.id}/approve`), 422, LearningError.NotYourDecision);
      expectOk(await w.as.unitAdminA.post(`/api/claims/${ke.id}/approve`), 200);
      expect(await queue(w.as.orgAdmin)).toContain(chu.id);
    });

    test('self-approval stays refused, and an admin’s own claim is not in their queue', async () => {
      const own = await submit(w.as.orgAdmin);
      expect(await queue(w.as.orgAdmin)).not.toContain(own.id);
      expectError(await w.as.orgAdmin.post(`/api/claims/${own.id}/approve`), 422, LearningError.SelfReview);
      const townOwn = await submit(w.as.unitAdminA);
      expect(await queue(w.as.unitAdminA)).not.toContain(townOwn.id);
      expectError(await w.as.unitAdminA.post(`/api/claims/${townOwn.id}/approve`), 422, LearningError.SelfReview);
    });
  });

  describe('the migration', () => {
    /**
     * Run inside one transaction that is rolled back (PostgreSQL's DDL is transactional): back to claims without a kind,
     * a claim and a stored online line as they were, then up() again. Nothing of it is seen by the other test files.
     */
    test('existing claims become other_centralized; stored online lines count online_external claims too', async () => {
      const runner = t.db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        const migration = new ClaimKinds1796665295789();
        await migration.down(runner);
        const id = randomUUID();
        const [unit] = (await runner.query('SELECT path FROM org_units WHERE id = $1', [w.villageA.id])) as { path: string }[];
        await runner.query(
          `INSERT INTO offline_claims (id, user_id, title, organizer, start_date, end_date, hours, unit_path) VALUES ($1, $2, '旧申报', '市委党校', '2024-05-01', '2024-05-01', 4, $3)`,
          [id, w.users.cadreA.id, unit!.path],
        );
        await runner.query(`DELETE FROM requirement_lines WHERE year = 2043`);
        await runner.query(
          `INSERT INTO requirement_lines (year, key, label, position, rank_levels, key_groups, hours, days, window_years, window_start, sources)
           VALUES (2043, 'online', '网络培训', 0, '{}', '{}', 50, NULL, 1, NULL, '{course,quiz}'),
                  (2043, 'online_1', '网络培训（新任职领导干部）', 1, '{}', '{new_leader}', 80, NULL, 1, NULL, '{course,quiz}'),
                  (2043, 'centralized_year', '集中培训（年度）', 2, '{ke,keyuan}', '{}', 90, 12, 1, NULL, '{class,offline_training}')`,
        );
        await migration.up(runner);

        expect(await runner.query('SELECT kind, organizer FROM offline_claims WHERE id = $1', [id])).toEqual([{ kind: 'other_centralized', organizer: '市委党校' }]);
        const lines = (await runner.query(`SELECT key, sources FROM requirement_lines WHERE year = 2043 ORDER BY position`)) as { key: string; sources: string[] }[];
        expect(lines).toEqual([
          { key: 'online', sources: ['course', 'quiz', 'offline_online'] },
          { key: 'online_1', sources: ['course', 'quiz', 'offline_online'] },
          { key: 'centralized_year', sources: ['class', 'offline_training'] },
        ]);
        // A new claim must say its kind: the column keeps no default.
        const [column] = (await runner.query(
          `SELECT column_default, is_nullable FROM information_schema.columns WHERE table_name = 'offline_claims' AND column_name = 'kind'`,
        )) as { column_default: string | null; is_nullable: string }[];
        expect(column).toEqual({ column_default: null, is_nullable: 'NO' });
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });
});
