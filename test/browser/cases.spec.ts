import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiToken as token, getJson, signIn } from './helpers';

/** Issue 19, the case library (典型案例库): a warning case becomes a lesson, and a cadre on a phone finds it. */
test.describe('case library (典型案例库)', () => {
  test('zzb_admin publishes a warning case and adds it to a course as a lesson; cadre01 on a phone finds it in the library and in the course', async ({ browser, request }) => {
    test.setTimeout(120_000);
    const stamp = Date.now().toString(36);
    const title = `村干部推诿拖拉警示${stamp}`;
    const courseTitle = `警示教育专题${stamp}`;

    // Set-up through the API (not the point of the journey): a published course, and the case as a draft.
    const zzb = await token(request, 'zzb_admin');
    const post = async (api: APIRequestContext, path: string, data: object) => {
      const res = await api.post(path, { headers: { Authorization: `Bearer ${zzb}` }, data });
      expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy();
      return (await res.json()) as { id: string };
    };
    const categories = await getJson<{ items: { id: string; name: string }[] }>(request, '/api/course-categories', zzb);
    const course = await post(request, '/api/courses', { title: courseTitle, summary: '以案为鉴、以案促改', categoryId: categories.items[0]!.id, creditHours: 1, targets: [{ group: 'new_leader', required: false }] });
    await post(request, `/api/courses/${course.id}/lessons`, { title: '导读', type: 'article', body: '<p>以案为鉴，警钟长鸣。</p>', minReadingSeconds: 30 });
    await post(request, `/api/courses/${course.id}/publish`, {});
    const draft = await post(request, '/api/cases', {
      kind: 'warning',
      field: 'work_style',
      title,
      summary: '群众反映的问题三个月未答复',
      body: `某村干部对群众反映的道路维修问题推诿拖拉${stamp}。\n受到诫勉谈话。`,
      sourceKind: 'entered',
    });

    // ---- zzb_admin: publish the case, then add it to the course from the course editor ----
    const desk = await (await browser.newContext()).newPage();
    await signIn(desk, 'zzb_admin');
    await desk.goto('/cases?state=draft');
    await desk.getByRole('link', { name: title }).click();
    await expect(desk).toHaveURL(new RegExp(`/cases/${draft.id}$`));
    await expect(desk.getByTestId('case-state')).toHaveText('草稿');
    await desk.getByTestId('case-publish').click();
    await desk.getByRole('dialog').getByRole('button', { name: '发布' }).click();
    await expect(desk.getByTestId('case-state')).toHaveCount(0);

    await desk.goto(`/admin/courses/${course.id}`);
    await desk.getByTestId('attach-case').click();
    const picker = desk.getByRole('dialog', { name: '选择典型案例' });
    await picker.getByTestId('case-picker-q').fill(stamp);
    await picker.getByTestId('case-picker-q').press('Enter');
    await picker.getByTestId('case-picker-rows').locator('li', { hasText: title }).getByRole('button', { name: '选用' }).click();
    await expect(picker).toBeHidden();
    await expect(desk.locator('ol.lessons > li', { hasText: `警示教育：${title}` })).toBeVisible();

    // ---- cadre01 on a phone: the library, the case (with the course it is used in), the course's lesson ----
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
    await signIn(phone, 'cadre01');
    await phone.goto('/cases');
    await phone.getByRole('textbox', { name: '搜索标题、摘要或正文' }).fill(stamp);
    await phone.getByRole('button', { name: '查询' }).click();
    const card = phone.getByTestId('case-card').filter({ hasText: title });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('反面警示');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await card.click();
    await expect(phone.getByTestId('case-title')).toHaveText(title);
    await expect(phone.getByText(`某村干部对群众反映的道路维修问题推诿拖拉${stamp}。`)).toBeVisible();
    await expect(phone.getByTestId('case-reads')).toHaveText(/阅读 \d+ 人/);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await phone.getByTestId('case-uses').getByRole('link', { name: courseTitle }).click();
    await expect(phone).toHaveURL(new RegExp(`/courses/${course.id}$`));
    await expect(phone.getByText(`警示教育：${title}`)).toBeVisible();
  });
});
