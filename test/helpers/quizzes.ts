import type { QuestionType } from '@cadre/shared';
import ExcelJS from 'exceljs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { AttemptDto, SavedDto, SubmitResultDto } from '../../server/src/modules/quizzes/dto/attempt.dto';
import type { QuestionDto } from '../../server/src/modules/quizzes/dto/question.dto';
import type { QuizDetailDto } from '../../server/src/modules/quizzes/dto/quiz.dto';
import { uniq } from '../factories';
import type { Agent } from './agent';

/**
 * Builders for the quiz tests. Everything goes through the HTTP API as the org admin (question bank, papers) or the
 * cadre (attempts); the tests know every answer key because they wrote the questions themselves.
 */

export type AnswerValue = string | string[];
export type AnswerMap = Record<string, AnswerValue>;

export interface QuestionBody {
  type: QuestionType;
  stem: string;
  options: { id: string; text: string }[];
  answer: string[];
  explanation?: string;
  tags: string[];
  difficulty: number;
}

/** A question as the bank returns it (answer included: only org admins see this). */
export type BankQuestion = QuestionDto;

/** Fails with the status and body in the message, so an unexpected answer explains itself at the step. */
export function expectOk<T>(res: request.Response, status: number, step: string): T {
  if (res.status !== status) throw new Error(`${step}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** Status and error code together, so a failure shows both. */
export function expectError(res: request.Response, status: number, code: string): void {
  expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
}

const FOUR_OPTIONS = [
  { id: 'A', text: '选项甲' },
  { id: 'B', text: '选项乙' },
  { id: 'C', text: '选项丙' },
  { id: 'D', text: '选项丁' },
];

/** A consistent question of a type; `overrides` replace any field. Stems are unique unless given. */
export function questionBody(type: QuestionType, overrides: Partial<QuestionBody> = {}): QuestionBody {
  const base: Record<QuestionType, Omit<QuestionBody, 'stem' | 'tags' | 'difficulty'>> = {
    single: { type: 'single', options: FOUR_OPTIONS, answer: ['B'], explanation: '单选解析' },
    multiple: { type: 'multiple', options: FOUR_OPTIONS, answer: ['A', 'C'], explanation: '多选解析' },
    true_false: { type: 'true_false', options: [], answer: ['T'], explanation: '判断解析' },
    fill: { type: 'fill', options: [], answer: ['实事求是'], explanation: '填空解析' },
  };
  return { ...base[type], stem: uniq(`${type}题干`), tags: ['测试'], difficulty: 2, ...overrides };
}

/** POST /api/questions with whatever body is given: for the tests of rejected questions. */
export function postQuestion(agent: Agent, body: object) {
  return agent.post('/api/questions', body);
}

/** Creates a consistent question of the type (201 expected). */
export async function createQuestion(agent: Agent, overrides: Partial<QuestionBody> & { type: QuestionType }): Promise<BankQuestion> {
  const body = questionBody(overrides.type, overrides);
  return expectOk<BankQuestion>(await postQuestion(agent, body), 201, `create ${body.type} question`);
}

/** One question of each type, in the order single, multiple, true_false, fill, with the given tags. */
export async function createOneOfEach(agent: Agent, overrides: Partial<Omit<QuestionBody, 'type'>> = {}): Promise<BankQuestion[]> {
  const out: BankQuestion[] = [];
  for (const type of ['single', 'multiple', 'true_false', 'fill'] as const) out.push(await createQuestion(agent, { ...overrides, type }));
  return out;
}

export interface QuizBody {
  title?: string;
  description?: string;
  courseId?: string | null;
  mode?: 'fixed' | 'random';
  timeLimitMinutes?: number;
  passPercent?: number;
  attemptsAllowed?: number;
  opensAt?: string | null;
  closesAt?: string | null;
  shuffleQuestions?: boolean;
  shuffleOptions?: boolean;
  reviewPolicy?: 'after_submit' | 'after_close' | 'never';
  multipleScoring?: 'all_or_nothing' | 'partial';
  creditHours?: number;
  targetGroups?: string[];
  targetUnitId?: string | null;
  questions?: { questionId: string; points: number }[];
  rules?: { tag?: string | null; questionType?: QuestionType | null; difficulty?: number | null; count: number; pointsEach: number }[];
}

export type QuizDetail = QuizDetailDto;

/** Creates a draft quiz (201 expected); the title is unique unless given. */
export async function createQuiz(agent: Agent, body: QuizBody = {}): Promise<QuizDetail> {
  const res = await agent.post('/api/quizzes', { title: uniq('测验'), ...body });
  return expectOk<QuizDetail>(res, 201, 'create quiz');
}

export async function publishQuiz(agent: Agent, quizId: string): Promise<QuizDetail> {
  return expectOk<QuizDetail>(await agent.post(`/api/quizzes/${quizId}/publish`), 200, `publish quiz ${quizId}`);
}

/** A fixed paper of these questions (each worth `points`, or the points given per question), published. */
export async function publishedQuiz(agent: Agent, questions: (BankQuestion | { question: BankQuestion; points: number })[], body: QuizBody = {}): Promise<QuizDetail> {
  const quiz = await createQuiz(agent, {
    questions: questions.map((q) => ('question' in q ? { questionId: q.question.id, points: q.points } : { questionId: q.id, points: 2 })),
    ...body,
  });
  return publishQuiz(agent, quiz.id);
}

export type AttemptView = AttemptDto;

/** POST /api/quizzes/:id/attempts, raw. */
export function startRaw(agent: Agent, quizId: string) {
  return agent.post(`/api/quizzes/${quizId}/attempts`);
}

/** Starts (or resumes) an attempt: 201 expected. */
export async function startAttempt(agent: Agent, quizId: string): Promise<AttemptView> {
  return expectOk<AttemptView>(await startRaw(agent, quizId), 201, `start quiz ${quizId}`);
}

export function saveRaw(agent: Agent, attemptId: string, version: number, answers: Record<string, unknown>) {
  return agent.put(`/api/attempts/${attemptId}/answers`, { version, answers });
}

export async function saveAnswers(agent: Agent, attemptId: string, version: number, answers: AnswerMap): Promise<SavedDto> {
  return expectOk<SavedDto>(await saveRaw(agent, attemptId, version, answers), 200, `save version ${version}`);
}

export function submitRaw(agent: Agent, attemptId: string) {
  return agent.post(`/api/attempts/${attemptId}/submit`);
}

export async function submitAttempt(agent: Agent, attemptId: string): Promise<SubmitResultDto> {
  return expectOk<SubmitResultDto>(await submitRaw(agent, attemptId), 200, `submit ${attemptId}`);
}

export async function getAttempt(agent: Agent, attemptId: string): Promise<AttemptView> {
  return expectOk<AttemptView>(await agent.get(`/api/attempts/${attemptId}`), 200, `get attempt ${attemptId}`);
}

/** The right answer for a bank question, as a cadre would send it. */
export function rightAnswer(q: Pick<BankQuestion, 'type' | 'answer'>): AnswerValue {
  if (q.type === 'multiple') return [...q.answer];
  return q.answer[0]!;
}

/** A wrong answer: another option (single, true/false), the wrong options only (multiple), another text (fill). */
export function wrongAnswer(q: Pick<BankQuestion, 'type' | 'stem' | 'answer' | 'options'>): AnswerValue {
  if (q.type === 'true_false') return q.answer[0] === 'T' ? 'F' : 'T';
  if (q.type === 'fill') return '答非所问';
  const wrong = q.options.map((o) => o.id).filter((id) => !q.answer.includes(id));
  if (wrong.length === 0) throw new Error(`question ${q.stem} has no wrong option`);
  return q.type === 'multiple' ? wrong : wrong[0]!;
}

/**
 * An answer map for a paper from the bank questions the test created: every answer right, every answer wrong, or per
 * question id 'right' / 'wrong' / 'skip' (unlisted questions are skipped).
 */
export function answerMap(bank: BankQuestion[], plan: 'right' | 'wrong' | Record<string, 'right' | 'wrong' | 'skip'>): AnswerMap {
  const out: AnswerMap = {};
  for (const q of bank) {
    const what = typeof plan === 'string' ? plan : (plan[q.id] ?? 'skip');
    if (what === 'right') out[q.id] = rightAnswer(q);
    else if (what === 'wrong') out[q.id] = wrongAnswer(q);
  }
  return out;
}

/** Every path in a JSON value whose key is one of `names` (e.g. answer, explanation, correct), at any depth. */
export function keysNamed(value: unknown, names: readonly string[], path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysNamed(v, names, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [
      ...(names.includes(k) ? [`${path}.${k}`] : []),
      ...keysNamed(v, names, `${path}.${k}`),
    ]);
  }
  return [];
}

/** The in-progress and total attempt rows of a cadre for a quiz, straight from the database. */
export async function attemptRows(db: DataSource, quizId: string, userId: string): Promise<AttemptRow[]> {
  return (await db.query(
    `SELECT id, status, version, answers, score, passed, auto_submitted, attempt_number, submitted_at
       FROM attempts WHERE quiz_id = $1 AND user_id = $2 ORDER BY attempt_number, started_at`,
    [quizId, userId],
  )) as AttemptRow[];
}

export interface AttemptRow {
  id: string;
  status: 'in_progress' | 'submitted';
  version: number;
  answers: AnswerMap;
  score: string | null;
  passed: boolean | null;
  auto_submitted: boolean;
  attempt_number: number;
  submitted_at: Date | null;
}

/** Moves an attempt's stored deadline to `seconds` ago (negative: into the future), standing in for elapsed time. */
export async function moveDeadline(db: DataSource, attemptId: string, secondsAgo: number): Promise<void> {
  const [, affected] = (await db.query(`UPDATE attempts SET deadline = now() - make_interval(secs => $2) WHERE id = $1`, [attemptId, secondsAgo])) as [
    unknown[],
    number,
  ];
  if (affected !== 1) throw new Error(`no attempt ${attemptId} to move`);
}

// ---- spreadsheets ----------------------------------------------------------------------------------------------------

/** The columns of the import template, in order. */
export const SHEET_HEADER = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '解析', '标签', '难度'] as const;

export type SheetRow = Partial<Record<(typeof SHEET_HEADER)[number], string | number>>;

/** An .xlsx workbook with the template's header and these rows, as bytes. */
export async function questionSheet(rows: SheetRow[], header: readonly string[] = SHEET_HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('试题');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(header.map((h) => (row as Record<string, string | number | undefined>)[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A valid sheet row of each type; stems are unique. */
export function sheetRow(type: '单选' | '多选' | '判断' | '填空', overrides: SheetRow = {}): SheetRow {
  const stem = uniq(`导入${type}题`);
  const base: Record<typeof type, SheetRow> = {
    单选: { 题型: '单选', 题干: stem, 选项A: '甲', 选项B: '乙', 选项C: '丙', 选项D: '丁', 答案: 'B', 解析: '因为乙', 标签: '导入,党规', 难度: 2 },
    多选: { 题型: '多选', 题干: stem, 选项A: '创新', 选项B: '协调', 选项C: '绿色', 选项D: '封闭', 答案: 'ABC', 标签: '导入', 难度: 3 },
    判断: { 题型: '判断', 题干: stem, 答案: '正确', 标签: '导入', 难度: 1 },
    填空: { 题型: '填空', 题干: stem, 答案: '法制审核|法制审查', 标签: '导入', 难度: 4 },
  };
  return { ...base[type], ...overrides };
}

/** POST /api/questions/import with `buffer` in the multipart field `file`. */
export function importSheet(agent: Agent, buffer: Buffer, opts: { dryRun?: boolean; filename?: string; contentType?: string } = {}) {
  return agent
    .post(`/api/questions/import${opts.dryRun ? '?dryRun=true' : ''}`)
    .attach('file', buffer, { filename: opts.filename ?? `${uniq('题库')}.xlsx`, contentType: opts.contentType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** GET with the body collected as bytes (for .xlsx downloads). */
export function getBytes(agent: Agent, path: string): request.Test {
  return agent
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
      res.on('error', (err: Error) => done(err, Buffer.alloc(0)));
    });
}

/** Reads a workbook's sheets as arrays of cell values (row 1 first, the leading empty cell dropped). */
export async function readWorkbook(bytes: Buffer): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  for (const sheet of wb.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
    out[sheet.name] = rows;
  }
  return out;
}
