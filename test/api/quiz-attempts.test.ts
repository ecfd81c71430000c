import { randomUUID } from 'node:crypto';
import { Scheduler, type Job } from '../../server/src/common/scheduler/scheduler.service';
import { addMonths, todayInShanghai } from '../../server/src/common/time';
import { AttemptsService } from '../../server/src/modules/quizzes/attempts.service';
import type { PreviewDto, QuizResultsDto } from '../../server/src/modules/quizzes/dto/attempt.dto';
import type { QuizSummaryDto } from '../../server/src/modules/quizzes/dto/quiz.dto';
import { CLOSE_OVERDUE_JOB } from '../../server/src/modules/quizzes/quizzes.module';
import { createCadre, createRoot, createUnit, uniq, type CadreOptions, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { completeLesson, createCourse, enrol, ledgerRows, myCourse } from '../helpers/learning';
import {
  answerMap,
  attemptRows,
  createQuestion,
  createQuiz,
  expectError,
  expectOk,
  getAttempt,
  getBytes,
  keysNamed,
  moveDeadline,
  publishedQuiz,
  publishQuiz,
  readWorkbook,
  saveAnswers,
  saveRaw,
  startAttempt,
  startRaw,
  submitAttempt,
  submitRaw,
  type AnswerMap,
  type AttemptView,
  type BankQuestion,
  type QuizBody,
  type QuizDetail,
} from '../helpers/quizzes';
import { buildWorld, type World } from '../helpers/world';

const SECRET_KEYS = ['answer', 'explanation', 'correct'] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface QuizPage {
  items: QuizSummaryDto[];
  total: number;
}

describe('quizzes and attempts (the part that must be right)', () => {
  let t: TestApp;
  let w: World;
  /** A second server on the same database (passport keeps one process-wide strategy: it stays up until the end). */
  let second: TestApp | undefined;
  /** The standard paper: single 2 points, multiple 4, true/false 2, fill-in 2; 10 in all. */
  let single: BankQuestion;
  let multiple: BankQuestion;
  let trueFalse: BankQuestion;
  let fill: BankQuestion;
  let bank: BankQuestion[];
  const FILL_SECRET = uniq('坚持人民至上答案');
  const EXPLANATION_SECRET = uniq('这是解析');
  const today = () => todayInShanghai();

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    const tags = [uniq('标准卷')];
    single = await createQuestion(w.as.orgAdmin, { type: 'single', tags, explanation: EXPLANATION_SECRET });
    multiple = await createQuestion(w.as.orgAdmin, { type: 'multiple', tags, answer: ['A', 'C'] });
    trueFalse = await createQuestion(w.as.orgAdmin, { type: 'true_false', tags, answer: ['F'] });
    fill = await createQuestion(w.as.orgAdmin, { type: 'fill', tags, answer: [FILL_SECRET, '人民至上'], stem: uniq('始终（　　）填空') });
    bank = [single, multiple, trueFalse, fill];
  });
  afterAll(async () => {
    await second?.close();
    await t.close();
  });

  /** A new cadre with a signed-in agent, so each test owns its attempts. */
  async function learner(unit: UnitRef = w.villageA, opts: CadreOptions = {}): Promise<{ user: CadreRef; agent: Agent }> {
    const user = await createCadre(t.db, unit, opts);
    return { user, agent: await signIn(t.http, user) };
  }

  /** The standard paper, published, with these settings. */
  function stdQuiz(body: QuizBody = {}): Promise<QuizDetail> {
    return publishedQuiz(
      w.as.orgAdmin,
      [
        { question: single, points: 2 },
        { question: multiple, points: 4 },
        { question: trueFalse, points: 2 },
        { question: fill, points: 2 },
      ],
      body,
    );
  }

  async function listIds(agent: Agent, query = ''): Promise<string[]> {
    const res = expectOk<QuizPage>(await agent.get(`/api/quizzes?pageSize=100${query}`), 200, 'list quizzes');
    return res.items.map((q) => q.id);
  }

  async function summaryOf(agent: Agent, quizId: string): Promise<QuizSummaryDto | undefined> {
    const res = expectOk<QuizPage>(await agent.get('/api/quizzes?pageSize=100'), 200, 'list quizzes');
    return res.items.find((q) => q.id === quizId);
  }

  /** Everything a cadre can read about an attempt before review must be free of the key. */
  function expectNoKey(body: unknown, where: string): void {
    expect({ where, keys: keysNamed(body, SECRET_KEYS) }).toEqual({ where, keys: [] });
    const json = JSON.stringify(body);
    expect({ where, fillSecret: json.includes(FILL_SECRET), explanation: json.includes(EXPLANATION_SECRET) }).toEqual({
      where,
      fillSecret: false,
      explanation: false,
    });
  }

  async function closeOverdue(): Promise<number> {
    const attempts = t.app.get(AttemptsService);
    return t.db.transaction((tx) => attempts.closeOverdue(tx));
  }

  // ---- who sees which quiz ---------------------------------------------------------------------------------------

  describe('quizzes open to me', () => {
    test('a stand-alone quiz for new leaders: listed and startable for a cadre appointed 2 months ago, a 404 for another cadre', async () => {
      const quiz = await stdQuiz({ targetGroups: ['new_leader'] });
      const leader = await learner(w.villageA, { appointmentDate: addMonths(today(), -2) });
      const plain = await learner(w.villageA);
      const oldLeader = await learner(w.villageA, { appointmentDate: addMonths(today(), -14) });

      expect(await listIds(leader.agent)).toContain(quiz.id);
      const mine = await summaryOf(leader.agent, quiz.id);
      expect(mine).toMatchObject({ open: true, mine: { attemptsUsed: 0, inProgressAttemptId: null, passed: false, canStart: true } });
      const detail = expectOk<QuizDetail>(await leader.agent.get(`/api/quizzes/${quiz.id}`), 200, 'detail');
      // A learner sees the rules of the quiz, never its paper.
      expect(detail).toMatchObject({ id: quiz.id, editable: false, questions: [], rules: [], questionCount: 4, maxScore: 10 });

      for (const other of [plain, oldLeader]) {
        expect(await listIds(other.agent)).not.toContain(quiz.id);
        expectError(await other.agent.get(`/api/quizzes/${quiz.id}`), 404, 'common/not_found');
        expectError(await startRaw(other.agent, quiz.id), 404, 'common/not_found');
        expect(await attemptRows(t.db, quiz.id, other.user.id)).toEqual([]);
      }
      await startAttempt(leader.agent, quiz.id);
    });

    test('a course quiz is open only to cadres enrolled in the course', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db);
      const quiz = await stdQuiz({ courseId: course.id });
      const { user, agent } = await learner();

      expect(await listIds(agent)).not.toContain(quiz.id);
      expectError(await agent.get(`/api/quizzes/${quiz.id}`), 404, 'common/not_found');
      expectError(await startRaw(agent, quiz.id), 404, 'common/not_found');
      expect(await attemptRows(t.db, quiz.id, user.id)).toEqual([]);

      await enrol(agent, course.id);
      const listed = await summaryOf(agent, quiz.id);
      expect(listed).toMatchObject({ courseId: course.id, courseTitle: course.title });
      expect((await listIds(agent, `&courseId=${course.id}`))).toEqual([quiz.id]);
      await startAttempt(agent, quiz.id);
    });

    test("drafts, archived quizzes and quizzes for another town are invisible: not listed, 404 by id", async () => {
      const draft = await createQuiz(w.as.orgAdmin, { questions: [{ questionId: single.id, points: 1 }] });
      const forTownB = await stdQuiz({ targetUnitId: w.townB.id });
      const archived = await stdQuiz();
      expectOk(await w.as.orgAdmin.post(`/api/quizzes/${archived.id}/archive`), 200, 'archive');
      const a = await learner(w.villageA);
      const b = await learner(w.villageB);

      const seenByA = await listIds(a.agent);
      for (const hidden of [draft.id, forTownB.id, archived.id]) {
        expect(seenByA).not.toContain(hidden);
        expectError(await a.agent.get(`/api/quizzes/${hidden}`), 404, 'common/not_found');
        expectError(await startRaw(a.agent, hidden), 404, 'common/not_found');
      }
      expect(await listIds(b.agent)).toContain(forTownB.id);
      expectError(await b.agent.get(`/api/quizzes/${draft.id}`), 404, 'common/not_found');
      expectError(await startRaw(a.agent, randomUUID()), 404, 'common/not_found');
    });

    test("the org admin's GET /api/quizzes lists every quiz in scope, drafts included, and none of another city's", async () => {
      const draft = await createQuiz(w.as.orgAdmin);
      const forTownB = await stdQuiz({ targetUnitId: w.townB.id });
      const forLeaders = await stdQuiz({ targetGroups: ['new_leader'] });
      const otherRoot = await createRoot(t.db);
      const stranger = await signIn(t.http, await createCadre(t.db, otherRoot, { roles: ['cadre', 'org_admin'], scopeUnit: otherRoot }));
      const theirQuestion = await createQuestion(stranger, { type: 'single' });
      const theirs = await publishedQuiz(stranger, [theirQuestion]);

      const all = await listIds(w.as.orgAdmin);
      expect(all).toEqual(expect.arrayContaining([draft.id, forTownB.id, forLeaders.id]));
      expect(all).not.toContain(theirs.id);
      expect(await listIds(w.as.orgAdmin, '&status=draft')).toContain(draft.id);
      expect(await listIds(w.as.orgAdmin, '&status=draft')).not.toContain(forTownB.id);
      expectError(await w.as.orgAdmin.get(`/api/quizzes/${theirs.id}`), 404, 'common/not_found');
      expect(await listIds(stranger)).toEqual([theirs.id]);
      // As a learner (?mine=true) the org admin sees only what is open to them: no drafts.
      expect(await listIds(w.as.orgAdmin, '&mine=true')).not.toContain(draft.id);
      // A unit admin is no org admin: only what is open to them.
      const unitAdminSees = await listIds(w.as.unitAdminA);
      expect(unitAdminSees).not.toContain(draft.id);
      expect(unitAdminSees).not.toContain(forTownB.id);
    });
  });

  // ---- publishing --------------------------------------------------------------------------------------------------

  describe('publishing', () => {
    test('an empty quiz is a 422 quiz/empty and stays a draft', async () => {
      const fixed = await createQuiz(w.as.orgAdmin);
      expectError(await w.as.orgAdmin.post(`/api/quizzes/${fixed.id}/publish`), 422, 'quiz/empty');
      const random = await createQuiz(w.as.orgAdmin, { mode: 'random' });
      expectError(await w.as.orgAdmin.post(`/api/quizzes/${random.id}/publish`), 422, 'quiz/empty');
      for (const q of [fixed, random]) {
        expect(expectOk<QuizDetail>(await w.as.orgAdmin.get(`/api/quizzes/${q.id}`), 200, 'detail').status).toBe('draft');
      }
    });

    test('random rules asking for more than the bank has are a 422 quiz/not_enough_questions; retired questions do not count', async () => {
      const tag = uniq('抽题');
      const tagged = [
        await createQuestion(w.as.orgAdmin, { type: 'single', tags: [tag] }),
        await createQuestion(w.as.orgAdmin, { type: 'single', tags: [tag] }),
        await createQuestion(w.as.orgAdmin, { type: 'single', tags: [tag] }),
        await createQuestion(w.as.orgAdmin, { type: 'true_false', tags: [tag] }),
      ];
      const tooMany = await createQuiz(w.as.orgAdmin, { mode: 'random', rules: [{ tag, questionType: 'single', count: 4, pointsEach: 2 }] });
      const res = await w.as.orgAdmin.post(`/api/quizzes/${tooMany.id}/publish`);
      expectError(res, 422, 'quiz/not_enough_questions');
      expect((res.body as { details: { field: string }[] }).details.map((d) => d.field)).toEqual(['rules.0.count']);

      expectOk(await w.as.orgAdmin.delete(`/api/questions/${tagged[2]!.id}`), 200, 'retire');
      const three = await createQuiz(w.as.orgAdmin, { mode: 'random', rules: [{ tag, questionType: 'single', count: 3, pointsEach: 2 }] });
      expectError(await w.as.orgAdmin.post(`/api/quizzes/${three.id}/publish`), 422, 'quiz/not_enough_questions');

      // Two rules the bank can fill: the draw takes distinct active questions matching each rule.
      const ok = await createQuiz(w.as.orgAdmin, {
        mode: 'random',
        rules: [
          { tag, questionType: 'single', count: 2, pointsEach: 3 },
          { tag, questionType: 'true_false', count: 1, pointsEach: 4 },
        ],
      });
      const published = await publishQuiz(w.as.orgAdmin, ok.id);
      expect(published).toMatchObject({ status: 'published', questionCount: 3, maxScore: 10 });
      const { agent } = await learner();
      const attempt = await startAttempt(agent, ok.id);
      const drawn = attempt.questions.map((q) => q.id);
      expect(new Set(drawn).size).toBe(3);
      expect(drawn.filter((id) => [tagged[0]!.id, tagged[1]!.id].includes(id)).length).toBe(2);
      expect(drawn).toContain(tagged[3]!.id);
      expect(drawn).not.toContain(tagged[2]!.id);
      expect(attempt.maxScore).toBe(10);
    });

    test('the paper of a published quiz cannot change (422 quiz/not_editable); its other settings can', async () => {
      const quiz = await stdQuiz();
      expectError(await w.as.orgAdmin.patch(`/api/quizzes/${quiz.id}`, { questions: [{ questionId: single.id, points: 10 }] }), 422, 'quiz/not_editable');
      const patched = expectOk<QuizDetail>(await w.as.orgAdmin.patch(`/api/quizzes/${quiz.id}`, { passPercent: 80 }), 200, 'patch');
      expect(patched).toMatchObject({ passPercent: 80, questionCount: 4 });
    });
  });

  // ---- starting ----------------------------------------------------------------------------------------------------

  describe('POST /api/quizzes/:id/attempts', () => {
    test('starts with the paper, the deadline and the server clock, without any answer key; saves and reads leak nothing either', async () => {
      const quiz = await stdQuiz({ timeLimitMinutes: 25 });
      const { user, agent } = await learner();
      const res = await startRaw(agent, quiz.id);
      expect(res.status).toBe(201);
      const attempt = res.body as AttemptView;
      expect(attempt).toMatchObject({ quizId: quiz.id, status: 'in_progress', answers: {}, version: 0, attemptNumber: 1, score: null, passed: null, review: null });
      expect(typeof attempt.id).toBe('string');
      expect(Number.isNaN(Date.parse(attempt.serverNow))).toBe(false);
      expect(Date.parse(attempt.deadline) - Date.parse(attempt.startedAt)).toBe(25 * 60_000);

      // The server fixes the paper: the quiz's questions in its order, options as {id, text} only.
      expect(attempt.questions.map((q) => [q.id, q.type, q.stem])).toEqual(bank.map((q) => [q.id, q.type, q.stem]));
      expect(attempt.questions.map((q) => q.points)).toEqual([2, 4, 2, 2]);
      expect(attempt.questions[0]!.options).toEqual(single.options);
      expect(attempt.questions[2]!.options).toEqual([
        { id: 'T', text: '正确' },
        { id: 'F', text: '错误' },
      ]);
      expect(attempt.questions[3]!.options).toEqual([]);
      for (const q of attempt.questions) for (const o of q.options) expect(Object.keys(o).sort()).toEqual(['id', 'text']);
      expectNoKey(attempt, 'start');

      const saved = await saveRaw(agent, attempt.id, 1, answerMap(bank, 'wrong'));
      expect(saved.status).toBe(200);
      expectNoKey(saved.body, 'save');
      expectNoKey(await getAttempt(agent, attempt.id), 'get attempt');
      expectNoKey(expectOk(await agent.get(`/api/quizzes/${quiz.id}`), 200, 'detail'), 'quiz detail');
      expectNoKey(expectOk(await agent.get('/api/quizzes?pageSize=100'), 200, 'list'), 'quiz list');
      const stale = await saveRaw(agent, attempt.id, 1, answerMap(bank, 'wrong'));
      expect(stale.status).toBe(409);
      expectNoKey(stale.body, 'stale save');
      const invalid = await saveRaw(agent, attempt.id, 2, { [single.id]: 'Q' });
      expect(invalid.status).toBe(400);
      expectNoKey(invalid.body, 'invalid save');
      // The bank and the preview, where the key lives, are closed to a cadre.
      expectError(await agent.get(`/api/questions/${fill.id}`), 403, 'common/forbidden');
      expectError(await agent.get(`/api/quizzes/${quiz.id}/preview`), 403, 'common/forbidden');

      // Starting again returns the same attempt with what was saved.
      const again = await startRaw(agent, quiz.id);
      expect([200, 201]).toContain(again.status);
      expect((again.body as AttemptView).id).toBe(attempt.id);
      expect((again.body as AttemptView).version).toBe(1);
      expect((again.body as AttemptView).answers).toEqual(answerMap(bank, 'wrong'));
      expect((again.body as AttemptView).questions.map((q) => q.id)).toEqual(attempt.questions.map((q) => q.id));
      expectNoKey(again.body, 'resume');
      expect(await attemptRows(t.db, quiz.id, user.id)).toHaveLength(1);
      expect((await summaryOf(agent, quiz.id))?.mine).toMatchObject({ attemptsUsed: 1, inProgressAttemptId: attempt.id, canStart: true });
    });

    test('the deadline is the time limit, or the close of the window when that comes first', async () => {
      const closesAt = new Date(Date.now() + 10 * 60_000).toISOString();
      const quiz = await stdQuiz({ timeLimitMinutes: 30, closesAt });
      const { agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      expect(Date.parse(attempt.deadline)).toBe(Date.parse(closesAt));
    });

    test('two concurrent starts of one cadre give one attempt, one row in progress, one paper', async () => {
      const quiz = await stdQuiz({ shuffleQuestions: true });
      const { user, agent } = await learner();
      const [first, second] = await Promise.all([startRaw(agent, quiz.id), startRaw(agent, quiz.id)]);
      expect([first.status, second.status].every((s) => s === 200 || s === 201)).toBe(true);
      const a = first.body as AttemptView;
      const b = second.body as AttemptView;
      expect(a.id).toBe(b.id);
      expect(a.questions.map((q) => q.id)).toEqual(b.questions.map((q) => q.id));
      const rows = await attemptRows(t.db, quiz.id, user.id);
      expect(rows.map((r) => [r.id, r.status])).toEqual([[a.id, 'in_progress']]);
      const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM attempt_questions WHERE attempt_id = $1`, [a.id])) as [{ n: number }];
      expect(n).toBe(4);
    });

    test('the database allows one attempt in progress per cadre and quiz', async () => {
      const quiz = await stdQuiz({ attemptsAllowed: 0 });
      const { user, agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      await expect(
        t.db.query(
          `INSERT INTO attempts (id, quiz_id, user_id, attempt_number, status, started_at, deadline, max_score, unit_path)
           VALUES ($1, $2, $3, 2, 'in_progress', now(), now() + interval '1 hour', 10, $4)`,
          [randomUUID(), quiz.id, user.id, w.villageA.path],
        ),
      ).rejects.toThrow();
      expect((await attemptRows(t.db, quiz.id, user.id)).map((r) => r.id)).toEqual([attempt.id]);
    });

    test('shuffled questions and options keep their ids, stay put on resume, and grade by id', async () => {
      const quiz = await stdQuiz({ shuffleQuestions: true, shuffleOptions: true });
      const { agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      expect(attempt.questions.map((q) => q.id).sort()).toEqual(bank.map((q) => q.id).sort());
      const got = attempt.questions.find((q) => q.id === single.id)!;
      expect([...got.options].sort((x, y) => x.id.localeCompare(y.id))).toEqual(single.options);
      const resumed = await startAttempt(agent, quiz.id);
      expect(resumed.questions).toEqual(attempt.questions);
      await saveAnswers(agent, attempt.id, 1, answerMap(bank, 'right'));
      expect(await submitAttempt(agent, attempt.id)).toMatchObject({ score: 10, maxScore: 10, passed: true, correctCount: 4 });
    });

    test('attempts allowed 1: a second start is a 409 quiz/attempts_exhausted; with 2, the third is', async () => {
      const once = await stdQuiz({ attemptsAllowed: 1 });
      const { user, agent } = await learner();
      const first = await startAttempt(agent, once.id);
      await submitAttempt(agent, first.id);
      expectError(await startRaw(agent, once.id), 409, 'quiz/attempts_exhausted');
      expect(await attemptRows(t.db, once.id, user.id)).toHaveLength(1);
      expect((await summaryOf(agent, once.id))?.mine).toMatchObject({ attemptsUsed: 1, inProgressAttemptId: null, canStart: false });

      const twice = await stdQuiz({ attemptsAllowed: 2 });
      const a1 = await startAttempt(agent, twice.id);
      await submitAttempt(agent, a1.id);
      const a2 = await startAttempt(agent, twice.id);
      expect(a2.id).not.toBe(a1.id);
      expect(a2.attemptNumber).toBe(2);
      await submitAttempt(agent, a2.id);
      expectError(await startRaw(agent, twice.id), 409, 'quiz/attempts_exhausted');
    });

    test('a quiz outside its window is a 422 quiz/not_open, before it opens and after it closes', async () => {
      const later = await stdQuiz({ opensAt: new Date(Date.now() + 24 * 3600_000).toISOString() });
      const over = await stdQuiz({ closesAt: new Date(Date.now() - 60_000).toISOString() });
      const { user, agent } = await learner();
      for (const quiz of [later, over]) {
        expectError(await startRaw(agent, quiz.id), 422, 'quiz/not_open');
        expect(await attemptRows(t.db, quiz.id, user.id)).toEqual([]);
        expect((await summaryOf(agent, quiz.id))?.open).toBe(false);
      }
    });
  });

  // ---- autosave ----------------------------------------------------------------------------------------------------

  describe('PUT /api/attempts/:id/answers', () => {
    test('versions 1 then 2 are saved; 2 again or 1 is a 409 quiz/stale_version and overwrites nothing', async () => {
      const quiz = await stdQuiz();
      const { user, agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      const v1: AnswerMap = { [single.id]: 'A' };
      const v2: AnswerMap = { [single.id]: 'B', [multiple.id]: ['A', 'C'], [fill.id]: '人民 至上' };
      expect(await saveAnswers(agent, attempt.id, 1, v1)).toMatchObject({ version: 1 });
      expect(await saveAnswers(agent, attempt.id, 2, v2)).toMatchObject({ version: 2 });

      const stale = await saveRaw(agent, attempt.id, 2, { [single.id]: 'D' });
      expectError(stale, 409, 'quiz/stale_version');
      expectError(await saveRaw(agent, attempt.id, 1, { [single.id]: 'D' }), 409, 'quiz/stale_version');

      const [row] = await attemptRows(t.db, quiz.id, user.id);
      expect(row).toMatchObject({ version: 2, answers: v2 });
      expect(await getAttempt(agent, attempt.id)).toMatchObject({ version: 2, answers: v2 });
    });

    test('answers survive a reload and a new session, and are read from the database by a fresh server', async () => {
      const quiz = await stdQuiz();
      const { user, agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      const answers = answerMap(bank, { [single.id]: 'right', [trueFalse.id]: 'wrong', [fill.id]: 'right' });
      await saveAnswers(agent, attempt.id, 1, answers);

      expect(await getAttempt(agent, attempt.id)).toMatchObject({ version: 1, answers });
      const again = await signIn(t.http, user);
      expect(await getAttempt(again, attempt.id)).toMatchObject({ version: 1, answers });

      second = await createTestApp({ JOBS_ENABLED: '0' });
      const fresh = await signIn(second.http, user);
      expect(await getAttempt(fresh, attempt.id)).toMatchObject({ id: attempt.id, version: 1, answers });
      expect(await saveAnswers(fresh, attempt.id, 2, { ...answers, [multiple.id]: ['C'] })).toMatchObject({ version: 2 });
      expect(await getAttempt(agent, attempt.id)).toMatchObject({ version: 2, answers: { ...answers, [multiple.id]: ['C'] } });
    });

    test('an answer for a question not in the attempt, or of the wrong shape, is a 400 quiz/invalid_answer and saves nothing', async () => {
      const quiz = await stdQuiz();
      const outsider = await createQuestion(w.as.orgAdmin, { type: 'single' });
      const { user, agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      const good: AnswerMap = { [single.id]: 'B' };
      await saveAnswers(agent, attempt.id, 1, good);

      const cases: [string, Record<string, unknown>, string][] = [
        ['a question of another paper', { [outsider.id]: 'B' }, outsider.id],
        ['no question at all', { [randomUUID()]: 'B' }, ''],
        ['single: a list', { [single.id]: ['B'] }, single.id],
        ['single: no such option', { [single.id]: 'Z' }, single.id],
        ['multiple: a string', { [multiple.id]: 'A' }, multiple.id],
        ['multiple: no such option', { [multiple.id]: ['A', 'Z'] }, multiple.id],
        ['multiple: an option twice', { [multiple.id]: ['A', 'A'] }, multiple.id],
        ['true/false: X', { [trueFalse.id]: 'X' }, trueFalse.id],
        ['fill: a number', { [fill.id]: 42 }, fill.id],
        ['fill: an object', { [fill.id]: { text: '人民至上' } }, fill.id],
        ['fill: too long', { [fill.id]: '长'.repeat(201) }, fill.id],
      ];
      for (const [name, answers, id] of cases) {
        const res = await saveRaw(agent, attempt.id, 2, { [single.id]: 'C', ...answers });
        expect({ name, status: res.status, code: (res.body as { code?: string }).code }).toEqual({ name, status: 400, code: 'quiz/invalid_answer' });
        if (id) expect((res.body as { details: { field: string }[] }).details.map((d) => d.field)).toContain(`answers.${id}`);
      }
      const [row] = await attemptRows(t.db, quiz.id, user.id);
      expect(row).toMatchObject({ version: 1, answers: good });
      // Malformed bodies are plain validation errors.
      expectError(await agent.put(`/api/attempts/${attempt.id}/answers`, { version: 0, answers: {} }), 400, 'common/validation_failed');
      expectError(await agent.put(`/api/attempts/${attempt.id}/answers`, { version: 2, answers: 'B' }), 400, 'common/validation_failed');
    });

    test("another cadre's attempt is a 404 for GET, PUT and submit, and stays untouched", async () => {
      const quiz = await stdQuiz();
      const owner = await learner(w.villageA);
      const attempt = await startAttempt(owner.agent, quiz.id);
      await saveAnswers(owner.agent, attempt.id, 1, { [single.id]: 'A' });
      for (const other of [(await learner(w.villageA)).agent, (await learner(w.villageB)).agent, w.as.orgAdmin]) {
        expectError(await other.get(`/api/attempts/${attempt.id}`), 404, 'common/not_found');
        expectError(await saveRaw(other, attempt.id, 2, { [single.id]: 'B' }), 404, 'common/not_found');
        expectError(await submitRaw(other, attempt.id), 404, 'common/not_found');
      }
      expectError(await owner.agent.get(`/api/attempts/${randomUUID()}`), 404, 'common/not_found');
      const [row] = await attemptRows(t.db, quiz.id, owner.user.id);
      expect(row).toMatchObject({ status: 'in_progress', version: 1, answers: { [single.id]: 'A' } });
    });

    test('within the 60 s grace after the deadline a save is taken; once it has passed, 409 quiz/attempt_closed', async () => {
      const quiz = await stdQuiz();
      const { user, agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      await moveDeadline(t.db, attempt.id, 30);
      expect(await saveAnswers(agent, attempt.id, 1, { [single.id]: 'B' })).toMatchObject({ version: 1 });

      await moveDeadline(t.db, attempt.id, 120);
      expectError(await saveRaw(agent, attempt.id, 2, { [single.id]: 'A', [trueFalse.id]: 'F' }), 409, 'quiz/attempt_closed');
      const [row] = await attemptRows(t.db, quiz.id, user.id);
      expect(row).toMatchObject({ version: 1, answers: { [single.id]: 'B' } });
    });
  });

  // ---- submitting and grading --------------------------------------------------------------------------------------

  describe('POST /api/attempts/:id/submit and grading', () => {
    test('ten concurrent submits: one 200 with a score, nine 409 quiz/already_submitted, one graded row, one ledger entry', async () => {
      const quiz = await stdQuiz({ creditHours: 1 });
      const { user, agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, attempt.id, 1, answerMap(bank, 'right'));

      const results = await Promise.all(Array.from({ length: 10 }, () => submitRaw(agent, attempt.id)));
      const ok = results.filter((r) => r.status === 200);
      const conflicts = results.filter((r) => r.status === 409);
      expect(ok).toHaveLength(1);
      expect(conflicts).toHaveLength(9);
      expect(ok[0]!.body).toMatchObject({ attemptId: attempt.id, score: 10, maxScore: 10, passed: true, hoursAwarded: 1 });
      for (const c of conflicts) expect((c.body as { code: string }).code).toBe('quiz/already_submitted');

      const rows = await attemptRows(t.db, quiz.id, user.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'submitted', passed: true, auto_submitted: false });
      expect(Number(rows[0]!.score)).toBe(10);
      const graded = (await t.db.query(`SELECT earned, correct FROM attempt_questions WHERE attempt_id = $1 ORDER BY position`, [attempt.id])) as {
        earned: string;
        correct: boolean;
      }[];
      expect(graded.map((g) => [Number(g.earned), g.correct])).toEqual([
        [2, true],
        [4, true],
        [2, true],
        [2, true],
      ]);
      expect(await ledgerRows(t.db, user.id, 'quiz')).toHaveLength(1);
      // After submission, nothing more is taken.
      expectError(await saveRaw(agent, attempt.id, 2, { [single.id]: 'A' }), 409, 'quiz/already_submitted');
      expectError(await submitRaw(agent, attempt.id), 409, 'quiz/already_submitted');
    });

    test('the score follows the saved answers: partial credit for multiple choice vs all or nothing', async () => {
      // Single right (2), multiple half right (A of A+C), true/false right (2), fill right with spaces and full width (2).
      const answers: AnswerMap = {
        [single.id]: 'B',
        [multiple.id]: ['A'],
        [trueFalse.id]: 'F',
        [fill.id]: ` ${FILL_SECRET.replace(/[a-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).toUpperCase()} `,
      };
      const partial = await stdQuiz({ multipleScoring: 'partial', passPercent: 70 });
      const strict = await stdQuiz({ multipleScoring: 'all_or_nothing', passPercent: 70 });
      const expected = { partial: { score: 8, passed: true }, strict: { score: 6, passed: false } };
      for (const [name, quiz] of [
        ['partial', partial],
        ['strict', strict],
      ] as const) {
        const { user, agent } = await learner();
        const attempt = await startAttempt(agent, quiz.id);
        await saveAnswers(agent, attempt.id, 1, answers);
        const result = await submitAttempt(agent, attempt.id);
        expect({ name, ...result }).toMatchObject({ name, ...expected[name], maxScore: 10, passPercent: 70, correctCount: 3, questionCount: 4 });
        const [row] = await attemptRows(t.db, quiz.id, user.id);
        expect([Number(row!.score), row!.passed]).toEqual([expected[name].score, expected[name].passed]);
      }

      // A wrong option beside the right ones earns nothing even with partial credit; unanswered questions earn nothing.
      const { agent } = await learner();
      const other = await stdQuiz({ multipleScoring: 'partial', passPercent: 50 });
      const attempt = await startAttempt(agent, other.id);
      await saveAnswers(agent, attempt.id, 1, { [multiple.id]: ['A', 'B', 'C'], [single.id]: 'B' });
      expect(await submitAttempt(agent, attempt.id)).toMatchObject({ score: 2, passed: false, correctCount: 1 });
    });

    test('passing is at the pass mark: exactly 60 % passes, just below fails', async () => {
      const quiz = await stdQuiz({ passPercent: 60, attemptsAllowed: 0 });
      const { agent } = await learner();
      // 6 of 10: multiple (4) and single (2).
      const first = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, first.id, 1, { [multiple.id]: ['A', 'C'], [single.id]: 'B' });
      expect(await submitAttempt(agent, first.id)).toMatchObject({ score: 6, passed: true });
      // 4 of 10.
      const second = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, second.id, 1, { [multiple.id]: ['C', 'A'] });
      expect(await submitAttempt(agent, second.id)).toMatchObject({ score: 4, passed: false });
      expect((await summaryOf(agent, quiz.id))?.mine).toMatchObject({ attemptsUsed: 2, bestScore: 6, passed: true });
      expect(await getAttempt(agent, second.id)).toMatchObject({ status: 'submitted', score: 4, passed: false, maxScore: 10 });
    });

    test('review after_submit: answers and explanations once submitted, not before', async () => {
      const quiz = await stdQuiz({ reviewPolicy: 'after_submit' });
      const { agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, attempt.id, 1, { [single.id]: 'A', [multiple.id]: ['A', 'C'] });
      expect((await getAttempt(agent, attempt.id)).review).toBeNull();
      expect(await submitAttempt(agent, attempt.id)).toMatchObject({ reviewAvailable: true });
      const after = await getAttempt(agent, attempt.id);
      expect(after.review).toEqual([
        { questionId: single.id, answer: ['B'], explanation: EXPLANATION_SECRET, correct: false, earned: 0 },
        { questionId: multiple.id, answer: ['A', 'C'], explanation: multiple.explanation, correct: true, earned: 4 },
        { questionId: trueFalse.id, answer: ['F'], explanation: trueFalse.explanation, correct: false, earned: 0 },
        { questionId: fill.id, answer: [FILL_SECRET, '人民至上'], explanation: fill.explanation, correct: false, earned: 0 },
      ]);
    });

    test('review never: no answers, explanations or correctness after submission either', async () => {
      const quiz = await stdQuiz({ reviewPolicy: 'never' });
      const { agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, attempt.id, 1, answerMap(bank, 'wrong'));
      const result = await submitAttempt(agent, attempt.id);
      expect(result).toMatchObject({ reviewAvailable: false, score: 0 });
      expectNoKey(result, 'submit (never)');
      const after = await getAttempt(agent, attempt.id);
      expect(after.review).toBeNull();
      expect(after.status).toBe('submitted');
      expectNoKey(after, 'get after submit (never)');
    });

    test('review after_close: nothing while the window is open, answers once closes_at has passed', async () => {
      const quiz = await stdQuiz({ reviewPolicy: 'after_close', closesAt: new Date(Date.now() + 24 * 3600_000).toISOString() });
      const { agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, attempt.id, 1, answerMap(bank, 'wrong'));
      expect(await submitAttempt(agent, attempt.id)).toMatchObject({ reviewAvailable: false });
      const during = await getAttempt(agent, attempt.id);
      expect(during.review).toBeNull();
      expectNoKey(during, 'get after submit, window open');

      await t.db.query(`UPDATE quizzes SET closes_at = now() - interval '1 minute' WHERE id = $1`, [quiz.id]);
      const after = await getAttempt(agent, attempt.id);
      expect(after.review?.map((r) => [r.questionId, r.answer])).toEqual(bank.map((q) => [q.id, q.answer]));
    });
  });

  // ---- the server closes overdue attempts ---------------------------------------------------------------------------

  describe('overdue attempts', () => {
    test('AttemptsService.closeOverdue closes and grades an attempt past deadline and grace from its last save; one within grace stays open', async () => {
      const quiz = await stdQuiz({ creditHours: 1.5 });
      const late = await learner();
      const inGrace = await learner();
      const lateAttempt = await startAttempt(late.agent, quiz.id);
      const graceAttempt = await startAttempt(inGrace.agent, quiz.id);
      await saveAnswers(late.agent, lateAttempt.id, 1, answerMap(bank, 'wrong'));
      // The last save counts: single, multiple and fill right = 8 of 10.
      await saveAnswers(late.agent, lateAttempt.id, 2, answerMap(bank, { [single.id]: 'right', [multiple.id]: 'right', [fill.id]: 'right', [trueFalse.id]: 'wrong' }));
      await moveDeadline(t.db, lateAttempt.id, 120);
      await moveDeadline(t.db, graceAttempt.id, 30);

      expect(await closeOverdue()).toBeGreaterThanOrEqual(1);

      const [row] = await attemptRows(t.db, quiz.id, late.user.id);
      expect(row).toMatchObject({ status: 'submitted', auto_submitted: true, passed: true, version: 2 });
      expect(Number(row!.score)).toBe(8);
      expect(row!.submitted_at).not.toBeNull();
      expect(await getAttempt(late.agent, lateAttempt.id)).toMatchObject({ status: 'submitted', score: 8, passed: true });
      expect(await ledgerRows(t.db, late.user.id, 'quiz')).toHaveLength(1);
      expectError(await submitRaw(late.agent, lateAttempt.id), 409, 'quiz/already_submitted');

      const [open] = await attemptRows(t.db, quiz.id, inGrace.user.id);
      expect(open).toMatchObject({ status: 'in_progress', auto_submitted: false, score: null });
      const [{ n }] = (await t.db.query(
        `SELECT count(*)::int AS n FROM attempts WHERE status = 'in_progress' AND deadline + interval '60 seconds' < now() AND unit_path LIKE $1`,
        [`${w.root.path}%`],
      )) as [{ n: number }];
      expect(n).toBe(0);
    });

    test("the scheduled job 'close-overdue-attempts' does the same on its own", async () => {
      const scheduler = t.app.get(Scheduler);
      const job = (scheduler as unknown as { jobs: Job[] }).jobs.find((j) => j.name === CLOSE_OVERDUE_JOB);
      expect(job).toBeDefined();
      expect(job!.everyMs).toBeLessThanOrEqual(60_000);

      const quiz = await stdQuiz();
      const { user, agent } = await learner();
      const attempt = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, attempt.id, 1, { [trueFalse.id]: 'F' });
      await moveDeadline(t.db, attempt.id, 90);
      const result = await scheduler.runIfDue(job!, true);
      expect((result as { closed: number }).closed).toBeGreaterThanOrEqual(1);
      const [row] = await attemptRows(t.db, quiz.id, user.id);
      expect(row).toMatchObject({ status: 'submitted', auto_submitted: true, passed: false });
      expect(Number(row!.score)).toBe(2);
    });

    test('starting again after the deadline closes the overdue attempt and starts the next one', async () => {
      const quiz = await stdQuiz({ attemptsAllowed: 2 });
      const { user, agent } = await learner();
      const first = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, first.id, 1, { [single.id]: 'B' });
      await moveDeadline(t.db, first.id, 120);
      const second = await startAttempt(agent, quiz.id);
      expect(second.id).not.toBe(first.id);
      expect(second).toMatchObject({ status: 'in_progress', attemptNumber: 2, version: 0, answers: {} });
      const rows = await attemptRows(t.db, quiz.id, user.id);
      expect(rows.map((r) => [r.id, r.status, r.auto_submitted])).toEqual([
        [first.id, 'submitted', true],
        [second.id, 'in_progress', false],
      ]);
      expect(Number(rows[0]!.score)).toBe(2);
    });

    test('with no attempt left, starting after the deadline answers 409 quiz/attempts_exhausted and still closes the overdue attempt', async () => {
      const quiz = await stdQuiz({ attemptsAllowed: 1 });
      const { user, agent } = await learner();
      const first = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, first.id, 1, { [single.id]: 'B' });
      await moveDeadline(t.db, first.id, 120);
      expectError(await startRaw(agent, quiz.id), 409, 'quiz/attempts_exhausted');
      const [row] = await attemptRows(t.db, quiz.id, user.id);
      expect(row).toMatchObject({ id: first.id, status: 'submitted', auto_submitted: true });
      expect((await summaryOf(agent, quiz.id))?.mine).toMatchObject({ inProgressAttemptId: null, canStart: false });
    });
  });

  // ---- courses and the ledger ---------------------------------------------------------------------------------------

  describe('course quizzes and credit hours', () => {
    test("a course with a quiz completes only when the quiz is passed: lessons first, then a failed and a passed attempt", async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, { creditHours: 3, lessons: [{ type: 'article', minReadingSeconds: 60 }] });
      const quiz = await stdQuiz({ courseId: course.id, attemptsAllowed: 0, passPercent: 60, creditHours: 5 });
      const { user, agent } = await learner();
      await enrol(agent, course.id);

      const lesson = await completeLesson(agent, t.db, course.lessons[0]!);
      expect(lesson).toMatchObject({ lessonCompleted: true, courseCompleted: false });
      expect(await myCourse(agent, course.id)).toMatchObject({ status: 'in_progress', completedAt: null });
      expect(await ledgerRows(t.db, user.id, 'course')).toEqual([]);

      const failed = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, failed.id, 1, answerMap(bank, 'wrong'));
      expect(await submitAttempt(agent, failed.id)).toMatchObject({ passed: false, courseCompleted: false });
      expect(await myCourse(agent, course.id)).toMatchObject({ status: 'in_progress' });

      const passed = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, passed.id, 1, answerMap(bank, 'right'));
      expect(await submitAttempt(agent, passed.id)).toMatchObject({ passed: true, courseCompleted: true, hoursAwarded: 0 });
      const mine = await myCourse(agent, course.id);
      expect(mine).toMatchObject({ status: 'completed', progress: 100 });
      expect(mine!.completedAt).not.toBeNull();
      const ledger = await ledgerRows(t.db, user.id, 'course');
      expect(ledger.map((l) => [l.source, l.source_ref_id, Number(l.hours)])).toEqual([['course', course.id, 3]]);
      // A course quiz's hours are the course's: no quiz entry.
      expect(await ledgerRows(t.db, user.id, 'quiz')).toEqual([]);
    });

    test('passing the quiz first: the course completes when the last lesson is done', async () => {
      const course = await createCourse(w.as.orgAdmin, t.db, { creditHours: 1, lessons: [{ type: 'article', minReadingSeconds: 60 }] });
      const quiz = await stdQuiz({ courseId: course.id });
      const { user, agent } = await learner();
      await enrol(agent, course.id);
      const attempt = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, attempt.id, 1, answerMap(bank, 'right'));
      expect(await submitAttempt(agent, attempt.id)).toMatchObject({ passed: true, courseCompleted: false });
      expect(await myCourse(agent, course.id)).toMatchObject({ status: 'in_progress' });

      expect(await completeLesson(agent, t.db, course.lessons[0]!)).toMatchObject({ courseCompleted: true });
      expect(await myCourse(agent, course.id)).toMatchObject({ status: 'completed' });
      expect(await ledgerRows(t.db, user.id, 'course')).toHaveLength(1);
    });

    test('a stand-alone quiz with 2 credit hours writes one quiz ledger entry on the first pass, none on a fail or a second pass', async () => {
      const quiz = await stdQuiz({ creditHours: 2, attemptsAllowed: 0 });
      const { user, agent } = await learner();

      const fail = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, fail.id, 1, answerMap(bank, 'wrong'));
      expect(await submitAttempt(agent, fail.id)).toMatchObject({ passed: false, hoursAwarded: 0 });
      expect(await ledgerRows(t.db, user.id, 'quiz')).toEqual([]);

      const pass = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, pass.id, 1, answerMap(bank, 'right'));
      expect(await submitAttempt(agent, pass.id)).toMatchObject({ passed: true, hoursAwarded: 2 });

      const again = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, again.id, 1, answerMap(bank, 'right'));
      expect(await submitAttempt(agent, again.id)).toMatchObject({ passed: true, hoursAwarded: 0 });

      const ledger = await ledgerRows(t.db, user.id, 'quiz');
      expect(ledger.map((l) => [l.source, l.source_ref_id, Number(l.hours)])).toEqual([['quiz', quiz.id, 2]]);

      // The learning archive shows the quiz once, with the best of three sittings, and its hours under 考试测试.
      const archive = expectOk<{ bySource: { quiz: number }; quizzes: { quizId: string; attempts: number; bestScore: number; maxScore: number; passed: boolean }[] }>(
        await agent.get('/api/my/archive'),
        200,
        'archive',
      );
      expect(archive.bySource.quiz).toBe(2);
      expect(archive.quizzes).toEqual([expect.objectContaining({ quizId: quiz.id, attempts: 3, bestScore: again.maxScore, maxScore: again.maxScore, passed: true })]);
    });
  });

  // ---- results -----------------------------------------------------------------------------------------------------

  describe('results, export and preview', () => {
    let quiz: QuizDetail;
    let q1: BankQuestion;
    let q2: BankQuestion;
    let a1: CadreRef;
    let a2: CadreRef;
    let b1: CadreRef;
    let absent: CadreRef;

    /** Takes the quiz once with q1 and q2 right or wrong. */
    async function take(agent: Agent, first: 'right' | 'wrong', second: 'right' | 'wrong'): Promise<void> {
      const attempt = await startAttempt(agent, quiz.id);
      await saveAnswers(agent, attempt.id, 1, answerMap([q1, q2], { [q1.id]: first, [q2.id]: second }));
      await submitAttempt(agent, attempt.id);
    }

    beforeAll(async () => {
      q1 = await createQuestion(w.as.orgAdmin, { type: 'single', stem: uniq('成绩统计单选') });
      q2 = await createQuestion(w.as.orgAdmin, { type: 'true_false', stem: uniq('成绩统计判断') });
      quiz = await publishedQuiz(
        w.as.orgAdmin,
        [
          { question: q1, points: 5 },
          { question: q2, points: 5 },
        ],
        { passPercent: 60, attemptsAllowed: 0, targetGroups: ['two_new_orgs'] },
      );
      const A1 = await learner(w.villageA, { keyGroups: ['two_new_orgs'] });
      const A2 = await learner(w.townA, { keyGroups: ['two_new_orgs'] });
      const B1 = await learner(w.villageB, { keyGroups: ['two_new_orgs'] });
      const idle = await learner(w.villageB, { keyGroups: ['two_new_orgs'] });
      // Should sit it but has not: two in town B (idle above and this one); a disabled cadre does not count.
      absent = await createCadre(t.db, w.villageB, { keyGroups: ['two_new_orgs'] });
      await createCadre(t.db, w.villageB, { keyGroups: ['two_new_orgs'], status: 'disabled' });
      [a1, a2, b1] = [A1.user, A2.user, B1.user];
      // a1: 0 then 10 (best 10, passed); a2: 5 (failed); b1: 10 (passed); idle: started, never submitted.
      await take(A1.agent, 'wrong', 'wrong');
      await take(A1.agent, 'right', 'right');
      await take(A2.agent, 'right', 'wrong');
      await take(B1.agent, 'right', 'right');
      const open = await startAttempt(idle.agent, quiz.id);
      await saveAnswers(idle.agent, open.id, 1, answerMap([q1, q2], 'wrong'));
    });

    test('GET /api/quizzes/:id/results: participants, pass rate and average over best attempts, by town and by question', async () => {
      const res = expectOk<QuizResultsDto>(await w.as.orgAdmin.get(`/api/quizzes/${quiz.id}/results`), 200, 'results');
      // Best attempts: 10, 5, 10 → 3 participants of the 5 active cadres in the group, 2 passed, average 25 / 3.
      expect(res).toMatchObject({ eligible: 5, participants: 3, participationRate: 0.6, submittedAttempts: 4, passedCount: 2, passRate: 0.667, averageScore: 8.3 });
      const byUnit = new Map(res.byUnit.map((u) => [u.unitId, u]));
      expect(res.byUnit).toHaveLength(2);
      const townA = { unitId: w.townA.id, unitName: w.townA.name, eligible: 2, participants: 2, participationRate: 1, passedCount: 1, passRate: 0.5, averageScore: 7.5 };
      const townB = { unitId: w.townB.id, unitName: w.townB.name, eligible: 3, participants: 1, participationRate: 0.333, passedCount: 1, passRate: 1, averageScore: 10 };
      expect(byUnit.get(w.townA.id)).toEqual(townA);
      expect(byUnit.get(w.townB.id)).toEqual(townB);
      // The unit furthest behind (lowest participation) comes first.
      expect(res.byUnit.map((u) => u.unitId)).toEqual([w.townB.id, w.townA.id]);
      // Per question over every submitted attempt: q1 right 3 of 4, q2 right 2 of 4.
      const byQuestion = new Map(res.byQuestion.map((q) => [q.questionId, q]));
      expect(byQuestion.get(q1.id)).toMatchObject({ stem: q1.stem, type: 'single', answered: 4, correctRate: 0.75 });
      expect(byQuestion.get(q2.id)).toMatchObject({ stem: q2.stem, type: 'true_false', answered: 4, correctRate: 0.5 });
      expect(res.byQuestion).toHaveLength(2);
      expect(keysNamed(res, ['answer', 'explanation'])).toEqual([]);
    });

    test('who should sit it: new leaders by appointment date for a group quiz, enrolees for a course quiz', async () => {
      const today = new Date().toISOString().slice(0, 10);
      // A village of its own, so that cadres made by other tests do not count.
      const village = await createUnit(t.db, w.townA, 'village');
      const leaders = await publishedQuiz(w.as.orgAdmin, [{ question: q1, points: 10 }], { targetGroups: ['new_leader'], targetUnitId: village.id });
      await createCadre(t.db, village, { appointmentDate: today });
      await createCadre(t.db, village, { appointmentDate: '2001-05-01' });
      await createCadre(t.db, w.villageA, { appointmentDate: today });
      const led = expectOk<QuizResultsDto>(await w.as.orgAdmin.get(`/api/quizzes/${leaders.id}/results`), 200, 'new leader results');
      // Only the recent appointee in the village: the old appointment and the one outside the target unit do not count.
      expect(led).toMatchObject({ eligible: 1, participants: 0, participationRate: 0, passRate: 0 });
      expect(led.byUnit).toEqual([expect.objectContaining({ unitId: w.townA.id, eligible: 1, participants: 0 })]);

      const course = await createCourse(w.as.orgAdmin, t.db);
      const courseQuiz = await publishedQuiz(w.as.orgAdmin, [{ question: q1, points: 10 }], { courseId: course.id });
      const enrolled = await learner(w.villageB);
      await enrol(enrolled.agent, course.id);
      await learner(w.villageB);
      const res = expectOk<QuizResultsDto>(await w.as.orgAdmin.get(`/api/quizzes/${courseQuiz.id}/results`), 200, 'course quiz results');
      expect(res).toMatchObject({ eligible: 1, participants: 0 });
    });

    test('results are for org admins in scope: a unit admin or a cadre gets 403, another city 404', async () => {
      for (const agent of [w.as.unitAdminA, w.as.cadreA, w.as.lecturerA, w.as.auditor]) {
        expectError(await agent.get(`/api/quizzes/${quiz.id}/results`), 403, 'common/forbidden');
        expectError(await agent.get(`/api/quizzes/${quiz.id}/results.xlsx`), 403, 'common/forbidden');
        expectError(await agent.get(`/api/quizzes/${quiz.id}/preview`), 403, 'common/forbidden');
      }
      const otherRoot = await createRoot(t.db);
      const stranger = await signIn(t.http, await createCadre(t.db, otherRoot, { roles: ['cadre', 'org_admin'], scopeUnit: otherRoot }));
      expectError(await stranger.get(`/api/quizzes/${quiz.id}/results`), 404, 'common/not_found');
      expectError(await stranger.get(`/api/quizzes/${quiz.id}/preview`), 404, 'common/not_found');
    });

    test('results.xlsx downloads each cadre, each unit and each question, and is audited as quiz.results_exported', async () => {
      const res = await getBytes(w.as.orgAdmin, `/api/quizzes/${quiz.id}/results.xlsx`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(XLSX);
      const sheets = Object.values(await readWorkbook(res.body as Buffer));
      expect(sheets).toHaveLength(4);
      const [people, missing, units, questions] = sheets as [unknown[][], unknown[][], unknown[][], unknown[][]];
      expect(people.slice(1).map((r) => r[0]).sort()).toEqual([a1.name, a2.name, b1.name].sort());
      const a1Row = people.find((r) => r[0] === a1.name)!;
      expect(a1Row.slice(2, 4)).toEqual([2, 10]);
      // Last submission in Beijing time, to the minute.
      expect(a1Row[5]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      // Who still has to sit it: the idle starter and the one who never began.
      expect(missing).toHaveLength(3);
      expect(missing.slice(1).map((r) => r[0])).toContain(absent.name);
      expect(units).toHaveLength(3);
      expect(units[0]).toEqual(['单位', '应考人数', '参考人数', '参考率', '通过人数', '通过率', '平均分']);
      expect(questions).toHaveLength(3);

      const audit = (await t.db.query(`SELECT actor_id, target_type FROM audit_logs WHERE action = 'quiz.results_exported' AND target_id = $1`, [quiz.id])) as {
        actor_id: string;
        target_type: string;
      }[];
      expect(audit).toEqual([{ actor_id: w.users.orgAdmin.id, target_type: 'quiz' }]);
    });

    test('preview draws a paper with answers and explanations for the org admin, and stores nothing', async () => {
      const preview = expectOk<PreviewDto>(await w.as.orgAdmin.get(`/api/quizzes/${quiz.id}/preview`), 200, 'preview');
      expect(preview.maxScore).toBe(10);
      expect(preview.questions.map((q) => [q.id, q.answer, q.points])).toEqual([
        [q1.id, q1.answer, 5],
        [q2.id, q2.answer, 5],
      ]);
      expect(preview.questions[0]!.explanation).toBe(q1.explanation);
      expect(await attemptRows(t.db, quiz.id, w.users.orgAdmin.id)).toEqual([]);

      const random = await createQuiz(w.as.orgAdmin, { mode: 'random', rules: [{ tag: uniq('不存在的标签'), count: 1, pointsEach: 1 }] });
      expectError(await w.as.orgAdmin.get(`/api/quizzes/${random.id}/preview`), 422, 'quiz/not_enough_questions');
    });
  });
});
