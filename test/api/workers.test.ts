import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createCadre, createRoot, createUnit } from '../factories';
import { signIn } from '../helpers/agent';
import { freePort } from '../helpers/ports';
import { createOneOfEach, publishedQuiz, rightAnswer, saveAnswers, startRaw, submitRaw, type AttemptView } from '../helpers/quizzes';

/**
 * The built server with two workers (WEB_CONCURRENCY=2, node:cluster) on one PostgreSQL: a session check answered
 * from a worker's memory (SESSION_CACHE_SECONDS=30 here) still ends within a second of a revocation on the other
 * worker, and the quiz keeps its guarantees when racing requests land on both workers. Needs TEST_DATABASE_URL (a
 * real PostgreSQL: LISTEN/NOTIFY, and more connections than the embedded database serves); CI sets it.
 */
const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
const BASE_URL = process.env.TEST_DATABASE_URL;
if (!BASE_URL) console.warn('worker tests NOT RUN: they need TEST_DATABASE_URL (a real PostgreSQL; CI sets it)');

/** One kept-alive connection: every request on it is answered by the worker that accepted it. */
class Connection {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  worker = -1;
  constructor(private readonly port: number) {}

  request(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as unknown) : undefined }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Which worker answers on this connection now. */
  async whoAnswers(): Promise<number> {
    return ((await this.request('GET', '/api/health')).body as { worker: number }).worker;
  }

  close(): void {
    this.agent.destroy();
  }
}

(BASE_URL ? describe : describe.skip)('two server workers on one PostgreSQL', () => {
  const dbName = `cadre_workers_${Date.now().toString(36)}_${process.pid}`;
  let admin: pg.Client;
  let client: pg.Client;
  let child: ChildProcess | undefined;
  let output = '';
  let dataDir: string;
  let port: number;
  let base: string;
  let town: Awaited<ReturnType<typeof createUnit>>;
  let db: DataSource;
  const connections: Connection[] = [];

  /** Two connections answered by different workers. */
  async function onBothWorkers(): Promise<[Connection, Connection]> {
    const byWorker = new Map<number, Connection>();
    for (let i = 0; i < 20 && byWorker.size < 2; i++) {
      const c = new Connection(port);
      connections.push(c);
      c.worker = await c.whoAnswers();
      if (!byWorker.has(c.worker)) byWorker.set(c.worker, c);
    }
    expect([...byWorker.keys()].sort()).toEqual([0, 1]);
    return [byWorker.get(0)!, byWorker.get(1)!];
  }

  /** Polls until the request is refused (401) or a second has passed since `since`; returns the last status. */
  async function refusedWithinASecond(c: Connection, token: string, since: number): Promise<{ status: number; ms: number }> {
    let status = 0;
    while (Date.now() - since <= 1000) {
      status = (await c.request('GET', '/api/me', token)).status;
      if (status === 401) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return { status, ms: Date.now() - since };
  }

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: BASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
    const u = new URL(BASE_URL!);
    u.pathname = `/${dbName}`;
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-workers-'));
    child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: u.toString(),
        SEED_DEMO: '0',
        JOBS_ENABLED: '0',
        RATE_LIMIT_STORE: 'postgres',
        RATE_LIMIT_LOGIN_PER_MIN: '1000',
        WEB_CONCURRENCY: '2',
        // Long enough that only a notice can end a kept session within the test's one second.
        SESSION_CACHE_SECONDS: '30',
        JWT_SECRET: 'workers-test-secret-workers-test-secret-01',
        ENCRYPTION_KEY: 'cd'.repeat(32),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 120_000;
    // Both workers listen before the primary says so.
    while (!output.includes('2 server processes')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    client = new pg.Client({ connectionString: u.toString() });
    await client.connect();
    db = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows } as unknown as DataSource;
    const root = await createRoot(db);
    town = await createUnit(db, root, 'town');
  }, 180_000);

  afterAll(async () => {
    for (const c of connections) c.close();
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000).unref())]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await client?.end();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const target = () => base as unknown as Server;

  it('a session signed out through worker 0 is refused on worker 1 within a second, though worker 1 kept it in memory', async () => {
    const cadre = await createCadre(db, town);
    const [w0, w1] = await onBothWorkers();
    const token = (await signIn(target(), cadre)).token;
    // Both workers read the session and keep it (for 30 s, but for a notice).
    expect((await w0.request('GET', '/api/me', token)).status).toBe(200);
    expect((await w1.request('GET', '/api/me', token)).status).toBe(200);
    // Proof that worker 1 answers from memory: a session idle for two hours (a change that sends no notice) would be
    // refused by a read of the database, yet worker 1 still takes it.
    await client.query(`UPDATE auth_sessions SET last_active_at = now() - interval '2 hours' WHERE user_id = $1`, [cadre.id]);
    expect((await w1.request('GET', '/api/me', token)).status).toBe(200);
    await client.query(`UPDATE auth_sessions SET last_active_at = now() WHERE user_id = $1`, [cadre.id]);

    expect((await w0.request('POST', '/api/auth/logout', token)).status).toBe(204);
    const signedOut = Date.now();
    expect((await w0.request('GET', '/api/me', token)).status).toBe(401);
    const onOther = await refusedWithinASecond(w1, token, signedOut);
    expect(onOther.status).toBe(401);
    expect(onOther.ms).toBeLessThanOrEqual(1000);
    // Still the same workers on these connections (the test did compare the two).
    expect([await w0.whoAnswers(), await w1.whoAnswers()]).toEqual([0, 1]);
  });

  it('an account disabled in the database, and a password changed through worker 1, end the kept sessions on both workers within a second', async () => {
    const [w0, w1] = await onBothWorkers();
    const disabled = await createCadre(db, town);
    const token = (await signIn(target(), disabled)).token;
    expect((await w0.request('GET', '/api/me', token)).status).toBe(200);
    expect((await w1.request('GET', '/api/me', token)).status).toBe(200);
    await client.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [disabled.id]);
    const at = Date.now();
    const results = await Promise.all([refusedWithinASecond(w0, token, at), refusedWithinASecond(w1, token, at)]);
    expect(results.map((r) => r.status)).toEqual([401, 401]);

    const changer = await createCadre(db, town);
    const other = (await signIn(target(), changer)).token;
    const current = (await signIn(target(), changer)).token;
    expect((await w0.request('GET', '/api/me', other)).status).toBe(200);
    expect((await w1.request('GET', '/api/me', other)).status).toBe(200);
    const changed = await w1.request('POST', '/api/auth/password', current, { currentPassword: changer.password, newPassword: 'Changed@2026pass' });
    expect(changed.status).toBe(204);
    const since = Date.now();
    const ended = await Promise.all([refusedWithinASecond(w0, other, since), refusedWithinASecond(w1, other, since)]);
    expect(ended.map((r) => r.status)).toEqual([401, 401]);
  });

  describe('the quiz across both workers', () => {
    let quizId: string;

    beforeAll(async () => {
      const orgAdmin = await createCadre(db, town, { roles: ['cadre', 'org_admin'], scopeUnit: town });
      const agent = await signIn(target(), orgAdmin);
      const questions = await createOneOfEach(agent);
      quizId = (await publishedQuiz(agent, questions, { timeLimitMinutes: 30, attemptsAllowed: 0, creditHours: 1 })).id;
    }, 60_000);

    it('ten concurrent starts of one cadre, spread over both workers, give one attempt and one paper', async () => {
      const cadre = await createCadre(db, town);
      const agent = await signIn(target(), cadre);
      // Each request is a new connection, and the primary hands connections to the workers in turn.
      const results = await Promise.all(Array.from({ length: 10 }, () => startRaw(agent, quizId)));
      expect(results.map((r) => r.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
      const ids = new Set(results.map((r) => (r.body as AttemptView).id));
      expect(ids.size).toBe(1);
      const rows = (await client.query('SELECT id, status FROM attempts WHERE quiz_id = $1 AND user_id = $2', [quizId, cadre.id])).rows as { id: string; status: string }[];
      expect(rows).toEqual([{ id: [...ids][0], status: 'in_progress' }]);
      const papers = (await client.query('SELECT count(*)::int AS n FROM attempt_questions WHERE attempt_id = $1', [rows[0]!.id])).rows as { n: number }[];
      expect(papers[0]!.n).toBe((results[0]!.body as AttemptView).questions.length);
    });

    it('ten concurrent submits over both workers: one 200, nine 409, one ledger entry', async () => {
      const cadre = await createCadre(db, town);
      const agent = await signIn(target(), cadre);
      const started = await startRaw(agent, quizId);
      const attempt = started.body as AttemptView;
      const paper = (await client.query('SELECT question_id, snapshot FROM attempt_questions WHERE attempt_id = $1', [attempt.id])).rows as {
        question_id: string;
        snapshot: { type: 'single' | 'multiple' | 'true_false' | 'fill'; answer: string[] };
      }[];
      await saveAnswers(agent, attempt.id, 1, Object.fromEntries(paper.map((q) => [q.question_id, rightAnswer({ type: q.snapshot.type, answer: q.snapshot.answer })])));
      const results = await Promise.all(Array.from({ length: 10 }, () => submitRaw(agent, attempt.id)));
      expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
      const rows = (await client.query('SELECT status, passed FROM attempts WHERE id = $1', [attempt.id])).rows;
      expect(rows).toEqual([{ status: 'submitted', passed: true }]);
      const ledger = (await client.query(`SELECT count(*)::int AS n FROM ledger_entries WHERE user_id = $1 AND source = 'quiz'`, [cadre.id])).rows as { n: number }[];
      expect(ledger[0]!.n).toBe(1);
    });
  });
});
