import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

async function openSelect(page: Page, name: string): Promise<void> {
  await page.locator('.el-select', { has: page.getByRole('combobox', { name, exact: true }) }).click();
}

test.describe('未达标人员: the shortfall list and an individual 通报', () => {
  test('zzb_admin filters the list to 网络培训 and opens one cadre’s printable 通报', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.getByRole('menuitem', { name: '未达标人员' }).click();
    await expect(page.getByRole('heading', { name: '未达标人员' })).toBeVisible();
    const rows = page.getByTestId('shortfalls-table').locator('tbody tr');
    await expect(rows.first()).toBeVisible();

    // One line only: the filter goes into the URL and every row listed is of that line.
    await openSelect(page, '学时要求');
    await page.getByRole('option', { name: '网络培训', exact: true }).click();
    await page.getByTestId('shortfalls-search').click();
    await expect(page).toHaveURL(/line=online/);
    await expect(rows.first()).toContainText('网络培训');
    await expect(rows.filter({ hasNotText: '网络培训' })).toHaveCount(0);
    const name = (await rows.first().locator('td').nth(1).innerText()).trim();

    // The 通报 of the first cadre listed: formal heading, the line with what remains, and no navigation when printed.
    await rows.first().getByTestId('shortfall-notice').click();
    await expect(page).toHaveURL(/\/admin\/shortfalls\/[0-9a-f-]{36}\/notice\?/);
    const notice = page.getByTestId('shortfall-notice-page');
    await expect(notice.getByRole('heading', { name: new RegExp(`关于${name}同志\\d{4}年度学时未达标情况的通报`) })).toBeVisible();
    await expect(notice.locator('tbody tr').filter({ hasText: '网络培训' })).toHaveCount(1);
    await expect(page.getByTestId('notice-print')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('menuitem', { name: '未达标人员' })).toBeHidden();
    await expect(page.getByTestId('notice-print')).toBeHidden();
    await expect(notice).toBeVisible();
  });

  test('town_admin finds the 龙门镇 leader overdue on 任职培训, with no 学时 figures, and the 通报 says so; cadre01 sees the due date', async ({ page }) => {
    await signIn(page, 'town_admin');
    await page.getByRole('menuitem', { name: '未达标人员' }).click();
    await openSelect(page, '学时要求');
    await page.getByRole('option', { name: '任职培训', exact: true }).click();
    await page.getByTestId('shortfalls-search').click();
    await expect(page).toHaveURL(/line=appointment/);
    const rows = page.getByTestId('shortfalls-table').locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('任职培训');
    await expect(rows.first()).toContainText('—');
    await rows.first().getByTestId('shortfall-notice').click();
    const notice = page.getByTestId('shortfall-notice-page');
    await expect(notice.locator('tbody tr').filter({ hasText: '应完成任职培训（已逾期）' })).toHaveCount(1);
  });

  test('cadre01, appointed on 2 January, sees 任职培训 due a year later in the archive', async ({ page }) => {
    await signIn(page, 'cadre01');
    // The home page counts the same lines as the archive (no single yearly target any more): three apply to a 科级 new leader.
    await expect(page.getByTestId('home-lines')).toContainText(/学时要求 \d\/3 项已达标/);
    await page.goto('/archive');
    const line = page.getByTestId('archive-requirements').locator('[data-line="appointment"]');
    await expect(line.getByTestId('appointment-due')).toHaveText(/任职培训：须于 \d{4}-01-02 前完成/);
  });
});
