import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

/**
 * WCAG 2.1 AA with axe: every role opens each page of its menu once (pages another role already checked are skipped)
 * and no serious or critical violation may show: contrast, names of progress bars and form fields, and the rest.
 */
const ROLES = process.env.A11Y_ROLES
  ? process.env.A11Y_ROLES.split(',')
  : ['cadre01', 'lecturer01', 'town_admin', 'auditor01', 'zzb_admin'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes
        .slice(0, 3)
        .map(
          (n) =>
            `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}${process.env.A11Y_DEBUG ? ` ${n.html.slice(0, 300)}` : ''}`,
        ),
    );
}

// One test per role, in order, sharing the pages already checked: each role's walk has its own time limit (one test of
// every role reached the five minutes on a busy machine once the menus grew), and a failure names the role.
const seen = new Set<string>();
for (const username of ROLES) {
  test(`every menu page of ${username} passes axe (WCAG 2.1 AA) without serious or critical violations`, async ({ browser }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await signIn(page, username);
    const menu = page.locator('aside.sidebar .el-menu-item');
    await expect(menu.first()).toBeVisible();
    const count = await menu.count();
    for (let i = 0; i < count; i++) {
      const item = menu.nth(i);
      const title = ((await item.textContent()) ?? '').trim();
      const before = page.url();
      await item.click();
      if (i > 0) await page.waitForURL((url) => url.href !== before);
      const path = new URL(page.url()).pathname;
      if (seen.has(path)) continue;
      seen.add(path);
      // Skeletons and loading masks gone: the page shows its content.
      await expect(page.locator('.el-skeleton, .el-loading-mask:visible')).toHaveCount(0, { timeout: 15_000 });
      // Fades finished: axe measures contrast as shown, not half-way through a transition.
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
      );
      const started = Date.now();
      const pageFound = await violations(page);
      if (process.env.A11Y_DEBUG)
        console.log(username, title, path, `${Date.now() - started} ms`, pageFound.length, pageFound.join('\n  '));
      for (const v of pageFound) found.push(`${username} ${title} ${path}: ${v}`);
    }
    await context.close();
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('the walk reached the pages of every menu', () => {
  expect(seen.size).toBeGreaterThan(15);
});
