import ExcelJS from 'exceljs';
import request from 'supertest';
import { passwordStrengthProblems } from '@cadre/shared';
import { createCadre, type CadreRef } from '../factories';
import { signIn } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { buildWorld, type World } from '../helpers/world';

interface Slip {
  userId: string;
  name: string;
  unitName: string;
  username: string;
  password: string;
}

interface Issued {
  unitId: string;
  unitName: string;
  platformUrl: string;
  slips: Slip[];
  remaining: number;
  notManageable: { userId: string; name: string }[];
  workbook: string;
  filename: string;
}

interface Pending {
  pending: number;
  notManageable: { userId: string }[];
}

interface UserRow {
  id: string;
  has_password: boolean;
  must_change_password: boolean;
}

const PLATFORM = 'https://peixun.example.gov.cn';

/**
 * 批量发放初始密码: every active cadre of a unit (and the units under it) without a password, whom the admin may manage,
 * gets one, once; the answer is the only place the passwords appear.
 */
describe('/api/users/initial-passwords', () => {
  let t: TestApp;
  let w: World;
  /** Without a password: two in village A, one in town A (three for town A's admin). */
  let villager1: CadreRef;
  let villager2: CadreRef;
  let townCadre: CadreRef;
  /** Without a password but left out: disabled; a unit admin (town A's admin may not manage them); in town B. */
  let disabled: CadreRef;
  let villageAdmin: CadreRef;
  let townBCadre: CadreRef;

  const clearPassword = (...cadres: CadreRef[]) =>
    t.db.query('UPDATE users SET password_hash = NULL WHERE id = ANY($1::uuid[])', [cadres.map((c) => c.id)]);

  async function rows(...cadres: CadreRef[]): Promise<Record<string, UserRow>> {
    const found = (await t.db.query(
      'SELECT id, password_hash IS NOT NULL AS has_password, must_change_password FROM users WHERE id = ANY($1::uuid[])',
      [cadres.map((c) => c.id)],
    )) as UserRow[];
    return Object.fromEntries(found.map((r) => [r.id, r]));
  }

  const issuedAudits = async (unitId: string) =>
    (await t.db.query(`SELECT actor_id, details FROM audit_logs WHERE action = 'user.initial_passwords_issued' AND target_id = $1`, [unitId])) as {
      actor_id: string;
      details: { unitId: string; count: number; users: string[] };
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t.db, t.http);
    villager1 = await createCadre(t.db, w.villageA, { name: '甲村干部A' });
    villager2 = await createCadre(t.db, w.villageA, { name: '甲村干部B' });
    townCadre = await createCadre(t.db, w.townA, { name: '甲镇干部' });
    disabled = await createCadre(t.db, w.villageA, { status: 'disabled' });
    villageAdmin = await createCadre(t.db, w.villageA, { roles: ['cadre', 'unit_admin'], scopeUnit: w.villageA });
    townBCadre = await createCadre(t.db, w.villageB);
    await clearPassword(villager1, villager2, townCadre, disabled, villageAdmin, townBCadre);
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts, before issuing, the cadres without a password the admin may manage, and names those left out', async () => {
    const res = await w.as.unitAdminA.get(`/api/users/initial-passwords?unitId=${w.townA.id}`);
    expect(res.status).toBe(200);
    const body = res.body as Pending;
    // villager1, villager2, townCadre; not the disabled one, not the village's unit admin (a role town A's admin cannot grant).
    expect(body.pending).toBe(3);
    expect(body.notManageable.map((c) => c.userId)).toEqual([villageAdmin.id]);
  });

  it('refuses units outside the scope with 404, bad ids with 400, and cadres with 403; nothing changes', async () => {
    const outside = await w.as.unitAdminA.post('/api/users/initial-passwords', { unitId: w.townB.id });
    expect({ status: outside.status, code: (outside.body as { code: string }).code }).toEqual({ status: 404, code: 'common/not_found' });
    expect((await w.as.unitAdminA.get(`/api/users/initial-passwords?unitId=${w.villageB.id}`)).status).toBe(404);
    expect((await w.as.unitAdminA.post('/api/users/initial-passwords', { unitId: '4b0c6f0e-0000-4000-8000-000000000000' })).status).toBe(404);
    const bad = await w.as.unitAdminA.post('/api/users/initial-passwords', { unitId: 'town-a' });
    expect({ status: bad.status, code: (bad.body as { code: string }).code }).toEqual({ status: 400, code: 'common/validation_failed' });
    const cadre = await w.as.cadreA.post('/api/users/initial-passwords', { unitId: w.villageA.id });
    expect({ status: cadre.status, code: (cadre.body as { code: string }).code }).toEqual({ status: 403, code: 'common/forbidden' });
    expect(Object.values(await rows(townBCadre, villager1)).map((r) => r.has_password)).toEqual([false, false]);
  });

  it('issues a readable strong password to each, once, as slips and a workbook, audited; a second run issues none', async () => {
    const res = await w.as.unitAdminA.post('/api/users/initial-passwords', { unitId: w.townA.id }).set('Origin', PLATFORM);
    expect(res.status).toBe(200);
    const body = res.body as Issued;
    expect(body.platformUrl).toBe(PLATFORM);
    expect(body.remaining).toBe(0);
    expect(body.notManageable.map((c) => c.userId)).toEqual([villageAdmin.id]);
    // Town A's own cadre first (the higher level), then the village's by name.
    expect(body.slips.map((s) => [s.name, s.username, s.unitName])).toEqual([
      [townCadre.name, townCadre.username, w.townA.name],
      [villager1.name, villager1.username, w.villageA.name],
      [villager2.name, villager2.username, w.villageA.name],
    ]);
    for (const s of body.slips) {
      expect(passwordStrengthProblems(s.password, { username: s.username })).toEqual([]);
      expect(s.password).not.toMatch(/[0O1lI]/);
    }
    expect(new Set(body.slips.map((s) => s.password)).size).toBe(3);

    const stored = await rows(villager1, villager2, townCadre, disabled, villageAdmin, townBCadre);
    expect([villager1, villager2, townCadre].map((c) => stored[c.id])).toEqual(
      [villager1, villager2, townCadre].map((c) => ({ id: c.id, has_password: true, must_change_password: true })),
    );
    expect([disabled, villageAdmin, townBCadre].map((c) => stored[c.id]!.has_password)).toEqual([false, false, false]);

    // The workbook holds the same slips, with the address.
    expect(body.filename).toMatch(new RegExp(`^${w.townA.name}-初始密码-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(body.workbook, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('初始密码')!;
    const cells: unknown[][] = [];
    sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    expect(cells).toEqual([
      ['序号', '姓名', '单位', '用户名', '初始密码', '登录地址'],
      ...body.slips.map((s, i) => [i + 1, s.name, s.unitName, s.username, s.password, PLATFORM]),
    ]);

    const audits = await issuedAudits(w.townA.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.actor_id).toBe(w.users.unitAdminA.id);
    expect(audits[0]!.details.count).toBe(3);
    expect([...audits[0]!.details.users].sort()).toEqual([villager1.id, villager2.id, townCadre.id].sort());

    // The passwords are not retrievable: a second issuance covers only cadres still without one, so nobody here.
    const again = await w.as.unitAdminA.post('/api/users/initial-passwords', { unitId: w.townA.id });
    expect(again.status).toBe(200);
    expect({ slips: (again.body as Issued).slips, remaining: (again.body as Issued).remaining }).toEqual({ slips: [], remaining: 0 });
    expect(((await w.as.unitAdminA.get(`/api/users/initial-passwords?unitId=${w.townA.id}`)).body as Pending).pending).toBe(0);
    expect(await issuedAudits(w.townA.id)).toHaveLength(1);

    // An issued password signs in, but only to change it first.
    const slip = body.slips.find((s) => s.userId === villager1.id)!;
    const login = await request(t.http).post('/api/auth/login').send({ username: slip.username, password: slip.password });
    expect(login.status).toBe(200);
    expect((login.body as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
    const agent = await signIn(t.http, { ...villager1, password: slip.password });
    const blocked = await agent.get('/api/org-units');
    expect({ status: blocked.status, code: (blocked.body as { code: string }).code }).toEqual({ status: 403, code: 'auth/password_change_required' });
    expect((await agent.post('/api/auth/password', { currentPassword: slip.password, newPassword: 'Changed#2026x' })).status).toBe(204);
    expect((await agent.get('/api/org-units')).status).toBe(200);
  });

  it('an org admin issues to the unit admin a town admin had to leave out; the address falls back to the request host', async () => {
    const res = await w.as.orgAdmin.post('/api/users/initial-passwords', { unitId: w.villageA.id });
    expect(res.status).toBe(200);
    const body = res.body as Issued;
    expect(body.slips.map((s) => s.userId)).toEqual([villageAdmin.id]);
    expect(body.notManageable).toEqual([]);
    expect(body.platformUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await rows(disabled))[disabled.id]!.has_password).toBe(false);
  });
});
