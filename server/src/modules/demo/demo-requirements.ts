import { randomUUID } from 'node:crypto';
import { DEFAULT_REQUIREMENT_LINES, requirementRankLevel } from '@cadre/shared';
import type { EntityManager } from 'typeorm';
import { addMonths, todayInShanghai } from '../../common/time';
import { windowOf } from '../learning/requirement-rules';
import { insertMany } from './bulk';
import { addDays, type CadreRow, type UnitRow } from './demo-city';
import { DEMO_TOWN } from './demo-names';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  year: number;
  now: Date;
  units: UnitRow[];
  cadres: CadreRow[];
}

/** The five 处级 cadres kept behind on the five-year cycle: four 副处 and the 四级调研员 of 龙门镇. */
const BEHIND_FU_CHU = 4;

/**
 * The demo city as the requirement lines (学时要求) read it: most 处级 cadres carry the five-year cycle with a 处级 进修班 each
 * year (20 days, 160 学时) and are on course to meet its 550 学时, a few are behind (one of them promoted into 处级 seven
 * months ago, so their due date is a year after the promotion); two claims of 处级 cadres wait for the city organisation
 * department (one from the 四级调研员 of 龙门镇, whom the town's admin may not decide); and a leader of 龙门镇 appointed
 * fourteen months ago has not done 任职培训. Many cadres also bring 45 学时 of online training elsewhere, so the online line is
 * met by many while the yearly centralised one is not. Runs after the other seeds; dates follow `now`.
 */
export async function seedDemoRequirements(ctx: Context): Promise<{ claims: number; behind: number; overdueLeader: string }> {
  const { tx, year } = ctx;
  const today = todayInShanghai(ctx.now);
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const town = ctx.units.find((u) => u.name === DEMO_TOWN)!;
  const admin = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const five = DEFAULT_REQUIREMENT_LINES.find((l) => l.key === 'centralized_5y')!;
  const { start } = windowOf(five, year);

  const chu = ctx.cadres.filter((c) => requirementRankLevel(c.rank) === 'chu').sort((a, b) => a.username.localeCompare(b.username));
  const researcher = chu.find((c) => c.rank === 'diaoyanyuan_4' && c.unitId === town.id);
  const behind = new Set([...chu.filter((c) => c.rank === 'fu_chu').slice(-BEHIND_FU_CHU), ...(researcher ? [researcher] : [])].map((c) => c.id));

  const claimRows: unknown[][] = [];
  const ledgerRows: unknown[][] = [];
  /** An approved claim of `days` days of 8 学时 ending on `end`, with its ledger entry. */
  const approved = (cadre: CadreRow, title: string, end: string, days: number) => {
    const id = randomUUID();
    const at = new Date(`${end}T12:00:00+08:00`);
    const path = unitById.get(cadre.unitId)!.path;
    claimRows.push([id, cadre.id, title, 'party_school', '中共示范市委党校', addDays(end, -(days - 1)), end, days * 8, 'approved', admin.id, at, path, at]);
    ledgerRows.push([cadre.id, Number(end.slice(0, 4)), days * 8, 'offline_training', id, `线下培训：${title}`, cadre.unitId, path, at]);
  };
  for (const cadre of chu) {
    if (behind.has(cadre.id)) {
      // One 进修班 in the cycle's first year only, if that year has passed.
      if (start < year) approved(cadre, `${start}年处级领导干部进修班`, `${start}-05-24`, 15);
      continue;
    }
    for (let y = start; y < year; y += 1) approved(cadre, `${y}年处级领导干部进修班`, `${y}-05-24`, 20);
    // This year's 12-day class, once the year is far enough along for it to have ended.
    const end = addDays(today, -20);
    if (end >= `${year}-01-12`) approved(cadre, `${year}年处级领导干部专题研修班`, end, 12);
  }

  // Online training elsewhere (省干部网络学院): 45 学时 certified for a little under half the cadres, counted toward the online
  // line. With the courses they finished here most of them meet it, while the yearly centralised line (90 学时 or 12
  // days) stays out of reach for most 科级 cadres: the two lines tell different stories, as they should.
  const online = new SeededRandom(20_261_515);
  const onlineEnd = addDays(today, -15);
  const onlineStart = `${year}-01-10`;
  for (const cadre of ctx.cadres) {
    if (!online.chance(0.45) || onlineEnd < addDays(onlineStart, 10)) continue;
    const id = randomUUID();
    const at = new Date(`${onlineEnd}T12:00:00+08:00`);
    const path = unitById.get(cadre.unitId)!.path;
    const title = `${year}年度省干部网络学院在线学习`;
    claimRows.push([id, cadre.id, title, 'online_external', '省干部网络学院', onlineStart, onlineEnd, 45, 'approved', admin.id, at, path, at]);
    ledgerRows.push([cadre.id, year, 45, 'offline_training', id, `线下培训：${title}`, cadre.unitId, path, at]);
  }

  // 集中轮训 at the party school, 12 days of 7.5 学时 (90 学时), for a little over half of the 科级 and 科员 cadres: in
  // December the yearly centralised line is met by many and missed by the rest, as a real city's would be. Its own draw,
  // so the rest of the demo comes out as before.
  const rotation = new SeededRandom(20_261_516);
  const rotationEnd = addDays(today, -40);
  if (rotationEnd >= `${year}-03-01`) {
    for (const cadre of ctx.cadres) {
      const level = requirementRankLevel(cadre.rank);
      if ((level !== 'ke' && level !== 'keyuan') || !rotation.chance(0.58)) continue;
      const id = randomUUID();
      const at = new Date(`${rotationEnd}T12:00:00+08:00`);
      const path = unitById.get(cadre.unitId)!.path;
      const title = `${year}年度科级干部集中轮训班`;
      claimRows.push([id, cadre.id, title, 'jizhong_lunxun', '中共示范市委党校', addDays(rotationEnd, -11), rotationEnd, 90, 'approved', admin.id, at, path, at]);
      ledgerRows.push([cadre.id, year, 90, 'offline_training', id, `线下培训：${title}`, cadre.unitId, path, at]);
    }
  }

  // Two claims of 处级 cadres pending: only the city organisation department decides them.
  const cityLeader = chu.find((c) => c.rank === 'fu_chu' && !behind.has(c.id));
  const pending: [CadreRow | undefined, string, string, string, number][] = [
    [researcher, '省委党校处级干部进修班（第二期）', 'party_school', '中共某省委党校', 5],
    [cityLeader, '城市治理现代化专题研修班', 'other_centralized', '某大学继续教育学院', 4],
  ];
  let claims = 0;
  pending.forEach(([cadre, title, kind, organizer, days], i) => {
    if (!cadre) return;
    const end = addDays(today, -(6 + i * 5));
    const submitted = new Date(`${addDays(today, -(3 + i))}T10:00:00+08:00`);
    claimRows.push([randomUUID(), cadre.id, title, kind, organizer, addDays(end, -(days - 1)), end, days * 8, 'pending', null, null, unitById.get(cadre.unitId)!.path, submitted]);
    claims += 1;
  });
  await insertMany(tx, 'offline_claims', ['id', 'user_id', 'title', 'kind', 'organizer', 'start_date', 'end_date', 'hours', 'status', 'reviewed_by_id', 'reviewed_at', 'unit_path', 'created_at'], claimRows);
  await insertMany(tx, 'ledger_entries', ['user_id', 'year', 'hours', 'source', 'source_ref_id', 'description', 'unit_id', 'unit_path', 'earned_at'], ledgerRows);
  // The yearly totals follow the ledger, as the ledger service keeps them: one row per cadre and year.
  const totals = new Map<string, [string, number, number]>();
  for (const [userId, y, hours] of ledgerRows as [string, number, number][]) {
    const row = totals.get(`${userId}|${y}`) ?? [userId, y, 0];
    row[2] += hours;
    totals.set(`${userId}|${y}`, row);
  }
  await insertMany(
    tx,
    'cadre_year_hours',
    ['user_id', 'year', 'total_hours', 'offline_training_hours'],
    [...totals.values()].map(([userId, y, hours]) => [userId, y, hours, hours]),
    `ON CONFLICT (user_id, year) DO UPDATE SET total_hours = cadre_year_hours.total_hours + EXCLUDED.offline_training_hours,
       offline_training_hours = cadre_year_hours.offline_training_hours + EXCLUDED.offline_training_hours`,
  );

  // One of those behind was promoted into 处级 seven months ago: due a year after the promotion.
  const promoted = chu.find((c) => behind.has(c.id) && c.rank === 'fu_chu');
  if (promoted) await tx.query('UPDATE users SET chu_since = $2 WHERE id = $1', [promoted.id, addMonths(today, -7)]);

  // A leader of 龙门镇 appointed fourteen months ago (no earlier than 1 January of last year, so the due date falls in
  // this year's list) who has done no 任职培训: no 任职培训 class, none of the courses required for new leaders.
  const leader = ctx.cadres.find((c) => c.unitId === town.id && c.rank === 'fu_ke' && c.username.startsWith('c') && c.appointmentDate !== null && c.appointmentDate < `${year - 1}-01-01`)!;
  const fourteen = addMonths(today, -14);
  const appointed = fourteen >= `${year - 1}-01-01` ? fourteen : `${year - 1}-01-01`;
  await tx.query('UPDATE users SET appointment_date = $2 WHERE id = $1', [leader.id, appointed]);
  leader.appointmentDate = appointed;
  return { claims, behind: behind.size, overdueLeader: leader.username };
}
