// `npm run bench`: starts the built server against a fresh PostgreSQL database (BENCH_DATABASE_URL, default the local
// server) with the demo city, grows the catalogue to 500 courses and 100,000 enrolments, signs in before the timed
// phase, then measures each scenario with autocannon and prints p50/p97.5/p99 and requests per second.
// Copy the printed table into test/load/RESULTS.md with the machine and date.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
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
const only = process.argv[2];
const dataDir = join(root, 'test', 'load', '.data');

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const url = new URL(baseUrl);
url.pathname = `/${dbName}`;
await withClient(baseUrl, (c) => c.query(`CREATE DATABASE "${dbName}"`));
rmSync(dataDir, { recursive: true, force: true });
const server = spawn(process.execPath, [main], {
  env: {
    ...process.env,
    DATABASE_URL: url.toString(),
    SEED_DEMO: '1',
    PORT: String(port),
    LOG_LEVEL: 'error',
    JOBS_ENABLED: '0',
    RATE_LIMIT_API_PER_MIN: '10000000',
    RATE_LIMIT_LOGIN_PER_MIN: '1000000',
    DATA_DIR: dataDir,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

const base = `http://127.0.0.1:${port}`;

/** 460 more published courses (three lessons each) and enrolments until there are 100,000, spread over every cadre. */
async function growCatalogue() {
  return withClient(url.toString(), async (c) => {
    const started = Date.now();
    await c.query(`
      WITH src AS (SELECT id, category_id, owner_unit_id, cover_file_id FROM courses WHERE owner_unit_id = (SELECT id FROM org_units WHERE parent_id IS NULL))
      INSERT INTO courses (title, summary, category_id, credit_hours, status, owner_unit_id, lesson_count, published_at, cover_file_id)
      SELECT '专题课程 ' || g, '用于性能测试的课程 ' || g, s.category_id, 1 + (g % 6), 'published', s.owner_unit_id, 3, now() - (g || ' hours')::interval, s.cover_file_id
        FROM generate_series(1, 460) g
        JOIN LATERAL (SELECT * FROM src OFFSET (g % (SELECT count(*) FROM src)) LIMIT 1) s ON true`);
    await c.query(`
      INSERT INTO lessons (course_id, position, title, type, body, min_reading_seconds)
      SELECT c.id, p, '第' || p || '讲', 'article', '<p>性能测试正文</p>', 60
        FROM courses c CROSS JOIN generate_series(1, 3) p
       WHERE c.title LIKE '专题课程 %'`);
    await c.query(`
      INSERT INTO course_targets (course_id, cadre_group, required)
      SELECT id, (ARRAY['new_leader','law_enforcement_mid','retired_or_stepped_down','two_new_orgs'])[1 + (abs(hashtext(id::text)) % 4)], false
        FROM courses WHERE title LIKE '专题课程 %'`);
    const [{ n }] = (await c.query('SELECT count(*)::int AS n FROM enrollments')).rows;
    const missing = Math.max(0, 100_000 - n);
    await c.query(`
      WITH cadres AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM users),
           extra AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM courses WHERE title LIKE '专题课程 %'),
           counts AS (SELECT (SELECT count(*) FROM cadres) AS nc, (SELECT count(*) FROM extra) AS ne)
      INSERT INTO enrollments (user_id, course_id, source, required, status, completed_lessons, progress_percent, completed_at, due_date)
      SELECT cd.id, ex.id, 'self', false,
             CASE WHEN g % 3 = 0 THEN 'completed' ELSE 'in_progress' END,
             CASE WHEN g % 3 = 0 THEN 3 ELSE g % 3 END,
             CASE WHEN g % 3 = 0 THEN 100 ELSE (g % 3) * 33 END,
             CASE WHEN g % 3 = 0 THEN now() - (g % 300 || ' days')::interval END,
             CASE WHEN g % 5 = 0 THEN (now() + ((g % 200) - 60 || ' days')::interval)::date END
        FROM generate_series(0, $1 - 1) g CROSS JOIN counts
        JOIN cadres cd ON cd.rn = 1 + (g % counts.nc)
        JOIN extra ex ON ex.rn = 1 + ((g / counts.nc + (g % counts.nc)) % counts.ne)
      ON CONFLICT (user_id, course_id) DO NOTHING`, [missing]);
    await c.query('ANALYZE');
    const [{ courses, enrollments }] = (
      await c.query('SELECT (SELECT count(*)::int FROM courses) AS courses, (SELECT count(*)::int FROM enrollments) AS enrollments')
    ).rows;
    return { courses, enrollments, ms: Date.now() - started };
  });
}

async function signIn(username) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2026' }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return (await res.json()).accessToken;
}

async function run(name, opts) {
  const result = await autocannon({ connections, duration, ...opts, url: `${base}${opts.path ?? '/'}` });
  const errors = result.errors + result.timeouts + (result.non2xx ?? 0);
  const row = `| ${name} | ${result.latency.p50} | ${result.latency.p97_5} | ${result.latency.p99} | ${Math.round(result.requests.average)} | ${errors} |`;
  console.log(row);
  return row;
}

/** Sends `rate` requests a second at even intervals for the scenario's duration and reports latency percentiles. */
async function steady(name, rate, send) {
  const latencies = [];
  let errors = 0;
  const pending = [];
  const started = performance.now();
  const total = rate * duration;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t0 = performance.now();
    pending.push(
      send()
        .then(async (res) => {
          await res.arrayBuffer();
          if (!res.ok) errors += 1;
        })
        .catch(() => (errors += 1))
        .finally(() => latencies.push(performance.now() - t0)),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  const row = `| ${name}, p95 ${at(0.95)} ms | ${at(0.5)} | ${at(0.975)} | ${at(0.99)} | ${rate} | ${errors} |`;
  console.log(row);
  return row;
}

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
  const grown = await growCatalogue();
  console.log(`Catalogue grown to ${grown.courses} courses and ${grown.enrollments} enrolments in ${grown.ms} ms`);
  const adminToken = await signIn('zzb_admin');
  const cadreToken = await signIn('cadre01');
  const auth = (token) => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${token}` });

  // Forty cadres, each with the lessons of their enrolments, for the progress reports.
  const learners = await withClient(url.toString(), async (c) =>
    (
      await c.query(`
        SELECT u.username, array_agg(l.id) AS lessons
          FROM users u JOIN enrollments e ON e.user_id = u.id JOIN lessons l ON l.course_id = e.course_id
         WHERE u.username LIKE 'c1%' AND u.username <= 'c10040'
         GROUP BY u.username`)
    ).rows,
  );
  const reporters = await Promise.all(learners.map(async (l) => ({ token: await signIn(l.username), lessons: l.lessons })));
  const [myCoursesCount] = await withClient(url.toString(), async (c) =>
    (await c.query(`SELECT count(*)::int AS n FROM enrollments e JOIN users u ON u.id = e.user_id WHERE u.username = 'cadre01'`)).rows,
  );
  const town = (await (await fetch(`${base}/api/org-units`, { headers: auth(adminToken) })).json()).items.find((u) => u.name === '龙门镇');

  const rows = [];
  const suites = {
    foundation: async () => {
      rows.push(await run('GET /api/me (cadre)', { path: '/api/me', headers: auth(cadreToken) }));
      rows.push(await run('GET /api/users, first page (org admin, whole city)', { path: '/api/users?pageSize=20', headers: auth(adminToken) }));
      rows.push(await run('GET /api/users, filtered by town and group', { path: `/api/users?pageSize=20&unitId=${town.id}&group=new_leader`, headers: auth(adminToken) }));
      rows.push(await run('GET /api/org-units with counts (org admin)', { path: '/api/org-units?counts=true', headers: auth(adminToken) }));
      rows.push(await run('GET /api/audit-logs (org admin)', { path: '/api/audit-logs?pageSize=20', headers: auth(adminToken) }));
      rows.push(
        await run('POST /api/auth/login (scrypt, CPU-bound)', {
          path: '/api/auth/login',
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'c10100', password: 'Demo@2026' }),
        }),
      );
    },
    courses: async () => {
      rows.push(await run(`GET /api/my/courses (cadre01, ${myCoursesCount.n} enrolments)`, { path: '/api/my/courses', headers: auth(cadreToken) }));
      let next = 0;
      rows.push(
        await run('GET /api/my/courses (40 cadres in turn)', {
          path: '/api/my/courses',
          requests: [{ setupRequest: (req) => ({ ...req, headers: auth(reporters[next++ % reporters.length].token) }) }],
        }),
      );
      rows.push(await run('GET /api/courses, catalogue first page', { path: '/api/courses?pageSize=20', headers: auth(cadreToken) }));
      rows.push(await run('GET /api/courses, by group and required', { path: '/api/courses?pageSize=20&group=new_leader&required=true', headers: auth(cadreToken) }));
      rows.push(await run('GET /api/courses, search', { path: `/api/courses?pageSize=20&q=${encodeURIComponent('法治')}`, headers: auth(cadreToken) }));
      rows.push(await run('GET /api/courses?manage=true (org admin)', { path: '/api/courses?manage=true&pageSize=20', headers: auth(adminToken) }));
      let k = 0;
      rows.push(
        await run('POST /api/my/lessons/:id/progress (40 cadres, random lessons)', {
          method: 'POST',
          requests: [
            {
              setupRequest: (req) => {
                const r = reporters[k++ % reporters.length];
                const lesson = r.lessons[Math.floor(Math.random() * r.lessons.length)];
                return { ...req, path: `/api/my/lessons/${lesson}/progress`, headers: auth(r.token), body: JSON.stringify({ positionSeconds: 30, watchedSeconds: 5 }) };
              },
            },
          ],
        }),
      );
      // An open-loop rate, as real players report: requests leave at even intervals whatever the answers do.
      for (const rate of [100, 200]) {
        rows.push(
          await steady(`POST progress at a steady ${rate} req/s (${rate * 10} cadres reporting every 10 s)`, rate, () => {
            const r = reporters[k++ % reporters.length];
            const lesson = r.lessons[Math.floor(Math.random() * r.lessons.length)];
            return fetch(`${base}/api/my/lessons/${lesson}/progress`, {
              method: 'POST',
              headers: auth(r.token),
              body: JSON.stringify({ positionSeconds: 30, watchedSeconds: 5 }),
            });
          }),
        );
      }
      rows.push(await run('GET /api/my/archive (cadre01)', { path: '/api/my/archive', headers: auth(cadreToken) }));
    },
  };
  for (const [name, suite] of Object.entries(suites)) if (!only || only === name) await suite();

  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}`);
  console.log(`${connections} connections, ${duration} s per scenario, PostgreSQL at ${url.host}; ${grown.courses} courses, ${grown.enrollments} enrolments\n`);
  console.log('| scenario | p50 ms | p97.5 ms | p99 ms | req/s | errors |\n|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await withClient(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
  rmSync(dataDir, { recursive: true, force: true });
}
