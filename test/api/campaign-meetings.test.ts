import { todayInShanghai } from '../../server/src/common/time';
import type { CampaignAreaDto, CampaignTaskDto } from '../../server/src/modules/campaign/dto/campaign.dto';
import type { CampaignDecisionDto, CampaignDecisionPageDto, CampaignMeetingDto, CampaignMeetingPageDto, CampaignRhythmDto } from '../../server/src/modules/campaign/dto/meetings.dto';
import { notifyOverdueDecisions } from '../../server/src/modules/campaign/decision-reminders.job';
import { createCadre, createRoot, uniq, type CadreRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { auditRowsFor, PDF_BYTES, uploadFileOk } from '../helpers/courses';
import { addDays, detailFields, expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

interface DecisionInput {
  content: string;
  ownerUnitId: string;
  deadline: string;
  taskId?: string;
}

describe('campaign dispatch meetings (调度会议) and decisions (议定事项)', () => {
  let t: TestApp;
  let w: World;
  let townOrgAdmin: Agent;
  let townOrgAdminUser: CadreRef;
  let otherCity: Agent;
  let outsider: CadreRef;
  let task: CampaignTaskDto;
  const today = () => todayInShanghai();

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    townOrgAdminUser = await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA });
    townOrgAdmin = await signIn(t.http, townOrgAdminUser);
    const other = await createRoot(t.db);
    outsider = await createCadre(t.db, other);
    otherCity = await signIn(t.http, await createCadre(t.db, other, { roles: ['cadre', 'org_admin'], scopeUnit: other }));
    const area = expectOk<CampaignAreaDto>(await w.as.orgAdmin.post('/api/campaign/areas', { name: '加强党的理论武装' }), 201);
    task = expectOk<CampaignTaskDto>(
      await w.as.orgAdmin.post('/api/campaign/tasks', { areaId: area.id, number: 1, title: uniq('理论宣讲'), leadUnitId: w.townA.id, deadline: addDays(today(), 60) }),
      201,
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  function meetingBody(overrides: Record<string, unknown> = {}) {
    return {
      kind: 'monthly',
      heldOn: today(),
      title: uniq('专班调度会'),
      chairId: w.users.orgAdmin.id,
      attendeeIds: [w.users.orgAdmin.id, w.users.unitAdminA.id, w.users.unitAdminB.id],
      unitIds: [w.townA.id, w.townB.id],
      agenda: ['通报各单位任务进展', '研究理论宣讲安排'],
      minutes: '会议听取了各单位进展汇报。',
      decisions: [] as DecisionInput[],
      ...overrides,
    };
  }

  async function record(overrides: Record<string, unknown> = {}, agent = w.as.orgAdmin): Promise<CampaignMeetingDto> {
    return expectOk<CampaignMeetingDto>(await agent.post('/api/campaign/meetings', meetingBody(overrides)), 201);
  }

  async function decisionsOf(agent: Agent, query = ''): Promise<CampaignDecisionDto[]> {
    return expectOk<CampaignDecisionPageDto>(await agent.get(`/api/campaign/decisions?pageSize=100${query}`), 200).items;
  }

  describe('recording a meeting', () => {
    test('the root org admin records a monthly 调度会 with people, agenda, minutes, a file and two decisions; audited', async () => {
      const file = await uploadFileOk(w.as.orgAdmin, 'campaign_attachment', PDF_BYTES, '会议纪要.pdf', 'application/pdf');
      const m = await record({
        attachmentIds: [file.id],
        decisions: [
          { content: '龙门镇下周完成宣讲安排', ownerUnitId: w.townA.id, deadline: addDays(today(), 7), taskId: task.id },
          { content: '二镇报送宣讲计划', ownerUnitId: w.townB.id, deadline: addDays(today(), 14) },
        ],
      });
      expect(m).toMatchObject({ kind: 'monthly', heldOn: today(), attendeeCount: 3, decisionCount: 2, decisionsOpen: 2, canEdit: true, agenda: ['通报各单位任务进展', '研究理论宣讲安排'] });
      expect(m.chair.id).toBe(w.users.orgAdmin.id);
      expect(m.units.map((u) => u.id).sort()).toEqual([w.townA.id, w.townB.id].sort());
      expect(m.attachments.map((a) => a.id)).toEqual([file.id]);
      expect(m.decisions.map((d) => [d.ownerUnitId, d.status, d.taskId])).toEqual([
        [w.townA.id, 'open', task.id],
        [w.townB.id, 'open', null],
      ]);
      expect(m.decisions[0]!.taskTitle).toContain(task.title);
      const audit = await auditRowsFor(t.db, m.id, 'campaign_meeting.created');
      expect(audit).toEqual([expect.objectContaining({ actor_id: w.users.orgAdmin.id, target_type: 'campaign_meeting', unit_path: w.root.path })]);
      expect(audit[0]!.details).toMatchObject({ kind: 'monthly', decisions: 2, attachments: 1 });
    });

    test('a decision about a task shows on the task page', async () => {
      const m = await record({ decisions: [{ content: uniq('任务议定'), ownerUnitId: w.townA.id, deadline: addDays(today(), 3), taskId: task.id }] });
      const page = expectOk<CampaignTaskDto>(await w.as.unitAdminA.get(`/api/campaign/tasks/${task.id}`), 200);
      expect(page.decisions.map((d) => d.id)).toContain(m.decisions[0]!.id);
      expect(page.decisions.find((d) => d.id === m.decisions[0]!.id)).toMatchObject({ canMark: true, meetingId: m.id });
    });

    test('rejects malformed bodies with 400 and field details', async () => {
      expectError(await w.as.orgAdmin.post('/api/campaign/meetings', meetingBody({ kind: 'daily' })), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.post('/api/campaign/meetings', meetingBody({ heldOn: '2026-02-30' })), 400, 'common/validation_failed');
      expectError(await w.as.orgAdmin.post('/api/campaign/meetings', meetingBody({ extra: 1 })), 400, 'common/validation_failed');
      const bad = await w.as.orgAdmin.post('/api/campaign/meetings', meetingBody({ decisions: [{ content: '', ownerUnitId: 'x', deadline: 'soon' }] }));
      expectError(bad, 400, 'common/validation_failed');
      expect(detailFields(bad).sort()).toEqual(['decisions.0.content', 'decisions.0.deadline', 'decisions.0.ownerUnitId']);
      expectError(await w.as.orgAdmin.post('/api/campaign/meetings', meetingBody({ agenda: ['x'.repeat(501)] })), 400, 'common/validation_failed');
    });

    test('a meeting in the future is a 422; people, units and tasks outside the campaign are 404 with the field, and nothing is written', async () => {
      expectError(await w.as.orgAdmin.post('/api/campaign/meetings', meetingBody({ heldOn: addDays(today(), 1) })), 422, 'campaign/held_in_future');
      const title = uniq('越界会议');
      const res = await w.as.orgAdmin.post(
        '/api/campaign/meetings',
        meetingBody({ title, attendeeIds: [w.users.cadreA.id, outsider.id], decisions: [{ content: 'x', ownerUnitId: w.townA.id, deadline: today(), taskId: w.townA.id }] }),
      );
      expectError(res, 404, 'common/not_found');
      expect(detailFields(res).sort()).toEqual(['attendeeIds.1', 'decisions.0.taskId']);
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM campaign_meetings WHERE title = $1', [title])) as [{ n: number }];
      expect(n).toBe(0);
    });

    test('only an org admin of the root records meetings: 403 for a unit admin by role, for a town org admin by code', async () => {
      expectError(await w.as.unitAdminA.post('/api/campaign/meetings', meetingBody()), 403, 'common/forbidden');
      expectError(await townOrgAdmin.post('/api/campaign/meetings', meetingBody({ chairId: w.users.unitAdminA.id, attendeeIds: [], unitIds: [] })), 403, 'campaign/root_admin_only');
    });

    test('cadres and the auditor may not read meetings or decisions (403)', async () => {
      for (const agent of [w.as.cadreA, w.as.auditor, w.as.lecturerA]) {
        expect((await agent.get('/api/campaign/meetings')).status).toBe(403);
        expect((await agent.get('/api/campaign/decisions')).status).toBe(403);
      }
    });
  });

  describe('scope', () => {
    test('every admin of the campaign reads its meetings; another city gets 404 by id and never lists them', async () => {
      const m = await record();
      expect(expectOk<CampaignMeetingDto>(await w.as.unitAdminB.get(`/api/campaign/meetings/${m.id}`), 200).canEdit).toBe(false);
      expectError(await otherCity.get(`/api/campaign/meetings/${m.id}`), 404, 'common/not_found');
      const list = expectOk<CampaignMeetingPageDto>(await otherCity.get('/api/campaign/meetings?pageSize=100'), 200);
      expect(list.items.map((x) => x.id)).not.toContain(m.id);
      expectError(await otherCity.post(`/api/campaign/meetings/${m.id}/decisions`, { content: 'x', ownerUnitId: w.townA.id, deadline: today() }), 404, 'common/not_found');
    });

    test('the to-do list holds the decisions of units in scope only; marking another town\'s decision is a 404', async () => {
      const m = await record({
        decisions: [
          { content: uniq('甲镇事项'), ownerUnitId: w.villageA.id, deadline: addDays(today(), 5) },
          { content: uniq('乙镇事项'), ownerUnitId: w.townB.id, deadline: addDays(today(), 5) },
        ],
      });
      const [mineA, theirsB] = m.decisions;
      const listA = (await decisionsOf(w.as.unitAdminA, `&meetingId=${m.id}`)).map((d) => d.id);
      expect(listA).toEqual([mineA!.id]);
      expect((await decisionsOf(w.as.unitAdminB, `&meetingId=${m.id}`)).map((d) => d.id)).toEqual([theirsB!.id]);
      expect((await decisionsOf(w.as.orgAdmin, `&meetingId=${m.id}`)).length).toBe(2);
      expectError(await w.as.unitAdminA.post(`/api/campaign/decisions/${theirsB!.id}/done`, {}), 404, 'common/not_found');
      expectError(await otherCity.post(`/api/campaign/decisions/${mineA!.id}/done`, {}), 404, 'common/not_found');
      // The meeting shows both decisions to town A, marking only its own.
      const seen = expectOk<CampaignMeetingDto>(await w.as.unitAdminA.get(`/api/campaign/meetings/${m.id}`), 200);
      expect(seen.decisions.map((d) => d.canMark)).toEqual([true, false]);
    });
  });

  describe('follow-up', () => {
    test('the owner unit marks a decision done once: a second mark is 409, reopening brings it back; both audited', async () => {
      const m = await record({ decisions: [{ content: uniq('办结事项'), ownerUnitId: w.townA.id, deadline: addDays(today(), 5) }] });
      const id = m.decisions[0]!.id;
      const done = expectOk<CampaignDecisionDto>(await w.as.unitAdminA.post(`/api/campaign/decisions/${id}/done`, { note: '已完成宣讲安排' }), 200);
      expect(done).toMatchObject({ status: 'done', doneOn: today(), doneNote: '已完成宣讲安排', doneByName: w.users.unitAdminA.name });
      expectError(await w.as.unitAdminA.post(`/api/campaign/decisions/${id}/done`, {}), 409, 'campaign/decision_state');
      expect(expectOk<CampaignMeetingDto>(await w.as.orgAdmin.get(`/api/campaign/meetings/${m.id}`), 200).decisionsOpen).toBe(0);
      expect(expectOk<CampaignDecisionDto>(await w.as.orgAdmin.post(`/api/campaign/decisions/${id}/reopen`), 200)).toMatchObject({ status: 'open', doneOn: null });
      expectError(await w.as.orgAdmin.post(`/api/campaign/decisions/${id}/reopen`), 409, 'campaign/decision_state');
      const audit = await auditRowsFor(t.db, id);
      expect(audit.map((a) => [a.action, a.actor_id, a.unit_path])).toEqual([
        ['campaign_decision.done', w.users.unitAdminA.id, w.townA.path],
        ['campaign_decision.reopened', w.users.orgAdmin.id, w.townA.path],
      ]);
    });

    test('an open decision past its deadline is overdue, listed first, and its owner unit\'s admins are reminded once by the daily job', async () => {
      const m = await record({
        heldOn: addDays(today(), -20),
        decisions: [
          { content: uniq('逾期事项'), ownerUnitId: w.villageA.id, deadline: addDays(today(), -1) },
          { content: uniq('未到期事项'), ownerUnitId: w.townA.id, deadline: addDays(today(), 10) },
        ],
      });
      const [late, open] = m.decisions;
      expect([late!.status, open!.status]).toEqual(['overdue', 'open']);
      const overdue = await decisionsOf(w.as.unitAdminA, '&status=overdue');
      expect(overdue.map((d) => d.id)).toContain(late!.id);
      expect(overdue.map((d) => d.id)).not.toContain(open!.id);
      expect((await decisionsOf(w.as.unitAdminA))[0]!.status).toBe('overdue');

      const run = () => t.db.transaction((tx) => notifyOverdueDecisions(tx, today()));
      const first = await run();
      expect(first.decisions).toBeGreaterThanOrEqual(1);
      const notes = (await t.db.query(`SELECT user_id, title, link FROM notifications WHERE kind = 'decision_overdue' AND title LIKE $1`, [
        `%${late!.content}%`,
      ])) as { user_id: string; link: string }[];
      // Town A's admins (over the village); not the campaign office's org admin, nor town B's admin.
      expect(notes.map((n) => n.user_id).sort()).toEqual([w.users.unitAdminA.id, townOrgAdminUser.id].sort());
      expect(notes[0]!.link).toBe('/campaign/decisions?status=overdue');
      await run();
      const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'decision_overdue' AND title LIKE $1`, [`%${late!.content}%`])) as [{ n: number }];
      expect(n).toBe(notes.length);
      // Done late: it leaves the overdue list.
      expect(expectOk<CampaignDecisionDto>(await w.as.unitAdminA.post(`/api/campaign/decisions/${late!.id}/done`, {}), 200).status).toBe('done');
      expect((await decisionsOf(w.as.unitAdminA, '&status=overdue')).map((d) => d.id)).not.toContain(late!.id);
    });
  });

  describe('rhythm', () => {
    test('counts held against expected meetings for a quarter and for a period across a month boundary', async () => {
      // A city of its own, so the counts are this test's alone.
      const city = await buildWorld(t.db, t.http);
      const held = async (kind: string, heldOn: string, decisions: DecisionInput[] = []) =>
        expectOk<CampaignMeetingDto>(
          await city.as.orgAdmin.post('/api/campaign/meetings', { kind, heldOn, title: uniq('会'), chairId: city.users.orgAdmin.id, decisions }),
          201,
        );
      // Q1 2026: 12 of the 13 weekly meetings (none in the week of 23 March), January's and February's 调度会 (not March's),
      // the quarter's 推进会, one ad-hoc meeting.
      const mondays = Array.from({ length: 13 }, (_, i) => addDays('2026-01-05', 7 * i)).filter((d) => d !== '2026-03-23');
      for (const d of mondays) await held('weekly', d);
      await held('monthly', '2026-01-30', [{ content: '一月事项', ownerUnitId: city.townA.id, deadline: '2026-02-10' }]);
      const feb = await held('monthly', '2026-02-01', [
        { content: '二月事项甲', ownerUnitId: city.townA.id, deadline: '2026-02-20' },
        { content: '二月事项乙', ownerUnitId: city.townB.id, deadline: '2099-12-31' },
      ]);
      await held('quarterly', '2026-03-31');
      await held('ad_hoc', '2026-02-14');
      await held('weekly', '2025-12-29'); // the week before the quarter: outside it
      expectOk<CampaignDecisionDto>(await city.as.unitAdminA.post(`/api/campaign/decisions/${feb.decisions[0]!.id}/done`, {}), 200);

      const q1 = expectOk<CampaignRhythmDto>(await city.as.orgAdmin.get('/api/campaign/rhythm?from=2026-01-01&to=2026-03-31'), 200);
      expect(q1.kinds.map((k) => [k.kind, k.expected, k.held])).toEqual([
        ['weekly', 13, 12],
        ['monthly', 3, 2],
        ['quarterly', 1, 1],
        ['ad_hoc', null, 1],
      ]);
      expect(q1.decisions).toMatchObject({ total: 3, done: 1, open: 1, overdue: 1 });
      expect(q1.rule).toContain('周一');

      // 15 January to 14 February: Mondays 19, 26 January, 2, 9 February (four weekly meetings held); 1 February starts
      // the only month; the 30 January and 1 February 调度会 both fall inside.
      const span = expectOk<CampaignRhythmDto>(await city.as.orgAdmin.get('/api/campaign/rhythm?from=2026-01-15&to=2026-02-14'), 200);
      expect(span.kinds.map((k) => [k.kind, k.expected, k.held])).toEqual([
        ['weekly', 4, 4],
        ['monthly', 1, 2],
        ['quarterly', 0, 0],
        ['ad_hoc', null, 1],
      ]);

      // Every figure's link lists exactly what it counts.
      for (const k of q1.kinds) {
        const page = expectOk<CampaignMeetingPageDto>(await city.as.orgAdmin.get(`/api/${k.link.slice(1)}&pageSize=100`), 200);
        expect([k.kind, page.total]).toEqual([k.kind, k.held]);
        expect(page.items.every((m) => m.kind === k.kind && m.heldOn >= '2026-01-01' && m.heldOn <= '2026-03-31')).toBe(true);
      }
      for (const status of ['open', 'overdue', 'done'] as const) {
        const page = expectOk<CampaignDecisionPageDto>(await city.as.orgAdmin.get(`/api/${q1.decisions.link.slice(1)}&status=${status}&pageSize=100`), 200);
        expect([status, page.total]).toEqual([status, q1.decisions[status]]);
      }
      // The progress report's 调度推进 section: the same counts, each figure's link listing exactly what it counts.
      interface Section {
        key: string;
        text: string;
        figures: { key: string; value: number | null; link: string | null }[];
        table?: { rows: { cells: (string | number | null)[] }[] };
      }
      const report = expectOk<{ sections: Section[] }>(await city.as.orgAdmin.get('/api/reports/progress?from=2026-01-01&to=2026-03-31'), 200);
      expect(report.sections.map((x) => x.key).slice(0, 4)).toEqual(['campaign', 'meetings', 'research', 'lectures']);
      const sec = report.sections.find((x) => x.key === 'meetings')!;
      expect(sec.figures.map((f) => [f.key, f.value])).toEqual([
        ['weekly', 12],
        ['monthly', 2],
        ['quarterly', 1],
        ['ad_hoc', 1],
        ['decisions', 3],
        ['decisionsDone', 1],
        ['decisionsOpen', 1],
        ['decisionsOverdue', 1],
      ]);
      expect(sec.text).toContain('专班碰头会12次（应开13次）');
      expect(sec.table!.rows.map((r) => r.cells)).toEqual([
        ['专班碰头会', 13, 12],
        ['专班调度会', 3, 2],
        ['领导小组推进会', 1, 1],
        ['专题会议', null, 1],
      ]);
      for (const f of sec.figures) {
        const page = expectOk<{ total: number }>(await city.as.orgAdmin.get(`/api/${f.link!.slice(1)}&pageSize=100`), 200);
        expect([f.key, page.total]).toEqual([f.key, f.value]);
      }
      // A period without meetings says so, with no table of zeros.
      const empty = expectOk<{ sections: Section[] }>(await city.as.orgAdmin.get('/api/reports/progress?from=2016-01-01&to=2016-03-31'), 200).sections.find((x) => x.key === 'meetings')!;
      expect(empty.text).toContain('尚无调度会议记录');
      expect(empty.table).toBeUndefined();
      expect(empty.figures).toEqual([]);

      // Town A's admin counts the decisions of its own units only.
      const a = expectOk<CampaignRhythmDto>(await city.as.unitAdminA.get('/api/campaign/rhythm?from=2026-01-01&to=2026-03-31'), 200);
      expect(a.decisions).toMatchObject({ total: 2, done: 1, overdue: 1, open: 0 });
    });

    test('a period still running expects only what has begun by today', async () => {
      const future = expectOk<CampaignRhythmDto>(await w.as.orgAdmin.get(`/api/campaign/rhythm?from=${addDays(today(), 1)}&to=${addDays(today(), 120)}`), 200);
      expect(future.kinds.map((k) => k.expected)).toEqual([0, 0, 0, null]);
    });

    test('the week, month and quarter under way are expected once their meeting is held, not before their end', async () => {
      // A city of its own, with no meetings yet.
      const city = await buildWorld(t.db, t.http);
      const year = today().slice(0, 4);
      const rhythm = async () =>
        expectOk<CampaignRhythmDto>(await city.as.orgAdmin.get(`/api/campaign/rhythm?from=${year}-01-01&to=${year}-12-31`), 200).kinds;
      const month = Number(today().slice(5, 7));
      const quarter = Math.floor((month - 1) / 3) + 1;
      // The quarters and months already over are expected; the ones under way not yet.
      expect((await rhythm()).filter((k) => k.kind === 'monthly' || k.kind === 'quarterly').map((k) => [k.kind, k.expected, k.held])).toEqual([
        ['monthly', month - 1, 0],
        ['quarterly', quarter - 1, 0],
      ]);
      for (const kind of ['monthly', 'quarterly']) {
        expectOk(await city.as.orgAdmin.post('/api/campaign/meetings', { kind, heldOn: today(), title: uniq('会'), chairId: city.users.orgAdmin.id, decisions: [] }), 201);
      }
      expect((await rhythm()).filter((k) => k.kind === 'monthly' || k.kind === 'quarterly').map((k) => [k.kind, k.expected, k.held])).toEqual([
        ['monthly', month, 1],
        ['quarterly', quarter, 1],
      ]);
    });

    test('a period that ends before it starts is a 400; a missing bound is a 400', async () => {
      expectError(await w.as.orgAdmin.get('/api/campaign/rhythm?from=2026-03-01&to=2026-01-01'), 400, 'campaign/bad_period');
      expectError(await w.as.orgAdmin.get('/api/campaign/rhythm?from=2026-03-01'), 400, 'common/validation_failed');
    });
  });
});
