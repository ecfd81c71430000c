import { randomUUID } from 'node:crypto';
import type { CampaignTaskStatus } from '@cadre/shared';
import { todayInShanghai } from '../../server/src/common/time';
import type {
  CampaignAreaDto,
  CampaignAreaListDto,
  CampaignOverviewDto,
  CampaignTaskDto,
  CampaignTaskPageDto,
} from '../../server/src/modules/campaign/dto/campaign.dto';
import { createCadre, uniq, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { auditRowsFor, fetchBytes, PDF_BYTES, PNG_BYTES, uploadFileOk } from '../helpers/courses';
import { addDays, detailFields, expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

interface TaskInput {
  areaId: string;
  number: number;
  title: string;
  description?: string;
  leadUnitId: string;
  supportingUnitIds?: string[];
  deadline: string;
}

describe('campaign tasks (8方面34项具体任务)', () => {
  let t: TestApp;
  let w: World;
  /** A unit admin of the department, and an org admin scoped to town A (not the root). */
  let deptAdmin: Agent;
  let townOrgAdmin: Agent;
  let deptAdminUser: CadreRef;
  let area1: CampaignAreaDto;
  let area2: CampaignAreaDto;
  const today = () => todayInShanghai();
  let nextNumber = 1;

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    deptAdminUser = await createCadre(t.db, w.dept, { roles: ['cadre', 'unit_admin'], scopeUnit: w.dept });
    deptAdmin = await signIn(t.http, deptAdminUser);
    townOrgAdmin = await signIn(t.http, await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA }));
    area1 = expectOk<CampaignAreaDto>(await w.as.orgAdmin.post('/api/campaign/areas', { name: '加强党的理论武装' }), 201);
    area2 = expectOk<CampaignAreaDto>(await w.as.orgAdmin.post('/api/campaign/areas', { name: '深化思想纠偏正向' }), 201);
  });
  afterAll(async () => {
    await t?.close();
  });

  function taskBody(lead: UnitRef, overrides: Partial<TaskInput> = {}): TaskInput {
    return { areaId: area1.id, number: nextNumber++, title: uniq('具体任务'), leadUnitId: lead.id, deadline: addDays(today(), 30), ...overrides };
  }

  async function createTask(lead: UnitRef, overrides: Partial<TaskInput> = {}): Promise<CampaignTaskDto> {
    return expectOk<CampaignTaskDto>(await w.as.orgAdmin.post('/api/campaign/tasks', taskBody(lead, overrides)), 201);
  }

  async function report(agent: Agent, id: string, body: { reportedOn?: string; note?: string; completed?: boolean; attachmentIds?: string[] } = {}): Promise<CampaignTaskDto> {
    return expectOk<CampaignTaskDto>(await agent.post(`/api/campaign/tasks/${id}/updates`, { reportedOn: today(), note: '按计划推进', ...body }), 201);
  }

  async function listIds(agent: Agent, query = ''): Promise<string[]> {
    const page = expectOk<CampaignTaskPageDto>(await agent.get(`/api/campaign/tasks?pageSize=100${query}`), 200);
    return page.items.map((x) => x.id);
  }

  // ---- areas -------------------------------------------------------------------------------------------------------

  describe('areas', () => {
    test('the root org admin adds areas in order; each is audited', async () => {
      expect(area1).toMatchObject({ name: '加强党的理论武装', position: 1, taskCount: 0 });
      expect(area2).toMatchObject({ position: 2 });
      const list = expectOk<CampaignAreaListDto>(await w.as.orgAdmin.get('/api/campaign/areas'), 200);
      expect(list.canEdit).toBe(true);
      expect(list.items.map((a) => a.id).slice(0, 2)).toEqual([area1.id, area2.id]);
      const audit = await auditRowsFor(t.db, area1.id, 'campaign_area.created');
      expect(audit).toEqual([expect.objectContaining({ actor_id: w.users.orgAdmin.id, target_type: 'campaign_area', unit_path: w.root.path })]);
    });

    test('a unit admin lists the areas of the campaign above them, but cannot edit them', async () => {
      const list = expectOk<CampaignAreaListDto>(await w.as.unitAdminA.get('/api/campaign/areas'), 200);
      expect(list.canEdit).toBe(false);
      expect(list.items.map((a) => a.id)).toEqual(expect.arrayContaining([area1.id, area2.id]));
      expectError(await w.as.unitAdminA.post('/api/campaign/areas', { name: '新方面' }), 403, 'common/forbidden');
      expectError(await townOrgAdmin.post('/api/campaign/areas', { name: '新方面' }), 403, 'campaign/root_admin_only');
      expectError(await w.as.cadreA.get('/api/campaign/areas'), 403, 'common/forbidden');
    });

    test('a duplicate area name is a 409; an area with tasks cannot be deleted, an empty one can', async () => {
      expectError(await w.as.orgAdmin.post('/api/campaign/areas', { name: '加强党的理论武装' }), 409, 'campaign/duplicate');
      const spare = expectOk<CampaignAreaDto>(await w.as.orgAdmin.post('/api/campaign/areas', { name: uniq('临时方面') }), 201);
      const renamed = expectOk<CampaignAreaDto>(await w.as.orgAdmin.patch(`/api/campaign/areas/${spare.id}`, { name: `${spare.name}（改）`, position: 90 }), 200);
      expect(renamed).toMatchObject({ name: `${spare.name}（改）`, position: 90 });
      await createTask(w.villageA, { areaId: spare.id });
      expectError(await w.as.orgAdmin.delete(`/api/campaign/areas/${spare.id}`), 409, 'campaign/area_in_use');
      const empty = expectOk<CampaignAreaDto>(await w.as.orgAdmin.post('/api/campaign/areas', { name: uniq('空方面') }), 201);
      expect((await w.as.orgAdmin.delete(`/api/campaign/areas/${empty.id}`)).status).toBe(204);
      expect((await auditRowsFor(t.db, empty.id)).map((r) => r.action)).toEqual(['campaign_area.created', 'campaign_area.deleted']);
      expect((await auditRowsFor(t.db, spare.id)).map((r) => r.action)).toEqual(['campaign_area.created', 'campaign_area.updated']);
      expectError(await w.as.orgAdmin.delete(`/api/campaign/areas/${randomUUID()}`), 404, 'common/not_found');
    });
  });

  // ---- creating tasks ----------------------------------------------------------------------------------------------

  describe('creating a task', () => {
    test('the root org admin creates a task with a lead and supporting units; it starts as not started and is audited', async () => {
      const body = taskBody(w.villageA, { description: '制定学习计划并组织实施', supportingUnitIds: [w.dept.id, w.townB.id] });
      const created = expectOk<CampaignTaskDto>(await w.as.orgAdmin.post('/api/campaign/tasks', body), 201);
      expect(created).toMatchObject({
        areaId: area1.id,
        areaName: area1.name,
        number: body.number,
        title: body.title,
        description: '制定学习计划并组织实施',
        leadUnitId: w.villageA.id,
        leadUnitName: w.villageA.name,
        deadline: body.deadline,
        status: 'not_started',
        updateCount: 0,
        lastReportedOn: null,
        updates: [],
        createdByName: w.users.orgAdmin.name,
        can: { edit: true, postUpdate: true },
      });
      expect(created.supportingUnits.map((u) => u.id).sort()).toEqual([w.dept.id, w.townB.id].sort());
      const audit = await auditRowsFor(t.db, created.id);
      expect(audit).toEqual([
        expect.objectContaining({ action: 'campaign_task.created', actor_id: w.users.orgAdmin.id, target_type: 'campaign_task', unit_path: w.villageA.path }),
      ]);
      expect(audit[0]!.details).toMatchObject({ title: body.title, leadUnitId: w.villageA.id, deadline: body.deadline });
    });

    test('only an org admin of the root may create: 403 for unit admins, cadres, the auditor and a town-scoped org admin', async () => {
      const body = taskBody(w.villageA);
      expectError(await w.as.unitAdminA.post('/api/campaign/tasks', body), 403, 'common/forbidden');
      expectError(await w.as.cadreA.post('/api/campaign/tasks', body), 403, 'common/forbidden');
      expectError(await w.as.auditor.post('/api/campaign/tasks', body), 403, 'common/forbidden');
      expectError(await townOrgAdmin.post('/api/campaign/tasks', body), 403, 'campaign/root_admin_only');
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM campaign_tasks WHERE title = $1', [body.title])) as [{ n: number }];
      expect(n).toBe(0);
    });

    test('malformed bodies are 400s naming each field', async () => {
      const res = await w.as.orgAdmin.post('/api/campaign/tasks', {
        areaId: 'nope',
        number: 0,
        title: '',
        leadUnitId: w.villageA.id,
        supportingUnitIds: ['x'],
        deadline: '2026-02-30',
        extra: 1,
      });
      expectError(res, 400, 'common/validation_failed');
      expect(detailFields(res)).toEqual(expect.arrayContaining(['areaId', 'number', 'title', 'supportingUnitIds', 'deadline', 'extra']));
      const missing = await w.as.orgAdmin.post('/api/campaign/tasks', { areaId: area1.id });
      expectError(missing, 400, 'common/validation_failed');
      expect(detailFields(missing)).toEqual(expect.arrayContaining(['number', 'title', 'leadUnitId', 'deadline']));
    });

    test('unknown units and areas are 404s naming the field; lead as supporting is a 422; a taken number a 409', async () => {
      const unknownLead = await w.as.orgAdmin.post('/api/campaign/tasks', taskBody(w.villageA, { leadUnitId: randomUUID(), supportingUnitIds: [w.dept.id, randomUUID()] }));
      expectError(unknownLead, 404, 'common/not_found');
      expect(detailFields(unknownLead)).toEqual(['leadUnitId', 'supportingUnitIds.1']);
      const unknownArea = await w.as.orgAdmin.post('/api/campaign/tasks', taskBody(w.villageA, { areaId: randomUUID() }));
      expectError(unknownArea, 404, 'common/not_found');
      expect(detailFields(unknownArea)).toEqual(['areaId']);
      const both = await w.as.orgAdmin.post('/api/campaign/tasks', taskBody(w.villageA, { supportingUnitIds: [w.dept.id, w.villageA.id] }));
      expectError(both, 422, 'campaign/lead_also_supporting');
      expect(detailFields(both)).toEqual(['supportingUnitIds.1']);
      const first = await createTask(w.villageA);
      const clash = await w.as.orgAdmin.post('/api/campaign/tasks', taskBody(w.villageA, { number: first.number }));
      expectError(clash, 409, 'campaign/duplicate');
      expect(detailFields(clash)).toEqual(['number']);
    });
  });

  // ---- scope -------------------------------------------------------------------------------------------------------

  describe('scope', () => {
    let ledByVillageA: CampaignTaskDto;
    let ledByTownB: CampaignTaskDto;
    let ledByDeptWithTownA: CampaignTaskDto;

    beforeAll(async () => {
      ledByVillageA = await createTask(w.villageA, { areaId: area2.id });
      ledByTownB = await createTask(w.townB, { areaId: area2.id });
      ledByDeptWithTownA = await createTask(w.dept, { areaId: area2.id, supportingUnitIds: [w.townA.id] });
    });

    test('lists show the tasks whose lead or a supporting unit is in scope', async () => {
      const q = `&areaId=${area2.id}`;
      expect((await listIds(w.as.orgAdmin, q)).sort()).toEqual([ledByVillageA.id, ledByTownB.id, ledByDeptWithTownA.id].sort());
      expect((await listIds(w.as.unitAdminA, q)).sort()).toEqual([ledByVillageA.id, ledByDeptWithTownA.id].sort());
      expect(await listIds(w.as.unitAdminB, q)).toEqual([ledByTownB.id]);
      expect(await listIds(deptAdmin, q)).toEqual([ledByDeptWithTownA.id]);
      expect(await listIds(w.as.unitAdminA, `${q}&leadUnitId=${w.dept.id}`)).toEqual([ledByDeptWithTownA.id]);
      expect(await listIds(w.as.orgAdmin, `${q}&q=${encodeURIComponent(ledByTownB.title)}`)).toEqual([ledByTownB.id]);
    });

    test('a task outside scope is a 404 by id; cadres, lecturers and the auditor get 403', async () => {
      expectOk(await w.as.unitAdminA.get(`/api/campaign/tasks/${ledByDeptWithTownA.id}`), 200);
      expectError(await w.as.unitAdminA.get(`/api/campaign/tasks/${ledByTownB.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.get(`/api/campaign/tasks/${ledByVillageA.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.get(`/api/campaign/tasks/${randomUUID()}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.get('/api/campaign/tasks/not-a-uuid'), 400, 'common/validation_failed');
      for (const agent of [w.as.cadreA, w.as.lecturerA, w.as.auditor]) {
        expectError(await agent.get('/api/campaign/tasks'), 403, 'common/forbidden');
        expectError(await agent.get(`/api/campaign/tasks/${ledByVillageA.id}`), 403, 'common/forbidden');
      }
      const asUnitAdmin = expectOk<CampaignTaskDto>(await w.as.unitAdminA.get(`/api/campaign/tasks/${ledByVillageA.id}`), 200);
      // Town A's admin covers the village that leads the task, so they may also complete it.
      expect(asUnitAdmin.can).toEqual({ edit: false, postUpdate: true, complete: true });
    });

    test('moving the lead unit by an edit moves the task between scopes; the edit is audited and unit admins cannot edit', async () => {
      const task = await createTask(w.townB, { areaId: area2.id });
      expectError(await w.as.unitAdminA.get(`/api/campaign/tasks/${task.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.patch(`/api/campaign/tasks/${task.id}`, { title: '改' }), 403, 'common/forbidden');
      const edited = expectOk<CampaignTaskDto>(
        await w.as.orgAdmin.patch(`/api/campaign/tasks/${task.id}`, { leadUnitId: w.villageA.id, supportingUnitIds: [w.dept.id], deadline: addDays(today(), 60) }),
        200,
      );
      expect(edited).toMatchObject({ leadUnitId: w.villageA.id, deadline: addDays(today(), 60), supportingUnits: [{ id: w.dept.id, name: w.dept.name }] });
      expectOk(await w.as.unitAdminA.get(`/api/campaign/tasks/${task.id}`), 200);
      expectError(await w.as.unitAdminB.get(`/api/campaign/tasks/${task.id}`), 404, 'common/not_found');
      const audit = await auditRowsFor(t.db, task.id, 'campaign_task.updated');
      expect(audit).toEqual([expect.objectContaining({ actor_id: w.users.orgAdmin.id, unit_path: w.villageA.path })]);
      expect(audit[0]!.details).toEqual({ fields: ['leadUnitId', 'supportingUnitIds', 'deadline'] });
      expectError(await w.as.orgAdmin.patch(`/api/campaign/tasks/${task.id}`, { supportingUnitIds: [w.villageA.id] }), 422, 'campaign/lead_also_supporting');
      expectError(await w.as.orgAdmin.patch(`/api/campaign/tasks/${randomUUID()}`, { title: '改' }), 404, 'common/not_found');
    });
  });

  // ---- progress updates --------------------------------------------------------------------------------------------

  describe('progress updates', () => {
    test('the lead unit\'s admin reports progress with attachments; the task is on track and the report audited', async () => {
      const task = await createTask(w.villageA, { supportingUnitIds: [w.dept.id] });
      const pdf = await uploadFileOk(w.as.unitAdminA, 'campaign_attachment', PDF_BYTES, '实施方案.pdf', 'application/pdf');
      const png = await uploadFileOk(w.as.unitAdminA, 'campaign_attachment', PNG_BYTES, '现场.png', 'image/png');
      const after = await report(w.as.unitAdminA, task.id, { reportedOn: addDays(today(), -2), note: '召开专题会议，印发实施方案', attachmentIds: [pdf.id, png.id] });
      expect(after).toMatchObject({ status: 'on_track', updateCount: 1, lastReportedOn: addDays(today(), -2) });
      expect(after.updates).toHaveLength(1);
      expect(after.updates[0]).toMatchObject({ reportedOn: addDays(today(), -2), note: '召开专题会议，印发实施方案', completed: false, authorName: w.users.unitAdminA.name });
      expect(after.updates[0]!.attachments.map((f) => f.name)).toEqual(['实施方案.pdf', '现场.png']);
      expect(after.updates[0]!.attachments[1]!.thumbnailUrl).toEqual(expect.stringContaining('thumb=1'));
      const bytes = await fetchBytes(t.http, after.updates[0]!.attachments[0]!.url);
      expect(bytes.status).toBe(200);
      expect(Buffer.compare(bytes.body as Buffer, PDF_BYTES)).toBe(0);

      // A supporting unit's admin reports too; the newest comes first.
      const second = await report(deptAdmin, task.id, { note: '配合完成调研' });
      expect(second.updates.map((u) => u.authorName)).toEqual([deptAdminUser.name, w.users.unitAdminA.name]);

      const audit = await auditRowsFor(t.db, task.id, 'campaign_task.progress_reported');
      expect(audit.map((r) => r.actor_id)).toEqual([w.users.unitAdminA.id, deptAdminUser.id]);
      expect(audit[0]).toMatchObject({ unit_path: w.villageA.path, details: { reportedOn: addDays(today(), -2), completed: false, attachments: 2 } });
    });

    test('a supporting unit reports progress but cannot complete the task (422 campaign/lead_unit_only); the lead unit completes it', async () => {
      // The review's case: 龙门镇 (town A) only supports a task the department leads.
      const task = await createTask(w.dept, { supportingUnitIds: [w.townA.id] });
      const updates = async () => ((await t.db.query('SELECT completed FROM campaign_task_updates WHERE task_id = $1 ORDER BY created_at', [task.id])) as { completed: boolean }[]).map((u) => u.completed);
      expect(expectOk<CampaignTaskDto>(await w.as.unitAdminA.get(`/api/campaign/tasks/${task.id}`), 200).can).toMatchObject({ postUpdate: true, complete: false });
      for (const supporter of [w.as.unitAdminA, townOrgAdmin]) {
        const closing = await supporter.post(`/api/campaign/tasks/${task.id}/updates`, { reportedOn: today(), note: '已完成', completed: true });
        expectError(closing, 422, 'campaign/lead_unit_only');
        expect(detailFields(closing)).toEqual(['completed']);
      }
      expect(await updates()).toEqual([]);

      const progress = await report(w.as.unitAdminA, task.id, { note: '配合开展宣讲', completed: false });
      expect(progress.status).toBe('on_track');

      expect(expectOk<CampaignTaskDto>(await deptAdmin.get(`/api/campaign/tasks/${task.id}`), 200).can).toMatchObject({ postUpdate: true, complete: true });
      expect((await report(deptAdmin, task.id, { note: '全部完成', completed: true })).status).toBe('done');
      expect(await updates()).toEqual([false, true]);
    });

    test('once the lead unit has completed a task, a supporting unit cannot reopen it with a later report; the lead and the root org admin can', async () => {
      const task = await createTask(w.dept, { supportingUnitIds: [w.townA.id] });
      await report(deptAdmin, task.id, { note: '全部完成', completed: true });
      const seen = expectOk<CampaignTaskDto>(await w.as.unitAdminA.get(`/api/campaign/tasks/${task.id}`), 200);
      expect(seen).toMatchObject({ status: 'done', can: { postUpdate: false, complete: false } });
      expectError(await w.as.unitAdminA.post(`/api/campaign/tasks/${task.id}/updates`, { reportedOn: today(), note: '补充材料' }), 422, 'campaign/lead_unit_only');
      expect(expectOk<CampaignTaskDto>(await w.as.orgAdmin.get(`/api/campaign/tasks/${task.id}`), 200)).toMatchObject({ status: 'done', updateCount: 1 });

      // The root's org admin covers every lead unit: it may reopen and close the task.
      expect((await report(w.as.orgAdmin, task.id, { note: '复查发现问题，重新整改' })).status).toBe('on_track');
      expect((await report(w.as.orgAdmin, task.id, { note: '整改完成', completed: true })).status).toBe('done');
    });

    test('admins outside the task\'s units get 404; cadres 403; nothing is written', async () => {
      const task = await createTask(w.villageA);
      expectError(await w.as.unitAdminB.post(`/api/campaign/tasks/${task.id}/updates`, { reportedOn: today(), note: '越权' }), 404, 'common/not_found');
      expectError(await deptAdmin.post(`/api/campaign/tasks/${task.id}/updates`, { reportedOn: today(), note: '越权' }), 404, 'common/not_found');
      expectError(await w.as.cadreA.post(`/api/campaign/tasks/${task.id}/updates`, { reportedOn: today(), note: '越权' }), 403, 'common/forbidden');
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM campaign_task_updates WHERE task_id = $1', [task.id])) as [{ n: number }];
      expect(n).toBe(0);
    });

    test('a future date is a 422, a malformed update a 400 naming the fields, a foreign or wrong-purpose file a 404', async () => {
      const task = await createTask(w.villageA);
      const future = await w.as.unitAdminA.post(`/api/campaign/tasks/${task.id}/updates`, { reportedOn: addDays(today(), 1), note: '提前' });
      expectError(future, 422, 'campaign/reported_in_future');
      expect(detailFields(future)).toEqual(['reportedOn']);
      const bad = await w.as.unitAdminA.post(`/api/campaign/tasks/${task.id}/updates`, { reportedOn: '2026-13-01', note: '', completed: 'yes', attachmentIds: ['x'] });
      expectError(bad, 400, 'common/validation_failed');
      expect(detailFields(bad)).toEqual(expect.arrayContaining(['reportedOn', 'note', 'completed', 'attachmentIds']));
      const othersFile = await uploadFileOk(w.as.unitAdminB, 'campaign_attachment', PDF_BYTES, 'b.pdf', 'application/pdf');
      const foreign = await w.as.unitAdminA.post(`/api/campaign/tasks/${task.id}/updates`, { reportedOn: today(), note: '附件', attachmentIds: [othersFile.id] });
      expectError(foreign, 404, 'common/not_found');
      expect(detailFields(foreign)).toEqual(['attachmentIds.0']);
      const study = await uploadFileOk(w.as.unitAdminA, 'study_attachment', PDF_BYTES, 's.pdf', 'application/pdf');
      expectError(await w.as.unitAdminA.post(`/api/campaign/tasks/${task.id}/updates`, { reportedOn: today(), note: '附件', attachmentIds: [study.id] }), 404, 'common/not_found');
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM campaign_task_updates WHERE task_id = $1', [task.id])) as [{ n: number }];
      expect(n).toBe(0);
      expectError(await w.as.cadreA.post('/api/files?purpose=campaign_attachment').attach('file', PDF_BYTES, 'c.pdf'), 403, 'common/forbidden');
    });
  });

  // ---- status derivation and the overview --------------------------------------------------------------------------

  describe('status derivation and the overview', () => {
    let statusArea: CampaignAreaDto;
    const ids: Record<string, string> = {};

    /*
     * Eight tasks with known histories (today = T):
     *   S1 deadline T-1, no update                              → overdue      (lead village A)
     *   S2 deadline T-1, an update, not complete                → overdue      (lead village A)
     *   S3 deadline T-1, latest update complete (on T-3)        → done         (lead town B)
     *   S4 deadline T+10, no update                             → not_started  (lead town B)
     *   S5 deadline T+10, one update                            → on_track     (lead department)
     *   S6 deadline T+10, complete on T-5, then reopened on T-1 → on_track     (lead department)
     *   S7 deadline T+10, complete on T-1, an older-dated update posted later (T-4) → done (lead department)
     *   S8 deadline T (today is not past it), no update          → not_started  (lead department)
     */
    beforeAll(async () => {
      statusArea = expectOk<CampaignAreaDto>(await w.as.orgAdmin.post('/api/campaign/areas', { name: uniq('状态方面') }), 201);
      const T = today();
      const make = async (key: string, lead: UnitRef, deadline: string) => {
        ids[key] = (await createTask(lead, { areaId: statusArea.id, deadline, title: `${key}-${uniq('任务')}` })).id;
      };
      await make('S1', w.villageA, addDays(T, -1));
      await make('S2', w.villageA, addDays(T, -1));
      await make('S3', w.townB, addDays(T, -1));
      await make('S4', w.townB, addDays(T, 10));
      await make('S5', w.dept, addDays(T, 10));
      await make('S6', w.dept, addDays(T, 10));
      await make('S7', w.dept, addDays(T, 10));
      await make('S8', w.dept, T);
      await report(w.as.unitAdminA, ids.S2!, { reportedOn: addDays(T, -20) });
      await report(w.as.unitAdminB, ids.S3!, { reportedOn: addDays(T, -10) });
      await report(w.as.unitAdminB, ids.S3!, { reportedOn: addDays(T, -3), completed: true });
      await report(deptAdmin, ids.S5!, { reportedOn: addDays(T, -2) });
      await report(deptAdmin, ids.S6!, { reportedOn: addDays(T, -5), completed: true });
      await report(deptAdmin, ids.S6!, { reportedOn: addDays(T, -1), note: '复查发现问题，重新整改' });
      await report(deptAdmin, ids.S7!, { reportedOn: addDays(T, -1), completed: true });
      await report(deptAdmin, ids.S7!, { reportedOn: addDays(T, -4), note: '补报前期进展' });
    });

    test('each task\'s status follows its latest update and its deadline', async () => {
      const page = expectOk<CampaignTaskPageDto>(await w.as.orgAdmin.get(`/api/campaign/tasks?areaId=${statusArea.id}&pageSize=100`), 200);
      const status = Object.fromEntries(page.items.map((x) => [x.title.slice(0, 2), x.status]));
      expect(status).toEqual({ S1: 'overdue', S2: 'overdue', S3: 'done', S4: 'not_started', S5: 'on_track', S6: 'on_track', S7: 'done', S8: 'not_started' });
      const s7 = page.items.find((x) => x.id === ids.S7)!;
      expect(s7).toMatchObject({ updateCount: 2, lastReportedOn: addDays(today(), -1) });
      const one = expectOk<CampaignTaskDto>(await w.as.orgAdmin.get(`/api/campaign/tasks/${ids.S3}`), 200);
      expect(one.status).toBe('done');
    });

    test('the status filter selects by the derived status', async () => {
      const pick = async (status: CampaignTaskStatus) => (await listIds(w.as.orgAdmin, `&areaId=${statusArea.id}&status=${status}`)).sort();
      expect(await pick('overdue')).toEqual([ids.S1, ids.S2].sort());
      expect(await pick('done')).toEqual([ids.S3, ids.S7].sort());
      expect(await pick('on_track')).toEqual([ids.S5, ids.S6].sort());
      expect(await pick('not_started')).toEqual([ids.S4, ids.S8].sort());
      expectError(await w.as.orgAdmin.get('/api/campaign/tasks?status=late'), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.get('/api/campaign/tasks?pageSize=101'), 400, 'common/validation_failed');
    });

    test('the overview counts tasks by status per area and per lead unit, the most overdue and least done first', async () => {
      const o = expectOk<CampaignOverviewDto>(await w.as.orgAdmin.get(`/api/campaign/overview?areaId=${statusArea.id}`), 200);
      expect(o.asOf).toBe(today());
      expect(o.totals).toEqual({ not_started: 2, on_track: 2, overdue: 2, done: 2, total: 8 });
      expect(o.byArea).toEqual([{ key: statusArea.id, label: statusArea.name, not_started: 2, on_track: 2, overdue: 2, done: 2, total: 8, doneRate: 0.25 }]);
      expect(o.byLeadUnit).toEqual([
        { key: w.villageA.id, label: w.villageA.name, not_started: 0, on_track: 0, overdue: 2, done: 0, total: 2, doneRate: 0 },
        { key: w.dept.id, label: w.dept.name, not_started: 1, on_track: 2, overdue: 0, done: 1, total: 4, doneRate: 0.25 },
        { key: w.townB.id, label: w.townB.name, not_started: 1, on_track: 0, overdue: 0, done: 1, total: 2, doneRate: 0.5 },
      ]);
      const overdueOnly = expectOk<CampaignOverviewDto>(await w.as.orgAdmin.get(`/api/campaign/overview?areaId=${statusArea.id}&status=overdue`), 200);
      expect(overdueOnly.totals).toEqual({ not_started: 0, on_track: 0, overdue: 2, done: 0, total: 2 });
      expect(overdueOnly.byLeadUnit.map((r) => r.key)).toEqual([w.villageA.id]);
    });

    test('a unit admin\'s overview counts only the tasks in their scope', async () => {
      const o = expectOk<CampaignOverviewDto>(await w.as.unitAdminB.get(`/api/campaign/overview?areaId=${statusArea.id}`), 200);
      expect(o.totals).toEqual({ not_started: 1, on_track: 0, overdue: 0, done: 1, total: 2 });
      expect(o.byLeadUnit.map((r) => r.key)).toEqual([w.townB.id]);
      const all = expectOk<CampaignOverviewDto>(await w.as.unitAdminB.get('/api/campaign/overview'), 200);
      expect(all.byArea.map((r) => r.key)).toEqual(expect.arrayContaining([area1.id, area2.id, statusArea.id]));
      expectError(await w.as.cadreB.get('/api/campaign/overview'), 403, 'common/forbidden');
    });
  });
});
