// `npm run bench -- import`: the roster import at 10,000 rows. Starts the built server twice, on the embedded database
// (a fresh DATA_DIR) and on a fresh database of the local PostgreSQL (BENCH_DATABASE_URL), both with the demo city;
// generates a 10,000-row roster for 龙门镇 with exceljs, and times upload + preview and upload + commit through the API
// as town_admin. Prints a table to copy into test/load/RESULTS.md. Nothing here is asserted by the test suite.
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const main = join(root, 'server', 'dist', 'main.js');
if (!existsSync(main)) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const port = Number(process.env.BENCH_PORT ?? 3300);
const base = `http://127.0.0.1:${port}`;

function residentId(seq) {
  const body = `330102${1960 + (seq % 40)}${String(1 + (seq % 12)).padStart(2, '0')}${String(1 + (seq % 28)).padStart(2, '0')}${String(seq % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** A roster of ROWS cadres spread over the town's units (by name path), every column filled. */
async function roster(unitPaths) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('干部名册');
  sheet.addRow(['用户名', '姓名', '性别', '单位', '出生日期', '民族', '政治面貌', '学历', '职级', '职务', '手机号码', '身份证号', '任现职时间', '重点群体']);
  const stamp = Date.now().toString(36);
  const ids = new Set();
  for (let i = 0; i < ROWS; i++) {
    // Distinct ID numbers: the area code's last digits vary with the row, the check digit follows.
    let id = residentId(i);
    for (let k = 1; ids.has(id); k++) id = residentId(i + k * 1000 * 40 * 12 * 28);
    ids.add(id);
    sheet.addRow([
      `bench${stamp}${i}`,
      `压测干部${i}`,
      i % 2 ? '男' : '女',
      unitPaths[i % unitPaths.length],
      `${1965 + (i % 35)}-0${1 + (i % 9)}-1${i % 9}`,
      '汉族',
      '中共党员',
      '大学本科',
      '四级主任科员',
      '科员',
      `139${String(i).padStart(8, '0')}`,
      id,
      i % 10 === 0 ? '2025-03-01' : '',
      i % 3 === 0 ? '执法领域中层干部' : '',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function waitReady(child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server not ready after 5 minutes');
}

async function json(res, step) {
  const body = await res.json();
  if (!res.ok) throw new Error(`${step}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

async function post(token, mode, file) {
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'roster.xlsx');
  const t0 = performance.now();
  const body = await json(await fetch(`${base}/api/users/import?mode=${mode}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form }), mode);
  return { ms: Math.round(performance.now() - t0), body };
}

async function measure(label, env) {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const server = spawn(process.execPath, [main], {
    env: { ...inherited, ...env, SEED_DEMO: '1', PORT: String(port), LOG_LEVEL: 'error', JOBS_ENABLED: '0', RATE_LIMIT_API_PER_MIN: '1000000', RATE_LIMIT_LOGIN_PER_MIN: '100000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitReady(server);
    const { accessToken: token } = await json(
      await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'town_admin', password: 'Demo@2026' }) }),
      'sign-in',
    );
    const template = await fetch(`${base}/api/users/import/template`, { headers: { Authorization: `Bearer ${token}` } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await template.arrayBuffer());
    const unitPaths = [];
    wb.getWorksheet('单位列表').eachRow((row, n) => n > 1 && unitPaths.push(String(row.getCell(1).value)));
    const t0 = performance.now();
    const file = await roster(unitPaths);
    const generated = Math.round(performance.now() - t0);
    const preview = await post(token, 'preview', file);
    if (preview.body.problems.length) throw new Error(`preview found problems: ${JSON.stringify(preview.body.problems.slice(0, 3))}`);
    const commit = await post(token, 'commit', file);
    const line = `| ${label} | ${ROWS.toLocaleString('en')} rows, ${unitPaths.length} units, ${(file.length / 1024).toFixed(0)} KB | ${preview.ms} | ${commit.ms} | ${commit.body.imported} |`;
    console.log(`${label}: file generated in ${generated} ms`);
    return line;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

const which = (process.env.BENCH_IMPORT_DATABASES ?? 'embedded,postgres').split(',');
const lines = [];
if (which.includes('embedded')) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cadre-import-bench-'));
  try {
    lines.push(await measure('embedded (PGlite)', { DATA_DIR: dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
if (which.includes('postgres')) await measurePostgres();
console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}\n`);
console.log('| database | roster | upload + preview ms | upload + commit ms | imported |\n|---|---|---|---|---|');
console.log(lines.join('\n'));

async function measurePostgres() {
  const dbName = `cadre_bench_import_${Date.now()}`;
  const url = new URL(baseUrl);
  url.pathname = `/${dbName}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const pgDir = mkdtempSync(join(tmpdir(), 'cadre-import-bench-'));
  try {
    lines.push(await measure(`PostgreSQL at ${url.host}`, { DATABASE_URL: url.toString(), DATA_DIR: pgDir }));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
    rmSync(pgDir, { recursive: true, force: true });
  }
}
