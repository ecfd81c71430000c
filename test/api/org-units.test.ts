import request from 'supertest';
import { createCadre, createRoot, createUnit, uniq, type UnitRef } from '../factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { buildWorld, type World } from '../helpers/world';
import type { Agent } from '../helpers/agent';

interface UnitItem {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  depth: number;
  sortOrder: number;
  retired: boolean;
  childCount: number;
  cadreCount?: number;
  editable: boolean;
}

interface AuditRow {
  actor_id: string | null;
  actor_username: string | null;
  outcome: string;
  details: Record<string, unknown> | null;
}

describe('/api/org-units', () => {
  let t: TestApp;
  let w: World;
  /** A city of another test "tenant": nobody in this world may see it through a scoped list. */
  let otherRoot: UnitRef;
  let otherTown: UnitRef;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t.db, t.http);
    otherRoot = await createRoot(t.db);
    otherTown = await createUnit(t.db, otherRoot, 'town');
  });
  afterAll(async () => {
    await t.close();
  });

  // ---- helpers -------------------------------------------------------------------------------------------------

  function expectError(res: request.Response, status: number, code: string): void {
    expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
  }

  async function listAs(agent: Agent, query = ''): Promise<UnitItem[]> {
    const res = await agent.get(`/api/org-units${query}`);
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 200 });
    return (res.body as { items: UnitItem[] }).items;
  }

  async function getAs(agent: Agent, id: string): Promise<UnitItem> {
    const res = await agent.get(`/api/org-units/${id}`);
    expect(res.status).toBe(200);
    return res.body as UnitItem;
  }

  /** Active unit ids under (and including) a unit, straight from the database. */
  async function subtreeIds(unit: UnitRef): Promise<string[]> {
    const rows = (await t.db.query(`SELECT id FROM org_units WHERE path LIKE $1 AND retired_at IS NULL`, [`${unit.path}%`])) as {
      id: string;
    }[];
    return rows.map((r) => r.id).sort();
  }

  async function dbUnit(
    id: string,
  ): Promise<{ parent_id: string | null; path: string; depth: number; name: string; retired_at: Date | null }> {
    const [row] = (await t.db.query(`SELECT parent_id, path, depth, name, retired_at FROM org_units WHERE id = $1`, [id])) as {
      parent_id: string | null;
      path: string;
      depth: number;
      name: string;
      retired_at: Date | null;
    }[];
    if (!row) throw new Error(`unit ${id} not in the database`);
    return row;
  }

  async function auditRows(action: string, targetId: string): Promise<AuditRow[]> {
    return (await t.db.query(
      `SELECT actor_id, actor_username, outcome, details FROM audit_logs WHERE action = $1 AND target_id = $2 ORDER BY occurred_at`,
      [action, targetId],
    )) as AuditRow[];
  }

  /** Creates a unit through the API as the org admin and returns it as a factory-style ref (with its stored path). */
  async function createViaApi(parent: UnitRef, kind: UnitRef['kind'], name = uniq(kind)): Promise<UnitRef> {
    const res = await w.as.orgAdmin.post('/api/org-units', { parentId: parent.id, name, kind });
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 201 });
    const body = res.body as UnitItem;
    const stored = await dbUnit(body.id);
    return { id: body.id, name, kind, path: stored.path, depth: stored.depth };
  }

  /** Move and retire are POST actions: Nest answers 201 unless told otherwise; either means done. */
  function expectDone(res: request.Response): void {
    const outcome = res.status === 200 || res.status === 201 ? 'done' : `${res.status} ${JSON.stringify(res.body)}`;
    expect(outcome).toBe('done');
  }

  const ids = (items: UnitItem[]) => items.map((u) => u.id).sort();

  // ---- listing -------------------------------------------------------------------------------------------------

  describe('GET /api/org-units', () => {
    it('gives the org admin exactly the active units of the world, all editable, and nothing of another city', async () => {
      const items = await listAs(w.as.orgAdmin);
      expect(ids(items)).toEqual(await subtreeIds(w.root));
      expect(ids(items)).toEqual(expect.arrayContaining([w.root.id, w.townA.id, w.villageA.id, w.townB.id, w.villageB.id, w.dept.id]));
      expect(ids(items)).not.toContain(otherRoot.id);
      expect(ids(items)).not.toContain(otherTown.id);
      expect(items.every((u) => u.editable)).toBe(true);
    });

    it('returns the tree top-down, parents before their children', async () => {
      const items = await listAs(w.as.orgAdmin);
      const position = new Map(items.map((u, i) => [u.id, i]));
      for (const unit of items) {
        if (unit.parentId && position.has(unit.parentId)) expect(position.get(unit.parentId)).toBeLessThan(position.get(unit.id)!);
      }
      expect(items[0]).toMatchObject({ id: w.root.id, parentId: null, depth: 0, kind: 'city' });
    });

    it('reports each unit with its parent, depth and number of active sub-units', async () => {
      const items = await listAs(w.as.orgAdmin);
      const villageA = items.find((u) => u.id === w.villageA.id);
      expect(villageA).toMatchObject({
        parentId: w.townA.id,
        name: w.villageA.name,
        kind: 'village',
        depth: 2,
        retired: false,
        childCount: 0,
      });
      expect(villageA).not.toHaveProperty('cadreCount');
    });

    it("gives unit admin A town A's subtree only", async () => {
      const items = await listAs(w.as.unitAdminA);
      expect(ids(items)).toEqual(await subtreeIds(w.townA));
      for (const hidden of [w.root.id, w.townB.id, w.villageB.id, w.dept.id, otherRoot.id]) expect(ids(items)).not.toContain(hidden);
      expect(items.every((u) => u.editable)).toBe(true);
    });

    it('gives the auditor the scoped tree, read-only', async () => {
      const items = await listAs(w.as.auditor);
      expect(ids(items)).toEqual(await subtreeIds(w.root));
      expect(items.some((u) => u.editable)).toBe(false);
    });

    it('lets a plain cadre and a lecturer read the units (for pickers) without editing anything', async () => {
      for (const agent of [w.as.cadreA, w.as.lecturerA]) {
        const items = await listAs(agent);
        expect(ids(items)).toEqual(expect.arrayContaining([w.root.id, w.townA.id, w.villageA.id, w.townB.id, w.villageB.id]));
        expect(items.some((u) => u.editable)).toBe(false);
      }
    });

    it('gives one level with ?parentId=', async () => {
      expect(ids(await listAs(w.as.orgAdmin, `?parentId=${w.root.id}`))).toEqual([w.townA.id, w.townB.id, w.dept.id].sort());
      const underTownA = await listAs(w.as.orgAdmin, `?parentId=${w.townA.id}`);
      expect(ids(underTownA)).toEqual(
        ((await t.db.query(`SELECT id FROM org_units WHERE parent_id = $1 AND retired_at IS NULL`, [w.townA.id])) as { id: string }[])
          .map((r) => r.id)
          .sort(),
      );
      expect(ids(underTownA)).toContain(w.villageA.id);
      expect(ids(underTownA)).not.toContain(w.townA.id);
    });

    it('gives unit admin A one level inside the scope, and 404 for a parent in town B or above the scope', async () => {
      expect(ids(await listAs(w.as.unitAdminA, `?parentId=${w.townA.id}`))).toContain(w.villageA.id);
      expectError(await w.as.unitAdminA.get(`/api/org-units?parentId=${w.townB.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.get(`/api/org-units?parentId=${w.root.id}`), 404, 'common/not_found');
    });

    it('counts the active cadres directly in each unit with ?counts=true', async () => {
      const village = await createUnit(t.db, w.townB, 'village');
      await createCadre(t.db, village);
      await createCadre(t.db, village);
      await createCadre(t.db, village, { status: 'disabled' });
      const items = await listAs(w.as.orgAdmin, '?counts=true');
      const count = (id: string) => items.find((u) => u.id === id)?.cadreCount;
      expect(count(village.id)).toBe(2);
      expect(count(w.villageA.id)).toBe(1); // cadreA
      expect(count(w.dept.id)).toBe(2); // orgAdmin and auditor
      expect(count(w.root.id)).toBe(0);
    });

    it('refuses a malformed parentId or flag with 400', async () => {
      expectError(await w.as.orgAdmin.get('/api/org-units?parentId=not-a-uuid'), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.get('/api/org-units?counts=perhaps'), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.get('/api/org-units?bogus=1'), 400, 'common/validation_failed');
    });

    it('needs a signed-in user', async () => {
      expectError(await request(t.http).get('/api/org-units'), 401, 'common/unauthenticated');
    });
  });

  describe('GET /api/org-units/:id', () => {
    it('gives one unit with its counts', async () => {
      expect(await getAs(w.as.orgAdmin, w.townA.id)).toMatchObject({
        id: w.townA.id,
        parentId: w.root.id,
        kind: 'town',
        depth: 1,
        cadreCount: 2, // unitAdminA and lecturerA
        editable: true,
      });
      expect((await getAs(w.as.orgAdmin, w.townA.id)).childCount).toBeGreaterThanOrEqual(1);
    });

    it('is 404 outside the scope, without telling whether the unit exists', async () => {
      const outside = await w.as.unitAdminA.get(`/api/org-units/${w.townB.id}`);
      const missing = await w.as.unitAdminA.get(`/api/org-units/00000000-0000-4000-8000-000000000000`);
      expectError(outside, 404, 'common/not_found');
      expectError(missing, 404, 'common/not_found');
      expect(outside.body).toEqual(missing.body);
      expectError(await w.as.unitAdminA.get(`/api/org-units/${w.root.id}`), 404, 'common/not_found');
      expectError(await w.as.orgAdmin.get(`/api/org-units/${otherTown.id}`), 404, 'common/not_found');
    });

    it('shows any unit to a plain cadre, read-only', async () => {
      expect(await getAs(w.as.cadreA, w.townB.id)).toMatchObject({ id: w.townB.id, editable: false });
    });

    it('is 400 for an id that is not a UUID', async () => {
      expectError(await w.as.orgAdmin.get('/api/org-units/not-a-uuid'), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.get("/api/org-units/1'%20OR%201=1"), 400, 'common/validation_failed');
    });

    it('needs a signed-in user', async () => {
      expectError(await request(t.http).get(`/api/org-units/${w.townA.id}`), 401, 'common/unauthenticated');
    });
  });

  // ---- create --------------------------------------------------------------------------------------------------

  describe('POST /api/org-units', () => {
    it('creates a unit under a unit in scope, with a path consistent with its parent', async () => {
      const before = await getAs(w.as.orgAdmin, w.townA.id);
      const name = uniq('新村');
      const res = await w.as.orgAdmin.post('/api/org-units', { parentId: w.townA.id, name, kind: 'village', sortOrder: 3 });
      expect(res.status).toBe(201);
      const created = res.body as UnitItem;
      expect(created).toMatchObject({
        parentId: w.townA.id,
        name,
        kind: 'village',
        depth: 2,
        sortOrder: 3,
        retired: false,
        childCount: 0,
        editable: true,
      });
      const stored = await dbUnit(created.id);
      expect(stored).toMatchObject({ parent_id: w.townA.id, path: `${w.townA.path}${created.id}/`, depth: 2 });

      expect(ids(await listAs(w.as.orgAdmin, `?parentId=${w.townA.id}`))).toContain(created.id);
      expect(ids(await listAs(w.as.unitAdminA))).toContain(created.id);
      expect(ids(await listAs(w.as.unitAdminB))).not.toContain(created.id);
      expect((await getAs(w.as.orgAdmin, w.townA.id)).childCount).toBe(before.childCount + 1);
    });

    it('records who created the unit', async () => {
      const res = await w.as.unitAdminA.post('/api/org-units', { parentId: w.townA.id, name: uniq('社区'), kind: 'community' });
      expect(res.status).toBe(201);
      const rows = await auditRows('org_unit.created', (res.body as UnitItem).id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: w.users.unitAdminA.id, actor_username: w.users.unitAdminA.username, outcome: 'success' });
      expect(rows[0]!.details).toMatchObject({ kind: 'community', parentId: w.townA.id });
    });

    it('refuses a kind that cannot sit under the parent (422 org/invalid_parent_kind)', async () => {
      const village = await w.as.orgAdmin.post('/api/org-units', { parentId: w.villageA.id, name: uniq('村'), kind: 'village' });
      expectError(village, 422, 'org/invalid_parent_kind');
      expectError(
        await w.as.orgAdmin.post('/api/org-units', { parentId: w.townA.id, name: uniq('镇'), kind: 'town' }),
        422,
        'org/invalid_parent_kind',
      );
      expectError(
        await w.as.orgAdmin.post('/api/org-units', { parentId: w.root.id, name: uniq('村'), kind: 'village' }),
        422,
        'org/invalid_parent_kind',
      );
      const { count } = (
        (await t.db.query(`SELECT count(*)::int AS count FROM org_units WHERE parent_id = $1`, [w.villageA.id])) as { count: number }[]
      )[0]!;
      expect(count).toBe(0);
    });

    it('refuses a duplicate name under the same parent (409 org/duplicate_name) but allows it elsewhere', async () => {
      expectError(
        await w.as.orgAdmin.post('/api/org-units', { parentId: w.townA.id, name: w.villageA.name, kind: 'village' }),
        409,
        'org/duplicate_name',
      );
      const elsewhere = await w.as.orgAdmin.post('/api/org-units', { parentId: w.townB.id, name: w.villageA.name, kind: 'village' });
      expect(elsewhere.status).toBe(201);
    });

    it('refuses a parent outside the scope with 404', async () => {
      expectError(
        await w.as.unitAdminA.post('/api/org-units', { parentId: w.townB.id, name: uniq('村'), kind: 'village' }),
        404,
        'common/not_found',
      );
      expectError(
        await w.as.unitAdminA.post('/api/org-units', { parentId: w.root.id, name: uniq('镇'), kind: 'town' }),
        404,
        'common/not_found',
      );
    });

    it('refuses a retired parent (422 org/unit_retired)', async () => {
      const retired = await createViaApi(w.townB, 'department');
      expectDone(await w.as.orgAdmin.post(`/api/org-units/${retired.id}/retire`));
      expectError(
        await w.as.orgAdmin.post('/api/org-units', { parentId: retired.id, name: uniq('科'), kind: 'department' }),
        422,
        'org/unit_retired',
      );
    });

    it('is forbidden to roles that may not edit units (403 common/forbidden)', async () => {
      for (const agent of [w.as.cadreA, w.as.lecturerA, w.as.auditor]) {
        expectError(
          await agent.post('/api/org-units', { parentId: w.townA.id, name: uniq('村'), kind: 'village' }),
          403,
          'common/forbidden',
        );
      }
    });

    it('needs a signed-in user (401)', async () => {
      const res = await request(t.http)
        .post('/api/org-units')
        .send({ parentId: w.townA.id, name: uniq('村'), kind: 'village' });
      expectError(res, 401, 'common/unauthenticated');
    });

    it('refuses malformed bodies with 400', async () => {
      const bad = [
        { parentId: w.townA.id, name: uniq('村'), kind: 'castle' },
        { parentId: w.townA.id, kind: 'village' },
        { parentId: w.townA.id, name: '   ', kind: 'village' },
        { parentId: w.townA.id, name: 'x'.repeat(101), kind: 'village' },
        { parentId: 'nope', name: uniq('村'), kind: 'village' },
        { parentId: w.townA.id, name: uniq('村'), kind: 'village', path: '/evil/' },
      ];
      for (const body of bad) expectError(await w.as.orgAdmin.post('/api/org-units', body), 400, 'common/validation_failed');
    });
  });

  // ---- update --------------------------------------------------------------------------------------------------

  describe('PATCH /api/org-units/:id', () => {
    it('renames a unit in scope and records the change', async () => {
      const unit = await createViaApi(w.townA, 'village');
      const name = uniq('改名村');
      const res = await w.as.unitAdminA.patch(`/api/org-units/${unit.id}`, { name });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: unit.id, name });
      expect((await dbUnit(unit.id)).name).toBe(name);
      const rows = await auditRows('org_unit.updated', unit.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: w.users.unitAdminA.id });
      expect(rows[0]!.details).toMatchObject({ before: { name: unit.name }, after: { name } });
    });

    it('lets a unit admin rename their own scope unit', async () => {
      const name = uniq('甲镇');
      const res = await w.as.unitAdminA.patch(`/api/org-units/${w.townA.id}`, { name });
      expect(res.status).toBe(200);
      expect((await dbUnit(w.townA.id)).name).toBe(name);
    });

    it('is 404 for a unit outside the scope, and changes nothing', async () => {
      expectError(await w.as.unitAdminA.patch(`/api/org-units/${w.villageB.id}`, { name: uniq('越权') }), 404, 'common/not_found');
      expect((await dbUnit(w.villageB.id)).name).toBe(w.villageB.name);
    });

    it('refuses a name a sibling already has (409 org/duplicate_name)', async () => {
      const unit = await createViaApi(w.townA, 'village');
      expectError(await w.as.orgAdmin.patch(`/api/org-units/${unit.id}`, { name: w.villageA.name }), 409, 'org/duplicate_name');
    });

    it('refuses a kind that does not fit the parent (422 org/invalid_parent_kind)', async () => {
      const unit = await createViaApi(w.townA, 'village');
      expectError(await w.as.orgAdmin.patch(`/api/org-units/${unit.id}`, { kind: 'town' }), 422, 'org/invalid_parent_kind');
    });

    it('changes the kind only when the parent and the existing sub-units still fit', async () => {
      const town = await createViaApi(w.root, 'town');
      await createViaApi(town, 'village');
      expectError(await w.as.orgAdmin.patch(`/api/org-units/${town.id}`, { kind: 'department' }), 422, 'org/invalid_parent_kind');
      const res = await w.as.orgAdmin.patch(`/api/org-units/${town.id}`, { kind: 'subdistrict' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: town.id, kind: 'subdistrict' });
    });

    it('orders siblings by sortOrder, then by name', async () => {
      const office = await createViaApi(w.townA, 'department');
      const second = await w.as.orgAdmin.post('/api/org-units', { parentId: office.id, name: uniq('a'), kind: 'department', sortOrder: 2 });
      const first = await w.as.orgAdmin.post('/api/org-units', { parentId: office.id, name: uniq('b'), kind: 'department', sortOrder: 1 });
      const third = await w.as.orgAdmin.post('/api/org-units', { parentId: office.id, name: uniq('c'), kind: 'department', sortOrder: 2 });
      const listed = (await listAs(w.as.orgAdmin, `?parentId=${office.id}`)).map((u) => u.id);
      expect(listed).toEqual([first, second, third].map((r) => (r.body as UnitItem).id));
      const moved = await w.as.orgAdmin.patch(`/api/org-units/${(third.body as UnitItem).id}`, { sortOrder: 0 });
      expect(moved.status).toBe(200);
      expect((await listAs(w.as.orgAdmin, `?parentId=${office.id}`))[0]!.id).toBe((third.body as UnitItem).id);
    });

    it('is forbidden to a plain cadre', async () => {
      expectError(await w.as.cadreA.patch(`/api/org-units/${w.villageA.id}`, { name: uniq('村') }), 403, 'common/forbidden');
    });
  });

  // ---- move ----------------------------------------------------------------------------------------------------

  describe('POST /api/org-units/:id/move', () => {
    it('moves a village from town A to town B, with its cadres following into the new scope', async () => {
      const village = await createViaApi(w.townA, 'village');
      const cadre = await createCadre(t.db, village);
      const res = await w.as.orgAdmin.post(`/api/org-units/${village.id}/move`, { parentId: w.townB.id });
      expectDone(res);
      expect(res.body).toMatchObject({ id: village.id, parentId: w.townB.id, depth: 2 });
      expect(await dbUnit(village.id)).toMatchObject({ parent_id: w.townB.id, path: `${w.townB.path}${village.id}/`, depth: 2 });

      expectError(await w.as.unitAdminA.get(`/api/org-units/${village.id}`), 404, 'common/not_found');
      expect((await w.as.unitAdminB.get(`/api/org-units/${village.id}`)).status).toBe(200);
      expectError(await w.as.unitAdminA.get(`/api/users/${cadre.id}`), 404, 'common/not_found');
      expect((await w.as.unitAdminB.get(`/api/users/${cadre.id}`)).status).toBe(200);
    });

    it('moves a whole subtree: every descendant gets the new path prefix and depth', async () => {
      const office = await createViaApi(w.townA, 'department');
      const section = await createViaApi(office, 'department');
      const company = await createViaApi(section, 'enterprise');
      const townABefore = await getAs(w.as.orgAdmin, w.townA.id);
      const townBBefore = await getAs(w.as.orgAdmin, w.townB.id);

      const res = await w.as.orgAdmin.post(`/api/org-units/${office.id}/move`, { parentId: w.townB.id });
      expectDone(res);

      const officePath = `${w.townB.path}${office.id}/`;
      expect(await dbUnit(office.id)).toMatchObject({ parent_id: w.townB.id, path: officePath, depth: 2 });
      expect(await dbUnit(section.id)).toMatchObject({ parent_id: office.id, path: `${officePath}${section.id}/`, depth: 3 });
      expect(await dbUnit(company.id)).toMatchObject({
        parent_id: section.id,
        path: `${officePath}${section.id}/${company.id}/`,
        depth: 4,
      });
      const stale = (await t.db.query(`SELECT count(*)::int AS n FROM org_units WHERE path LIKE $1`, [`${office.path}%`])) as {
        n: number;
      }[];
      expect(stale[0]!.n).toBe(0);

      expect((await getAs(w.as.orgAdmin, w.townA.id)).childCount).toBe(townABefore.childCount - 1);
      expect((await getAs(w.as.orgAdmin, w.townB.id)).childCount).toBe(townBBefore.childCount + 1);
      expect(ids(await listAs(w.as.unitAdminB))).toEqual(expect.arrayContaining([office.id, section.id, company.id]));
      expect(ids(await listAs(w.as.unitAdminA))).not.toContain(company.id);

      const rows = await auditRows('org_unit.moved', office.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: w.users.orgAdmin.id });
      expect(rows[0]!.details).toMatchObject({ fromParentId: w.townA.id, toParentId: w.townB.id });
    });

    it('lets a unit admin move a unit within their own town', async () => {
      const office = await createViaApi(w.townA, 'department');
      const section = await createViaApi(w.townA, 'department');
      expectDone(await w.as.unitAdminA.post(`/api/org-units/${section.id}/move`, { parentId: office.id }));
      expect(await dbUnit(section.id)).toMatchObject({ parent_id: office.id, path: `${office.path}${section.id}/`, depth: 3 });
      expect((await auditRows('org_unit.moved', section.id))[0]).toMatchObject({ actor_id: w.users.unitAdminA.id });
    });

    it('refuses to move a unit under itself or its own descendant (422 org/move_into_own_subtree)', async () => {
      const office = await createViaApi(w.townA, 'department');
      const section = await createViaApi(office, 'department');
      expectError(await w.as.orgAdmin.post(`/api/org-units/${office.id}/move`, { parentId: section.id }), 422, 'org/move_into_own_subtree');
      expectError(await w.as.orgAdmin.post(`/api/org-units/${office.id}/move`, { parentId: office.id }), 422, 'org/move_into_own_subtree');
      expect(await dbUnit(office.id)).toMatchObject({ parent_id: w.townA.id, path: office.path });
      expect(await dbUnit(section.id)).toMatchObject({ parent_id: office.id, path: section.path });
    });

    it('refuses to let a unit admin move their own scope unit (422 org/scope_root_locked), nor the org admin the root', async () => {
      expectError(await w.as.unitAdminA.post(`/api/org-units/${w.townA.id}/move`, { parentId: w.townA.id }), 422, 'org/scope_root_locked');
      expectError(await w.as.orgAdmin.post(`/api/org-units/${w.root.id}/move`, { parentId: w.dept.id }), 422, 'org/scope_root_locked');
      expect(await dbUnit(w.townA.id)).toMatchObject({ parent_id: w.root.id, path: w.townA.path });
    });

    it('is 404 for a unit admin moving into (or out of) another town', async () => {
      const village = await createViaApi(w.townA, 'village');
      expectError(await w.as.unitAdminA.post(`/api/org-units/${village.id}/move`, { parentId: w.townB.id }), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.post(`/api/org-units/${w.villageB.id}/move`, { parentId: w.townA.id }), 404, 'common/not_found');
      expect((await dbUnit(village.id)).parent_id).toBe(w.townA.id);
    });

    it('refuses a new parent of the wrong kind (422 org/invalid_parent_kind)', async () => {
      const village = await createViaApi(w.townA, 'village');
      expectError(await w.as.orgAdmin.post(`/api/org-units/${village.id}/move`, { parentId: w.root.id }), 422, 'org/invalid_parent_kind');
      expectError(
        await w.as.orgAdmin.post(`/api/org-units/${village.id}/move`, { parentId: w.villageB.id }),
        422,
        'org/invalid_parent_kind',
      );
    });

    it('refuses a move that would give the new parent two children of one name (409 org/duplicate_name)', async () => {
      const village = await createViaApi(w.townA, 'village', w.villageB.name);
      expectError(await w.as.orgAdmin.post(`/api/org-units/${village.id}/move`, { parentId: w.townB.id }), 409, 'org/duplicate_name');
    });

    it('is forbidden to a plain cadre', async () => {
      expectError(await w.as.cadreA.post(`/api/org-units/${w.villageA.id}/move`, { parentId: w.townB.id }), 403, 'common/forbidden');
    });
  });

  // ---- retire --------------------------------------------------------------------------------------------------

  describe('POST /api/org-units/:id/retire', () => {
    it('refuses a unit that still has cadres or active sub-units (422 org/unit_not_empty)', async () => {
      expectError(await w.as.orgAdmin.post(`/api/org-units/${w.villageA.id}/retire`), 422, 'org/unit_not_empty');
      const office = await createViaApi(w.townB, 'department');
      await createViaApi(office, 'department');
      expectError(await w.as.orgAdmin.post(`/api/org-units/${office.id}/retire`), 422, 'org/unit_not_empty');
      expect((await dbUnit(office.id)).retired_at).toBeNull();
      expect((await dbUnit(w.villageA.id)).retired_at).toBeNull();
    });

    it('retires an empty unit: gone from the default list, shown with includeRetired=true', async () => {
      const village = await createViaApi(w.townA, 'village');
      const townBefore = await getAs(w.as.orgAdmin, w.townA.id);
      const res = await w.as.unitAdminA.post(`/api/org-units/${village.id}/retire`);
      expectDone(res);
      expect(res.body).toMatchObject({ id: village.id, retired: true });
      expect((await dbUnit(village.id)).retired_at).not.toBeNull();

      expect(ids(await listAs(w.as.orgAdmin))).not.toContain(village.id);
      expect(ids(await listAs(w.as.orgAdmin, `?parentId=${w.townA.id}`))).not.toContain(village.id);
      const withRetired = await listAs(w.as.orgAdmin, '?includeRetired=true');
      expect(withRetired.find((u) => u.id === village.id)).toMatchObject({ retired: true });
      expect((await getAs(w.as.orgAdmin, w.townA.id)).childCount).toBe(townBefore.childCount - 1);

      const rows = await auditRows('org_unit.retired', village.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: w.users.unitAdminA.id, outcome: 'success' });
    });

    it('lets a retired unit free its name for a new sibling', async () => {
      const village = await createViaApi(w.townA, 'village');
      expectDone(await w.as.orgAdmin.post(`/api/org-units/${village.id}/retire`));
      expect((await w.as.orgAdmin.post('/api/org-units', { parentId: w.townA.id, name: village.name, kind: 'village' })).status).toBe(201);
    });

    it('refuses to let a unit admin retire their own scope unit, and is 404 outside the scope', async () => {
      expectError(await w.as.unitAdminA.post(`/api/org-units/${w.townA.id}/retire`), 422, 'org/scope_root_locked');
      const empty = await createViaApi(w.townB, 'village');
      expectError(await w.as.unitAdminA.post(`/api/org-units/${empty.id}/retire`), 404, 'common/not_found');
      expect((await dbUnit(empty.id)).retired_at).toBeNull();
    });

    it('is forbidden to a plain cadre and needs a signed-in user', async () => {
      const empty = await createViaApi(w.townA, 'village');
      expectError(await w.as.cadreA.post(`/api/org-units/${empty.id}/retire`), 403, 'common/forbidden');
      expectError(await request(t.http).post(`/api/org-units/${empty.id}/retire`), 401, 'common/unauthenticated');
    });
  });
});
