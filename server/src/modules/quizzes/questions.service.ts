import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QuizError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { receiveSheet } from '../../common/http/receive-sheet';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import type { ImportResultDto, QuestionDto, QuestionQueryDto, SaveQuestionDto, TagCountDto } from './dto/question.dto';
import { questionProblems, storedOptions } from './question-rules';
import { parseWorkbook, templateWorkbook } from './question-sheet';
import { Question } from './question.entity';

export const QUESTION_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The question bank (题库): questions belong to a unit and are kept by org admins whose scope contains it. */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: QuestionQueryDto): Promise<Page<QuestionDto>> {
    const qb = this.db
      .getRepository(Question)
      .createQueryBuilder('q')
      .innerJoin('org_units', 'ou', 'ou.id = q.owner_unit_id')
      .where('ou.path LIKE :scope', { scope: scopePrefix(user) });
    if (!query.includeRetired) qb.andWhere(`q.status = 'active'`);
    if (query.type) qb.andWhere('q.type = :type', { type: query.type });
    if (query.tag) qb.andWhere(':tag = ANY(q.tags)', { tag: query.tag });
    if (query.difficulty) qb.andWhere('q.difficulty = :difficulty', { difficulty: query.difficulty });
    if (query.q) qb.andWhere('q.stem ILIKE :q', { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [rows, total] = await qb
      .orderBy('q.created_at', 'DESC')
      .addOrderBy('q.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    const usage = await this.usage(rows.map((r) => r.id));
    return pageOf(
      rows.map((q) => toDto(q, usage.get(q.id) ?? 0)),
      total,
      query,
    );
  }

  async tags(user: AuthUser): Promise<TagCountDto[]> {
    return (await this.db.query(
      `SELECT tag, count(*)::int AS count
         FROM questions q JOIN org_units ou ON ou.id = q.owner_unit_id, unnest(q.tags) AS tag
        WHERE ou.path LIKE $1 AND q.status = 'active'
        GROUP BY tag ORDER BY count DESC, tag`,
      [scopePrefix(user)],
    )) as TagCountDto[];
  }

  async get(user: AuthUser, id: string): Promise<QuestionDto> {
    const q = await this.findInScope(user, id);
    return toDto(q, (await this.usage([id])).get(id) ?? 0);
  }

  async create(user: AuthUser, dto: SaveQuestionDto, origin: RequestOrigin): Promise<QuestionDto> {
    const fields = this.checked(dto);
    const id = await this.db.transaction(async (tx) => {
      const saved = await tx.getRepository(Question).save({ ...fields, ownerUnitId: user.scopeUnitId!, createdById: user.id });
      await this.audit.record({ action: 'question.changed', actor: user, target: { type: 'question', id: saved.id }, unitPath: user.scopePath, origin, details: { created: true } }, tx);
      return saved.id;
    });
    return this.get(user, id);
  }

  /** A question already drawn into an attempt keeps its snapshot there, so editing is safe for past papers. */
  async update(user: AuthUser, id: string, dto: SaveQuestionDto, origin: RequestOrigin): Promise<QuestionDto> {
    const fields = this.checked(dto);
    await this.db.transaction(async (tx) => {
      const q = await this.findInScope(user, id, tx);
      await tx.getRepository(Question).update({ id }, fields);
      await this.audit.record({ action: 'question.changed', actor: user, target: { type: 'question', id }, unitPath: q.ownerUnit?.path ?? null, origin, details: { updated: true } }, tx);
    });
    return this.get(user, id);
  }

  /** Retires a question: it leaves the bank and future draws; papers and attempts that used it keep it. */
  async retire(user: AuthUser, id: string, origin: RequestOrigin): Promise<QuestionDto> {
    await this.db.transaction(async (tx) => {
      const q = await this.findInScope(user, id, tx);
      await tx.getRepository(Question).update({ id }, { status: 'retired' });
      await this.audit.record({ action: 'question.changed', actor: user, target: { type: 'question', id }, unitPath: q.ownerUnit?.path ?? null, origin, details: { retired: true } }, tx);
    });
    return this.get(user, id);
  }

  template(): Promise<Buffer> {
    return templateWorkbook();
  }

  /**
   * Imports a spreadsheet: every row is checked (and checked against the bank for duplicates); with any problem nothing
   * is imported and the problems come back by row and column. A dry run only checks.
   */
  async import(user: AuthUser, req: Request, res: Response, dryRun: boolean, origin: RequestOrigin): Promise<ImportResultDto> {
    const buffer = await receiveSheet(req, res, QUESTION_IMPORT_MAX_BYTES);
    const { rows, problems } = await parseWorkbook(buffer);
    if (rows.length) {
      const existing = (await this.db.query(
        `SELECT q.type || '|' || q.stem AS key FROM questions q JOIN org_units ou ON ou.id = q.owner_unit_id
          WHERE ou.path LIKE $1 AND q.status = 'active' AND q.stem = ANY($2)`,
        [scopePrefix(user), rows.map((r) => r.stem)],
      )) as { key: string }[];
      const known = new Set(existing.map((e) => e.key));
      for (const r of rows) if (known.has(`${r.type}|${r.stem}`)) problems.push({ row: r.row, column: '题干', message: '题库中已有相同的试题' });
    }
    problems.sort((a, b) => a.row - b.row);
    if (problems.length) {
      if (dryRun) return { rows: rows.length, imported: 0, problems };
      throw new AppException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        QuizError.ImportInvalid,
        `${problems.length} problems: nothing was imported`,
        problems.map((p) => ({ field: `row ${p.row} ${p.column}`, message: p.message })),
      );
    }
    if (dryRun) return { rows: rows.length, imported: 0, problems: [] };
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(Question);
      for (let i = 0; i < rows.length; i += 500) {
        await repo.insert(
          rows.slice(i, i + 500).map((r) => ({
            type: r.type,
            stem: r.stem,
            options: r.options,
            answer: r.answer,
            explanation: r.explanation,
            tags: r.tags,
            difficulty: r.difficulty,
            ownerUnitId: user.scopeUnitId!,
            createdById: user.id,
          })),
        );
      }
      await this.audit.record({ action: 'question.imported', actor: user, target: null, unitPath: user.scopePath, origin, details: { count: rows.length } }, tx);
    });
    return { rows: rows.length, imported: rows.length, problems: [] };
  }

  async findInScope(user: AuthUser, id: string, manager?: EntityManager): Promise<Question> {
    const q = await (manager ?? this.db.manager).getRepository(Question).findOne({ where: { id }, relations: { ownerUnit: true } });
    if (!q || !q.ownerUnit || !isPathInScope(q.ownerUnit.path, user)) throw notFound('Question');
    return q;
  }

  private checked(dto: SaveQuestionDto) {
    const options = storedOptions(dto.type, dto.options);
    const answer = dto.type === 'fill' ? dto.answer.map((a) => a.trim()) : [...new Set(dto.answer)];
    const problems = questionProblems({ type: dto.type, stem: dto.stem, options, answer });
    if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, QuizError.InvalidQuestion, 'The question is inconsistent', problems);
    return {
      type: dto.type,
      stem: dto.stem.trim(),
      options,
      answer,
      explanation: dto.explanation ?? '',
      tags: [...new Set(dto.tags.map((t) => t.trim()).filter(Boolean))],
      difficulty: dto.difficulty,
    };
  }

  private async usage(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = (await this.db.query(
      `SELECT id, (SELECT count(*) FROM quiz_questions qq WHERE qq.question_id = q.id)::int
                + (SELECT count(*) FROM attempt_questions aq WHERE aq.question_id = q.id)::int AS n
         FROM unnest($1::uuid[]) AS q(id)`,
      [ids],
    )) as { id: string; n: number }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}

function toDto(q: Question, usage: number): QuestionDto {
  return {
    id: q.id,
    type: q.type,
    stem: q.stem,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    tags: q.tags,
    difficulty: q.difficulty,
    status: q.status,
    usage,
  };
}
