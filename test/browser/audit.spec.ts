import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test.describe('审计日志: the trail reads as words an auditor understands', () => {
  test('auditor01 reads actions in Chinese with names, filters them, and exports the trail (itself recorded)', async ({ page }) => {
    await signIn(page, 'auditor01');
    await page.goto('/audit-logs');
    await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
    const firstRow = page.locator('.el-table__body tbody tr').first();
    // Their own sign-in, newest first: the action in words, the actor by name and username.
    await expect(firstRow).toContainText('登录');
    await expect(firstRow).toContainText('陈静');
    await expect(firstRow).toContainText('auditor01');

    // The action filter offers words, not keys.
    await page.getByRole('combobox', { name: '操作' }).click();
    await expect(page.getByRole('option', { name: '导出操作日志', exact: true })).toBeVisible();
    await expect(page.getByRole('option', { name: /^enums\./ })).toHaveCount(0);
    await page.keyboard.press('Escape');

    const download = page.waitForEvent('download');
    await page.getByTestId('audit-export').click();
    expect((await download).suggestedFilename()).toMatch(/^操作日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.reload();
    await expect(page.locator('.el-table__body tbody tr').first()).toContainText('导出操作日志');

    // No raw translation key anywhere on the page.
    await expect(page.locator('body')).not.toContainText(/\b(enums|errors)\.[a-z]/);

    // On a phone the trail is a list of cards, the newest (the export) first.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.locator('.cards .card').first()).toContainText('导出操作日志');
    await expect(page.locator('.cards .card').first()).toContainText('auditor01');
  });
});
