// `npm run bench`: starts the built server against a fresh PostgreSQL database (BENCH_DATABASE_URL, default the local
// server) with the demo city, signs in first, then measures each scenario with autocannon and prints p50/p95/p99 and
// requests per second. Copy the printed table into test/load/RESULTS.md with the machine and date.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const main = join(root, 'server', 'dist', 'main.js');
if (!existsSync(main)) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `cadre_bench_${Date.now()}`;
const port = Number(process.env.BENCH_PORT ?? 3300);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

async function admin(sql) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const url = new URL(baseUrl);
url.pathname = `/${dbName}`;
await admin(`CREATE DATABASE "${dbName}"`);
const server = spawn(process.execPath, [main], {
  env: {
    ...process.env,
    DATABASE_URL: url.toString(),
    SEED_DEMO: '1',
    PORT: String(port),
    LOG_LEVEL: 'error',
    RATE_LIMIT_API_PER_MIN: '10000000',
    RATE_LIMIT_LOGIN_PER_MIN: '1000000',
    DATA_DIR: join(root, 'test', 'load', '.data'),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (i > 240) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
  const login = async (username) => {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: 'Demo@2026' }),
    });
    return (await res.json()).accessToken;
  };
  const adminToken = await login('zzb_admin');
  const cadreToken = await login('cadre01');
  const town = (await (await fetch(`${base}/api/org-units`, { headers: { Authorization: `Bearer ${adminToken}` } })).json()).items.find(
    (u) => u.name === '龙门镇',
  );

  const scenarios = [
    { name: 'GET /api/me (cadre)', path: '/api/me', token: cadreToken },
    { name: 'GET /api/users, first page (org admin, whole city)', path: '/api/users?pageSize=20', token: adminToken },
    { name: 'GET /api/users, filtered by town and group', path: `/api/users?pageSize=20&unitId=${town.id}&group=new_leader`, token: adminToken },
    { name: 'GET /api/users, search by name', path: `/api/users?pageSize=20&q=${encodeURIComponent('王')}`, token: adminToken },
    { name: 'GET /api/org-units with counts (org admin)', path: '/api/org-units?counts=true', token: adminToken },
    { name: 'GET /api/audit-logs (org admin)', path: '/api/audit-logs?pageSize=20', token: adminToken },
    {
      name: 'POST /api/auth/login (scrypt, CPU-bound)',
      path: '/api/auth/login',
      method: 'POST',
      body: JSON.stringify({ username: 'cadre01', password: 'Demo@2026' }),
    },
  ];
  const rows = [];
  for (const s of scenarios) {
    const result = await autocannon({
      url: `${base}${s.path}`,
      method: s.method ?? 'GET',
      body: s.body,
      headers: { 'Content-Type': 'application/json', ...(s.token ? { Authorization: `Bearer ${s.token}` } : {}) },
      connections,
      duration,
    });
    const errors = result.errors + result.timeouts + (result.non2xx ?? 0);
    rows.push(
      `| ${s.name} | ${result.latency.p50} | ${result.latency.p97_5 ?? result.latency.p95} | ${result.latency.p99} | ${Math.round(result.requests.average)} | ${errors} |`,
    );
    console.log(rows.at(-1));
  }
  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}`);
  console.log(`${connections} connections, ${duration} s per scenario, PostgreSQL at ${url.host}, demo city (2,934 cadres)\n`);
  console.log('| scenario | p50 ms | p97.5 ms | p99 ms | req/s | errors |\n|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
}
