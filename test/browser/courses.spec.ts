import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test.describe('courses', () => {
  test('cadre01 opens an assigned course, completes an article lesson and sees progress move', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'cadre01');
    // The town's micro-course is assigned to every cadre of 龙门镇, not begun yet.
    await page.getByRole('link', { name: /基层减负十条（微课）/ }).first().click();
    await expect(page).toHaveURL(/\/learn\//);
    const progress = page.getByTestId('course-progress');
    await expect(progress).toContainText('0%');
    await expect(page.getByRole('heading', { name: /学习导读/ })).toBeVisible();
    // The article needs 15 s of reading with the page visible; the player reports every 5 s.
    await page.getByText('思考题').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('lesson-status')).toContainText('已完成', { timeout: 60_000 });
    await expect(progress).toContainText('50%');
    await expect(progress).toContainText('已完成 1/2 个课时');

    // The progress is the server's: it survives a reload and shows in My courses.
    await page.reload();
    await expect(page.getByTestId('course-progress')).toContainText('50%');
    await page.goto('/my-courses');
    await expect(page.getByRole('link', { name: /基层减负十条/ })).toContainText('50%');
  });

  test('on a phone a cadre filters the catalogue to required courses and opens one', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'cadre01');
    await page.getByRole('navigation', { name: '菜单' }).last().getByRole('button', { name: '课程' }).click();
    await expect(page.getByRole('heading', { name: '课程中心' })).toBeVisible();
    // Element Plus keeps the select's input visually empty; a person taps the select box itself.
    await page.locator('.el-select', { has: page.getByRole('combobox', { name: '必修/选修' }) }).click();
    await page.getByRole('option', { name: '必修', exact: true }).click();
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(/required=true/);
    const first = page.locator('a[data-testid^="course-"]').first();
    await expect(first).toBeVisible();
    await first.click();
    await expect(page.getByRole('heading', { name: '课程目录' })).toBeVisible();
    await context.close();
  });

  test('the org admin creates a course with an article lesson and publishes it', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    await page.goto('/admin/courses');
    await page.getByRole('button', { name: '新建课程' }).click();
    await page.getByLabel('课程名称').fill('浏览器测试课程：基层治理案例');
    await page.getByRole('button', { name: '创建草稿' }).click();
    await expect(page).toHaveURL(/\/admin\/courses\/[0-9a-f-]{36}/);
    await expect(page.getByText('草稿').first()).toBeVisible();

    // Publishing an empty course is refused with a plain message.
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '课程还没有课时' })).toBeVisible();

    await page.getByRole('button', { name: '添加课时' }).click();
    const dialog = page.getByRole('dialog', { name: '添加课时' });
    await dialog.getByLabel('课时名称').fill('案例导读');
    await dialog.getByRole('radio', { name: '图文' }).click({ force: true });
    await dialog.getByRole('textbox', { name: '正文' }).click();
    await page.keyboard.type('村规民约修订中的群众参与。');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('案例导读')).toBeVisible();

    // The hours follow the lessons' lengths until an admin sets them by hand, with a reason.
    const hours = page.getByRole('region', { name: '学时' });
    await expect(hours).toContainText('按时长认定');
    await hours.getByRole('button', { name: '手动核定' }).click();
    await hours.getByLabel('核定学时').fill('1.5');
    await hours.getByLabel('核定理由').fill('含线下研讨');
    await hours.getByRole('button', { name: '保存' }).click();
    await expect(hours).toContainText('核定理由：含线下研讨');
    await expect(hours.getByText('1.5', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: '发布' }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await expect(page.getByText('已发布').first()).toBeVisible();
  });
});
