import { expect, test } from '@playwright/test';
import { apiToken as token, getJson, signIn } from './helpers';

interface Me {
  id: string;
  unitId: string;
  scopeUnitId: string | null;
}
interface Figures {
  visits: number;
  problems: number;
  solved: number;
}

/** A valid 1×1 PNG: the phone's "photo". */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test.describe('research visits (大兴调查研究)', () => {
  test('a leader records a visit from the village on a phone, with a photo and a problem, and marks it solved; the figures show it', async ({ browser, request }) => {
    test.setTimeout(120_000);
    // Set-up through the API: zzb_admin opens a topic for cadre01 (a 副镇长 of 龙门镇) on the town.
    const zzbToken = await token(request, 'zzb_admin');
    const leader = await getJson<Me>(request, '/api/me', await token(request, 'cadre01'));
    const villages = await getJson<{ id: string; name: string; kind: string }[] | { items: { id: string; name: string; kind: string }[] }>(request, `/api/org-units?parentId=${leader.unitId}`, zzbToken);
    const village = (Array.isArray(villages) ? villages : villages.items).find((u) => u.kind === 'village')!;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const title = `乡村振兴调研旅程${Date.now().toString(36)}`;
    const created = await request.post('/api/research/topics', {
      headers: { Authorization: `Bearer ${zzbToken}` },
      data: { title, question: '群众最急难愁盼的问题是什么？', leaderId: leader.id, unitId: leader.unitId, periodFrom: today, periodTo: today },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const figuresPath = `/api/research/figures?unitId=${leader.unitId}&from=${today}&to=${today}`;
    const before = await getJson<Figures>(request, figuresPath, zzbToken);

    // ---- the leader, on a phone in the village ----
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await signIn(page, 'cadre01');
    await page.goto('/research');
    await page.getByTestId('topic-card').filter({ hasText: title }).click();
    await expect(page).toHaveURL(new RegExp(`/research/${id}$`));
    await page.getByTestId('record-visit').click();
    await page.getByRole('combobox', { name: '走访单位' }).click();
    await page.locator('.el-tree-node__content').filter({ visible: true }).getByText(village.name, { exact: true }).click();
    await page.getByTestId('visit-notes').fill('与村“两委”和群众代表座谈，查看灌溉渠');
    await page.getByTestId('photo-input').setInputFiles({ name: 'visit.png', mimeType: 'image/png', buffer: PHOTO });
    await expect(page.getByRole('img', { name: '现场照片 1' })).toBeVisible();
    await page.getByTestId('add-problem').click();
    await page.getByTestId('visit-problem').getByRole('textbox', { name: '问题描述' }).fill('灌溉渠年久失修，影响三组村民浇地');
    await page.getByTestId('visit-save').click();

    // Back on the topic: the visit with its photo, the problem open; the leader marks it solved.
    await expect(page).toHaveURL(new RegExp(`/research/${id}$`));
    const visit = page.getByTestId('visit').filter({ hasText: village.name });
    await expect(visit.getByRole('img')).toHaveCount(1);
    const problem = page.getByTestId('problem').filter({ hasText: '灌溉渠年久失修' });
    await expect(problem).toContainText('待解决');
    await problem.getByRole('button', { name: '标记已解决' }).click();
    await page.getByTestId('solve-note').fill('村里筹资修复灌溉渠');
    await page.getByTestId('solve-save').click();
    await expect(problem).toContainText('已解决');
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await phone.close();

    // ---- town_admin (the town's admin, a lighter home page than the city's): the town's figures for today count the
    // visit, the problem and its solving ----
    const desk = await (await browser.newContext()).newPage();
    await signIn(desk, 'town_admin');
    await desk.goto(`/research/figures?unitId=${leader.unitId}&from=${today}&to=${today}`);
    // The home page's dashboard queries, just asked for on sign-in, go first on the embedded database's one connection.
    await expect(desk.getByTestId('figure-visits')).toContainText(String(before.visits + 1), { timeout: 20_000 });
    await expect(desk.getByTestId('figure-problems')).toContainText(String(before.problems + 1));
    await expect(desk.getByTestId('figure-solved')).toContainText(String(before.solved + 1));
    await desk.getByTestId('figure-solved').click();
    await expect(desk).toHaveURL(/\/research\/problems\?.*status=solved/);
    await expect(desk.getByRole('link', { name: '灌溉渠年久失修，影响三组村民浇地' })).toBeVisible();
  });
});
