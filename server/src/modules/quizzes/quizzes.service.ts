import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { CommonError, QuizError, type CadreGroup } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { Course } from '../courses/course.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { keyGroupsOf } from '../users/key-groups';
import type { CreateQuizDto, DrawRuleDto, FixedQuestionDto, QuizDetailDto, QuizQueryDto, QuizSummaryDto, UpdateQuizDto } from './dto/quiz.dto';
import { Question } from './question.entity';
import { isWithinWindow, openToCadreSql } from './quiz-access';
import { Quiz, QuizQuestion, QuizRule } from './quiz.entity';

interface QuizRow {
  id: string;
  title: string;
  description: string;
  course_id: string | null;
  course_title: string | null;
  mode: 'fixed' | 'random';
  time_limit_minutes: number;
  pass_percent: number;
  attempts_allowed: number;
  opens_at: Date | null;
  closes_at: Date | null;
  review_policy: Quiz['reviewPolicy'];
  credit_hours: string;
  target_groups: CadreGroup[];
  target_unit_name: string | null;
  status: Quiz['status'];
  question_count: number;
  max_score: string;
  owner_path: string;
  attempts_used: number;
  in_progress_id: string | null;
  best_score: string | null;
  passed: boolean;
  open_to_me: boolean;
}

/** Papers (测试/考试): editing by org admins in scope, listing for cadres (open to me) and admins (all in scope). */
@Injectable()
export class QuizzesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** The cadre's key groups, the derived new_leader included. */
  async groupsOf(userId: string): Promise<CadreGroup[]> {
    const [row] = (await this.db.query('SELECT key_groups, appointment_date FROM users WHERE id = $1', [userId])) as {
      key_groups: CadreGroup[];
      appointment_date: string | null;
    }[];
    return row ? keyGroupsOf({ keyGroups: row.key_groups as never, appointmentDate: row.appointment_date }, this.config.newLeaderMonths) : [];
  }

  /** Org admins see every quiz in their scope (unless they ask for `mine`); everyone else the quizzes open to them. */
  async list(user: AuthUser, query: QuizQueryDto): Promise<Page<QuizSummaryDto>> {
    const groups = await this.groupsOf(user.id);
    // The count query may only carry parameters it uses (PostgreSQL cannot type an unused one), so the "open to me"
    // parameters join the shared list only when the filter needs them, and the row query appends them otherwise.
    const params: unknown[] = [];
    let me = '$1';
    const openOn = (list: unknown[]) => {
      const at = list.push(user.id, user.unitPath, groups);
      me = `$${at - 2}`;
      return openToCadreSql(me, `$${at - 1}`, `$${at}`);
    };
    const where: string[] = [];
    let open: string | null = null;
    if (hasRole(user, 'org_admin') && !query.mine) where.push(`ou.path LIKE $${params.push(scopePrefix(user))}`);
    else where.push((open = openOn(params)));
    if (query.status) where.push(`q.status = $${params.push(query.status)}`);
    if (query.courseId) where.push(`q.course_id = $${params.push(query.courseId)}`);
    const from = `FROM quizzes q JOIN org_units ou ON ou.id = q.owner_unit_id LEFT JOIN org_units tu ON tu.id = q.target_unit_id
      LEFT JOIN courses c ON c.id = q.course_id
      WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total ${from}`, params)) as [{ total: number }];
    const rowParams = [...params];
    open ??= openOn(rowParams);
    const rows = (await this.db.query(
      `${this.select(open, me)} ${from}
       ORDER BY (q.closes_at IS NOT NULL AND q.closes_at < now()), q.opens_at DESC NULLS LAST, q.created_at DESC, q.id
       LIMIT $${rowParams.length + 1} OFFSET $${rowParams.length + 2}`,
      [...rowParams, query.pageSize, (query.page - 1) * query.pageSize],
    )) as QuizRow[];
    return pageOf(
      rows.map((r) => this.toSummary(r)),
      total,
      query,
    );
  }

  async detail(user: AuthUser, id: string): Promise<QuizDetailDto> {
    const row = await this.row(user, id);
    const editable = this.manages(user, row.owner_path);
    if (!editable && !row.open_to_me) throw notFound('Quiz');
    const quiz = await this.db.getRepository(Quiz).findOneByOrFail({ id });
    const [questions, rules] = editable
      ? await Promise.all([
          this.db.getRepository(QuizQuestion).find({ where: { quizId: id }, order: { position: 'ASC' } }),
          this.db.getRepository(QuizRule).find({ where: { quizId: id }, order: { position: 'ASC' } }),
        ])
      : [[], []];
    return {
      ...this.toSummary(row),
      multipleScoring: quiz.multipleScoring,
      shuffleQuestions: quiz.shuffleQuestions,
      shuffleOptions: quiz.shuffleOptions,
      targetUnitId: quiz.targetUnitId,
      editable,
      questions: questions.map((q) => ({ questionId: q.questionId, points: Number(q.points) })),
      rules: rules.map((r) => ({ tag: r.tag, questionType: r.questionType, difficulty: r.difficulty, count: r.count, pointsEach: Number(r.pointsEach) })),
    };
  }

  async create(user: AuthUser, dto: CreateQuizDto, origin: RequestOrigin): Promise<QuizDetailDto> {
    const id = await this.db.transaction(async (tx) => {
      const quizId = randomUUID();
      const owner = await tx.getRepository(OrgUnit).findOneByOrFail({ id: user.scopeUnitId! });
      await tx.getRepository(Quiz).insert({
        id: quizId,
        title: dto.title,
        ownerUnitId: owner.id,
        createdById: user.id,
        timeLimitMinutes: dto.timeLimitMinutes ?? 30,
        ...(await this.fields(tx, user, dto)),
      });
      await this.replacePaper(tx, user, quizId, dto);
      await this.audit.record({ action: 'quiz.created', actor: user, target: { type: 'quiz', id: quizId }, unitPath: owner.path, origin, details: { title: dto.title } }, tx);
      return quizId;
    });
    return this.detail(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateQuizDto, origin: RequestOrigin): Promise<QuizDetailDto> {
    await this.db.transaction(async (tx) => {
      const { quiz, path } = await this.lockManaged(tx, user, id);
      const paperChanges = dto.questions !== undefined || dto.rules !== undefined || (dto.mode !== undefined && dto.mode !== quiz.mode);
      if (paperChanges && quiz.status !== 'draft') {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, QuizError.NotEditable, 'The questions of a published quiz cannot change');
      }
      const fields = await this.fields(tx, user, dto);
      const changes: Partial<Quiz> = { ...fields };
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.timeLimitMinutes !== undefined) changes.timeLimitMinutes = dto.timeLimitMinutes;
      if (Object.keys(changes).length) await tx.getRepository(Quiz).update({ id }, changes);
      if (paperChanges) await this.replacePaper(tx, user, id, { mode: dto.mode ?? quiz.mode, questions: dto.questions, rules: dto.rules });
      await this.audit.record({ action: 'quiz.updated', actor: user, target: { type: 'quiz', id }, unitPath: path, origin, details: { fields: Object.keys(dto) } }, tx);
    });
    return this.detail(user, id);
  }

  /** Publishes a paper that can be drawn: questions for a fixed paper, rules the bank can satisfy for a random one. */
  async publish(user: AuthUser, id: string, origin: RequestOrigin): Promise<QuizDetailDto> {
    await this.db.transaction(async (tx) => {
      const { quiz, path } = await this.lockManaged(tx, user, id);
      if (quiz.status === 'published') return;
      if (quiz.mode === 'fixed') {
        const count = await tx.getRepository(QuizQuestion).countBy({ quizId: id });
        if (count === 0) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, QuizError.Empty, 'Add questions before publishing');
      } else {
        const rules = await tx.getRepository(QuizRule).find({ where: { quizId: id }, order: { position: 'ASC' } });
        if (rules.length === 0) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, QuizError.Empty, 'Add draw rules before publishing');
        await this.checkRules(tx, path, rules);
      }
      await tx.getRepository(Quiz).update({ id }, { status: 'published' });
      await this.audit.record({ action: 'quiz.published', actor: user, target: { type: 'quiz', id }, unitPath: path, origin, details: { title: quiz.title } }, tx);
    });
    return this.detail(user, id);
  }

  async archive(user: AuthUser, id: string, origin: RequestOrigin): Promise<QuizDetailDto> {
    await this.db.transaction(async (tx) => {
      const { quiz, path } = await this.lockManaged(tx, user, id);
      await tx.getRepository(Quiz).update({ id }, { status: 'archived' });
      await this.audit.record({ action: 'quiz.archived', actor: user, target: { type: 'quiz', id }, unitPath: path, origin, details: { title: quiz.title } }, tx);
    });
    return this.detail(user, id);
  }

  async lockManaged(tx: EntityManager, user: AuthUser, id: string): Promise<{ quiz: Quiz; path: string }> {
    return this.managed(tx, user, id, true);
  }

  /** A quiz the caller manages (404 otherwise), locked for an edit or read as it is. */
  async managed(em: EntityManager, user: AuthUser, id: string, lock = false): Promise<{ quiz: Quiz; path: string }> {
    const quiz = await em.getRepository(Quiz).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!quiz) throw notFound('Quiz');
    const owner = await em.getRepository(OrgUnit).findOneByOrFail({ id: quiz.ownerUnitId });
    if (!this.manages(user, owner.path)) throw notFound('Quiz');
    return { quiz, path: owner.path };
  }

  /** Rules the bank can satisfy: each asks for no more active questions than exist for it on the owner's path. */
  async checkRules(tx: EntityManager, ownerPath: string, rules: Pick<QuizRule, 'tag' | 'questionType' | 'difficulty' | 'count'>[]): Promise<void> {
    const problems: { field: string; message: string }[] = [];
    for (const [i, rule] of rules.entries()) {
      const [{ n }] = (await tx.query(
        `SELECT count(*)::int AS n FROM questions q JOIN org_units ou ON ou.id = q.owner_unit_id
          WHERE q.status = 'active' AND $1 LIKE ou.path || '%'
            AND ($2::text IS NULL OR $2 = ANY(q.tags)) AND ($3::text IS NULL OR q.type = $3) AND ($4::int IS NULL OR q.difficulty = $4)`,
        [ownerPath, rule.tag, rule.questionType, rule.difficulty],
      )) as [{ n: number }];
      if (n < rule.count) problems.push({ field: `rules.${i}.count`, message: `the bank has ${n} matching questions, the rule asks for ${rule.count}` });
    }
    if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, QuizError.NotEnoughQuestions, 'The bank cannot fill these rules', problems);
  }

  private async fields(tx: EntityManager, user: AuthUser, dto: UpdateQuizDto): Promise<Partial<Quiz>> {
    const fields: Partial<Quiz> = {};
    if (dto.description !== undefined) fields.description = dto.description;
    if (dto.mode !== undefined) fields.mode = dto.mode;
    if (dto.passPercent !== undefined) fields.passPercent = dto.passPercent;
    if (dto.attemptsAllowed !== undefined) fields.attemptsAllowed = dto.attemptsAllowed;
    if (dto.opensAt !== undefined) fields.opensAt = dto.opensAt ? new Date(dto.opensAt) : null;
    if (dto.closesAt !== undefined) fields.closesAt = dto.closesAt ? new Date(dto.closesAt) : null;
    if (dto.shuffleQuestions !== undefined) fields.shuffleQuestions = dto.shuffleQuestions;
    if (dto.shuffleOptions !== undefined) fields.shuffleOptions = dto.shuffleOptions;
    if (dto.reviewPolicy !== undefined) fields.reviewPolicy = dto.reviewPolicy;
    if (dto.multipleScoring !== undefined) fields.multipleScoring = dto.multipleScoring;
    if (dto.creditHours !== undefined) fields.creditHours = dto.creditHours;
    if (dto.targetGroups !== undefined) fields.targetGroups = dto.targetGroups;
    if (fields.opensAt && fields.closesAt && fields.closesAt <= fields.opensAt) {
      throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'The window closes before it opens', [
        { field: 'closesAt', message: 'must be after opensAt' },
      ]);
    }
    if (dto.courseId !== undefined) {
      if (dto.courseId) {
        const course = await tx.getRepository(Course).findOneBy({ id: dto.courseId });
        const owner = course ? await tx.getRepository(OrgUnit).findOneBy({ id: course.ownerUnitId }) : null;
        if (!owner || !isPathInScope(owner.path, user)) {
          throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CommonError.ValidationFailed, 'Unknown course', [{ field: 'courseId', message: 'not a course you manage' }]);
        }
      }
      fields.courseId = dto.courseId;
    }
    if (dto.targetUnitId !== undefined) {
      if (dto.targetUnitId) {
        const unit = await tx.getRepository(OrgUnit).findOneBy({ id: dto.targetUnitId });
        if (!unit || !isPathInScope(unit.path, user)) {
          throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CommonError.ValidationFailed, 'Unknown unit', [{ field: 'targetUnitId', message: 'not a unit in your scope' }]);
        }
      }
      fields.targetUnitId = dto.targetUnitId;
    }
    return fields;
  }

  private async replacePaper(tx: EntityManager, user: AuthUser, quizId: string, dto: { mode?: 'fixed' | 'random'; questions?: FixedQuestionDto[]; rules?: DrawRuleDto[] }) {
    if (dto.questions !== undefined) {
      const ids = dto.questions.map((q) => q.questionId);
      if (new Set(ids).size !== ids.length) {
        throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'A question appears twice', [{ field: 'questions', message: 'duplicate question' }]);
      }
      const found = ids.length
        ? ((await tx
            .getRepository(Question)
            .createQueryBuilder('q')
            .innerJoin('org_units', 'ou', 'ou.id = q.owner_unit_id')
            .where('q.id IN (:...ids)', { ids })
            .andWhere(`q.status = 'active'`)
            .andWhere('(ou.path LIKE :scope OR :scopePath LIKE ou.path || \'%\')', { scope: scopePrefix(user), scopePath: user.scopePath })
            .select('q.id', 'id')
            .getRawMany()) as { id: string }[])
        : [];
      if (found.length !== ids.length) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CommonError.ValidationFailed, 'Unknown question', [{ field: 'questions', message: 'a question is not in your bank' }]);
      }
      await tx.getRepository(QuizQuestion).delete({ quizId });
      if (dto.questions.length) {
        await tx.getRepository(QuizQuestion).insert(dto.questions.map((q, i) => ({ quizId, questionId: q.questionId, points: q.points, position: i + 1 })));
      }
    }
    if (dto.rules !== undefined) {
      await tx.getRepository(QuizRule).delete({ quizId });
      if (dto.rules.length) {
        await tx.getRepository(QuizRule).insert(
          dto.rules.map((r, i) => ({
            quizId,
            position: i + 1,
            tag: r.tag ?? null,
            questionType: r.questionType ?? null,
            difficulty: r.difficulty ?? null,
            count: r.count,
            pointsEach: r.pointsEach,
          })),
        );
      }
    }
  }

  private async row(user: AuthUser, id: string): Promise<QuizRow> {
    const groups = await this.groupsOf(user.id);
    const open = openToCadreSql('$1', '$2', '$3');
    const [row] = (await this.db.query(
      `${this.select(open)} FROM quizzes q JOIN org_units ou ON ou.id = q.owner_unit_id LEFT JOIN org_units tu ON tu.id = q.target_unit_id
        LEFT JOIN courses c ON c.id = q.course_id WHERE q.id = $4`,
      [user.id, user.unitPath, groups, id],
    )) as QuizRow[];
    if (!row) throw notFound('Quiz');
    return row;
  }

  /** One row per quiz with its paper size and the caller's attempts; `$1` is the caller. */
  /** `me`: the placeholder of the caller's id; `open`: the "open to me" condition built on it. */
  private select(open: string, me = '$1'): string {
    return `SELECT q.id, q.title, q.description, q.course_id, c.title AS course_title, q.mode, q.time_limit_minutes, q.pass_percent,
                   q.attempts_allowed, q.opens_at, q.closes_at, q.review_policy, q.credit_hours, q.target_groups, tu.name AS target_unit_name,
                   q.status, ou.path AS owner_path,
                   CASE WHEN q.mode = 'fixed' THEN (SELECT count(*) FROM quiz_questions x WHERE x.quiz_id = q.id)
                        ELSE (SELECT COALESCE(sum(r.count), 0) FROM quiz_rules r WHERE r.quiz_id = q.id) END::int AS question_count,
                   CASE WHEN q.mode = 'fixed' THEN (SELECT COALESCE(sum(x.points), 0) FROM quiz_questions x WHERE x.quiz_id = q.id)
                        ELSE (SELECT COALESCE(sum(r.count * r.points_each), 0) FROM quiz_rules r WHERE r.quiz_id = q.id) END AS max_score,
                   (SELECT count(*) FROM attempts a WHERE a.quiz_id = q.id AND a.user_id = ${me})::int AS attempts_used,
                   (SELECT a.id FROM attempts a WHERE a.quiz_id = q.id AND a.user_id = ${me} AND a.status = 'in_progress') AS in_progress_id,
                   (SELECT max(a.score) FROM attempts a WHERE a.quiz_id = q.id AND a.user_id = ${me} AND a.status = 'submitted') AS best_score,
                   EXISTS (SELECT 1 FROM attempts a WHERE a.quiz_id = q.id AND a.user_id = ${me} AND a.passed) AS passed,
                   (${open}) AS open_to_me`;
  }

  private manages(user: AuthUser, ownerPath: string): boolean {
    return hasRole(user, 'org_admin') && isPathInScope(ownerPath, user);
  }

  private toSummary(r: QuizRow): QuizSummaryDto {
    const open = r.status === 'published' && isWithinWindow({ opensAt: r.opens_at, closesAt: r.closes_at });
    const attemptsLeft = r.attempts_allowed === 0 || r.attempts_used < r.attempts_allowed;
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      courseId: r.course_id,
      courseTitle: r.course_title,
      mode: r.mode,
      timeLimitMinutes: r.time_limit_minutes,
      passPercent: r.pass_percent,
      attemptsAllowed: r.attempts_allowed,
      opensAt: r.opens_at ? new Date(r.opens_at).toISOString() : null,
      closesAt: r.closes_at ? new Date(r.closes_at).toISOString() : null,
      reviewPolicy: r.review_policy,
      creditHours: Number(r.credit_hours),
      targetGroups: r.target_groups,
      targetUnitName: r.target_unit_name,
      status: r.status,
      questionCount: r.question_count,
      maxScore: Number(r.max_score),
      open,
      mine: r.open_to_me
        ? {
            attemptsUsed: r.attempts_used,
            inProgressAttemptId: r.in_progress_id,
            bestScore: r.best_score === null ? null : Number(r.best_score),
            passed: r.passed,
            canStart: open && (r.in_progress_id !== null || attemptsLeft),
          }
        : null,
    };
  }
}
