import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { EntityManager } from 'typeorm';
import type { FileStorage } from '../files/file-storage';
import { insertMany } from './bulk';
import { addDays, type CadreRow, type UnitRow } from './demo-city';
import { DEMO_TOWN } from './demo-names';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  storage: FileStorage;
  assetsDir: string;
  units: UnitRow[];
  cadres: CadreRow[];
  /** Today in Asia/Shanghai: periods and visits are set before it. */
  today: string;
}

interface TopicPlan {
  title: string;
  question: string;
  /** Picks the leader among the demo's cadres. */
  leader: (c: CadreRow, unit: UnitRow) => boolean;
  /** The topic's unit: the city, or the leader's town. */
  cityWide: boolean;
  /** Days before today the period starts; a concluded topic ends 40 days ago with its report. */
  startedDaysAgo: number;
  concluded: boolean;
  visits: number;
  problems: string[];
}

const NOTES = [
  '召开村“两委”干部和群众代表座谈会，实地查看产业项目，听取意见建议。',
  '入户走访脱贫户和监测户，了解收入、就医、就学情况，逐户登记诉求。',
  '深入企业车间，与负责人和职工座谈，梳理企业反映的困难问题。',
  '查看村级阵地建设和便民服务站运行情况，翻阅台账资料。',
  '到田间地头了解春耕备耕和灌溉设施情况，与种植大户交流。',
];
const CONCERNS = ['村民', '脱贫户', '种植大户', '企业负责人', '老年群众', '外出务工人员家属'];
const SOLVED = ['已协调资金完成整改，群众回访满意。', '已召开专题会研究，明确责任单位并落实到位。', '已建立长效机制，相关问题全部办结。'];

const PLANS: TopicPlan[] = [
  {
    title: '推动村级集体经济提质增效调研',
    question: '集体经济薄弱村如何找准增收路径、实现稳定增收？',
    leader: (c) => c.position === '市委书记',
    cityWide: true,
    startedDaysAgo: 220,
    concluded: true,
    visits: 6,
    problems: ['部分村集体资产闲置，缺少运营主体', '村级合作社财务管理不规范', '特色农产品缺少稳定销售渠道', '产业项目收益分配机制不健全'],
  },
  {
    title: '优化营商环境、破解企业发展难题调研',
    question: '企业在审批、融资、用工方面反映最突出的问题是什么，如何解决？',
    leader: (c) => c.position === '市长',
    cityWide: true,
    startedDaysAgo: 120,
    concluded: false,
    visits: 5,
    problems: ['项目审批环节多、时限长', '中小企业融资难、融资贵', '园区配套设施不完善'],
  },
  {
    title: '黄河沿岸生态保护与治理调研',
    question: '黄河“四乱”问题整治后如何建立长效管护机制？',
    leader: (c) => c.rank === 'fu_chu',
    cityWide: true,
    startedDaysAgo: 90,
    concluded: false,
    visits: 4,
    problems: ['河道巡查记录不完整', '沿岸垃圾清运不及时'],
  },
  {
    title: '龙门镇基层治理“最后一公里”调研',
    question: '群众诉求如何做到有人管、有人问、有人帮助解决？',
    leader: (c, u) => c.position === '镇党委书记' && u.name === DEMO_TOWN,
    cityWide: false,
    startedDaysAgo: 200,
    concluded: true,
    visits: 5,
    problems: ['村级便民服务站开放时间不固定', '网格员队伍不稳定', '群众诉求办理缺少回访'],
  },
  {
    title: '龙门镇特色产业发展调研',
    question: '如何把花椒、苹果等特色产业做大做强，带动群众增收？',
    leader: (c) => c.username === 'cadre01',
    cityWide: false,
    startedDaysAgo: 60,
    concluded: false,
    visits: 3,
    problems: ['花椒初加工能力不足', '果园灌溉设施老化', '电商销售人才缺乏'],
  },
  {
    title: '农村养老服务现状调研',
    question: '农村留守老人的助餐、就医需求如何保障？',
    leader: (c, u) => c.position === '镇长' && u.kind === 'town' && u.name !== DEMO_TOWN,
    cityWide: false,
    startedDaysAgo: 45,
    concluded: false,
    visits: 3,
    problems: ['村级互助幸福院运营经费不足', '签约医生上门服务频次低'],
  },
];

/**
 * Six research topics (大兴调查研究) over the demo's leaders — the city's party secretary and mayor, a deputy, 龙门镇's
 * party secretary and cadre01 (a 副镇长, so a demo account holds a topic), and another town's head — with visits, many
 * to villages, problems found and most solved, and two concluded with their report. Relative to today.
 */
export async function seedDemoResearch(ctx: Context): Promise<{ topics: number; visits: number; problems: number }> {
  const { tx, today } = ctx;
  const rng = new SeededRandom(20_261_208);
  const root = ctx.units.find((u) => u.parentId === null)!;
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const villagesUnder = (unit: UnitRow) => ctx.units.filter((u) => (u.kind === 'village' || u.kind === 'community') && u.path.startsWith(unit.path));
  const townOf = (unit: UnitRow) => ctx.units.find((u) => u.depth === 1 && unit.path.startsWith(u.path)) ?? unit;
  const zzb = ctx.cadres.find((c) => c.username === 'zzb_admin')!;

  // Two photos (with thumbnails) and one report document, copied from the demo assets.
  const fileRows: unknown[][] = [];
  const store = async (name: string, purpose: 'research_photo' | 'research_report', mime: string, ownerId: string, ownerPath: string, shownAs: string) => {
    const id = randomUUID();
    const source = join(ctx.assetsDir, name);
    const ext = name.split('.').pop()!;
    const temp = join(ctx.storage.tempDir(), `${id}.${ext}`);
    copyFileSync(source, temp);
    const key = `${purpose}/demo/${id}.${ext}`;
    await ctx.storage.put(key, temp);
    let thumbKey: string | null = null;
    if (mime.startsWith('image/')) {
      const thumbTemp = join(ctx.storage.tempDir(), `${id}.thumb.jpg`);
      await sharp(source).resize(480, 480, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 78 }).toFile(thumbTemp);
      thumbKey = `${purpose}/demo/${id}.thumb.jpg`;
      await ctx.storage.put(thumbKey, thumbTemp);
    }
    fileRows.push([id, purpose, shownAs, mime, statSync(source).size, createHash('sha256').update(readFileSync(source)).digest('hex'), key, thumbKey, ownerId, ownerPath, 'private']);
    return id;
  };

  const topicRows: unknown[][] = [];
  const visitRows: unknown[][] = [];
  const problemRows: unknown[][] = [];
  const photos: string[] = [];
  for (const plan of PLANS) {
    const leader = ctx.cadres.find((c) => plan.leader(c, unitById.get(c.unitId)!));
    if (!leader) continue;
    const leaderUnit = unitById.get(leader.unitId)!;
    const unit = plan.cityWide ? root : townOf(leaderUnit);
    const from = addDays(today, -plan.startedDaysAgo);
    const to = plan.concluded ? addDays(today, -40) : addDays(today, 60);
    const id = randomUUID();
    const lastVisit = plan.concluded ? addDays(today, -45) : addDays(today, -2);
    if (photos.length === 0) {
      photos.push(await store('cover-red.png', 'research_photo', 'image/png', leader.id, unit.path, '走访现场.png'));
      photos.push(await store('cover-party.png', 'research_photo', 'image/png', leader.id, unit.path, '座谈会.png'));
    }
    const report = plan.concluded ? await store('reading-leader.pdf', 'research_report', 'application/pdf', leader.id, unit.path, `${plan.title}报告.pdf`) : null;
    topicRows.push([
      id, plan.title, plan.question, unit.id, unit.path, leader.id, from, to, plan.concluded ? 'concluded' : 'ongoing', report,
      plan.concluded ? '形成调研报告，提出对策建议，相关问题已交办责任单位落实。' : '', plan.concluded ? addDays(today, -38) : null, zzb.id, new Date(`${from}T09:00:00+08:00`),
    ]);
    // Visits: mostly to villages under the topic's unit, the rest to the towns; evenly over the period so far.
    const villages = villagesUnder(unit);
    const span = Math.max(1, (Date.parse(lastVisit) - Date.parse(from)) / 86_400_000);
    const visits: { id: string; unit: UnitRow; on: string }[] = [];
    for (let i = 0; i < plan.visits; i += 1) {
      const target = villages.length && rng.chance(0.75) ? rng.pick(villages) : unit.depth === 0 ? rng.pick(ctx.units.filter((u) => u.depth === 1)) : unit;
      const on = addDays(from, Math.round(((i + 1) * span) / (plan.visits + 1)));
      const visitId = randomUUID();
      visits.push({ id: visitId, unit: target, on });
      visitRows.push([visitId, id, target.id, target.path, on, rng.pick(NOTES), i < 2 ? [photos[i % 2]] : [], leader.id, new Date(`${on}T17:00:00+08:00`)]);
    }
    // Problems: found on the visits, solved by the visited unit (or the topic's unit); most solved, all of a concluded topic's.
    plan.problems.forEach((description, i) => {
      const visit = visits[i % visits.length]!;
      const solver = visit.unit.depth >= 1 ? visit.unit : unit;
      const solved = plan.concluded || rng.chance(0.65);
      const after = addDays(visit.on, rng.int(5, 30));
      const solvedOn = solved ? (after < today ? after : today) : null;
      problemRows.push([
        randomUUID(), id, visit.id, description, rng.pick(CONCERNS), visit.on, solver.id, solver.path, solved ? 'solved' : 'open',
        solved ? rng.pick(SOLVED) : '', solvedOn, solved ? leader.id : null, leader.id, new Date(`${visit.on}T18:00:00+08:00`),
      ]);
    });
  }
  await insertMany(tx, 'stored_files', ['id', 'purpose', 'original_name', 'mime_type', 'size_bytes', 'sha256', 'storage_key', 'thumbnail_key', 'owner_id', 'owner_unit_path', 'visibility'], fileRows);
  await insertMany(
    tx,
    'research_topics',
    ['id', 'title', 'question', 'unit_id', 'unit_path', 'leader_id', 'period_from', 'period_to', 'status', 'report_file_id', 'conclusion', 'concluded_on', 'created_by_id', 'created_at'],
    topicRows,
  );
  await insertMany(tx, 'research_visits', ['id', 'topic_id', 'unit_id', 'unit_path', 'visited_on', 'notes', 'photo_file_ids', 'created_by_id', 'created_at'], visitRows);
  await insertMany(
    tx,
    'research_problems',
    ['id', 'topic_id', 'visit_id', 'description', 'concerns', 'found_on', 'solver_unit_id', 'solver_unit_path', 'status', 'solved_note', 'solved_on', 'solved_by_id', 'created_by_id', 'created_at'],
    problemRows,
  );
  return { topics: topicRows.length, visits: visitRows.length, problems: problemRows.length };
}
