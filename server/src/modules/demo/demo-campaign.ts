import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { insertMany } from './bulk';
import type { CadreRow, UnitRow } from './demo-city';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  year: number;
  now: Date;
  units: UnitRow[];
  cadres: CadreRow[];
}

/** How a task has gone so far: the demo's history is built backwards from it. */
type Course = 'done' | 'on_track' | 'overdue' | 'stalled' | 'not_started';

interface TaskSeed {
  title: string;
  lead: string;
  support?: string[];
  course: Course;
}

/**
 * The campaign's 8 areas and 34 tasks (8方面34项具体任务), worded after the city's progress report. Progress is uneven
 * on purpose, as the report complains: the theory and cadre-selection areas are well ahead, the special rectification
 * and the long-term mechanisms lag, and a few lead units let their tasks run past the deadline.
 */
const AREAS: { name: string; tasks: TaskSeed[] }[] = [
  {
    name: '加强党的理论武装',
    tasks: [
      { title: '严格落实“第一议题”制度，市委带头开展系列专题学习研讨', lead: '市委办公室', support: ['市委组织部'], course: 'done' },
      { title: '举办全市县处级以上主要领导干部学习贯彻党的二十大精神专题学习班', lead: '市委组织部', course: 'done' },
      { title: '组织“1＋6＋N”理论宣讲团常态化深入基层宣讲党的二十大精神和全国两会精神', lead: '市委宣传部', support: ['龙门镇', '桃源镇', '城关街道'], course: 'done' },
      { title: '开展新任职领导干部、执法领域中层干部、离退休干部和退出领导岗位干部、两新组织四个重点领域干部教育培训', lead: '市委组织部', support: ['市人力资源和社会保障局'], course: 'on_track' },
      { title: '组织理论宣讲大赛，推动党的创新理论进机关、进农村、进企业', lead: '市委宣传部', support: ['团市委'], course: 'done' },
    ],
  },
  {
    name: '深化思想纠偏正向',
    tasks: [
      { title: '深化“示范市的过去、现在和未来”研讨交流活动', lead: '市委宣传部', support: ['龙门镇', '东城街道'], course: 'on_track' },
      { title: '以构建亲清新型政商关系为统揽，压缩违规空间、纠治惯性思维', lead: '市委统战部', support: ['市工业和信息化局', '市商务局'], course: 'stalled' },
      { title: '推动党政依法行政、企业合法经营成为新常态', lead: '市司法局', support: ['市市场监督管理局'], course: 'overdue' },
      { title: '启动退休、退二线干部作风专项整治工作', lead: '市委组织部', support: ['市纪委监委'], course: 'on_track' },
    ],
  },
  {
    name: '凝聚艰苦奋斗合力',
    tasks: [
      { title: '依托先进事迹和红色资源，开展系列“缅怀先烈、继承遗志”活动', lead: '市委宣传部', support: ['市退役军人事务局'], course: 'done' },
      { title: '开展“小城逆袭·崛起有我”大学习、大讨论、大实践活动', lead: '市委组织部', support: ['龙门镇', '桃源镇', '石门镇'], course: 'on_track' },
      { title: '保护利用第一个党支部旧址、八路军东渡旧址等红色资源，打造党性教育基地', lead: '市文化和旅游局', support: ['龙门镇'], course: 'on_track' },
      { title: '在全市各党委（党组）开展“小城逆袭·崛起有我”主题演讲赛', lead: '市总工会', support: ['团市委'], course: 'done' },
    ],
  },
  {
    name: '对标先进反思反省',
    tasks: [
      { title: '组织全市各行业领域赴先进地区对标学习，形成对标学习报告', lead: '市发展和改革局', support: ['市商务局'], course: 'done' },
      { title: '深化对过往教训的反思，建立问题清单和整改台账', lead: '市纪委监委', course: 'on_track' },
      { title: '常态化组织市委常委下沉部门、镇办开展履职尽责和政治生态研判', lead: '市委办公室', support: ['市委组织部'], course: 'not_started' },
    ],
  },
  {
    name: '突出问题专项整治',
    tasks: [
      { title: '乡村振兴领域突出问题专项整治', lead: '市农业农村局', support: ['龙门镇', '清水镇', '白鹤镇'], course: 'overdue' },
      { title: '教育领域突出问题专项整治', lead: '市教育局', course: 'overdue' },
      { title: '医疗领域突出问题专项整治', lead: '市卫生健康局', support: ['市医疗保障局'], course: 'stalled' },
      { title: '住房领域突出问题专项整治', lead: '市住房和城乡建设局', course: 'overdue' },
      { title: '营商环境领域突出问题专项整治', lead: '市行政审批服务局', support: ['市商务局', '市市场监督管理局'], course: 'on_track' },
      { title: '领导干部违规插手干预工程建设、资源开发、土地利用领域专项整治“回头看”', lead: '市纪委监委', support: ['市自然资源局'], course: 'not_started' },
    ],
  },
  {
    name: '严格督导正风肃纪',
    tasks: [
      { title: '开展“强化纪律转作风、深谋细查开新局”主题春训活动', lead: '市委组织部', course: 'done' },
      { title: '采取随机抽查、调研访谈、明察暗访、公开通报等方式开展督导检查', lead: '市纪委监委', support: ['市委组织部'], course: 'on_track' },
      { title: '全面铺开排查整顿发展党员违规违纪问题工作', lead: '市委组织部', course: 'done' },
      { title: '开展镇村干部在岗履职和作风问题排查', lead: '龙门镇', support: ['桃源镇', '石门镇'], course: 'on_track' },
    ],
  },
  {
    name: '树立选人用人导向',
    tasks: [
      { title: '把忠诚、干净、担当、实干导向贯穿干部选拔任用全过程', lead: '市委组织部', course: 'done' },
      { title: '实施专业“墩苗”、多岗“壮苗”、党性“育苗”计划，建立优秀年轻干部“培养库”', lead: '市委组织部', support: ['市人力资源和社会保障局'], course: 'on_track' },
      { title: '建立选派干部交流挂职锻炼长效机制，选派优秀年轻干部到先进地区挂职', lead: '市委组织部', course: 'done' },
      { title: '在各行业领域、各部门镇办树典型、推示范，打造“头雁”效应', lead: '市委宣传部', support: ['龙门镇'], course: 'stalled' },
    ],
  },
  {
    name: '强化宣传引导和长效机制',
    tasks: [
      { title: '开设“干部作风能力提升年”等专栏，深入报道各行业领域举措和成效', lead: '市委网信办', support: ['市委宣传部'], course: 'on_track' },
      { title: '开展“小城逆袭”系列主题采访活动，制作专题访谈节目', lead: '市文化和旅游局', course: 'overdue' },
      { title: '出台《关于进一步加强和改进离退休干部工作的意见》等制度文件', lead: '市委组织部', course: 'not_started' },
      { title: '健全每周碰头、每月调度、每季度推进的活动督导推进工作机制', lead: '市委办公室', course: 'stalled' },
    ],
  },
];

const NOTES_START = ['制定工作方案，明确责任分工和时间节点', '召开专题部署会议，印发实施方案', '成立工作专班，梳理问题清单和任务清单'];
const NOTES_PROGRESS = [
  '按计划推进，已完成阶段性工作，形成工作台账',
  '开展督导调研，收集问题并逐项整改',
  '组织集中学习和交流研讨，相关单位反馈积极',
  '召开推进会，通报进展，对进度偏慢的单位进行提醒',
  '完成摸底排查，建立整改台账，正在逐项销号',
];
const NOTES_STALLED = ['因人员调整，工作推进较慢，正在重新部署', '配合单位材料尚未报齐，进度滞后'];
const NOTES_DONE = ['各项工作已按方案完成，形成总结报告并报送工作专班', '整改事项全部销号，建立长效机制，任务完成'];

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The last day of the month `shift` months from the month of `day`. */
function monthEnd(day: string, shift: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return isoDay(Date.UTC(y, m + shift, 0));
}

/**
 * The campaign's 8 areas and 34 tasks with a history of progress updates over the year. Deadlines and dates are set
 * relative to today (and never before 1 January), so the spread of statuses reads the same whenever the demo starts.
 */
export async function seedDemoCampaign(ctx: Context): Promise<{ areas: number; tasks: number; updates: number }> {
  const { tx } = ctx;
  const rng = new SeededRandom(20_260_834);
  const city = ctx.units.find((u) => u.parentId === null)!;
  const byName = new Map(ctx.units.filter((u) => u.depth === 1).map((u) => [u.name, u]));
  const unit = (name: string): UnitRow => {
    const found = byName.get(name);
    if (!found) throw new Error(`demo campaign: no unit ${name}`);
    return found;
  };
  const admin = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const townAdmin = ctx.cadres.find((c) => c.username === 'town_admin')!;
  // Who reports for a unit: its admin when it has one, else its first cadre (the unit's liaison for the campaign).
  const reporter = new Map<string, string>();
  for (const c of ctx.cadres) if (!reporter.has(c.unitId)) reporter.set(c.unitId, c.id);
  reporter.set(townAdmin.scopeUnitId!, townAdmin.id);

  const jan1 = Date.UTC(ctx.year, 0, 1);
  const todayMs = Date.parse(`${isoDay(ctx.now.getTime() + 8 * 3_600_000)}T00:00:00Z`);
  const today = isoDay(todayMs);
  const span = Math.max(1, Math.round((todayMs - jan1) / 86_400_000));
  /** A day at `share` of the way from 1 January to yesterday. */
  const at = (share: number) => isoDay(Math.min(todayMs - 86_400_000, jan1 + Math.floor(span * share) * 86_400_000));

  const areaRows: unknown[][] = [];
  const taskRows: unknown[][] = [];
  const supportRows: unknown[][] = [];
  const updateRows: unknown[][] = [];
  AREAS.forEach((area, a) => {
    const areaId = randomUUID();
    areaRows.push([areaId, city.id, area.name, a + 1, new Date(`${ctx.year}-01-01T09:00:00+08:00`)]);
    area.tasks.forEach((task, i) => {
      const id = randomUUID();
      const lead = unit(task.lead);
      const deadline =
        task.course === 'overdue' ? monthEnd(today, -1 - rng.int(0, 1)) : task.course === 'not_started' ? monthEnd(today, 2 + rng.int(0, 1)) : monthEnd(today, task.course === 'done' ? rng.int(-2, 1) : 1 + rng.int(0, 1));
      taskRows.push([id, areaId, i + 1, task.title, '', lead.id, deadline, admin.id, new Date(`${ctx.year}-01-0${1 + (a % 5)}T10:00:00+08:00`)]);
      for (const name of task.support ?? []) supportRows.push([id, unit(name).id]);
      const author = reporter.get(lead.id) ?? admin.id;
      const post = (share: number, note: string, completed = false) => {
        const day = at(share);
        updateRows.push([randomUUID(), id, day, note, completed, author, new Date(`${day}T17:30:00+08:00`)]);
      };
      switch (task.course) {
        case 'done': {
          const end = 0.45 + rng.next() * 0.45;
          post(end * 0.2, rng.pick(NOTES_START));
          post(end * 0.6, rng.pick(NOTES_PROGRESS));
          post(end, rng.pick(NOTES_DONE), true);
          break;
        }
        case 'on_track':
          post(0.1 + rng.next() * 0.15, rng.pick(NOTES_START));
          post(0.45 + rng.next() * 0.2, rng.pick(NOTES_PROGRESS));
          if (rng.chance(0.6)) post(0.8 + rng.next() * 0.15, rng.pick(NOTES_PROGRESS));
          break;
        case 'stalled':
          post(0.15 + rng.next() * 0.2, rng.pick(NOTES_START));
          post(0.5 + rng.next() * 0.2, rng.pick(NOTES_STALLED));
          break;
        case 'overdue':
          if (rng.chance(0.7)) post(0.1 + rng.next() * 0.3, rng.pick(NOTES_START));
          break;
        case 'not_started':
          break;
      }
    });
  });
  await insertMany(tx, 'campaign_areas', ['id', 'owner_unit_id', 'name', 'position', 'created_at'], areaRows);
  await insertMany(tx, 'campaign_tasks', ['id', 'area_id', 'number', 'title', 'description', 'lead_unit_id', 'deadline', 'created_by_id', 'created_at'], taskRows);
  await insertMany(tx, 'campaign_task_units', ['task_id', 'unit_id'], supportRows);
  await insertMany(tx, 'campaign_task_updates', ['id', 'task_id', 'reported_on', 'note', 'completed', 'author_id', 'created_at'], updateRows);
  return { areas: areaRows.length, tasks: taskRows.length, updates: updateRows.length };
}
