import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { insertMany } from './bulk';
import { addDays, type CadreRow, type UnitRow } from './demo-city';
import { CITY_NAME, DEMO_TOWN } from './demo-names';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  year: number;
  units: UnitRow[];
  cadres: CadreRow[];
  /** Today in Asia/Shanghai: nothing is published after it. */
  today: string;
}

/** The seed report's four columns (专栏), on the channels it names. */
const COLUMNS = [
  { channel: 0, name: '干部作风能力提升年', month: 1 },
  { channel: 1, name: '以高质量发展开启‘小城逆袭’新征程', month: 2 },
  { channel: 2, name: '奋进新征程 建功新时代', month: 3 },
  { channel: 1, name: '‘小城逆袭’ 今年这样做', month: 4 },
] as const;
const SUBJECTS = ['专题学习研讨', '理论宣讲进村入户', '“第一议题”学习', '干部作风专项整治', '为民办实事', '营商环境优化', '乡村振兴产业发展', '“小城逆袭·崛起有我”大讨论', '红色资源教育', '对标学习先进'];
const VERBS = ['扎实开展', '持续深化', '创新推进', '全面启动', '深入推进'];
const TOPICS = ['小城逆袭，我们这样干', '作风能力提升年：从“要我干”到“我要干”', '营商环境的“加减法”', '乡村振兴里的年轻干部', '把问题解决在基层', '红色资源里的初心', '一线工作法', '数字赋能基层治理', '重点项目建设一线', '民生实事办理情况', '“三个年”活动回头看', '新时代好干部的样子'];
const GUESTS = ['镇党委书记', '市委组织部副部长', '驻村第一书记', '市发改局局长', '社区党委书记', '优秀年轻干部代表', '市委党校教授'];
const JUDGES = ['市委宣传部副部长', '市委党校教授', '市融媒体中心主任', '市教育局副局长', '市文联主席', '市委组织部科长', '市总工会副主席'];
const SPEAKERS = ['王敏', '李静', '张磊', '刘洋', '陈晨', '杨帆', '赵雪', '黄鹏', '周婷', '吴昊', '徐丽', '孙浩', '胡悦', '朱琳', '高翔', '林娜', '何强', '郭敏', '马超', '罗佳'];

/**
 * Publicity (宣传引导) for the demo: the city's broadcaster, two WeChat public accounts and the paper; the four columns
 * of the seed report opened early in the year; about 300 items over the year so far from the towns, departments and
 * villages (a few units publish nothing, so the silent list has names); 12 episodes of the interview programme; the
 * “小城逆袭·崛起有我” speech contest with 20 entrants and seven judges' scores. Bulk inserts, relative to today.
 */
export async function seedDemoPublicity(ctx: Context): Promise<{ items: number; episodes: number; entrants: number }> {
  const { tx, today } = ctx;
  const rng = new SeededRandom(20_260_520);
  const city = ctx.units.find((u) => u.parentId === null)!;
  const zzb = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const townAdmin = ctx.cadres.find((c) => c.username === 'town_admin')!;
  const jan1 = `${ctx.year}-01-01`;
  const daysSoFar = Math.max(1, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / 86_400_000));
  const day = (offset: number) => addDays(jan1, Math.min(offset, daysSoFar - 1));

  const channels = [
    { id: randomUUID(), kind: 'tv', name: `${CITY_NAME}广播电视台` },
    { id: randomUUID(), kind: 'wechat', name: '《示范新闻》' },
    { id: randomUUID(), kind: 'wechat', name: '《示范党建》' },
    { id: randomUUID(), kind: 'newspaper', name: '《示范日报》' },
  ];
  await insertMany(tx, 'publicity_channels', ['id', 'owner_unit_id', 'kind', 'name'], channels.map((c) => [c.id, city.id, c.kind, c.name]));
  const columns = COLUMNS.map((c) => ({ id: randomUUID(), channelId: channels[c.channel]!.id, name: c.name, startsOn: day(Math.round(c.month * 15)) }));
  await insertMany(tx, 'publicity_columns', ['id', 'channel_id', 'name', 'starts_on', 'ends_on'], columns.map((c) => [c.id, c.channelId, c.name, c.startsOn, null]));

  // Who publishes: the towns and departments, and the villages of 龙门镇; the last two departments and one village stay silent.
  const demoTown = ctx.units.find((u) => u.name === DEMO_TOWN)!;
  const depth1 = ctx.units.filter((u) => u.depth === 1).sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
  const departments = depth1.filter((u) => u.kind === 'department');
  const silent = new Set([...departments.slice(-2).map((u) => u.id)]);
  const villages = ctx.units.filter((u) => u.parentId === demoTown.id).sort((a, b) => a.name.localeCompare(b.name));
  if (villages.length > 1) silent.add(villages[villages.length - 1]!.id);
  const publishers = [...depth1, ...villages].filter((u) => !silent.has(u.id));
  // Towns publish more than departments: weight them.
  const weighted = publishers.map((u) => [u, u.id === demoTown.id ? 4 : u.kind === 'town' || u.kind === 'subdistrict' ? 3 : 1] as const);
  const adminOf = (u: UnitRow) => (u.path.startsWith(demoTown.path) ? townAdmin.id : zzb.id);
  const items: unknown[][] = [];
  const target = Math.round((300 * Math.min(daysSoFar, 365)) / 365);
  for (let i = 0; i < target; i += 1) {
    // Every publisher at least once, then as weighted.
    const unit = i < publishers.length ? publishers[i]! : rng.weighted(weighted);
    const publishedOn = day(rng.int(8, daysSoFar - 1));
    const open = columns.filter((c) => c.startsOn <= publishedOn);
    const inColumn = open.length > 0 && rng.chance(0.75);
    const column = inColumn ? rng.pick(open) : null;
    const channel = column ? channels.find((c) => c.id === column.channelId)! : rng.pick(channels);
    const title = `${unit.name}${rng.pick(VERBS)}${rng.pick(SUBJECTS)}`;
    const link = channel.kind === 'wechat' || channel.kind === 'website' ? `https://mp.example.cn/s/${rng.int(100000, 999999)}` : null;
    items.push([randomUUID(), publishedOn, channel.id, column?.id ?? null, title, link, unit.id, unit.path, adminOf(unit)]);
  }
  await insertMany(tx, 'publicity_items', ['id', 'published_on', 'channel_id', 'column_id', 'title', 'link', 'unit_id', 'unit_path', 'created_by_id'], items);

  // Twelve episodes, every three weeks from late January; none after today.
  const episodes = TOPICS.map((topic, i) => ({ airedOn: day(24 + i * 21), topic, guests: [GUESTS[i % GUESTS.length]!, GUESTS[(i + 3) % GUESTS.length]!] })).filter((e) => e.airedOn < today);
  await insertMany(tx, 'publicity_episodes', ['id', 'channel_id', 'aired_on', 'topic', 'guests', 'created_by_id'], episodes.map((e) => [randomUUID(), channels[0]!.id, e.airedOn, e.topic, e.guests, zzb.id]));

  // The speech contest: 20 entrants from the towns and departments, seven judges, one final round.
  const contestId = randomUUID();
  const roundId = randomUUID();
  await tx.query(
    `INSERT INTO publicity_contests (id, owner_unit_id, kind, title, held_on, first_prizes, second_prizes, third_prizes, created_by_id)
     VALUES ($1, $2, 'speech', '“小城逆袭·崛起有我”主题演讲赛', $3, 2, 4, 6, $4)`,
    [contestId, city.id, day(170), zzb.id],
  );
  await tx.query(`INSERT INTO publicity_contest_rounds (id, contest_id, position, name) VALUES ($1, $2, 0, '决赛')`, [roundId, contestId]);
  const judges = JUDGES.map((name, i) => ({ id: randomUUID(), name, position: i }));
  await insertMany(tx, 'publicity_contest_judges', ['id', 'contest_id', 'position', 'name'], judges.map((j) => [j.id, contestId, j.position, j.name]));
  const entrantUnits = depth1.filter((u) => u.kind !== 'department').concat(departments).slice(0, SPEAKERS.length);
  const entrants = SPEAKERS.slice(0, entrantUnits.length).map((name, i) => ({ id: randomUUID(), name, unit: entrantUnits[i]!, position: i }));
  await insertMany(
    tx,
    'publicity_contest_entrants',
    ['id', 'contest_id', 'position', 'name', 'unit_id', 'topic'],
    entrants.map((e) => [e.id, contestId, e.position, e.name, e.unit.id, `${rng.pick(['崛起有我', '小城逆袭', '奋进新征程', '作风能力提升'])}——${e.unit.name}的故事`]),
  );
  const scores: unknown[][] = [];
  for (const e of entrants) {
    const base = rng.int(8200, 9400);
    for (const j of judges) scores.push([roundId, e.id, j.id, Math.min(10000, Math.max(0, base + rng.int(-30, 30) * 10))]);
  }
  await insertMany(tx, 'publicity_contest_scores', ['round_id', 'entrant_id', 'judge_id', 'hundredths'], scores);
  return { items: items.length, episodes: episodes.length, entrants: entrants.length };
}
