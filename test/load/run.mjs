// `npm run bench`: starts the built server against a fresh PostgreSQL database (BENCH_DATABASE_URL, default the local
// server) with the demo city, grows the catalogue to 500 courses and 100,000 enrolments, signs in before the timed
// phase, then measures each scenario with autocannon and prints p50/p97.5/p99 and requests per second.
// `npm run bench -- quizzes` (or foundation, courses) runs one suite; the quiz suite simulates BENCH_QUIZ_CADRES
// (default 1,000) cadres sitting one timed quiz at once and prints its own table with p95.
// `npm run bench -- dashboard` builds the 100,000-cadre city and times the dashboard next to its SQL (dashboard.mjs).
// `npm run bench -- import` times the 10,000-row roster import on the embedded database and on PostgreSQL (import.mjs).
// `npm run bench -- certificates` times issuing a 学时证明, its PDF, and a class's ZIP of 100 结业证书 (certificates.mjs).
// Copy the printed tables into test/load/RESULTS.md with the machine and date.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
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
if (only && !['foundation', 'courses', 'quizzes', 'import', 'dashboard', 'certificates'].includes(only)) {
  console.error(`Unknown suite ${only}: foundation, courses, quizzes, import, dashboard or certificates`);
  process.exit(1);
}
if (only === 'dashboard') {
  // Builds its own 100,000-cadre city in its own database, so it runs alone.
  await import('./dashboard.mjs');
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
    // One instance: counters in memory, as the recorded figures were taken (RATE_LIMIT_STORE=redis measures a shared store).
    RATE_LIMIT_STORE: process.env.RATE_LIMIT_STORE ?? 'memory',
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
      headers: auth(token),
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
    const at = 2000 + Math.random() * 38_000;
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
async function sitQuiz(cadre, quizId, keys, startAt, steps, counters) {
  await sleep(startAt - performance.now());
  let started;
  for (let tries = 0; tries < 3 && !started?.ok; tries++) {
    if (tries) await sleep(1000);
    started = await call(steps.start, 'POST', `/api/quizzes/${quizId}/attempts`, cadre.token);
  }
  if (!started.ok) return { username: cadre.username, attemptId: null };
  const attempt = started.body;
  const began = performance.now();
  const answerMs = jitter(45_000, 3000);
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

  // Autosave ticks every 5 s ± 1 s while answering; a slow save delays the next tick rather than overlapping it.
  for (let tick = jitter(5000, 1000); tick < answerMs; tick = Math.max(tick + jitter(5000, 1000), performance.now() - began)) {
    await sleep(began + tick - performance.now());
    answerUntil(tick);
    if (dirty) await save();
  }
  answerUntil(Infinity);
  // A last look over the paper, then the final save (retried twice like the SPA's offline retry) and the submission.
  await sleep(began + answerMs + Math.random() * 8000 - performance.now());
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
    if (stat) used.set(`${pid}/${stat.startedAt}`, { pid: Number(pid), comm: stat.comm, seconds: stat.seconds });
  }
  return used;
}

/**
 * CPU used between two snapshots by the server, PostgreSQL, this load generator and everything else. Processes that
 * exited in between are missed (the pool's PostgreSQL backends live throughout).
 */
function cpuBetween(before, after, serverPid) {
  const used = { server: 0, postgres: 0, generator: 0, other: 0 };
  for (const [key, { pid, comm, seconds }] of after) {
    const delta = seconds - (before.get(key)?.seconds ?? 0);
    if (pid === serverPid) used.server += delta;
    else if (pid === process.pid) used.generator += delta;
    else used[comm === 'postgres' ? 'postgres' : 'other'] += delta;
  }
  return used;
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

  // The demo cadres c10001, c10002, … (active accounts), signed in 8 at a time before the timed phase.
  const demoCadres = `FROM users WHERE username ~ '^c1[0-9]+$' AND status = 'active'`;
  const { total, usernames } = await withClient(url.toString(), async (c) => {
    const [{ n }] = (await c.query(`SELECT count(*)::int AS n ${demoCadres}`)).rows;
    const picked = (await c.query(`SELECT username ${demoCadres} ORDER BY username LIMIT $1`, [quizCadres])).rows;
    return { total: n, usernames: picked.map((r) => r.username) };
  });
  if (usernames.length < quizCadres) throw new Error(`only ${total} active demo cadres c1…, the suite needs ${quizCadres}`);
  const signInStarted = Date.now();
  const cadres = await mapLimit(usernames, 8, async (username) => ({ username, token: await signIn(username) }));
  const signInSeconds = ((Date.now() - signInStarted) / 1000).toFixed(1);
  const mixText = Object.entries(mix)
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  note(`Quiz: ${paper.length} questions (${mixText}), 30 min, unlimited attempts; ${total} active demo cadres c1…`);
  note(`Signed in ${cadres.length} cadres 8 at a time in ${signInSeconds} s (${(cadres.length / signInSeconds).toFixed(1)} a second)`);

  // The timed phase.
  const steps = { start: newStep('start'), save: newStep('autosave'), submit: newStep('submit'), resync: newStep('resync') };
  const counters = { stale: 0 };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpuBefore = cpuSnapshot();
  // The server's main thread second by second: time on a core and time waiting for one (both cores taken).
  const mainThread = [];
  let lastTimes = threadTimes(server.pid);
  const sampler = setInterval(() => {
    const now = threadTimes(server.pid);
    if (now && lastTimes) mainThread.push({ onCpu: now.onCpu - lastTimes.onCpu, waiting: now.waiting - lastTimes.waiting });
    lastTimes = now;
  }, 1000);
  const phaseStart = performance.now() + 100;
  const startAt = (i) => phaseStart + (i * 10_000) / cadres.length;
  const outcomes = await Promise.all(cadres.map((cadre, i) => sitQuiz(cadre, quiz.id, keys, startAt(i), steps, counters)));
  const phaseMs = performance.now() - phaseStart;
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
  stepRow(`start: ${n} cadres open the quiz over 10 s, POST /api/quizzes/:id/attempts`, steps.start);
  stepRow('autosave: whole answer map every 5 s ± 1 s, PUT /api/attempts/:id/answers', steps.save);
  // The same saves without the opening 15 s, when they queue behind the starts.
  const isLater = (_ms, i) => steps.save.sentAt[i] >= phaseStart + 15_000;
  const later = steps.save.latencies.filter(isLater);
  const laterRate = later.length / ((steps.save.last - (phaseStart + 15_000)) / 1000);
  row(`autosave after the opening 15 s (${later.length})`, later, laterRate, steps.save.failed.filter(isLater).filter(Boolean).length);
  stepRow('submit: within the minute, POST /api/attempts/:id/submit', steps.submit);
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
    if (i > 240) throw new Error('server did not start');
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
