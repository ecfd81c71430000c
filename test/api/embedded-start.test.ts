import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../helpers/ports';

/**
 * What a newcomer's `npm start` does, on the built server: first start seeds the demo city into the embedded database in
 * DATA_DIR, a second start keeps it. These tests run the real process (built by `npm test` before jest).
 */
const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

interface Running {
  child: ChildProcess;
  base: string;
  output: () => string;
}

function run(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function start(dataDir: string): Promise<Running> {
  const port = await freePort();
  const proc = run({ DATA_DIR: dataDir, PORT: String(port) });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000; // a liveness bound, not a speed claim: the seed takes 15–40 s, more on a busy machine
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`server exited early:\n${proc.output()}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return { child: proc.child, base, output: proc.output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  proc.child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${proc.output()}`);
}

async function stop(server: Running): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
  server.child.kill('SIGTERM');
  return exited;
}

async function token(base: string, username = 'zzb_admin'): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo@2026' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function units(base: string, bearer: string): Promise<{ id: string; name: string; parentId: string | null }[]> {
  const res = await fetch(`${base}/api/org-units`, { headers: { Authorization: `Bearer ${bearer}` } });
  return ((await res.json()) as { items: { id: string; name: string; parentId: string | null }[] }).items;
}

describe('npm start on the embedded database', () => {
  let dataDir: string;
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does)`);
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-start-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('seeds the demo city on first start, keeps changes across a restart, and seeds nothing twice', async () => {
    const first = await start(dataDir);
    expect(first.output()).toContain('zzb_admin');
    expect(first.output()).toMatch(/Seeded the demo city \(\d+ units, \d+ cadres, \d+ courses, \d+ enrolments, \d+ questions, \d+ quiz attempts, \d+ lecture sessions, \d+ study records, \d+ campaign tasks, \d+ training classes, \d+ talent-pool members\)/);
    const bearer = await token(first.base);
    // The demo's cadre (a new leader) finds the theory test open and untaken, and the bank holds the written questions.
    const quizzes = await fetch(`${first.base}/api/quizzes?mine=true&pageSize=50`, { headers: { Authorization: `Bearer ${await token(first.base, 'cadre01')}` } });
    expect(quizzes.status).toBe(200);
    const mine = ((await quizzes.json()) as { items: { title: string; open: boolean; questionCount: number; mine: { canStart: boolean; attemptsUsed: number } | null }[] }).items;
    const theory = mine.find((q) => q.title.includes('新任职领导干部理论知识测试'));
    expect(theory).toMatchObject({ open: true, questionCount: 20, mine: { canStart: true, attemptsUsed: 0 } });
    const bank = await fetch(`${first.base}/api/questions?pageSize=1`, { headers: { Authorization: `Bearer ${bearer}` } });
    expect(((await bank.json()) as { total: number }).total).toBeGreaterThanOrEqual(300);
    // The talent pool: 80 young cadres and the report's two secondments: Fuzhou under way, Zhenjiang past its end date
    // with no return, so it is not 'away now' (issue 16).
    const pool = (await (await fetch(`${first.base}/api/talent-pool/overview?status=in_pool`, { headers: { Authorization: `Bearer ${bearer}` } })).json()) as {
      byStatus: { count: number }[];
      activeSecondments: { hostCity: string }[];
    };
    expect(pool.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(80);
    expect(pool.activeSecondments.map((s) => s.hostCity).sort()).toEqual(['福州市']);
    // The requirement lines' demo: two claims of 处级 cadres wait for the city organisation department, one from the
    // 四级调研员 of 龙门镇 whom the town's admin neither sees in the queue nor may decide; five 处级 cadres are behind on
    // the five-year cycle; one leader of 龙门镇 is overdue on 任职培训.
    const town = await token(first.base, 'town_admin');
    const get = async <T>(path: string, who: string) => (await (await fetch(`${first.base}${path}`, { headers: { Authorization: `Bearer ${who}` } })).json()) as T;
    type Claims = { items: { id: string; title: string; userName: string; unitName: string }[] };
    const cityQueue = (await get<Claims>('/api/claims?status=pending&pageSize=100', bearer)).items;
    const townQueue = (await get<Claims>('/api/claims?status=pending&pageSize=100', town)).items;
    const chuClaims = cityQueue.filter((c) => ['省委党校处级干部进修班（第二期）', '城市治理现代化专题研修班'].includes(c.title));
    expect(chuClaims.map((c) => c.title).sort()).toEqual(['城市治理现代化专题研修班', '省委党校处级干部进修班（第二期）']);
    const researcherClaim = chuClaims.find((c) => c.unitName === '龙门镇')!;
    expect(researcherClaim.title).toBe('省委党校处级干部进修班（第二期）');
    expect(townQueue.length).toBeGreaterThan(0);
    expect(townQueue.map((c) => c.id)).not.toContain(researcherClaim.id);
    const refused = await fetch(`${first.base}/api/claims/${researcherClaim.id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${town}` } });
    expect(refused.status).toBe(422);
    type Shortfalls = { total: number; items: { unitName: string; dueDate: string }[] };
    expect((await get<Shortfalls>('/api/requirements/shortfalls?line=centralized_5y', bearer)).total).toBe(5);
    const overdue = await get<Shortfalls>('/api/requirements/shortfalls?line=appointment', town);
    expect(overdue.items.map((s) => s.unitName)).toEqual(['龙门镇']);
    const before = await units(first.base, bearer);
    expect(before.length).toBeGreaterThan(300);
    const root = before.find((u) => u.parentId === null)!;
    const created = await fetch(`${first.base}/api/org-units`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ parentId: root.id, name: '重启验证局', kind: 'department' }),
    });
    expect(created.status).toBe(201);
    expect(await stop(first)).toBe(0);

    const second = await start(dataDir);
    try {
      expect(second.output()).not.toMatch(/Seeded the demo city/);
      const after = await units(second.base, await token(second.base));
      expect(after.length).toBe(before.length + 1);
      expect(after.map((u) => u.name)).toContain('重启验证局');
    } finally {
      expect(await stop(second)).toBe(0);
    }
  }, 360_000);

  it('refuses a second server on the same data folder while the first runs', async () => {
    const first = await start(dataDir);
    try {
      const other = run({ DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(await other.exited).toBe(1);
      expect(other.output()).toMatch(/in use by process \d+/);
    } finally {
      await stop(first);
    }
  }, 240_000);

  it('stops at start-up with a message naming a bad variable', async () => {
    const bad = run({ DATA_DIR: dataDir, PORT: 'eighty', RATE_LIMIT_LOGIN_PER_MIN: '-3' });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toContain('PORT must be an integer');
    expect(bad.output()).toContain('RATE_LIMIT_LOGIN_PER_MIN');
  });
});
