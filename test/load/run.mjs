// `npm run bench`: starts the built server against a fresh PostgreSQL database (BENCH_DATABASE_URL, default the local
// server) with the demo city, grows the catalogue to 500 courses and 100,000 enrolments, signs in before the timed
// phase, then measures each scenario with autocannon and prints p50/p97.5/p99 and requests per second.
// `npm run bench -- quizzes` (or foundation, courses) runs one suite; the quiz suite simulates BENCH_QUIZ_CADRES
// (default 1,000) cadres sitting one timed quiz and prints its own table with p95: by default the exam-day shape of
// issue 18 (sign-ins over the 15 minutes before, starts over 120 s, autosave every 30 s ± 5 s, submits over the last 5
// minutes of a 30-minute paper; BENCH_SCALE=0.25 shortens the sign-in window and the paper to a quarter, the paper to
// no less than 8 minutes, keeping the rates of starts, saves and submits), or BENCH_QUIZ_SHAPE=burst for the
// one-minute shape of issue 4. WEB_CONCURRENCY sets the server's workers (default one per core).
// `npm run bench -- dashboard` builds the 100,000-cadre city and times the dashboard next to its SQL (dashboard.mjs).
// `npm run bench -- import` times the 10,000-row roster import on the embedded database and on PostgreSQL (import.mjs).
// `npm run bench -- overhead` compares three hot paths with the same SQL served by bare node:http + pg (overhead.mjs).
// `npm run bench -- certificates` times issuing a 学时证明, its PDF, and a class's ZIP of 100 结业证书 (certificates.mjs).
// Copy the printed tables into test/load/RESULTS.md with the machine and date.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
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
const workers = Number(process.env.WEB_CONCURRENCY ?? cpus().length);
if (only && !['foundation', 'courses', 'quizzes', 'import', 'dashboard', 'certificates', 'overhead'].includes(only)) {
  console.error(`Unknown suite ${only}: foundation, courses, quizzes, import, dashboard, certificates or overhead`);
  process.exit(1);
}
if (only === 'dashboard') {
  // Builds its own 100,000-cadre city in its own database, so it runs alone.
  await import('./dashboard.mjs');
  process.exit(0);
}
if (only === 'overhead') {
  // Builds its own scale city and starts its own two servers, so it runs alone.
  await import('./overhead.mjs');
  process.exit(0);
}
if (only === 'certificates') {
  // Starts its own server with the demo city, so it runs alone.
  await import('./certificates.mjs');
  process.exit(0);
}
if (only === 'import') {
  // Starts its own servers (embedded and PostgreSQL), so it runs alone.
  await import('./import.mjs');
  process.exit(0);
}
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
    // WEB_CONCURRENCY workers (default one per core); one process keeps its counters in memory, as the earlier
    // figures were taken; several share them in Redis (REDIS_URL) or PostgreSQL.
    WEB_CONCURRENCY: String(workers),
    RATE_LIMIT_STORE: process.env.RATE_LIMIT_STORE ?? (workers === 1 ? 'memory' : process.env.REDIS_URL ? 'redis' : 'postgres'),
    DATA_DIR: dataDir,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

const base = `http://127.0.0.1:${port}`;
const auth = (token) => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${token}` });

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

// ---------------------------------------------------------------------------------------------------------------------
// Quizzes: BENCH_QUIZ_CADRES cadres (default 1,000) sit one timed quiz at once. Each virtual cadre starts within the
// first 10 s, answers its 20 questions over about 45 s while autosaving the whole answer map every 5 s (±1 s) with the
// version it last got (waiting for each save before the next, as web/src/features/quizzes/useAutosave.ts does), saves
// its final answers and submits within the minute. Then the database is checked for lost answers.

const quizCadres = Number(process.env.BENCH_QUIZ_CADRES ?? 1000);
const benchScale = Number(process.env.BENCH_SCALE ?? 1);
/** The sitting's timing: the exam day of issue 18 (default) or the one-minute burst of issue 4. All in ms. */
const SHAPE =
  process.env.BENCH_QUIZ_SHAPE === 'burst'
    ? { name: 'burst', signInMs: 0, startSpreadMs: 10_000, autosaveMs: 5000, autosaveJitterMs: 1000, paperMs: 0, submitWindowMs: 0 }
    : {
        name: 'sitting',
        signInMs: 15 * 60_000 * benchScale,
        // Below a quarter (a smoke run), the start spread and the submit window shrink too.
        startSpreadMs: 120_000 * Math.min(1, benchScale * 4),
        autosaveMs: 30_000,
        autosaveJitterMs: 5000,
        paperMs: Math.max(8 * 60_000 * Math.min(1, benchScale * 4), 30 * 60_000 * benchScale),
        submitWindowMs: 5 * 60_000 * Math.min(1, benchScale * 4),
      };
const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const pick = (items) => items[Math.floor(Math.random() * items.length)];
const jitter = (ms, spread) => ms - spread + Math.random() * 2 * spread;

/** Nearest-rank percentiles of latency samples in ms. */
function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: Math.round(sorted.at(-1) ?? 0), count: sorted.length };
}

/** Runs `fn` over `items` with at most `limit` at a time; results in the order of `items`. */
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

/** Latencies (with when each request left) and errors of one step of the sitting (start, autosave, submit). */
function newStep(name) {
  return { name, latencies: [], sentAt: [], failed: [], errors: 0, samples: [], first: Infinity, last: 0 };
}

/**
 * One timed request: latency until the body is read. Non-2xx and network failures count as errors of the step (the
 * first three bodies are kept to print). Returns the status (0 for a network failure) and the parsed body.
 */
async function call(step, method, path, token, body) {
  const t0 = performance.now();
  step.first = Math.min(step.first, t0);
  let status = 0;
  let text;
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: token ? auth(token) : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    status = res.status;
    text = await res.text();
  } catch (e) {
    text = `${e.name}: ${e.message}${e.cause ? ` (${e.cause.code ?? e.cause.message})` : ''}`;
  }
  const t1 = performance.now();
  step.latencies.push(t1 - t0);
  step.sentAt.push(t0);
  step.last = Math.max(step.last, t1);
  const ok = status >= 200 && status < 300;
  step.failed.push(!ok);
  if (!ok) {
    step.errors += 1;
    if (step.samples.length < 3) step.samples.push(`${method} ${path} → ${status || 'network error'}: ${text.slice(0, 300)}`);
  }
  let json = null;
  try {
    json = text && status ? JSON.parse(text) : null;
  } catch {
    // not JSON: kept in the sample above
  }
  return { ok, status, body: json };
}

/** Mirrors server/src/modules/quizzes/grading.ts (all-or-nothing scoring): is `given` the right answer? */
function isRight(type, key, given) {
  if (given === undefined) return false;
  if (type === 'fill') {
    const norm = (t) => t.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
    return typeof given === 'string' && norm(given) !== '' && key.some((k) => norm(k) === norm(given));
  }
  if (type === 'multiple') {
    const chosen = new Set(Array.isArray(given) ? given : [given]);
    return chosen.size === key.length && key.every((k) => chosen.has(k));
  }
  return (Array.isArray(given) ? given[0] : given) === key[0];
}

/** A right or a wrong answer to `q` (a question of the attempt, options without the key), given its key. */
function answerFor(q, key, right) {
  const ids = q.options.map((o) => o.id);
  if (q.type === 'fill') return right ? key[0] : '不清楚';
  if (q.type === 'multiple') {
    if (right) return [...key];
    // Half the right options and one wrong one, or one wrong option alone.
    const wrong = pick(ids.filter((id) => !key.includes(id)));
    return Math.random() < 0.5 ? [...key.slice(0, Math.max(1, key.length - 1)), wrong] : [wrong];
  }
  return right ? key[0] : pick(ids.filter((id) => id !== key[0]));
}

/**
 * When this cadre gives which answers, in ms after the paper arrives: each question is answered once between 2 and 40 s
 * (right with the cadre's own likelihood), a quarter are changed later (right to wrong or wrong to right), and about
 * one in twenty is left blank.
 */
function planAnswers(questions, keys, answerMs) {
  const skill = 0.4 + Math.random() * 0.55;
  const events = [];
  for (const q of questions) {
    if (Math.random() < 0.05) continue;
    const at = 2000 + Math.random() * (answerMs * 0.85 - 2000);
    const right = Math.random() < skill;
    events.push({ at, questionId: q.id, value: answerFor(q, keys.get(q.id), right) });
    if (Math.random() < 0.25) {
      const changedAt = at + 3000 + Math.random() * (answerMs - at - 3000);
      events.push({ at: changedAt, questionId: q.id, value: answerFor(q, keys.get(q.id), !right) });
    }
  }
  return events.sort((a, b) => a.at - b.at);
}

/**
 * One virtual cadre: start (retrying a failure twice), answer and autosave, final save, submit. Returns what the client
 * knows: the answers the server last acknowledged and the graded result.
 */
async function sitQuiz(cadre, quizId, keys, startAt, steps, counters, submitAt) {
  await sleep(startAt - performance.now());
  let started;
  for (let tries = 0; tries < 3 && !started?.ok; tries++) {
    if (tries) await sleep(1000);
    started = await call(steps.start, 'POST', `/api/quizzes/${quizId}/attempts`, cadre.token);
  }
  if (!started.ok) return { username: cadre.username, attemptId: null };
  const attempt = started.body;
  const began = performance.now();
  // Burst: about 45 s of answering, then up to 8 s of a last look. Sitting: answering until 5–15 s before the cadre's
  // own moment in the last five minutes, then the last look until that moment.
  const answerMs = submitAt === undefined ? jitter(45_000, 3000) : Math.max(20_000, submitAt - began - 5000 - Math.random() * 10_000);
  const plan = planAnswers(attempt.questions, keys, answerMs);
  let version = attempt.version;
  const answers = {};
  let acked = {};
  let dirty = false;
  const answerUntil = (ms) => {
    while (plan.length && plan[0].at <= ms) {
      const e = plan.shift();
      answers[e.questionId] = e.value;
      dirty = true;
    }
  };
  const save = async () => {
    const sent = { ...answers };
    dirty = false;
    const res = await call(steps.save, 'PUT', `/api/attempts/${attempt.id}/answers`, cadre.token, { version: version + 1, answers: sent });
    if (res.ok) {
      version = res.body.version;
      acked = sent;
      return;
    }
    dirty = true;
    if (res.body?.code === 'quiz/stale_version') {
      // Cannot happen with one client saving in turn; if it does, take the server's version and save again next time.
      counters.stale += 1;
      const current = await call(steps.resync, 'GET', `/api/attempts/${attempt.id}`, cadre.token);
      if (current.ok) version = current.body.version;
    }
  };

  // Autosave ticks every 5 s ± 1 s (burst) or 30 s ± 5 s (sitting) while answering; a slow save delays the next tick
  // rather than overlapping it.
  const every = () => jitter(SHAPE.autosaveMs, SHAPE.autosaveJitterMs);
  for (let tick = every(); tick < answerMs; tick = Math.max(tick + every(), performance.now() - began)) {
    await sleep(began + tick - performance.now());
    answerUntil(tick);
    if (dirty) await save();
  }
  answerUntil(Infinity);
  // A last look over the paper, then the final save (retried twice like the SPA's offline retry) and the submission.
  await sleep(submitAt === undefined ? began + answerMs + Math.random() * 8000 - performance.now() : submitAt - performance.now());
  for (let tries = 0; tries < 3 && dirty; tries++) {
    if (tries) await sleep(1000);
    await save();
  }
  const unsaved = dirty;
  let result = null;
  for (let tries = 0; tries < 3 && !result; tries++) {
    if (tries) await sleep(1000);
    const res = await call(steps.submit, 'POST', `/api/attempts/${attempt.id}/submit`, cadre.token);
    if (res.ok) result = res.body;
    else if (res.body?.code === 'quiz/already_submitted') break;
  }
  return { username: cadre.username, attemptId: attempt.id, acked, unsaved, result };
}

/** A process's name, start time and CPU seconds so far, from /proc/<pid>/stat (Linux), or null. */
function processStat(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // exited, or not Linux
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 of proc(5)
  return {
    comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    startedAt: fields[19],
    ppid: Number(fields[1]),
    seconds: (Number(fields[11]) + Number(fields[12])) / 100, // utime + stime, in ticks of 1/100 s
  };
}

/**
 * Seconds a thread has spent on a core and runnable but waiting for one (/proc/<pid>/task/<tid>/schedstat, Linux), or
 * null. For the server's main thread, the one that runs all its JavaScript, the two together are the time its event
 * loop was busy.
 */
function threadTimes(pid, tid = pid) {
  try {
    const [onCpu, waiting] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
    return { onCpu: onCpu / 1e9, waiting: waiting / 1e9 };
  } catch {
    return null;
  }
}

/** CPU seconds used so far by every process alive now, keyed by pid and start time. */
function cpuSnapshot() {
  const used = new Map();
  if (!existsSync('/proc/stat')) return used;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const stat = processStat(pid);
    if (stat) used.set(`${pid}/${stat.startedAt}`, { pid: Number(pid), ppid: stat.ppid, comm: stat.comm, seconds: stat.seconds });
  }
  return used;
}

/**
 * CPU used between two snapshots by the server, PostgreSQL, this load generator and everything else. Processes that
 * exited in between are missed (the pool's PostgreSQL backends live throughout).
 */
function cpuBetween(before, after, serverPid) {
  const used = { server: 0, postgres: 0, generator: 0, other: 0 };
  for (const [key, { pid, ppid, comm, seconds }] of after) {
    const delta = seconds - (before.get(key)?.seconds ?? 0);
    if (pid === serverPid || ppid === serverPid) used.server += delta;
    else if (pid === process.pid) used.generator += delta;
    else used[comm === 'postgres' ? 'postgres' : 'other'] += delta;
  }
  return used;
}

/** The processes that run the application: the workers when the server forked any, else the server itself. */
function workerPids(serverPid) {
  const children = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === serverPid) children.push(Number(pid));
    } catch {
      // exited
    }
  }
  return children.length ? children : [serverPid];
}

/** CPU seconds so far of the server (the process started and its children, the workers) and of PostgreSQL's processes. */
function serverAndPostgresCpu(serverPid) {
  let server = 0;
  let postgres = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
    if (Number(pid) === serverPid || Number(fields[1]) === serverPid) server += seconds;
    else if (comm === 'postgres') postgres += seconds;
  }
  return { server, postgres };
}

/**
 * Milliseconds of CPU per request of each kind, fitted by least squares over 5-second windows of the sitting:
 * cpu(window) = Σ cost(kind) × requests of that kind sent in the window + idle. Null when there are too few windows.
 */
function cpuPerKind(series, phaseStart, steps) {
  const windowMs = 5000;
  const windows = [];
  for (let w = phaseStart; w + windowMs <= series.at(-1).t; w += windowMs) {
    const at = (t) => series.reduce((best, s) => (Math.abs(s.t - t) < Math.abs(best.t - t) ? s : best));
    const a = at(w);
    const b = at(w + windowMs);
    if (b.t - a.t < windowMs / 2) continue;
    const counts = steps.map((s) => s.sentAt.filter((t) => t >= a.t && t < b.t).length);
    windows.push({ x: [...counts, (b.t - a.t) / 1000], server: (b.server - a.server) * 1000, postgres: (b.postgres - a.postgres) * 1000 });
  }
  if (windows.length < 8) return null;
  const solve = (key) => {
    const k = windows[0].x.length;
    const m = Array.from({ length: k }, () => new Array(k + 1).fill(0));
    for (const w of windows) for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) m[i][j] += w.x[i] * w.x[j];
      m[i][k] += w.x[i] * w[key];
    }
    for (let i = 0; i < k; i++) {
      let p = i;
      for (let r = i + 1; r < k; r++) if (Math.abs(m[r][i]) > Math.abs(m[p][i])) p = r;
      [m[i], m[p]] = [m[p], m[i]];
      if (Math.abs(m[i][i]) < 1e-9) return new Array(k).fill(NaN);
      for (let r = 0; r < k; r++) {
        if (r === i) continue;
        const f = m[r][i] / m[i][i];
        for (let c = i; c <= k; c++) m[r][c] -= f * m[i][c];
      }
    }
    return m.map((row, i) => row[k] / row[i]);
  };
  return { server: solve('server'), postgres: solve('postgres') };
}

const sameAnswer = (a, b) => JSON.stringify(Array.isArray(a) ? [...a].sort() : a) === JSON.stringify(Array.isArray(b) ? [...b].sort() : b);

/** The quiz suite: returns the rows of its p95 table and the lines to print under it. */
async function quizSuite(adminToken) {
  const rows = [];
  const notes = [];
  const note = (line) => {
    console.log(line);
    notes.push(line);
  };

  // A fixed 20-question paper from the demo bank: 10 single, 4 multiple, 4 true/false, 2 fill-in, 5 points each.
  const bank = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${base}/api/questions?pageSize=100&page=${page}`, { headers: auth(adminToken) });
    if (!res.ok) throw new Error(`GET /api/questions: ${res.status} ${await res.text()}`);
    const { items, total } = await res.json();
    bank.push(...items);
    if (items.length === 0 || bank.length >= total) break;
  }
  const mix = { single: 10, multiple: 4, true_false: 4, fill: 2 };
  const paper = Object.entries(mix).flatMap(([type, n]) => {
    // Spread over the bank (its questions come grouped by topic).
    const ofType = bank.filter((q) => q.type === type && q.status === 'active');
    const stride = Math.max(1, Math.floor(ofType.length / n));
    return ofType.filter((_q, i) => i % stride === 0).slice(0, n);
  });
  if (paper.length !== 20) throw new Error(`the bank of ${bank.length} questions cannot fill the paper`);
  const keys = new Map(paper.map((q) => [q.id, q.answer]));
  const types = new Map(paper.map((q) => [q.id, q.type]));
  const created = await fetch(`${base}/api/quizzes`, {
    method: 'POST',
    headers: auth(adminToken),
    body: JSON.stringify({
      title: '全市干部集中测试（性能测试）',
      description: '1,000 名干部同时作答',
      mode: 'fixed',
      timeLimitMinutes: 30,
      passPercent: 60,
      attemptsAllowed: 0,
      shuffleQuestions: true,
      shuffleOptions: true,
      reviewPolicy: 'after_submit',
      multipleScoring: 'all_or_nothing',
      creditHours: 1,
      targetGroups: [],
      questions: paper.map((q) => ({ questionId: q.id, points: 5 })),
    }),
  });
  if (!created.ok) throw new Error(`POST /api/quizzes: ${created.status} ${await created.text()}`);
  const quiz = await created.json();
  const published = await fetch(`${base}/api/quizzes/${quiz.id}/publish`, { method: 'POST', headers: auth(adminToken) });
  if (!published.ok) throw new Error(`publish: ${published.status} ${await published.text()}`);

  // The demo cadres c10001, c10002, … (active accounts); beyond them, copies of them made in SQL (c1900001, …, with
  // the demo password's hash, no ID number), so that the bench never hashes a password outside the sign-ins it times.
  const demoCadres = `FROM users WHERE username ~ '^c1[0-9]+$' AND status = 'active'`;
  const { total, usernames, added } = await withClient(url.toString(), async (c) => {
    const [{ n }] = (await c.query(`SELECT count(*)::int AS n ${demoCadres}`)).rows;
    let made = 0;
    if (n < quizCadres) {
      const columns = (
        await c.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' ORDER BY ordinal_position`)
      ).rows.map((r) => r.column_name);
      const value = (col) =>
        col === 'id' ? 'gen_random_uuid()' : col === 'username' ? `'c19' || lpad(g::text, 5, '0')` : /^id_number|^phone/.test(col) ? 'NULL' : `src.${col}`;
      const inserted = await c.query(
        `WITH src AS (SELECT *, row_number() OVER (ORDER BY username) AS rn ${demoCadres})
         INSERT INTO users (${columns.join(', ')})
         SELECT ${columns.map(value).join(', ')} FROM generate_series(1, $1) g JOIN src ON src.rn = 1 + (g % $2)`,
        [quizCadres - n, n],
      );
      made = inserted.rowCount;
      await c.query('ANALYZE users');
    }
    const picked = (await c.query(`SELECT username ${demoCadres} ORDER BY username LIMIT $1`, [quizCadres])).rows;
    return { total: n, usernames: picked.map((r) => r.username), added: made };
  });
  if (usernames.length < quizCadres) throw new Error(`only ${usernames.length} active cadres c1…, the suite needs ${quizCadres}`);
  const mixText = Object.entries(mix)
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  note(`Quiz: ${paper.length} questions (${mixText}), 30 min, unlimited attempts; ${total} active demo cadres c1…${added ? ` and ${added} copies of them` : ''}`);
  note(`Server: ${workers} worker${workers === 1 ? '' : 's'} (WEB_CONCURRENCY); load average before the sign-ins ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const signInStep = newStep('sign-in');
  let cadres;
  if (SHAPE.signInMs === 0) {
    // Burst: 8 at a time before the timed phase.
    const signInStarted = Date.now();
    cadres = await mapLimit(usernames, 8, async (username) => ({ username, token: await signIn(username) }));
    const signInSeconds = ((Date.now() - signInStarted) / 1000).toFixed(1);
    note(`Signed in ${cadres.length} cadres 8 at a time in ${signInSeconds} s (${(cadres.length / signInSeconds).toFixed(1)} a second)`);
  } else {
    // Sitting: each cadre signs in at a random moment of the window before the exam opens, timed.
    const windowStart = performance.now();
    cadres = await Promise.all(
      usernames.map(async (username) => {
        await sleep(windowStart + Math.random() * SHAPE.signInMs - performance.now());
        for (let tries = 0; tries < 3; tries++) {
          if (tries) await sleep(1000);
          const res = await call(signInStep, 'POST', '/api/auth/login', null, { username, password: 'Demo@2026' });
          if (res.ok) return { username, token: res.body.accessToken };
        }
        throw new Error(`sign-in of ${username} failed three times: ${signInStep.samples.join('; ')}`);
      }),
    );
    await sleep(windowStart + SHAPE.signInMs - performance.now());
    const p = percentiles(signInStep.latencies);
    const rate = cadres.length / (SHAPE.signInMs / 1000);
    const line = `| sign-in: ${cadres.length.toLocaleString('en')} cadres over ${(SHAPE.signInMs / 60_000).toFixed(1)} min before the exam, POST /api/auth/login (${p.count}); max ${p.max} ms | ${p.p50} | ${p.p95} | ${p.p99} | ${rate.toFixed(1)} | ${signInStep.errors} |`;
    console.log(line);
    rows.push(line);
  }

  // The timed phase.
  const steps = { start: newStep('start'), save: newStep('autosave'), submit: newStep('submit'), resync: newStep('resync') };
  const counters = { stale: 0 };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpuBefore = cpuSnapshot();
  // The server's main thread second by second: time on a core and time waiting for one (both cores taken).
  const mainThread = [];
  // With workers, the busiest worker's main thread each second (the primary only hands out connections).
  const servingPids = workerPids(server.pid);
  let lastTimes = servingPids.map((pid) => threadTimes(pid));
  const sampler = setInterval(() => {
    const now = servingPids.map((pid) => threadTimes(pid));
    const deltas = now
      .map((t, i) => (t && lastTimes[i] ? { onCpu: t.onCpu - lastTimes[i].onCpu, waiting: t.waiting - lastTimes[i].waiting } : null))
      .filter(Boolean);
    if (deltas.length) mainThread.push(deltas.reduce((a, b) => (b.onCpu + b.waiting > a.onCpu + a.waiting ? b : a)));
    lastTimes = now;
  }, 1000);
  const phaseStart = performance.now() + 100;
  const startAt = (i) => phaseStart + (i * SHAPE.startSpreadMs) / cadres.length;
  // Sitting: each cadre submits at a random moment of the paper's last five minutes (at least a minute after its start).
  const submitAt = (i) =>
    SHAPE.paperMs ? Math.max(startAt(i) + 60_000, phaseStart + SHAPE.paperMs - Math.random() * SHAPE.submitWindowMs) : undefined;
  // CPU of the server's processes (primary and workers) and of PostgreSQL, every second (utime + stime from /proc,
  // the counters process.cpuUsage() reads).
  const cpuSeries = [];
  const cpuSampler = setInterval(() => cpuSeries.push({ t: performance.now(), ...serverAndPostgresCpu(server.pid) }), 1000);
  cpuSeries.push({ t: performance.now(), ...serverAndPostgresCpu(server.pid) });
  const outcomes = await Promise.all(cadres.map((cadre, i) => sitQuiz(cadre, quiz.id, keys, startAt(i), steps, counters, submitAt(i))));
  const phaseMs = performance.now() - phaseStart;
  clearInterval(cpuSampler);
  cpuSeries.push({ t: performance.now(), ...serverAndPostgresCpu(server.pid) });
  const cpu = cpuBetween(cpuBefore, cpuSnapshot(), server.pid);
  clearInterval(sampler);
  loop.disable();

  const all = [steps.start, steps.save, steps.submit, steps.resync];
  const requests = all.reduce((n, s) => n + s.latencies.length, 0);
  const errors = all.reduce((n, s) => n + s.errors, 0);
  const row = (label, samples, rate, errs) => {
    const p = percentiles(samples);
    const line = `| ${label}; max ${p.max} ms | ${p.p50} | ${p.p95} | ${p.p99} | ${Math.round(rate)} | ${errs} |`;
    console.log(line);
    rows.push(line);
  };
  const per = (s) => s.latencies.length / ((s.last - s.first) / 1000);
  const n = cadres.length.toLocaleString('en');
  const stepRow = (label, s) => row(`${label} (${s.latencies.length})`, s.latencies, per(s), s.errors);
  const over = `${SHAPE.startSpreadMs / 1000} s`;
  const every = `${SHAPE.autosaveMs / 1000} s ± ${SHAPE.autosaveJitterMs / 1000} s`;
  stepRow(`start: ${n} cadres open the quiz over ${over}, POST /api/quizzes/:id/attempts`, steps.start);
  stepRow(`autosave: whole answer map every ${every}, PUT /api/attempts/:id/answers`, steps.save);
  // The same saves without the opening 15 s, when they queue behind the starts.
  const isLater = (_ms, i) => steps.save.sentAt[i] >= phaseStart + 15_000;
  const later = steps.save.latencies.filter(isLater);
  const laterRate = later.length / ((steps.save.last - (phaseStart + 15_000)) / 1000);
  row(`autosave after the opening 15 s (${later.length})`, later, laterRate, steps.save.failed.filter(isLater).filter(Boolean).length);
  stepRow(SHAPE.paperMs ? `submit: over the last ${SHAPE.submitWindowMs / 60_000} min of a ${(SHAPE.paperMs / 60_000).toFixed(1)}-min paper, POST /api/attempts/:id/submit` : 'submit: within the minute, POST /api/attempts/:id/submit', steps.submit);
  const everything = all.flatMap((s) => s.latencies);
  row(`the whole sitting: ${requests} requests in ${(phaseMs / 1000).toFixed(1)} s`, everything, requests / (phaseMs / 1000), errors);
  if (steps.resync.latencies.length) note(`Resyncs after a stale version (GET /api/attempts/:id): ${steps.resync.latencies.length}`);
  for (const s of all) for (const sample of s.samples) note(`First errors, ${s.name}: ${sample}`);
  if (cpuBefore.size) {
    const cores = (k) => (cpu[k] / (phaseMs / 1000)).toFixed(2);
    note(
      `CPU during the phase, in cores busy on average (of ${cpus().length}): server ${cores('server')}, PostgreSQL ${cores('postgres')}, ` +
        `load generator ${cores('generator')}, other processes ${cores('other')}`,
    );
  }
  if (cpuSeries.length > 2) {
    const serverMs = (cpuSeries.at(-1).server - cpuSeries[0].server) * 1000;
    const pgMs = (cpuSeries.at(-1).postgres - cpuSeries[0].postgres) * 1000;
    note(
      `CPU per request over the sitting (${requests} requests): server processes ${(serverMs / requests).toFixed(2)} ms, PostgreSQL ${(pgMs / requests).toFixed(2)} ms ` +
        `(${(serverMs / 1000).toFixed(1)} s and ${(pgMs / 1000).toFixed(1)} s of CPU in ${(phaseMs / 1000).toFixed(0)} s)`,
    );
    const fit = cpuPerKind(cpuSeries, phaseStart, [steps.start, steps.save, steps.submit]);
    if (fit) {
      const ms = (k, which) => fit[which][k].toFixed(2);
      note(
        `CPU per request by kind (least squares over 5-s windows: CPU = a·starts + b·saves + c·submits + idle): ` +
          `server start ${ms(0, 'server')} ms, autosave ${ms(1, 'server')} ms, submit ${ms(2, 'server')} ms; ` +
          `PostgreSQL start ${ms(0, 'postgres')} ms, autosave ${ms(1, 'postgres')} ms, submit ${ms(2, 'postgres')} ms`,
      );
    }
  }
  note(`Load average after the sitting: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (mainThread.length) {
    const busy = mainThread.map((t) => t.onCpu + t.waiting);
    const worst = mainThread[busy.indexOf(Math.max(...busy))];
    const sum = (k) => mainThread.reduce((total, t) => total + t[k], 0);
    const saturated = busy.filter((b) => b >= 0.95).length;
    note(
      `Server main thread (all its JavaScript): busy 95% or more of the second for ${saturated} of ${busy.length} s; ` +
        `worst second ${worst.onCpu.toFixed(2)} s on a core + ${worst.waiting.toFixed(2)} s waiting for one; ` +
        `over the phase ${sum('onCpu').toFixed(1)} s on a core, ${sum('waiting').toFixed(1)} s waiting`,
    );
    const opening = busy.slice(0, 15).map((b) => b.toFixed(2));
    note(`Server main thread busy, first 15 s by the second: ${opening.join(' ')}`);
  }
  note(`Load generator event-loop delay: p99 ${Math.round(loop.percentile(99) / 1e6)} ms, max ${Math.round(loop.max / 1e6)} ms`);

  // Lost answers: what the client last had acknowledged against what the server stored and graded.
  const stored = await withClient(url.toString(), async (c) => {
    const result = await c.query(
      `SELECT a.id, a.status, a.score::float AS score, a.passed, a.answers, a.auto_submitted,
              json_agg(json_build_object('questionId', aq.question_id, 'correct', aq.correct, 'earned', aq.earned::float)) AS graded
         FROM attempts a JOIN attempt_questions aq ON aq.attempt_id = a.id
        WHERE a.quiz_id = $1 GROUP BY a.id`,
      [quiz.id],
    );
    return result.rows;
  });
  const byId = new Map(stored.map((r) => [r.id, r]));
  const check = {
    notStarted: 0,
    missing: 0,
    attemptsDiffer: 0,
    answersDiffer: 0,
    gradingDiffers: 0,
    scoreDiffers: 0,
    unsaved: 0,
    notSubmitted: 0,
  };
  let answered = 0;
  for (const o of outcomes) {
    if (!o.attemptId) {
      check.notStarted += 1;
      continue;
    }
    const r = byId.get(o.attemptId);
    if (!r) {
      check.missing += 1;
      continue;
    }
    if (o.unsaved) check.unsaved += 1;
    if (r.status !== 'submitted' || !o.result) check.notSubmitted += 1;
    const ids = new Set([...Object.keys(o.acked), ...Object.keys(r.answers)]);
    const differ = [...ids].filter((id) => !sameAnswer(o.acked[id], r.answers[id])).length;
    answered += Object.keys(o.acked).length;
    check.answersDiffer += differ;
    if (differ) check.attemptsDiffer += 1;
    let expected = 0;
    for (const g of r.graded) {
      const right = isRight(types.get(g.questionId), keys.get(g.questionId), o.acked[g.questionId]);
      if (right) expected += 5;
      if (r.status === 'submitted' && (g.correct !== right || g.earned !== (right ? 5 : 0))) check.gradingDiffers += 1;
    }
    if (r.status === 'submitted' && (r.score !== expected || (o.result && o.result.score !== expected))) check.scoreDiffers += 1;
  }
  const submitted = stored.filter((r) => r.status === 'submitted').length;
  note(
    `Lost answers: ${check.attemptsDiffer} attempts, ${check.answersDiffer} of ${answered} acknowledged answers differ from the stored ones; ` +
      `${check.gradingDiffers} graded questions and ${check.scoreDiffers} scores differ from the client's own grading; ` +
      `${check.unsaved} cadres had answers never saved at submission`,
  );
  note(
    `Attempts: ${stored.length} stored for ${cadres.length} cadres (${check.notStarted} could not start, ${check.missing} missing); ` +
      `${submitted} submitted (${stored.filter((r) => r.auto_submitted).length} closed by the server), ${check.notSubmitted} not submitted by their cadre; ` +
      `${stored.filter((r) => r.passed).length} passed`,
  );
  note(`409 stale version: ${counters.stale}`);
  return { rows, notes };
}

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (i > 1200) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
  const grown = await growCatalogue();
  console.log(`Catalogue grown to ${grown.courses} courses and ${grown.enrollments} enrolments in ${grown.ms} ms`);
  const adminToken = await signIn('zzb_admin');
  const cadreToken = await signIn('cadre01');

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
  const quizRows = [];
  const quizNotes = [];
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
    quizzes: async () => {
      const { rows: quizTable, notes } = await quizSuite(adminToken);
      quizRows.push(...quizTable);
      quizNotes.push(...notes);
    },
  };
  for (const [name, suite] of Object.entries(suites)) if (!only || only === name) await suite();

  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}`);
  const table = (p, lines) => `| scenario | p50 ms | ${p} ms | p99 ms | req/s | errors |\n|---|---|---|---|---|---|\n${lines.join('\n')}\n`;
  if (rows.length) {
    const data = `${grown.courses} courses, ${grown.enrollments} enrolments`;
    console.log(`${connections} connections, ${duration} s per scenario, PostgreSQL at ${url.host}; ${data}\n`);
    console.log(table('p97.5', rows));
  }
  if (quizRows.length) {
    const intro = `${quizCadres.toLocaleString('en')} cadres sitting one quiz (latency seen by the load generator, on the same cores):`;
    console.log(`${rows.length ? '' : '\n'}${intro}\n`);
    console.log(table('p95', quizRows));
    console.log(quizNotes.map((line) => `- ${line}`).join('\n'));
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await withClient(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
  rmSync(dataDir, { recursive: true, force: true });
}
