import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './helpers';

test.describe('foundation', () => {
  test('a cadre signs in and sees the home page with their key group', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login\?redirect=|\/login$/);
    await signIn(page, 'cadre01');
    await expect(page.getByRole('heading', { name: '王建国，您好' })).toBeVisible();
    await expect(page.getByTestId('key-groups')).toContainText('新任职领导干部');
    await expect(page.getByTestId('who')).toContainText('龙门镇');
    // A cadre has no admin menu.
    await expect(page.getByRole('menuitem', { name: '干部管理' })).toHaveCount(0);
  });

  test('a wrong password is refused in plain Chinese', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill('cadre01');
    await page.getByLabel('密码', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: '登 录' }).click();
    await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  });

  test('the org admin opens the cadre list and filters it by a town', async ({ page, request }) => {
    await signIn(page, 'zzb_admin');
    await page.getByRole('menuitem', { name: '干部管理' }).click();
    await expect(page).toHaveURL(/\/users/);
    const totalText = page.locator('.el-pagination__total');
    await expect(totalText).toContainText(/共 \d+ 条/);
    const before = Number((await totalText.innerText()).replace(/\D/g, ''));

    await page.locator('.f-unit .el-select__wrapper').click();
    await page.keyboard.type('龙门镇');
    await page.getByRole('option', { name: '龙门镇', exact: true }).click();
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(/unitId=/);
    await expect(totalText).not.toHaveText(`共 ${before} 条`);
    const after = Number((await totalText.innerText()).replace(/\D/g, ''));
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);

    // Every listed cadre belongs to 龙门镇 or one of its villages, as the server's own tree says.
    const login = await request.post('/api/auth/login', { data: { username: 'zzb_admin', password: DEMO_PASSWORD } });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const units = (await (await request.get('/api/org-units', { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      items: { id: string; parentId: string | null; name: string }[];
    };
    const town = units.items.find((u) => u.name === '龙门镇')!;
    const allowed = new Set([town.name, ...units.items.filter((u) => u.parentId === town.id).map((u) => u.name)]);
    const unitCells = await page.locator('.el-table__body tr td:nth-child(2)').allInnerTexts();
    expect(unitCells.length).toBeGreaterThan(0);
    for (const cell of unitCells) expect(allowed).toContain(cell.trim());
  });

  test('on a phone the cadre uses the bottom tab bar and sees their own number in 我的', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'cadre01');
    const tabbar = page.getByRole('navigation', { name: '菜单' }).last();
    await expect(tabbar).toBeVisible();
    await tabbar.getByRole('button', { name: '我的' }).click();
    await expect(page.getByRole('heading', { name: '个人信息' })).toBeVisible();
    await expect(page.locator('.el-descriptions').last()).toContainText(/1\d{10}/);
    await context.close();
  });

  test('large-text mode at 390 px: the tab bar keeps each label on one line and selects grow with the text', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'cadre01');
    await page.getByRole('button', { name: '菜单' }).click();
    await page.locator('.el-drawer .el-switch', { has: page.getByRole('switch', { name: '大字模式' }) }).click();
    await expect(page.locator('html')).toHaveClass(/large-text/);
    await page.keyboard.press('Escape');

    const tabBar = page.getByRole('navigation', { name: '菜单' }).last();
    const labels = tabBar.locator('.tab > span');
    // 首页 课程 考试 档案 我的 更多: six tabs in 390 px.
    await expect(labels).toHaveCount(6);
    const lines = await labels.evaluateAll((spans) =>
      spans.map((span) => ({ text: span.textContent, rects: span.getClientRects().length, height: span.getBoundingClientRect().height, size: parseFloat(getComputedStyle(span).fontSize), cut: span.scrollWidth > span.clientWidth + 1 })),
    );
    for (const line of lines) {
      // One line box, no taller than one line of its text, and nothing cut off.
      expect(line, JSON.stringify(line)).toMatchObject({ rects: 1, cut: false });
      expect(line.height, JSON.stringify(line)).toBeLessThan(line.size * 1.8);
    }
    expect(lines.map((l) => l.text)).toEqual(['首页', '课程', '考试', '档案', '我的', '更多']);

    // A select's options grow with the text (Element Plus sizes them in pixels, on <body>).
    await tabBar.getByRole('button', { name: '课程' }).click();
    await page.locator('.el-select', { has: page.getByRole('combobox', { name: '必修/选修' }) }).click();
    const option = page.getByRole('option', { name: '必修', exact: true });
    await expect(option).toBeVisible();
    // Measured once the dropdown's opening animation (a vertical zoom) has ended.
    await expect.poll(() => option.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);
    expect(await option.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
    await context.close();
  });

  test('large-text mode persists across a reload', async ({ page }) => {
    await page.goto('/login');
    // Element Plus keeps the real checkbox visually hidden; a person clicks the switch itself.
    await page.locator('.el-switch', { has: page.getByRole('switch', { name: '大字模式' }) }).click();
    await expect(page.locator('html')).toHaveClass(/large-text/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/large-text/);
    const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(18);
  });
});
