import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { signIn } from './helpers';

test.describe('进展报告: the campaign progress report', () => {
  test('zzb_admin generates the year\'s report, follows a figure to its records, and downloads the Word draft', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.getByRole('menuitem', { name: '进展报告' }).click();
    const report = page.getByTestId('progress-report');
    await expect(report.getByRole('heading', { name: /示范市干部作风能力提升年活动进展情况报告（草稿）/ })).toBeVisible();
    // In the seed report's order: the tasks, the meeting rhythm and the research visits, the activities, the young cadres, supervision, publicity, then the lagging units.
    const titles = ['一、“8方面34项具体任务”推进情况', '二、调度推进', '三、调查研究', '四、理论宣讲', '五、学习研讨', '六、干部教育培训（课程与学时）', '七、学时达标情况', '八、专题测试', '九、优秀年轻干部培养', '十、督导检查和问题整改', '十一、宣传引导', '十二、推进迟缓单位'];
    for (const title of titles) {
      await expect(report.getByRole('heading', { name: title })).toBeVisible();
    }
    // The demo city's verified lectures of this year: the figure opens the list of exactly those sessions.
    const sessions = page.getByTestId('figure-lectures-sessions');
    const count = Number((await sessions.innerText()).replace(/[^\d]/g, ''));
    expect(count).toBeGreaterThan(0);
    await expect(page.getByTestId('report-lectures').getByText(`理论宣讲${count}场次`)).toBeVisible();
    await sessions.click();
    await expect(page).toHaveURL(/\/lectures\/all\?.*status=verified.*from=\d{4}-01-01/);
    await expect(page.getByTestId('period-tag')).toBeVisible();
    await expect(page.locator('.el-pagination__total')).toHaveText(new RegExp(`\\b${count}\\b`));
    await page.goBack();

    // The campaign tasks: the overdue figure lists the overdue tasks.
    const overdue = page.getByTestId('figure-campaign-overdue');
    await expect(overdue).toBeVisible();
    await overdue.click();
    await expect(page).toHaveURL(/\/campaign\/tasks\?status=overdue/);
    await page.goBack();

    const downloading = page.waitForEvent('download');
    await page.getByTestId('report-docx').click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^示范市进展情况报告-\d{4}-01-01至\d{4}-\d{2}-\d{2}\.docx$/);
    // The Word draft says what the page said: the same count of verified lectures, in the same words.
    const docx = await JSZip.loadAsync(await readFile(await file.path()));
    const text = (await docx.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('四、理论宣讲');
    expect(text).toContain(`理论宣讲${count}场次`);
  });

  test('a narrower period on a phone-width screen', async ({ browser }) => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await signIn(page, 'zzb_admin');
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
    await page.goto(`/admin/progress-report?from=${year}-01-01&to=${year}-01-31`);
    const report = page.getByTestId('progress-report');
    await expect(report.getByText(`（${year}-01-01 至 ${year}-01-31）`)).toBeVisible();
    await expect(report.getByRole('heading', { name: '四、理论宣讲' })).toBeVisible();
    // Nothing wider than the screen but the tables, which scroll in their own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
