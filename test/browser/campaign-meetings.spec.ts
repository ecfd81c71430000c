import { expect, type Locator, type Page, test } from '@playwright/test';
import { apiToken, getJson, signIn } from './helpers';

/** Chooses a unit in a UnitPicker (a filterable tree select) inside `scope`. */
async function pickUnit(page: Page, scope: Locator, name: string): Promise<void> {
  await scope.locator('.el-select').first().click();
  await page.keyboard.type(name);
  await page.locator('.el-tree-node__content:visible', { hasText: new RegExp(`^${name}$`) }).first().click();
}

const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000 + 8 * 3_600_000); // Asia/Shanghai
  return d.toISOString().slice(0, 10);
};

test.describe('dispatch meetings (调度会议)', () => {
  test('zzb_admin records a monthly 调度会 with two decisions; town_admin marks the town\'s one done on a phone', async ({ page, browser, request }) => {
    test.setTimeout(120_000);
    const me = await getJson<{ name: string }>(request, '/api/me', await apiToken(request, 'zzb_admin'));
    const title = `浏览器测试专班调度会${Date.now().toString(36)}`;
    const mine = `龙门镇完成宣讲安排${Date.now().toString(36)}`;
    const theirs = `市农业农村局报送整治台账${Date.now().toString(36)}`;

    await signIn(page, 'zzb_admin');
    await page.getByRole('menuitem', { name: '调度会议' }).first().click();
    await expect(page).toHaveURL(/\/campaign\/meetings$/);
    const monthly = page.getByTestId('rhythm').locator('[data-kind="monthly"]');
    await expect(monthly).toContainText('专班调度会');
    const before = await monthly.locator('.figure-value').innerText();

    await page.getByTestId('record-meeting').click();
    await expect(page.getByRole('heading', { name: '记录调度会议' })).toBeVisible();
    await expect(page.locator('.el-form-item', { hasText: '会议类型' })).toContainText('专班调度会');
    await page.getByTestId('meeting-title').fill(title);
    await page.getByRole('combobox', { name: '搜索并选择主持人' }).fill(me.name);
    await page.getByRole('option', { name: new RegExp(me.name) }).first().click();

    await page.getByTestId('add-decision').click();
    await page.getByTestId('add-decision').click();
    for (const [i, content, unit, days] of [
      [0, mine, '龙门镇', 7],
      [1, theirs, '市农业农村局', 14],
    ] as const) {
      const block = page.getByTestId(`decision-${i}`);
      await block.getByTestId('decision-content').fill(content);
      await pickUnit(page, block, unit);
      const date = block.locator('.el-date-editor input');
      await date.fill(inDays(days));
      await date.press('Enter');
    }
    await page.getByTestId('save-meeting').click();
    await expect(page.getByText('会议已记录')).toBeVisible();
    await expect(page).toHaveURL(/\/campaign\/meetings\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const decisions = page.getByTestId('decisions');
    await expect(decisions.locator('li')).toHaveCount(2);
    await expect(decisions.locator('li').nth(0)).toContainText(mine);
    await expect(decisions.locator('li').nth(0)).toContainText('龙门镇');
    await expect(decisions.locator('li').nth(1)).toContainText('市农业农村局');
    await expect(decisions.locator('[data-status="open"]')).toHaveCount(2);

    // The rhythm counts it among the quarter's 调度会.
    await page.goto('/campaign/meetings');
    await expect(monthly.locator('.figure-value')).not.toHaveText(before);
    await expect(page.getByTestId('meetings').getByText(title)).toBeVisible();

    // The town's admin, on a phone: the town's decision is in its to-do list, the department's is not.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const town = await phone.newPage();
    await signIn(town, 'town_admin');
    await town.goto('/campaign/decisions?status=open');
    const todo = town.getByTestId('decisions');
    const item = todo.locator(`li[data-decision="${mine}"]`);
    await expect(item).toBeVisible();
    await expect(todo.locator(`li[data-decision="${theirs}"]`)).toHaveCount(0);
    expect(await town.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await item.getByRole('button', { name: '标记办结' }).click();
    await item.getByRole('textbox', { name: '办理情况' }).fill('已在全镇部署宣讲安排');
    await item.getByRole('button', { name: '确认办结' }).click();
    await expect(town.getByText('已标记办结')).toBeVisible();
    await expect(item.locator('[data-status="done"]')).toContainText('已办结');
    await expect(item).toContainText('已在全镇部署宣讲安排');
    await phone.close();

    // Back at the meeting: one done, one still open.
    await page.goto('/campaign/meetings');
    await page.getByTestId('meetings').getByRole('link', { name: title }).click();
    await expect(decisions.locator('[data-status="done"]')).toHaveCount(1);
    await expect(decisions.locator('[data-status="open"]')).toHaveCount(1);
  });
});
