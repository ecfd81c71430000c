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

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const WEEKLY_AGENDA = ['通报上周各牵头单位任务进展', '梳理本周重点工作', '研究需协调解决的问题'];
const MONTHLY_AGENDA = ['听取各方面任务推进情况汇报', '通报进度滞后的任务和单位', '部署下月重点工作'];
const QUARTERLY_AGENDA = ['听取工作专班季度推进情况汇报', '研究解决活动推进中的重大问题', '审议下季度工作安排'];
const DECISIONS = [
  '报送本单位任务推进台账和佐证材料',
  '对照任务清单查漏补缺，逾期任务说明原因并提出整改时限',
  '组织一次专题学习研讨，形成研讨材料',
  '完成本领域突出问题排查，建立整改台账',
  '梳理典型经验做法，报送宣传稿件',
  '召开本单位推进会，压实责任分工',
  '对进度滞后事项逐项销号，报送销号清单',
];

/**
 * A year of the campaign office's dispatch meetings with the rhythm mostly kept: a 碰头会 most Mondays (a few weeks
 * missed, as around the Spring Festival), a 调度会 late each month but one, a 推进会 each quarter; their decisions go to
 * the lead units of the campaign (龙门镇 among them), most of the past ones done, a few overdue. Relative to today, so
 * the same picture comes out whenever the demo starts.
 */
export async function seedDemoMeetings(ctx: Context): Promise<{ meetings: number; decisions: number }> {
  const { tx } = ctx;
  const rng = new SeededRandom(20_261_207);
  const city = ctx.units.find((u) => u.parentId === null)!;
  const admin = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const townAdmin = ctx.cadres.find((c) => c.username === 'town_admin')!;
  const town = ctx.units.find((u) => u.id === townAdmin.scopeUnitId)!;
  const leads = ctx.units.filter((u) => u.depth === 1);
  const byUnit = new Map<string, CadreRow[]>();
  for (const c of ctx.cadres) if (leads.some((u) => u.id === c.unitId)) byUnit.set(c.unitId, [...(byUnit.get(c.unitId) ?? []), c]);
  const tasks = ((await tx.query('SELECT t.id, t.lead_unit_id FROM campaign_tasks t JOIN campaign_areas a ON a.id = t.area_id WHERE a.owner_unit_id = $1', [city.id])) as {
    id: string;
    lead_unit_id: string;
  }[]).sort((a, b) => a.id.localeCompare(b.id));

  const todayMs = Date.parse(`${iso(ctx.now.getTime() + 8 * 3_600_000)}T00:00:00Z`);
  const today = iso(todayMs);
  const jan1 = Date.UTC(ctx.year, 0, 1);
  const held: { kind: string; day: number; title: string; agenda: string[]; decisions: number }[] = [];
  // Mondays from the first of the year to yesterday; the Spring Festival fortnight (early February) and one more week missed.
  let week = 0;
  for (let d = jan1 + ((8 - new Date(jan1).getUTCDay()) % 7) * DAY; d < todayMs; d += 7 * DAY) {
    week += 1;
    const month = new Date(d).getUTCMonth();
    if ((month === 1 && new Date(d).getUTCDate() <= 14) || week === 30) continue;
    held.push({ kind: 'weekly', day: d, title: `第${week}周工作专班碰头会`, agenda: WEEKLY_AGENDA, decisions: rng.chance(0.3) ? 1 : 0 });
  }
  // The 调度会 on the 26th of each month (none in August); the 推进会 on the 28th of each quarter's last month.
  for (let m = 0; m < 12; m += 1) {
    const monthly = Date.UTC(ctx.year, m, 26);
    if (monthly < todayMs && m !== 7) held.push({ kind: 'monthly', day: monthly, title: `${m + 1}月份工作专班调度会`, agenda: MONTHLY_AGENDA, decisions: rng.int(2, 3) });
    const quarterly = Date.UTC(ctx.year, m, 28);
    if (m % 3 === 2 && quarterly < todayMs) held.push({ kind: 'quarterly', day: quarterly, title: `第${(m + 1) / 3}季度领导小组推进会`, agenda: QUARTERLY_AGENDA, decisions: 3 });
  }

  const meetingRows: unknown[][] = [];
  const attendeeRows: unknown[][] = [];
  const unitRows: unknown[][] = [];
  const decisionRows: unknown[][] = [];
  for (const m of held) {
    const id = randomUUID();
    const day = iso(m.day);
    meetingRows.push([id, city.id, m.kind, day, m.title, admin.id, m.agenda, `会议${m.agenda.map((a) => a.replace(/^(听取|通报|梳理|研究|部署|审议)/, '$1了')).join('，')}，对下一步工作作出安排。`, admin.id, new Date(`${day}T18:00:00+08:00`)]);
    const present = new Set<string>([town.id]);
    while (present.size < (m.kind === 'weekly' ? 3 : 6)) present.add(rng.pick(leads).id);
    const people = new Set<string>([admin.id, townAdmin.id]);
    for (const u of present) {
      const staff = byUnit.get(u);
      if (staff?.length) people.add(rng.pick(staff).id);
    }
    for (const u of present) unitRows.push([id, u]);
    for (const p of people) attendeeRows.push([id, p]);
    for (let i = 0; i < m.decisions; i += 1) {
      // The town gets one decision of each monthly meeting; the others go to the lead unit of a task.
      const task = rng.chance(0.7) && tasks.length ? rng.pick(tasks) : null;
      const owner = i === 0 && m.kind === 'monthly' ? town.id : (task?.lead_unit_id ?? rng.pick(leads).id);
      const deadlineMs = m.day + rng.int(7, 30) * DAY;
      const deadline = iso(deadlineMs);
      const past = deadlineMs < todayMs;
      // Most past decisions were done on time; a few ran late and one in ten is still open (overdue).
      const done = past ? rng.chance(0.88) : rng.chance(0.3);
      const doneOn = done ? iso(Math.min(todayMs, m.day + rng.int(3, Math.max(3, (deadlineMs - m.day) / DAY + (rng.chance(0.2) ? 5 : 0))) * DAY)) : null;
      decisionRows.push([
        randomUUID(),
        id,
        i,
        rng.pick(DECISIONS),
        owner,
        deadline,
        task && task.lead_unit_id === owner ? task.id : null,
        doneOn && doneOn > today ? today : doneOn,
        done ? '已按要求办结，材料已报送工作专班' : '',
        done ? (owner === town.id ? townAdmin.id : admin.id) : null,
        new Date(`${day}T18:00:00+08:00`),
      ]);
    }
  }
  await insertMany(tx, 'campaign_meetings', ['id', 'owner_unit_id', 'kind', 'held_on', 'title', 'chair_id', 'agenda', 'minutes', 'created_by_id', 'created_at'], meetingRows);
  await insertMany(tx, 'campaign_meeting_attendees', ['meeting_id', 'user_id'], attendeeRows);
  await insertMany(tx, 'campaign_meeting_units', ['meeting_id', 'unit_id'], unitRows);
  await insertMany(
    tx,
    'campaign_decisions',
    ['id', 'meeting_id', 'position', 'content', 'owner_unit_id', 'deadline', 'task_id', 'done_on', 'done_note', 'done_by_id', 'created_at'],
    decisionRows,
  );
  return { meetings: meetingRows.length, decisions: decisionRows.length };
}
