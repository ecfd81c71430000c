// Runs the Playwright journeys on Debian's Chromium. A fresh machine lacks the browser: as root on Debian it is
// installed here (apt-get install chromium); otherwise the run fails and says how to install it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian’s chromium and CJK fonts…');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : update;
    if (install.status !== 0) process.exit(install.status ?? 1);
  } else {
    console.error(`Chromium not found at ${chromium}. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

// With a PostgreSQL server for the tests (TEST_DATABASE_URL, as CI sets it), the journeys' server runs on a fresh
// database of its own there, seeded with the demo city as the embedded one is: PostgreSQL's own processes answer the
// queries, where the embedded database runs every query on the server's one thread. Without it, the embedded database.
const base = process.env.TEST_DATABASE_URL;
let database;
if (base && !process.env.BROWSER_DATABASE_URL) {
  const { default: pg } = await import('pg');
  const name = `cadre_browser_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  database = { name, url: url.toString() };
  console.log(`The journeys' server runs on PostgreSQL at ${url.host}, database ${name}`);
}
const result = spawnSync('npx', ['playwright', 'test', '-c', join(here, 'playwright.config.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...(database ? { BROWSER_DATABASE_URL: database.url } : {}) },
});
if (database) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`);
  await admin.end();
}
process.exit(result.status ?? 1);
