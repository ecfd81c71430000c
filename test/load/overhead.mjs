// `npm run bench -- overhead` (issue 18): what our layers cost on three hot paths. Builds the scale city
// (`npm run seed:scale`, BENCH_SCALE_CADRES, default 100,000) in a fresh database on the local PostgreSQL, starts the built
// server (WEB_CONCURRENCY workers, default 1) and bare-server.mjs (the same SQL from node:http + pg, as many workers),
// then runs alternating autocannon rounds, platform then bare, BENCH_OVERHEAD_ROUNDS times (default 3) of BENCH_SECONDS
// (default 10) with BENCH_CONNECTIONS (default 8), and prints requests per second and the ratio platform / bare:
//   GET /api/dashboard/units (the city, signed in as zzb_admin)  vs  the dashboard's UNITS_SQL for the city
//   GET /api/my/courses (a cadre)                               vs  the same SELECT for that cadre
//   PUT /api/attempts/:id/answers (8 cadres' attempts)           vs  the autosave's two statements
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const cadres = Number(process.env.BENCH_SCALE_CADRES ?? 100_000);
const rounds = Number(process.env.BENCH_OVERHEAD_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
const workers = Number(process.env.WEB_CONCURRENCY ?? 1);
const dbName = `cadre_bench_over_${Date.now().toString(36)}`;
const url = new URL(base);
url.pathname = `/${dbName}`;

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
async function waitFor(address) {
  for (let i = 0; i < 480; i++) {
    try {
      const res = await fetch(address);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${address} did not answer`);
}
async function json(res, what) {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return res.json();
}

const admin = new pg.Client({ connectionString: base.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const dataDir = mkdtempSync(join(tmpdir(), 'cadre-bench-over-'));
const children = [];
try {
  const seed = spawnSync(process.execPath, [join(root, 'scripts', 'seed-scale.mjs'), '--cadres', String(cadres)], { env: { ...process.env, DATABASE_URL: url.toString(), DATA_DIR: dataDir }, stdio: 'inherit' });
  if (seed.status !== 0) throw new Error('seed:scale failed');
  const [appPort, barePort] = [await freePort(), await freePort()];
  children.push(
    spawn(process.execPath, [join(root, 'server', 'dist', 'main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        PORT: String(appPort),
        DATA_DIR: dataDir,
        WEB_CONCURRENCY: String(workers),
        JOBS_ENABLED: '0',
        LOG_LEVEL: 'error',
        RATE_LIMIT_API_PER_MIN: '10000000',
        RATE_LIMIT_LOGIN_PER_MIN: '1000000',
        RATE_LIMIT_STORE: workers === 1 ? 'memory' : process.env.REDIS_URL ? 'redis' : 'postgres',
        SHUTDOWN_DRAIN_SECONDS: '0',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
    spawn(process.execPath, [join(root, 'test', 'load', 'bare-server.mjs')], {
      env: { ...process.env, DATABASE_URL: url.toString(), PORT: String(barePort), BARE_WORKERS: String(workers) },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const app = `http://127.0.0.1:${appPort}`;
  const bare = `http://127.0.0.1:${barePort}`;
  await waitFor(`${app}/api/health`);
  await waitFor(`${bare}/`);

  const signIn = async (username) =>
    (await json(await fetch(`${app}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'Demo@2026' }) }), `sign-in ${username}`))
      .accessToken;
  const auth = (token) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
  const adminToken = await signIn('zzb_admin');
  const city = await json(await fetch(`${app}/api/dashboard/units`, { headers: auth(adminToken) }), 'dashboard');

  // A 20-question paper from the demo bank, published; eight cadres start an attempt each.
  const bank = (await json(await fetch(`${app}/api/questions?pageSize=100`, { headers: auth(adminToken) }), 'questions')).items.filter((q) => q.status === 'active');
  const quiz = await json(
    await fetch(`${app}/api/quizzes`, {
      method: 'POST',
      headers: auth(adminToken),
      body: JSON.stringify({
        title: '开销对比测试',
        mode: 'fixed',
        timeLimitMinutes: 120,
        passPercent: 60,
        attemptsAllowed: 0,
        shuffleQuestions: false,
        shuffleOptions: false,
        reviewPolicy: 'after_submit',
        multipleScoring: 'all_or_nothing',
        creditHours: 1,
        targetGroups: [],
        questions: bank.slice(0, 20).map((q) => ({ questionId: q.id, points: 5 })),
      }),
    }),
    'quiz',
  );
  await json(await fetch(`${app}/api/quizzes/${quiz.id}/publish`, { method: 'POST', headers: auth(adminToken) }), 'publish');
  const sitters = [];
  for (let i = 1; i <= 8; i++) {
    const username = `c${10000 + i}`;
    const token = await signIn(username);
    const me = await json(await fetch(`${app}/api/me`, { headers: auth(token) }), 'me');
    const attempt = await json(await fetch(`${app}/api/quizzes/${quiz.id}/attempts`, { method: 'POST', headers: auth(token) }), 'start');
    const q = attempt.questions.find((x) => x.type === 'single' || x.type === 'true_false');
    sitters.push({ token, userId: me.id ?? me.user?.id, attemptId: attempt.id, version: attempt.version, answers: { [q.id]: q.options[0].id } });
  }
  const cadre = sitters[0];

  let staleSaves = 0;
  /** One autocannon round; each connection keeps to one attempt and raises its version, as a cadre's autosaves do. */
  async function round(target, kind) {
    let next = 0;
    const common = { url: target, connections, duration: seconds, pipelining: 1 };
    const save = (platform) => ({
      ...common,
      requests: [
        {
          method: 'PUT',
          setupRequest: (req, context) => {
            context.sitter ??= sitters[next++ % sitters.length];
            const s = context.sitter;
            s.version += 1;
            return {
              ...req,
              path: platform ? `/api/attempts/${s.attemptId}/answers` : `/attempts/${s.attemptId}/answers?user=${s.userId}`,
              headers: platform ? auth(s.token) : { 'content-type': 'application/json' },
              body: JSON.stringify({ version: s.version, answers: s.answers }),
            };
          },
        },
      ],
    });
    const platform = target === app;
    // autocannon takes the path from the url (a `path` option beside it is not used).
    const opts =
      kind === 'dashboard'
        ? { ...common, url: target + (platform ? '/api/dashboard/units' : `/dashboard/units?unit=${city.parent.unitId}`), headers: platform ? auth(adminToken) : {} }
        : kind === 'courses'
          ? { ...common, url: target + (platform ? '/api/my/courses' : `/my/courses?user=${cadre.userId}`), headers: platform ? auth(cadre.token) : {} }
          : save(platform);
    const result = await autocannon(opts);
    // An autosave may meet a newer save of its attempt (409), when autocannon hands an attempt's connection on: counted, not failed.
    const stale = kind === 'save' ? (result.statusCodeStats['409']?.count ?? 0) : 0;
    staleSaves += stale;
    if (result.non2xx - stale + result.errors + result.timeouts > 0) {
      throw new Error(`${kind} on ${platform ? 'the platform' : 'the bare server'}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts of ${result.requests.total} (${JSON.stringify(result.statusCodeStats)})`);
    }
    return result.requests.average;
  }

  const kinds = [
    ['dashboard', 'GET /api/dashboard/units (the city)'],
    ['courses', 'GET /api/my/courses (a cadre)'],
    ['save', 'PUT /api/attempts/:id/answers (8 attempts)'],
  ];
  const lines = [];
  // Each bare request answers as the platform's does, once, before anything is timed.
  const probe = await fetch(`${bare}/dashboard/units?unit=${city.parent.unitId}`);
  if (!probe.ok) throw new Error(`bare dashboard: ${probe.status} ${await probe.text()}`);
  const [ourRows, bareRows] = [city.items.length, (await probe.json()).items.length];
  // The platform leaves out the parent's own row when it has nobody: the bare server sends every row the SQL gives.
  if (bareRows < ourRows || bareRows > ourRows + 1) throw new Error(`the bare dashboard has ${bareRows} rows, the platform's ${ourRows} units`);
  for (const [kind, label] of kinds) {
    // A warm-up round each, untimed.
    await round(app, kind);
    await round(bare, kind);
    const ours = [];
    const theirs = [];
    for (let r = 0; r < rounds; r++) {
      ours.push(await round(app, kind));
      theirs.push(await round(bare, kind));
    }
    const ratios = ours.map((o, i) => o / theirs[i]).sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)];
    const line = `| ${label} | ${ours.map((v) => v.toFixed(0)).join(', ')} | ${theirs.map((v) => v.toFixed(0)).join(', ')} | ${median.toFixed(2)} |`;
    console.log(line);
    lines.push(line);
  }
  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${new Date().toISOString()}`);
  console.log(`${city.parent.cadres} cadres; ${workers} worker(s) each; ${connections} connections, ${rounds} alternating rounds of ${seconds} s after a warm-up round\n`);
  if (staleSaves > 0) console.log(`(${staleSaves} autosaves answered 409, a newer save of the attempt already stored; counted as answered)\n`);
  console.log('| request | platform req/s by round | bare node:http + pg req/s by round | median ratio |');
  console.log('|---|---|---|---|');
  for (const line of lines) console.log(line);
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  await new Promise((r) => setTimeout(r, 1000));
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
}
