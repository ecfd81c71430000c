import JSZip from 'jszip';
import { todayInShanghai } from '../../server/src/common/time';
import type { NotificationPageDto } from '../../server/src/modules/notifications/dto/notifications.dto';
import type { ProgressReportDto } from '../../server/src/modules/reports/dto/progress-report.dto';
import type { NoticeDto, NoticePageDto } from '../../server/src/modules/supervision/dto/notices.dto';
import type { FindingDto, InspectionDto } from '../../server/src/modules/supervision/dto/supervision.dto';
import { createCadre, type CadreRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { getBytes } from '../helpers/quizzes';
import { addDays, detailFields, expectError, expectOk } from '../helpers/studies';
import { auditCount } from '../helpers/talent';
import { buildWorld, type World } from '../helpers/world';

/**
 * Issue 19, public notices (公开通报): composed from findings and good practice, names masked unless the organiser names
 * them, published to a scope (a notification to its cadres, 404 outside it), immutable once published (a correction is a new
 * notice), a 明察暗访's findings visible to the inspected once a notice publishes them, the .docx, and the report's figure.
 */
describe('supervision: public notices', () => {
  let t: TestApp;
  let w: World;
  let inspector: CadreRef;
  let asInspector: Agent;
  let named: CadreRef;
  const today = () => todayInShanghai();

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    inspector = await createCadre(t.db, w.dept);
    asInspector = await signIn(t.http, inspector);
    named = await createCadre(t.db, w.villageA, { name: '张晓明' });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function inspection(kind: string, targetUnitIds: string[]): Promise<InspectionDto> {
    return expectOk<InspectionDto>(
      await w.as.orgAdmin.post('/api/inspections', { title: `${kind}督导`, kind, periodFrom: addDays(today(), -10), periodTo: addDays(today(), 10), teamIds: [inspector.id], targetUnitIds }),
      201,
    );
  }

  async function finding(inspectionId: string, unitId = w.villageA.id, cadreId: string | null = named.id): Promise<FindingDto> {
    return expectOk<FindingDto>(
      await asInspector.post(`/api/inspections/${inspectionId}/findings`, {
        unitId,
        cadreId,
        checklistItem: '在岗履职',
        category: 'idle',
        severity: 'moderate',
        description: '工作日上午便民服务窗口无人值守。',
        foundAt: new Date().toISOString(),
      }),
      201,
    );
  }

  const draft = async (body: Record<string, unknown>) => expectOk<NoticeDto>(await w.as.orgAdmin.post('/api/notices', { title: '关于作风问题的通报', scopeUnitId: w.townA.id, ...body }), 201);
  const publish = async (id: string) => expectOk<NoticeDto>(await w.as.orgAdmin.post(`/api/notices/${id}/publish`), 200);
  const text = (n: NoticeDto) => n.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]).join('\n');

  it('masks the cadre\'s name unless the organiser names them, names the units and the good practice', async () => {
    const ins = await inspection('random_check', [w.villageA.id]);
    const f = await finding(ins.id);
    const masked = await draft({ findingIds: [f.id], goodPractices: [{ unitId: w.villageA.id, text: '推行“马上就办”工作机制，群众诉求当日登记当日回复' }] });
    expect(text(masked)).toContain('张*明');
    expect(text(masked)).not.toContain('张晓明');
    expect(text(masked)).toContain(w.villageA.name);
    expect(text(masked)).toContain('马上就办');
    expect(masked.sections.map((s) => s.heading)).toEqual(['一、存在的问题', '二、好经验好做法', '三、工作要求']);

    const open = await draft({ findingIds: [f.id], nameCadres: true });
    expect(text(open)).toContain('张晓明');
    // The choice holds in the frozen text once published.
    expect(text(await publish(masked.id))).toContain('张*明');
    expect(await auditCount(t.db, masked.id, 'supervision_notice.created')).toBe(1);
    expect(await auditCount(t.db, masked.id, 'supervision_notice.published')).toBe(1);
  });

  it('refuses changes to a published notice (409); a correction references it and the old one shows it was corrected', async () => {
    const ins = await inspection('random_check', [w.villageA.id]);
    const f = await finding(ins.id, w.villageA.id, null);
    const first = await draft({ title: '第一期通报', findingIds: [f.id] });
    const edited = expectOk<NoticeDto>(await w.as.orgAdmin.patch(`/api/notices/${first.id}`, { title: '第一期通报（修改）' }), 200);
    expect(edited.title).toBe('第一期通报（修改）');
    expect(await auditCount(t.db, first.id, 'supervision_notice.updated')).toBe(1);
    await publish(first.id);
    expectError(await w.as.orgAdmin.patch(`/api/notices/${first.id}`, { title: '悄悄改掉' }), 409, 'supervision/notice_published');
    expectError(await w.as.orgAdmin.post(`/api/notices/${first.id}/publish`), 409, 'supervision/notice_published');

    const unpublished = await draft({ findingIds: [f.id] });
    const refused = await w.as.orgAdmin.post('/api/notices', { title: '更正', scopeUnitId: w.townA.id, findingIds: [f.id], correctsId: unpublished.id });
    expectError(refused, 422, 'supervision/notice_not_published');
    expect(detailFields(refused)).toEqual(['correctsId']);

    const correction = await draft({ title: '第一期通报（更正）', findingIds: [f.id], correctsId: first.id });
    expect(correction.corrects).toEqual({ id: first.id, name: '第一期通报（修改）' });
    expect(expectOk<NoticeDto>(await w.as.orgAdmin.get(`/api/notices/${first.id}`), 200).correctedBy).toBeNull();
    await publish(correction.id);
    const old = expectOk<NoticeDto>(await w.as.cadreA.get(`/api/notices/${first.id}`), 200);
    expect(old.correctedBy).toEqual({ id: correction.id, name: '第一期通报（更正）' });
    expect(old.title).toBe('第一期通报（修改）');
  });

  it('notifies the cadres of the scope and not those outside; outside the scope the notice is 404 and unlisted', async () => {
    const published = await publish((await draft({ title: '龙门镇好做法通报', goodPractices: [{ text: '建立干部走访群众台账' }] })).id);
    const inbox = (agent: Agent) => agent.get('/api/my/notifications?pageSize=100');
    const mine = expectOk<NotificationPageDto>(await inbox(w.as.cadreA), 200);
    expect(mine.items.filter((n) => n.link === `/supervision/notices/${published.id}`)).toHaveLength(1);
    const theirs = expectOk<NotificationPageDto>(await inbox(w.as.cadreB), 200);
    expect(theirs.items.filter((n) => n.link === `/supervision/notices/${published.id}`)).toHaveLength(0);

    expectOk<NoticeDto>(await w.as.cadreA.get(`/api/notices/${published.id}`), 200);
    expectError(await w.as.cadreB.get(`/api/notices/${published.id}`), 404, 'common/not_found');
    expectError(await w.as.unitAdminB.get(`/api/notices/${published.id}`), 404, 'common/not_found');
    expect(expectOk<NoticePageDto>(await w.as.cadreB.get('/api/notices?pageSize=100'), 200).items.map((n) => n.id)).not.toContain(published.id);
    expect(expectOk<NoticePageDto>(await w.as.cadreA.get('/api/notices?pageSize=100'), 200).items.map((n) => n.id)).toContain(published.id);

    // A draft is the org admin's alone, even for cadres of its scope.
    const hidden = await draft({ goodPractices: [{ text: '草稿内容' }] });
    expectError(await w.as.cadreA.get(`/api/notices/${hidden.id}`), 404, 'common/not_found');
    expectError(await w.as.unitAdminA.get(`/api/notices/${hidden.id}`), 404, 'common/not_found');
  });

  it('lets only org admins compose (403 for a unit admin, 403 to change a notice they can read), and refuses findings of others\' inspections (422)', async () => {
    expectError(await w.as.unitAdminA.post('/api/notices', { title: '越权', scopeUnitId: w.townA.id, goodPractices: [{ text: 'x' }] }), 403, 'common/forbidden');
    const published = await publish((await draft({ goodPractices: [{ text: '主动服务企业' }] })).id);
    expectError(await w.as.unitAdminA.patch(`/api/notices/${published.id}`, { title: 'x' }), 403, 'common/forbidden');
    expectError(await w.as.orgAdmin.post('/api/notices', { title: '空', scopeUnitId: 'not-a-uuid' }), 400, 'common/validation_failed');
    const empty = await draft({});
    expectError(await w.as.orgAdmin.post(`/api/notices/${empty.id}/publish`), 422, 'supervision/notice_empty');

    // A town's org admin may not cite the city's inspection.
    const townOrgAdmin = await signIn(t.http, await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA }));
    const f = await finding((await inspection('random_check', [w.villageA.id])).id);
    const refused = await townOrgAdmin.post('/api/notices', { title: '引用', scopeUnitId: w.townA.id, findingIds: [f.id] });
    expectError(refused, 422, 'supervision/out_of_organiser_scope');
    expect(detailFields(refused)).toEqual(['findingIds.0']);
    expectError(await townOrgAdmin.post('/api/notices', { title: '越界', scopeUnitId: w.townB.id, goodPractices: [{ text: 'x' }] }), 404, 'common/not_found');
  });

  it('makes a 明察暗访\'s findings visible to the inspected unit\'s admin once a notice publishes them', async () => {
    const ins = await inspection('undercover', [w.villageA.id]);
    const f = await finding(ins.id);
    const notice = await draft({ title: '明察暗访情况通报', findingIds: [f.id] });
    expectError(await w.as.unitAdminA.get(`/api/inspections/${ins.id}`), 404, 'common/not_found');
    expectError(await w.as.unitAdminA.get(`/api/inspections/findings/${f.id}`), 404, 'common/not_found');
    await publish(notice.id);
    expect(expectOk<InspectionDto>(await w.as.unitAdminA.get(`/api/inspections/${ins.id}`), 200).publishedAt).not.toBeNull();
    expect(expectOk<FindingDto>(await w.as.unitAdminA.get(`/api/inspections/findings/${f.id}`), 200).id).toBe(f.id);
    expect(await auditCount(t.db, ins.id, 'inspection.published')).toBe(1);
    // Town B's admin still sees nothing of it.
    expectError(await w.as.unitAdminB.get(`/api/inspections/${ins.id}`), 404, 'common/not_found');
  });

  it('downloads a valid .docx with the title (audited), and counts the period\'s notices in the report, linked to the list', async () => {
    const notice = await publish((await draft({ title: '关于窗口单位作风问题的通报', goodPractices: [{ unitId: w.villageA.id, text: '窗口延时服务' }] })).id);
    const res = await getBytes(w.as.cadreA, `/api/notices/${notice.id}/docx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('关于窗口单位作风问题的通报');
    expect(xml).toContain('窗口延时服务');
    expect(await auditCount(t.db, notice.id, 'supervision_notice.downloaded')).toBe(1);
    expectError(await w.as.cadreB.get(`/api/notices/${notice.id}/docx`), 404, 'common/not_found');

    // Every notice published to town A in this file today, counted by hand, equals the report's figure and its list.
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM supervision_notices WHERE status = 'published' AND scope_unit_id = $1`, [w.townA.id])) as [{ n: number }];
    expect(n).toBeGreaterThanOrEqual(5);
    const report = expectOk<ProgressReportDto>(await w.as.orgAdmin.get(`/api/reports/progress?from=${today()}&to=${today()}&unitId=${w.townA.id}`), 200);
    const figure = report.sections.find((s) => s.key === 'supervision')!.figures.find((f) => f.key === 'noticesPublished')!;
    expect(figure.value).toBe(n);
    expect(figure.link).toBe(`/supervision/notices?unitId=${w.townA.id}&from=${today()}&to=${today()}`);
    const listed = expectOk<NoticePageDto>(await w.as.orgAdmin.get(`/api/notices?unitId=${w.townA.id}&from=${today()}&to=${today()}&pageSize=100`), 200);
    expect(listed.total).toBe(n);
    const before = expectOk<NoticePageDto>(await w.as.orgAdmin.get(`/api/notices?unitId=${w.townA.id}&to=${addDays(today(), -1)}`), 200);
    expect(before.total).toBe(0);
  });
});
