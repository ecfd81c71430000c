import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { apiToken, getJson, signIn } from './helpers';

interface Unit {
  id: string;
  name: string;
  parentId: string | null;
  retired: boolean;
}

test.describe('推进情况: figures down the unit tree', () => {
  test('zzb_admin reads the city\'s figures, drills into a town and back, and sees the lagging-unit panel', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.getByRole('menuitem', { name: '推进情况' }).click();
    await expect(page.getByRole('heading', { name: /示范市 \d{4} 年推进情况/ })).toBeVisible();
    const figures = page.getByTestId('dashboard-figures');
    await expect(figures.getByText('干部人数')).toBeVisible();
    // The demo city's cadres, and the required courses it assigns.
    await expect(figures.locator('.figure').first()).toHaveText(/^\d{3,}$/);
    await expect(page.getByRole('heading', { name: '推进迟缓单位' })).toBeVisible();
    // 达标 by requirement line: a rate per line, and the overall rate, whose tooltip says what it counts.
    await expect(page.getByTestId('figure-line-online')).toContainText('网络培训达标率');
    await expect(page.getByTestId('figure-line-centralized_year')).toContainText(/\d+(\.\d)?%/);
    await page.getByTestId('figure-met-all').locator('.tip').hover();
    await expect(page.getByRole('tooltip').filter({ hasText: '全部适用要求均达标' })).toBeVisible();
    await expect(page.getByTestId('dashboard-units').locator('th').filter({ hasText: '集中培训（五年）达标率' })).toHaveCount(1);
    // The month-by-month trend and the key groups, as tables beside the charts.
    await expect(page.getByTestId('dashboard-monthly').locator('tbody tr')).toHaveCount(12);
    await expect(page.getByTestId('dashboard-groups').getByText('新任职领导干部')).toBeVisible();

    const units = page.getByTestId('dashboard-units');
    await expect(units.getByRole('link', { name: '龙门镇' })).toBeVisible();
    await units.getByRole('link', { name: '龙门镇' }).click();
    await expect(page).toHaveURL(/unitId=/);
    await expect(page.getByRole('heading', { name: /龙门镇 \d{4} 年推进情况/ })).toBeVisible();
    // The town's villages, and its own cadres as a row of their own.
    await expect(page.getByTestId('dashboard-units').getByText('龙门镇（本级）')).toBeVisible();
    await page.locator('.crumbs').getByText('示范市').click();
    await expect(page.getByRole('heading', { name: /示范市 \d{4} 年推进情况/ })).toBeVisible();
  });

  test('on a phone (390 px) the per-line rates wrap within the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/dashboard');
    const line = page.getByTestId('figure-line-centralized_5y');
    await expect(line).toContainText('集中培训（五年）达标率');
    const box = (await line.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('zzb_admin downloads the completion-by-unit workbook from the toolbar, and it holds the figures on the page', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/dashboard');
    await expect(page.getByRole('heading', { name: /示范市 \d{4} 年推进情况/ })).toBeVisible();
    const cadres = await page.getByTestId('dashboard-figures').locator('.figure').first().innerText();
    await page.getByTestId('export-menu').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: '各单位完成情况' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^示范市-\d{4}年学习完成情况\.xlsx$/);
    // The total line of the workbook counts the cadres the page showed; the towns' rows are there by name.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await readFile(await file.path()));
    const sheet = book.getWorksheet('按单位')!;
    const rows = sheet.getSheetValues().slice(1) as ExcelJS.CellValue[][];
    const total = rows.find((r) => String(r[1]).startsWith('合计'));
    expect(total?.[2]).toBe(Number(cadres));
    expect(rows.some((r) => r[1] === '龙门镇')).toBe(true);
  });

  test('town_admin sees their own town only: the picker and the table hold its units, and another town is not found', async ({ page, request }) => {
    const zzb = await apiToken(request, 'zzb_admin');
    const units = (await getJson<{ items: Unit[] }>(request, '/api/org-units', zzb)).items.filter((u) => !u.retired);
    const town = units.find((u) => u.name === '龙门镇')!;
    const otherTowns = units.filter((u) => u.parentId === town.parentId && u.id !== town.id);
    const villages = units.filter((u) => u.parentId === town.id).map((u) => u.name);
    expect(otherTowns.length).toBeGreaterThan(0);
    expect(villages.length).toBeGreaterThan(0);

    await signIn(page, 'town_admin');
    await page.goto('/admin/dashboard');
    await expect(page.getByRole('heading', { name: /龙门镇 \d{4} 年推进情况/ })).toBeVisible();
    // The table: the town's own cadres and its villages, nothing else.
    const table = page.getByTestId('dashboard-units');
    await expect(table.getByText('龙门镇（本级）')).toBeVisible();
    // A cell holds the unit's name, then a tag such as 推进迟缓单位 on a line of its own.
    const names = (await table.locator('.el-table__body tr td:first-child').allInnerTexts()).map((n) => n.trim().split('\n')[0]!.trim());
    expect(names.filter((n) => n !== '龙门镇（本级）').sort()).toEqual([...villages].sort());
    // The unit picker: the town and its villages, no other town.
    await page.locator('.f-unit .el-select').click();
    const options = page.locator('.el-tree-node__content:visible');
    await expect(options.filter({ hasText: villages[0]! }).first()).toBeVisible();
    const offered = (await options.allInnerTexts()).map((n) => n.trim());
    expect(offered).toContain('龙门镇');
    expect(offered.filter((n) => otherTowns.some((o) => o.name === n))).toEqual([]);
    await page.keyboard.press('Escape');
    // Another town's id typed into the URL: the not-found state, and a way back.
    await page.goto(`/admin/dashboard?unitId=${otherTowns[0]!.id}`);
    const missing = page.getByTestId('dashboard-not-found');
    await expect(missing).toContainText('未找到该单位');
    await expect(page.getByTestId('dashboard-units')).toHaveCount(0);
    await missing.getByRole('button', { name: '返回本单位推进情况' }).click();
    await expect(page.getByRole('heading', { name: /龙门镇 \d{4} 年推进情况/ })).toBeVisible();
  });
});
