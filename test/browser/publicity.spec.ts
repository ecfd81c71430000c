import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiToken, getJson, signIn } from './helpers';

test.describe('publicity (宣传引导)', () => {
  test('town_admin imports three published items; the progress report counts them and the Word draft says so', async ({ page, browser, request }) => {
    test.setTimeout(120_000);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const zzb = await apiToken(request, 'zzb_admin');
    const before = await getJson<{ total: number }>(request, `/api/publicity/items?from=${today.slice(0, 4)}-01-01&to=${today}&pageSize=1`, zzb);

    await signIn(page, 'town_admin');
    await page.getByRole('menuitem', { name: '宣传发稿' }).click();
    await page.getByTestId('items-import').click();
    const dialog = page.getByRole('dialog', { name: '批量导入发稿' });
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载导入模板' }).click();
    const dir = mkdtempSync(join(tmpdir(), 'cadre-items-'));
    const templatePath = join(dir, 'template.xlsx');
    await (await downloading).saveAs(templatePath);

    // Three items of 龙门镇 from the template's own lists: a channel with one of its columns, and the town's name path.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(templatePath);
    const rows: [string, string][] = [];
    wb.getWorksheet('渠道和专栏')!.eachRow((row, n) => n > 1 && rows.push([String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')]));
    const [channel, column] = rows.find(([, c]) => c !== '')!;
    const town = String(wb.getWorksheet('单位列表')!.getRow(2).getCell(1).value);
    expect(town).toMatch(/龙门镇$/);
    const stamp = Date.now().toString(36);
    const titles = [`龙门镇作风建设见闻${stamp}甲`, `龙门镇理论宣讲进村${stamp}乙`, `龙门镇为民办实事${stamp}丙`];
    const sheet = wb.getWorksheet('发稿登记')!;
    sheet.spliceRows(2, sheet.rowCount - 1);
    titles.forEach((title, i) => sheet.addRow([today, channel, i === 2 ? '' : column, title, `https://mp.example.cn/s/${stamp}${i}`, town]));
    const filled = join(dir, 'items.xlsx');
    await wb.xlsx.writeFile(filled);
    await dialog.locator('input[type="file"]').setInputFiles(filled);
    await expect(dialog.locator('[data-test="items-ok"]')).toContainText('共 3 条发稿可以导入');
    await dialog.locator('[data-test="items-commit"]').click();
    await expect(dialog.locator('[data-test="items-done"]')).toContainText('已导入 3 条发稿');
    await dialog.getByRole('button', { name: '关闭', exact: true }).click();
    for (const title of titles) await expect(page.getByRole('link', { name: title })).toBeVisible();

    // On a phone: the list fits the screen.
    await page.setViewportSize({ width: 375, height: 812 });
    await expect(page.getByTestId('item-card').filter({ hasText: titles[0]! })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The organisation department's report counts them, links to them, and the Word draft says the same.
    const expected = before.total + 3;
    const zzbContext = await browser.newContext();
    page = await zzbContext.newPage();
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/progress-report');
    const section = page.getByTestId('report-publicity');
    await expect(section.getByRole('heading', { name: '十一、宣传引导' })).toBeVisible();
    await expect(section).toContainText(`累计发稿${expected}篇（条）`);
    const figure = page.getByTestId('figure-publicity-items');
    await expect(figure).toHaveText(`${expected}篇（条）`);
    const downloading2 = page.waitForEvent('download');
    await page.getByTestId('report-docx').click();
    const docx = await JSZip.loadAsync(await readFile(await (await downloading2).path()));
    const text = (await docx.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('十一、宣传引导');
    expect(text).toContain(`累计发稿${expected}篇（条）`);
    await figure.click();
    await expect(page).toHaveURL(/\/publicity\/items\?.*from=\d{4}-01-01/);
    await expect(page.locator('.el-pagination__total')).toHaveText(new RegExp(`\\b${expected}\\b`));
    await expect(page.getByRole('link', { name: titles[1]! })).toBeVisible();
    await zzbContext.close();
  });
});
