import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn } from './helpers';

/**
 * 年度结算. The demo year is the current one and later journeys credit hours into it, so this journey closes last year
 * and reopens it before it ends: the server is left with last year open again (state 已撤销结算).
 */
test.describe('年度结算: closing and reopening a past year', () => {
  const year = new Date().getFullYear() - 1;

  test('zzb_admin closes last year, downloads the settlement sheet, and reopens it with a reason', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.getByRole('menuitem', { name: '年度结算' }).click();
    await expect(page.getByRole('heading', { name: '年度结算' })).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/settlement/);
    const tag = page.getByTestId('settlement-state-tag');
    // A first run finds the year never closed, a later one finds it reopened; either way it is not settled.
    await expect(tag).toHaveText(/未结算|已撤销结算/);
    await expect(page.getByText('实时统计（未结算）')).toBeVisible();
    const cadresText = (await page.getByTestId('settlement-cadres').innerText()).trim();
    const cadres = Number(cadresText.replace(/,/g, ''));
    expect(cadres).toBeGreaterThan(1000);
    await expect(page.getByTestId('settlement-lines').locator('[data-line="online"]')).toContainText('网络培训');

    // Close, after the confirmation.
    // The button names the year it closes (not 本年度, which would read as the current year).
    await expect(page.getByTestId('settlement-close')).toHaveText(`结算${year}年度`);
    await page.getByTestId('settlement-close').click();
    await expect(page.getByRole('dialog')).toContainText(`将冻结${year}年度全市干部的学时`);
    await page.getByRole('dialog').getByRole('button', { name: /确定|OK/ }).click();
    await expect(tag).toHaveText('已结算');
    await expect(page.getByText('结算数据', { exact: true })).toBeVisible();
    await expect(page.getByTestId('settlement-cadres')).toHaveText(cadresText);
    await expect(page.getByTestId('settlement-history')).toContainText('现行');

    // The sheet for 年度考核: the frozen figures, one row per cadre under the two header rows.
    const downloading = page.waitForEvent('download');
    await page.getByTestId('settlement-download').click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe(`${year}年度学时结算表.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await readFile(await file.path()));
    const sheet = book.getWorksheet('年度学时结算')!;
    expect(sheet.getCell('A1').value).toBe(`示范市${year}年度干部教育培训学时结算表`);
    expect(sheet.getRow(3).getCell(4).value).toBe('网络培训');
    expect(sheet.getRow(4).getCell(4).value).toBe('应修学时');
    expect(sheet.rowCount - 4).toBe(cadres);

    // Reopen: the reason is required, then it shows in the history.
    await page.getByTestId('settlement-reopen').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /确定|OK/ }).click();
    await expect(dialog).toContainText('请填写撤销理由');
    await dialog.getByRole('textbox').fill('浏览器测试：更正学时');
    await dialog.getByRole('button', { name: /确定|OK/ }).click();
    await expect(tag).toHaveText('已撤销结算');
    await expect(page.getByTestId('settlement-history')).toContainText('浏览器测试：更正学时');
    await expect(page.getByTestId('settlement-close')).toBeEnabled();
  });

  test('on a phone the page fits the width and town_admin may download but not close', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'town_admin');
    await page.goto(`/admin/settlement?year=${year}`);
    await expect(page.getByRole('heading', { name: '年度结算' })).toBeVisible();
    await expect(page.getByTestId('settlement-lines').locator('[data-line="online"]')).toBeVisible();
    await expect(page.getByTestId('settlement-download')).toBeVisible();
    await expect(page.getByTestId('settlement-close')).toHaveCount(0);
    await expect(page.getByTestId('settlement-reopen')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
