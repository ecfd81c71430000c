import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt, randomUUID } from 'node:crypto';
import { ATTEMPT_GRACE_SECONDS, QuizError, type QuestionType } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { ProgressService } from '../courses/progress.service';
import { LedgerService } from '../learning/ledger.service';
import { Attempt, AttemptQuestion, type AnswerValue } from './attempt.entity';
import { drawPaper } from './draw';
import type { AttemptDto, SavedDto, SubmitResultDto } from './dto/attempt.dto';
import { grade } from './grading';
import { isWithinWindow, openToCadreSql } from './quiz-access';
import { Quiz } from './quiz.entity';
import { QuizzesService } from './quizzes.service';

const GRACE_MS = ATTEMPT_GRACE_SECONDS * 1000;

/** An autosave's two statements, exported for the overhead bench (test/load/overhead.mjs), which serves the same SQL bare. */
export const ATTEMPT_QUESTIONS_SQL = `SELECT aq.question_id, aq.snapshot->>'type' AS type, aq.snapshot->'options' AS options
  FROM attempt_questions aq JOIN attempts a ON a.id = aq.attempt_id WHERE aq.attempt_id = $1 AND a.user_id = $2`;
export const SAVE_ANSWERS_SQL = `UPDATE attempts SET answers = $1, version = $2, saved_at = now()
  WHERE id = $3 AND user_id = $4 AND status = 'in_progress' AND version < $2
    AND now() <= deadline + make_interval(secs => $5)
  RETURNING version, saved_at`;

/**
 * Attempts (答卷): the part that must be right. The database keeps one attempt in progress per cadre and quiz; the
 * server fixes questions, order and deadline; saves are versioned; a submission is graded once; the answer key leaves
 * the server only after submission and only as the review policy allows.
 */
@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly quizzes: QuizzesService,
    private readonly progress: ProgressService,
    private readonly ledger: LedgerService,
  ) {}

  /** Starts an attempt, or returns the one in progress (two tabs starting at once get the same one). */
  async start(user: AuthUser, quizId: string): Promise<AttemptDto> {
    const groups = await this.quizzes.groupsOf(user.id);
    // A refusal (not open, no attempt left) is returned rather than thrown, so that closing an overdue attempt on the
    // way still commits.
    const outcome = await this.db.transaction(async (tx): Promise<string | AttemptDto | AppException> => {
      const [row] = (await tx.query(
        `SELECT ou.path AS owner_path, (${openToCadreSql('$1', '$2', '$3')}) AS open_to_me
           FROM quizzes q JOIN org_units ou ON ou.id = q.owner_unit_id LEFT JOIN org_units tu ON tu.id = q.target_unit_id
          WHERE q.id = $4`,
        [user.id, user.unitPath, groups, quizId],
      )) as { owner_path: string; open_to_me: boolean }[];
      if (!row || !row.open_to_me) throw notFound('Quiz');
      const quiz = await tx.getRepository(Quiz).findOneByOrFail({ id: quizId });

      // The cadre's attempts at this quiz (a handful), the one in progress locked.
      const mine = await tx.getRepository(Attempt).find({ where: { quizId, userId: user.id }, lock: { mode: 'pessimistic_write' } });
      const current = mine.find((a) => a.status === 'in_progress');
      if (current) {
        if (current.deadline.getTime() + GRACE_MS > Date.now()) return current.id;
        await this.gradeAndClose(tx, current, true);
      }
      if (!isWithinWindow(quiz)) return new AppException(HttpStatus.UNPROCESSABLE_ENTITY, QuizError.NotOpen, 'This quiz is not open now');
      const used = mine.length;
      if (quiz.attemptsAllowed > 0 && used >= quiz.attemptsAllowed) {
        return new AppException(HttpStatus.CONFLICT, QuizError.AttemptsExhausted, `All ${quiz.attemptsAllowed} attempts have been used`);
      }
      const paper = await drawPaper(tx, quiz, row.owner_path, randomInt(2 ** 31));
      const now = new Date();
      const byLimit = now.getTime() + quiz.timeLimitMinutes * 60_000;
      const deadline = new Date(quiz.closesAt ? Math.min(byLimit, quiz.closesAt.getTime()) : byLimit);
      const id = randomUUID();
      const inserted = (await tx.query(
        `INSERT INTO attempts (id, quiz_id, user_id, attempt_number, status, started_at, deadline, max_score, unit_path)
         VALUES ($1, $2, $3, $4, 'in_progress', $5, $6, $7, $8)
         ON CONFLICT (quiz_id, user_id) WHERE status = 'in_progress' DO NOTHING
         RETURNING id`,
        [id, quizId, user.id, used + 1, now, deadline, paper.reduce((sum, q) => sum + q.points, 0), user.unitPath],
      )) as { id: string }[];
      if (inserted.length === 0) {
        // Another request of the same cadre started it a moment ago.
        const winner = await tx.getRepository(Attempt).findOneByOrFail({ quizId, userId: user.id, status: 'in_progress' });
        return winner.id;
      }
      const questions = paper.map((q, i) =>
        tx.getRepository(AttemptQuestion).create({
          attemptId: id,
          position: i + 1,
          questionId: q.questionId,
          points: q.points,
          snapshot: { type: q.snapshot.type, stem: q.snapshot.stem, options: q.snapshot.options, answer: q.snapshot.answer, explanation: q.snapshot.explanation },
          earned: null,
          correct: null,
        }),
      );
      await tx.getRepository(AttemptQuestion).insert(questions);
      // What was just written, without reading it back.
      const attempt = tx.getRepository(Attempt).create({
        id,
        quizId,
        userId: user.id,
        attemptNumber: used + 1,
        status: 'in_progress',
        startedAt: now,
        deadline,
        submittedAt: null,
        autoSubmitted: false,
        version: 0,
        answers: {},
        savedAt: null,
        score: null,
        maxScore: paper.reduce((sum, q) => sum + q.points, 0),
        passed: null,
        unitPath: user.unitPath,
      });
      return toDto(attempt, quiz, questions);
    });
    if (outcome instanceof AppException) throw outcome;
    return typeof outcome === 'string' ? this.get(user, outcome) : outcome;
  }

  async get(user: AuthUser, attemptId: string): Promise<AttemptDto> {
    const attempt = await this.db.getRepository(Attempt).findOne({ where: { id: attemptId, userId: user.id }, relations: { quiz: true } });
    if (!attempt || !attempt.quiz) throw notFound('Attempt');
    const questions = await this.db.getRepository(AttemptQuestion).find({ where: { attemptId }, order: { position: 'ASC' } });
    return toDto(attempt, attempt.quiz, questions);
  }

  /**
   * Autosave. One conditional UPDATE: only the owner's attempt in progress, only a newer version, only before the
   * deadline plus grace. When it changes nothing, the reason decides the answer (404, 409 stale or closed).
   */
  async save(user: AuthUser, attemptId: string, version: number, raw: Record<string, unknown>): Promise<SavedDto> {
    const answers = await this.checkAnswers(attemptId, user.id, raw);
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [[row]] = (await this.db.query(
      SAVE_ANSWERS_SQL,
      [JSON.stringify(answers), version, attemptId, user.id, ATTEMPT_GRACE_SECONDS],
    )) as [{ version: number; saved_at: Date }[], number];
    if (row) return { version: row.version, savedAt: new Date(row.saved_at).toISOString() };
    const attempt = await this.db.getRepository(Attempt).findOneBy({ id: attemptId, userId: user.id });
    if (!attempt) throw notFound('Attempt');
    if (attempt.status === 'submitted') throw new AppException(HttpStatus.CONFLICT, QuizError.AlreadySubmitted, 'This attempt has been submitted');
    if (attempt.deadline.getTime() + GRACE_MS < Date.now()) throw new AppException(HttpStatus.CONFLICT, QuizError.AttemptClosed, 'Time is up: answers are no longer taken');
    throw new AppException(HttpStatus.CONFLICT, QuizError.StaleVersion, `A newer save (version ${attempt.version}) is already stored`, [
      { field: 'version', message: `must be greater than ${attempt.version}` },
    ]);
  }

  /** Submits once: of concurrent submits exactly one grades, the others get 409. */
  async submit(user: AuthUser, attemptId: string): Promise<SubmitResultDto> {
    return this.db.transaction(async (tx) => {
      // A submit after the deadline and its grace still closes the attempt, as the job would: marked as closed by time.
      const [[claimed]] = (await tx.query(
        `UPDATE attempts SET status = 'submitted', submitted_at = now(), auto_submitted = now() > deadline + make_interval(secs => $3)
          WHERE id = $1 AND user_id = $2 AND status = 'in_progress' RETURNING id`,
        [attemptId, user.id, ATTEMPT_GRACE_SECONDS],
      )) as [{ id: string }[], number];
      if (!claimed) {
        const exists = await tx.getRepository(Attempt).existsBy({ id: attemptId, userId: user.id });
        if (!exists) throw notFound('Attempt');
        throw new AppException(HttpStatus.CONFLICT, QuizError.AlreadySubmitted, 'This attempt has been submitted already');
      }
      const attempt = await tx.getRepository(Attempt).findOneByOrFail({ id: attemptId });
      return this.grade(tx, attempt, attempt.autoSubmitted);
    });
  }

  /** Closes and grades attempts left open past their deadline and grace (the scheduled job). */
  async closeOverdue(tx: EntityManager, limit = 500): Promise<number> {
    const overdue = (await tx.query(
      `SELECT id FROM attempts WHERE status = 'in_progress' AND deadline + make_interval(secs => $1) < now()
        ORDER BY deadline LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [ATTEMPT_GRACE_SECONDS, limit],
    )) as { id: string }[];
    for (const { id } of overdue) {
      const attempt = await tx.getRepository(Attempt).findOneByOrFail({ id });
      await this.gradeAndClose(tx, attempt, true);
    }
    return overdue.length;
  }

  private async gradeAndClose(tx: EntityManager, attempt: Attempt, auto: boolean): Promise<SubmitResultDto> {
    await tx.query(`UPDATE attempts SET status = 'submitted', submitted_at = now(), auto_submitted = $2 WHERE id = $1`, [attempt.id, auto]);
    return this.grade(tx, attempt, auto);
  }

  /** Grades on the server from the saved answers; a pass completes the course or writes the quiz's hours, once. */
  private async grade(tx: EntityManager, attempt: Attempt, auto: boolean): Promise<SubmitResultDto> {
    const quiz = await tx.getRepository(Quiz).findOneByOrFail({ id: attempt.quizId });
    const questions = await tx.getRepository(AttemptQuestion).find({ where: { attemptId: attempt.id }, order: { position: 'ASC' } });
    const results = questions.map((q) => ({
      position: q.position,
      ...grade(q.snapshot.type as QuestionType, q.snapshot.answer, Number(q.points), attempt.answers[q.questionId], quiz.multipleScoring),
    }));
    if (results.length) {
      await tx.query(
        `UPDATE attempt_questions aq SET earned = r.earned, correct = r.correct
           FROM unnest($2::int[], $3::numeric[], $4::boolean[]) AS r(position, earned, correct)
          WHERE aq.attempt_id = $1 AND aq.position = r.position`,
        [attempt.id, results.map((r) => r.position), results.map((r) => r.earned), results.map((r) => r.correct)],
      );
    }
    const score = Math.round(results.reduce((sum, r) => sum + r.earned, 0) * 10) / 10;
    const maxScore = Number(attempt.maxScore);
    const passed = maxScore > 0 && score * 100 >= quiz.passPercent * maxScore;
    await tx.query('UPDATE attempts SET score = $2, passed = $3, auto_submitted = $4 WHERE id = $1', [attempt.id, score, passed, auto]);
    let courseCompleted = false;
    let hoursAwarded = 0;
    if (passed && quiz.courseId) {
      courseCompleted = await this.progress.recheck(tx, attempt.userId, quiz.courseId);
    } else if (passed && Number(quiz.creditHours) > 0) {
      const granted = await this.ledger.grant(tx, {
        userId: attempt.userId,
        hours: Number(quiz.creditHours),
        source: 'quiz',
        sourceRefId: quiz.id,
        description: `考试：${quiz.title}`,
      });
      if (granted) hoursAwarded = Number(quiz.creditHours);
    }
    return {
      attemptId: attempt.id,
      score,
      maxScore,
      passed,
      passPercent: quiz.passPercent,
      correctCount: results.filter((r) => r.correct).length,
      questionCount: results.length,
      reviewAvailable: reviewAllowed(quiz),
      courseCompleted,
      hoursAwarded,
    };
  }

  /** Answers must name this attempt's questions and fit their type: an option id, option ids, or a short text. */
  private async checkAnswers(attemptId: string, userId: string, raw: Record<string, unknown>): Promise<Record<string, AnswerValue>> {
    const questions = (await this.db.query(
      ATTEMPT_QUESTIONS_SQL,
      [attemptId, userId],
    )) as { question_id: string; type: QuestionType; options: { id: string }[] }[];
    if (questions.length === 0) throw notFound('Attempt');
    const byId = new Map(questions.map((q) => [q.question_id, q]));
    const problems: { field: string; message: string }[] = [];
    const answers: Record<string, AnswerValue> = {};
    for (const [questionId, value] of Object.entries(raw)) {
      const q = byId.get(questionId);
      const field = `answers.${questionId}`;
      if (!q) {
        problems.push({ field, message: 'not a question of this attempt' });
        continue;
      }
      if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      const ids = new Set(q.options.map((o) => o.id));
      if (q.type === 'fill') {
        if (typeof value !== 'string' || value.length > 200) problems.push({ field, message: 'a text of at most 200 characters' });
        else answers[questionId] = value;
      } else if (q.type === 'multiple') {
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !ids.has(v)) || new Set(value).size !== value.length) {
          problems.push({ field, message: 'a list of this question’s option ids' });
        } else answers[questionId] = value as string[];
      } else if (typeof value !== 'string' || !ids.has(value)) {
        problems.push({ field, message: 'one of this question’s option ids' });
      } else answers[questionId] = value;
    }
    if (problems.length) throw new AppException(HttpStatus.BAD_REQUEST, QuizError.InvalidAnswer, 'Some answers do not fit their questions', problems);
    return answers;
  }
}

/** Answers and explanations after submission: at once, after the quiz window closes, or never. */
export function reviewAllowed(quiz: Pick<Quiz, 'reviewPolicy' | 'closesAt'>, now: Date = new Date()): boolean {
  if (quiz.reviewPolicy === 'after_submit') return true;
  if (quiz.reviewPolicy === 'after_close') return quiz.closesAt !== null && quiz.closesAt.getTime() <= now.getTime();
  return false;
}

/** The attempt as its cadre sees it: the answer key only in the review, after submission, when the quiz allows. */
function toDto(attempt: Attempt, quiz: Quiz, questions: AttemptQuestion[]): AttemptDto {
  const reviewable = attempt.status === 'submitted' && reviewAllowed(quiz);
  return {
    id: attempt.id,
    quizId: attempt.quizId,
    quizTitle: quiz.title,
    status: attempt.status,
    attemptNumber: attempt.attemptNumber,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline.toISOString(),
    serverNow: new Date().toISOString(),
    questions: questions.map((q) => ({
      id: q.questionId,
      position: q.position,
      type: q.snapshot.type as QuestionType,
      stem: q.snapshot.stem,
      options: q.snapshot.options.map((o) => ({ id: o.id, text: o.text })),
      points: Number(q.points),
    })),
    answers: attempt.answers,
    version: attempt.version,
    savedAt: attempt.savedAt?.toISOString() ?? null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    score: attempt.score === null ? null : Number(attempt.score),
    maxScore: Number(attempt.maxScore),
    passed: attempt.passed,
    passPercent: quiz.passPercent,
    review: reviewable
      ? questions.map((q) => ({
          questionId: q.questionId,
          answer: q.snapshot.answer,
          explanation: q.snapshot.explanation,
          correct: q.correct ?? false,
          earned: Number(q.earned ?? 0),
        }))
      : null,
  };
}
