import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../helpers/ports';

/**
 * `npm run backup` then `npm run restore` give back the same data: the built server fills a database with the demo city,
 * the backup script saves it, the restore script puts it into a fresh database, and the key tables match row for row
 * (counts and an md5 of every row's text), uploaded files included; a server then starts on the restored data.
 * With TEST_DATABASE_URL (CI): PostgreSQL (pg_dump/pg_restore) in two fresh databases on that server, dropped at the end.
 * Without it: the embedded database (a copy of DATA_DIR), restored into a new DATA_DIR.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'server/dist/main.js');
const KEY_TABLES = ['users', 'org_units', 'enrollments', 'ledger_entries', 'lecture_sessions', 'study_records', 'attempts'];
/** Per table: its row count and an md5 over the text of all its rows, in id order. */
const FINGERPRINT_SQL = KEY_TABLES.map(
  (t) =>
    `SELECT '${t}' AS "table", count(*)::int AS "rows", md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) AS "md5" FROM "${t}" x`,
).join(' UNION ALL ');

type Fingerprint = Record<string, { rows: number; md5: string }>;

function toFingerprint(rows: { table: string; rows: number; md5: string }[]): Fingerprint {
  return Object.fromEntries(rows.map((r) => [r.table, { rows: Number(r.rows), md5: r.md5 }]));
}

interface Server {
  child: ChildProcess;
  base: string;
  output: () => string;
}

const running = new Set<ChildProcess>();

/** The built server on `env`, once /api/ready says 200. */
async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', JOBS_ENABLED: '0', WEB_CONCURRENCY: '1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000; // a liveness bound, not a speed claim: the seed takes 15–40 s, more on a busy machine
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${text}`);
    try {
      if ((await fetch(`${base}/api/ready`)).status === 200) return { child, base, output: () => text };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become ready:\n${text}`);
}

async function stopServer(server: Server | ChildProcess): Promise<void> {
  const child = 'child' in server ? server.child : server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** `npm run backup|restore`, as an operator runs it (node scripts/<name>.mjs from the repository root). */
function script(name: 'backup' | 'restore', args: string[], env: Record<string, string>): { status: number | null; output: string } {
  const res = spawnSync(process.execPath, [join(ROOT, 'scripts', `${name}.mjs`), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}

function mustRun(name: 'backup' | 'restore', args: string[], env: Record<string, string>): string {
  const res = script(name, args, env);
  if (res.status !== 0) throw new Error(`npm run ${name} failed (${res.status}):\n${res.output}`);
  return res.output;
}

/** Every uploaded file (path and size), without half-received ones. */
function uploads(dataDir: string): string[] {
  const root = join(dataDir, 'uploads');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.incoming') walk(path);
      } else out.push(`${relative(root, path)} ${statSync(path).size}`);
    }
  };
  if (existsSync(root)) walk(root);
  return out.sort();
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'zzb_admin', password: 'Demo@2026' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** The restored data serves: ready, the demo's administrator signs in, and cadres (with decrypted fields) list. */
async function checkServes(env: Record<string, string>): Promise<void> {
  const server = await startServer(env);
  try {
    const ready = await fetch(`${server.base}/api/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up', pendingMigrations: 0 });
    const token = await signIn(server.base);
    const users = await fetch(`${server.base}/api/users?pageSize=5`, { headers: { Authorization: `Bearer ${token}` } });
    expect(users.status).toBe(200);
    expect(((await users.json()) as { total: number }).total).toBeGreaterThan(100);
  } finally {
    await stopServer(server);
  }
}

function expectSameData(source: Fingerprint, restored: Fingerprint): void {
  for (const table of KEY_TABLES) expect(source[table]?.rows).toBeGreaterThan(0);
  expect(restored).toEqual(source);
}

const base = process.env.TEST_DATABASE_URL;
if (!base) console.warn('backup test: the PostgreSQL variant (pg_dump/pg_restore) is NOT run: it needs TEST_DATABASE_URL (CI sets it)');
let work: string;
beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does)`);
  work = mkdtempSync(join(tmpdir(), 'cadre-backup-'));
});
afterAll(async () => {
  await Promise.all([...running].map((child) => stopServer(child)));
  rmSync(work, { recursive: true, force: true });
});

(base ? describe : describe.skip)('npm run backup / restore on PostgreSQL (TEST_DATABASE_URL)', () => {
  const suffix = `${Date.now()}_${process.pid}`;
  const names = { source: `cadre_backup_${suffix}_src`, restored: `cadre_backup_${suffix}_dst` };
  const urlOf = (db: string) => {
    const url = new URL(base!);
    url.pathname = `/${db}`;
    return url.toString();
  };
  const created: string[] = [];

  async function admin<T>(fn: (client: pg.Client) => Promise<T>, url = base!): Promise<T> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await admin(async (c) => {
      for (const name of Object.values(names)) {
        await c.query(`CREATE DATABASE "${name}"`);
        created.push(name);
      }
    });
  });
  afterAll(async () => {
    await admin(async (c) => {
      for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  });

  it('restores a pg_dump of the demo city into a fresh database with the same rows and files', async () => {
    const dataDir = join(work, 'data');
    const restoredDir = join(work, 'restored');
    const source = { DATABASE_URL: urlOf(names.source), DATA_DIR: dataDir };
    // Migrations and the demo city (photos among the uploads), by the built server itself.
    await stopServer(await startServer({ ...source, SEED_DEMO: '1' }));

    const dump = join(work, 'backups', 'cadre-test.dump');
    const backedUp = mustRun('backup', ['--out', dump], source);
    expect(backedUp).toContain(`wrote ${dump}`);
    expect(backedUp).toContain(`wrote ${join(work, 'backups', 'cadre-test.files.tar.gz')}`);
    expect(readFileSync(dump).subarray(0, 5).toString()).toBe('PGDMP');

    const target = { DATABASE_URL: urlOf(names.restored), DATA_DIR: restoredDir };
    const restoredOut = mustRun('restore', [dump], target);
    expect(restoredOut).toMatch(/restored the schema and the data of \d+ tables/);

    const fingerprint = (db: string) => admin(async (c) => toFingerprint((await c.query(FINGERPRINT_SQL)).rows), urlOf(db));
    expectSameData(await fingerprint(names.source), await fingerprint(names.restored));
    expect(uploads(restoredDir)).toEqual(uploads(dataDir));
    expect(uploads(dataDir).length).toBeGreaterThan(0);
    expect(readFileSync(join(restoredDir, 'secrets.json'), 'utf8')).toBe(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
    await checkServes(target);
  }, 240_000);
});

describe('npm run backup / restore on the embedded database', () => {
  /** Opens each PGlite data folder (no server running) and fingerprints it, in a plain node process. */
  function fingerprintEmbedded(dataDirs: string[]): Fingerprint[] {
    const code = `
      import { PGlite } from '@electric-sql/pglite';
      const out = [];
      for (const dir of JSON.parse(process.env.DIRS)) {
        const db = await PGlite.create({ dataDir: dir });
        out.push((await db.query(process.env.SQL)).rows);
        await db.close();
      }
      console.log(JSON.stringify(out));`;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: join(ROOT, 'server'),
      env: { PATH: process.env.PATH ?? '', DIRS: JSON.stringify(dataDirs.map((d) => join(d, 'pgdata'))), SQL: FINGERPRINT_SQL },
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (res.status !== 0) throw new Error(`reading the embedded databases failed:\n${res.stdout}${res.stderr}`);
    return (JSON.parse(res.stdout.trim().split('\n').pop()!) as { table: string; rows: number; md5: string }[][]).map(toFingerprint);
  }

  it('copies DATA_DIR only while no server holds it, and restores it into a new DATA_DIR that serves the same rows', async () => {
    const dataDir = join(work, 'embedded-data');
    const restoredDir = join(work, 'embedded-restored');
    const archive = join(work, 'embedded-backups', 'cadre-test.tar.gz');
    // The demo city (rows in every key table, photos among the uploads), by the built server on its embedded database.
    const first = await startServer({ DATA_DIR: dataDir, SEED_DEMO: '1' });
    try {
      const refused = script('backup', ['--out', archive], { DATA_DIR: dataDir });
      expect(refused.status).toBe(1);
      expect(refused.output).toContain(`in use by process ${first.child.pid}`);
      expect(existsSync(archive)).toBe(false);
    } finally {
      await stopServer(first);
    }

    const backedUp = mustRun('backup', ['--out', archive], { DATA_DIR: dataDir });
    expect(backedUp).toContain(`wrote ${archive}`);
    expect(existsSync(join(dataDir, 'pgdata.lock'))).toBe(false);
    // Never over an existing database.
    const refusedRestore = script('restore', [archive], { DATA_DIR: dataDir });
    expect(refusedRestore.status).toBe(1);
    expect(refusedRestore.output).toContain('is not empty');
    const restoredOut = mustRun('restore', [archive], { DATA_DIR: restoredDir });
    expect(restoredOut).toContain(`restored ${join(restoredDir, 'pgdata')}`);

    const [source, restored] = fingerprintEmbedded([dataDir, restoredDir]);
    expectSameData(source!, restored!);
    expect(uploads(restoredDir)).toEqual(uploads(dataDir));
    expect(uploads(dataDir).length).toBeGreaterThan(0);
    expect(readFileSync(join(restoredDir, 'secrets.json'), 'utf8')).toBe(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
    await checkServes({ DATA_DIR: restoredDir });
  }, 240_000);
});
