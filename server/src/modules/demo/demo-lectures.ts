import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LECTURE_HOURS, type AudienceKind, type LectureFormat, type LectureTeamLevel } from '@cadre/shared';
import sharp from 'sharp';
import type { EntityManager } from 'typeorm';
import type { FileStorage } from '../files/file-storage';
import { insertMany } from './bulk';
import type { CadreRow, UnitRow } from './demo-city';
import { DEMO_TOWN } from './demo-names';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  storage: FileStorage;
  assetsDir: string;
  year: number;
  now: Date;
  units: UnitRow[];
  cadres: CadreRow[];
}

const DAY = 86_400_000;

/** The "1＋6＋N" structure: the municipal team, six specialised teams (home department), and one team per town. */
const CITY_TEAMS: { name: string; level: LectureTeamLevel; home: string; description: string }[] = [
  { name: '示范市委宣讲团', level: 'municipal', home: '市委宣传部', description: '市委宣讲团，由市级领导干部和理论骨干组成，面向全市开展党的创新理论宣讲。' },
  { name: '市理论专家宣讲团', level: 'specialised', home: '市委宣传部', description: '党校教师和理论工作者，重点开展党的二十大精神、习近平新时代中国特色社会主义思想宣讲。' },
  { name: '市青年宣讲团', level: 'specialised', home: '团市委', description: '青年干部和青年典型，用青年话语讲好党的故事。' },
  { name: '市法治宣讲团', level: 'specialised', home: '市司法局', description: '政法干警和律师，开展习近平法治思想和法律法规宣讲。' },
  { name: '市乡村振兴宣讲团', level: 'specialised', home: '市农业农村局', description: '农技专家和驻村干部，宣讲强农惠农政策和乡村振兴战略。' },
  { name: '市职工宣讲团', level: 'specialised', home: '市总工会', description: '劳动模范和工匠代表，走进企业车间宣讲。' },
  { name: '市纪法宣讲团', level: 'specialised', home: '市纪委监委', description: '纪检监察干部，开展党纪学习教育和警示教育宣讲。' },
];

const TITLES: Record<string, string[]> = {
  党的二十大精神: ['踔厉奋发 勇毅前行——党的二十大精神解读', '以中国式现代化全面推进中华民族伟大复兴', '党的二十大报告中的民生温度'],
  全国两会精神: ['读懂政府工作报告里的发展信号', '两会精神进基层：今年的惠民政策', '从两会看高质量发展'],
  习近平新时代中国特色社会主义思想: ['新时代党的创新理论的实践伟力', '“两个确立”的决定性意义', '学思想、强党性、重实践、建新功'],
  习近平法治思想: ['法治政府建设与依法行政', '民法典与百姓生活', '基层矛盾纠纷的法治化解'],
  党史学习教育: ['从党史中汲取奋进力量', '伟大建党精神的时代内涵', '百年党史中的初心故事'],
  乡村振兴与基层治理: ['产业振兴怎么干：身边的致富带头人', '乡村治理“积分制”的做法与成效', '农村人居环境整治政策解读'],
  红色资源与地方党史: ['本市第一个党支部的故事', '八路军东渡旧址里的红色记忆', '雪峰水库建设中的奋斗精神'],
  城市发展历程与成就: ['示范市的过去、现在和未来', '从老工业城市到转型发展新路', '家门口的变化：城市更新十年'],
};

const VENUES = ['村委会会议室', '党群服务中心', '新时代文明实践站', '村文化广场', '社区活动室', '企业职工书屋', '田间地头', '学校报告厅'];
const SUMMARIES = [
  '结合本地发展实际，用身边人身边事讲理论，现场互动热烈，群众反映听得懂、记得住。',
  '围绕群众关心的政策问题逐条解读，会后就养老保险、农机补贴等问题现场答疑。',
  '采用“理论+故事+问答”方式，穿插本地红色故事，听众参与积极。',
  '宣讲后组织听众分组讨论，收集意见建议12条，已转交相关部门办理。',
  '以案说法、以案释纪，结合典型案例讲解纪律规矩，警示教育效果明显。',
];
const COMMENTS = [
  '讲得很实在，都是我们身边的事。',
  '政策讲得清楚，知道该去哪里办了。',
  '希望以后多来村里讲讲。',
  '时间有点长，但是内容很好。',
  '老师讲的红色故事很感人。',
  '建议多讲讲年轻人创业的政策。',
];

const HOUR = 3_600_000;
const SHANGHAI = 8 * HOUR;

/**
 * When a lecture on the Shanghai calendar day holding `day` starts, in working hours: `slot` 9–12 is the morning
 * (08:30–11:30), 13–16 the afternoon (14:30–17:30), each starting on the half hour from the session's beginning and
 * ending by its close. A start after `latest` moves to the same time a day earlier, so no lecture lies in the future.
 */
export function workingHoursStart(day: number, slot: number, durationMinutes: number, latest: number): Date {
  const midnight = Math.floor((day + SHANGHAI) / DAY) * DAY - SHANGHAI;
  const morning = slot <= 12;
  const opens = midnight + (morning ? 8.5 : 14.5) * HOUR;
  const closes = opens + 3 * HOUR;
  let start = Math.min(opens + ((slot - 9) % 4) * 30 * 60_000, closes - durationMinutes * 60_000);
  while (start > latest) start -= DAY;
  return new Date(start);
}

/**
 * A year of lecture work: the 1＋6＋N teams with lecturers, about forty sessions across teams and villages (38 verified,
 * as the report counts, plus a few waiting, returned and in draft), photos with thumbnails, audience feedback, and the
 * lecturers' hours in the ledger. `lecturer01` leads the grassroots team of the demo town.
 */
export async function seedDemoLectures(ctx: Context): Promise<{ teams: number; sessions: number; feedback: number }> {
  const { tx } = ctx;
  const rng = new SeededRandom(20_260_505);
  const unitByName = new Map(ctx.units.map((u) => [u.name, u]));
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const childrenOf = (id: string) => ctx.units.filter((u) => u.parentId === id);
  const cadresOf = (unitIds: Set<string>) => ctx.cadres.filter((c) => unitIds.has(c.unitId) && c.username !== 'cadre01');
  const towns = ctx.units.filter((u) => u.kind === 'town' || u.kind === 'subdistrict');
  const lecturer01 = ctx.cadres.find((c) => c.username === 'lecturer01')!;
  const townAdmin = ctx.cadres.find((c) => c.username === 'town_admin')!;
  const zzb = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const demoTown = unitByName.get(DEMO_TOWN)!;

  // Topics come from the migration.
  const topics = (await tx.query('SELECT id, name FROM lecture_topics ORDER BY sort_order')) as { id: string; name: string }[];

  // Teams and members.
  interface Team {
    id: string;
    name: string;
    level: LectureTeamLevel;
    home: UnitRow;
    members: string[];
  }
  const teams: Team[] = [];
  const used = new Set<string>([zzb.id, townAdmin.id]);
  const pickMembers = (pool: CadreRow[], n: number): string[] => {
    const free = pool.filter((c) => !used.has(c.id));
    const picked: string[] = [];
    while (picked.length < n && free.length > 0) {
      const c = free.splice(Math.floor(rng.next() * free.length), 1)[0]!;
      used.add(c.id);
      picked.push(c.id);
    }
    return picked;
  };
  for (const t of CITY_TEAMS) {
    const home = unitByName.get(t.home)!;
    teams.push({ id: randomUUID(), name: t.name, level: t.level, home, members: pickMembers(cadresOf(new Set([home.id])), t.level === 'municipal' ? 8 : rng.int(4, 6)) });
  }
  for (const town of towns) {
    const area = new Set([town.id, ...childrenOf(town.id).map((v) => v.id)]);
    const members = town.id === demoTown.id ? [lecturer01.id, ...pickMembers(cadresOf(area), 4)] : pickMembers(cadresOf(area), rng.int(3, 5));
    if (town.id === demoTown.id) used.add(lecturer01.id);
    teams.push({ id: randomUUID(), name: `${town.name}基层宣讲队`, level: 'grassroots', home: town, members });
  }
  await insertMany(
    tx,
    'lecture_teams',
    ['id', 'name', 'level', 'home_unit_id', 'home_unit_path', 'description'],
    teams.map((t) => [t.id, t.name, t.level, t.home.id, t.home.path, CITY_TEAMS.find((c) => c.name === t.name)?.description ?? `${t.home.name}的基层理论宣讲队伍，深入村（社区）开展“微宣讲”。`]),
  );
  await insertMany(
    tx,
    'lecture_team_members',
    ['team_id', 'user_id', 'leader'],
    teams.flatMap((t) => t.members.map((userId, i) => [t.id, userId, i === 0])),
  );
  const lecturerIds = [...new Set(teams.flatMap((t) => t.members))];
  await tx.query(`UPDATE users SET roles = array_append(roles, 'lecturer') WHERE id = ANY($1::uuid[]) AND NOT ('lecturer' = ANY(roles))`, [lecturerIds]);

  // Photos: three pictures with thumbnails, owned by lecturer01's team leader (private files, shown through sessions).
  const photoIds: string[] = [];
  const fileRows: unknown[][] = [];
  for (const name of ['cover-party.png', 'cover-red.png', 'cover-theory.png']) {
    const id = randomUUID();
    const source = join(ctx.assetsDir, name);
    const temp = join(ctx.storage.tempDir(), `${id}.png`);
    copyFileSync(source, temp);
    const key = `lecture_photo/demo/${id}.png`;
    const thumbTemp = join(ctx.storage.tempDir(), `${id}.thumb.jpg`);
    await sharp(source).resize(480, 480, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 78 }).toFile(thumbTemp);
    const thumbKey = `lecture_photo/demo/${id}.thumb.jpg`;
    await ctx.storage.put(key, temp);
    await ctx.storage.put(thumbKey, thumbTemp);
    photoIds.push(id);
    fileRows.push([id, 'lecture_photo', `宣讲现场-${name}`, 'image/png', statSync(source).size, createHash('sha256').update(readFileSync(source)).digest('hex'), key, thumbKey, lecturer01.id, demoTown.path, 'private']);
  }
  await insertMany(tx, 'stored_files', ['id', 'purpose', 'original_name', 'mime_type', 'size_bytes', 'sha256', 'storage_key', 'thumbnail_key', 'owner_id', 'owner_unit_path', 'visibility'], fileRows);

  // Sessions.
  const jan1 = Date.parse(`${ctx.year}-01-01T00:00:00+08:00`);
  const lastDay = Math.max(jan1 + DAY, ctx.now.getTime() - 2 * DAY);
  const villagesOf = (town: UnitRow) => childrenOf(town.id).filter((v) => v.kind === 'village' || v.kind === 'community');
  const enterprises = ctx.units.filter((u) => u.kind === 'enterprise');
  const formats: [LectureFormat, number][] = [['concentrated', 4], ['interactive', 3], ['micro', 3], ['online', 1]];
  const audienceKinds: Record<string, AudienceKind[]> = { village: ['villagers', 'party_members'], community: ['residents', 'party_members'], enterprise: ['enterprise_staff'], town: ['cadres', 'party_members'] };
  const sessionRows: unknown[][] = [];
  const lecturerRows: unknown[][] = [];
  const photoRows: unknown[][] = [];
  const feedbackRows: unknown[][] = [];
  const ledgerRows: unknown[][] = [];
  const hoursByUser = new Map<string, number>();
  const grassroots = teams.filter((t) => t.level === 'grassroots');
  const cityTeams = teams.filter((t) => t.level !== 'grassroots');
  const plan: { team: Team; status: 'verified' | 'submitted' | 'returned' | 'draft'; lecturer?: string }[] = [];
  // 38 verified: two thirds by grassroots teams (the demo town's team gives six of them), the rest by the city's teams.
  for (let i = 0; i < 6; i++) plan.push({ team: grassroots.find((t) => t.home.id === demoTown.id)!, status: 'verified', lecturer: i % 2 === 0 ? lecturer01.id : undefined });
  for (let i = 0; i < 19; i++) plan.push({ team: grassroots.filter((t) => t.home.id !== demoTown.id)[i % (grassroots.length - 1)]!, status: 'verified' });
  for (let i = 0; i < 13; i++) plan.push({ team: cityTeams[i % cityTeams.length]!, status: 'verified' });
  // Waiting for town_admin, one returned, one draft of lecturer01.
  const demoTeam = grassroots.find((t) => t.home.id === demoTown.id)!;
  plan.push({ team: demoTeam, status: 'submitted', lecturer: demoTeam.members[1] }, { team: demoTeam, status: 'submitted', lecturer: demoTeam.members[2] });
  plan.push({ team: cityTeams[1]!, status: 'submitted' }, { team: grassroots[0]!, status: 'returned' }, { team: demoTeam, status: 'draft', lecturer: lecturer01.id });

  plan.forEach((p, index) => {
    const id = randomUUID();
    const topic = topics[index % topics.length]!;
    const titles = TITLES[topic.name] ?? [`${topic.name}专题宣讲`];
    const town = p.team.level === 'grassroots' ? p.team.home : rng.pick(towns);
    const hostPool = p.team.level === 'grassroots' || rng.chance(0.7) ? villagesOf(town) : enterprises;
    const host = hostPool.length > 0 ? rng.pick(hostPool) : town;
    const format = rng.weighted(formats);
    const recent = p.status !== 'verified';
    const day = recent ? lastDay - rng.int(0, 6) * DAY : jan1 + Math.floor(((index + rng.next()) / 38) * (lastDay - jan1));
    const slot = rng.int(9, 16);
    const audience = format === 'micro' ? rng.int(12, 40) : format === 'online' ? rng.int(80, 600) : rng.int(30, 180);
    const lead = p.lecturer ?? rng.pick(p.team.members);
    const co = rng.chance(0.25) ? p.team.members.filter((m) => m !== lead).slice(0, 1) : [];
    const lecturers = [lead, ...co];
    const hours = DEFAULT_LECTURE_HOURS[format];
    const kinds = audienceKinds[host.kind] ?? ['cadres'];
    const reviewer = p.status === 'verified' || p.status === 'returned' ? (host.path.startsWith(demoTown.path) ? townAdmin.id : zzb.id) : null;
    const title = rng.pick(titles);
    const duration = format === 'micro' ? 30 : rng.pick([60, 90, 120]);
    const startedAt = workingHoursStart(day, slot, duration, ctx.now.getTime() - 3_600_000);
    sessionRows.push([
      id, p.team.id, p.team.home.path, topic.id, title, startedAt, duration, host.id, host.path,
      `${host.name}${rng.pick(VENUES)}`, format, audience, kinds, rng.pick(SUMMARIES), p.status,
      p.status === 'returned' ? '请补充现场照片和听众人数的依据' : null, p.status === 'verified' ? hours : null, lead,
      p.status === 'draft' ? null : new Date(Math.min(startedAt.getTime() + DAY, ctx.now.getTime() - 2 * HOUR)), reviewer,
      reviewer ? new Date(Math.min(startedAt.getTime() + 2 * DAY, ctx.now.getTime() - HOUR)) : null,
    ]);
    lecturers.forEach((userId, position) => lecturerRows.push([id, userId, position]));
    const photos = rng.int(1, 3);
    for (let i = 0; i < photos; i++) photoRows.push([id, photoIds[(index + i) % photoIds.length], i]);
    if (p.status !== 'verified') return;
    for (const userId of lecturers) {
      const cadre = ctx.cadres.find((c) => c.id === userId)!;
      ledgerRows.push([userId, ctx.year, hours, 'lecture_given', id, `理论宣讲：${topic.name}`, cadre.unitId, unitById.get(cadre.unitId)!.path, startedAt]);
      hoursByUser.set(userId, (hoursByUser.get(userId) ?? 0) + hours);
    }
    const ratings = rng.int(4, 24);
    for (let i = 0; i < ratings; i++) {
      const rating = rng.weighted([[5, 6], [4, 3], [3, 1]] as const);
      const comment = rng.chance(0.2) ? rng.pick(COMMENTS) : null;
      feedbackRows.push([id, rating, comment, comment ? (rng.chance(0.6) ? 'approved' : 'pending') : null, createHash('sha256').update(`demo-device-${index}-${i}`).digest('hex'), new Date(startedAt.getTime() + rng.int(1, 120) * 60_000)]);
    }
  });
  await insertMany(
    tx,
    'lecture_sessions',
    [
      'id', 'team_id', 'team_unit_path', 'topic_id', 'title', 'started_at', 'duration_minutes', 'host_unit_id', 'host_unit_path', 'venue', 'format',
      'audience_size', 'audience_kinds', 'summary', 'status', 'return_reason', 'credited_hours', 'created_by_id', 'submitted_at', 'reviewed_by_id', 'reviewed_at',
    ],
    sessionRows,
  );
  await insertMany(tx, 'lecture_session_lecturers', ['session_id', 'user_id', 'position'], lecturerRows);
  await insertMany(tx, 'lecture_session_photos', ['session_id', 'file_id', 'position'], photoRows);
  await insertMany(tx, 'lecture_feedback', ['session_id', 'rating', 'comment', 'comment_status', 'device_hash', 'created_at'], feedbackRows);
  await insertMany(tx, 'ledger_entries', ['user_id', 'year', 'hours', 'source', 'source_ref_id', 'description', 'unit_id', 'unit_path', 'earned_at'], ledgerRows);
  await insertMany(
    tx,
    'cadre_year_hours',
    ['user_id', 'year', 'total_hours', 'lecture_given_hours'],
    [...hoursByUser].map(([userId, hours]) => [userId, ctx.year, hours, hours]),
    `ON CONFLICT (user_id, year) DO UPDATE SET total_hours = cadre_year_hours.total_hours + EXCLUDED.lecture_given_hours,
       lecture_given_hours = cadre_year_hours.lecture_given_hours + EXCLUDED.lecture_given_hours`,
  );
  return { teams: teams.length, sessions: sessionRows.length, feedback: feedbackRows.length };
}
