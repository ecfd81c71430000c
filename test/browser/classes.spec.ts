import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './helpers';

/** An API client signed in as a demo account, for setting the scene faster than clicking through it. */
async function apiAs(baseURL: string, username: string): Promise<APIRequestContext> {
  const anon = await request.newContext({ baseURL });
  const res = await anon.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  const { accessToken } = (await res.json()) as { accessToken: string };
  await anon.dispose();
  return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${accessToken}` } });
}

/** A small "scan" of a paper document: a 1×1 PNG is enough for the server to check and thumbnail it. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const shanghaiDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);

test.describe('training classes', () => {
  test("the demo town's class running today puts its sign-in QR on a projector: full screen, code, count and time left", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await signIn(page, 'town_admin');
    await page.goto('/classes');
    await page.getByTestId('class-card').filter({ hasText: '“两委”干部履职能力培训班' }).click();
    await page.getByTestId('timetable-session').filter({ hasText: '村级事务管理与惠民政策落实' }).getByRole('button', { name: '签到二维码' }).click();
    await expect(page).toHaveURL(/\/classes\/[0-9a-f-]{36}\/sessions\/[0-9a-f-]{36}\/live$/);
    const screen = page.getByTestId('sign-in-screen');
    await expect(screen.getByRole('heading', { name: '龙门镇村（社区）“两委”干部履职能力培训班' })).toBeVisible();
    // Outside the admin layout: no menu, no top bar.
    await expect(page.getByRole('navigation', { name: '菜单' })).toHaveCount(0);
    await expect(page.getByTestId('who')).toHaveCount(0);
    const qr = page.getByTestId('sign-in-qr');
    await expect(qr).toBeVisible();
    // Large: most of the projector's height.
    expect((await qr.boundingBox())!.height).toBeGreaterThan(720 * 0.6);
    await expect(page.getByTestId('sign-in-code')).toHaveText(/^\d{6}$/);
    // Twenty of the town's cadres are enrolled, none signed in yet.
    await expect(page.getByTestId('sign-in-count')).toHaveText('已签到 0 / 20 人');
    await expect(page.getByTestId('sign-in-left')).toHaveText(/^签到剩余 (\d+:)?\d\d:\d\d$/);
  });

  test('a cadre on a phone signs in to today\'s session with the code on the organiser\'s screen', async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const title = `浏览器测试：乡村振兴专题培训班 ${Date.now()}`;
    const topic = '基层治理与乡村振兴政策解读';

    // ---- the scene: town_admin's class with a session on now and cadre01 enrolled ----
    const admin = await apiAs(baseURL!, 'town_admin');
    const me = (await (await admin.get('/api/me')).json()) as { scopeUnitId: string };
    const now = new Date();
    const created = await admin.post('/api/training-classes', {
      data: { title, kind: 'special', organiserUnitId: me.scopeUnitId, startDate: shanghaiDay(new Date(now.getTime() - 86_400_000)), endDate: shanghaiDay(new Date(now.getTime() + 86_400_000)), venue: '龙门镇党校', capacity: 40, creditHours: 8 },
    });
    expect(created.status()).toBe(201);
    const cls = (await created.json()) as { id: string };
    const added = await admin.post(`/api/training-classes/${cls.id}/sessions`, {
      data: { startsAt: new Date(now.getTime() - 10 * 60_000).toISOString(), endsAt: new Date(now.getTime() + 80 * 60_000).toISOString(), place: '镇党委会议室', topic, teacherKind: 'outside', teacherName: '市委党校 张老师' },
    });
    expect(added.status()).toBe(201);
    const sessionId = ((await added.json()) as { sessions: { id: string }[] }).sessions[0]!.id;
    const cadre = ((await (await admin.get('/api/users?q=cadre01')).json()) as { items: { id: string; username: string }[] }).items.find((u) => u.username === 'cadre01')!;
    expect((await admin.post(`/api/training-classes/${cls.id}/enrolments`, { data: { userIds: [cadre.id] } })).status()).toBe(200);
    expect((await admin.patch(`/api/training-classes/${cls.id}`, { data: { status: 'running' } })).status()).toBe(200);
    await admin.dispose();

    // ---- the organiser opens the live sign-in screen from the timetable ----
    const desk = await browser.newContext();
    const organiser = await desk.newPage();
    await signIn(organiser, 'town_admin');
    await organiser.goto(`/classes/${cls.id}`);
    await expect(organiser.getByRole('heading', { name: title })).toBeVisible();
    await organiser.getByTestId('timetable-session').filter({ hasText: topic }).getByRole('button', { name: '签到二维码' }).click();
    await expect(organiser).toHaveURL(new RegExp(`/classes/${cls.id}/sessions/${sessionId}/live$`));
    await expect(organiser.getByTestId('sign-in-qr')).toBeVisible();
    await expect(organiser.getByTestId('sign-in-count')).toHaveText('已签到 0 / 1 人');
    const code = (await organiser.getByTestId('sign-in-code').textContent())!.trim();
    expect(code).toMatch(/^\d{6}$/);

    // ---- the cadre, on a phone: the home page shows today's session with a sign-in button ----
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await signIn(page, 'cadre01');
    const today = page.getByTestId('my-class-sessions');
    await expect(today).toContainText('今日课程');
    const item = today.locator('li', { hasText: topic });
    await expect(item).toContainText(title);
    await item.getByRole('button', { name: '签到' }).click();
    await expect(page).toHaveURL(/\/classes\/sign-in\?session=/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // A wrong code says so in plain Chinese, and nothing is recorded.
    const wrong = code === '000000' ? '111111' : '000000';
    await page.getByTestId('sign-in-code-input').fill(wrong);
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await expect(page.getByTestId('sign-in-error')).toHaveText('签到码错误或已过期，请看大屏上的最新签到码');

    // The code read off the organiser's screen (the current one, or the one just before it) signs in.
    const current = (await organiser.getByTestId('sign-in-code').textContent())!.trim();
    await page.getByTestId('sign-in-code-input').fill(current);
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await expect(page.getByTestId('sign-in-done')).toContainText('签到成功');
    await expect(page.getByTestId('sign-in-done')).toContainText(topic);

    // The organiser's screen counts the cadre (it polls), and the class page shows the cadre present.
    await expect(organiser.getByTestId('sign-in-count')).toHaveText('已签到 1 / 1 人', { timeout: 20_000 });
    await page.goto(`/classes/${cls.id}`);
    const mine = page.getByTestId('my-class-state');
    await expect(mine).toContainText('在读');
    await expect(mine.locator('li', { hasText: topic })).toContainText('出勤');
    await page.screenshot({ path: test.info().outputPath('cadre-class-phone.png'), fullPage: true });

    // Scanning the QR code opens the sign-in page with the code filled in; a second sign-in keeps the first.
    await page.goto(`/classes/sign-in?session=${sessionId}&code=${(await organiser.getByTestId('sign-in-code').textContent())!.trim()}`);
    await expect(page.getByTestId('sign-in-done')).toContainText('您已签到过');

    // ---- close-out: attendance is complete; the organiser attaches the sign-in sheet and the timetable and closes ----
    await organiser.goto(`/classes/${cls.id}?tab=close`);
    const checks = organiser.getByTestId('close-check-item');
    await expect(checks.filter({ hasText: '每节课的考勤都已记录' })).not.toContainText('未完成');
    await expect(checks.filter({ hasText: '已上传签到表' })).toContainText('未完成');
    await expect(organiser.getByRole('button', { name: '结业并记入学时' })).toBeDisabled();
    await organiser.locator('input[type=file]').setInputFiles({ name: '签到表.png', mimeType: 'image/png', buffer: PNG });
    await expect(organiser.getByRole('link', { name: '签到表.png' })).toBeVisible();
    await organiser.locator('.el-select', { has: organiser.getByRole('combobox', { name: '结业材料' }) }).click();
    await organiser.getByRole('option', { name: '课程表' }).click();
    await organiser.locator('input[type=file]').setInputFiles({ name: '课程表.png', mimeType: 'image/png', buffer: PNG });
    await expect(organiser.getByRole('link', { name: '课程表.png' })).toBeVisible();
    await expect(checks.filter({ hasText: '已上传课程表' })).not.toContainText('未完成');
    await expect(organiser.getByText('将结业 1 人，退学 0 人')).toBeVisible();
    await organiser.getByRole('button', { name: '结业并记入学时' }).click();
    await organiser.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await expect(organiser.getByText('已结业，学时已记入学习档案').first()).toBeVisible();

    // ---- the cadre's archive lists the class with its eight hours ----
    await page.goto('/archive');
    await expect(page.getByTestId('archive-classes')).toContainText(title);
    await expect(page.getByTestId('archive-classes').locator('tr', { hasText: title })).toContainText('结业');
    await expect(page.getByTestId('archive-classes').locator('tr', { hasText: title })).toContainText('8');

    await desk.close();
    await phone.close();
  });

  test('the town admin sees on a phone what approving a leave request would do, and refuses it', async ({ browser }) => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await signIn(page, 'town_admin');
    await page.goto('/classes');
    await page.getByTestId('class-card').filter({ hasText: '赴浙江安吉对标学习' }).click();
    await page.getByRole('tab', { name: '请假审批' }).click();
    const request = page.getByTestId('leave-request').filter({ hasText: '当日需参加县防汛值班' });
    // Five sessions, 810 minutes: a 150-minute session is 18.5%, past a seventh.
    await expect(request).toContainText('当前缺课 0.0% → 批准后 18.5%');
    await expect(request.getByRole('alert')).toHaveText('批准后该学员缺课超过总学时七分之一，将按退学处理');
    await request.getByPlaceholder('审批意见（可选）').fill('对标交流为必修环节，请调整值班');
    await request.getByRole('button', { name: '不批准' }).click();
    await expect(page.getByText('没有请假申请')).toBeVisible();
    await page.locator('.el-radio-button', { hasText: '全部' }).click();
    const decided = page.getByTestId('leave-request').filter({ hasText: '当日需参加县防汛值班' });
    await expect(decided).toContainText('未批准');
    await expect(decided).toContainText('对标交流为必修环节，请调整值班');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await phone.close();
  });
});
