import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import type { QuestionType } from '@cadre/shared';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { scopePrefix } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import { drawPaper } from './draw';
import type { PreviewDto, QuizResultsDto } from './dto/attempt.dto';
import { QuizzesService } from './quizzes.service';

/** What the organisation department reads: pass rates and averages by unit, per question, and a paper preview. */
@Injectable()
export class QuizResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly quizzes: QuizzesService,
    private readonly audit: AuditService,
  ) {}

  /** Each cadre counts once, with their best attempt; units are the caller's child units (or deeper levels). */
  async results(user: AuthUser, quizId: string, depth = 1): Promise<QuizResultsDto> {
    await this.db.transaction((tx) => this.quizzes.lockManaged(tx, user, quizId));
    const scope = scopePrefix(user);
    const segment = (user.scopePath ?? '/').split('/').filter(Boolean).length + 1 + Math.max(1, depth);
    const best = `WITH best AS (
        SELECT a.user_id, max(a.score) AS score, bool_or(a.passed) AS passed, min(a.unit_path) AS unit_path
          FROM attempts a WHERE a.quiz_id = $1 AND a.status = 'submitted' AND a.unit_path LIKE $2 GROUP BY a.user_id)`;
    const [overall] = (await this.db.query(
      `${best} SELECT count(*)::int AS participants, COALESCE(avg(score), 0) AS average, COALESCE(avg(CASE WHEN passed THEN 1 ELSE 0 END), 0) AS pass_rate,
              (SELECT count(*) FROM attempts a WHERE a.quiz_id = $1 AND a.status = 'submitted' AND a.unit_path LIKE $2)::int AS submitted
         FROM best`,
      [quizId, scope],
    )) as { participants: number; average: string; pass_rate: string; submitted: number }[];
    const units = (await this.db.query(
      `${best}, grouped AS (
          SELECT NULLIF(split_part(unit_path, '/', $3), '') AS unit_id, count(*)::int AS participants,
                 count(*) FILTER (WHERE passed)::int AS passed_count, avg(score) AS average
            FROM best GROUP BY 1)
        SELECT g.*, COALESCE(ou.name, '本级') AS unit_name
          FROM grouped g LEFT JOIN org_units ou ON ou.id::text = g.unit_id
         ORDER BY (g.passed_count::numeric / g.participants), ou.sort_order, ou.name`,
      [quizId, scope, segment],
    )) as { unit_id: string | null; participants: number; passed_count: number; average: string; unit_name: string }[];
    const questions = (await this.db.query(
      `SELECT aq.question_id, min(aq.snapshot->>'stem') AS stem, min(aq.snapshot->>'type') AS type, count(*)::int AS answered,
              avg(CASE WHEN aq.correct THEN 1 ELSE 0 END) AS correct_rate
         FROM attempt_questions aq JOIN attempts a ON a.id = aq.attempt_id
        WHERE a.quiz_id = $1 AND a.status = 'submitted' AND a.unit_path LIKE $2
        GROUP BY aq.question_id ORDER BY correct_rate, answered DESC`,
      [quizId, scope],
    )) as { question_id: string; stem: string; type: QuestionType; answered: number; correct_rate: string }[];
    return {
      participants: overall?.participants ?? 0,
      submittedAttempts: overall?.submitted ?? 0,
      passRate: round(Number(overall?.pass_rate ?? 0)),
      averageScore: round(Number(overall?.average ?? 0)),
      byUnit: units.map((u) => ({
        unitId: u.unit_id ?? user.scopeUnitId ?? '',
        unitName: u.unit_name,
        participants: u.participants,
        passedCount: u.passed_count,
        passRate: round(u.passed_count / Math.max(1, u.participants)),
        averageScore: round(Number(u.average)),
      })),
      byQuestion: questions.map((q) => ({ questionId: q.question_id, stem: q.stem, type: q.type, answered: q.answered, correctRate: round(Number(q.correct_rate)) })),
    };
  }

  /** Results as a workbook: each cadre's best result, then by unit, then by question. */
  async export(user: AuthUser, quizId: string, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const { quiz, path } = await this.db.transaction((tx) => this.quizzes.lockManaged(tx, user, quizId));
    const summary = await this.results(user, quizId);
    const people = (await this.db.query(
      `SELECT u.name, ou.name AS unit_name, count(*)::int AS attempts, max(a.score) AS best, bool_or(a.passed) AS passed, max(a.submitted_at) AS last
         FROM attempts a JOIN users u ON u.id = a.user_id JOIN org_units ou ON ou.id = u.unit_id
        WHERE a.quiz_id = $1 AND a.status = 'submitted' AND a.unit_path LIKE $2
        GROUP BY u.id, u.name, ou.name, ou.path ORDER BY ou.path, u.name`,
      [quizId, scopePrefix(user)],
    )) as { name: string; unit_name: string; attempts: number; best: string; passed: boolean; last: Date }[];
    const wb = new ExcelJS.Workbook();
    const cadres = wb.addWorksheet('成绩');
    cadres.addRow(['姓名', '单位', '作答次数', '最高分', '是否通过', '最后交卷时间']);
    for (const p of people) cadres.addRow([p.name, p.unit_name, p.attempts, Number(p.best), p.passed ? '通过' : '未通过', new Date(p.last).toISOString().slice(0, 16).replace('T', ' ')]);
    const units = wb.addWorksheet('按单位');
    units.addRow(['单位', '参考人数', '通过人数', '通过率', '平均分']);
    for (const u of summary.byUnit) units.addRow([u.unitName, u.participants, u.passedCount, u.passRate, u.averageScore]);
    const questions = wb.addWorksheet('按题目');
    questions.addRow(['题干', '作答人次', '正确率']);
    for (const q of summary.byQuestion) questions.addRow([q.stem, q.answered, q.correctRate]);
    for (const sheet of [cadres, units, questions]) {
      sheet.getRow(1).font = { bold: true };
      sheet.columns.forEach((c, i) => (c.width = i === 0 && sheet === questions ? 60 : 16));
    }
    await this.audit.record({ action: 'quiz.results_exported', actor: user, target: { type: 'quiz', id: quizId }, unitPath: path, origin, details: { rows: people.length } });
    return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), filename: `${quiz.title}-成绩.xlsx` };
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
