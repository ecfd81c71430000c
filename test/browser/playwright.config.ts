import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// One server for every journey: the built platform with the demo city, in a fresh data folder, on the embedded database or,
// when run.mjs made one (TEST_DATABASE_URL set), on a fresh PostgreSQL database (SEED_DEMO seeds it as embedded mode does).
const root = join(__dirname, '..', '..');
const port = Number(process.env.BROWSER_TEST_PORT ?? 3100);
process.env.CADRE_BROWSER_DATA ??= mkdtempSync(join(tmpdir(), 'cadre-browser-'));

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: join(root, 'test-results'),
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalTeardown: join(root, 'test', 'browser', 'teardown.ts'),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    command: `node ${join(root, 'server', 'dist', 'main.js')}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: process.env.CADRE_BROWSER_DATA,
      RATE_LIMIT_LOGIN_PER_MIN: '10000',
      RATE_LIMIT_API_PER_MIN: '1000000',
      LOG_LEVEL: 'warn',
      DATABASE_URL: process.env.BROWSER_DATABASE_URL ?? '',
      SEED_DEMO: '1',
    },
  },
});
