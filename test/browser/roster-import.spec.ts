import { expect, type Locator, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from './helpers';

/** Opens the import dialog from the cadre list and saves the downloaded template; returns the dialog and the file. */
async function openAndDownload(page: Page): Promise<{ dialog: Locator; templatePath: string; dir: string }> {
  await page.goto('/users');
  await page.getByRole('button', { name: '批量导入' }).click();
  const dialog = page.getByRole('dialog', { name: '导入干部名册' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载导入模板' }).click();
  const template = await downloading;
  const dir = mkdtempSync(join(tmpdir(), 'cadre-roster-'));
  const templatePath = join(dir, 'template.xlsx');
  await template.saveAs(templatePath);
  return { dialog, templatePath, dir };
}

test.describe('roster import (干部名册导入)', () => {
  test('town_admin downloads the template, uploads a file with an error, fixes it, imports 3 cadres and finds them in the list', async ({ page }) => {
    await signIn(page, 'town_admin');
    const { dialog, templatePath, dir } = await openAndDownload(page);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(templatePath);
    const sheet = wb.getWorksheet('干部名册')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('用户名');
    // The unit sheet lists 龙门镇 and the units under it, by their full name paths.
    const units: string[] = [];
    wb.getWorksheet('单位列表')!.eachRow((row, n) => n > 1 && units.push(String(row.getCell(1).value)));
    expect(units[0]).toMatch(/龙门镇$/);
    const village = units.find((u) => u.split('/').length === 3)!;

    // Replace the example row with three cadres of our own; the second names a unit that does not exist.
    const stamp = Date.now().toString(36);
    const cadres = [
      [`rb${stamp}a`, '浏览器导入甲', '男', village, '1985-06-01', '汉族', '中共党员', '大学本科', '四级主任科员', '村委委员', '13800001001', '', '', ''],
      [`rb${stamp}b`, '浏览器导入乙', '女', `${units[0]}/不存在的村`, '1988-02-30', '汉族', '群众', '大学专科', '其他', '', '', '', '', ''],
      [`rb${stamp}c`, '浏览器导入丙', '女', units[0], '1979-11-03', '汉族', '中共党员', '研究生', '正科级', '副镇长', '13800001003', '', '2026-01-15', '执法领域中层干部'],
    ];
    sheet.spliceRows(2, sheet.rowCount - 1);
    cadres.forEach((c) => sheet.addRow(c));
    const wrong = join(dir, 'wrong.xlsx');
    await wb.xlsx.writeFile(wrong);
    await dialog.locator('input[type="file"]').setInputFiles(wrong);
    await expect(dialog).toContainText('共 3 行，其中 2 行无误，发现 2 处问题');
    const problems = dialog.locator('[data-test="roster-problems"]');
    await expect(problems).toContainText('单位不存在或不在您的管理范围内');
    await expect(problems).toContainText('出生日期');
    await expect(dialog.getByRole('button', { name: /导入 \d+ 名干部/ })).toBeDisabled();

    sheet.getRow(3).getCell(4).value = village;
    sheet.getRow(3).getCell(5).value = '1988-02-28';
    const right = join(dir, 'right.xlsx');
    await wb.xlsx.writeFile(right);
    await dialog.locator('input[type="file"]').setInputFiles(right);
    await expect(dialog).toContainText('检查通过：共 3 名干部可以导入');
    await dialog.getByRole('button', { name: '导入 3 名干部' }).click();
    await expect(dialog).toContainText('已导入 3 名干部');
    await expect(dialog).toContainText('重置密码');
    await dialog.getByRole('button', { name: '关闭', exact: true }).click();

    await page.getByRole('search').getByPlaceholder('姓名、用户名或手机号').fill('浏览器导入');
    await page.getByRole('search').getByRole('button', { name: '查询' }).click();
    const rows = page.locator('.el-table__body tr');
    await expect(rows).toHaveCount(3);
    await expect(page.locator('.el-table__body')).toContainText('浏览器导入丙');
    await expect(page.locator('.el-table__body')).toContainText('138****1001');
  });

  test('on a 375 px phone the dialog fits the screen and shows the problems by row and column', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signIn(page, 'town_admin');
    const { dialog, templatePath, dir } = await openAndDownload(page);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(templatePath);
    wb.getWorksheet('干部名册')!.getRow(2).getCell(14).value = '先进典型';
    const wrong = join(dir, 'wrong.xlsx');
    await wb.xlsx.writeFile(wrong);
    await dialog.locator('input[type="file"]').setInputFiles(wrong);
    const problems = dialog.locator('[data-test="roster-problems"]');
    await expect(problems).toContainText('重点群体');
    await expect(problems).toContainText('先进典型');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await expect(dialog.getByRole('button', { name: /导入 \d+ 名干部/ })).toBeDisabled();
  });
});
