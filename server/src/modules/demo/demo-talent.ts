import { randomUUID } from 'node:crypto';
import { rankLevel, type EvaluationGrade, type RankLevel, type TalentTrack } from '@cadre/shared';
import type { EntityManager } from 'typeorm';
import { insertMany } from './bulk';
import { addDays, DEMO_ACCOUNTS, type CadreRow, type UnitRow } from './demo-city';
import { DEMO_TOWN } from './demo-names';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  year: number;
  units: UnitRow[];
  cadres: CadreRow[];
  ageLimits: Record<RankLevel, number>;
  /** Today in Asia/Shanghai: milestones due before it are mostly done. */
  today: string;
}

const DEMO: ReadonlySet<string> = new Set(DEMO_ACCOUNTS);
const REASONS = [
  '政治素质过硬，工作思路清晰，在急难险重任务中表现突出。',
  '长期扎根基层一线，群众基础好，推动乡村振兴成效明显。',
  '业务能力强，牵头完成多项改革任务，年度考核连续优秀。',
  '敢于担当、善于攻坚，在优化营商环境工作中成绩显著。',
  '理论功底扎实，文字综合能力强，宣讲工作获得好评。',
  '在疫情防控和安全生产工作中冲锋在前，组织协调能力强。',
];
const MILESTONES: Record<TalentTrack, [string, string, string]> = {
  tempering: ['到村（社区）任职锻炼', '牵头完成一项专业领域攻坚任务', '形成专题调研报告'],
  rotation: ['乡镇综合岗位轮岗', '信访维稳岗位锻炼', '招商引资一线岗位锻炼'],
  party_spirit: ['参加市委党校中青年干部培训班', '赴红色教育基地开展党性教育', '讲授一次专题党课'],
};
const PRIOR_POSTS = ['科员', '办事员', '综合股干部', '党政办干部', '包村干部', '业务股干部'];
const NOTES = ['主动承担重点项目协调工作，进步明显。', '导师谈心谈话一次，提出加强理论学习的要求。', '在岗位锻炼中表现扎实，群众评价较好。'];

function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * About 80 members of the talent pool (优秀年轻干部培养库): young cadres of departments and towns within the age limit
 * of their rank level, spread over the three tracks, each with a mentor, three milestones, last year's evaluation and
 * a note; a few nominations still waiting, two declined, one promoted, one removed; and the report's two secondments,
 * to Fuzhou and Zhenjiang. 龙门镇's young cadres are left for the demo's own nominations, but for three of them.
 */
export async function seedDemoTalent(ctx: Context): Promise<{ members: number; secondments: number }> {
  const { tx, year } = ctx;
  const rng = new SeededRandom(20_260_917);
  const jan1 = `${year}-01-01`;
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const zzb = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const townAdmin = ctx.cadres.find((c) => c.username === 'town_admin')!;
  const demoTown = ctx.units.find((u) => u.name === DEMO_TOWN)!;
  const mentors = ctx.cadres.filter((c) => ['zheng_chu', 'fu_chu', 'zheng_ke'].includes(c.rank) && !c.username.includes('_'));
  const young = ctx.cadres.filter((c) => {
    const unit = unitById.get(c.unitId)!;
    // A year's margin: they still meet the limit at the end of the demo year.
    return ['department', 'town', 'subdistrict'].includes(unit.kind) && c.rank !== 'other' && c.roles.length === 1 && !DEMO.has(c.username) && ageOn(c.birthDate, jan1) < ctx.ageLimits[rankLevel(c.rank)];
  });
  const fromDemoTown = young.filter((c) => c.unitId === demoTown.id && c.username !== 'cadre01').slice(0, 3);
  const others = young.filter((c) => c.unitId !== demoTown.id);
  // A seeded shuffle: the same 80 every time.
  const shuffled = others.map((c) => ({ c, k: rng.next() })).sort((a, b) => a.k - b.k).map((x) => x.c);
  const chosen = [...fromDemoTown, ...shuffled.slice(0, 80 - fromDemoTown.length)];

  const entries: unknown[][] = [];
  const events: unknown[][] = [];
  const milestones: unknown[][] = [];
  const notes: unknown[][] = [];
  const evaluations: unknown[][] = [];
  const secondments: unknown[][] = [];
  const posts: unknown[][] = [];
  const postUnits = ctx.units.filter((u) => ['department', 'town', 'subdistrict'].includes(u.kind));
  const at = (date: string) => new Date(`${date}T10:00:00+08:00`);
  let secondmentCount = 0;
  chosen.forEach((c, i) => {
    const id = randomUUID();
    const nominator = c.unitId === demoTown.id ? townAdmin : zzb;
    const track = rng.weighted<TalentTrack>([['tempering', 4], ['rotation', 3], ['party_spirit', 3]]);
    // The first demo-town member is still waiting for the decision; a few others too, two declined, one promoted, one removed.
    const status = i === 0 || i % 23 === 5 ? 'nominated' : i === 40 || i === 61 ? 'declined' : i === 17 ? 'graduated' : i === 33 ? 'removed' : 'in_pool';
    const admitted = addDays(jan1, -rng.int(60, 700));
    const nominatedOn = status === 'nominated' ? addDays(jan1, rng.int(3, 20)) : addDays(admitted, -rng.int(10, 40));
    const mentor = rng.pick(mentors);
    const decided = status !== 'nominated';
    const admittedOn = ['in_pool', 'graduated', 'removed'].includes(status) ? admitted : null;
    entries.push([
      id,
      c.id,
      status,
      status === 'nominated' || status === 'declined' ? null : track,
      rng.pick(REASONS),
      '[]',
      nominator.id,
      at(nominatedOn),
      decided ? zzb.id : null,
      decided ? at(admitted) : null,
      status === 'declined' ? '工作经历尚需丰富，建议继续在岗位上锻炼' : null,
      admittedOn,
      admittedOn ? mentor.name : null,
      admittedOn ? `${unitById.get(mentor.unitId)!.name}${mentor.position}` : null,
      status === 'graduated' ? `${unitById.get(c.unitId)!.name}副职` : null,
      status === 'removed' ? '本人工作调动至外地，调出培养库' : null,
      status === 'graduated' ? addDays(jan1, -20) : status === 'removed' ? addDays(jan1, -45) : status === 'declined' ? addDays(admitted, 0) : null,
    ]);
    events.push([randomUUID(), id, 'nominated', 'nominated', '', nominator.id, at(nominatedOn)]);
    if (status === 'declined') events.push([randomUUID(), id, 'declined', 'declined', '工作经历尚需丰富', zzb.id, at(admitted)]);
    if (admittedOn) events.push([randomUUID(), id, 'admitted', 'in_pool', '', zzb.id, at(admitted)]);
    if (status === 'graduated') events.push([randomUUID(), id, 'graduated', 'graduated', `${unitById.get(c.unitId)!.name}副职`, zzb.id, at(addDays(jan1, -20))]);
    if (status === 'removed') events.push([randomUUID(), id, 'removed', 'removed', '本人工作调动至外地', zzb.id, at(addDays(jan1, -45))]);
    if (!admittedOn) return;
    const [m1, m2, m3] = MILESTONES[track];
    // One milestone was due before the year began: about one member in eight has not done it (overdue).
    const late = rng.chance(0.12);
    milestones.push([randomUUID(), id, m1, addDays(jan1, -30), late ? null : addDays(jan1, -rng.int(35, 90)), 0]);
    // The second falls due during this year: done once due, by most; the third only next year.
    const due2 = addDays(jan1, rng.int(150, 200));
    const done2 = due2 <= ctx.today && rng.chance(0.85) ? addDays(due2, -rng.int(1, 20)) : null;
    milestones.push([randomUUID(), id, m2, due2, done2, 1]);
    milestones.push([randomUUID(), id, m3, addDays(jan1, rng.int(380, 420)), null, 2]);
    // An earlier post (任职经历) before the current one.
    const left = addDays(jan1, -rng.int(400, 1400));
    posts.push([randomUUID(), id, rng.pick(PRIOR_POSTS), rng.pick(postUnits).name, addDays(left, -rng.int(700, 1800)), left, 0]);
    notes.push([randomUUID(), id, addDays(jan1, -rng.int(5, 50)), rng.pick(NOTES), zzb.id, at(jan1)]);
    const grade = rng.weighted<EvaluationGrade>([['excellent', 3], ['competent', 6], ['basically_competent', 1]]);
    evaluations.push([randomUUID(), id, year - 1, grade, grade === 'excellent' ? '德才表现突出，年度考核优秀。' : '履职尽责，完成年度目标任务。', zzb.id]);
    // The report's two secondments: 选派2名优秀年轻干部到福州、镇江挂职.
    if (status === 'in_pool' && secondmentCount < 2 && c.unitId !== demoTown.id && i > 3) {
      const [city, unit, post] = secondmentCount === 0 ? ['福州市', '鼓楼区发展和改革局', '副局长（挂职）'] : ['镇江市', '京口区人民政府办公室', '副主任（挂职）'];
      // Fuzhou runs two years and is under way; Zhenjiang ended on its date with no return recorded, so the org admin sees
      // the 已到期未返回 flag on a real case.
      secondments.push([randomUUID(), id, city, unit, post, addDays(jan1, -60), addDays(jan1, secondmentCount === 0 ? 670 : 300), 'on_secondment', '']);
      events.push([randomUUID(), id, 'secondment', null, `${city} ${unit} ${post}`, zzb.id, at(addDays(jan1, -60))]);
      secondmentCount++;
    }
  });

  await insertMany(
    tx,
    'talent_entries',
    ['id', 'user_id', 'status', 'track', 'reasons', 'criteria_problems', 'nominated_by_id', 'nominated_at', 'decided_by_id', 'decided_at', 'decision_reason', 'admitted_on', 'mentor_name', 'mentor_post', 'new_post', 'closed_reason', 'closed_on'],
    entries,
  );
  await insertMany(tx, 'talent_events', ['id', 'entry_id', 'action', 'to_status', 'note', 'actor_id', 'occurred_at'], events);
  await insertMany(tx, 'talent_milestones', ['id', 'entry_id', 'title', 'due_on', 'done_on', 'position'], milestones);
  await insertMany(tx, 'talent_notes', ['id', 'entry_id', 'written_on', 'note', 'author_id', 'created_at'], notes);
  await insertMany(tx, 'talent_evaluations', ['id', 'entry_id', 'year', 'grade', 'comment', 'recorded_by_id'], evaluations);
  await insertMany(tx, 'talent_posts', ['id', 'entry_id', 'post', 'unit_name', 'from_on', 'to_on', 'position'], posts);
  await insertMany(tx, 'talent_secondments', ['id', 'entry_id', 'host_city', 'host_unit', 'post', 'from_on', 'to_on', 'state', 'report'], secondments);
  return { members: entries.length, secondments: secondments.length };
}
