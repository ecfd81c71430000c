// `npm run bench -- certificates`: one certificate and a class's ZIP of 100. Starts the built server on a fresh
// database of the local PostgreSQL (BENCH_DATABASE_URL) with the demo city, then, through the API:
// - cadre01 issues a 学时证明 (POST /api/my/certificates) and downloads its PDF, BENCH_CERT_REPEAT times each (one at a
//   time; the first PDF of the process also parses the fonts and is reported apart);
// - the demo's closed 专题学习班 is given 结业证书 for 100 cadres (its own, the rest inserted beside them in SQL with
//   the same content shape), and zzb_admin downloads the class's ZIP BENCH_ZIP_REPEAT times.
// Prints a table to copy into test/load/RESULTS.md with the load average. Nothing here is asserted by the test suite.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
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
const port = Number(process.env.BENCH_PORT ?? 3300);
const base = `http://127.0.0.1:${port}`;
const REPEAT = Number(process.env.BENCH_CERT_REPEAT ?? 30);
const ZIP_REPEAT = Number(process.env.BENCH_ZIP_REPEAT ?? 3);
const ZIP_SIZE = 100;

const dbName = `cadre_bench_cert_${Date.now()}`;
const url = new URL(baseUrl);
url.pathname = `/${dbName}`;

async function withClient(connectionString, fn) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function waitReady(child) {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server not ready after 10 minutes');
}

async function signIn(username) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'Demo@2026' }) });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status}`);
  return (await res.json()).accessToken;
}

async function timed(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const row = (label, ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return `| ${label} | ${ms.length} | ${Math.round(pct(s, 50))} | ${Math.round(pct(s, 95))} | ${Math.round(s[s.length - 1])} |`;
};

async function ok(res, step) {
  if (!res.ok) throw new Error(`${step}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function code() {
  let v = BigInt(`0x${randomBytes(16).toString('hex')}`);
  let out = '';
  for (let i = 0; i < 26; i++) {
    out = ALPHABET[Number(v & 31n)] + out;
    v >>= 5n;
  }
  return out;
}

await withClient(baseUrl, (c) => c.query(`CREATE DATABASE "${dbName}"`));
const inherited = { ...process.env };
const server = spawn(process.execPath, [main], {
  env: { ...inherited, DATABASE_URL: url.toString(), SEED_DEMO: '1', PORT: String(port), LOG_LEVEL: 'error', JOBS_ENABLED: '0', RATE_LIMIT_API_PER_MIN: '1000000', RATE_LIMIT_LOGIN_PER_MIN: '100000', RATE_LIMIT_STORE: 'memory' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const lines = [];
const loads = [];
try {
  const seedStart = performance.now();
  await waitReady(server);
  console.log(`server ready (demo seeded) in ${Math.round((performance.now() - seedStart) / 1000)} s`);
  const cadre = await signIn('cadre01');
  const admin = await signIn('zzb_admin');
  const year = new Date().getFullYear();

  // One 学时证明: issue it, then fetch its PDF.
  loads.push(loadavg()[0]);
  const issue = [];
  let id;
  for (let i = 0; i < REPEAT; i++) {
    issue.push(
      await timed(async () => {
        const res = await ok(
          await fetch(`${base}/api/my/certificates`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cadre}` }, body: JSON.stringify({ kind: 'hours', year }) }),
          'issue',
        );
        id = (await res.json()).id;
      }),
    );
  }
  const pdf = async () => (await ok(await fetch(`${base}/api/certificates/${id}/pdf`, { headers: { Authorization: `Bearer ${cadre}` } }), 'pdf')).arrayBuffer();
  const firstPdf = await timed(pdf);
  const pdfs = [];
  for (let i = 0; i < REPEAT; i++) pdfs.push(await timed(pdf));
  lines.push(row('POST /api/my/certificates (issue a 学时证明)', issue));
  lines.push(`| GET /api/certificates/:id/pdf, first of the process (parses the fonts) | 1 | ${Math.round(firstPdf)} | — | — |`);
  lines.push(row('GET /api/certificates/:id/pdf (one 学时证明, warm)', pdfs));

  // A ZIP of 100 结业证书: the demo's closed class, topped up to 100 in SQL.
  const classId = await withClient(url.toString(), async (c) => {
    const { rows } = await c.query(`SELECT t.id FROM training_classes t WHERE t.status = 'closed' ORDER BY t.closed_at LIMIT 1`);
    const cls = rows[0].id;
    const { rows: have } = await c.query('SELECT user_id, unit_path, issuer_unit_path, content FROM certificates WHERE class_id = $1', [cls]);
    const missing = ZIP_SIZE - have.length;
    if (missing > 0) {
      const template = have[0];
      const { rows: others } = await c.query(
        `SELECT u.id, u.name, ou.name AS unit_name, ou.path FROM users u JOIN org_units ou ON ou.id = u.unit_id
          WHERE NOT EXISTS (SELECT 1 FROM certificates c WHERE c.class_id = $1 AND c.user_id = u.id) ORDER BY u.id LIMIT $2`,
        [cls, missing],
      );
      for (const o of others) {
        await c.query(
          `INSERT INTO certificates (id, kind, code, user_id, unit_path, issuer_unit_path, class_id, content, fingerprint, state, issued_at)
           VALUES ($1, 'completion', $2, $3, $4, $5, $6, $7, repeat('0', 64), 'valid', now())`,
          [randomUUID(), code(), o.id, o.path, template.issuer_unit_path, cls, { ...template.content, holderName: o.name, unitName: o.unit_name }],
        );
      }
    }
    return cls;
  });
  loads.push(loadavg()[0]);
  const zips = [];
  let entries = 0;
  for (let i = 0; i < ZIP_REPEAT; i++) {
    zips.push(
      await timed(async () => {
        const buf = Buffer.from(await (await ok(await fetch(`${base}/api/training-classes/${classId}/certificates.zip`, { headers: { Authorization: `Bearer ${admin}` } }), 'zip')).arrayBuffer());
        // Count the ZIP's central-directory entries (signature PK\1\2).
        entries = buf.toString('latin1').split('PK\x01\x02').length - 1;
      }),
    );
  }
  lines.push(row(`GET /api/training-classes/:id/certificates.zip (${entries} PDFs)`, zips));
  loads.push(loadavg()[0]);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await withClient(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)).catch(() => undefined);
}
console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}; load average (1 min) during the run: ${loads.map((l) => l.toFixed(1)).join(', ')}\n`);
console.log('| request | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|');
console.log(lines.join('\n'));
