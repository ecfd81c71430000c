import { createHmac } from 'node:crypto';
import { todayInShanghai } from '../../server/src/common/time';
import type { NotificationPageDto } from '../../server/src/modules/notifications/dto/notifications.dto';
import type {
  DrawDto,
  DrawListDto,
  FindingDto,
  FindingPageDto,
  InspectionDto,
  InspectionPageDto,
  RectificationDto,
  RectificationPageDto,
  SupervisionFiguresDto,
} from '../../server/src/modules/supervision/dto/supervision.dto';
import { notifyOverdueRectifications } from '../../server/src/modules/supervision/overdue-rectifications.job';
import { createCadre, createUnit, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { PNG_BYTES } from '../helpers/courses';
import { addDays, detailFields, expectError, expectOk } from '../helpers/studies';
import { auditCount } from '../helpers/talent';
import { buildWorld, type World } from '../helpers/world';

/**
 * Issue 19, supervision (督导检查): the reproducible draw, the confidentiality of 明察暗访, the team's own inspections,
 * the rectification ledger's states, the overdue flag and reminder, and the figures.
 */
describe('supervision: inspections, findings and rectifications', () => {
  let t: TestApp;
  let w: World;
  let villages: UnitRef[];
  let inspector: CadreRef;
  let asInspector: Agent;
  let outsider: Agent;
  const today = () => todayInShanghai();

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    // Town A: village A and four more villages, and one community (not a village: filtered out of the draw).
    villages = [w.villageA];
    for (let i = 0; i < 4; i += 1) villages.push(await createUnit(t.db, w.townA, 'village'));
    await createUnit(t.db, w.townA, 'community');
    // An inspector of the department (a plain cadre: anyone may be on a team), and a cadre on no team.
    inspector = await createCadre(t.db, w.dept);
    asInspector = await signIn(t.http, inspector);
    outsider = await signIn(t.http, await createCadre(t.db, w.dept));
  });
  afterAll(async () => {
    await t?.close();
  });

  async function inspection(kind: string, extra: Record<string, unknown> = {}): Promise<InspectionDto> {
    return expectOk<InspectionDto>(
      await w.as.orgAdmin.post('/api/inspections', { title: `${kind}督导`, kind, periodFrom: addDays(today(), -10), periodTo: addDays(today(), 10), teamIds: [inspector.id], ...extra }),
      201,
    );
  }

  async function finding(inspectionId: string, unitId = w.villageA.id, extra: Record<string, unknown> = {}): Promise<FindingDto> {
    return expectOk<FindingDto>(
      await asInspector.post(`/api/inspections/${inspectionId}/findings`, {
        unitId,
        checklistItem: '在岗履职',
        category: 'idle',
        severity: 'moderate',
        description: '工作日上午便民服务窗口无人值守',
        foundAt: new Date().toISOString(),
        place: '便民服务中心',
        ...extra,
      }),
      201,
    );
  }

  async function assign(findingId: string, deadline = addDays(today(), 20)): Promise<RectificationDto> {
    return expectOk<RectificationDto>(await asInspector.post(`/api/inspections/findings/${findingId}/rectification`, { measures: '建立值班表并公示', deadline }), 201);
  }

  describe('the random draw', () => {
    it('records the seed, the sorted candidates and a result anyone can recompute with HMAC-SHA256(seed, id)', async () => {
      const ins = await inspection('random_check');
      const draw = expectOk<DrawDto>(await w.as.orgAdmin.post(`/api/inspections/${ins.id}/draws`, { scopeUnitId: w.townA.id, unitCount: 3, cadreCount: 0, filters: { unitKinds: ['village'] } }), 201);
      expect(draw.seed).toMatch(/^[0-9a-f]{64}$/);
      expect(draw.candidateUnitIds).toEqual(villages.map((v) => v.id).sort());
      const recomputed = draw.candidateUnitIds
        .map((id) => [createHmac('sha256', draw.seed).update(id).digest('hex'), id] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .slice(0, 3)
        .map(([, id]) => id);
      expect(draw.unitIds).toEqual(recomputed);
      expect(draw.units.map((u) => u.id)).toEqual(recomputed);

      const listed = expectOk<DrawListDto>(await w.as.orgAdmin.get(`/api/inspections/${ins.id}/draws`), 200);
      expect(listed.items.map((d) => [d.id, d.seed, d.unitIds])).toEqual([[draw.id, draw.seed, draw.unitIds]]);
      const after = expectOk<InspectionDto>(await w.as.orgAdmin.get(`/api/inspections/${ins.id}`), 200);
      expect(after.targetUnits.map((u) => u.id).sort()).toEqual([...recomputed].sort());
      expect(await auditCount(t.db, ins.id, 'inspection.drawn')).toBe(1);
    });

    it('refuses a redraw without a reason (422) and audits one with its reason, replacing the earlier result', async () => {
      const ins = await inspection('random_check', { targetUnitIds: [w.villageB.id] });
      const first = expectOk<DrawDto>(await w.as.orgAdmin.post(`/api/inspections/${ins.id}/draws`, { scopeUnitId: w.townA.id, unitCount: 2, cadreCount: 1 }), 201);
      expect(first.cadreIds).toHaveLength(1);
      const refused = await w.as.orgAdmin.post(`/api/inspections/${ins.id}/draws`, { scopeUnitId: w.townA.id, unitCount: 2, cadreCount: 0 });
      expectError(refused, 422, 'supervision/redraw_reason_required');
      const second = expectOk<DrawDto>(await w.as.orgAdmin.post(`/api/inspections/${ins.id}/draws`, { scopeUnitId: w.townA.id, unitCount: 2, cadreCount: 0, reason: '抽中单位正在接受其他检查' }), 201);
      expect(second.reason).toBe('抽中单位正在接受其他检查');
      const after = expectOk<InspectionDto>(await w.as.orgAdmin.get(`/api/inspections/${ins.id}`), 200);
      // The hand-picked target stays; the first draw's result gives way to the second's.
      expect(after.targetUnits.map((u) => u.id).sort()).toEqual([w.villageB.id, ...second.unitIds].sort());
      expect(after.targetCadres).toEqual([]);
      const [row] = (await t.db.query(`SELECT details FROM audit_logs WHERE target_id = $1 AND action = 'inspection.redrawn'`, [ins.id])) as { details: { reason: string; seed: string } }[];
      expect(row!.details).toMatchObject({ reason: '抽中单位正在接受其他检查', seed: second.seed });
    });

    it('refuses more units than there are candidates (422) and a draw outside the organiser\'s scope (404); a unit admin gets 403', async () => {
      const ins = await inspection('random_check');
      const tooMany = await w.as.orgAdmin.post(`/api/inspections/${ins.id}/draws`, { scopeUnitId: w.townA.id, unitCount: 6, cadreCount: 0, filters: { unitKinds: ['village'] } });
      expectError(tooMany, 422, 'supervision/not_enough_candidates');
      expect(detailFields(tooMany)).toEqual(['unitCount']);
      expectError(await w.as.unitAdminA.post(`/api/inspections/${ins.id}/draws`, { scopeUnitId: w.townA.id, unitCount: 1, cadreCount: 0 }), 403, 'common/forbidden');
      expectError(await w.as.orgAdmin.post(`/api/inspections/${ins.id}/draws`, { scopeUnitId: '00000000-0000-4000-8000-000000000000', unitCount: 1, cadreCount: 0 }), 404, 'common/not_found');
      expectError(await w.as.orgAdmin.post(`/api/inspections/${ins.id}/draws`, { scopeUnitId: w.townA.id, unitCount: 'two', cadreCount: 0 }), 400, 'common/validation_failed');
    });
  });

  describe('who sees what', () => {
    it('hides a 明察暗访 from the inspected unit\'s admin (404, not listed) until its findings are published', async () => {
      const ins = await inspection('undercover', { targetUnitIds: [w.villageA.id] });
      const found = await finding(ins.id);
      expectError(await w.as.unitAdminA.get(`/api/inspections/${ins.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.get(`/api/inspections/findings/${found.id}`), 404, 'common/not_found');
      const list = expectOk<InspectionPageDto>(await w.as.unitAdminA.get('/api/inspections?pageSize=100'), 200);
      expect(list.items.map((i) => i.id)).not.toContain(ins.id);

      expectOk<InspectionDto>(await w.as.orgAdmin.post(`/api/inspections/${ins.id}/publish`), 200);
      expectError(await w.as.orgAdmin.post(`/api/inspections/${ins.id}/publish`), 409, 'supervision/already_published');
      const seen = expectOk<InspectionDto>(await w.as.unitAdminA.get(`/api/inspections/${ins.id}`), 200);
      expect({ findings: seen.findingCount, manage: seen.can.manage, inspect: seen.can.inspect }).toEqual({ findings: 1, manage: false, inspect: false });
      const findings = expectOk<FindingPageDto>(await w.as.unitAdminA.get(`/api/inspections/${ins.id}/findings`), 200);
      expect(findings.items.map((f) => f.id)).toEqual([found.id]);
      // Town B's admin never sees it.
      expectError(await w.as.unitAdminB.get(`/api/inspections/${ins.id}`), 404, 'common/not_found');
    });

    it('shows an announced inspection\'s findings to the unit admin only once published or once a rectification is assigned', async () => {
      const ins = await inspection('random_check', { targetUnitIds: [w.villageA.id] });
      const first = await finding(ins.id);
      const second = await finding(ins.id);
      expectOk<InspectionDto>(await w.as.unitAdminA.get(`/api/inspections/${ins.id}`), 200);
      expect(expectOk<FindingPageDto>(await w.as.unitAdminA.get(`/api/inspections/${ins.id}/findings`), 200).total).toBe(0);
      await assign(second.id);
      const seen = expectOk<FindingPageDto>(await w.as.unitAdminA.get(`/api/inspections/${ins.id}/findings`), 200);
      expect(seen.items.map((f) => f.id)).toEqual([second.id]);
      expectError(await w.as.unitAdminA.get(`/api/inspections/findings/${first.id}`), 404, 'common/not_found');
    });

    it('gives 404 to a cadre not on the team, and lists to the inspector only the inspections they are on', async () => {
      const mine = await inspection('interview', { targetUnitIds: [w.villageA.id] });
      const notMine = await inspection('special', { teamIds: [], targetUnitIds: [w.villageA.id] });
      expectError(await outsider.get(`/api/inspections/${mine.id}`), 404, 'common/not_found');
      expectError(await outsider.post(`/api/inspections/${mine.id}/findings`, { unitId: w.villageA.id, checklistItem: '在岗履职', category: 'other', severity: 'minor', description: 'x', foundAt: new Date().toISOString() }), 404, 'common/not_found');
      expectError(await asInspector.get(`/api/inspections/${notMine.id}`), 404, 'common/not_found');
      const listed = expectOk<InspectionPageDto>(await asInspector.get('/api/inspections?pageSize=100'), 200).items.map((i) => i.id);
      expect(listed).toContain(mine.id);
      expect(listed).not.toContain(notMine.id);
      expect(expectOk<InspectionPageDto>(await outsider.get('/api/inspections?pageSize=100'), 200).total).toBe(0);
      // The inspector was told, with a link to the inspection.
      const inbox = expectOk<NotificationPageDto>(await asInspector.get('/api/my/notifications?pageSize=100'), 200);
      expect(inbox.items.filter((n) => n.kind === 'inspection_team').map((n) => n.link)).toContain(`/supervision/${mine.id}`);
      // The inspected unit's admin sees the announced inspection but may not record findings on it.
      expectError(await w.as.unitAdminA.post(`/api/inspections/${mine.id}/findings`, { unitId: w.villageA.id, checklistItem: '在岗履职', category: 'other', severity: 'minor', description: 'x', foundAt: new Date().toISOString() }), 403, 'common/forbidden');
    });

    it('refuses a team member outside the organiser\'s scope and a finding off the checklist (422)', async () => {
      const townOrgAdmin = await signIn(t.http, await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA }));
      const res = await townOrgAdmin.post('/api/inspections', { title: '镇级督导', kind: 'special', periodFrom: today(), periodTo: today(), teamIds: [inspector.id] });
      expectError(res, 422, 'supervision/out_of_organiser_scope');
      expect(detailFields(res)).toEqual(['teamIds.0']);
      const ins = await inspection('special');
      const off = await asInspector.post(`/api/inspections/${ins.id}/findings`, { unitId: w.villageA.id, checklistItem: '不存在的项目', category: 'other', severity: 'minor', description: 'x', foundAt: new Date().toISOString() });
      expectError(off, 422, 'supervision/out_of_organiser_scope');
      expect(detailFields(off)).toEqual(['checklistItem']);
    });
  });

  describe('changing an inspection', () => {
    it('lets the organiser change the team (the new member is told; audited with before and after) and nobody else', async () => {
      const ins = await inspection('interview', { teamIds: [] });
      const changed = expectOk<InspectionDto>(await w.as.orgAdmin.patch(`/api/inspections/${ins.id}`, { teamIds: [inspector.id], checklist: ['在岗履职', '群众满意度'] }), 200);
      expect({ team: changed.team.map((m) => m.id), checklist: changed.checklist }).toEqual({ team: [inspector.id], checklist: ['在岗履职', '群众满意度'] });
      expect(await auditCount(t.db, ins.id, 'inspection.updated')).toBe(1);
      const inbox = expectOk<NotificationPageDto>(await asInspector.get('/api/my/notifications?pageSize=100'), 200);
      expect(inbox.items.filter((n) => n.link === `/supervision/${ins.id}`)).toHaveLength(1);
      expectError(await w.as.unitAdminA.patch(`/api/inspections/${ins.id}`, { title: '改名' }), 403, 'common/forbidden');
      expectError(await w.as.orgAdmin.patch(`/api/inspections/${ins.id}`, { periodFrom: '2030-01-02', periodTo: '2030-01-01' }), 422, 'supervision/invalid_period');
      expectError(await w.as.orgAdmin.patch(`/api/inspections/${ins.id}`, { checklist: [''] }), 400, 'common/validation_failed');
    });
  });

  describe('findings with evidence and the rectification ledger', () => {
    it('attaches a phone photo uploaded as inspection_evidence, but not somebody else\'s upload', async () => {
      const ins = await inspection('random_check', { targetUnitIds: [w.villageA.id] });
      const up = await asInspector.post('/api/files?purpose=inspection_evidence').attach('file', PNG_BYTES, 'photo.png');
      const file = expectOk<{ id: string; thumbnailUrl: string | null }>(up, 201);
      const found = await finding(ins.id, w.villageA.id, { evidenceFileIds: [file.id] });
      expect(found.evidence.map((e) => e.id)).toEqual([file.id]);
      expect(found.evidence[0]!.url).toMatch(/^\/api\/files\//);
      const other = expectOk<{ id: string }>(await w.as.orgAdmin.post('/api/files?purpose=inspection_evidence').attach('file', PNG_BYTES, 'x.png'), 201);
      expectError(await asInspector.post(`/api/inspections/${ins.id}/findings`, { unitId: w.villageA.id, checklistItem: '在岗履职', category: 'other', severity: 'minor', description: 'x', foundAt: new Date().toISOString(), evidenceFileIds: [other.id] }), 404, 'common/not_found');
    });

    it('walks assigned → reported → returned → reported → closed, refuses the wrong steps with 409, and audits each', async () => {
      const ins = await inspection('random_check', { targetUnitIds: [w.villageA.id] });
      const found = await finding(ins.id);
      const r = await assign(found.id);
      expect(r.status).toBe('assigned');
      expectError(await asInspector.post(`/api/inspections/findings/${found.id}/rectification`, { measures: '再次交办', deadline: today() }), 409, 'supervision/already_assigned');
      expectError(await asInspector.post(`/api/inspections/rectifications/${r.id}/close`, {}), 409, 'supervision/invalid_state');
      expectError(await asInspector.post(`/api/inspections/rectifications/${r.id}/return`, { reason: '未整改' }), 409, 'supervision/invalid_state');
      // The inspected unit's admin reports; town B's admin cannot even see it; the outsider neither.
      expectError(await w.as.unitAdminB.post(`/api/inspections/rectifications/${r.id}/report`, { report: '已整改' }), 404, 'common/not_found');
      expectError(await outsider.get(`/api/inspections/rectifications/${r.id}`), 404, 'common/not_found');
      const evidence = expectOk<{ id: string }>(await w.as.unitAdminA.post('/api/files?purpose=rectification_evidence').attach('file', PNG_BYTES, 'duty.png'), 201);
      const reported = expectOk<RectificationDto>(await w.as.unitAdminA.post(`/api/inspections/rectifications/${r.id}/report`, { report: '已建立值班表', fileIds: [evidence.id] }), 200);
      expect({ status: reported.status, report: reported.report, can: reported.can }).toEqual({ status: 'reported', report: '已建立值班表', can: { report: false, close: false, return: false } });
      expectError(await w.as.unitAdminA.post(`/api/inspections/rectifications/${r.id}/report`, { report: '再报一次' }), 409, 'supervision/invalid_state');
      // Only the team verifies.
      expectError(await w.as.unitAdminA.post(`/api/inspections/rectifications/${r.id}/close`, {}), 403, 'common/forbidden');
      const returned = expectOk<RectificationDto>(await asInspector.post(`/api/inspections/rectifications/${r.id}/return`, { reason: '值班表未上墙公示' }), 200);
      expect({ status: returned.status, reason: returned.returnReason }).toEqual({ status: 'returned', reason: '值班表未上墙公示' });
      expectOk<RectificationDto>(await w.as.unitAdminA.post(`/api/inspections/rectifications/${r.id}/report`, { report: '值班表已上墙' }), 200);
      const closed = expectOk<RectificationDto>(await asInspector.post(`/api/inspections/rectifications/${r.id}/close`, { note: '现场核验' }), 200);
      expect({ status: closed.status, onTime: closed.closedOnTime, overdue: closed.overdue }).toEqual({ status: 'closed', onTime: true, overdue: false });
      expect(closed.events.map((e) => e.toStatus)).toEqual(['assigned', 'reported', 'returned', 'reported', 'closed']);
      expect(closed.events[1]!.files.map((f) => f.id)).toEqual([evidence.id]);
      expectError(await w.as.unitAdminA.post(`/api/inspections/rectifications/${r.id}/report`, { report: '销号后再报' }), 409, 'supervision/invalid_state');
      expectError(await asInspector.post(`/api/inspections/rectifications/${r.id}/close`, {}), 409, 'supervision/invalid_state');
      const counts = await Promise.all(['rectification.assigned', 'rectification.reported', 'rectification.returned', 'rectification.closed'].map((a) => auditCount(t.db, r.id, a)));
      expect(counts).toEqual([1, 2, 1, 1]);
    });

    it('flags an overdue rectification and reminds the unit once for its deadline', async () => {
      const ins = await inspection('random_check', { targetUnitIds: [w.villageB.id] });
      const found = await finding(ins.id, w.villageB.id);
      const r = await assign(found.id, addDays(today(), -1));
      expect(r.overdue).toBe(true);
      const overdue = expectOk<RectificationPageDto>(await w.as.unitAdminB.get('/api/inspections/rectifications?overdue=true'), 200);
      expect(overdue.items.map((i) => [i.id, i.overdue])).toEqual([[r.id, true]]);

      const first = await t.db.transaction((tx) => notifyOverdueRectifications(tx, today()));
      expect(first.rectifications).toBeGreaterThanOrEqual(1);
      const again = await t.db.transaction((tx) => notifyOverdueRectifications(tx, today()));
      expect(again.rectifications).toBe(0);
      const inbox = expectOk<NotificationPageDto>(await w.as.unitAdminB.get('/api/my/notifications?pageSize=100'), 200);
      const mine = inbox.items.filter((n) => n.kind === 'rectification_overdue');
      expect(mine.map((n) => n.link)).toEqual([`/supervision/rectifications/${r.id}`]);
      // Town A's admin is not told of town B's rectification.
      const other = expectOk<NotificationPageDto>(await w.as.unitAdminA.get('/api/my/notifications?pageSize=100'), 200);
      expect(other.items.filter((n) => n.link === `/supervision/rectifications/${r.id}`)).toEqual([]);
    });
  });

  describe('figures', () => {
    it('equal hand-counted ones for a period of their own, with the child units for drill-down, and in the progress report', async () => {
      // A period of its own (2033) and a town of its own keep the other tests' rows out.
      const town = await createUnit(t.db, w.root, 'town');
      const v1 = await createUnit(t.db, town, 'village');
      const v2 = await createUnit(t.db, town, 'village');
      const base = { periodFrom: '2033-03-01', periodTo: '2033-03-31' };
      const a = await inspection('random_check', { ...base, targetUnitIds: [v1.id, v2.id] });
      const b = await inspection('undercover', { ...base, targetUnitIds: [v2.id] });
      const at = '2033-03-10T10:00:00+08:00';
      const f1 = await finding(a.id, v1.id, { foundAt: at, category: 'idle' });
      const f2 = await finding(a.id, v1.id, { foundAt: at, category: 'buck_passing' });
      const f3 = await finding(b.id, v2.id, { foundAt: at, category: 'idle' });
      await finding(b.id, v2.id, { foundAt: '2034-01-05T10:00:00+08:00', category: 'other' }); // outside the period
      const r1 = await assign(f1.id, addDays(today(), 30));
      await assign(f2.id, addDays(today(), -2)); // overdue
      const r3 = await assign(f3.id, addDays(today(), 30));
      for (const r of [r1, r3]) {
        await w.as.orgAdmin.post(`/api/inspections/rectifications/${r.id}/report`, { report: '已整改' });
        expectOk<RectificationDto>(await asInspector.post(`/api/inspections/rectifications/${r.id}/close`, {}), 200);
      }
      // r3 was closed after its deadline: move the deadline back to before the closing day.
      await t.db.query('UPDATE rectifications SET deadline = $2 WHERE id = $1', [r3.id, addDays(today(), -5)]);

      const fig = expectOk<SupervisionFiguresDto>(await w.as.orgAdmin.get(`/api/inspections/figures?unitId=${town.id}&from=2033-01-01&to=2033-12-31`), 200);
      expect({
        inspections: fig.inspections,
        byKind: Object.fromEntries(fig.inspectionsByKind.map((k) => [k.key, k.count])),
        covered: fig.unitsCovered,
        findings: fig.findings,
        idle: fig.findingsByCategory.find((c) => c.key === 'idle')!.count,
        buck: fig.findingsByCategory.find((c) => c.key === 'buck_passing')!.count,
        rect: fig.rectifications,
      }).toEqual({
        inspections: 2,
        byKind: { random_check: 1, interview: 0, undercover: 1, special: 0 },
        covered: 2,
        findings: 3,
        idle: 2,
        buck: 1,
        rect: { total: 3, closedOnTime: 1, closedLate: 1, overdue: 1, open: 0 },
      });
      const child = (id: string) => fig.children.find((c) => c.unitId === id)!;
      expect([child(v1.id).findings, child(v1.id).rectifications.overdue, child(v2.id).findings, child(v2.id).rectifications.closedLate]).toEqual([2, 1, 1, 1]);

      // The progress report's 督导检查 section gives the same figures, each linked to its list.
      const report = expectOk<{ sections: { key: string; text: string; figures: { key: string; value: number | null; link: string | null }[] }[] }>(
        await w.as.orgAdmin.get(`/api/reports/progress?unitId=${town.id}&from=2033-01-01&to=2033-12-31`),
        200,
      );
      const section = report.sections.find((x) => x.key === 'supervision')!;
      const value = (key: string) => section.figures.find((f) => f.key === key)!.value;
      expect([value('inspections'), value('kind_random_check'), value('kind_undercover'), value('unitsCovered'), value('findings'), value('rectifications'), value('closed'), value('rectificationRate'), value('overdue')]).toEqual([
        2, 1, 1, 2, 3, 3, 2, 66.7, 1,
      ]);
      expect(section.text).toContain('发现问题3个');
      // Every figure links to its list: the supervision pages, and the case library for the cases added (none here).
      expect(section.figures.every((f) => f.link?.startsWith(f.key.startsWith('cases') ? '/cases?' : '/supervision'))).toBe(true);
      expect(value('casesAdded')).toBe(0);
      // The overdue figure's link lists exactly the overdue rectification.
      const overdueLink = section.figures.find((f) => f.key === 'overdue')!.link!;
      const params = new URLSearchParams(overdueLink.split('?')[1]);
      const listed = expectOk<RectificationPageDto>(await w.as.orgAdmin.get(`/api/inspections/rectifications?overdue=true&unitId=${params.get('unitId')}`), 200);
      expect(listed.total).toBe(1);

      // Town A's admin sees none of it (out of scope: 404), and a cadre may not ask (403).
      expectError(await w.as.unitAdminA.get(`/api/inspections/figures?unitId=${town.id}`), 404, 'common/not_found');
      expectError(await w.as.cadreA.get('/api/inspections/figures'), 403, 'common/forbidden');
    });
  });
});
