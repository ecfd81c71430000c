import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createCadre, createRoot, createUnit, type CadreRef } from '../factories';
import { Agent, refreshCookieOf, signIn } from '../helpers/agent';
import { createOneOfEach, publishedQuiz, rightAnswer, saveAnswers, startAttempt, submitRaw } from '../helpers/quizzes';
import { freePort } from '../helpers/ports';

/**
 * Two real server processes on one PostgreSQL and one Redis, as behind a load balancer: nothing that the second
 * instance needs may live in the first one's memory. These tests need real servers, so they run only when
 * TEST_DATABASE_URL and REDIS_URL are both set (CI sets both); otherwise they say so and do not run.
 */
const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
const BASE_URL = process.env.TEST_DATABASE_URL;
const REDIS_URL = process.env.REDIS_URL;
const enabled = Boolean(BASE_URL && REDIS_URL);
if (!enabled) {
  console.warn('two-instance tests NOT RUN: they need TEST_DATABASE_URL and REDIS_URL (a real PostgreSQL and Redis; CI sets both)');
}

const CLOSE_JOB = 'close-overdue-attempts';
const LOGIN_LIMIT = 8;

interface Instance {
  name: string;
  child: ChildProcess;
  url: string;
  output: () => string;
  dataDir: string;
}

async function startInstance(name: string, databaseUrl: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `cadre-two-${name}-`));
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      REDIS_URL: REDIS_URL!,
      SEED_DEMO: '0',
      JWT_SECRET: 'two-instances-secret-two-instances-secret-01',
      ENCRYPTION_KEY: 'ab'.repeat(32),
      TRUST_PROXY: 'true',
      RATE_LIMIT_LOGIN_PER_MIN: String(LOGIN_LIMIT),
      JOBS_TICK_SECONDS: '1',
      WEB_CONCURRENCY: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance ${name} exited early:\n${text}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { name, child, url, output: () => text, dataDir };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`instance ${name} did not become healthy:\n${text}`);
}

async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance) return;
  if (instance.child.exitCode === null) {
    const exited = new Promise((resolve) => instance.child.once('exit', resolve));
    instance.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000).unref())]);
    if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
  }
  rmSync(instance.dataDir, { recursive: true, force: true });
}

/** supertest takes a base URL as well as a server; the agent helpers are typed for the in-process server. */
const target = (instance: Instance) => instance.url as unknown as Server;
const on = (agent: Agent, instance: Instance) => new Agent(target(instance), agent.token, agent.refreshCookie, agent.user);
/** A client address of its own (the instances trust X-Forwarded-For), so per-address counters start from zero. */
const address = () => `10.${randomInt(1, 250)}.${randomInt(1, 250)}.${randomInt(1, 250)}`;

(enabled ? describe : describe.skip)('two instances on one PostgreSQL and one Redis', () => {
  const dbName = `cadre_two_${Date.now().toString(36)}_${process.pid}`;
  let admin: pg.Client;
  let client: pg.Client;
  let databaseUrl: string;
  let a: Instance | undefined;
  let b: Instance | undefined;
  const users: Record<'orgAdmin' | 'locked' | 'refresher' | 'sitter' | 'late', CadreRef> = {} as never;
  let quizId: string;
  let lateAttemptId: string;
  let startup: { migrations: { name: string; n: number }[]; roots: number };

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: BASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
    const u = new URL(BASE_URL!);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();

    // Phase 1: one instance with jobs off migrates the empty database; the test builds its city and an attempt
    // that is already past its deadline, for the scheduled job to close once both instances run.
    // Two instances of a new version start together on the empty database: one migrates, the other waits and finds
    // nothing left to do (each migration is recorded once), and the first start creates one root, not two.
    const [setupA, setupB] = await Promise.all([
      startInstance('setup-a', databaseUrl, { JOBS_ENABLED: 'false' }),
      startInstance('setup-b', databaseUrl, { JOBS_ENABLED: 'false' }),
    ]);
    a = setupA;
    await stopInstance(setupB);
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    startup = {
      migrations: (await client.query('SELECT name, count(*)::int AS n FROM migrations GROUP BY name')).rows as { name: string; n: number }[],
      roots: ((await client.query('SELECT count(*)::int AS n FROM org_units WHERE parent_id IS NULL')).rows[0] as { n: number }).n,
    };
    const db = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows } as unknown as DataSource;
    const root = await createRoot(db);
    const town = await createUnit(db, root, 'town');
    users.orgAdmin = await createCadre(db, root, { roles: ['cadre', 'org_admin'], scopeUnit: root });
    users.locked = await createCadre(db, town);
    users.refresher = await createCadre(db, town);
    users.sitter = await createCadre(db, town);
    users.late = await createCadre(db, town);
    const orgAdmin = await signIn(target(a), users.orgAdmin);
    const questions = await createOneOfEach(orgAdmin);
    quizId = (await publishedQuiz(orgAdmin, questions, { timeLimitMinutes: 30, attemptsAllowed: 0, reviewPolicy: 'after_submit' })).id;
    const late = await signIn(target(a), users.late);
    lateAttemptId = (await startAttempt(late, quizId)).id;
    await client.query(`UPDATE attempts SET deadline = now() - interval '10 minutes' WHERE id = $1`, [lateAttemptId]);
    await stopInstance(a);

    // Phase 2: both instances start together, jobs on, each looking for due jobs every second.
    [a, b] = await Promise.all([startInstance('A', databaseUrl, {}), startInstance('B', databaseUrl, {})]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await client?.end();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);

  it('two instances starting together on an empty database run each migration once and create one root unit', () => {
    expect(startup.migrations.length).toBeGreaterThan(5);
    expect(startup.migrations.filter((m) => m.n !== 1)).toEqual([]);
    expect(startup.roots).toBe(1);
  });

  it('a lockout reached through instance A holds on instance B for that address, and another address still signs in', async () => {
    const from = address();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await request(a!.url).post('/api/auth/login').set('X-Forwarded-For', from).send({ username: users.locked.username, password: 'Wrong@2026pw' });
      statuses.push(res.status);
    }
    // The fifth wrong password locks the account for this address (429 auth/locked), all on A.
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const onB = await request(b!.url).post('/api/auth/login').set('X-Forwarded-For', from).send({ username: users.locked.username, password: users.locked.password });
    expect(onB.status).toBe(429);
    expect((onB.body as { code: string }).code).toBe('auth/locked');
    // The lock is the stranger's, not the owner's: from another address the right password works, on either instance.
    const elsewhere = await request(b!.url).post('/api/auth/login').set('X-Forwarded-For', address()).send({ username: users.locked.username, password: users.locked.password });
    expect(elsewhere.status).toBe(200);
  });

  it('a refresh token rotated on A cannot be replayed on B, and the replay revokes the session everywhere', async () => {
    const login = await request(a!.url).post('/api/auth/login').send({ username: users.refresher.username, password: users.refresher.password });
    expect(login.status).toBe(200);
    const first = refreshCookieOf(login)!;
    const rotated = await request(a!.url).post('/api/auth/refresh').set('Cookie', first);
    expect(rotated.status).toBe(200);
    const second = refreshCookieOf(rotated)!;
    expect(second).not.toBe(first);

    const replay = await request(b!.url).post('/api/auth/refresh').set('Cookie', first);
    expect(replay.status).toBe(401);
    expect((replay.body as { code: string }).code).toBe('auth/refresh_invalid');
    // The rotated token died with the session, on either instance.
    const afterReplay = await request(a!.url).post('/api/auth/refresh').set('Cookie', second);
    expect(afterReplay.status).toBe(401);
    const token = (rotated.body as { accessToken: string }).accessToken;
    expect((await request(b!.url).get('/api/me').set('Authorization', `Bearer ${token}`)).status).toBe(401);
  });

  it('an attempt started and autosaved on A is submitted on B with the answers saved on A', async () => {
    const onA = await signIn(target(a!), users.sitter);
    const attempt = await startAttempt(onA, quizId);
    const paper = (await client.query('SELECT question_id, snapshot FROM attempt_questions WHERE attempt_id = $1', [attempt.id])).rows as {
      question_id: string;
      snapshot: { type: 'single' | 'multiple' | 'true_false' | 'fill'; answer: string[] };
    }[];
    expect(paper.map((q) => q.question_id).sort()).toEqual(attempt.questions.map((q) => q.id).sort());
    const answers = Object.fromEntries(paper.map((q) => [q.question_id, rightAnswer({ type: q.snapshot.type, answer: q.snapshot.answer })]));
    const saved = await saveAnswers(onA, attempt.id, 1, answers);
    expect(saved.version).toBe(1);

    const onB = on(onA, b!);
    const submitted = await submitRaw(onB, attempt.id);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ passed: true });
    expect((submitted.body as { score: number; maxScore: number }).score).toBe((submitted.body as { maxScore: number }).maxScore);
    // Once, across both: a second submit on A is refused.
    expect((await submitRaw(onA, attempt.id)).status).toBe(409);
  });

  it('a scheduled job fires once per period across both instances, and closes the overdue attempt once', async () => {
    const deadline = Date.now() + 20_000;
    let status = 'in_progress';
    while (Date.now() < deadline) {
      status = ((await client.query('SELECT status FROM attempts WHERE id = $1', [lateAttemptId])).rows[0] as { status: string }).status;
      if (status !== 'in_progress') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe('submitted');
    // Both instances have looked for due jobs every second since they started: still one run of the job.
    await new Promise((r) => setTimeout(r, 3_000));
    const [job] = (await client.query('SELECT run_count FROM scheduled_jobs WHERE name = $1', [CLOSE_JOB])).rows as { run_count: number }[];
    expect(job?.run_count).toBe(1);
    const [row] = (await client.query('SELECT auto_submitted, score FROM attempts WHERE id = $1', [lateAttemptId])).rows as { auto_submitted: boolean; score: string }[];
    expect(row?.auto_submitted).toBe(true);
  }, 40_000);

  it('the per-address sign-in limit is one counter across both instances (in Redis)', async () => {
    const from = address();
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT + 1; i++) {
      const via = i % 2 === 0 ? a! : b!;
      const res = await request(via.url).post('/api/auth/login').set('X-Forwarded-For', from).send({ username: `nobody-${from}-${i}`, password: 'Wrong@2026pw' });
      statuses.push(res.status);
    }
    // Each instance saw only half the attempts; only a shared counter reaches the limit.
    expect(statuses.slice(0, LOGIN_LIMIT).every((s) => s !== 429)).toBe(true);
    expect(statuses[LOGIN_LIMIT]).toBe(429);
  });
});
