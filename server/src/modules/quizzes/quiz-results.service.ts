import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import type { QuestionType } from '@cadre/shared';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { scopePrefix } from '../../common/scope/scope';
import { minuteInShanghai } from '../../common/time';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import { AppConfig } from '../../config/app-config';
import { newLeaderWindow } from '../users/key-groups';
import { AuditService } from '../audit/audit.service';
import { drawPaper } from './draw';
import type { PreviewDto, QuizResultsDto } from './dto/attempt.dto';
import type { Quiz } from './quiz.entity';
import { QuizzesService } from './quizzes.service';

/** What the organisation department reads: pass rates and averages by unit, per question, and a paper preview. */
@Injectable()
export class QuizResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly quizzes: QuizzesService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Who should sit the quiz: the cadres enrolled in its course, or for a stand-alone quiz the active cadres under its
   * owner (and target unit) in its target groups; always within the caller's scope. A CTE named `eligible`
   * (user_id, unit_path) over parameters from `$first` on.
   */
  private eligibleSql(quiz: Quiz, ownerPath: string, targetPath: string | null, first: number): { sql: string; params: unknown[] } {
    if (quiz.courseId) {
      return {
        sql: `eligible AS (
          SELECT u.id AS user_id, ou.path AS unit_path FROM enrollments e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id
           WHERE e.course_id = $${first} AND u.status = 'active' AND ou.path LIKE $2)`,
        params: [quiz.courseId],
      };
    }
    const { after, until } = newLeaderWindow(this.config.newLeaderMonths);
    const n = (i: number) => `$${first + i}`;
    return {
      sql: `eligible AS (
        SELECT u.id AS user_id, ou.path AS unit_path FROM users u JOIN org_units ou ON ou.id = u.unit_id
         WHERE u.status = 'active' AND ou.path LIKE $2 AND ou.path LIKE ${n(0)} || '%' AND (${n(1)}::text IS NULL OR ou.path LIKE ${n(1)} || '%')
           AND (cardinality(${n(2)}::text[]) = 0 OR u.key_groups::text[] && ${n(2)}::text[]
                OR ('new_leader' = ANY(${n(2)}::text[]) AND u.appointment_date > ${n(3)}::date AND u.appointment_date <= ${n(4)}::date)))`,
      params: [ownerPath, targetPath, quiz.targetGroups, after, until],
    };
  }

  /**
   * Participation and results: each cadre counts once, with their best attempt, against the cadres who should sit it;
   * units are the caller's child units (or deeper levels), the laggards (lowest participation, then pass rate) first.
   */
  async results(user: AuthUser, quizId: string, depth = 1): Promise<QuizResultsDto> {
    const { quiz, path } = await this.quizzes.managed(this.db.manager, user, quizId);
    const scope = scopePrefix(user);
    const segment = (user.scopePath ?? '/').split('/').filter(Boolean).length + 1 + Math.max(1, depth);
    const targetPath = quiz.targetUnitId ? ((await this.db.query('SELECT path FROM org_units WHERE id = $1', [quiz.targetUnitId])) as { path: string }[])[0]?.path ?? null : null;
    const eligible = this.eligibleSql(quiz, path, targetPath, 3);
    const people = `WITH best AS (
        SELECT a.user_id, max(a.score) AS score, bool_or(a.passed) AS passed, min(a.unit_path) AS unit_path
          FROM attempts a WHERE a.quiz_id = $1 AND a.status = 'submitted' AND a.unit_path LIKE $2 GROUP BY a.user_id),
      ${eligible.sql},
      people AS (
        SELECT COALESCE(e.unit_path, b.unit_path) AS unit_path, e.user_id IS NOT NULL AS eligible, b.user_id IS NOT NULL AS took, b.score, b.passed
          FROM eligible e FULL JOIN best b ON b.user_id = e.user_id)`;
    const params = [quizId, scope, ...eligible.params];
    const segmentParam = `$${params.length + 1}`;
    const [overall] = (await this.db.query(
      `${people} SELECT count(*) FILTER (WHERE eligible)::int AS eligible, count(*) FILTER (WHERE took)::int AS participants,
              count(*) FILTER (WHERE passed)::int AS passed_count, COALESCE(avg(score), 0) AS average,
              (SELECT count(*) FROM attempts a WHERE a.quiz_id = $1 AND a.status = 'submitted' AND a.unit_path LIKE $2)::int AS submitted
         FROM people`,
      params,
    )) as { eligible: number; participants: number; passed_count: number; average: string; submitted: number }[];
    const units = (await this.db.query(
      `${people}, grouped AS (
          SELECT NULLIF(split_part(unit_path, '/', ${segmentParam}::int), '') AS unit_id, count(*) FILTER (WHERE eligible)::int AS eligible,
                 count(*) FILTER (WHERE took)::int AS participants, count(*) FILTER (WHERE passed)::int AS passed_count, avg(score) AS average
            FROM people GROUP BY 1)
        SELECT g.*, COALESCE(ou.name, '本级') AS unit_name
          FROM grouped g LEFT JOIN org_units ou ON ou.id::text = g.unit_id
         ORDER BY (g.participants::numeric / GREATEST(g.eligible, 1)), (g.passed_count::numeric / GREATEST(g.participants, 1)), ou.sort_order, ou.name`,
      [...params, segment],
    )) as { unit_id: string | null; eligible: number; participants: number; passed_count: number; average: string | null; unit_name: string }[];
    const questions = (await this.db.query(
      `SELECT aq.question_id, min(aq.snapshot->>'stem') AS stem, min(aq.snapshot->>'type') AS type, count(*)::int AS answered,
              avg(CASE WHEN aq.correct THEN 1 ELSE 0 END) AS correct_rate
         FROM attempt_questions aq JOIN attempts a ON a.id = aq.attempt_id
        WHERE a.quiz_id = $1 AND a.status = 'submitted' AND a.unit_path LIKE $2
        GROUP BY aq.question_id ORDER BY correct_rate, answered DESC`,
      [quizId, scope],
    )) as { question_id: string; stem: string; type: QuestionType; answered: number; correct_rate: string }[];
    const o = overall ?? { eligible: 0, participants: 0, passed_count: 0, average: '0', submitted: 0 };
    return {
      eligible: o.eligible,
      participants: o.participants,
      participationRate: ratio(o.participants, o.eligible),
      submittedAttempts: o.submitted,
      passedCount: o.passed_count,
      passRate: ratio(o.passed_count, o.participants),
      averageScore: round1(Number(o.average)),
      byUnit: units.map((u) => ({
        unitId: u.unit_id ?? user.scopeUnitId ?? '',
        unitName: u.unit_name,
        eligible: u.eligible,
        participants: u.participants,
        participationRate: ratio(u.participants, u.eligible),
        passedCount: u.passed_count,
        passRate: ratio(u.passed_count, u.participants),
        averageScore: round1(Number(u.average ?? 0)),
      })),
      byQuestion: questions.map((q) => ({ questionId: q.question_id, stem: q.stem, type: q.type, answered: q.answered, correctRate: round(Number(q.correct_rate)) })),
    };
  }

  /** Results as a workbook: each cadre's best result, those who have not sat it yet, then by unit and by question. */
  async export(user: AuthUser, quizId: string, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const { quiz, path } = await this.quizzes.managed(this.db.manager, user, quizId);
    const summary = await this.results(user, quizId);
    const scope = scopePrefix(user);
    const people = (await this.db.query(
      `SELECT u.name, ou.name AS unit_name, count(*)::int AS attempts, max(a.score) AS best, bool_or(a.passed) AS passed, max(a.submitted_at) AS last
         FROM attempts a JOIN users u ON u.id = a.user_id JOIN org_units ou ON ou.id = u.unit_id
        WHERE a.quiz_id = $1 AND a.status = 'submitted' AND a.unit_path LIKE $2
        GROUP BY u.id, u.name, ou.name, ou.path ORDER BY ou.path, u.name`,
      [quizId, scope],
    )) as { name: string; unit_name: string; attempts: number; best: string; passed: boolean; last: Date }[];
    const targetPath = quiz.targetUnitId ? ((await this.db.query('SELECT path FROM org_units WHERE id = $1', [quiz.targetUnitId])) as { path: string }[])[0]?.path ?? null : null;
    const eligible = this.eligibleSql(quiz, path, targetPath, 3);
    const missing = (await this.db.query(
      `WITH ${eligible.sql}
       SELECT u.name, ou.name AS unit_name, u.position FROM eligible e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id
        WHERE NOT EXISTS (SELECT 1 FROM attempts a WHERE a.quiz_id = $1 AND a.user_id = e.user_id AND a.status = 'submitted')
        ORDER BY ou.path, u.name`,
      [quizId, scope, ...eligible.params],
    )) as { name: string; unit_name: string; position: string | null }[];
    const wb = new ExcelJS.Workbook();
    const cadres = wb.addWorksheet('成绩');
    cadres.addRow(['姓名', '单位', '作答次数', '最高分', '是否通过', '最后交卷时间']);
    for (const p of people) cadres.addRow([p.name, p.unit_name, p.attempts, Number(p.best), p.passed ? '通过' : '未通过', minuteInShanghai(new Date(p.last))]);
    const absent = wb.addWorksheet('未参考人员');
    absent.addRow(['姓名', '单位', '职务']);
    for (const m of missing) absent.addRow([m.name, m.unit_name, m.position ?? '']);
    const units = wb.addWorksheet('按单位');
    units.addRow(['单位', '应考人数', '参考人数', '参考率', '通过人数', '通过率', '平均分']);
    for (const u of summary.byUnit) units.addRow([u.unitName, u.eligible, u.participants, u.participationRate, u.passedCount, u.passRate, u.averageScore]);
    const questions = wb.addWorksheet('按题目');
    questions.addRow(['题干', '作答人次', '正确率']);
    for (const q of summary.byQuestion) questions.addRow([q.stem, q.answered, q.correctRate]);
    for (const sheet of [cadres, absent, units, questions]) {
      sheet.getRow(1).font = { bold: true };
      sheet.columns.forEach((c, i) => (c.width = i === 0 && sheet === questions ? 60 : 16));
    }
    for (const sheet of [units, questions]) {
      for (const key of sheet === units ? [4, 6] : [3]) sheet.getColumn(key).numFmt = '0.0%';
    }
    await this.audit.record({
      action: 'quiz.results_exported',
      actor: user,
      target: { type: 'quiz', id: quizId },
      unitPath: path,
      origin,
      details: { rows: people.length, absent: missing.length },
    });
    return { buffer: await safeWorkbookBuffer(wb), filename: `${quiz.title}-成绩.xlsx` };
  }

  /** A paper drawn the way an attempt would be, answers included, for the editor (nothing is stored). */
  async preview(user: AuthUser, quizId: string): Promise<PreviewDto> {
    return this.db.transaction(async (tx) => {
      const { quiz, path } = await this.quizzes.lockManaged(tx, user, quizId);
      if (quiz.mode === 'random') {
        const rules = (await tx.query('SELECT tag, question_type AS "questionType", difficulty, count FROM quiz_rules WHERE quiz_id = $1', [quizId])) as never[];
        await this.quizzes.checkRules(tx, path, rules);
      }
      const paper = await drawPaper(tx, quiz, path, randomInt(2 ** 31));
      return {
        maxScore: paper.reduce((sum, q) => sum + q.points, 0),
        questions: paper.map((q, i) => ({
          id: q.questionId,
          position: i + 1,
          type: q.snapshot.type as QuestionType,
          stem: q.snapshot.stem,
          options: q.snapshot.options,
          points: q.points,
          answer: q.snapshot.answer,
          explanation: q.snapshot.explanation,
          tags: q.snapshot.tags,
          difficulty: q.snapshot.difficulty,
        })),
      };
    });
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** A share to three decimals; 0 when there is nothing to share. */
function ratio(part: number, whole: number): number {
  return whole > 0 ? round(part / whole) : 0;
}

/** Scores to one decimal, as they are stored. */
function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
