import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test.describe('督促: a reminder to lagging units reaches their admins in-app', () => {
  test('zzb_admin reminds 龙门镇\'s lagging villages; town_admin sees the bell count and the notification', async ({ page }) => {
    const admin = page;
    await signIn(admin, 'zzb_admin');
    await admin.getByRole('menuitem', { name: '推进情况' }).click();
    await expect(admin.getByRole('heading', { name: /示范市 \d{4} 年推进情况/ })).toBeVisible();
    await admin.getByTestId('dashboard-units').getByRole('link', { name: '龙门镇' }).click();
    await expect(admin.getByRole('heading', { name: /龙门镇 \d{4} 年推进情况/ })).toBeVisible();
    const lagging = admin.getByTestId('lagging-table').locator('tbody tr');
    await expect(lagging.first()).toBeVisible();
    const laggingCount = await lagging.count();

    await admin.getByTestId('remind-button').click();
    const dialog = admin.getByTestId('reminder-dialog');
    await expect(dialog.getByText('发送督促')).toBeVisible();
    // Every lagging village is chosen, and the message is written already.
    await expect(dialog.locator('.el-checkbox.is-checked')).toHaveCount(laggingCount + 1);
    await expect(dialog.locator('textarea')).toHaveValue(/必修课/);
    await dialog.getByTestId('reminder-send').click();
    await expect(dialog.getByTestId('reminder-result')).toContainText(/督促已发送：通知管理员 [1-9][\d,]* 人，逾期干部 [\d,]+ 人/);

    // Sign out by dropping the session cookie; the next page load starts signed out.
    await page.context().clearCookies();
    const town = page;
    await signIn(town, 'town_admin');
    const bell = town.getByTestId('notification-bell');
    await expect(bell.locator('.el-badge__content')).toHaveText(/^[1-9]\d*\+?$/);
    await bell.click();
    await expect(town).toHaveURL(/\/notifications$/);
    const note = town.getByTestId('notification').first();
    await expect(note).toContainText('督促');
    await expect(note).toContainText('学习推进督促');
    await note.getByRole('button', { name: '查看' }).click();
    await expect(town).toHaveURL(/\/admin\/dashboard\?/);
  });

  test('zzb_admin is told which units have no admin before and after sending; cadre01 receives their own overdue courses', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.getByRole('menuitem', { name: '推进情况' }).click();
    await expect(page.getByRole('heading', { name: /示范市 \d{4} 年推进情况/ })).toBeVisible();
    await page.getByTestId('remind-button').click();
    const dialog = page.getByTestId('reminder-dialog');
    // The demo's towns other than 龙门镇 have no admin account: the sender reads so before sending.
    await expect(dialog.getByTestId('reminder-no-admin')).toContainText('安平镇');
    await expect(dialog.getByTestId('reminder-no-admin')).not.toContainText('龙门镇');
    await dialog.getByTestId('reminder-send').click();
    await expect(dialog.getByTestId('reminder-result')).toBeVisible();
    await expect(dialog.getByTestId('reminder-no-admin-sent')).toContainText('安平镇');
    await dialog.getByTestId('reminder-done').click();
    await expect(dialog).toBeHidden();

    await page.context().clearCookies();
    await signIn(page, 'cadre01');
    await page.goto('/notifications');
    const note = page.getByTestId('notification').filter({ hasText: '必修课程逾期提醒' }).first();
    await expect(note).toContainText('《学习贯彻党的二十大精神专题》');
    await expect(note).not.toContainText('贵单位');
  });
});
