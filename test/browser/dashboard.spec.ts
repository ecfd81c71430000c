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
    // The demo city's cadres, grouped as zh-CN writes numbers (2,934).
    await expect(figures.locator('.figure').first()).toHaveText(/^\d{1,3}(,\d{3})+$|^\d{3}$/);
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
    expect(total?.[2]).toBe(Number(cadres.replace(/,/g, '')));
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

  test('按单位: the chart draws the top and bottom 10 of the figure chosen, the table all units, in a bounded height', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/dashboard');
    const chart = page.getByTestId('unit-chart');
    const caption = page.getByTestId('chart-caption');
    await expect(caption).toContainText('必修课完成率最高的 10 个和最低的 10 个单位');
    // The demo city has far more than 20 units: all of them in the table, 20 in a chart of bounded height.
    const total = Number(/共 (\d+) 个/.exec(await caption.innerText())![1]);
    expect(total).toBeGreaterThan(20);
    expect(await page.getByTestId('dashboard-units').locator('.el-table__body tbody tr').count()).toBeGreaterThanOrEqual(total);
    expect((await chart.boundingBox())!.height).toBeLessThanOrEqual(700);

    // Another figure: the caption, the address and the chart follow.
    await page.getByTestId('chart-metric').click();
    await page.getByRole('option', { name: '人均学时' }).click();
    await expect(caption).toContainText('人均学时最高的 10 个和最低的 10 个单位');
    await expect(page).toHaveURL(/chart=hoursPerCadre/);
    await page.getByTestId('chart-metric').click();
    await page.getByRole('option', { name: '网络培训达标率' }).click();
    await expect(caption).toContainText('网络培训达标率');
    await expect(page).toHaveURL(/chart=line%3Aonline|chart=line:online/);
    expect((await chart.boundingBox())!.height).toBeLessThanOrEqual(700);
  });

  test('on a phone (390 px) the 按单位 chart stays within the screen and its height', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/dashboard?chart=metHoursRate');
    await expect(page.getByTestId('chart-caption')).toContainText('达标率最高的 10 个');
    const box = (await page.getByTestId('unit-chart').boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(700);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the lagging list shows both rates and is in the order of the rate shown, unless the normalised order is chosen', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/dashboard');
    const table = page.getByTestId('lagging-table');
    await expect(table.locator('th').filter({ hasText: '折算完成率' })).toHaveCount(1);
    await expect(page.getByTestId('lagging-rates-note')).toContainText('折算完成率');
    /** The figures of one column (3: completion, 4: normalised) as numbers, top to bottom. */
    const column = async (n: number) =>
      (await table.locator(`.el-table__body tbody tr td:nth-child(${n})`).allInnerTexts()).map((v) => Number(v.replace('%', '')));
    await expect(table.locator('.el-table__body tbody tr').first()).toBeVisible();
    const shown = await column(3);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    await page.getByTestId('lagging-sort').getByText('按折算完成率从低到高').click();
    await expect(page).toHaveURL(/lagSort=adjusted/);
    await expect(async () => {
      const adjusted = await column(4);
      expect(adjusted).toEqual([...adjusted].sort((a, b) => a - b));
    }).toPass();
  });
});
