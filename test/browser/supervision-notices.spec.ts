import { expect, test } from '@playwright/test';
import { apiToken as token, getJson, signIn } from './helpers';

interface Me {
  id: string;
  scopeUnitId: string | null;
}

test.describe('public notices (公开通报)', () => {
  test('zzb_admin composes a 通报 from an inspection\'s finding and publishes it; cadre01 is notified and reads it on a phone', async ({ browser, request }) => {
    test.setTimeout(120_000);

    // Set-up through the API: an inspection of a 龙门镇 village with one finding (what the supervision journey does by hand).
    const zzbToken = await token(request, 'zzb_admin');
    const town = await getJson<Me>(request, '/api/me', await token(request, 'town_admin'));
    const children = await getJson<{ id: string; name: string; kind: string }[] | { items: { id: string; name: string; kind: string }[] }>(request, `/api/org-units?parentId=${town.scopeUnitId}`, zzbToken);
    const village = (Array.isArray(children) ? children : children.items).find((u) => u.kind === 'village')!;
    const stamp = Date.now().toString(36);
    const today = new Date().toISOString().slice(0, 10);
    const auth = { Authorization: `Bearer ${zzbToken}` };
    const created = await request.post('/api/inspections', { headers: auth, data: { title: `通报旅程督导${stamp}`, kind: 'random_check', periodFrom: today, periodTo: today, targetUnitIds: [village.id] } });
    expect(created.status()).toBe(201);
    const { id: inspectionId } = (await created.json()) as { id: string };
    const description = `村便民服务中心工作时间无人值守${stamp}`;
    const found = await request.post(`/api/inspections/${inspectionId}/findings`, {
      headers: auth,
      data: { unitId: village.id, checklistItem: '在岗履职', category: 'idle', severity: 'moderate', description, foundAt: new Date().toISOString() },
    });
    expect(found.status()).toBe(201);

    // ---- zzb_admin composes the notice: picks the finding, previews the server's text, publishes ----
    const desk = await (await browser.newContext()).newPage();
    await signIn(desk, 'zzb_admin');
    await desk.getByRole('menuitem', { name: '公开通报' }).click();
    await desk.getByTestId('compose-notice').click();
    const title = `关于便民服务窗口作风问题的通报${stamp}`;
    await desk.getByTestId('notice-title-input').fill(title);
    await desk.locator('.el-select', { has: desk.getByRole('combobox', { name: '选择督导检查' }) }).click();
    await desk.getByRole('option', { name: `通报旅程督导${stamp}（随机抽查）` }).click();
    await desk.getByTestId('notice-finding').filter({ hasText: description }).click();
    await desk.getByTestId('notice-preview').click();
    const preview = desk.getByTestId('notice-preview-text');
    await expect(preview).toContainText(`${village.name}：${description}`);
    await expect(preview).toContainText('一、存在的问题');
    await desk.getByTestId('notice-publish').click();
    await desk.getByRole('dialog').getByRole('button', { name: /确定|OK/ }).click();
    await expect(desk).toHaveURL(/\/supervision\/notices\/[0-9a-f-]{36}$/);
    await expect(desk.getByTestId('notice-title')).toHaveText(title);
    const noticeId = desk.url().split('/').pop()!;

    // ---- cadre01, on a phone: the notification, then the notice, without sideways scrolling ----
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const reader = await phone.newPage();
    await signIn(reader, 'cadre01');
    await reader.getByTestId('notification-bell').click();
    const notification = reader.getByTestId('notification').filter({ hasText: `公开通报：${title}` });
    await notification.getByRole('button', { name: '查看' }).click();
    await expect(reader).toHaveURL(new RegExp(`/supervision/notices/${noticeId}$`));
    await expect(reader.getByTestId('notice-text')).toContainText(description);
    await expect(reader.getByTestId('notice-docx')).toBeVisible();
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
