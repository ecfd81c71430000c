import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:3300';
const out = '/tmp/shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function as(user, pages, width) {
  const ctx = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await ctx.newPage();
  await page.goto(base + '/login');
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
  await page.getByRole('button', { name: '登 录' }).click();
  await page.waitForURL((u) => !u.pathname.includes('login'));
  for (const [name, path] of pages) {
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/${user}-${name}-${width}.png`, fullPage: false });
  }
  await ctx.close();
}
await as('zzb_admin', [['dashboard', '/admin/dashboard'], ['settlement', '/admin/settlement?year=2025']], 1366);
await as('cadre01', [['archive', '/archive'], ['home', '/']], 390);
await browser.close();
