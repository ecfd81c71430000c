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
  // The people check below reads every cadre's record: more requests in a minute than the default API limit allows.
  const proc = run({ DATA_DIR: dataDir, PORT: String(port), RATE_LIMIT_API_PER_MIN: '100000' });
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

type Person = { id: string; name: string; unitId: string; unitName: string; rank: string; position: string | null };

/** Every cadre of the demo city, as the city's org admin lists them. */
async function everyone(base: string, bearer: string): Promise<Person[]> {
  const people: Person[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${base}/api/users?pageSize=100&page=${page}`, { headers: { Authorization: `Bearer ${bearer}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: Person[]; total: number };
    people.push(...body.items);
    if (body.items.length === 0 || people.length >= body.total) return people;
  }
}

/**
 * A unit's leading posts, held by one person each: a post (no 副 in it) that ends in one of these heads' titles. Not a
 * 股长, a 中队长 or a 市委常委, of whom a unit has several.
 */
const LEADING_POST = /(书记|主席|主任|局长|部长|镇长|会长|秘书长|总经理|科长|委员)$/;
/** Posts only a party member holds (issue 16: a 党建办主任 who is 群众 is not plausible). */
const PARTY_POST = /书记|党委|党工委|党组|党支部|党建|党群|纪委|纪工委|组织委员|宣传统战委员|市委常委|武装部长/;
/** The city's party bodies: their leaders (科级 and above) are party members, whatever the post is called. */
const PARTY_BODIES = ['市委办公室', '市纪委监委', '市委组织部', '市委宣传部', '市委统战部', '市委政法委', '市委网信办', '团市委'];
const LEADER_RANKS = ['zheng_chu', 'fu_chu', 'zheng_ke', 'fu_ke'];

/** Minutes after midnight in Asia/Shanghai. */
const shanghaiMinutes = (iso: string) => {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
};

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
    // Plausible people (issue 16, 17): one holder of each leading post in a unit (not two 人大主席 in 龙门镇), party posts
    // held by party members, lectures that start and end in working hours (08:30–11:30, 14:30–17:30 in Shanghai).
    const people = await everyone(first.base, bearer);
    expect(people.length).toBeGreaterThan(2500);
    const holders = new Map<string, string[]>();
    for (const p of people.filter((p) => p.position && !p.position.includes('副') && LEADING_POST.test(p.position))) {
      const key = `${p.unitName} ${p.unitId} ${p.position}`; // two towns may each have a 上坊村
      holders.set(key, [...(holders.get(key) ?? []), p.name]);
    }
    expect([...holders].filter(([, names]) => names.length > 1)).toEqual([]);
    const longmen = people.filter((p) => p.unitName === '龙门镇');
    for (const post of ['镇党委书记', '镇长', '党委副书记', '纪委书记', '人大主席', '武装部长', '党建办主任']) {
      expect([post, longmen.filter((p) => p.position === post).length]).toEqual([post, 1]);
    }
    const partyPeople = people.filter((p) => (p.position && PARTY_POST.test(p.position)) || (PARTY_BODIES.includes(p.unitName) && LEADER_RANKS.includes(p.rank)));
    expect(partyPeople.length).toBeGreaterThan(300); // at least the 250 village and community secretaries
    expect(partyPeople.map((p) => p.position)).toEqual(expect.arrayContaining(['党建办主任', '村党支部书记', '社区党支部书记', '纪委书记', '党组书记', '市委书记']));
    const notMembers: string[] = [];
    for (let i = 0; i < partyPeople.length; i += 10) {
      await Promise.all(
        partyPeople.slice(i, i + 10).map(async (p) => {
          const detail = await get<{ politicalStatus: string | null }>(`/api/users/${p.id}`, bearer);
          if (detail.politicalStatus !== 'cpc_member') notMembers.push(`${p.unitName} ${p.position} ${p.name}: ${detail.politicalStatus}`);
        }),
      );
    }
    expect(notMembers).toEqual([]);
    type Sessions = { items: { id: string; title: string; startedAt: string; durationMinutes: number }[]; total: number };
    const sessions = new Map<string, Sessions['items'][number]>();
    for (const who of [bearer, town, await token(first.base, 'lecturer01')]) {
      for (const s of (await get<Sessions>('/api/lecture-sessions?pageSize=100', who)).items) sessions.set(s.id, s);
    }
    expect(sessions.size).toBe(43); // 38 verified, three waiting, one returned, one draft
    const outside = [...sessions.values()].filter((s) => {
      const start = shanghaiMinutes(s.startedAt);
      const end = start + s.durationMinutes;
      const within = (opens: number, closes: number) => start >= opens && end <= closes;
      return !within(8 * 60 + 30, 11 * 60 + 30) && !within(14 * 60 + 30, 17 * 60 + 30);
    });
    expect(outside.map((s) => `${s.startedAt} ${s.durationMinutes}min ${s.title}`)).toEqual([]);
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
