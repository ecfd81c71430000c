import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiToken, getJson, signIn } from './helpers';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test.describe('initial passwords (批量发放初始密码)', () => {
  test('town_admin issues passwords for a village, sees the slips, downloads the Excel; a cadre must change the password first', async ({ page, request, browser }) => {
    // Setup through the API: two imported cadres (imports carry no password) in one of 龙门镇's villages.
    const token = await apiToken(request, 'town_admin');
    const units = (await getJson<{ items: { id: string; parentId: string | null; name: string }[] }>(request, '/api/org-units', token)).items;
    const town = units.find((u) => u.name === '龙门镇')!;
    const village = units.find((u) => u.parentId === town.id)!;
    const stamp = Date.now().toString(36);
    const roster = new ExcelJS.Workbook();
    const sheet = roster.addWorksheet('干部名册');
    sheet.addRow(['用户名', '姓名', '性别', '单位', '出生日期', '民族', '政治面貌', '学历', '职级', '职务', '手机号码', '身份证号', '任现职时间', '重点群体']);
    sheet.addRow([`ip${stamp}a`, '发放测试甲', '男', village.id]);
    sheet.addRow([`ip${stamp}b`, '发放测试乙', '女', village.id]);
    const imported = await request.post('/api/users/import?mode=commit', {
      headers: { Authorization: `Bearer ${token}` },
      multipart: { file: { name: 'roster.xlsx', mimeType: XLSX, buffer: Buffer.from(await roster.xlsx.writeBuffer()) } },
    });
    expect(imported.status()).toBe(200);

    await signIn(page, 'town_admin');
    await page.goto(`/users?unitId=${village.id}`);
    await page.getByRole('button', { name: '发放初始密码' }).click();
    await expect(page.getByRole('heading', { name: '批量发放初始密码' })).toBeVisible();
    const pending = page.locator('[data-test="initial-passwords-pending"]');
    await expect(pending).toContainText(`${village.name}及下级单位共有`);
    const count = Number((await pending.innerText()).match(/共有 (\d+) 名/)![1]);
    expect(count).toBeGreaterThanOrEqual(2);
    await page.locator('[data-test="initial-passwords-form"]').getByRole('button', { name: '发放初始密码' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定发放' }).click();

    await expect(page.getByText('初始密码只显示这一次')).toBeVisible();
    const slips = page.locator('[data-test="password-slip"]');
    await expect(slips).toHaveCount(count);
    const slip = slips.filter({ hasText: '发放测试甲' });
    await expect(slip).toContainText(village.name);
    await expect(slip.getByRole('img', { name: /登录地址二维码/ })).toBeVisible();
    const username = (await slip.locator('[data-test="slip-username"]').innerText()).trim();
    const password = (await slip.locator('[data-test="slip-password"]').innerText()).trim();
    expect(username).toBe(`ip${stamp}a`);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Excel' }).click();
    const file = join(mkdtempSync(join(tmpdir(), 'cadre-passwords-')), 'passwords.xlsx');
    await (await downloading).saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rows: string[][] = [];
    wb.getWorksheet('初始密码')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    expect(rows).toHaveLength(count + 1);
    expect(rows.find((r) => r[3] === username)?.slice(1, 5)).toEqual(['发放测试甲', village.name, username, password]);

    // The cadre signs in with the slip's password and is taken to the change form before anything else.
    const context = await browser.newContext();
    const cadrePage = await context.newPage();
    await signIn(cadrePage, username, password);
    await expect(cadrePage).toHaveURL(/\/password$/);
    await expect(cadrePage.getByRole('heading', { name: '首次登录请修改初始密码' })).toBeVisible();
    await cadrePage.goto('/courses');
    await expect(cadrePage).toHaveURL(/\/password$/);
    await cadrePage.getByLabel('当前密码').fill(password);
    await cadrePage.getByLabel('新密码', { exact: true }).fill('Fafang#2026x');
    await cadrePage.getByLabel('确认新密码').fill('Fafang#2026x');
    await cadrePage.getByRole('button', { name: '保存' }).click();
    await expect(cadrePage).not.toHaveURL(/\/password$/);
    await context.close();
  });
});
