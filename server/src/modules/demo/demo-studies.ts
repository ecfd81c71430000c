import { randomUUID } from 'node:crypto';
import { DEFAULT_STUDY_HOURS, type StudyRecordType } from '@cadre/shared';
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

const FIRST_TOPICS: [string, string][] = [
  ['传达学习习近平总书记关于党的建设的重要思想', '《习近平关于党的建设的重要思想概论》'],
  ['学习习近平总书记在全国两会期间的重要讲话精神', '新华社通稿'],
  ['学习习近平总书记关于调查研究的重要论述', '《关于在全党大兴调查研究的工作方案》'],
  ['学习习近平总书记关于安全生产的重要指示精神', '《习近平关于安全生产论述摘编》'],
  ['学习《中国共产党纪律处分条例》修订要点', '《中国共产党纪律处分条例》'],
  ['学习习近平总书记关于优化营商环境的重要论述', '《优化营商环境条例》'],
  ['学习习近平总书记在中央政治局集体学习时的重要讲话', '《求是》杂志文章'],
  ['学习习近平总书记关于乡村振兴的重要论述', '《习近平关于“三农”工作论述摘编》'],
  ['学习习近平总书记关于信访工作的重要思想', '《信访工作条例》'],
  ['学习习近平总书记关于生态文明建设的重要论述', '《习近平生态文明思想学习纲要》'],
];
const CENTER_TOPICS = ['深入学习贯彻党的二十大精神', '学习贯彻习近平新时代中国特色社会主义思想', '学习习近平法治思想 推进法治政府建设', '党纪学习教育专题学习'];
const SPECIAL_TOPICS = ['优化营商环境专题学习研讨', '安全生产责任落实专题学习研讨', '基层治理能力提升专题学习研讨'];
const SPEECHES = [
  '结合分管工作，谈了对“学思想、强党性、重实践、建新功”的体会，提出把理论学习成果转化为推动工作的具体举措。',
  '对照学习内容查摆了调查研究不够深入的问题，表示下一步将带头到村（社区）蹲点调研。',
  '围绕优化营商环境谈了三点认识，建议进一步压缩审批时限、推行帮办代办。',
  '联系本单位实际，分析了干部作风方面存在的短板，提出建立问题清单、责任清单。',
  '谈了学习党纪的体会，强调要把纪律规矩挺在前面，抓早抓小、防微杜渐。',
  '结合乡村振兴工作，提出发展特色种植、壮大村集体经济的思路。',
];
const ABSENCE = ['公差', '病假', '参加上级培训', '事假', '下乡督导'];

/**
 * A few hundred study records over the year: every department and town holds its 第一议题 every second month or so,
 * a 中心组学习 each quarter, and now and then a 专题学习研讨, a 研讨交流 ("…的过去、现在和未来") or a 大学习大讨论大实践
 * session. Attendees are the unit's own cadres (most present, a few absent with reasons); present ones earn the hours.
 */
export async function seedDemoStudies(ctx: Context): Promise<{ records: number }> {
  const { tx } = ctx;
  const rng = new SeededRandom(20_260_707);
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const byUnit = new Map<string, CadreRow[]>();
  for (const c of ctx.cadres) byUnit.set(c.unitId, [...(byUnit.get(c.unitId) ?? []), c]);
  const admin = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const townAdmin = ctx.cadres.find((c) => c.username === 'town_admin')!;
  const jan1 = Date.parse(`${ctx.year}-01-01T00:00:00Z`);
  const today = ctx.now.getTime() + 8 * 3_600_000; // Shanghai calendar day
  const months = Math.max(1, new Date(today).getUTCMonth() + 1);
  const recordRows: unknown[][] = [];
  const peopleRows: unknown[][] = [];
  const speechRows: unknown[][] = [];
  const ledgerRows: unknown[][] = [];
  const hoursByUser = new Map<string, number>();
  const dayIn = (month: number): string => {
    const start = Date.UTC(ctx.year, month - 1, 1);
    const end = Math.min(Date.UTC(ctx.year, month, 0), today - 86_400_000);
    const at = end <= start ? start : start + Math.floor(rng.next() * (end - start));
    return new Date(Math.max(jan1, at)).toISOString().slice(0, 10);
  };
  const add = (unit: UnitRow, type: StudyRecordType, heldOn: string, title: string, material: string) => {
    const cadres = byUnit.get(unit.id) ?? [];
    if (cadres.length < 3) return;
    const id = randomUUID();
    const head = cadres.find((c) => /书记|局长|部长|主任|镇长|主席/.test(c.position)) ?? cadres[0]!;
    const absent = cadres.filter((c) => c.id !== head.id && rng.chance(0.1));
    const present = cadres.filter((c) => !absent.includes(c));
    const speakers = type === 'first_topic' ? present.slice(0, rng.int(0, 1)) : present.filter(() => rng.chance(0.3)).slice(0, 5);
    const hours = DEFAULT_STUDY_HOURS[type];
    const createdBy = unit.path.startsWith(unitById.get(townAdmin.scopeUnitId!)!.path) ? townAdmin.id : admin.id;
    recordRows.push([
      id, unit.id, unit.path, type, heldOn, title, head.name, head.id, material, rng.chance(0.3) ? 'https://www.12371.cn/' : null,
      type === 'first_topic' ? '会议强调，要把学习成果转化为推动本单位工作的实际成效。' : '与会同志一致认为，要以学促干、学用结合，形成一批可落地的工作举措。',
      type === 'first_topic' ? '' : '1. 形成问题清单并明确责任人；2. 下月底前报送整改进展。',
      'submitted', hours, createdBy, new Date(`${heldOn}T18:00:00+08:00`),
    ]);
    for (const c of present) peopleRows.push([id, c.id, true, null]);
    for (const c of absent) peopleRows.push([id, c.id, false, rng.pick(ABSENCE)]);
    speakers.forEach((c, position) => speechRows.push([randomUUID(), id, c.id, rng.pick(SPEECHES), position]));
    for (const c of present) {
      ledgerRows.push([c.id, ctx.year, hours, 'study_record', id, `学习研讨：${title}`.slice(0, 200), c.unitId, unitById.get(c.unitId)!.path, new Date(`${heldOn}T12:00:00+08:00`)]);
      hoursByUser.set(c.id, (hoursByUser.get(c.id) ?? 0) + hours);
    }
  };
  const holders = ctx.units.filter((u) => u.kind === 'department' || u.kind === 'town' || u.kind === 'subdistrict');
  for (const unit of holders) {
    for (let m = 1 + rng.int(0, 1); m <= months; m += 2) {
      const [title, material] = rng.pick(FIRST_TOPICS);
      add(unit, 'first_topic', dayIn(m), title, material);
    }
    for (let q = 3; q <= months; q += 3) add(unit, 'center_group', dayIn(q), rng.pick(CENTER_TOPICS), '《习近平著作选读》');
    if (rng.chance(0.5) && months >= 4) add(unit, 'special_study', dayIn(rng.int(2, months)), rng.pick(SPECIAL_TOPICS), '专题学习材料汇编');
    if (unit.kind !== 'department' && months >= 5) add(unit, 'seminar', dayIn(rng.int(4, months)), `“${unit.name}的过去、现在和未来”研讨交流`, '地方志与发展规划');
    if (rng.chance(0.3) && months >= 6) add(unit, 'big_study', dayIn(rng.int(5, months)), '大学习大讨论大实践：解放思想 推动高质量发展', '活动实施方案');
  }
  await insertMany(
    tx,
    'study_records',
    ['id', 'unit_id', 'unit_path', 'type', 'held_on', 'title', 'host_name', 'host_user_id', 'material_title', 'material_url', 'conclusions', 'follow_ups', 'status', 'credited_hours', 'created_by_id', 'submitted_at'],
    recordRows,
  );
  await insertMany(tx, 'study_record_people', ['record_id', 'user_id', 'present', 'absence_reason'], peopleRows);
  await insertMany(tx, 'study_record_speeches', ['id', 'record_id', 'speaker_id', 'summary', 'position'], speechRows);
  await insertMany(tx, 'ledger_entries', ['user_id', 'year', 'hours', 'source', 'source_ref_id', 'description', 'unit_id', 'unit_path', 'earned_at'], ledgerRows);
  await insertMany(
    tx,
    'cadre_year_hours',
    ['user_id', 'year', 'total_hours', 'study_record_hours'],
    [...hoursByUser].map(([userId, hours]) => [userId, ctx.year, hours, hours]),
    `ON CONFLICT (user_id, year) DO UPDATE SET total_hours = cadre_year_hours.total_hours + EXCLUDED.study_record_hours,
       study_record_hours = cadre_year_hours.study_record_hours + EXCLUDED.study_record_hours`,
  );
  return { records: recordRows.length };
}
