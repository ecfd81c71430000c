import { randomUUID } from 'node:crypto';
import { CADRE_GROUPS, DEFAULT_COURSE_HOUR_RULE, type CaseField, type CaseKind, type CaseState } from '@cadre/shared';
import type { EntityManager } from 'typeorm';
import { caseArticleHtml } from '../cases/cases.service';
import { refreshCourseHours } from '../learning/course-hours';
import { addDays, type CadreRow, type UnitRow } from './demo-city';
import { DEMO_TOWN } from './demo-names';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  units: UnitRow[];
  cadres: CadreRow[];
  /** Today in Asia/Shanghai: publication dates are set before it. */
  today: string;
}

interface DemoCase {
  kind: CaseKind;
  field: CaseField;
  title: string;
  summary: string;
  body: string;
  state: CaseState;
  /** Days before today it was published (or drafted). */
  daysAgo: number;
  /** Made from a finding of the published first round of 随机抽查. */
  fromFinding?: boolean;
  /** About a village of 龙门镇, drafted by town_admin. */
  town?: boolean;
}

const CASES: DemoCase[] = [
  { kind: 'warning', field: 'work_style', state: 'published', daysAgo: 80, fromFinding: true, title: '便民服务窗口无人值守被通报',
    summary: '工作日上午便民服务窗口无人值守，群众等候四十分钟，相关责任人被约谈。',
    body: '督导组随机抽查发现，某村便民服务中心工作日上午窗口无人值守，前来办事的群众等候四十分钟无人接待。\n经查，值班干部擅自离岗，村党支部对值班制度落实督促不力。\n镇纪委对值班干部进行提醒谈话，对村党支部书记进行约谈，责令建立值班表并公示。\n警示：“廉而不为”“廉而不勤”同样是作风问题，群众身边的小事就是检验作风的大事。' },
  { kind: 'warning', field: 'rural_revitalisation', state: 'published', daysAgo: 72, fromFinding: true, title: '群众反映道路维修问题三个月未答复',
    summary: '村干部对群众反映的道路维修问题相互推诿，三个月未答复。',
    body: '群众多次反映村组道路损毁影响出行，村“两委”干部以资金不足、不归本村管为由相互推诿，三个月未给群众答复。\n督导组将问题列入整改台账，限期办结。\n该村已筹措资金完成维修，并建立群众诉求办理台账，每周跟踪。\n警示：推诿拖拉、敷衍塞责是隐形变异的作风问题，必须坚决纠治。' },
  { kind: 'good_practice', field: 'business_environment', state: 'published', daysAgo: 65, title: '“一窗通办”让企业开办一天办结',
    summary: '某镇推行“一窗受理、集成服务”，企业开办时间由五天压缩到一天。',
    body: '某镇便民服务中心整合市场监管、税务、社保窗口，推行“一窗受理、集成服务”。\n对新开办企业实行帮办代办，材料一次告知、一次提交。\n企业开办时间由五天压缩到一天，群众满意度明显提升。' },
  { kind: 'warning', field: 'grain', state: 'published', daysAgo: 58, title: '粮站工作人员违规收取“好处费”',
    summary: '粮食收购中以验质为名向售粮群众索要好处费，受到党纪处分。',
    body: '某粮站工作人员在粮食收购期间，以验质定级为名向售粮群众索要“好处费”。\n经查属实，当事人受到党内严重警告处分，违纪所得予以收缴。\n警示：粮食购销领域腐败直接侵害群众利益，必须严守纪律红线。' },
  { kind: 'good_practice', field: 'education', state: 'published', daysAgo: 50, title: '校园食堂“阳光厨房”接受家长监督',
    summary: '某校推行校园食堂“阳光厨房”和家长陪餐制度，食材采购全程公开。',
    body: '某中学在食堂后厨安装视频监控，家长可通过手机实时查看。\n实行家长委员会轮流陪餐，食材采购价格和供应商全程公开。\n学生和家长对食堂满意度由七成提高到九成以上。' },
  { kind: 'warning', field: 'medical', state: 'published', daysAgo: 43, title: '医保基金违规报销被追回',
    summary: '某卫生院通过虚记诊疗项目套取医保基金，相关人员被严肃处理。',
    body: '某卫生院通过虚记诊疗项目、串换药品等方式违规报销医保基金。\n医保部门追回违规资金并处罚款，院长被免职，相关人员受到党纪政务处分。\n警示：医保基金是群众的“救命钱”，任何人不得伸手。' },
  { kind: 'warning', field: 'housing', state: 'published', daysAgo: 35, title: '危房改造补助审核把关不严',
    summary: '村干部对危房改造申请审核走过场，导致不符合条件的亲属获得补助。',
    body: '某村干部在危房改造补助初审中未入户核查，致使不符合条件的亲属获得补助资金。\n补助资金已全部追回，当事人受到党内警告处分。\n警示：惠民资金审核必须一户一核，坚决杜绝优亲厚友。' },
  { kind: 'good_practice', field: 'yellow_river', state: 'published', daysAgo: 28, title: '河长巡河“一日一报”整治黄河岸线“四乱”',
    summary: '某镇建立河长巡河“一日一报”制度，两个月清理乱堆乱建问题二十余处。',
    body: '某镇村级河长每日巡河并通过手机上报问题照片。\n镇里建立问题清单，乱占、乱采、乱堆、乱建问题限期清理。\n两个月清理岸线“四乱”问题二十余处，岸线面貌明显改善。' },
  { kind: 'warning', field: 'food_safety', state: 'published', daysAgo: 15, fromFinding: true, title: '食品安全检查签字了事',
    summary: '监管人员对农村集市食品检查流于形式，签字了事。',
    body: '督导发现，某乡镇对农村集市食品安全检查只签字不检查，检查记录与实际不符。\n责任人受到诫勉处理，检查制度重新规范。\n警示：监管走过场，风险就会找上门。' },
  { kind: 'warning', field: 'work_style', state: 'withdrawn', daysAgo: 40, title: '会议记录照抄文件被通报（已撤回）',
    summary: '学习记录照抄文件、研讨发言流于形式。',
    body: '某单位学习记录照抄文件，专题研讨发言雷同。\n（经复核，该单位已提供原始记录，情况与通报不符。）' },
  { kind: 'good_practice', field: 'rural_revitalisation', state: 'proposed', daysAgo: 4, town: true, title: '村集体经济“一村一品”增收',
    summary: '龙门镇某村发展特色种植，村集体经济年收入突破三十万元。',
    body: '村党支部牵头成立合作社，流转土地发展特色种植。\n党员带头示范，吸纳脱贫户务工。\n村集体经济年收入突破三十万元，群众人均增收两千元。' },
  { kind: 'warning', field: 'work_style', state: 'draft', daysAgo: 2, town: true, title: '值班脱岗问题（草稿）',
    summary: '值班期间脱岗，未按规定报告。',
    body: '某村值班干部值班期间脱岗，未按规定报告。\n（待补充处理结果。）' },
];

/**
 * The case library (典型案例库) for the demo: twelve cases over the nine fields — nine published (three from findings of
 * the first round of 随机抽查), one withdrawn, a proposal and a draft of 龙门镇 for town_admin — with readers; two
 * warning cases make up the course 警示教育：身边的典型案例, and one good practice is the material of a 龙门镇 study record.
 */
export async function seedDemoCases(ctx: Context): Promise<{ cases: number }> {
  const { tx, today } = ctx;
  const rng = new SeededRandom(20_261_208);
  const root = ctx.units.find((u) => u.parentId === null)!;
  const zzb = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const townAdmin = ctx.cadres.find((c) => c.username === 'town_admin')!;
  const demoTown = ctx.units.find((u) => u.name === DEMO_TOWN)!;
  const demoVillages = ctx.units.filter((u) => u.parentId === demoTown.id && u.kind === 'village');
  const villages = ctx.units.filter((u) => u.kind === 'village');
  const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  const findings = (await tx.query(
    `SELECT f.id, f.unit_id, f.unit_path FROM inspection_findings f JOIN inspections i ON i.id = f.inspection_id
      WHERE i.published_at IS NOT NULL ORDER BY f.found_at, f.id`,
  )) as { id: string; unit_id: string; unit_path: string }[];
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const ids: string[] = [];
  let fromFinding = 0;

  for (const c of CASES) {
    const id = randomUUID();
    ids.push(id);
    const finding = c.fromFinding ? findings[fromFinding++ % Math.max(findings.length, 1)] : undefined;
    const unit = finding ? unitById.get(finding.unit_id)! : c.town ? rng.pick(demoVillages) : rng.pick(villages);
    const day = addDays(today, -c.daysAgo);
    const author = c.town ? townAdmin : zzb;
    const created = at(addDays(day, -3), 9);
    const published = c.state === 'published' || c.state === 'withdrawn' ? at(day, 11) : null;
    await tx.query(
      `INSERT INTO cases (id, kind, title, summary, body, field, source_kind, source_finding_id, unit_id, unit_path, state, proposed_at,
                          published_at, published_by_id, withdrawn_at, withdraw_reason, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
      [
        id, c.kind, c.title, c.summary, c.body, c.field, finding ? 'finding' : 'entered', finding?.id ?? null, unit.id, unit.path, c.state,
        c.state === 'proposed' ? at(day, 15) : null,
        published, published ? zzb.id : null,
        c.state === 'withdrawn' ? at(addDays(day, 6), 16) : null,
        c.state === 'withdrawn' ? '经复核，该单位已提供原始学习记录，情况与案例不符' : null,
        author.id, created, published ?? created,
      ],
    );
    // Readers: a few dozen cadres, more for older cases.
    if (published) {
      const readers = new Set<string>();
      const n = Math.min(ctx.cadres.length, 10 + Math.round(c.daysAgo * 0.6) + rng.int(0, 10));
      while (readers.size < n) readers.add(rng.pick(ctx.cadres).id);
      for (const userId of readers) await tx.query('INSERT INTO case_reads (case_id, user_id, read_at) VALUES ($1, $2, $3)', [id, userId, at(addDays(day, rng.int(0, Math.max(0, c.daysAgo - 1))), 20)]);
    }
  }

  // The course 警示教育：身边的典型案例: two published warning cases as article lessons, open to every cadre group.
  const [category] = (await tx.query(`SELECT id FROM course_categories WHERE name = '作风建设'`)) as { id: string }[];
  if (category) {
    const courseId = randomUUID();
    const lessons = CASES.map((c, i) => ({ c, id: ids[i]! })).filter(({ c }) => c.kind === 'warning' && c.state === 'published').slice(0, 2);
    const publishedOn = addDays(today, -CASES[1]!.daysAgo + 2);
    await tx.query(
      `INSERT INTO courses (id, title, summary, category_id, credit_hours, status, owner_unit_id, lesson_count, created_by_id, published_at, created_at)
       VALUES ($1, '警示教育：身边的典型案例', '用好用活身边的反面典型案例，以案为鉴、以案促改。', $2, 1, 'published', $3, $4, $5, $6, $6)`,
      [courseId, category.id, root.id, lessons.length, zzb.id, at(publishedOn, 9)],
    );
    for (const group of CADRE_GROUPS) await tx.query('INSERT INTO course_targets (course_id, cadre_group, required) VALUES ($1, $2, false)', [courseId, group]);
    for (const [i, { c, id }] of lessons.entries()) {
      await tx.query(
        `INSERT INTO lessons (course_id, position, title, type, body, case_id) VALUES ($1, $2, $3, 'article', $4, $5)`,
        [courseId, i + 1, `警示教育：${c.title}`, caseArticleHtml(c.summary, c.body), id],
      );
    }
    await refreshCourseHours(tx, DEFAULT_COURSE_HOUR_RULE, courseId);
  }

  // A 龙门镇 study meeting took a good-practice case as its material.
  const good = CASES.findIndex((c) => c.kind === 'good_practice' && c.state === 'published' && c.field === 'rural_revitalisation');
  const goodIndex = good >= 0 ? good : CASES.findIndex((c) => c.kind === 'good_practice' && c.state === 'published');
  const [record] = (await tx.query(`SELECT id FROM study_records WHERE unit_path LIKE $1 ORDER BY held_on DESC, id LIMIT 1`, [`${demoTown.path}%`])) as { id: string }[];
  if (record && goodIndex >= 0) {
    await tx.query('INSERT INTO study_record_cases (record_id, case_id, attached_by_id, attached_at) VALUES ($1, $2, $3, $4)', [record.id, ids[goodIndex], townAdmin.id, at(today, 8)]);
  }
  return { cases: CASES.length };
}
