import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CAMPAIGN_MEETING_KIND_LABELS, CAMPAIGN_MEETING_KINDS, CommonError, TALENT_TRACK_LABELS, TALENT_TRACKS, CADRE_GROUP_LABELS, CADRE_GROUPS, LECTURE_FORMAT_LABELS, STUDY_RECORD_TYPE_LABELS, STUDY_RECORD_TYPES, type CadreGroup, type CampaignMeetingKind, type LectureFormat, type StudyRecordType } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../../common/errors/app-exception';
import { scopedUnit, type ScopedUnit } from '../../common/scope/scoped-unit';
import { chineseDate as cn, todayInShanghai } from '../../common/time';
import { AppConfig } from '../../config/app-config';
import { CampaignService } from '../campaign/campaign.service';
import { MeetingsService } from '../campaign/meetings.service';
import { DashboardService } from '../dashboard/dashboard.service';
import { CasesService } from '../cases/cases.service';
import { PublicityFiguresService } from '../publicity/publicity-figures.service';
import { ResearchFiguresService } from '../research/research-figures.service';
import { SupervisionFiguresService } from '../supervision/supervision-figures.service';
import { TalentPoolService } from '../talent/talent-pool.service';
import { newLeaderWindow } from '../users/key-groups';
import type { ProgressReportDto, ReportFigureDto, ReportSectionDto } from './dto/progress-report.dto';
import { publicitySection } from './publicity-section';
import { researchSection } from './research-section';
import { supervisionSection } from './supervision-section';

/** Timestamps within the period: from the first day's midnight to the midnight after the last day, Shanghai time. */
const IN_PERIOD = (column: string) =>
  `${column} >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai' AND ${column} < (($3::date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`;

const LECTURES_SQL = `
SELECT s.format, count(*)::int AS sessions, coalesce(sum(s.audience_size), 0)::int AS audience
  FROM lecture_sessions s WHERE s.host_unit_path LIKE $1 AND s.status = 'verified' AND ${IN_PERIOD('s.started_at')}
 GROUP BY s.format`;

const STUDIES_SQL = `
SELECT r.type, count(DISTINCT r.id)::int AS records, count(p.user_id) FILTER (WHERE p.present)::int AS attendance
  FROM study_records r LEFT JOIN study_record_people p ON p.record_id = r.id
 WHERE r.unit_path LIKE $1 AND r.status = 'submitted' AND r.held_on BETWEEN $2::date AND $3::date
 GROUP BY r.type`;

/** Per key group (a cadre counts in each group; new leaders by appointment in ($4, $5]) and in all ('*'). */
const LEARNING_SQL = `
WITH cadres AS (
  SELECT u.id, u.key_groups::text[] || CASE WHEN u.appointment_date > $4::date AND u.appointment_date <= $5::date THEN ARRAY['new_leader'] ELSE ARRAY[]::text[] END AS groups
    FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE ou.path LIKE $1 AND u.status = 'active'
),
done AS (
  SELECT e.user_id, count(*)::int AS n FROM enrollments e JOIN cadres c ON c.id = e.user_id
   WHERE e.status = 'completed' AND ${IN_PERIOD('e.completed_at')} GROUP BY e.user_id
),
earned AS (
  SELECT l.user_id, sum(l.hours) AS hours FROM ledger_entries l JOIN cadres c ON c.id = l.user_id WHERE ${IN_PERIOD('l.earned_at')} GROUP BY l.user_id
),
facts AS (
  SELECT c.groups, coalesce(d.n, 0) AS courses, coalesce(h.hours, 0) AS hours
    FROM cadres c LEFT JOIN done d ON d.user_id = c.id LEFT JOIN earned h ON h.user_id = c.id
)
SELECT g AS grp, count(*)::int AS cadres, sum(courses)::int AS courses, sum(hours) AS hours FROM facts, unnest(groups) g GROUP BY g
UNION ALL
SELECT '*', count(*)::int, coalesce(sum(courses), 0)::int, coalesce(sum(hours), 0) FROM facts`;

const QUIZZES_SQL = `
SELECT q.id, q.title, count(DISTINCT a.user_id)::int AS takers, count(DISTINCT a.user_id) FILTER (WHERE a.passed)::int AS passed
  FROM attempts a JOIN quizzes q ON q.id = a.quiz_id
 WHERE a.unit_path LIKE $1 AND a.status = 'submitted' AND ${IN_PERIOD('a.submitted_at')}
 GROUP BY q.id, q.title ORDER BY takers DESC, q.title`;

const QUIZ_TOTALS_SQL = `
SELECT count(DISTINCT a.user_id)::int AS takers, count(DISTINCT a.user_id) FILTER (WHERE a.passed)::int AS passed
  FROM attempts a WHERE a.unit_path LIKE $1 AND a.status = 'submitted' AND ${IN_PERIOD('a.submitted_at')}`;

const pct = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
const round1 = (n: number) => Math.round(n * 10) / 10;
const qs = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]): [string, string] => [k, String(v)])).toString();
const fig = (key: string, label: string, value: number | null, unit: string, link: string | null): ReportFigureDto => ({ key, label, value, unit, link });

/**
 * The draft of the campaign's progress report for a period and a unit: the figures the hand-written report gives
 * (lectures, study meetings, courses and hours by key group, 达标 by requirement line, quizzes, campaign tasks, lagging units), each with the SPA
 * path that lists the records behind it.
 */
@Injectable()
export class ProgressReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly dashboard: DashboardService,
    private readonly campaign: CampaignService,
    private readonly meetings: MeetingsService,
    private readonly talent: TalentPoolService,
    private readonly supervision: SupervisionFiguresService,
    private readonly cases: CasesService,
    private readonly publicity: PublicityFiguresService,
    private readonly research: ResearchFiguresService,
    private readonly audit: AuditService,
  ) {}

  /** A downloaded report leaves the platform, so the download is an event of the audit trail (the on-screen draft is not). */
  async recordDownload(user: AuthUser, report: ProgressReportDto, origin: RequestOrigin): Promise<void> {
    const [unit] = (await this.db.query('SELECT path FROM org_units WHERE id = $1', [report.unitId])) as { path: string }[];
    await this.audit.record({
      action: 'progress_report.downloaded',
      actor: user,
      target: { type: 'org_unit', id: report.unitId },
      unitPath: unit?.path ?? user.scopePath,
      origin,
      details: { from: report.from, to: report.to, format: 'docx' },
    });
  }

  async build(user: AuthUser, query: { from?: string; to?: string; unitId?: string }): Promise<ProgressReportDto> {
    const unit = await scopedUnit(this.db, user, query.unitId);
    const today = todayInShanghai();
    const to = query.to ?? today;
    const from = query.from ?? `${to.slice(0, 4)}-01-01`;
    if (from > to) throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'The period ends before it starts', [{ field: 'to', message: 'must not be before from' }]);
    const args = [`${unit.path}%`, from, to];
    // In the order of the seed report's 一、工作进展情况: (一) the tasks, the meeting rhythm and 大兴调查研究, (二) the activities,
    // (四) the young cadres, (五) publicity; then 二、存在的问题 (二), the units whose progress lags.
    const sections = [
      await this.campaignTasks(user),
      await this.dispatchMeetings(user, from, to),
      researchSection(await this.research.figures(user, { unitId: unit.id, from, to }), from, to),
      await this.lectures(unit, args, from, to),
      await this.studies(unit, args, from, to),
      await this.learning(unit, args, to),
      await this.requirements(user, unit, to),
      await this.quizzes(args),
      await this.talentPool(unit, from, to),
      supervisionSection(await this.supervision.figures(user, { unitId: unit.id, from, to }), from, to, await this.cases.addedFigures(unit.path, from, to)),
      publicitySection(await this.publicity.figures(user, { unitId: unit.id, from, to })),
      await this.lagging(user, unit, to),
    ];
    return {
      title: `${unit.name}干部作风能力提升年活动进展情况报告（草稿）`,
      from,
      to,
      unitId: unit.id,
      unitName: unit.name,
      generatedAt: new Date().toISOString(),
      sections,
    };
  }

  private async lectures(unit: ScopedUnit, args: string[], from: string, to: string): Promise<ReportSectionDto> {
    const rows = (await this.db.query(LECTURES_SQL, args)) as { format: LectureFormat; sessions: number; audience: number }[];
    const sessions = rows.reduce((n, r) => n + r.sessions, 0);
    const audience = rows.reduce((n, r) => n + r.audience, 0);
    const link = (format?: string) => `/lectures/all?${qs({ status: 'verified', format, unitId: unit.id, from, to })}`;
    const parts = rows.map((r) => `${LECTURE_FORMAT_LABELS[r.format]}${r.sessions}场`);
    return {
      key: 'lectures',
      title: '理论宣讲',
      text:
        sessions > 0
          ? `${cn(from)}至${cn(to)}，各级宣讲团深入基层开展理论宣讲${sessions}场次（${parts.join('、')}），受众${audience}人次。`
          : `${cn(from)}至${cn(to)}，尚无经核实的理论宣讲记录。`,
      figures: [fig('sessions', '宣讲场次', sessions, '场', link()), fig('audience', '受众', audience, '人次', link())],
      table: { columns: ['宣讲形式', '场次', '受众（人次）'], rows: rows.map((r) => ({ cells: [LECTURE_FORMAT_LABELS[r.format], r.sessions, r.audience], link: link(r.format) })) },
    };
  }

  private async studies(unit: ScopedUnit, args: string[], from: string, to: string): Promise<ReportSectionDto> {
    const rows = (await this.db.query(STUDIES_SQL, args)) as { type: StudyRecordType; records: number; attendance: number }[];
    const of = (type: StudyRecordType) => rows.find((r) => r.type === type) ?? { type, records: 0, attendance: 0 };
    const total = rows.reduce((n, r) => n + r.records, 0);
    const link = (type?: string) => `/studies?${qs({ type, status: 'submitted', unitId: unit.id, from, to })}`;
    const parts = STUDY_RECORD_TYPES.filter((t) => of(t).records > 0).map((t) => `${STUDY_RECORD_TYPE_LABELS[t]}${of(t).records}次`);
    return {
      key: 'studies',
      title: '学习研讨',
      text: total > 0 ? `严格落实“第一议题”制度，各级党组织开展学习研讨${total}次（${parts.join('、')}），参加${rows.reduce((n, r) => n + r.attendance, 0)}人次。` : '本期尚无已提交的学习研讨记录。',
      figures: [fig('records', '学习研讨', total, '次', link()), ...STUDY_RECORD_TYPES.map((t) => fig(t, STUDY_RECORD_TYPE_LABELS[t], of(t).records, '次', link(t)))],
      table: { columns: ['类型', '次数', '参加（人次）'], rows: STUDY_RECORD_TYPES.map((t) => ({ cells: [STUDY_RECORD_TYPE_LABELS[t], of(t).records, of(t).attendance], link: link(t) })) },
    };
  }

  private async learning(unit: ScopedUnit, args: string[], to: string): Promise<ReportSectionDto> {
    const window = newLeaderWindow(this.config.newLeaderMonths, new Date(`${to}T12:00:00+08:00`));
    const rows = (await this.db.query(LEARNING_SQL, [...args, window.after, window.until])) as { grp: string; cadres: number; courses: number; hours: string }[];
    const of = (g: string) => rows.find((r) => r.grp === g) ?? { grp: g, cadres: 0, courses: 0, hours: '0' };
    const all = of('*');
    const perCadre = (r: { cadres: number; hours: string }) => (r.cadres > 0 ? round1(Number(r.hours) / r.cadres) : 0);
    const link = (group?: CadreGroup) => `/users?${qs({ unitId: unit.id, group })}`;
    const groupText = CADRE_GROUPS.map((g) => `${CADRE_GROUP_LABELS[g]}${of(g).cadres}人完成课程${of(g).courses}门次、人均${perCadre(of(g))}学时`).join('；');
    return {
      key: 'learning',
      title: '干部教育培训（课程与学时）',
      text: `${all.cadres}名干部累计完成课程${all.courses}门次，获得学时${round1(Number(all.hours))}学时，人均${perCadre(all)}学时。四个重点领域中，${groupText}。`,
      figures: [
        fig('cadres', '干部', all.cadres, '人', link()),
        fig('courses', '完成课程', all.courses, '门次', link()),
        fig('hours', '获得学时', round1(Number(all.hours)), '学时', link()),
        fig('hoursPerCadre', '人均学时', perCadre(all), '学时', link()),
      ],
      table: {
        columns: ['重点领域', '人数', '完成课程（门次）', '获得学时', '人均学时'],
        rows: CADRE_GROUPS.map((g) => ({ cells: [CADRE_GROUP_LABELS[g], of(g).cadres, of(g).courses, round1(Number(of(g).hours)), perCadre(of(g))], link: link(g) })),
      },
    };
  }

  /**
   * 达标 by requirement line for the year of the period's end, as the dashboard counts it (the same set-based definition
   * as the shortfall list): each line's rate among the cadres it applies to, and the share who met every line that
   * applies. Each figure opens the shortfall list of that line.
   */
  private async requirements(user: AuthUser, unit: ScopedUnit, to: string): Promise<ReportSectionDto> {
    const year = Number(to.slice(0, 4));
    const { parent } = await this.dashboard.units(user, unit.id, year);
    const link = (line?: string) => `/admin/shortfalls?${qs({ unitId: unit.id, year, line })}`;
    const parts = parent.lines.map((l) =>
      l.applicable > 0 ? `${l.label}达标率${pct(l.met, l.applicable)}%（${l.applicable}人中${l.met}人）` : `${l.label}暂无适用人员`,
    );
    const all = pct(parent.metHours, parent.cadresAssessed);
    return {
      key: 'requirements',
      title: '学时达标情况',
      text:
        parent.lines.length > 0
          ? `${year}年度，${parts.join('，')}；全部适用学时要求均达标${parent.metHours}人${all === null ? '' : `，达标率${all}%`}。`
          : `${year}年度未设学时要求。`,
      figures: [
        ...parent.lines.map((l) => fig(l.key, `${l.label}达标率`, pct(l.met, l.applicable), '%', link(l.key))),
        fig('metAll', '全部要求达标率', all, '%', link()),
      ],
      table: {
        columns: ['学时要求', '适用人数', '达标人数', '达标率（%）'],
        rows: parent.lines.map((l) => ({ cells: [l.label, l.applicable, l.met, pct(l.met, l.applicable)], link: link(l.key) })),
      },
    };
  }

  private async quizzes(args: string[]): Promise<ReportSectionDto> {
    const rows = (await this.db.query(QUIZZES_SQL, args)) as { id: string; title: string; takers: number; passed: number }[];
    const [totals] = (await this.db.query(QUIZ_TOTALS_SQL, args)) as [{ takers: number; passed: number }];
    const rate = pct(totals.passed, totals.takers);
    return {
      key: 'quizzes',
      title: '专题测试',
      text: rows.length > 0 ? `组织专题测试${rows.length}场，参加${totals.takers}人，合格${totals.passed}人，合格率${rate}%。` : '本期尚无已提交的专题测试。',
      figures: [
        fig('quizzes', '测试场次', rows.length, '场', '/admin/quizzes'),
        fig('takers', '参加', totals.takers, '人', '/admin/quizzes'),
        fig('passRate', '合格率', rate, '%', '/admin/quizzes'),
      ],
      table: { columns: ['测试', '参加（人）', '合格（人）', '合格率（%）'], rows: rows.map((r) => ({ cells: [r.title, r.takers, r.passed, pct(r.passed, r.takers)], link: `/admin/quizzes/${r.id}` })) },
    };
  }

  private async talentPool(unit: ScopedUnit, from: string, to: string): Promise<ReportSectionDto> {
    const f = await this.talent.figures(unit, from, to);
    const link = (track?: string) => `/talent?${qs({ status: 'in_pool', track, unitId: unit.id })}`;
    const tracks = TALENT_TRACKS.map((t) => `${TALENT_TRACK_LABELS[t]}${f.byTrack[t]}人`).join('、');
    return {
      key: 'talent',
      title: '优秀年轻干部培养',
      text:
        f.members > 0
          ? `优秀年轻干部培养库现有${f.members}人（${tracks}），本期${f.secondmentsInPeriod}人次外出挂职锻炼，目前${f.secondmentsActive}人在外挂职` +
            (f.secondmentsOverdueReturn > 0 ? `，另有${f.secondmentsOverdueReturn}人挂职期满尚未办理返回。` : '。')
          : '优秀年轻干部培养库尚无在库人员。',
      figures: [
        fig('members', '在库', f.members, '人', link()),
        ...TALENT_TRACKS.map((t) => fig(t, TALENT_TRACK_LABELS[t], f.byTrack[t], '人', link(t))),
        fig('secondmentsInPeriod', '本期挂职', f.secondmentsInPeriod, '人次', '/talent/overview'),
        fig('secondmentsActive', '正在挂职', f.secondmentsActive, '人', '/talent/overview'),
        ...(f.secondmentsOverdueReturn > 0
          ? [fig('secondmentsOverdueReturn', '已到期未返回', f.secondmentsOverdueReturn, '人', `/talent?${qs({ returnOverdue: 'true', unitId: unit.id })}`)]
          : []),
      ],
    };
  }

  private async campaignTasks(user: AuthUser): Promise<ReportSectionDto> {
    const overview = await this.campaign.overview(user, {});
    const overdue = await this.campaign.list(user, { status: 'overdue', page: 1, pageSize: 100 });
    const t = overview.totals;
    const link = (status?: string) => `/campaign/tasks?${qs({ status })}`;
    return {
      key: 'campaign',
      title: '“8方面34项具体任务”推进情况',
      text:
        t.total > 0
          ? `截至${cn(overview.asOf)}，${t.total}项具体任务中已完成${t.done}项、推进中${t.on_track}项、未启动${t.not_started}项、已逾期${t.overdue}项。${t.overdue > 0 ? `逾期任务：${overdue.items.map((i) => `${i.title}（${i.leadUnitName}牵头）`).join('；')}。` : ''}`
          : '尚未录入活动具体任务。',
      figures: [
        fig('total', '具体任务', t.total, '项', link()),
        fig('done', '已完成', t.done, '项', link('done')),
        fig('on_track', '推进中', t.on_track, '项', link('on_track')),
        fig('not_started', '未启动', t.not_started, '项', link('not_started')),
        fig('overdue', '已逾期', t.overdue, '项', link('overdue')),
      ],
      table: { columns: ['逾期任务', '牵头单位', '完成时限'], rows: overdue.items.map((i) => ({ cells: [i.title, i.leadUnitName, i.deadline], link: `/campaign/tasks/${i.id}` })) },
    };
  }

  /**
   * 调度推进: the dispatch meetings of the caller's campaign held in the period against the rhythm's expected count, and
   * the decisions of those meetings whose owner unit is in the caller's scope, by status today. A period without any
   * meeting says so rather than printing zeros.
   */
  private async dispatchMeetings(user: AuthUser, from: string, to: string): Promise<ReportSectionDto> {
    const r = await this.meetings.rhythm(user, { from, to });
    const of = (kind: CampaignMeetingKind) => r.kinds.find((k) => k.kind === kind)!;
    const held = r.kinds.reduce((n, k) => n + k.held, 0);
    const d = r.decisions;
    const status = (s?: string) => (s ? `${d.link}&status=${s}` : d.link);
    const parts = r.kinds.map((k) => `${CAMPAIGN_MEETING_KIND_LABELS[k.kind]}${k.held}次${k.expected === null ? '' : `（应开${k.expected}次）`}`);
    return {
      key: 'meetings',
      title: '调度推进',
      text:
        held > 0
          ? `坚持每周专班碰头会、每月专班调度会、每季度领导小组推进会的工作机制，${cn(from)}至${cn(to)}召开${parts.join('、')}；` +
            (d.total > 0 ? `会议议定事项${d.total}项，已办结${d.done}项、办理中${d.open}项、逾期未办结${d.overdue}项。` : '会议未形成议定事项。')
          : `${cn(from)}至${cn(to)}，尚无调度会议记录。`,
      // No meeting in the period: the sentence says so, and no line of zeros follows it.
      figures: held === 0 ? [] : [
        ...r.kinds.map((k) => fig(k.kind, CAMPAIGN_MEETING_KIND_LABELS[k.kind], k.held, '次', k.link)),
        fig('decisions', '议定事项', d.total, '项', status()),
        fig('decisionsDone', '已办结', d.done, '项', status('done')),
        fig('decisionsOpen', '办理中', d.open, '项', status('open')),
        fig('decisionsOverdue', '逾期未办结', d.overdue, '项', status('overdue')),
      ],
      table: held > 0 ? { columns: ['会议类型', '应开（次）', '已开（次）'], rows: CAMPAIGN_MEETING_KINDS.map((k) => ({ cells: [CAMPAIGN_MEETING_KIND_LABELS[k], of(k).expected, of(k).held], link: of(k).link })) } : undefined,
    };
  }

  private async lagging(user: AuthUser, unit: ScopedUnit, to: string): Promise<ReportSectionDto> {
    const year = Number(to.slice(0, 4));
    // In the order of the completion rate it prints, as the dashboard's 通报 lists them by default.
    const lag = await this.dashboard.lagging(user, unit.id, year, undefined, 'rate');
    const link = (unitId: string) => `/admin/dashboard?${qs({ unitId, year })}`;
    return {
      key: 'lagging',
      title: '推进迟缓单位',
      text:
        lag.items.length > 0
          ? `对照同级单位必修课程完成率中位数（${pct(lag.medianCompletionRate ?? 0, 1)}%），${lag.items.length}个单位推进迟缓：${lag.items.map((i) => `${i.unitName}（${pct(i.requiredCompleted, i.requiredEnrollments)}%）`).join('、')}，需督促加快进度。名单按必修课程完成率从低到高排列；是否列入按人数折算后的完成率判定（人少的单位向中位数靠拢）。`
          : `${year}年${unit.name}下属单位推进较为均衡，暂无推进迟缓单位。`,
      figures: [fig('lagging', '推进迟缓单位', lag.items.length, '个', link(unit.id))],
      table: {
        columns: ['排名', '单位', '人数', '必修完成率（%）', '按人数折算（%）', '低于中位数（百分点）'],
        rows: lag.items.map((i) => ({
          cells: [i.rank, i.unitName, i.cadres, pct(i.requiredCompleted, i.requiredEnrollments), round1(i.adjustedCompletionRate * 100), round1(i.completionGap * 100)],
          link: link(i.unitId),
        })),
      },
    };
  }
}
