// `npm run bench -- dashboard`: builds the 100,000-cadre city (`npm run seed:scale`) in a fresh database on the local
// PostgreSQL (BENCH_DATABASE_URL), starts the built server on it, and times the dashboard endpoints one request at a time
// next to the same aggregate run directly in SQL (the query the service sends), so the overhead of our layers shows.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const cadres = Number(process.env.BENCH_SCALE_CADRES ?? 100_000);
const runs = Number(process.env.BENCH_DASHBOARD_RUNS ?? 30);
const dbName = `cadre_bench_dash_${Date.now().toString(36)}`;
const url = new URL(base);
url.pathname = `/${dbName}`;
const admin = new pg.Client({ connectionString: base.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const port = await new Promise((resolve, reject) => {
  const srv = createServer();
  srv.once('error', reject);
  srv.listen(0, '127.0.0.1', () => {
    const address = srv.address();
    srv.close(() => resolve(address.port));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'cadre-bench-dash-'));
let server;
try {
  const seed = spawnSync(process.execPath, [join(root, 'scripts', 'seed-scale.mjs'), '--cadres', String(cadres)], {
    env: { ...process.env, DATABASE_URL: url.toString(), DATA_DIR: dataDir },
    stdio: 'inherit',
  });
  if (seed.status !== 0) throw new Error('seed:scale failed');
  server = spawn(process.execPath, [join(root, 'server', 'dist', 'main.js')], {
    env: { ...process.env, DATABASE_URL: url.toString(), PORT: String(port), DATA_DIR: dataDir, JOBS_ENABLED: '0', LOG_LEVEL: 'error', RATE_LIMIT_API_PER_MIN: '1000000', RATE_LIMIT_STORE: 'memory', SHUTDOWN_DRAIN_SECONDS: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const api = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${api}/api/health`)).ok) break;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const login = await fetch(`${api}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'zzb_admin', password: 'Demo@2026' }) });
  const { accessToken } = await login.json();
  const headers = { authorization: `Bearer ${accessToken}` };
  // The first read after the seed finds no kept figures and computes every unit's (the scheduled job would otherwise).
  const coldStarted = performance.now();
  const city = await (await fetch(`${api}/api/dashboard/units`, { headers })).json();
  const coldMs = performance.now() - coldStarted;
  const town = city.items.find((i) => i.unitName === '龙门镇');

  const percentiles = (ms) => {
    ms.sort((a, b) => a - b);
    return { p50: ms[Math.floor(ms.length * 0.5)], p95: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] };
  };
  const http = async (path, before) => {
    const ms = [];
    for (let i = 0; i < runs; i++) {
      if (before) await before();
      const t = performance.now();
      const res = await fetch(api + path, { headers });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      ms.push(performance.now() - t);
    }
    return percentiles(ms);
  };
  // The same aggregate, straight to PostgreSQL with the service's own SQL and parameters.
  const require = createRequire(import.meta.url);
  const { UNITS_SQL } = require(join(root, 'server', 'dist', 'modules', 'dashboard', 'dashboard.service.js'));
  const direct = new pg.Client({ connectionString: url.toString() });
  await direct.connect();
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  const sql = async (unitId) => {
    const ms = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await direct.query(UNITS_SQL, [unitId, year]);
      ms.push(performance.now() - t);
    }
    return percentiles(ms);
  };
  const rows = [
    ['GET /api/dashboard/units (the city: 73 child units)', await http('/api/dashboard/units'), await sql(city.parent.unitId)],
    [`GET /api/dashboard/units?parentId= (a town: ${town.childCount} villages)`, await http(`/api/dashboard/units?parentId=${town.unitId}`), await sql(town.unitId)],
    // A cadre of one village finished a course since the last read: that village's figures are recomputed first.
    [
      'GET /api/dashboard/units (the city) right after a write in one village',
      await http('/api/dashboard/units', () => direct.query(`INSERT INTO dashboard_dirty (unit_id) SELECT id FROM org_units WHERE parent_id = $1 ORDER BY path LIMIT 1 ON CONFLICT DO NOTHING`, [town.unitId])),
      null,
    ],
    ['GET /api/dashboard/lagging (the city)', await http('/api/dashboard/lagging'), null],
    ['GET /api/dashboard/summary (the city)', await http('/api/dashboard/summary'), null],
  ];
  await direct.end();
  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}`);
  console.log(`${city.parent.cadres} cadres, ${city.parent.requiredEnrollments} required enrolments open this year; ${runs} requests each, one at a time`);
  console.log(`First read after the seed, computing every unit's figures: ${coldMs.toFixed(0)} ms\n`);
  console.log('| request | p50 ms | p95 ms | same SQL directly, p50 / p95 ms |');
  console.log('|---|---|---|---|');
  for (const [name, h, s] of rows) console.log(`| ${name} | ${h.p50.toFixed(0)} | ${h.p95.toFixed(0)} | ${s ? `${s.p50.toFixed(0)} / ${s.p95.toFixed(0)}` : '—'} |`);
} finally {
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  await new Promise((r) => setTimeout(r, 1000));
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
}
