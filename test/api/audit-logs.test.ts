import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CommonError } from '@cadre/shared';
import { createCadre, createRoot, createUnit, uniq, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { buildWorld, type World } from '../helpers/world';
import { getBytes, readWorkbook } from '../helpers/quizzes';

interface AuditItem {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown> | null;
  actorName?: string | null;
  targetName?: string | null;
  names?: Record<string, string>;
}

interface AuditPage {
  items: AuditItem[];
  total: number;
  page: number;
  pageSize: number;
}

let t: TestApp;
let w: World;
/** A second, separate city with its own org admin. */
let other: { root: UnitRef; admin: Agent; unitId: string };
/** The unit the world's org admin created through the API. */
let worldUnitId: string;

async function list(agent: Agent, query = ''): Promise<AuditPage> {
  const res = await agent.get(`/api/audit-logs${query}`);
  expect(res.status).toBe(200);
  return res.body as AuditPage;
}

/** Every item of the trail the agent may see for this query, all pages. */
async function listAll(agent: Agent, query = ''): Promise<AuditItem[]> {
  const sep = query ? '&' : '?';
  const items: AuditItem[] = [];
  for (let page = 1; ; page += 1) {
    const body = await list(agent, `${query}${sep}page=${page}&pageSize=100`);
    items.push(...body.items);
    if (items.length >= body.total || body.items.length === 0) return items;
  }
}

async function createUnitAs(agent: Agent, parent: UnitRef, kind = 'community'): Promise<string> {
  const res = await agent.post('/api/org-units', { parentId: parent.id, name: uniq('审计社区'), kind });
  expect(res.status).toBe(201);
  return (res.body as { id: string }).id;
}

/** An event written straight to the trail, for exact times. */
async function insertEvent(unitPath: string, actorUsername: string, occurredAt: string, action = 'user.updated'): Promise<string> {
  const id = randomUUID();
  await t.db.query(
    `INSERT INTO audit_logs (id, occurred_at, actor_username, action, unit_path, outcome) VALUES ($1, $2, $3, $4, $5, 'success')`,
    [id, occurredAt, actorUsername, action, unitPath],
  );
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t.db, t.http);
  worldUnitId = await createUnitAs(w.as.orgAdmin, w.townA);

  const root = await createRoot(t.db);
  const dept = await createUnit(t.db, root, 'department');
  const admin = await signIn(t.http, await createCadre(t.db, dept, { roles: ['cadre', 'org_admin'], scopeUnit: root }));
  other = { root, admin, unitId: await createUnitAs(admin, root, 'town') };
});

afterAll(async () => {
  await t.close();
});

describe('who may read the trail', () => {
  it.each(['orgAdmin', 'auditor'] as const)('%s reads it', async (who) => {
    const body = await list(w.as[who]);
    expect(body).toMatchObject({ page: 1, pageSize: 20 });
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.total).toBeGreaterThanOrEqual(body.items.length);
  });

  it.each(['unitAdminA', 'lecturerA', 'cadreA'] as const)('%s gets 403 common/forbidden', async (who) => {
    const res = await w.as[who].get('/api/audit-logs');
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ statusCode: 403, code: CommonError.Forbidden });
  });

  it('no token, or a forged one, gets 401 common/unauthenticated', async () => {
    for (const auth of [undefined, 'Bearer not-a-jwt', `Bearer ${w.as.auditor.token.slice(0, -4)}AAAA`]) {
      const req = request(t.http).get('/api/audit-logs');
      const res = await (auth ? req.set('Authorization', auth) : req);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: CommonError.Unauthenticated });
    }
  });
});

describe('scope', () => {
  it("records the world's sign-ins and the unit creation with who, what, when, from where and outcome", async () => {
    const created = (await listAll(w.as.orgAdmin, '?action=org_unit.created')).find((i) => i.targetId === worldUnitId);
    expect(created).toMatchObject({
      actorId: w.users.orgAdmin.id,
      actorUsername: w.users.orgAdmin.username,
      targetType: 'org_unit',
      outcome: 'success',
      ip: expect.any(String),
    });
    expect(new Date(created!.occurredAt).toISOString()).toBe(created!.occurredAt);
    const logins = await listAll(w.as.orgAdmin, '?action=auth.login');
    const actors = new Set(logins.map((i) => i.actorId));
    for (const user of Object.values(w.users)) expect(actors).toContain(user.id);
  });

  it("each org admin sees their own city's events and not the other city's", async () => {
    const mine = await listAll(w.as.orgAdmin);
    const theirs = await listAll(other.admin);
    const mineTargets = new Set(mine.map((i) => i.targetId));
    const theirTargets = new Set(theirs.map((i) => i.targetId));
    const mineActors = new Set(mine.map((i) => i.actorId));
    const theirActors = new Set(theirs.map((i) => i.actorId));

    expect(mineTargets).toContain(worldUnitId);
    expect(mineTargets).not.toContain(other.unitId);
    expect(mineActors).not.toContain(other.admin.user.id);

    expect(theirTargets).toContain(other.unitId);
    expect(theirActors).toContain(other.admin.user.id);
    expect(theirTargets).not.toContain(worldUnitId);
    for (const user of Object.values(w.users)) expect(theirActors).not.toContain(user.id);
  });

  it('filtering by the other city’s admin finds nothing', async () => {
    const body = await list(w.as.orgAdmin, `?actor=${other.admin.user.username}`);
    expect(body).toMatchObject({ items: [], total: 0 });
  });

  it('the auditor of the city sees what its org admin sees', async () => {
    const byAdmin = await listAll(w.as.orgAdmin, `?actor=${w.users.cadreB.username}`);
    const byAuditor = await listAll(w.as.auditor, `?actor=${w.users.cadreB.username}`);
    expect(byAuditor.map((i) => i.id)).toEqual(byAdmin.map((i) => i.id));
    expect(byAuditor.length).toBeGreaterThan(0);
  });

  it('an auditor scoped to town A sees town A only', async () => {
    const auditorA = await signIn(t.http, await createCadre(t.db, w.townA, { roles: ['cadre', 'auditor'], scopeUnit: w.townA }));
    const seen = await listAll(auditorA);
    const signedIn = new Set(seen.filter((i) => i.action === 'auth.login').map((i) => i.actorId));
    expect(signedIn).toContain(w.users.cadreA.id);
    expect(signedIn).toContain(w.users.unitAdminA.id);
    expect(signedIn).not.toContain(w.users.cadreB.id);
    expect(signedIn).not.toContain(w.users.unitAdminB.id);
    expect(signedIn).not.toContain(w.users.orgAdmin.id); // a cadre of the department, outside town A
    // The org admin's creation of a unit under town A concerns town A, so it is in view.
    expect(seen.map((i) => i.targetId)).toContain(worldUnitId);
    expect(seen.map((i) => i.targetId)).not.toContain(other.unitId);
  });
});

describe('filters', () => {
  let lecturer: string;
  beforeAll(async () => {
    lecturer = w.users.lecturerA.username;
    const wrong = await request(t.http).post('/api/auth/login').send({ username: lecturer, password: 'Wrong@2026pw' });
    expect(wrong.status).toBe(401);
  });

  it('actor: only that username’s events, case-insensitively', async () => {
    const items = await listAll(w.as.orgAdmin, `?actor=${lecturer}`);
    expect(items.map((i) => i.action).sort()).toEqual(['auth.login', 'auth.login_failed']);
    expect(items.every((i) => i.actorUsername === lecturer)).toBe(true);
    const upper = await listAll(w.as.orgAdmin, `?actor=${lecturer.toUpperCase()}`);
    expect(upper.map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it('action: only that action', async () => {
    const items = await listAll(w.as.orgAdmin, '?action=auth.login_failed');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.action === 'auth.login_failed')).toBe(true);
    expect(items.some((i) => i.actorUsername === lecturer)).toBe(true);
  });

  it('outcome: only that outcome', async () => {
    const failures = await listAll(w.as.orgAdmin, `?actor=${lecturer}&outcome=failure`);
    expect(failures.map((i) => [i.action, i.outcome])).toEqual([['auth.login_failed', 'failure']]);
    const successes = await listAll(w.as.orgAdmin, `?actor=${lecturer}&outcome=success`);
    expect(successes.map((i) => [i.action, i.outcome])).toEqual([['auth.login', 'success']]);
    expect(await listAll(w.as.orgAdmin, `?actor=${lecturer}&outcome=denied`)).toEqual([]);
  });

  it('from/to: whole days in Asia/Shanghai, both ends inclusive', async () => {
    const actor = uniq('dated');
    const path = w.villageA.path;
    // 2025-03-10 in Shanghai (UTC+8) runs from 2025-03-09T16:00Z to 2025-03-10T16:00Z.
    const before = await insertEvent(path, actor, '2025-03-09T15:59:59Z'); // 03-09 23:59:59 in Shanghai
    const first = await insertEvent(path, actor, '2025-03-09T16:00:00Z'); // 03-10 00:00 (03-09 in UTC)
    const last = await insertEvent(path, actor, '2025-03-10T15:59:59Z'); // 03-10 23:59:59
    const after = await insertEvent(path, actor, '2025-03-10T16:00:00Z'); // 03-11 00:00
    const ids = async (query: string) => (await listAll(w.as.orgAdmin, `?actor=${actor}${query}`)).map((i) => i.id).sort();

    expect(await ids('&from=2025-03-10&to=2025-03-10')).toEqual([first, last].sort());
    expect(await ids('&from=2025-03-10')).toEqual([first, last, after].sort());
    expect(await ids('&to=2025-03-10')).toEqual([before, first, last].sort());
    expect(await ids('&from=2025-03-11&to=2025-03-11')).toEqual([after]);
    expect(await ids('&from=2025-03-11&to=2025-03-10')).toEqual([]);
  });

  it('from/to: the Shanghai day of a live event finds it; the day before and the day after do not', async () => {
    const shanghaiDay = (iso: string, offsetDays = 0) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.parse(iso) + offsetDays * 86_400_000));
    const events = await listAll(w.as.orgAdmin, `?actor=${lecturer}`);
    expect(events).toHaveLength(2);
    for (const event of events) {
      const day = shanghaiDay(event.occurredAt);
      const sameDay = await listAll(w.as.orgAdmin, `?actor=${lecturer}&from=${day}&to=${day}`);
      expect(sameDay.map((i) => i.id)).toContain(event.id);
      const dayBefore = await listAll(w.as.orgAdmin, `?actor=${lecturer}&to=${shanghaiDay(event.occurredAt, -1)}`);
      expect(dayBefore.map((i) => i.id)).not.toContain(event.id);
      const dayAfter = await listAll(w.as.orgAdmin, `?actor=${lecturer}&from=${shanghaiDay(event.occurredAt, 1)}`);
      expect(dayAfter.map((i) => i.id)).not.toContain(event.id);
    }
  });
});

describe('paging', () => {
  let admin: Agent;
  let created: string[];
  beforeAll(async () => {
    admin = await signIn(t.http, await createCadre(t.db, w.dept, { roles: ['cadre', 'org_admin'], scopeUnit: w.root }));
    created = [];
    for (let i = 0; i < 5; i += 1) created.push(await createUnitAs(admin, w.townB));
  });

  it('pages of 2 cover the 5 events once each, newest first, with the total on every page', async () => {
    const query = `?actor=${admin.user.username}&action=org_unit.created&pageSize=2`;
    const pages = [await list(admin, `${query}&page=1`), await list(admin, `${query}&page=2`), await list(admin, `${query}&page=3`)];
    expect(pages.map((p) => [p.page, p.pageSize, p.total, p.items.length])).toEqual([
      [1, 2, 5, 2],
      [2, 2, 5, 2],
      [3, 2, 5, 1],
    ]);
    const items = pages.flatMap((p) => p.items);
    expect(items.map((i) => i.targetId)).toEqual([...created].reverse());
    const times = items.map((i) => Date.parse(i.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('a page past the end is empty but keeps the total', async () => {
    const body = await list(admin, `?actor=${admin.user.username}&action=org_unit.created&pageSize=2&page=4`);
    expect(body).toEqual({ items: [], total: 5, page: 4, pageSize: 2 });
  });

  it('pageSize defaults to 20 and accepts up to 100', async () => {
    expect((await list(w.as.auditor)).pageSize).toBe(20);
    expect((await list(w.as.auditor, '?pageSize=100')).pageSize).toBe(100);
    const res = await w.as.auditor.get('/api/audit-logs?pageSize=101');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: CommonError.ValidationFailed, details: [{ field: 'pageSize' }] });
  });
});

describe('the trail cannot be edited or deleted', () => {
  const rowsUnderRoot = async () =>
    (await t.db.query(`SELECT id, occurred_at, action, actor_id, outcome, details FROM audit_logs WHERE unit_path LIKE $1 ORDER BY id`, [
      `${w.root.path}%`,
    ])) as unknown[];

  it.each(['put', 'patch', 'delete', 'post'] as const)(
    '%s on /api/audit-logs and /api/audit-logs/<id> is a 404 and changes nothing',
    async (method) => {
      const before = await rowsUnderRoot();
      expect(before.length).toBeGreaterThan(0);
      const target = (before[0] as { id: string }).id;
      for (const path of ['/api/audit-logs', `/api/audit-logs/${target}`, `/api/audit-logs/${randomUUID()}`]) {
        for (const agent of [w.as.orgAdmin, w.as.auditor]) {
          const req = request(t.http)[method](path).set('Authorization', `Bearer ${agent.token}`);
          const res = await (method === 'delete' ? req : req.send({ action: 'auth.login', outcome: 'success', details: null }));
          expect(res.status).toBe(404);
          expect(res.body).toMatchObject({ statusCode: 404, code: CommonError.NotFound });
        }
      }
      expect(await rowsUnderRoot()).toEqual(before);
    },
  );
});

describe('the trail reads as names, not ids', () => {
  let unitName: string;
  let unitId: string;
  beforeAll(async () => {
    unitName = uniq('可读社区');
    const res = await w.as.orgAdmin.post('/api/org-units', { parentId: w.townA.id, name: unitName, kind: 'community' });
    expect(res.status).toBe(201);
    unitId = (res.body as { id: string }).id;
  });

  it('names the actor, the target, and the ids in the details', async () => {
    const [created] = (await listAll(w.as.auditor, '?action=org_unit.created')).filter((i) => i.targetId === unitId);
    expect(created).toMatchObject({
      actorUsername: w.users.orgAdmin.username,
      actorName: w.users.orgAdmin.name,
      targetName: unitName,
      details: { name: unitName, kind: 'community', parentId: w.townA.id },
      names: { [w.townA.id]: w.townA.name },
    });
  });

  it('a sign-in names its actor and has no target', async () => {
    const [login] = (await list(w.as.auditor, `?action=auth.login&actor=${w.users.cadreA.username}`)).items;
    expect(login).toMatchObject({ actorName: w.users.cadreA.name, targetName: null });
  });
});

describe('the filtered trail exports to Excel, and downloads are audited', () => {
  it('writes the filtered rows with Chinese labels and names, and records the export with its filters', async () => {
    const expected = await listAll(w.as.auditor, '?action=org_unit.created');
    const res = await getBytes(w.as.auditor, '/api/audit-logs/export.xlsx?action=org_unit.created');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = (await readWorkbook(res.body as Buffer))['操作日志']!;
    expect(sheet[0]).toEqual(['时间', '操作人', '账号', '操作', '结果', '对象', '对象名称', 'IP', '详情']);
    expect(sheet).toHaveLength(expected.length + 1);
    expect(new Set(sheet.slice(1).map((r) => r[3]))).toEqual(new Set(['新增单位']));
    const row = sheet.find((r) => r[6] === w.townA.name || (typeof r[8] === 'string' && r[8].includes(`上级单位：${w.townA.name}`)));
    expect(row).toBeDefined();
    expect(row![1]).toBe(w.users.orgAdmin.name);
    expect(row![4]).toBe('成功');
    expect(String(row![8])).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);

    const [exported] = (await list(w.as.orgAdmin, '?action=audit.exported')).items;
    expect(exported).toMatchObject({ actorId: w.users.auditor.id, details: { action: 'org_unit.created', rows: expected.length } });
  });

  it('a bad filter is a 400, not a file', async () => {
    const res = await w.as.auditor.get('/api/audit-logs/export.xlsx?action=nope');
    expect(res.status).toBe(400);
  });

  it('a cadre may not export the trail', async () => {
    expect((await w.as.cadreA.get('/api/audit-logs/export.xlsx')).status).toBe(403);
  });

  it('downloading the progress report as Word is recorded; reading it on screen is not', async () => {
    const before = (await list(w.as.orgAdmin, '?action=progress_report.downloaded')).total;
    expect((await w.as.orgAdmin.get('/api/reports/progress?from=2026-01-01&to=2026-06-30')).status).toBe(200);
    expect((await list(w.as.orgAdmin, '?action=progress_report.downloaded')).total).toBe(before);
    const res = await getBytes(w.as.orgAdmin, '/api/reports/progress?from=2026-01-01&to=2026-06-30&format=docx');
    expect(res.status).toBe(200);
    const page = await list(w.as.orgAdmin, '?action=progress_report.downloaded');
    expect(page.total).toBe(before + 1);
    expect(page.items[0]).toMatchObject({ actorId: w.users.orgAdmin.id, targetType: 'org_unit', details: { from: '2026-01-01', to: '2026-06-30', format: 'docx' } });
  });
});
