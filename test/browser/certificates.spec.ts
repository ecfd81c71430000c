import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test.describe('certificates (学时证明)', () => {
  test('cadre01 on a phone issues a 学时证明 from the archive; its verify link, opened signed out, says 有效', async ({ browser }) => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await signIn(page, 'cadre01');
    await page.goto('/archive');
    await page.getByTestId('archive-issue-certificate').click();
    const dialog = page.getByRole('dialog', { name: '开具学时证明' });
    await expect(dialog).toContainText('某一年度');
    await dialog.getByTestId('issue-certificate-submit').click();

    // The new certificate heads 我的证书, valid, with its number printed in groups.
    await expect(page).toHaveURL(/\/certificates$/);
    const card = page.getByTestId('certificate-card').filter({ hasText: '学时证明' }).first();
    await expect(card).toContainText('有效');
    await expect(card).toContainText(/编号 [0-9A-Z]{4}-[0-9A-Z]{4}-/);
    const href = await card.getByTestId('certificate-verify-link').getAttribute('href');
    expect(href).toMatch(/^\/verify\/[0-9A-HJKMNP-TV-Z]{26}$/);
    await phone.close();

    // Anyone with the paper: a fresh phone, not signed in.
    const stranger = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const check = await stranger.newPage();
    await check.goto(href!);
    await expect(check.getByTestId('verify-state')).toContainText('有效');
    await expect(check.getByText('学时证明')).toBeVisible();
    // The holder's name is masked; the page stays within the phone's width.
    await expect(check.locator('dd').nth(1)).toHaveText(/^.\*+.?$/);
    expect(await check.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await stranger.close();
  });
});
