import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from './helpers';

test.describe('lecture administration', () => {
  test('the org admin reads the lecture figures, the uncovered villages, drills into a town and downloads the workbook', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, 'zzb_admin');
    await page.getByRole('menuitem', { name: '宣讲统计' }).click();
    await expect(page.getByRole('heading', { name: '宣讲统计', level: 1 })).toBeVisible();

    // The year's figures for the whole city: verified sessions and audience are counted.
    const figures = page.getByTestId('figures');
    await expect(figures).toContainText('已核实宣讲（场）');
    await expect(figures).toContainText('听众（人次）');
    await expect(figures).toContainText('活跃宣讲人（人）');
    await expect(figures).toContainText('平均评分');
    await expect(figures).toContainText('待核实（场）');
    // Figures are written with zh-CN grouping (1,234).
    const figure = async (i: number) => Number((await figures.locator('.figure').nth(i).textContent())!.replace(/,/g, ''));
    expect(await figure(0)).toBeGreaterThan(0);
    expect(await figure(1)).toBeGreaterThan(0);
    const city = (await page.getByTestId('current-unit').textContent())!.trim();

    // Every chart has its figures in a table too.
    for (const heading of ['按下级单位', '按月份', '按主题', '按宣讲形式', '按宣讲团（队）']) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(page.getByTestId('by-month').locator('tbody tr')).toHaveCount(12);
    await expect(page.getByTestId('by-format')).toContainText('微宣讲');

    await page.getByRole('tab', { name: '宣讲人' }).click();
    const lecturers = page.getByTestId('lecturers');
    await expect(lecturers.locator('tbody tr').first()).toBeVisible();
    await expect(lecturers).toContainText('学时');

    // Coverage: covered of all villages and communities, the uncovered listed first and marked in words.
    await page.getByRole('tab', { name: '覆盖情况' }).click();
    await expect(page.getByTestId('coverage-figure')).toHaveText(/^\d+ \/ \d+$/);
    const [covered, total] = (await page.getByTestId('coverage-figure').textContent())!.split('/').map((s) => Number(s.trim()));
    expect(total).toBeGreaterThan(covered!);
    const coverageRows = page.getByTestId('coverage-table').locator('tbody tr');
    await expect(coverageRows.first()).toContainText('未覆盖');
    await page.getByText('只看未覆盖').click();
    await expect(coverageRows.filter({ hasText: '已覆盖' })).toHaveCount(0);
    await expect(page).toHaveURL(/tab=coverage/);

    // Drill into a town from the table of sub-units; the breadcrumb leads back up.
    await page.getByRole('tab', { name: '统计概况' }).click();
    const town = page.getByTestId('by-unit').getByRole('button', { name: /镇$/ }).first();
    const townName = (await town.textContent())!.trim();
    await town.click();
    await expect(page.getByTestId('current-unit')).toHaveText(townName);
    await expect(page).toHaveURL(/unit=[0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { name: '按下级单位' })).toBeVisible();

    // The town's workbook downloads under its name.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(file.suggestedFilename()).toContain(townName);
    const saved = join(mkdtempSync(join(tmpdir(), 'cadre-lectures-')), 'lectures.xlsx');
    await file.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.getWorksheet('宣讲场次')?.getRow(1).getCell(2).value).toBe('标题');
    expect(workbook.getWorksheet('村（社区）覆盖')).toBeDefined();

    await page.getByRole('link', { name: city }).click();
    await expect(page.getByTestId('current-unit')).toHaveText(city);
  });

  test('the org admin adds a topic, cannot delete one in use, and hides the new one', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/lecture-topics');
    await expect(page.getByRole('heading', { name: '宣讲主题' })).toBeVisible();
    const topics = page.getByRole('list', { name: '宣讲主题' });
    await expect(topics.getByRole('listitem').first()).toBeVisible();

    await page.getByRole('textbox', { name: '主题名称' }).fill('浏览器测试：学习贯彻新修订的条例');
    await page.getByRole('button', { name: '添加主题' }).click();
    const added = topics.getByRole('listitem').filter({ hasText: '浏览器测试：学习贯彻新修订的条例' });
    await expect(added).toContainText('0 场宣讲');

    // A topic lectures already use is kept; the refusal is said in plain Chinese.
    const used = topics.getByRole('listitem').filter({ hasText: /(^|\D)[1-9]\d* 场宣讲/ }).first();
    const usedName = (await used.locator('.name').textContent())!.trim();
    await page.getByRole('button', { name: `删除 ${usedName}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '已有宣讲使用该主题，不能删除' }).first()).toBeVisible();
    await expect(topics.getByRole('listitem').filter({ hasText: usedName })).toHaveCount(1);

    await added.getByRole('button', { name: '停用' }).click();
    await expect(added).toContainText('已停用');

    // The credit-hour rules sit beside the topics: hours per lecture format and per study record type.
    await page.getByRole('menuitem', { name: '学时标准' }).click();
    await expect(page.getByLabel('微宣讲')).toBeVisible();
    await expect(page.getByLabel('理论学习中心组学习')).toBeVisible();
    await expect(page.getByRole('button', { name: '保存' })).toBeDisabled();
  });

  test('a town admin sets up a grassroots team and adds a cadre as its leader', async ({ page }) => {
    await signIn(page, 'town_admin');
    await page.getByRole('menuitem', { name: '宣讲团管理' }).click();
    await expect(page.getByRole('heading', { name: '基层宣讲队' })).toBeVisible();

    await page.getByRole('button', { name: '新建宣讲团（队）' }).click();
    const dialog = page.getByRole('dialog', { name: '新建宣讲团（队）' });
    // A unit admin may only set up grassroots teams.
    await expect(dialog.getByRole('radio', { name: '市级宣讲团' })).toHaveCount(0);
    await expect(dialog.getByText('基层宣讲队', { exact: true })).toBeVisible();
    await dialog.getByLabel('名称').fill('浏览器测试村级宣讲队');
    await dialog.getByRole('button', { name: '新增' }).click();

    await expect(page).toHaveURL(/\/admin\/lecture-teams\/[0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { name: '浏览器测试村级宣讲队', level: 1 })).toBeVisible();
    await expect(page.getByText('暂无成员，请在上方查找干部并添加')).toBeVisible();

    // Any cadre of the town will do; none of the demo accounts is called 张, so their roles stay as other journeys expect.
    const picker = page.getByRole('combobox', { name: '添加成员' });
    await picker.click();
    const searched = page.waitForResponse((r) => r.url().includes('/api/users?') && decodeURIComponent(r.url()).includes('q=张'));
    await picker.fill('张');
    await searched;
    const option = page.getByRole('option', { name: /^张/ }).first();
    const cadre = (await option.textContent())!.split('·')[0]!.trim();
    await option.click();
    const members = page.getByRole('list', { name: '成员' });
    const member = members.getByRole('listitem').filter({ hasText: cadre });
    await expect(member).toBeVisible();
    await member.getByRole('button', { name: '设为队长' }).click();
    await expect(member.locator('.el-tag')).toHaveText('队长');
    await expect(page.locator('.figures .figure').first()).toHaveText('1');

    // Back on the list the new team is counted under the grassroots level.
    await page.getByRole('link', { name: '← 宣讲团管理' }).click();
    await expect(page.getByRole('link', { name: /浏览器测试村级宣讲队/ })).toContainText('成员 1 人');
  });

  test('on a phone the statistics page keeps to one column', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/lecture-stats?tab=coverage');
    await expect(page.getByTestId('coverage-figure')).toBeVisible();
    await expect(page.getByTestId('coverage-table').locator('tbody tr').first()).toContainText('未覆盖');
    // Wide tables scroll inside their panel; the page itself never scrolls sideways.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
