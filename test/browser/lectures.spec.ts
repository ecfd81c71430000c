import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers';

/** A small photo "taken at the venue": a 1×1 PNG is enough for the server to check and thumbnail it. */
const PHOTO = {
  name: '宣讲现场.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
};

/** The lecture hours of the year in the archive's table of hours by source. */
async function lectureHours(page: Page): Promise<number> {
  const row = page.locator('.source-table tr', { hasText: '理论宣讲' });
  await expect(row).toBeVisible();
  return Number((await row.locator('td').last().textContent())?.trim());
}

test.describe('theory lectures', () => {
  test('lecturer01 logs a lecture with a photo on a phone; town_admin verifies it; the hours reach the archive; the audience rates it', async ({ browser }) => {
    test.setTimeout(180_000);
    const title = `浏览器测试：家门口的理论课 ${Date.now()}`;

    // ---- the lecturer, on a phone right after the lecture ----
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const lecturer = await phone.newPage();
    await signIn(lecturer, 'lecturer01');
    await lecturer.goto('/archive');
    const hoursBefore = await lectureHours(lecturer);

    await lecturer.getByRole('navigation', { name: '菜单' }).last().getByRole('button', { name: '更多' }).click();
    await lecturer.getByRole('dialog').getByRole('menuitem', { name: '我的宣讲' }).click();
    await expect(lecturer).toHaveURL(/\/lectures$/);
    await lecturer.getByRole('button', { name: '记录宣讲' }).click();
    await expect(lecturer).toHaveURL(/\/lectures\/new$/);

    // The only team is chosen and the lecturer is its lecturer by default; the start is already filled in.
    await expect(lecturer.locator('.el-form-item').filter({ has: lecturer.getByText('宣讲团（队）', { exact: true }) })).toContainText('基层宣讲队');
    await expect(lecturer.getByRole('checkbox', { name: '李文博' })).toBeChecked();
    await expect(lecturer.getByRole('combobox', { name: '宣讲时间' })).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    // Sending too early names what is missing under each field, and nothing is lost.
    await lecturer.getByRole('button', { name: '提交核实' }).click();
    await expect(lecturer.getByRole('alert').filter({ hasText: '还有内容没有填好' })).toBeVisible();
    await expect(lecturer.locator('.el-form-item', { hasText: '宣讲题目' })).toContainText('请填写宣讲题目');
    await expect(lecturer.locator('.el-form-item', { hasText: '听众类别' })).toContainText('请至少选择一类听众');

    await lecturer.locator('.el-select', { has: lecturer.getByRole('combobox', { name: '宣讲主题' }) }).click();
    await lecturer.getByRole('option', { name: '党的二十大精神', exact: true }).click();
    await lecturer.getByRole('textbox', { name: '宣讲题目' }).fill(title);
    await lecturer.getByRole('textbox', { name: '具体地点' }).fill('村党群服务中心二楼会议室');
    await lecturer.getByRole('spinbutton', { name: '听众人数' }).fill('65');
    await lecturer.locator('.el-checkbox-button', { hasText: '村民' }).click();
    await lecturer.locator('.el-checkbox-button', { hasText: '党员' }).click();
    await lecturer.getByRole('textbox', { name: '宣讲内容摘要' }).fill('用身边事讲清大道理，听众踊跃提问。');
    await lecturer.getByTestId('photo-input').setInputFiles(PHOTO);
    await expect(lecturer.getByRole('img', { name: '第 1 张照片' })).toBeVisible();
    await expect(lecturer.getByText('已上传 1 / 9 张')).toBeVisible();
    // The form fits the phone: nothing runs off to the side.
    expect(await lecturer.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await lecturer.getByRole('button', { name: '提交核实' }).click();
    await lecturer.getByRole('dialog').getByRole('button', { name: '提交核实' }).click();
    await expect(lecturer).toHaveURL(/\/lectures\/[0-9a-f-]{36}$/);
    const sessionId = lecturer.url().split('/').pop()!;
    await expect(lecturer.getByTestId('status')).toHaveText('待核实');
    await expect(lecturer.getByRole('heading', { name: title })).toBeVisible();
    await expect(lecturer.locator('.gallery img')).toHaveCount(1);

    // ---- the town's admin verifies it ----
    const desk = await browser.newContext();
    const admin = await desk.newPage();
    await signIn(admin, 'town_admin');
    await admin.getByRole('menuitem', { name: '宣讲核实' }).click();
    await admin.getByRole('link', { name: title }).first().click();
    await expect(admin).toHaveURL(new RegExp(`/lectures/${sessionId}$`));
    await expect(admin.getByTestId('lecturers')).toHaveText('李文博');
    await admin.getByRole('button', { name: '核实通过' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: '核实通过' }).click();
    await expect(admin.getByTestId('status')).toHaveText('已核实');
    const credited = Number((await admin.locator('.hours').textContent())?.match(/[\d.]+/)?.[0]);
    expect(credited).toBeGreaterThan(0);
    // The feedback link and its QR code for the poster.
    await expect(admin.getByTestId('feedback-qr')).toBeVisible();
    const feedbackPath = await admin.getByTestId('feedback-link').getAttribute('href');
    expect(feedbackPath).toBe(`/feedback/${sessionId}`);
    await expect(admin.getByTestId('poster')).toContainText(title);
    await expect(admin.getByRole('button', { name: '打印二维码海报' })).toBeEnabled();

    // ---- the hours are in the lecturer's archive ----
    await lecturer.goto('/archive');
    await expect.poll(() => lectureHours(lecturer)).toBeCloseTo(hoursBefore + credited, 5);
    // The ledger entry of the year, and the lecture in the archive's list of lectures given.
    await expect(lecturer.getByRole('row').filter({ hasText: `理论宣讲：${title}` })).toContainText(String(credited));
    await expect(lecturer.getByRole('row').filter({ hasText: title }).filter({ hasText: '集中宣讲' })).toContainText('65');

    // ---- someone in the audience scans the code ----
    const audience = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const listener = await audience.newPage();
    await listener.goto(feedbackPath!);
    await expect(listener.getByRole('heading', { name: title })).toBeVisible();
    await expect(listener.getByText('李文博')).toBeVisible();
    await listener.locator('.el-rate__item').nth(4).click();
    await expect(listener.getByText('非常满意')).toBeVisible();
    await listener.getByRole('textbox', { name: '意见建议（选填）' }).fill('讲得接地气，希望常来。');
    await listener.getByRole('button', { name: '提交评价' }).click();
    await expect(listener.getByTestId('thanks')).toContainText('感谢您的评价');
    // The rating rode on the signed device cookie the page set, which page scripts cannot read.
    const device = (await audience.cookies()).find((c) => c.name === 'cadre_fb_device');
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/lecture-sessions' });
    // One rating per phone.
    await listener.reload();
    await expect(listener.getByTestId('already')).toContainText('您已评价过这场宣讲');
    // An unknown session is simply not found.
    await listener.goto('/feedback/00000000-0000-4000-8000-000000000000');
    await expect(listener.getByText('找不到这场宣讲')).toBeVisible();

    // ---- the admin sees the rating and publishes the comment ----
    await admin.reload();
    await expect(admin.getByTestId('average-rating')).toHaveText('5.0');
    const comment = admin.locator('.comment', { hasText: '讲得接地气' });
    await expect(comment).toContainText('待审核');
    await comment.getByRole('button', { name: '公开', exact: true }).click();
    await expect(comment).toContainText('已公开');

    // ---- and the lecturer's list shows it verified, with its rating ----
    await lecturer.goto('/lectures');
    const card = lecturer.getByRole('link', { name: new RegExp(title) });
    await expect(card).toContainText('已核实');
    await expect(card).toContainText('5.0');

    await Promise.all([phone.close(), desk.close(), audience.close()]);
  });

  test('an admin returns a lecture with a reason; the lecturer sees why and can fix it', async ({ browser }) => {
    test.setTimeout(120_000);
    const title = `浏览器测试：待退回的宣讲 ${Date.now()}`;
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const lecturer = await phone.newPage();
    await signIn(lecturer, 'lecturer01');
    await lecturer.goto('/lectures/new');
    await lecturer.locator('.el-select', { has: lecturer.getByRole('combobox', { name: '宣讲主题' }) }).click();
    await lecturer.getByRole('option', { name: '全国两会精神', exact: true }).click();
    await lecturer.getByRole('textbox', { name: '宣讲题目' }).fill(title);
    await lecturer.getByRole('spinbutton', { name: '听众人数' }).fill('30');
    await lecturer.locator('.el-checkbox-button', { hasText: '干部' }).first().click();
    await lecturer.getByRole('button', { name: '保存草稿' }).click();
    await expect(lecturer.getByTestId('status')).toHaveText('草稿');
    await lecturer.getByRole('button', { name: '提交核实' }).click();
    await lecturer.getByRole('dialog').getByRole('button', { name: '提交核实' }).click();
    await expect(lecturer.getByTestId('status')).toHaveText('待核实');
    const sessionId = lecturer.url().split('/').pop()!;

    const desk = await browser.newContext();
    const admin = await desk.newPage();
    await signIn(admin, 'town_admin');
    await admin.goto(`/lectures/${sessionId}`);
    await admin.getByRole('button', { name: '退回修改' }).click();
    const dialog = admin.getByRole('dialog', { name: '退回修改' });
    await dialog.getByRole('button', { name: '退回', exact: true }).click();
    await expect(dialog).toContainText('请填写退回原因');
    await dialog.getByRole('textbox').fill('请补充现场照片。');
    await dialog.getByRole('button', { name: '退回', exact: true }).click();
    await expect(admin.getByTestId('status')).toHaveText('已退回');

    await lecturer.goto('/lectures?status=returned');
    const card = lecturer.getByRole('link', { name: new RegExp(title) });
    await expect(card).toContainText('退回原因：请补充现场照片。');
    await card.click();
    await lecturer.getByRole('button', { name: '编辑' }).click();
    await expect(lecturer.getByRole('textbox', { name: '宣讲题目' })).toHaveValue(title);
    await expect(lecturer.getByText('退回原因：请补充现场照片。')).toBeVisible();
    await lecturer.getByTestId('photo-input').setInputFiles(PHOTO);
    await expect(lecturer.getByRole('img', { name: '第 1 张照片' })).toBeVisible();
    await lecturer.getByRole('button', { name: '提交核实' }).click();
    await lecturer.getByRole('dialog').getByRole('button', { name: '提交核实' }).click();
    await expect(lecturer.getByTestId('status')).toHaveText('待核实');

    // The admin's list of sessions in scope filters by status through the URL.
    await admin.goto('/lectures/all?status=submitted');
    await expect(admin.getByRole('combobox', { name: '状态' })).toBeVisible();
    await expect(admin.locator('.el-table__body')).toContainText(title);
    await admin.goto('/lectures/all?status=verified');
    await expect(admin.locator('.el-table__body')).not.toContainText(title);
    await Promise.all([phone.close(), desk.close()]);
  });
});
