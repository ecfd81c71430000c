import { expect, type APIRequestContext, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './helpers';

/** A small PNG (a sign-in sheet stand-in). */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mM4ISZLEmIY1TCqYfhqAAAcn/sBzkWbMQAAAABJRU5ErkJggg==';

/** Today in Asia/Shanghai (YYYY-MM-DD): a meeting may be recorded as held today, never later. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

interface Me {
  id: string;
  name: string;
  username: string;
  scopeUnitId: string | null;
}

/** A token for the API, to look up names and figures the journey needs (never to do what the journey does). */
async function token(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok()).toBeTruthy();
  return ((await res.json()) as { accessToken: string }).accessToken;
}
async function getJson<T>(request: APIRequestContext, path: string, bearer: string): Promise<T> {
  const res = await request.get(path, { headers: { Authorization: `Bearer ${bearer}` } });
  expect(res.ok()).toBeTruthy();
  return (await res.json()) as T;
}

/** Opens an Element Plus select by its accessible name. */
async function openSelect(page: Page, name: string): Promise<void> {
  await page.locator('.el-select', { has: page.getByRole('combobox', { name, exact: true }) }).click();
}

/** Picks a cadre in one of the record form's cadre pickers by typing their username, as the picker also matches it. */
async function pick(page: Page, picker: string, username: string, name: string): Promise<void> {
  await openSelect(page, picker);
  await page.keyboard.type(username);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).first().click();
  await closeDropdowns(page);
}

/** A multiple select stays open after a pick; clicking elsewhere closes it, as a person would. */
async function closeDropdowns(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.locator('.el-select__popper:visible')).toHaveCount(0);
}

test.describe('study-discussion records', () => {
  test('town_admin records a 第一议题 meeting, submits it, finds it in the list and the figures; an attendee sees it', async ({ page, browser, request }) => {
    test.setTimeout(150_000);
    const title = `浏览器测试：第一议题 ${Date.now()}`;

    // Who is who: cadre01 and two other cadres of town_admin's town (names vary with the demo data).
    const adminToken = await token(request, 'town_admin');
    const admin = await getJson<Me>(request, '/api/me', adminToken);
    const cadreToken = await token(request, 'cadre01');
    const cadre01 = await getJson<Me>(request, '/api/me', cadreToken);
    const town = await getJson<{ items: Me[] }>(request, `/api/users?unitId=${admin.scopeUnitId}&status=active&pageSize=10`, adminToken);
    const [second, absentee] = town.items.filter((u) => u.id !== cadre01.id && u.id !== admin.id);
    expect(second && absentee).toBeTruthy();
    const before = await getJson<{ bySource: { study_record: number } }>(request, '/api/my/archive', cadreToken);

    await signIn(page, 'town_admin');
    await page.getByRole('menuitem', { name: '学习研讨' }).first().click();
    await expect(page).toHaveURL(/\/studies$/);
    await page.getByRole('button', { name: '新建记录' }).click();
    await expect(page).toHaveURL(/\/studies\/new$/);
    await expect(page.getByRole('heading', { name: '新建学习研讨记录' })).toBeVisible();

    // Basics: the unit is the admin's town already; type, date, topic and host.
    await openSelect(page, '学习类型');
    await page.getByRole('option', { name: '第一议题', exact: true }).click();
    await expect(page.getByTestId('type-hours')).toContainText('0.5 学时');
    const date = page.getByLabel('学习日期');
    await date.fill(today());
    await date.press('Enter');
    await page.getByLabel('学习主题').fill(title);
    await page.getByLabel('主持人', { exact: true }).fill(admin.name);
    await page.getByLabel('材料名称').fill('习近平总书记重要讲话');

    // Attendees: "select the whole unit" fills the list, "clear" empties it; then two chosen by hand.
    await page.getByRole('button', { name: '全选该单位' }).click();
    await expect(page.getByText(/已选 \d{2,} 人/)).toBeVisible();
    await page.getByRole('button', { name: '清空' }).click();
    await expect(page.getByText('已选 0 人')).toBeVisible();
    await pick(page, '出席人员', 'cadre01', cadre01.name);
    await pick(page, '出席人员', second!.username, second!.name);
    await expect(page.getByText('已选 2 人')).toBeVisible();

    // One absentee with a reason, one speech by cadre01.
    await page.getByRole('button', { name: '添加缺席人员' }).click();
    await pick(page, '缺席人员 1', absentee!.username, absentee!.name);
    await page.getByLabel('缺席人员 1 的缺席原因').fill('公差');
    await page.getByRole('button', { name: '添加发言' }).click();
    await openSelect(page, '发言人 1');
    await page.getByRole('option', { name: new RegExp(`^${cadre01.name}`) }).first().click();
    await page.getByLabel('发言 1 的摘要').fill('结合分管工作谈学习体会，提出三条落实措施。');
    await page.getByLabel('研讨结论').fill('深入学习，抓好落实。');

    // The sign-in sheet, photographed: uploaded with its kind, shown as a thumbnail.
    await openSelect(page, '附件类别');
    await page.getByRole('option', { name: '签到表', exact: true }).click();
    await page.locator('input[type="file"][aria-label="上传附件"]').setInputFiles({ name: '签到表.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    await expect(page.locator('.files .file', { hasText: '签到表.png' })).toBeVisible();

    // Save the draft: the address becomes the record's.
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByText('草稿已保存')).toBeVisible();
    await expect(page).toHaveURL(/\/studies\/[0-9a-f-]{36}\/edit$/);
    const id = /\/studies\/([0-9a-f-]{36})\/edit/.exec(page.url())![1]!;

    // Submit: the confirmation says it becomes final and how many hours each attendee earns.
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '提交学习研讨记录' });
    await expect(confirm).toContainText('不能再修改');
    await expect(confirm).toContainText('出席的 2 名干部将各计入 0.5 学时（第一议题）');
    await confirm.getByRole('button', { name: '提交' }).click();
    await expect(page).toHaveURL(new RegExp(`/studies/${id}$`));
    await expect(page.getByText('已提交').first()).toBeVisible();
    await expect(page.getByTestId('credited-hours')).toHaveText('0.5');
    await expect(page.getByTestId('present')).toContainText(cadre01.name);
    await expect(page.getByTestId('absent')).toContainText(`${absentee!.name}`);
    await expect(page.getByTestId('absent')).toContainText('缺席原因：公差');
    await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);
    const sheet = page.locator('.files .file', { hasText: '签到表.png' });
    await expect(sheet).toContainText('签到表');
    await expect(sheet.getByRole('link', { name: '下载' })).toBeVisible();
    await expect(sheet.locator('img')).toBeVisible();

    // The list, filtered by the topic (the filter goes into the address), shows it submitted.
    await page.goto('/studies');
    await page.getByRole('search').getByPlaceholder('搜索主题').fill(title);
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    const row = page.locator('.el-table__body tr', { hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('已提交');
    await expect(row).toContainText('第一议题');
    await expect(row).toContainText('0.5');

    // The statistics of the town count it; the workbook downloads.
    await page.getByRole('menuitem', { name: '研讨统计' }).first().click();
    await expect(page).toHaveURL(/\/studies\/stats/);
    const figures = page.getByTestId('study-figures');
    await expect(figures).toContainText('学习次数');
    expect(Number(await figures.locator('.figure').first().textContent())).toBeGreaterThanOrEqual(1);
    expect(Number(await figures.locator('.figure').nth(1).textContent())).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('heading', { name: '按月份' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '按学习类型' })).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await downloading).suggestedFilename()).toMatch(/学习研讨\.xlsx$/);
    // Drilling into a village and back up through the breadcrumb.
    const firstUnit = page.getByTestId('by-unit').locator('a.drill').first();
    const unitName = (await firstUnit.textContent())!.trim();
    await firstUnit.click();
    await expect(page.getByRole('heading', { name: new RegExp(`^${unitName}`) })).toBeVisible();
    await page.locator('.crumbs').getByRole('link').first().click();
    await expect(page.getByTestId('by-unit')).toBeVisible();

    // cadre01 attended: the archive shows the record (or at least the hours), and the record opens for them read-only.
    const cadre = await browser.newContext();
    const cadrePage = await cadre.newPage();
    await signIn(cadrePage, 'cadre01');
    await cadrePage.goto('/archive');
    await expect(cadrePage.getByTestId('earned-hours')).toBeVisible();
    // The requirement lines that apply to a 科级 new leader, counted by the server, and the headline counts them.
    const lines = cadrePage.getByTestId('archive-requirements');
    await expect(lines).toContainText('网络培训');
    await expect(lines).toContainText('集中培训（年度）');
    // cadre01 is a new leader, so 任职培训 applies too: three lines.
    await expect(lines).toContainText('任职培训');
    await expect(cadrePage.getByTestId('lines-met')).toContainText(/\d\/3/);
    const listed = cadrePage.locator('.el-table__body tr', { hasText: title });
    if ((await listed.count()) > 0) {
      await expect(listed.first()).toContainText('0.5');
    } else {
      const hours = cadrePage.locator('.el-table__body tr', { hasText: '学习研讨' }).first().locator('td').last();
      await expect(hours).toHaveText(String(before.bySource.study_record + 0.5));
    }
    await cadrePage.goto(`/studies/${id}`);
    await expect(cadrePage.getByTestId('my-attendance')).toContainText('您出席了本次学习，计 0.5 学时');
    await expect(cadrePage.getByText(title)).toBeVisible();
    await expect(cadrePage.getByRole('button', { name: '提交' })).toHaveCount(0);
    await expect(cadrePage.getByRole('button', { name: '编辑' })).toHaveCount(0);
    await cadre.close();
  });

  test('on a phone the unit admin reads the list as cards and a future date cannot be chosen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'town_admin');
    await page.goto('/studies');
    await expect(page.getByRole('heading', { name: '学习研讨' })).toBeVisible();
    await expect(page.locator('.cards.only-phone')).toBeVisible();
    await expect(page.locator('.el-table.only-desktop')).toBeHidden();
    await page.getByRole('button', { name: '新建记录' }).click();
    await expect(page.getByRole('heading', { name: '新建学习研讨记录' })).toBeVisible();
    // Tomorrow is not accepted as the date of a meeting already held.
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + 86_400_000));
    const date = page.getByLabel('学习日期');
    await date.fill(tomorrow);
    await date.press('Enter');
    await page.getByRole('heading', { level: 1 }).click();
    await expect(date).not.toHaveValue(tomorrow);
    // Saving an empty form names what is missing under the inputs, without a round trip; the actions sit above the tab bar.
    await expect(page.getByRole('button', { name: '保存草稿' })).toBeInViewport();
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByRole('alert').first()).toContainText('请按提示修改后再保存');
    await expect(page.getByText('请至少选择一名出席人员')).toBeVisible();
    await expect(page.getByText('必填').first()).toBeVisible();
    await context.close();
  });
});
