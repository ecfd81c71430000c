import { randomUUID } from 'node:crypto';
import { DEFAULT_INSPECTION_CHECKLIST, type FindingCategory, type FindingSeverity, type InspectionKind, type RectificationStatus } from '@cadre/shared';
import type { EntityManager } from 'typeorm';
import { drawFrom } from '../supervision/draw';
import { renderNotice } from '../supervision/notices.service';
import type { NoticeGoodPractice } from '../supervision/supervision.entity';
import { addDays, type CadreRow, type UnitRow } from './demo-city';
import { DEMO_TOWN } from './demo-names';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  units: UnitRow[];
  cadres: CadreRow[];
  /** Today in Asia/Shanghai: deadlines and periods are set around it, so overdue and on-time mean something. */
  today: string;
}

const DESCRIPTIONS: Record<FindingCategory, string[]> = {
  thinking: ['村“两委”对作风能力提升年活动认识不足，学习记录照抄文件', '部分干部认为作风建设“与己无关”，专题研讨发言流于形式'],
  uneven: ['网络培训学时完成率明显低于全镇平均水平', '专项任务推进缓慢，已过半年仍未启动'],
  idle: ['工作日上午便民服务窗口无人值守，群众等候四十分钟', '干部在岗不在状态，群众反映问题无人登记'],
  buck_passing: ['群众反映的道路维修问题三个月未答复，相互推诿', '信访件转办后无跟踪，逾期未办结'],
  capability: ['村干部对惠农政策掌握不准，解答群众咨询出错', '防汛应急预案不熟悉，演练中职责不清'],
  other: ['值班记录填写不规范，缺少交接签字', '宣传栏内容长期未更新'],
};
const MEASURES = ['建立值班表并在服务大厅公示，镇纪委每周抽查', '开展专题学习并逐人过关，整改情况报镇党委', '建立问题台账，明确责任人和完成时限，每周通报进展', '组织业务培训，对照政策清单逐项讲解'];
const REPORTS = ['已建立值班制度并公示，安排专人负责窗口，群众满意度回访良好。', '已组织专题学习两次，逐人谈话，学习记录已规范。', '问题已全部办结并答复群众，建立台账每周跟踪。'];

/**
 * Supervision (督导检查) for the demo: two rounds of 随机抽查 — the first, early in the year, published with its
 * rectifications closed on time or late; the second under way, with rectifications assigned, reported, returned and
 * overdue, some in 龙门镇 so town_admin has a ledger — and one 明察暗访 not yet published (hidden from the towns). The
 * draws are real draws by the published rule from a fixed seed, recorded with their candidates. Two public notices: the
 * first round's problems (names masked) to the city, and 龙门镇's good practice to the town.
 */
export async function seedDemoSupervision(ctx: Context): Promise<{ inspections: number; findings: number; rectifications: number; notices: number }> {
  const { tx, today } = ctx;
  const rng = new SeededRandom(20_261_207);
  const root = ctx.units.find((u) => u.parentId === null)!;
  const zzb = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const townAdmin = ctx.cadres.find((c) => c.username === 'town_admin')!;
  const demoTown = ctx.units.find((u) => u.name === DEMO_TOWN)!;
  // The team: two plain cadres of the organisation department (zzb_admin's unit), with zzb_admin.
  const team = ctx.cadres.filter((c) => c.unitId === zzb.unitId && c.roles.length === 1 && c.roles[0] === 'cadre').slice(0, 2);
  const teamIds = [zzb.id, ...team.map((c) => c.id)];
  const villages = ctx.units.filter((u) => u.kind === 'village' || u.kind === 'community').map((u) => u.id).sort();
  const demoVillages = ctx.units.filter((u) => u.parentId === demoTown.id && (u.kind === 'village' || u.kind === 'community'));
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const cadresOf = (unitId: string) => ctx.cadres.filter((c) => c.unitId === unitId);
  const seed = () => Array.from({ length: 8 }, () => Math.floor(rng.next() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  let findings = 0;
  let rectifications = 0;

  async function inspection(title: string, kind: InspectionKind, from: string, to: string, targets: string[], published: string | null): Promise<string> {
    const id = randomUUID();
    await tx.query(
      `INSERT INTO inspections (id, title, kind, period_from, period_to, organiser_unit_id, organiser_unit_path, team_ids, target_unit_ids, checklist, description, published_at, created_by_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [id, title, kind, from, to, root.id, root.path, teamIds, targets, JSON.stringify(DEFAULT_INSPECTION_CHECKLIST), '对照作风能力提升年工作要求，检查干部在岗履职和学习制度落实情况。', published ? at(published, 17) : null, zzb.id, at(addDays(from, -3))],
    );
    return id;
  }

  async function drawFor(inspectionId: string, date: string): Promise<string[]> {
    const s = seed();
    const drawn = drawFrom(s, villages, 5);
    await tx.query(
      `INSERT INTO inspection_draws (inspection_id, seed, scope_unit_id, unit_count, cadre_count, filters, candidate_unit_ids, candidate_cadre_ids, unit_ids, cadre_ids, drawn_by_id, drawn_at)
       VALUES ($1, $2, $3, 5, 0, $4, $5, '{}', $6, '{}', $7, $8)`,
      [inspectionId, s, root.id, JSON.stringify({ unitKinds: ['village', 'community'] }), villages, drawn, zzb.id, at(addDays(date, -2), 9)],
    );
    await tx.query('UPDATE inspections SET target_unit_ids = $2 WHERE id = $1', [inspectionId, drawn]);
    return drawn;
  }

  /** A finding and, unless `state` is null, its rectification walked to that state (with its events, none after today). */
  async function finding(inspectionId: string, unitId: string, foundOn: string, state: RectificationStatus | null, opts: { deadline?: string; closedOn?: string; category?: FindingCategory } = {}): Promise<string> {
    const category = opts.category ?? rng.pick(['thinking', 'uneven', 'idle', 'buck_passing', 'capability', 'other'] as const);
    const severity: FindingSeverity = rng.pick(['minor', 'moderate', 'serious'] as const);
    const fid = randomUUID();
    const unit = unitById.get(unitId)!;
    const cadre = rng.chance(0.5) ? (cadresOf(unitId)[0] ?? null) : null;
    await tx.query(
      `INSERT INTO inspection_findings (id, inspection_id, unit_id, unit_path, cadre_id, checklist_item, category, severity, description, found_at, place, created_by_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $10)`,
      [fid, inspectionId, unitId, unit.path, cadre?.id ?? null, rng.pick(DEFAULT_INSPECTION_CHECKLIST), category, severity, rng.pick(DESCRIPTIONS[category]), at(foundOn, 10), `${unit.name}便民服务中心`, team[0]?.id ?? zzb.id],
    );
    findings += 1;
    if (!state) return fid;
    const rid = randomUUID();
    const deadline = opts.deadline ?? addDays(foundOn, 30);
    const responsible = cadresOf(unitId)[1] ?? null;
    const events: [RectificationStatus, string, string, string][] = [['assigned', rng.pick(MEASURES), zzb.id, addDays(foundOn, 1)]];
    const unitAdmin = unit.path.startsWith(demoTown.path) ? townAdmin.id : (responsible?.id ?? zzb.id);
    if (state !== 'assigned') events.push(['reported', rng.pick(REPORTS), unitAdmin, addDays(foundOn, 5)]);
    if (state === 'returned') events.push(['returned', '整改佐证材料不全，请补充值班记录照片', zzb.id, addDays(foundOn, 7)]);
    if (state === 'closed') events.push(['closed', '现场复核，整改到位', zzb.id, opts.closedOn ?? addDays(foundOn, 9)]);
    const last = events[events.length - 1]!;
    await tx.query(
      `INSERT INTO rectifications (id, finding_id, unit_id, unit_path, responsible_id, measures, deadline, status, report, reported_at, return_reason, closed_at, closed_by_id, assigned_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        rid, fid, unitId, unit.path, responsible?.id ?? null, events[0]![1], deadline, state,
        events.find((e) => e[0] === 'reported')?.[1] ?? null,
        state === 'assigned' ? null : at(events[1]![3], 15),
        state === 'returned' ? last[1] : null,
        state === 'closed' ? at(last[3], 16) : null,
        state === 'closed' ? zzb.id : null,
        zzb.id, at(events[0]![3], 11), at(last[3], 16),
      ],
    );
    for (const [toStatus, note, actorId, date] of events) {
      await tx.query('INSERT INTO rectification_events (rectification_id, to_status, note, actor_id, created_at) VALUES ($1, $2, $3, $4, $5)', [rid, toStatus, note, actorId, at(date, 15)]);
    }
    rectifications += 1;
    return fid;
  }

  /** A published notice (公开通报) to a unit's subtree, its text frozen as publishing freezes it, and its cadres told. */
  async function notice(title: string, scope: UnitRow, publishedOn: string, content: { intro: string; findingIds: string[]; goodPractices: NoticeGoodPractice[] }): Promise<void> {
    const id = randomUUID();
    const sections = await renderNotice(tx, { ...content, nameCadres: false });
    const publishedAt = at(publishedOn, 16);
    await tx.query(
      `INSERT INTO supervision_notices (id, title, intro, finding_ids, good_practices, name_cadres, scope_unit_id, scope_unit_path, status, sections, published_at, published_by_id, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, false, $6, $7, 'published', $8, $9, $10, $10, $11, $9)`,
      [id, title, content.intro, content.findingIds, JSON.stringify(content.goodPractices), scope.id, scope.path, JSON.stringify(sections), publishedAt, zzb.id, at(addDays(publishedOn, -1), 10)],
    );
    await tx.query(
      `INSERT INTO notifications (user_id, kind, title, body, link, created_at)
       SELECT u.id, 'notice_published', $2, $3, $4, $5 FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE ou.path LIKE $1 AND u.status = 'active'`,
      [`${scope.path}%`, `公开通报：${title}`, `通报“${title}”已发布，请认真阅读，引以为戒、见贤思齐。`, `/supervision/notices/${id}`, publishedAt],
    );
  }

  // Round 1: three months ago, published; rectifications closed on time, closed late, one still overdue.
  const r1From = addDays(today, -95);
  const round1 = await inspection('第一轮作风能力提升年随机抽查', 'random_check', r1From, addDays(r1From, 6), [], addDays(r1From, 10));
  const r1 = await drawFor(round1, r1From);
  const round1Findings = [
    await finding(round1, r1[0]!, addDays(r1From, 1), 'closed', { category: 'idle' }),
    await finding(round1, r1[1]!, addDays(r1From, 2), 'closed', { deadline: addDays(r1From, 20), closedOn: addDays(r1From, 40), category: 'buck_passing' }),
    await finding(round1, r1[2]!, addDays(r1From, 2), 'closed', { category: 'uneven' }),
    await finding(round1, r1[3]!, addDays(r1From, 3), 'assigned', { deadline: addDays(r1From, 45), category: 'capability' }),
  ];

  // Round 2: under way; drawn villages plus one of 龙门镇, whose admin has rectifications to answer.
  const r2From = addDays(today, -12);
  const round2 = await inspection('第二轮作风能力提升年随机抽查', 'random_check', r2From, addDays(today, 5), [], null);
  const r2 = await drawFor(round2, r2From);
  const longmen = demoVillages.slice(0, 2).map((v) => v.id);
  await tx.query('UPDATE inspections SET target_unit_ids = target_unit_ids || $2::uuid[] WHERE id = $1', [round2, longmen.filter((id) => !r2.includes(id))]);
  await finding(round2, longmen[0]!, addDays(r2From, 1), 'assigned', { deadline: addDays(today, 20), category: 'idle' });
  await finding(round2, longmen[1]!, addDays(r2From, 1), 'returned', { deadline: addDays(today, 10), category: 'thinking' });
  await finding(round2, r2[0]!, addDays(r2From, 2), 'reported', { deadline: addDays(today, 15), category: 'buck_passing' });
  await finding(round2, r2[1]!, addDays(r2From, 2), 'assigned', { deadline: addDays(today, -2), category: 'capability' });
  await finding(round2, r2[2]!, addDays(r2From, 3), null, { category: 'other' });

  // 明察暗访: not yet published, findings recorded, nothing assigned: the inspected towns do not know of it.
  const uFrom = addDays(today, -6);
  const villagesElsewhere = villages.filter((id) => !unitById.get(id)!.path.startsWith(demoTown.path));
  const hidden = [rng.pick(villagesElsewhere), rng.pick(villagesElsewhere)];
  const undercover = await inspection('窗口单位作风明察暗访', 'undercover', uFrom, addDays(uFrom, 3), [...new Set(hidden)], null);
  await finding(undercover, hidden[0]!, addDays(uFrom, 1), null, { category: 'idle' });
  await finding(undercover, hidden[1]!, addDays(uFrom, 2), null, { category: 'buck_passing' });

  // Two notices: the first round's problems to the whole city (反面, names masked), and good practice (正面典型) of 龙门镇's
  // villages to the town, so cadre01 has one in the app.
  await notice('关于第一轮作风能力提升年随机抽查发现问题的通报', root, addDays(r1From, 12), {
    intro: '按照作风能力提升年活动安排，市委组织部会同有关部门对部分村（社区）开展了随机抽查。现将发现的问题通报如下。',
    // Those whose state on the day of the notice is the state today: closed before it, or still open.
    findingIds: [round1Findings[0]!, round1Findings[2]!, round1Findings[3]!],
    goodPractices: [],
  });
  await notice(`关于${DEMO_TOWN}干部作风建设好经验好做法的通报`, demoTown, addDays(today, -3), {
    intro: `近期督导中发现，${DEMO_TOWN}部分村（社区）在改进作风、服务群众方面探索了一些好的做法，现予通报。`,
    findingIds: [],
    goodPractices: [
      { unitId: demoVillages[0]?.id ?? null, text: '推行“马上就办”工作机制，群众诉求当日登记、当日回复，一周内办结' },
      { unitId: demoVillages[1]?.id ?? null, text: '村干部轮流在便民服务中心坐班，建立值班公示和群众评议制度' },
    ],
  });

  return { inspections: 3, findings, rectifications, notices: 2 };
}
