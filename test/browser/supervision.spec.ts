import { expect, test } from '@playwright/test';
import { apiToken as token, getJson, signIn } from './helpers';

interface Me {
  id: string;
  name: string;
  username: string;
  unitId: string;
  scopeUnitId: string | null;
  roles: string[];
}

/** A valid 1×1 PNG: the phone's "photo". */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test.describe('supervision (督导检查)', () => {
  test('zzb_admin draws five villages and opens the inspection; the inspector records a finding with a photo on a phone and assigns it; town_admin reports; the inspector closes it', async ({ browser, request }) => {
    test.setTimeout(180_000);

    // Set-up through the API: an inspection whose team is a plain cadre of the organisation department, aimed at a
    // village of 龙门镇 (town_admin's town). The journey then does by hand what people do.
    const zzbToken = await token(request, 'zzb_admin');
    const zzb = await getJson<Me>(request, '/api/me', zzbToken);
    const colleagues = await getJson<{ items: Me[] }>(request, `/api/users?unitId=${zzb.unitId}&status=active&pageSize=100`, zzbToken);
    const inspector = colleagues.items.find((u) => u.unitId === zzb.unitId && u.roles.length === 1 && u.roles[0] === 'cadre')!;
    const town = await getJson<Me>(request, '/api/me', await token(request, 'town_admin'));
    const children = await getJson<{ id: string; name: string; kind: string }[] | { items: { id: string; name: string; kind: string }[] }>(request, `/api/org-units?parentId=${town.scopeUnitId}`, zzbToken);
    const village = (Array.isArray(children) ? children : children.items).find((u) => u.kind === 'village')!;
    const title = `作风督导旅程${Date.now().toString(36)}`;
    const created = await request.post('/api/inspections', {
      headers: { Authorization: `Bearer ${zzbToken}` },
      data: { title, kind: 'random_check', periodFrom: new Date().toISOString().slice(0, 10), periodTo: new Date().toISOString().slice(0, 10), teamIds: [inspector.id], targetUnitIds: [village.id] },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // ---- zzb_admin: the list, the inspection, a draw of five villages with its seed ----
    const desk = await (await browser.newContext()).newPage();
    await signIn(desk, 'zzb_admin');
    await desk.getByRole('menuitem', { name: '督导检查' }).click();
    await desk.getByRole('link', { name: title }).click();
    await expect(desk).toHaveURL(new RegExp(`/supervision/${id}$`));
    await desk.getByTestId('draw').click();
    const dialog = desk.getByRole('dialog', { name: '随机抽取检查对象' });
    await expect(dialog.getByRole('spinbutton', { name: '抽取单位数' })).toHaveValue('5');
    await dialog.getByRole('button', { name: '抽取', exact: true }).click();
    await expect(dialog.getByTestId('draw-result').locator('ol > li')).toHaveCount(5);
    await expect(dialog.getByTestId('draw-seed')).toHaveText(/^[0-9a-f]{64}$/);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(desk.getByText('抽取记录')).toBeVisible();
    await expect(desk.getByTestId('target-units')).toContainText(village.name);

    // ---- the inspector, on a phone: a finding at the 龙门镇 village with a photo, then its rectification ----
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const insp = await phone.newPage();
    await signIn(insp, inspector.username);
    await insp.goto(`/supervision/${id}`);
    await insp.getByRole('button', { name: '登记问题' }).click();
    await insp.locator('.el-select', { has: insp.getByRole('combobox', { name: '问题所在单位' }) }).click();
    await insp.getByRole('option', { name: village.name, exact: true }).click();
    await insp.getByText('作风纪律', { exact: true }).click();
    await insp.locator('.el-select', { has: insp.getByRole('combobox', { name: '问题类别' }) }).click();
    await insp.getByRole('option', { name: '推诿拖拉' }).click();
    await insp.getByTestId('finding-description').fill('群众反映的道路维修问题三个月未答复');
    await insp.getByTestId('evidence-input').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PHOTO });
    await expect(insp.getByRole('img', { name: '现场照片和材料 1' })).toBeVisible();
    await insp.getByRole('button', { name: '提交' }).click();
    await expect(insp).toHaveURL(new RegExp(`/supervision/${id}$`));
    const finding = insp.getByTestId('findings').locator('li.sv-card', { hasText: '群众反映的道路维修问题三个月未答复' });
    await expect(finding.getByRole('img')).toHaveCount(1);
    await finding.getByRole('button', { name: '交办整改' }).click();
    const assign = insp.getByRole('dialog', { name: '交办整改' });
    await assign.getByTestId('assign-measures').fill('建立群众诉求台账，限期答复');
    await assign.getByRole('button', { name: '保存' }).click();
    await expect(finding.getByText('待整改')).toBeVisible();

    // ---- town_admin: the ledger, the report ----
    const townPage = await (await browser.newContext()).newPage();
    await signIn(townPage, 'town_admin');
    await townPage.getByRole('menuitem', { name: '整改台账' }).click();
    await townPage.getByRole('link', { name: '群众反映的道路维修问题三个月未答复' }).first().click();
    const report = townPage.getByTestId('report-form');
    await report.getByTestId('report-text').fill('已建立诉求台账，道路已修复并答复群众');
    await report.getByRole('button', { name: '报告整改情况' }).click();
    await expect(townPage.getByTestId('rect-status')).toContainText('已报告待核验');
    const rectUrl = townPage.url();

    // ---- the inspector closes it (销号) ----
    await insp.goto(rectUrl);
    await insp.getByRole('button', { name: '核验销号' }).click();
    await insp.getByRole('dialog').getByRole('button', { name: /确定|OK/ }).click();
    await expect(insp.getByTestId('rect-status')).toContainText('已销号');
  });
});
