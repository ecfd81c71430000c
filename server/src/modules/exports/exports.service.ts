import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CADRE_GROUP_LABELS, CommonError, maskIdNumber, maskPhone, RANK_LABELS, type AssignableCadreGroup, type Rank } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { AppException } from '../../common/errors/app-exception';
import { currentYear, minuteInShanghai, sqlYearEnd, sqlYearStart } from '../../common/time';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { DashboardService } from '../dashboard/dashboard.service';
import type { UnitFiguresDto } from '../dashboard/dto/dashboard.dto';
import { ShortfallsService, type ShortfallFilter } from '../learning/shortfalls.service';
import { groupsReferenceDate, keyGroupsOf } from '../users/key-groups';
import { XlsxWriter } from './xlsx-writer';


/**
 * Every active cadre under the unit with their hours of the year by source and their required enrolments open in the
 * year (the dashboard's definition: created before the year ends, not completed before it began). One query.
 */
const CADRES_SQL = `
WITH cadres AS (
  SELECT u.id, u.name, ou.name AS unit_name, ou.path AS unit_path, u.position, u.rank, u.key_groups, u.appointment_date::text AS appointment_date,
         u.phone, u.id_number_enc
    FROM users u JOIN org_units ou ON ou.id = u.unit_id
   WHERE ou.path LIKE $1 AND u.status = 'active'
),
required AS (
  SELECT e.user_id, count(*)::int AS assigned, count(*) FILTER (WHERE e.status = 'completed')::int AS completed
    FROM enrollments e JOIN cadres c ON c.id = e.user_id
   WHERE e.required AND e.created_at < ${sqlYearEnd('$2')} AND (e.completed_at IS NULL OR e.completed_at >= ${sqlYearStart('$2')})
   GROUP BY e.user_id
)
SELECT c.*, coalesce(h.total_hours, 0) AS total_hours, coalesce(h.course_hours, 0) AS course_hours, coalesce(h.quiz_hours, 0) AS quiz_hours,
       coalesce(h.study_record_hours, 0) AS study_record_hours, coalesce(h.lecture_given_hours, 0) AS lecture_given_hours,
       coalesce(h.offline_training_hours, 0) AS offline_training_hours, coalesce(h.class_hours, 0) AS class_hours,
       coalesce(r.assigned, 0) AS req_assigned, coalesce(r.completed, 0) AS req_completed
  FROM cadres c LEFT JOIN cadre_year_hours h ON h.user_id = c.id AND h.year = $2 LEFT JOIN required r ON r.user_id = c.id
 ORDER BY c.unit_path, c.name, c.id`;

/** The courses each active cadre under the unit completed in the year. One query. */
const COMPLETED_SQL = `
SELECT u.name, ou.name AS unit_name, c.title, c.credit_hours, e.required, e.completed_at
  FROM enrollments e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id JOIN courses c ON c.id = e.course_id
 WHERE ou.path LIKE $1 AND u.status = 'active' AND e.status = 'completed'
   AND e.completed_at >= ${sqlYearStart('$2')} AND e.completed_at < ${sqlYearEnd('$2')}
 ORDER BY ou.path, u.name, u.id, e.completed_at`;

/** Each cadre's best submitted attempt per quiz in the year under the unit (by the unit at the time of sitting). */
const QUIZ_SQL = `
WITH ranked AS (
  SELECT a.user_id, a.quiz_id, a.score, a.max_score, a.passed,
         row_number() OVER (PARTITION BY a.user_id, a.quiz_id ORDER BY a.score DESC NULLS LAST, a.passed DESC NULLS LAST, a.submitted_at) AS rn,
         count(*) OVER (PARTITION BY a.user_id, a.quiz_id)::int AS attempts,
         max(a.submitted_at) OVER (PARTITION BY a.user_id, a.quiz_id) AS last_submitted
    FROM attempts a
   WHERE a.status = 'submitted' AND a.unit_path LIKE $1 AND a.submitted_at >= ${sqlYearStart('$2')} AND a.submitted_at < ${sqlYearEnd('$2')}
)
SELECT u.name, ou.name AS unit_name, q.id AS quiz_id, q.title AS quiz_title, r.score, r.max_score, r.passed, r.attempts, r.last_submitted
  FROM ranked r JOIN users u ON u.id = r.user_id JOIN org_units ou ON ou.id = u.unit_id JOIN quizzes q ON q.id = r.quiz_id
 WHERE r.rn = 1
 ORDER BY ou.path, u.name, u.id, q.title, q.id`;

interface CadreRow {
  id: string;
  name: string;
  unit_name: string;
  position: string | null;
  rank: Rank;
  key_groups: AssignableCadreGroup[];
  appointment_date: string | null;
  phone: string | null;
  id_number_enc: string | null;
  total_hours: string;
  course_hours: string;
  quiz_hours: string;
  study_record_hours: string;
  lecture_given_hours: string;
  offline_training_hours: string;
  class_hours: string;
  req_assigned: number;
  req_completed: number;
}

interface Unit {
  id: string;
  name: string;
  path: string;
}

const PERCENT = '0.0%';

/** Cross-module workbooks for the organisation department; every export lands in the audit trail. */
@Injectable()
export class ExportsService {
  private readonly cipher: FieldCipher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dashboard: DashboardService,
    private readonly shortfallList: ShortfallsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    this.cipher = new FieldCipher(config.encryptionKey);
  }

  /** The dashboard's figures for each child unit (and 本级), then the parent's totals. No personal numbers. */
  async completionByUnit(user: AuthUser, parentId: string | undefined, year: number | undefined, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const { year: y, parent, items } = await this.dashboard.units(user, parentId, year);
    const [unit] = (await this.db.query('SELECT path FROM org_units WHERE id = $1', [parent.unitId])) as { path: string }[];
    const xlsx = new XlsxWriter();
    // The year's requirement lines, in their configured order: each gets the cadres it applies to, those who met it, and the rate.
    const lines = parent.lines;
    const header = [
      '单位', '干部人数', '必修课程人次', '已完成人次', '必修完成率', '逾期未完成人数', '人均学时', '全部要求达标人数', '达标率（全部适用要求）',
      '参加测试人数', '测试通过人数', '测试通过率', '宣讲场次', '宣讲听众人次', '学习研讨次数',
      ...lines.flatMap((l) => [`${l.label}适用人数`, `${l.label}达标人数`, `${l.label}达标率`]),
    ];
    const percent = new Set([4, 8, 11, ...lines.map((_, i) => 15 + i * 3 + 2)]);
    const ws = xlsx.sheet('按单位', header, header.map((_, i) => (percent.has(i) ? { numFmt: PERCENT } : {})));
    const line = (f: UnitFiguresDto, name: string, bold = false) =>
      ws.add(
        [
          name,
          f.cadres,
          f.requiredEnrollments,
          f.requiredCompleted,
          f.requiredCompletionRate ?? '',
          f.cadresOverdue,
          f.hoursPerCadre,
          f.metHours,
          f.metHoursRate ?? '',
          f.quizTakers,
          f.quizPassed,
          f.quizPassRate ?? '',
          f.lectureSessions,
          f.lectureAudience,
          f.studyRecords,
          ...lines.flatMap((l) => {
            const x = f.lines.find((y) => y.key === l.key);
            return [x?.applicable ?? 0, x?.met ?? 0, x?.rate ?? ''];
          }),
        ],
        bold,
      );
    for (const item of items) line(item, item.unitName);
    line(parent, `合计（${parent.unitName}）`, true);
    ws.done();
    await this.audit.record({
      action: 'completion.exported',
      actor: user,
      target: { type: 'org_unit', id: parent.unitId },
      unitPath: unit?.path ?? null,
      origin,
      details: { year: y, rows: items.length },
    });
    return { buffer: await xlsx.finish(), filename: `${parent.unitName}-${y}年学习完成情况.xlsx` };
  }

  /**
   * Each active cadre under the unit: hours by source, then each requirement line of the year (应修, 已修, 达标; blank
   * where the line does not apply) and whether they met every line that applies, from the same set-based definition as
   * the dashboard and the shortfall list; required courses, and a second sheet of the courses completed in the year.
   * Three aggregate queries (plus the lines), whatever the number of cadres.
   * Phones and ID numbers are masked unless an org admin asks for them unmasked; either export is audited.
   */
  async cadreHours(
    user: AuthUser,
    unitId: string | undefined,
    year: number | undefined,
    unmasked: boolean,
    origin: RequestOrigin,
  ): Promise<{ buffer: Buffer; filename: string }> {
    if (unmasked && !hasRole(user, 'org_admin')) {
      throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the organisation department exports unmasked personal numbers');
    }
    const { unit, y } = await this.target(user, unitId, year);
    const [progress, cadres, completed] = await Promise.all([
      this.shortfallList.progressIn(unit.path, y),
      this.db.query(CADRES_SQL, [`${unit.path}%`, y]) as Promise<CadreRow[]>,
      this.db.query(COMPLETED_SQL, [`${unit.path}%`, y]) as Promise<{ name: string; unit_name: string; title: string; credit_hours: string; required: boolean; completed_at: Date }[]>,
    ]);
    // The new-leader group as it stood at the end of the year (or today, for the current year), as on the dashboard.
    const reference = groupsReferenceDate(y);
    const months = this.config.newLeaderMonths;

    const xlsx = new XlsxWriter();
    const ws = xlsx.sheet(
      '干部学时',
      [
        '姓名', '单位', '职务', '职级', '重点群体', '手机号', '身份证号', '总学时', '网络课程', '测试', '学习研讨', '宣讲授课', '线下培训', '班次培训',
        ...progress.lines.flatMap((l) => [`${l.label}应修学时`, `${l.label}已修学时`, `${l.label}达标`]),
        '是否达标', '必修课程数', '必修已完成',
      ],
      [{ width: 14 }, { width: 24 }, {}, {}, { width: 20 }, { numFmt: '@' }, { width: 22, numFmt: '@' }],
    );
    for (const c of cadres) {
      const groups = keyGroupsOf({ keyGroups: c.key_groups ?? [], appointmentDate: c.appointment_date }, months, reference);
      const mine = progress.byCadre.get(c.id) ?? [];
      const total = Number(c.total_hours);
      const idNumber = c.id_number_enc ? this.cipher.decrypt(c.id_number_enc) : null;
      ws.add([
        c.name,
        c.unit_name,
        c.position ?? '',
        RANK_LABELS[c.rank] ?? c.rank,
        groups.map((g) => CADRE_GROUP_LABELS[g]).join('、'),
        (unmasked ? c.phone : maskPhone(c.phone)) ?? '',
        (unmasked ? idNumber : maskIdNumber(idNumber)) ?? '',
        total,
        Number(c.course_hours),
        Number(c.quiz_hours),
        Number(c.study_record_hours),
        Number(c.lecture_given_hours),
        Number(c.offline_training_hours),
        Number(c.class_hours),
        ...progress.lines.flatMap((l) => {
          const p = mine.find((x) => x.line === l.key);
          if (!p) return ['', '', '不适用'];
          // Met by days only ("12天或90学时"): say so, since the hours alone fall short.
          return [p.required, p.earned, p.met ? (p.earned >= p.required ? '达标' : `达标（${p.days}天）`) : '未达标'];
        }),
        // 达标: every line that applies; a cadre held to no line is not assessed.
        mine.length === 0 ? '不适用' : mine.every((p) => p.met) ? '达标' : '未达标',
        c.req_assigned,
        c.req_completed,
      ]);
    }
    ws.done();
    const done = xlsx.sheet('完成课程', ['姓名', '单位', '课程', '学时', '必修', '完成时间'], [{ width: 14 }, { width: 24 }, { width: 40 }, {}, {}, { width: 18 }]);
    for (const r of completed) done.add([r.name, r.unit_name, r.title, Number(r.credit_hours), r.required ? '必修' : '选学', minuteInShanghai(new Date(r.completed_at))]);
    done.done();
    await this.audit.record({
      action: unmasked ? 'cadres.exported_unmasked' : 'cadre_hours.exported',
      actor: user,
      target: { type: 'org_unit', id: unit.id },
      unitPath: unit.path,
      origin,
      details: { year: y, rows: cadres.length, courses: completed.length, unmasked },
    });
    return { buffer: await xlsx.finish(), filename: `${unit.name}-${y}年干部学时.xlsx` };
  }

  /** Each cadre's best result per quiz in the year under the unit, and a summary per quiz. One query. */
  async quizResults(user: AuthUser, unitId: string | undefined, year: number | undefined, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const { unit, y } = await this.target(user, unitId, year);
    const rows = (await this.db.query(QUIZ_SQL, [`${unit.path}%`, y])) as {
      name: string;
      unit_name: string;
      quiz_id: string;
      quiz_title: string;
      score: string | null;
      max_score: string;
      passed: boolean | null;
      attempts: number;
      last_submitted: Date;
    }[];
    const xlsx = new XlsxWriter();
    const ws = xlsx.sheet('成绩', ['姓名', '单位', '测试', '最高分', '满分', '是否通过', '作答次数', '最后交卷时间'], [{ width: 14 }, { width: 24 }, { width: 36 }, {}, {}, {}, {}, { width: 18 }]);
    const quizzes = new Map<string, { title: string; cadres: number; passed: number; attempts: number; total: number }>();
    for (const r of rows) {
      const score = r.score === null ? 0 : Number(r.score);
      ws.add([r.name, r.unit_name, r.quiz_title, score, Number(r.max_score), r.passed ? '通过' : '未通过', r.attempts, minuteInShanghai(new Date(r.last_submitted))]);
      const q = quizzes.get(r.quiz_id) ?? { title: r.quiz_title, cadres: 0, passed: 0, attempts: 0, total: 0 };
      q.cadres += 1;
      q.passed += r.passed ? 1 : 0;
      q.attempts += r.attempts;
      q.total += score;
      quizzes.set(r.quiz_id, q);
    }
    ws.done();
    const summary = xlsx.sheet('按测试', ['测试', '参考人数', '通过人数', '通过率', '平均最高分', '作答人次'], [{ width: 36 }, {}, {}, { numFmt: PERCENT }]);
    for (const q of [...quizzes.values()].sort((x, y) => x.title.localeCompare(y.title, 'zh-CN'))) {
      summary.add([q.title, q.cadres, q.passed, q.passed / q.cadres, Math.round((q.total / q.cadres) * 10) / 10, q.attempts]);
    }
    summary.done();
    await this.audit.record({
      action: 'quiz_results.exported',
      actor: user,
      target: { type: 'org_unit', id: unit.id },
      unitPath: unit.path,
      origin,
      details: { year: y, rows: rows.length, quizzes: quizzes.size },
    });
    return { buffer: await xlsx.finish(), filename: `${unit.name}-${y}年测试成绩.xlsx` };
  }

  /**
   * The shortfall list (未达标人员) on the same filters as the page, every row rather than one page: what each cadre still
   * lacks on each line and the 补训 arranged. No phone or ID numbers, so nothing to mask; audited with the row count.
   */
  async shortfalls(user: AuthUser, filter: ShortfallFilter, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const { unit, year, items } = await this.shortfallList.all(user, filter);
    const xlsx = new XlsxWriter();
    const ws = xlsx.sheet(
      '未达标人员',
      ['姓名', '单位', '职级', '要求', '应修学时', '已修学时', '尚差学时', '已计天数', '应修天数', '完成期限', '补训安排', '补训期限', '补训完成'],
      [{ width: 14 }, { width: 24 }, {}, { width: 18 }, {}, {}, {}, {}, {}, { width: 12 }, { width: 30 }, { width: 12 }],
    );
    for (const s of items) {
      ws.add([
        s.name,
        s.unitName,
        RANK_LABELS[s.rank] ?? s.rank,
        s.lineLabel,
        // 任职培训 is one training to complete, not 学时: its hour columns stay empty.
        ...(s.measure === 'completion' ? ['', '', ''] : [s.required, s.earned, s.remaining]),
        s.days ?? '',
        s.requiredDays ?? '',
        s.dueDate,
        s.makeUp?.arrangement ?? '',
        s.makeUp?.dueDate ?? '',
        s.makeUp ? (s.makeUp.done ? '已完成' : '未完成') : '',
      ]);
    }
    ws.done();
    await this.audit.record({
      action: 'shortfalls.exported',
      actor: user,
      target: { type: 'org_unit', id: unit.id },
      unitPath: unit.path,
      origin,
      details: { year, line: filter.line ?? null, q: filter.q ?? null, rows: items.length },
    });
    return { buffer: await xlsx.finish(), filename: `${unit.name}-${year}年未达标人员.xlsx` };
  }

  private async target(user: AuthUser, unitId: string | undefined, year: number | undefined): Promise<{ unit: Unit; y: number }> {
    return { unit: await scopedUnit(this.db, user, unitId), y: year ?? currentYear() };
  }
}
