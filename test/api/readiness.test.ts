import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Readiness recovers by itself: the built server runs against a throwaway PostgreSQL cluster of its own (initdb and
 * pg_ctl on a spare port, in a temporary folder); stopping the cluster turns /api/ready (and /api/health) into 503,
 * starting it again brings /api/ready back to 200 without restarting the server, and the pool serves requests again.
 * The shared PostgreSQL other tests use (127.0.0.1:5432) is never touched.
 */
const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

/** The PostgreSQL server binaries: PG_BIN, else the newest /usr/lib/postgresql/<version>/bin (Debian's layout). */
function findPgBin(): string {
  const fromEnv = process.env.PG_BIN;
  const candidates = fromEnv
    ? [fromEnv]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error(
      `The readiness test needs the PostgreSQL server binaries (initdb, pg_ctl) and found none in ${candidates.join(', ') || '/usr/lib/postgresql/<version>/bin'}. ` +
        'Install them (Debian: apt-get install postgresql) or point PG_BIN at the folder that holds them.',
    );
  }
  return found;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function sparePort(from: number): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const port = from + Math.floor(Math.random() * 1000);
    if (port !== 5432 && (await portIsFree(port))) return port;
  }
  throw new Error(`no free port found from ${from}`);
}

/** A PostgreSQL cluster in a temporary folder; as root, its commands run as the `postgres` user (initdb refuses root). */
class ThrowawayCluster {
  readonly dir = mkdtempSync(join(tmpdir(), 'cadre-ready-pg-'));
  readonly data = join(this.dir, 'data');
  private readonly asRoot = userInfo().uid === 0;

  constructor(
    private readonly bin: string,
    readonly port: number,
  ) {
    if (this.asRoot) chownSync(this.dir, pgUid(), pgGid());
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private run(tool: string, args: string[]): string {
    const command = join(this.bin, tool);
    const [file, argv] = this.asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    const res = spawnSync(file, argv, { encoding: 'utf8', timeout: 60_000, cwd: this.dir });
    const output = `${res.stdout ?? ''}${res.stderr ?? ''}`;
    if (res.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${res.error?.message ?? `exit ${res.status}`}):\n${output}`);
    return output;
  }

  init(): void {
    this.run('initdb', ['-D', this.data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  }

  start(): void {
    // Loopback TCP on the spare port only; the Unix socket lives in the temporary folder (not /var/run/postgresql).
    const opts = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off`;
    this.run('pg_ctl', ['start', '-D', this.data, '-w', '-t', '30', '-l', join(this.dir, 'postgres.log'), '-o', opts]);
  }

  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    this.run('pg_ctl', ['stop', '-D', this.data, '-w', '-t', '30', '-m', mode]);
  }

  running(): boolean {
    return existsSync(join(this.data, 'postmaster.pid'));
  }

  log(): string {
    const file = join(this.dir, 'postgres.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  remove(): void {
    if (this.running()) {
      try {
        this.stop('immediate');
      } catch {
        // already gone
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function idOf(flag: '-u' | '-g'): number {
  const res = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error('Running as root, the test runs the cluster as the "postgres" user, which does not exist');
  return Number(res.stdout.trim());
}
const pgUid = () => idOf('-u');
const pgGid = () => idOf('-g');

interface Probe {
  status: number;
  body: Record<string, unknown>;
}

async function get(base: string, path: string): Promise<Probe> {
  const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Polls until `path` answers `status`; returns that answer (or fails with the last one seen). */
async function waitFor(base: string, path: string, status: number, withinMs: number, alive: () => void): Promise<Probe> {
  const deadline = Date.now() + withinMs;
  let last: Probe | string = 'no answer';
  while (Date.now() < deadline) {
    alive();
    try {
      last = await get(base, path);
      if (last.status === status) return last;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${path} did not answer ${status} within ${withinMs} ms; last: ${JSON.stringify(last)}`);
}

/** A sign-in attempt for an unknown account: 401 needs a working database round trip through TypeORM's pool. */
async function unknownSignIn(base: string): Promise<number> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: `nobody_${Math.random().toString(36).slice(2, 8)}`, password: 'Not-the-password-1' }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.status;
}

describe('GET /api/ready against a PostgreSQL that goes away and comes back', () => {
  let cluster: ThrowawayCluster | undefined;
  let server: ChildProcess | undefined;
  let output = '';
  let dataDir: string | undefined;
  let base = '';
  const alive = () => {
    if (server && server.exitCode !== null) throw new Error(`the server exited (code ${server.exitCode}):\n${output}`);
  };

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does)`);
    cluster = new ThrowawayCluster(findPgBin(), await sparePort(55432));
    cluster.init();
    cluster.start();
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-ready-data-'));
    const port = await sparePort(40000);
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'warn',
        DATABASE_URL: cluster.url,
        PORT: String(port),
        DATA_DIR: dataDir,
        SEED_DEMO: '0',
        WEB_CONCURRENCY: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  }, 60_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server!.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    cluster?.remove();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('is 503 while the cluster is down and returns to 200 by itself when it is back', async () => {
    const c = cluster!;
    const first = await waitFor(base, '/api/ready', 200, 60_000, alive);
    expect(first.body).toEqual({ status: 'ready', database: 'up', pendingMigrations: 0 });
    expect(await unknownSignIn(base)).toBe(401);
    // Fill the pool with several idle connections: all of them die with the cluster.
    const warm = await Promise.all(Array.from({ length: 8 }, () => get(base, '/api/health')));
    expect(warm.map((p) => p.status)).toEqual(Array(8).fill(200));

    c.stop('fast');
    const down = await waitFor(base, '/api/ready', 503, 10_000, alive);
    expect(down.body).toEqual({ status: 'not_ready', database: 'down', pendingMigrations: null, failed: 'database' });
    // Every later probe keeps answering 503 with the reason (how fast is the unit spec's business, with a fake clock).
    const again = await get(base, '/api/ready');
    expect(again.status).toBe(503);
    expect(again.body).toEqual({ status: 'not_ready', database: 'down', pendingMigrations: null, failed: 'database' });
    const health = await get(base, '/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'error', database: 'down', worker: 0 });
    alive();

    c.start();
    const back = await waitFor(base, '/api/ready', 200, 20_000, alive);
    expect(back.body).toEqual({ status: 'ready', database: 'up', pendingMigrations: 0 });
    // No dead connection poisons later requests: every request, readiness or not, works again.
    const after = await Promise.all(Array.from({ length: 8 }, () => get(base, '/api/health')));
    expect(after.map((p) => p.status)).toEqual(Array(8).fill(200));
    expect(await unknownSignIn(base)).toBe(401);
    expect((await get(base, '/api/ready')).status).toBe(200);
    alive();
  }, 120_000);
});
