import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from './helpers';

/** Answers the question on screen with its first choice, or a text for fill-in, as a hurried cadre would. */
async function answerCurrent(page: Page, text = '人民'): Promise<void> {
  const question = page.locator('section.question');
  const fill = question.getByPlaceholder('请输入答案');
  if (await fill.count()) await fill.fill(text);
  else await question.locator('label.option').first().click();
}

test.describe('quizzes', () => {
  test('cadre01 sits the theory test, reloads mid-way without losing answers, submits and reads the review', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'cadre01');
    await page.goto('/quizzes');
    const card = page.getByRole('link', { name: /新任职领导干部理论知识测试/ });
    await expect(card).toContainText('进行中');
    await card.click();
    await expect(page.getByText('20 题 · 100 分')).toBeVisible();
    await page.getByRole('button', { name: '开始答题' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '开始答题' }).click();
    await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}/);
    await expect(page.getByTestId('clock')).toContainText(/剩余 (30:00|29:\d\d)/);

    // Three answers, then the autosave confirms them.
    const stems: string[] = [];
    for (let i = 0; i < 3; i++) {
      stems.push((await page.getByTestId('stem').textContent()) ?? '');
      await answerCurrent(page);
      await page.getByRole('button', { name: '下一题' }).click();
    }
    await expect(page.getByTestId('save-state')).toContainText('已自动保存', { timeout: 15_000 });
    const sheet = page.getByRole('complementary', { name: '答题卡' });
    await expect(sheet).toContainText('未答 17 题');

    // A reload (a dropped connection, a closed tab) brings back the same paper with the saved answers, at the
    // question the cadre was on (the fourth).
    const fourth = (await page.getByTestId('stem').textContent()) ?? '';
    await page.reload();
    await expect(page.getByRole('complementary', { name: '答题卡' })).toContainText('未答 17 题');
    await expect(page.getByTestId('stem')).toHaveText(fourth);
    await page.getByRole('button', { name: /^第 1 题/ }).click();
    await expect(page.getByTestId('stem')).toHaveText(stems[0]!);
    await expect(page.locator('section.question .is-checked, section.question input[type="text"]').first()).toBeVisible();
    await expect(page.getByRole('button', { name: '第 1 题 已答' })).toBeVisible();
    await expect(page.getByRole('button', { name: '第 4 题 未答' })).toBeVisible();

    // Jump to the last question from the answer sheet and hand in with questions left blank.
    await page.getByRole('button', { name: /^第 20 题/ }).click();
    await answerCurrent(page);
    await page.getByRole('region', { name: '第 20 题' }).getByRole('button', { name: '交卷' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('还有 16 题未作答');
    await confirm.getByRole('button', { name: '交卷' }).click();

    const result = page.getByTestId('result');
    await expect(result).toBeVisible();
    await expect(result).toContainText('/ 100');
    await expect(result).toContainText(/已通过|未通过/);
    await expect(result).toContainText(/答对 \d+ \/ 20 题/);
    // The review shows every question with the right answer and its explanation.
    await expect(result.locator('ol.review > li')).toHaveCount(20);
    await expect(result.getByText('正确答案').first()).toBeVisible();
    await expect(result.getByText('解析').first()).toBeVisible();
    // This paper shuffles its options, yet the review letters them as shown: A, B, C, D from the top of each question.
    const reviewed = await result.locator('ul.opts').evaluateAll((lists) =>
      lists.map((ul) => [...ul.querySelectorAll('li')].map((li) => (li.textContent ?? '').trim().slice(0, 2))).filter((l) => l.length >= 3),
    );
    expect(reviewed.length).toBeGreaterThan(5);
    for (const list of reviewed) expect(list).toEqual(['A.', 'B.', 'C.', 'D.', 'E.', 'F.'].slice(0, list.length));

    // Back on the list the sitting counts: one of two attempts used.
    await page.goto('/quizzes');
    await page.getByRole('link', { name: /新任职领导干部理论知识测试/ }).click();
    await expect(page.getByText('已用 1 次 / 共 2 次')).toBeVisible();
  });

  test('on a phone a cadre sits the discipline test: letters A B C D in the order shown, a reload keeps the question, leaving asks first', async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'cadre01');
    const tabBar = page.getByRole('navigation', { name: '菜单' }).last();
    await tabBar.getByRole('button', { name: '考试测试' }).click();
    await page.getByRole('link', { name: /党纪学习教育应知应会测试/ }).click();
    await page.getByRole('button', { name: '开始答题' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '开始答题' }).click();
    await expect(page.getByTestId('clock')).toBeVisible();
    // During the exam the tab bar steps aside.
    await expect(tabBar).toBeHidden();
    await answerCurrent(page);

    // Shuffled or not, the choices read A, B, C, D from the top.
    const letters = async () => (await page.locator('section.question label.option').allTextContents()).map((text) => text.trim().slice(0, 2));
    const inOrder = (n: number) => ['A.', 'B.', 'C.', 'D.', 'E.', 'F.'].slice(0, n);
    // On to the next choice question (判断 and 填空 carry no letters).
    let shown: string[] = [];
    let at = 1;
    while (shown.length < 3 && at < 20) {
      await page.getByRole('button', { name: '下一题' }).click();
      at += 1;
      shown = await letters();
    }
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown).toEqual(inOrder(shown.length));
    const stem = (await page.getByTestId('stem').textContent()) ?? '';
    await expect(page).toHaveURL(new RegExp(`[?&]q=${at}$`));

    // Closing or reloading the tab mid-exam has the browser ask first (the page cancels beforeunload)...
    const asks = await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(asks).toBe(true);
    // ...and a reload returns to the same question, lettered the same way.
    await page.reload();
    await expect(page.getByTestId('stem')).toHaveText(stem);
    expect(await letters()).toEqual(shown);

    // Leaving through the menu asks first; staying keeps the exam.
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('dialog').getByRole('menuitem', { name: '首页' }).click();
    const leave = page.getByRole('dialog', { name: '离开考试' });
    await expect(leave).toContainText('计时不会暂停');
    await leave.getByRole('button', { name: '继续答题' }).click();
    await expect(page.getByTestId('stem')).toHaveText(stem);

    // The sheet is a drawer on a phone: open it and jump to the last question.
    await page.getByRole('button', { name: '答题卡（未答 19）' }).click();
    await page.getByRole('button', { name: /^第 20 题/ }).click();
    await answerCurrent(page, '八项规定');
    await page.getByRole('region', { name: '第 20 题' }).getByRole('button', { name: '交卷' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '交卷' }).click();
    await expect(page.getByTestId('result')).toContainText('/ 100');
    // The review letters the choices as they were shown: A, B, C, D from the top of each question.
    await expect(page.locator('[data-testid="result"] ol.review > li')).toHaveCount(20);
    const reviewed = await page.locator('[data-testid="result"] ul.opts').evaluateAll((lists) =>
      lists.map((ul) => [...ul.querySelectorAll('li')].map((li) => (li.textContent ?? '').trim().slice(0, 2))).filter((l) => l.length >= 3),
    );
    expect(reviewed.length).toBeGreaterThan(0);
    for (const list of reviewed) expect(list).toEqual(inOrder(list.length));
    await context.close();
  });

  test('the org admin sees the discipline test results by unit and by question', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/quizzes');
    await page.getByRole('link', { name: '党纪学习教育应知应会测试' }).click();
    await page.getByRole('tab', { name: '成绩分析' }).click();
    await expect(page.locator('.figures').getByText('参考人数')).toBeVisible();
    await expect(page.getByRole('heading', { name: '各单位情况' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '各题正确率' })).toBeVisible();
    // Hundreds of demo cadres sat it; each of the 20 questions has a correct rate.
    const figure = page.locator('.figures .figure').first();
    expect(Number(await figure.textContent())).toBeGreaterThan(100);
    await expect(page.locator('.el-table').last().locator('tbody tr')).toHaveCount(20);
  });

  test('the org admin adds a question to the bank and builds a quiz from it', async ({ page, browser }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/questions');
    await page.getByRole('button', { name: '新增试题' }).click();
    const dialog = page.getByRole('dialog', { name: '新增试题' });
    await dialog.getByLabel('题干').fill('浏览器测试：基层治理“三治融合”指自治、法治和哪一项相结合？');
    await dialog.getByLabel('选项 A 内容').fill('德治');
    await dialog.getByLabel('选项 B 内容').fill('共治');
    await dialog.getByLabel('选项 C 内容').fill('善治');
    await dialog.getByLabel('选项 D 内容').fill('整治');
    await dialog.getByRole('radio', { name: '将选项 A 设为正确答案' }).click({ force: true });
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();

    await page.goto('/admin/quizzes/new');
    await page.getByLabel('考试名称').fill('浏览器测试：三治融合小测');
    await page.getByRole('textbox', { name: '搜索题干' }).fill('三治融合');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('button', { name: '加入' }).first().click();
    await expect(page.getByText('试卷总分')).toBeVisible();
    await page.getByRole('button', { name: '创建草稿' }).click();
    await expect(page).toHaveURL(/\/admin\/quizzes\/[0-9a-f-]{36}/);
    await page.getByRole('button', { name: '发布' }).click();
    await expect(page.getByText('已发布').first()).toBeVisible();
    // A cadre of the city now finds it among their quizzes.
    const cadre = await browser.newContext();
    const cadrePage = await cadre.newPage();
    await signIn(cadrePage, 'cadre01');
    await cadrePage.goto('/quizzes');
    await expect(cadrePage.getByRole('link', { name: /浏览器测试：三治融合小测/ })).toContainText('1 题');
    await cadre.close();
  });

  test('the org admin imports questions from the downloaded template: a wrong row is reported and nothing lands', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/questions');
    await page.getByRole('button', { name: '批量导入' }).click();
    const dialog = page.getByRole('dialog', { name: '批量导入' });
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载导入模板' }).click();
    const template = await downloading;
    const dir = mkdtempSync(join(tmpdir(), 'cadre-import-'));
    const templatePath = join(dir, 'template.xlsx');
    await template.saveAs(templatePath);

    // Fill the template as an organisation department would: its example rows replaced by our own questions.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(templatePath);
    const sheet = wb.getWorksheet('试题')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('题型');
    for (let r = 2; r <= sheet.rowCount; r++) sheet.getRow(r).getCell(2).value = `浏览器导入题${r}：${String(sheet.getRow(r).getCell(2).value)}`;
    sheet.getRow(3).getCell(9).value = '也许';
    const wrong = join(dir, 'wrong.xlsx');
    await wb.xlsx.writeFile(wrong);
    await dialog.locator('input[type="file"]').setInputFiles(wrong);
    await expect(dialog).toContainText('发现 1 处问题');
    await expect(dialog.locator('.problems')).toContainText('答案');
    // Nothing can be imported until the error is fixed, and the button says so rather than offering the file's rows.
    await expect(dialog.getByRole('button', { name: '有 1 处错误，修正后才能导入' })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: /导入 \d+ 道试题/ })).toHaveCount(0);

    sheet.getRow(3).getCell(9).value = '正确';
    const right = join(dir, 'right.xlsx');
    await wb.xlsx.writeFile(right);
    await dialog.locator('input[type="file"]').setInputFiles(right);
    await expect(dialog).toContainText('检查通过：共 4 道试题可以导入');
    await dialog.getByRole('button', { name: '导入 4 道试题' }).click();
    await expect(page.getByText('已导入 4 道试题')).toBeVisible();
    await page.getByRole('search').getByPlaceholder('搜索题干').fill('浏览器导入题');
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.locator('.el-table__body tr')).toHaveCount(4);
  });

  test('the org admin drafts a random paper by rules and previews a drawn paper with its answers', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/quizzes/new');
    await page.getByLabel('考试名称').fill('浏览器测试：随机抽题');
    await page.getByRole('radio', { name: '随机抽题' }).click({ force: true });
    await page.getByRole('button', { name: '添加抽题规则' }).click();
    await expect(page.getByText('试卷总分 20 分')).toBeVisible();
    await page.getByRole('button', { name: '创建草稿' }).click();
    await expect(page).toHaveURL(/\/admin\/quizzes\/[0-9a-f-]{36}/);
    await page.getByRole('button', { name: '预览试卷' }).click();
    const preview = page.getByRole('dialog', { name: '预览试卷' });
    await expect(preview.locator('ol.preview > li')).toHaveCount(10);
    await expect(preview.getByText('正确答案').first()).toBeVisible();
  });
});
