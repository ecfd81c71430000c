import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

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

  test('zzb_admin downloads the completion-by-unit workbook from the toolbar', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/dashboard');
    await expect(page.getByRole('heading', { name: /示范市 \d{4} 年推进情况/ })).toBeVisible();
    await page.getByTestId('export-menu').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: '各单位完成情况' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^示范市-\d{4}年学习完成情况\.xlsx$/);
  });

  test('town_admin sees their own town only', async ({ page }) => {
    await signIn(page, 'town_admin');
    await page.goto('/admin/dashboard');
    await expect(page.getByRole('heading', { name: /龙门镇 \d{4} 年推进情况/ })).toBeVisible();
    await expect(page.getByTestId('dashboard-units').getByRole('link', { name: '龙门镇' })).toHaveCount(0);
  });
});
