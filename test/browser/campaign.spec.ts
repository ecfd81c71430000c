import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers';

/** A small PNG (a photo of a rectification site, in the journey's imagination). */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mM4ISZLEmIY1TCqYfhqAAAcn/sBzkWbMQAAAABJRU5ErkJggg==';

/** Opens an Element Plus select by its accessible name. */
async function openSelect(page: Page, name: string): Promise<void> {
  await page.locator('.el-select', { has: page.getByRole('combobox', { name, exact: true }) }).click();
}

/** The row of a figures table whose first cell is `label`. */
const tableRow = (page: Page, testId: string, label: string) => page.getByTestId(testId).locator('tbody tr', { has: page.getByRole('link', { name: label, exact: true }) });

test.describe('campaign tasks (8方面34项具体任务)', () => {
  test('zzb_admin sees uneven progress and opens an overdue task; town_admin reports progress on a phone', async ({ page, browser }) => {
    test.setTimeout(120_000);

    // The organisation department opens the overview: 34 tasks, the theory area well ahead, the rectification area behind.
    await signIn(page, 'zzb_admin');
    await page.getByRole('menuitem', { name: '专项任务' }).first().click();
    await expect(page).toHaveURL(/\/campaign$/);
    await expect(page.getByRole('heading', { name: '任务进展总览' })).toBeVisible();
    const figures = page.getByTestId('campaign-figures');
    await expect(figures).toContainText('34');
    await expect(page.getByTestId('figure-overdue')).toHaveText('5');
    await expect(page.getByTestId('campaign-uneven')).toContainText('进展最慢的方面');
    await expect(tableRow(page, 'by-area', '加强党的理论武装')).toContainText('80%');
    await expect(tableRow(page, 'by-area', '突出问题专项整治')).toContainText('0%');
    await expect(page.getByTestId('by-lead-unit').locator('tbody tr')).not.toHaveCount(0);
    await expect(page.locator('canvas')).toHaveCount(2);

    // Only the overdue tasks: the filter goes into the URL and the figures follow it.
    await openSelect(page, '状态');
    await page.getByRole('option', { name: '已逾期', exact: true }).click();
    await expect(page).toHaveURL(/status=overdue/);
    await expect(page.getByTestId('figure-overdue')).toHaveText('5');
    await expect(page.getByTestId('figure-done')).toHaveText('0');

    // From the overview to the list of those tasks, and into one of them.
    await page.getByRole('button', { name: '任务清单' }).click();
    await expect(page).toHaveURL(/\/campaign\/tasks\?status=overdue/);
    const list = page.getByTestId('campaign-tasks');
    await expect(list.locator('tbody tr')).toHaveCount(5);
    await list.getByRole('link', { name: '乡村振兴领域突出问题专项整治' }).click();
    await expect(page).toHaveURL(/\/campaign\/tasks\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: '乡村振兴领域突出问题专项整治' })).toBeVisible();
    // The task's own status (its decisions carry status tags of their own, overdue once their deadline passes).
    await expect(page.getByTestId('task-status').locator('[data-status="overdue"]')).toContainText('已逾期');
    await expect(page.getByTestId('overdue-hint')).toContainText('已超过完成时限');
    await expect(page.getByTestId('lead-unit')).toHaveText('市农业农村局');
    await expect(page.getByRole('button', { name: '编辑' })).toBeVisible();

    // The town's admin, on a phone, reports progress on the task their town leads, with a photo.
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const town = await phone.newPage();
    await signIn(town, 'town_admin');
    await town.goto('/campaign/tasks');
    const tasks = town.getByTestId('campaign-tasks');
    await expect(tasks.locator('li')).not.toHaveCount(0);
    expect(await town.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await tasks.getByRole('link', { name: '开展镇村干部在岗履职和作风问题排查' }).click();
    await expect(town.getByRole('heading', { name: '开展镇村干部在岗履职和作风问题排查' })).toBeVisible();
    const history = town.getByTestId('update-history');
    const before = await history.locator('.el-timeline-item').count();
    const note = `浏览器测试：完成全镇 ${Date.now() % 100000} 名干部在岗情况排查，整改问题 3 个`;
    await town.getByTestId('update-note').fill(note);
    await town.getByTestId('update-file').setInputFiles({ name: '排查现场.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    await expect(town.getByText('排查现场.png')).toBeVisible();
    await town.getByRole('button', { name: '提交进展' }).click();
    await expect(town.getByText('进展已报送')).toBeVisible();
    await expect(history.locator('.el-timeline-item')).toHaveCount(before + 1);
    await expect(history.locator('.el-timeline-item').first()).toContainText(note);
    await expect(history.locator('.el-timeline-item').first().getByRole('link', { name: '排查现场.png' })).toBeVisible();
    expect(await town.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The town's admin cannot edit the task itself.
    await expect(town.getByRole('button', { name: '编辑' })).toHaveCount(0);
    await phone.close();
  });

  test('zzb_admin adds an area, renames it, and deletes it; an area with tasks cannot be deleted', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/campaign');
    await page.getByTestId('manage-areas').click();
    const dialog = page.getByTestId('areas-dialog');
    // The demo's eight areas each have tasks: none can be deleted.
    await expect(dialog.locator('.area-row:not(.add)')).toHaveCount(8);
    await expect(dialog.locator('.area-row:not(.add)').first().getByRole('button', { name: '删除' })).toBeDisabled();

    const name = `试点方面${Date.now().toString(36)}`;
    await dialog.getByRole('textbox', { name: '方面名称' }).fill(name);
    await dialog.getByRole('button', { name: '新增方面' }).click();
    // New areas go last.
    const rows = dialog.locator('.area-row:not(.add)');
    await expect(rows).toHaveCount(9);
    const row = rows.nth(8);
    await expect(row.getByRole('textbox', { name: '名称' })).toHaveValue(name);
    await row.getByRole('textbox', { name: '名称' }).fill(`${name}（改）`);
    await row.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存')).toBeVisible();
    await page.getByRole('button', { name: '关闭' }).or(page.locator('.el-dialog__headerbtn')).first().click();
    await page.getByTestId('manage-areas').click();
    const renamed = dialog.locator('.area-row:not(.add)').nth(8);
    await expect(renamed.getByRole('textbox', { name: '名称' })).toHaveValue(`${name}（改）`);
    await renamed.getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: /确定|OK/ }).click();
    await expect(dialog.locator('.area-row:not(.add)')).toHaveCount(8);
  });
});
