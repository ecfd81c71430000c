import { randomInt } from 'node:crypto';
import request from 'supertest';
import { passwordStrengthProblems } from '@cadre/shared';
import { addMonths, todayInShanghai } from '../../server/src/common/time';
import { createCadre, createRoot, createUnit, TEST_PASSWORD, uniq, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { buildWorld, type World } from '../helpers/world';

interface UserItem {
  id: string;
  username: string;
  name: string;
  unitId: string;
  unitName: string;
  phone: string | null;
  keyGroups: string[];
  roles: string[];
  scopeUnitId: string | null;
  status: string;
  appointmentDate: string | null;
}

interface UserDetail extends UserItem {
  idNumber: string | null;
  assignedGroups: string[];
  unitTrail: string[];
  mustChangePassword: boolean;
  hasPassword: boolean;
  initialPassword?: string | null;
}

interface UserPage {
  items: UserItem[];
  total: number;
  page: number;
  pageSize: number;
}

interface AuditRow {
  actor_id: string | null;
  outcome: string;
  details: Record<string, unknown> | null;
}

const NEW_PASSWORD = 'Changed#2026x';
const MASKED_PHONE = /^\d{3}\*{4}\d{4}$/;

describe('/api/users and /api/me', () => {
  let t: TestApp;
  let w: World;
  let otherRoot: UnitRef;
  let outsider: CadreRef;
  /** Cadres with particular attributes, all in the world. */
  let recentLeader: CadreRef;
  let oldLeader: CadreRef;
  let futureLeader: CadreRef;
  let lawOfficer: CadreRef;
  let withPhone: CadreRef;
  let uniquePhone: string;

  const today = () => todayInShanghai();

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t.db, t.http);
    otherRoot = await createRoot(t.db);
    outsider = await createCadre(t.db, await createUnit(t.db, otherRoot, 'town'), { name: uniq('外市') });
    recentLeader = await createCadre(t.db, w.villageA, { appointmentDate: addMonths(today(), -2) });
    oldLeader = await createCadre(t.db, w.villageA, { appointmentDate: addMonths(today(), -13) });
    futureLeader = await createCadre(t.db, w.villageA, { appointmentDate: addMonths(today(), 1) });
    lawOfficer = await createCadre(t.db, w.townB, { keyGroups: ['law_enforcement_mid'] });
    uniquePhone = `139${String(randomInt(10_000_000, 99_999_999))}`;
    withPhone = await createCadre(t.db, w.villageA, { name: uniq('欧阳'), phone: uniquePhone });
  });
  afterAll(async () => {
    await t.close();
  });

  // ---- helpers -------------------------------------------------------------------------------------------------

  function expectError(res: request.Response, status: number, code: string): void {
    expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
  }

  async function listAs(agent: Agent, query = ''): Promise<UserPage> {
    const res = await agent.get(`/api/users${query}`);
    expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status: 200, code: undefined });
    return res.body as UserPage;
  }

  /**
   * Ids of one full page (filters are appended to the query). Sorted by name explicitly, so that a filter test does not
   * also depend on the default order, which has a test of its own.
   */
  async function idsListed(agent: Agent, query = ''): Promise<string[]> {
    const page = await listAs(agent, `?pageSize=100&sort=name${query}`);
    expect(page.total).toBeLessThanOrEqual(100);
    return page.items.map((u) => u.id);
  }

  /** Ids of every cadre whose unit lies under `unit`, straight from the database. */
  async function cadreIdsUnder(unit: UnitRef): Promise<string[]> {
    const sql = `SELECT u.id FROM users u JOIN org_units o ON o.id = u.unit_id WHERE o.path LIKE $1`;
    const rows = (await t.db.query(sql, [`${unit.path}%`])) as { id: string }[];
    return rows.map((r) => r.id).sort();
  }

  async function auditRows(action: string, targetId: string): Promise<AuditRow[]> {
    return (await t.db.query(
      `SELECT actor_id, outcome, details FROM audit_logs WHERE action = $1 AND target_id = $2 ORDER BY occurred_at`,
      [action, targetId],
    )) as AuditRow[];
  }

  /** A valid 18-character resident ID: 6-digit area, birth date, sequence, and the ISO 7064 MOD 11-2 check character. */
  const usedIds = new Set<string>();
  function residentId(): string {
    for (;;) {
      const body = `110105${randomInt(1960, 2000)}0${randomInt(1, 10)}1${randomInt(0, 10)}${String(randomInt(0, 1000)).padStart(3, '0')}`;
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
      const id = body + '10X98765432'[sum % 11]!;
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  }

  function newCadreBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return { username: uniq('n'), name: uniq('新人'), gender: 'female', unitId: w.villageA.id, ...overrides };
  }

  async function createViaApi(agent: Agent, overrides: Record<string, unknown> = {}): Promise<UserDetail> {
    const res = await agent.post('/api/users', newCadreBody(overrides));
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 201 });
    return res.body as UserDetail;
  }

  /** Signs in with the initial password and changes it, so the account may use the API. */
  async function activate(user: UserDetail, initialPassword: string): Promise<Agent> {
    const agent = await signIn(t.http, {
      id: user.id,
      username: user.username,
      password: initialPassword,
      name: user.name,
      unitId: user.unitId,
    });
    const res = await agent.post('/api/auth/password', { currentPassword: initialPassword, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(204);
    return agent;
  }

  function login(username: string, password: string) {
    return request(t.http).post('/api/auth/login').send({ username, password });
  }

  // ---- list ----------------------------------------------------------------------------------------------------

  describe('GET /api/users', () => {
    it("lists the world's cadres for the org admin, and none of another city's", async () => {
      const page = await listAs(w.as.orgAdmin, '?pageSize=100');
      const expected = await cadreIdsUnder(w.root);
      expect(page.total).toBe(expected.length);
      expect(page.items.map((u) => u.id).sort()).toEqual(expected);
      expect(page.items.map((u) => u.id)).toEqual(expect.arrayContaining(Object.values(w.users).map((u) => u.id)));
      expect(page.items.map((u) => u.id)).not.toContain(outsider.id);
    });

    it('pages as { items, total, page, pageSize }', async () => {
      const first = await listAs(w.as.orgAdmin, '?page=1&pageSize=3');
      const second = await listAs(w.as.orgAdmin, '?page=2&pageSize=3');
      expect(Object.keys(first).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
      expect(first).toMatchObject({ page: 1, pageSize: 3 });
      expect(second).toMatchObject({ page: 2, pageSize: 3, total: first.total });
      expect(first.items).toHaveLength(3);
      expect(second.items).toHaveLength(3);
      const firstIds = first.items.map((u) => u.id);
      expect(second.items.some((u) => firstIds.includes(u.id))).toBe(false);
      expect(await listAs(w.as.orgAdmin)).toMatchObject({ page: 1, pageSize: 20 });
    });

    it("orders by unit level, then the units' sort order and name, then the cadre's name, by default", async () => {
      const town = await createUnit(t.db, w.root, 'town', uniq('zz'));
      const late = await createUnit(t.db, town, 'village', uniq('aa'));
      const early = await createUnit(t.db, town, 'village', uniq('zz'));
      await t.db.query(`UPDATE org_units SET sort_order = 1 WHERE id = $1`, [late.id]);
      const lateCadre = await createCadre(t.db, late, { name: uniq('a') });
      const earlyB = await createCadre(t.db, early, { name: uniq('b') });
      const earlyA = await createCadre(t.db, early, { name: uniq('a') });
      const townCadre = await createCadre(t.db, town, { name: uniq('z') });
      const items = (await listAs(w.as.orgAdmin, `?unitId=${town.id}`)).items;
      expect(items.map((u) => u.id)).toEqual([townCadre.id, earlyA.id, earlyB.id, lateCadre.id]);
    });

    describe('with an explicit order', () => {
      let unit: UnitRef;
      let low: CadreRef;
      let high: CadreRef;
      let middle: CadreRef;
      beforeAll(async () => {
        unit = await createUnit(t.db, w.townB, 'village');
        low = await createCadre(t.db, unit, { rank: 'keyuan_1', name: uniq('c') });
        high = await createCadre(t.db, unit, { rank: 'fu_chu', name: uniq('a') });
        middle = await createCadre(t.db, unit, { rank: 'zheng_ke', name: uniq('b') });
      });

      const order = async (query: string) => (await listAs(w.as.orgAdmin, `?unitId=${unit.id}&${query}`)).items.map((u) => u.id);

      it('orders by rank, highest first, with sort=rank', async () => {
        expect(await order('sort=rank')).toEqual([high.id, middle.id, low.id]);
        expect(await order('sort=rank&order=desc')).toEqual([low.id, middle.id, high.id]);
      });

      it('orders by name, ascending or descending', async () => {
        expect(await order('sort=name')).toEqual([high.id, middle.id, low.id]);
        expect(await order('sort=name&order=desc')).toEqual([low.id, middle.id, high.id]);
      });
    });

    it('refuses pageSize above 100 and other malformed paging with 400', async () => {
      expectError(await w.as.orgAdmin.get('/api/users?pageSize=101'), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.get('/api/users?pageSize=0'), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.get('/api/users?page=abc'), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.get('/api/users?group=heroes'), 400, 'common/validation_failed');
    });

    it("gives unit admin A town A's cadres only", async () => {
      const listed = await idsListed(w.as.unitAdminA);
      expect(listed.sort()).toEqual(await cadreIdsUnder(w.townA));
      expect(listed).toContain(w.users.cadreA.id);
      for (const hidden of [w.users.cadreB.id, w.users.unitAdminB.id, w.users.orgAdmin.id, lawOfficer.id, outsider.id])
        expect(listed).not.toContain(hidden);
    });

    it('is 404 for unit admin A asking for a cadre of town B, or of another city for the org admin', async () => {
      const outside = await w.as.unitAdminA.get(`/api/users/${w.users.cadreB.id}`);
      expectError(outside, 404, 'common/not_found');
      expect(outside.body).toEqual((await w.as.unitAdminA.get('/api/users/00000000-0000-4000-8000-000000000000')).body);
      expectError(await w.as.orgAdmin.get(`/api/users/${outsider.id}`), 404, 'common/not_found');
      expect((await w.as.unitAdminA.get(`/api/users/${w.users.cadreA.id}`)).status).toBe(200);
    });

    it('is forbidden to lecturers, plain cadres and the auditor; 401 without a token', async () => {
      for (const agent of [w.as.lecturerA, w.as.cadreA, w.as.auditor]) {
        expectError(await agent.get('/api/users'), 403, 'common/forbidden');
        expectError(await agent.get(`/api/users/${w.users.cadreA.id}`), 403, 'common/forbidden');
      }
      expectError(await request(t.http).get('/api/users'), 401, 'common/unauthenticated');
    });

    it('filters by unit, including the units under it', async () => {
      const underTownA = await idsListed(w.as.orgAdmin, `&unitId=${w.townA.id}`);
      expect(underTownA.sort()).toEqual(await cadreIdsUnder(w.townA));
      expect(underTownA).toEqual(expect.arrayContaining([w.users.cadreA.id, w.users.unitAdminA.id]));
      expect(underTownA).not.toContain(w.users.cadreB.id);
      const inVillageA = await idsListed(w.as.orgAdmin, `&unitId=${w.villageA.id}`);
      expect(inVillageA).toContain(w.users.cadreA.id);
      expect(inVillageA).not.toContain(w.users.unitAdminA.id);
    });

    it('is 404 when unit admin A filters by a unit in town B', async () => {
      expectError(await w.as.unitAdminA.get(`/api/users?unitId=${w.townB.id}`), 404, 'common/not_found');
    });

    it('derives group=new_leader from the appointment date: 2 months ago in, 13 months ago and future out', async () => {
      const leaders = await idsListed(w.as.orgAdmin, '&group=new_leader');
      expect(leaders).toContain(recentLeader.id);
      expect(leaders).not.toContain(oldLeader.id);
      expect(leaders).not.toContain(futureLeader.id);
      expect(leaders).not.toContain(w.users.cadreA.id);
      const all = (await listAs(w.as.orgAdmin, '?pageSize=100&sort=name')).items;
      expect(all.find((u) => u.id === recentLeader.id)?.keyGroups).toEqual(['new_leader']);
      expect(all.find((u) => u.id === oldLeader.id)?.keyGroups).toEqual([]);
      expect(all.find((u) => u.id === futureLeader.id)?.keyGroups).toEqual([]);
    });

    it('filters by an assigned key group', async () => {
      const officers = await idsListed(w.as.orgAdmin, '&group=law_enforcement_mid');
      expect(officers).toEqual([lawOfficer.id]);
      expect(await idsListed(w.as.unitAdminA, '&group=law_enforcement_mid')).toEqual([]);
    });

    it('searches by part of a name and by a whole phone number', async () => {
      expect(await idsListed(w.as.orgAdmin, `&q=${encodeURIComponent(withPhone.name.slice(0, -1))}`)).toEqual([withPhone.id]);
      expect(await idsListed(w.as.orgAdmin, `&q=${uniquePhone}`)).toEqual([withPhone.id]);
      expect(await idsListed(w.as.orgAdmin, `&q=${encodeURIComponent(outsider.name)}`)).toEqual([]);
    });

    it('treats LIKE wildcards in q as plain characters', async () => {
      expect(await idsListed(w.as.orgAdmin, `&q=${encodeURIComponent('%')}`)).toEqual([]);
      expect(await idsListed(w.as.orgAdmin, `&q=${encodeURIComponent('__')}`)).toEqual([]);
    });

    it('masks phone numbers in the list and in the detail', async () => {
      const page = await listAs(w.as.orgAdmin, '?pageSize=100&sort=name');
      expect(page.items.find((u) => u.id === w.users.cadreA.id)?.phone).toBe('138****5678');
      for (const item of page.items) if (item.phone !== null) expect(item.phone).toMatch(MASKED_PHONE);
      expect(page.items.find((u) => u.id === withPhone.id)?.phone).toBe(`${uniquePhone.slice(0, 3)}****${uniquePhone.slice(-4)}`);
      expect(JSON.stringify(page)).not.toContain(uniquePhone);
      const detail = await w.as.orgAdmin.get(`/api/users/${withPhone.id}`);
      expect(detail.status).toBe(200);
      expect((detail.body as UserDetail).phone).toMatch(MASKED_PHONE);
      expect(JSON.stringify(detail.body)).not.toContain(uniquePhone);
    });
  });

  describe('GET /api/users/:id/personal-numbers', () => {
    it('gives the unmasked phone and records the look', async () => {
      const res = await w.as.unitAdminA.get(`/api/users/${withPhone.id}/personal-numbers`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ phone: uniquePhone, idNumber: null });
      const rows = await auditRows('user.personal_numbers_viewed', withPhone.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: w.users.unitAdminA.id, outcome: 'success' });
    });

    it('is 404 outside the scope and records nothing', async () => {
      expectError(await w.as.unitAdminB.get(`/api/users/${w.users.cadreA.id}/personal-numbers`), 404, 'common/not_found');
      expect(await auditRows('user.personal_numbers_viewed', w.users.cadreA.id)).toEqual([]);
    });

    it('is forbidden to a plain cadre', async () => {
      expectError(await w.as.cadreB.get(`/api/users/${w.users.cadreA.id}/personal-numbers`), 403, 'common/forbidden');
    });
  });

  // ---- create --------------------------------------------------------------------------------------------------

  describe('POST /api/users', () => {
    it('creates a cadre with a generated initial password that meets the policy', async () => {
      const body = newCadreBody({ phone: '13700001234', rank: 'fu_ke', position: '副主任' });
      const res = await w.as.orgAdmin.post('/api/users', body);
      expect(res.status).toBe(201);
      const created = res.body as UserDetail;
      expect(created).toMatchObject({
        username: body.username,
        name: body.name,
        unitId: w.villageA.id,
        roles: ['cadre'],
        scopeUnitId: null,
        status: 'active',
        phone: '137****1234',
        mustChangePassword: true,
        hasPassword: true,
      });
      expect(created.unitTrail).toEqual([w.root.name, w.townA.name, w.villageA.name]);
      expect(typeof created.initialPassword).toBe('string');
      expect(passwordStrengthProblems(created.initialPassword!)).toEqual([]);
      const rows = await auditRows('user.created', created.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: w.users.orgAdmin.id });
    });

    it('makes the new account change its password at first sign-in', async () => {
      const created = await createViaApi(w.as.unitAdminA);
      const signin = await login(created.username, created.initialPassword!);
      expect(signin.status).toBe(200);
      expect((signin.body as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
      const agent = await signIn(t.http, {
        id: created.id,
        username: created.username,
        password: created.initialPassword!,
        name: created.name,
        unitId: created.unitId,
      });
      expectError(await agent.get('/api/org-units'), 403, 'auth/password_change_required');
      expect((await agent.get('/api/me')).status).toBe(200);
      expect((await agent.post('/api/auth/password', { currentPassword: created.initialPassword, newPassword: NEW_PASSWORD })).status).toBe(
        204,
      );
      expect((await agent.get('/api/org-units')).status).toBe(200);
    });

    it('returns no password when the admin chose one, and that one signs in', async () => {
      const created = await createViaApi(w.as.orgAdmin, { initialPassword: 'Chosen#2026pw' });
      expect(created.initialPassword).toBeNull();
      expect((await login(created.username, 'Chosen#2026pw')).status).toBe(200);
    });

    it('refuses a weak chosen password (400 auth/weak_password)', async () => {
      expectError(await w.as.orgAdmin.post('/api/users', newCadreBody({ initialPassword: 'password' })), 400, 'auth/weak_password');
    });

    it('refuses a chosen password containing the username in any case (400 auth/weak_password naming initialPassword), and creates nothing', async () => {
      const username = uniq('zhangwei');
      const res = await w.as.orgAdmin.post('/api/users', newCadreBody({ username, initialPassword: `Ab1#${username.toUpperCase()}` }));
      expectError(res, 400, 'auth/weak_password');
      expect((res.body as { details: { field: string; message: string }[] }).details).toEqual([
        { field: 'initialPassword', message: expect.stringContaining('contains_username') },
      ]);
      expect(await t.db.query(`SELECT id FROM users WHERE username = $1`, [username])).toEqual([]);
    });

    it('refuses a duplicate username (409 users/duplicate_username)', async () => {
      expectError(
        await w.as.orgAdmin.post('/api/users', newCadreBody({ username: w.users.cadreB.username })),
        409,
        'users/duplicate_username',
      );
      // Unit admin A may not see cadre B, but the name is still taken.
      expectError(
        await w.as.unitAdminA.post('/api/users', newCadreBody({ username: w.users.cadreB.username })),
        409,
        'users/duplicate_username',
      );
    });

    it('refuses a unit outside the scope (422 users/unit_out_of_scope)', async () => {
      expectError(await w.as.unitAdminA.post('/api/users', newCadreBody({ unitId: w.villageB.id })), 422, 'users/unit_out_of_scope');
      expectError(await w.as.orgAdmin.post('/api/users', newCadreBody({ unitId: otherRoot.id })), 422, 'users/unit_out_of_scope');
      expectError(
        await w.as.orgAdmin.post('/api/users', newCadreBody({ unitId: '00000000-0000-4000-8000-000000000000' })),
        422,
        'users/unit_out_of_scope',
      );
    });

    it('refuses an ID number with a wrong check digit (400 users/invalid_id_number)', async () => {
      const valid = residentId();
      const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
      expectError(await w.as.orgAdmin.post('/api/users', newCadreBody({ idNumber: wrong })), 400, 'users/invalid_id_number');
      expectError(await w.as.orgAdmin.post('/api/users', newCadreBody({ idNumber: valid.slice(0, 17) })), 400, 'common/validation_failed');
    });

    it('stores a valid ID number encrypted, shows it masked, and gives it unmasked on request', async () => {
      const idNumber = residentId();
      const created = await createViaApi(w.as.orgAdmin, { idNumber });
      const masked = `${idNumber.slice(0, 3)}${'*'.repeat(11)}${idNumber.slice(-4)}`;
      expect(created.idNumber).toBe(masked);
      const [stored] = (await t.db.query(`SELECT id_number_enc, id_number_hash FROM users WHERE id = $1`, [created.id])) as {
        id_number_enc: string | null;
        id_number_hash: string | null;
      }[];
      expect(stored!.id_number_enc).toEqual(expect.any(String));
      expect(stored!.id_number_enc).not.toContain(idNumber);
      expect(stored!.id_number_enc).not.toContain(idNumber.slice(6, 14));
      expect(stored!.id_number_hash).not.toContain(idNumber);
      expect(((await w.as.orgAdmin.get(`/api/users/${created.id}`)).body as UserDetail).idNumber).toBe(masked);
      const numbers = await w.as.orgAdmin.get(`/api/users/${created.id}/personal-numbers`);
      expect(numbers.body).toEqual({ phone: null, idNumber });
    });

    it('refuses an ID number another cadre has (409 users/duplicate_id_number)', async () => {
      const idNumber = residentId();
      await createViaApi(w.as.orgAdmin, { idNumber });
      expectError(await w.as.unitAdminA.post('/api/users', newCadreBody({ idNumber })), 409, 'users/duplicate_id_number');
    });

    it('refuses a unit admin granting an admin role (422 users/role_not_grantable)', async () => {
      for (const role of ['unit_admin', 'org_admin', 'auditor']) {
        const res = await w.as.unitAdminA.post('/api/users', newCadreBody({ roles: ['cadre', role], scopeUnitId: w.townA.id }));
        expectError(res, 422, 'users/role_not_grantable');
      }
    });

    it('lets a unit admin grant the lecturer role', async () => {
      const created = await createViaApi(w.as.unitAdminA, { roles: ['lecturer'] });
      expect(created.roles).toEqual(expect.arrayContaining(['cadre', 'lecturer']));
      expect(created.roles).toHaveLength(2);
      expect(created.scopeUnitId).toBeNull();
    });

    it('needs a scope unit when the org admin grants unit_admin (422 users/scope_unit_required)', async () => {
      expectError(await w.as.orgAdmin.post('/api/users', newCadreBody({ roles: ['unit_admin'] })), 422, 'users/scope_unit_required');
    });

    it('creates a unit admin scoped to town B who then sees town B only', async () => {
      const created = await createViaApi(w.as.orgAdmin, { unitId: w.townB.id, roles: ['unit_admin'], scopeUnitId: w.townB.id });
      expect(created.roles).toEqual(expect.arrayContaining(['cadre', 'unit_admin']));
      expect(created.scopeUnitId).toBe(w.townB.id);
      const admin = await activate(created, created.initialPassword!);
      const listed = await idsListed(admin);
      expect(listed.sort()).toEqual(await cadreIdsUnder(w.townB));
      expect(listed).toContain(w.users.cadreB.id);
      expect(listed).not.toContain(w.users.cadreA.id);
      const units = ((await admin.get('/api/org-units')).body as { items: { id: string }[] }).items.map((u) => u.id);
      expect(units).toContain(w.villageB.id);
      expect(units).not.toContain(w.villageA.id);
    });

    it('refuses unknown fields and malformed values with 400', async () => {
      const unknown = await w.as.orgAdmin.post('/api/users', newCadreBody({ isSuperuser: true }));
      expectError(unknown, 400, 'common/validation_failed');
      expect((unknown.body as { details: { field: string }[] }).details.map((d) => d.field)).toContain('isSuperuser');
      for (const bad of [
        { username: 'Upper' },
        { gender: 'other' },
        { unitId: 'x' },
        { phone: '12345' },
        { appointmentDate: '2026-02-30' },
        { keyGroups: ['new_leader'] },
      ]) {
        expectError(await w.as.orgAdmin.post('/api/users', newCadreBody(bad)), 400, 'common/validation_failed');
      }
    });

    it('is forbidden to lecturers and plain cadres', async () => {
      expectError(await w.as.lecturerA.post('/api/users', newCadreBody()), 403, 'common/forbidden');
      expectError(await w.as.cadreA.post('/api/users', newCadreBody()), 403, 'common/forbidden');
    });
  });

  // ---- update --------------------------------------------------------------------------------------------------

  describe('PATCH /api/users/:id', () => {
    it('changes key groups and the appointment date, with new_leader derived from the date', async () => {
      const cadre = await createCadre(t.db, w.villageA);
      const groups = await w.as.unitAdminA.patch(`/api/users/${cadre.id}`, { keyGroups: ['two_new_orgs', 'law_enforcement_mid'] });
      expect(groups.status).toBe(200);
      expect((groups.body as UserDetail).assignedGroups).toEqual(['law_enforcement_mid', 'two_new_orgs']);
      expect((groups.body as UserDetail).keyGroups).not.toContain('new_leader');

      const appointed = await w.as.unitAdminA.patch(`/api/users/${cadre.id}`, { appointmentDate: addMonths(today(), -1) });
      expect(appointed.status).toBe(200);
      expect((appointed.body as UserDetail).appointmentDate).toBe(addMonths(today(), -1));
      expect((appointed.body as UserDetail).keyGroups).toEqual(['new_leader', 'law_enforcement_mid', 'two_new_orgs']);
      expect(await idsListed(w.as.orgAdmin, '&group=new_leader')).toContain(cadre.id);

      const rows = await auditRows('user.updated', cadre.id);
      expect(rows).toHaveLength(2);
      expect(rows.every((r) => r.actor_id === w.users.unitAdminA.id)).toBe(true);
      expect(rows[0]!.details).toEqual({ fields: ['keyGroups'] });
      expect(rows[1]!.details).toEqual({ fields: ['appointmentDate'] });
    });

    it('ends the sessions of a cadre who is disabled', async () => {
      const cadre = await createCadre(t.db, w.villageA);
      const session = await signIn(t.http, cadre);
      expect((await session.get('/api/me')).status).toBe(200);
      const res = await w.as.unitAdminA.patch(`/api/users/${cadre.id}`, { status: 'disabled' });
      expect(res.status).toBe(200);
      expect((res.body as UserDetail).status).toBe('disabled');
      expect((await session.get('/api/me')).status).toBe(401);
      expectError(await login(cadre.username, cadre.password), 403, 'auth/disabled');
      expect(await idsListed(w.as.unitAdminA, '&status=disabled')).toContain(cadre.id);
    });

    it('refuses an admin changing their own roles or status (422 users/self_modification)', async () => {
      expectError(await w.as.orgAdmin.patch(`/api/users/${w.users.orgAdmin.id}`, { roles: ['cadre'] }), 422, 'users/self_modification');
      expectError(await w.as.orgAdmin.patch(`/api/users/${w.users.orgAdmin.id}`, { status: 'disabled' }), 422, 'users/self_modification');
      expectError(
        await w.as.unitAdminA.patch(`/api/users/${w.users.unitAdminA.id}`, { roles: ['cadre', 'unit_admin', 'org_admin'] }),
        422,
        'users/self_modification',
      );
      const [me] = (await t.db.query(`SELECT roles, status FROM users WHERE id = $1`, [w.users.orgAdmin.id])) as {
        roles: string[];
        status: string;
      }[];
      expect(me).toEqual({ roles: ['cadre', 'org_admin'], status: 'active' });
    });

    it('records a role change with the roles before and after', async () => {
      const cadre = await createCadre(t.db, w.villageB);
      const res = await w.as.orgAdmin.patch(`/api/users/${cadre.id}`, { roles: ['lecturer'] });
      expect(res.status).toBe(200);
      expect((res.body as UserDetail).roles).toEqual(expect.arrayContaining(['cadre', 'lecturer']));
      const rows = await auditRows('user.roles_changed', cadre.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: w.users.orgAdmin.id });
      expect(rows[0]!.details).toMatchObject({
        before: { roles: ['cadre'] },
        after: { roles: expect.arrayContaining(['cadre', 'lecturer']) },
      });
      expect(await auditRows('user.updated', cadre.id)).toHaveLength(1);
    });

    it('refuses a unit admin promoting a cadre to admin (422 users/role_not_grantable)', async () => {
      const cadre = await createCadre(t.db, w.villageA);
      expectError(
        await w.as.unitAdminA.patch(`/api/users/${cadre.id}`, { roles: ['unit_admin'], scopeUnitId: w.villageA.id }),
        422,
        'users/role_not_grantable',
      );
    });

    it('is 404 for a cadre outside the scope, and changes nothing', async () => {
      expectError(await w.as.unitAdminA.patch(`/api/users/${w.users.cadreB.id}`, { name: uniq('越权') }), 404, 'common/not_found');
      const [row] = (await t.db.query(`SELECT name FROM users WHERE id = $1`, [w.users.cadreB.id])) as { name: string }[];
      expect(row!.name).toBe(w.users.cadreB.name);
    });

    it('refuses moving a cadre to a unit outside the scope (422 users/unit_out_of_scope)', async () => {
      const cadre = await createCadre(t.db, w.villageA);
      expectError(await w.as.unitAdminA.patch(`/api/users/${cadre.id}`, { unitId: w.villageB.id }), 422, 'users/unit_out_of_scope');
    });
  });

  // ---- reset password ------------------------------------------------------------------------------------------

  describe('POST /api/users/:id/reset-password', () => {
    it('issues a new initial password; the old one stops working and the new one must be changed', async () => {
      const cadre = await createCadre(t.db, w.villageA);
      const oldSession = await signIn(t.http, cadre);
      const res = await w.as.unitAdminA.post(`/api/users/${cadre.id}/reset-password`);
      expect(res.status).toBe(200);
      const { initialPassword } = res.body as { initialPassword: string };
      expect(passwordStrengthProblems(initialPassword)).toEqual([]);
      expect(initialPassword).not.toBe(TEST_PASSWORD);

      expectError(await login(cadre.username, TEST_PASSWORD), 401, 'auth/invalid_credentials');
      expect((await oldSession.get('/api/me')).status).toBe(401);
      const fresh = await signIn(t.http, { ...cadre, password: initialPassword });
      expectError(await fresh.get('/api/org-units'), 403, 'auth/password_change_required');
      expect(((await fresh.get('/api/me')).body as { mustChangePassword: boolean }).mustChangePassword).toBe(true);

      const rows = await auditRows('user.password_reset', cadre.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: w.users.unitAdminA.id });
    });

    it('makes the cadre choose, at the forced change after a reset, a password that does not contain the username', async () => {
      const cadre = await createCadre(t.db, w.villageA, { username: uniq('liming') });
      const res = await w.as.unitAdminA.post(`/api/users/${cadre.id}/reset-password`);
      expect(res.status).toBe(200);
      const { initialPassword } = res.body as { initialPassword: string };
      expect(initialPassword.toLowerCase()).not.toContain(cadre.username);
      const fresh = await signIn(t.http, { ...cadre, password: initialPassword });
      const weak = await fresh.post('/api/auth/password', { currentPassword: initialPassword, newPassword: `X9#${cadre.username.toUpperCase()}` });
      expectError(weak, 400, 'auth/weak_password');
      expect((weak.body as { details: { field: string; message: string }[] }).details).toEqual([
        { field: 'newPassword', message: expect.stringContaining('contains_username') },
      ]);
      expectError(await fresh.get('/api/org-units'), 403, 'auth/password_change_required');
      expect((await fresh.post('/api/auth/password', { currentPassword: initialPassword, newPassword: NEW_PASSWORD })).status).toBe(204);
    });

    it('is 404 outside the scope and 422 for the admin themselves', async () => {
      expectError(await w.as.unitAdminA.post(`/api/users/${w.users.cadreB.id}/reset-password`), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.post(`/api/users/${w.users.unitAdminA.id}/reset-password`), 422, 'users/self_modification');
      expect((await login(w.users.cadreB.username, w.users.cadreB.password)).status).toBe(200);
    });

    it('is forbidden to a plain cadre', async () => {
      expectError(await w.as.cadreA.post(`/api/users/${w.users.cadreB.id}/reset-password`), 403, 'common/forbidden');
    });
  });

  // ---- who may act on whom -------------------------------------------------------------------------------------

  describe('acting on an account the caller could not have created', () => {
    /** Accounts whose home unit is village A (inside town A's scope) but whose roles or scope reach above town A. */
    let cityOrgAdmin: CadreRef;
    let cityAuditor: CadreRef;
    let peerUnitAdmin: CadreRef;
    /** An org admin scoped to town A, and a unit admin scoped to village A whom that org admin could have created. */
    let townOrgAdmin: Agent;
    let villageUnitAdmin: CadreRef;

    beforeAll(async () => {
      cityOrgAdmin = await createCadre(t.db, w.villageA, { roles: ['cadre', 'org_admin'], scopeUnit: w.root });
      cityAuditor = await createCadre(t.db, w.villageA, { roles: ['cadre', 'auditor'], scopeUnit: w.root });
      peerUnitAdmin = await createCadre(t.db, w.villageA, { roles: ['cadre', 'unit_admin'], scopeUnit: w.townA });
      townOrgAdmin = await signIn(t.http, await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA }));
      villageUnitAdmin = await createCadre(t.db, w.villageA, { roles: ['cadre', 'unit_admin'], scopeUnit: w.villageA });
    });

    async function accountRow(id: string) {
      const [row] = (await t.db.query(`SELECT name, status, roles, scope_unit_id, password_hash FROM users WHERE id = $1`, [id])) as Record<string, unknown>[];
      return row!;
    }

    it('refuses a unit admin disabling or renaming an org admin, an auditor or a peer unit admin of their town (422), and changes nothing', async () => {
      for (const target of [cityOrgAdmin, cityAuditor, peerUnitAdmin]) {
        const session = await signIn(t.http, target);
        const before = await accountRow(target.id);
        const res = await w.as.unitAdminA.patch(`/api/users/${target.id}`, { status: 'disabled', name: uniq('改名') });
        expectError(res, 422, 'users/role_not_grantable');
        expectError(await w.as.unitAdminA.patch(`/api/users/${target.id}`, { name: uniq('改名') }), 422, 'users/role_not_grantable');
        expectError(await w.as.unitAdminA.patch(`/api/users/${target.id}`, { roles: ['cadre'] }), 422, 'users/role_not_grantable');
        expect(await accountRow(target.id)).toEqual(before);
        expect((await session.get('/api/me')).status).toBe(200);
        expect((await login(target.username, target.password)).status).toBe(200);
        expect(await auditRows('user.updated', target.id)).toEqual([]);
      }
    });

    it('refuses a unit admin resetting their password or revealing their numbers, and records no look', async () => {
      for (const target of [cityOrgAdmin, cityAuditor, peerUnitAdmin]) {
        const before = await accountRow(target.id);
        expectError(await w.as.unitAdminA.post(`/api/users/${target.id}/reset-password`), 422, 'users/role_not_grantable');
        expectError(await w.as.unitAdminA.get(`/api/users/${target.id}/personal-numbers`), 422, 'users/role_not_grantable');
        expect(await accountRow(target.id)).toEqual(before);
        expect((await login(target.username, target.password)).status).toBe(200);
        expect(await auditRows('user.personal_numbers_viewed', target.id)).toEqual([]);
        expect(await auditRows('user.password_reset', target.id)).toEqual([]);
      }
    });

    it('still shows such an account in the list and by id, with its numbers masked', async () => {
      const res = await w.as.unitAdminA.get(`/api/users/${cityOrgAdmin.id}`);
      expect(res.status).toBe(200);
      expect((res.body as UserDetail).phone).toMatch(MASKED_PHONE);
      expect(await idsListed(w.as.unitAdminA)).toContain(cityOrgAdmin.id);
    });

    it('refuses an org admin scoped to a town acting on the city-scoped org admin or auditor', async () => {
      for (const target of [cityOrgAdmin, cityAuditor]) {
        const before = await accountRow(target.id);
        expectError(await townOrgAdmin.patch(`/api/users/${target.id}`, { status: 'disabled' }), 422, 'users/role_not_grantable');
        expectError(await townOrgAdmin.patch(`/api/users/${target.id}`, { roles: ['cadre', 'lecturer'] }), 422, 'users/role_not_grantable');
        expectError(await townOrgAdmin.post(`/api/users/${target.id}/reset-password`), 422, 'users/role_not_grantable');
        expectError(await townOrgAdmin.get(`/api/users/${target.id}/personal-numbers`), 422, 'users/role_not_grantable');
        expect(await accountRow(target.id)).toEqual(before);
      }
    });

    it('lets an org admin manage an admin scoped inside their own scope, and the root org admin manage a peer and the auditor', async () => {
      const renamed = uniq('村管理员');
      const res = await townOrgAdmin.patch(`/api/users/${villageUnitAdmin.id}`, { name: renamed });
      expect(res.status).toBe(200);
      expect((res.body as UserDetail).name).toBe(renamed);
      expect((await townOrgAdmin.get(`/api/users/${villageUnitAdmin.id}/personal-numbers`)).status).toBe(200);
      // The town's org admin also manages a unit admin scoped to the town itself: they could have granted that scope.
      expect((await townOrgAdmin.patch(`/api/users/${peerUnitAdmin.id}`, { position: '副镇长' })).status).toBe(200);

      expect((await w.as.orgAdmin.patch(`/api/users/${cityOrgAdmin.id}`, { position: '副部长' })).status).toBe(200);
      expect((await w.as.orgAdmin.patch(`/api/users/${cityAuditor.id}`, { position: '审计员' })).status).toBe(200);
      expect((await w.as.orgAdmin.get(`/api/users/${cityAuditor.id}/personal-numbers`)).status).toBe(200);
    });

    it('leaves an admin their own profile to edit', async () => {
      const res = await w.as.unitAdminA.patch(`/api/users/${w.users.unitAdminA.id}`, { position: '党委委员' });
      expect(res.status).toBe(200);
      expect((await w.as.unitAdminA.get(`/api/users/${w.users.unitAdminA.id}/personal-numbers`)).status).toBe(200);
    });
  });

  // ---- me ------------------------------------------------------------------------------------------------------

  describe('/api/me', () => {
    it('gives my roles, unit, scope, key groups (new_leader derived) and unit trail', async () => {
      const cadre = await createCadre(t.db, w.villageA, {
        appointmentDate: addMonths(today(), -3),
        keyGroups: ['law_enforcement_mid'],
        phone: '13655556666',
      });
      const me = await (await signIn(t.http, cadre)).get('/api/me');
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({
        id: cadre.id,
        username: cadre.username,
        name: cadre.name,
        roles: ['cadre'],
        unitId: w.villageA.id,
        unitName: w.villageA.name,
        scopeUnitId: null,
        keyGroups: ['new_leader', 'law_enforcement_mid'],
        unitTrail: [w.root.name, w.townA.name, w.villageA.name],
        phone: '13655556666',
        mustChangePassword: false,
      });
    });

    it('gives an admin their scope unit', async () => {
      const me = await w.as.unitAdminA.get('/api/me');
      expect(me.body).toMatchObject({
        roles: expect.arrayContaining(['unit_admin']),
        unitId: w.townA.id,
        scopeUnitId: w.townA.id,
        scopeUnitName: w.townA.name,
      });
    });

    it('updates my phone, and refuses an invalid one or any other field with 400', async () => {
      const cadre = await createCadre(t.db, w.villageB);
      const agent = await signIn(t.http, cadre);
      const res = await agent.patch('/api/me', { phone: '13911112222' });
      expect(res.status).toBe(200);
      expect((res.body as { phone: string }).phone).toBe('13911112222');
      const [row] = (await t.db.query(`SELECT phone FROM users WHERE id = $1`, [cadre.id])) as { phone: string }[];
      expect(row!.phone).toBe('13911112222');

      expectError(await agent.patch('/api/me', { phone: '12345' }), 400, 'common/validation_failed');
      expectError(await agent.patch('/api/me', { phone: '1391111222a' }), 400, 'common/validation_failed');
      expectError(await agent.patch('/api/me', { roles: ['org_admin'] }), 400, 'common/validation_failed');
      const [after] = (await t.db.query(`SELECT phone, roles FROM users WHERE id = $1`, [cadre.id])) as {
        phone: string;
        roles: string[];
      }[];
      expect(after).toEqual({ phone: '13911112222', roles: ['cadre'] });
    });

    it('needs a signed-in user', async () => {
      expectError(await request(t.http).get('/api/me'), 401, 'common/unauthenticated');
      expectError(await request(t.http).patch('/api/me').send({ phone: '13911112222' }), 401, 'common/unauthenticated');
    });
  });
});
