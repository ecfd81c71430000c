import { randomUUID } from 'node:crypto';
import type { CadreGroup, MultipleScoring, QuestionType } from '@cadre/shared';
import type { EntityManager } from 'typeorm';
import { todayInShanghai } from '../../common/time';
import type { AnswerValue } from '../quizzes/attempt.entity';
import { grade, shuffled } from '../quizzes/grading';
import type { QuestionOption } from '../quizzes/question.entity';
import { questionProblems, storedOptions } from '../quizzes/question-rules';
import { insertMany } from './bulk';
import type { CadreRow, UnitRow } from './demo-city';
import type { DemoQuestion } from './demo-question-types';
import { DISCIPLINE_QUESTIONS } from './demo-questions-discipline';
import { LAW_QUESTIONS } from './demo-questions-law';
import { PRACTICE_QUESTIONS } from './demo-questions-practice';
import { THEORY_QUESTIONS } from './demo-questions-theory';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  year: number;
  now: Date;
  units: UnitRow[];
  cadres: CadreRow[];
  /** The cadres in the new_leader group today (derived from their appointment dates). */
  newLeaderIds: Set<string>;
}

/** A bank question as stored: option ids A, B, … (T/F for true/false) and the answer as option ids or accepted texts. */
export interface BankQuestion {
  id: string;
  type: QuestionType;
  stem: string;
  options: QuestionOption[];
  answer: string[];
  explanation: string;
  tags: string[];
  difficulty: number;
}

const LETTERS = 'ABCDEFGH';

/** Quizzes of three courses: a fixed paper from the bank questions of a tag, 100 points, 80 to pass. */
const COURSE_QUIZZES: { course: string; tag: string; counts: Partial<Record<QuestionType, number>>; points: number[] }[] = [
  { course: '习近平法治思想与依法行政', tag: '依法行政', counts: { single: 5, multiple: 2, true_false: 2, fill: 1 }, points: Array(10).fill(10) as number[] },
  { course: '《中国共产党纪律处分条例》解读', tag: '纪律处分条例', counts: { single: 6, multiple: 2, true_false: 2 }, points: Array(10).fill(10) as number[] },
  { course: '习近平新时代中国特色社会主义思想概论', tag: '党的创新理论', counts: { single: 8, multiple: 4, true_false: 4, fill: 4 }, points: Array(20).fill(5) as number[] },
];
const MINUTE = 60_000;

/** The whole demo bank in the stored form; throws if a written question breaks the bank's own rules. */
export function demoBank(): Omit<BankQuestion, 'id'>[] {
  return [...THEORY_QUESTIONS, ...DISCIPLINE_QUESTIONS, ...LAW_QUESTIONS, ...PRACTICE_QUESTIONS].map((q, i) => {
    const stored = toStored(q);
    const problems = questionProblems(stored);
    if (problems.length) throw new Error(`Demo question ${i} (${q.stem.slice(0, 20)}…): ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
    return { ...stored, options: storedOptions(stored.type, stored.options) };
  });
}

function toStored(q: DemoQuestion): Omit<BankQuestion, 'id'> {
  const base = { type: q.type, stem: q.stem, explanation: q.explanation, tags: q.tags, difficulty: q.difficulty };
  if (q.type === 'true_false') return { ...base, options: [], answer: [q.answer === true ? 'T' : 'F'] };
  if (q.type === 'fill') return { ...base, options: [], answer: (q.answer as string[]).map(String) };
  return {
    ...base,
    options: (q.options ?? []).map((text, i) => ({ id: LETTERS[i]!, text })),
    answer: (q.answer as number[]).map((i) => LETTERS[i]!),
  };
}

interface DemoQuiz {
  id: string;
  title: string;
  description: string;
  courseId: string | null;
  mode: 'fixed' | 'random';
  minutes: number;
  passPercent: number;
  attemptsAllowed: number;
  opensAt: Date;
  closesAt: Date | null;
  shuffle: boolean;
  scoring: MultipleScoring;
  creditHours: number;
  targetGroups: CadreGroup[];
  /** Fixed papers: the questions and their points. Random papers: one drawn per attempt from the rules. */
  paper?: { q: BankQuestion; points: number }[];
  rules?: { tag: string; type: QuestionType; count: number; points: number }[];
}

/**
 * The demo city's question bank (every written question, owned by the city), five published quizzes and a year of
 * their attempts:
 * - a stand-alone theory test for new leaders, drawn at random per attempt, worth 2 credit hours (cadre01 has not
 *   taken it yet, so the demo can walk a whole sitting);
 * - a discipline test for everyone with a fixed paper, worth 1 credit hour, taken by about four in ten cadres;
 * - the quizzes of three courses (rule of law, the discipline regulations, Xi Jinping Thought), which gate completion:
 *   everyone who completed those courses passed their quiz; cadre01 meets one when finishing Xi Jinping Thought.
 */
export async function seedDemoQuizzes(ctx: Context): Promise<{ questions: number; quizzes: number; attempts: number }> {
  const rng = new SeededRandom(20_260_404);
  const { tx, year, now } = ctx;
  const city = ctx.units[0]!;
  const admin = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const jan1 = Date.parse(`${year}-01-01T00:00:00+08:00`);

  const bank: BankQuestion[] = demoBank().map((q) => ({ ...q, id: randomUUID() }));
  const createdAt = new Date(jan1 - 40 * 86_400_000);
  await insertMany(
    tx,
    'questions',
    ['id', 'type', 'stem', 'options', 'answer', 'explanation', 'tags', 'difficulty', 'owner_unit_id', 'created_by_id', 'created_at', 'updated_at'],
    bank.map((q) => [q.id, q.type, q.stem, JSON.stringify(q.options), JSON.stringify(q.answer), q.explanation, q.tags, q.difficulty, city.id, admin.id, createdAt, createdAt]),
  );
  const withTag = (tag: string) => bank.filter((q) => q.tags.includes(tag));
  const courses = new Map(((await tx.query('SELECT id, title FROM courses')) as { id: string; title: string }[]).map((c) => [c.title, c.id]));

  const discipline = bank.filter((q) => DISCIPLINE_QUESTIONS.some((d) => d.stem === q.stem));
  const quizzes: DemoQuiz[] = [
    {
      id: randomUUID(),
      title: `${year}年度新任职领导干部理论知识测试`,
      description: '围绕党的创新理论和党的二十大精神，每人随机抽取20题，限时30分钟，60分合格，合格计2学时。可作答2次。',
      courseId: null,
      mode: 'random',
      minutes: 30,
      passPercent: 60,
      attemptsAllowed: 2,
      opensAt: new Date(jan1),
      closesAt: new Date(Date.parse(`${year}-12-31T23:59:59+08:00`)),
      shuffle: true,
      scoring: 'partial',
      creditHours: 2,
      targetGroups: ['new_leader'],
      rules: [
        { tag: '党的创新理论', type: 'single', count: 5, points: 4 },
        { tag: '党的二十大精神', type: 'single', count: 5, points: 4 },
        { tag: '党的创新理论', type: 'multiple', count: 2, points: 6 },
        { tag: '党的二十大精神', type: 'multiple', count: 2, points: 6 },
        { tag: '党的创新理论', type: 'true_false', count: 2, points: 4 },
        { tag: '党的二十大精神', type: 'true_false', count: 2, points: 4 },
        { tag: '党的二十大精神', type: 'fill', count: 2, points: 10 },
      ],
    },
    {
      id: randomUUID(),
      title: '党纪学习教育应知应会测试',
      description: '学习《中国共产党纪律处分条例》和中央八项规定精神，20题，限时20分钟，60分合格，合格计1学时。可作答3次。',
      courseId: null,
      mode: 'fixed',
      minutes: 20,
      passPercent: 60,
      attemptsAllowed: 3,
      opensAt: new Date(jan1 + 60 * 86_400_000),
      closesAt: null,
      shuffle: false,
      scoring: 'all_or_nothing',
      creditHours: 1,
      targetGroups: [],
      paper: pickPaper(discipline, { single: 10, multiple: 4, true_false: 4, fill: 2 }).map((q) => ({ q, points: 5 })),
    },
    ...COURSE_QUIZZES.map(
      (c): DemoQuiz => ({
        id: randomUUID(),
        title: `${c.course} 课程测验`,
        description: `学完课程后参加，${c.points.length}题，80分合格；合格后课程方为完成。不限次数。`,
        courseId: courses.get(c.course)!,
        mode: 'fixed',
        minutes: 15,
        passPercent: 80,
        attemptsAllowed: 0,
        opensAt: new Date(jan1),
        closesAt: null,
        shuffle: true,
        scoring: 'all_or_nothing',
        creditHours: 0,
        targetGroups: [],
        paper: pickPaper(withTag(c.tag), c.counts).map((q, i) => ({ q, points: c.points[i]! })),
      }),
    ),
  ];
  await insertMany(
    tx,
    'quizzes',
    [
      'id', 'title', 'description', 'owner_unit_id', 'course_id', 'mode', 'time_limit_minutes', 'pass_percent', 'attempts_allowed', 'opens_at', 'closes_at',
      'shuffle_questions', 'shuffle_options', 'review_policy', 'multiple_scoring', 'credit_hours', 'target_groups', 'status', 'created_by_id', 'created_at', 'updated_at',
    ],
    quizzes.map((z) => [
      z.id, z.title, z.description, city.id, z.courseId, z.mode, z.minutes, z.passPercent, z.attemptsAllowed, z.opensAt, z.closesAt,
      z.shuffle, z.shuffle, 'after_submit', z.scoring, z.creditHours, z.targetGroups, 'published', admin.id, createdAt, createdAt,
    ]),
  );
  await insertMany(
    tx,
    'quiz_questions',
    ['quiz_id', 'question_id', 'position', 'points'],
    quizzes.flatMap((z) => (z.paper ?? []).map((p, i) => [z.id, p.q.id, i + 1, p.points])),
  );
  await insertMany(
    tx,
    'quiz_rules',
    ['quiz_id', 'position', 'tag', 'question_type', 'difficulty', 'count', 'points_each'],
    quizzes.flatMap((z) => (z.rules ?? []).map((r, i) => [z.id, i + 1, r.tag, r.type, null, r.count, r.points])),
  );

  // Attempts.
  const attemptRows: unknown[][] = [];
  const questionRows: unknown[][] = [];
  const passedAt = new Map<string, { userId: string; at: Date }[]>();
  const elapsed = Math.max(0, now.getTime() - jan1);
  const sit = (quiz: DemoQuiz, cadre: CadreRow, start: Date, skill: number, attemptNumber: number): boolean => {
    const paper = quiz.paper ?? drawFromRules(quiz.rules!, withTag, rng);
    const ordered = quiz.shuffle ? shuffled(paper, rng.int(1, 1e9)) : paper;
    const id = randomUUID();
    const answers: Record<string, AnswerValue> = {};
    let score = 0;
    let max = 0;
    ordered.forEach(({ q, points }, i) => {
      const given = rng.chance(0.97) ? answerWith(q, rng.chance(skill), rng) : undefined;
      if (given !== undefined) answers[q.id] = given;
      const graded = grade(q.type, q.answer, points, given, quiz.scoring);
      score += graded.earned;
      max += points;
      const options = quiz.shuffle && (q.type === 'single' || q.type === 'multiple') ? shuffled(q.options, rng.int(1, 1e9)) : q.options;
      questionRows.push([
        id, i + 1, q.id, points,
        JSON.stringify({ type: q.type, stem: q.stem, options, answer: q.answer, explanation: q.explanation, tags: q.tags, difficulty: q.difficulty }),
        graded.earned, graded.correct,
      ]);
    });
    const passed = score * 100 >= max * quiz.passPercent;
    const submitted = new Date(start.getTime() + rng.int(Math.ceil(quiz.minutes / 3), quiz.minutes - 1) * MINUTE + rng.int(0, 59) * 1000);
    attemptRows.push([
      id, quiz.id, cadre.id, attemptNumber, 'submitted', start, new Date(start.getTime() + quiz.minutes * MINUTE), submitted, false,
      Object.keys(answers).length, JSON.stringify(answers), submitted, Math.round(score * 10) / 10, max, passed, unitById.get(cadre.unitId)!.path,
    ]);
    if (passed) passedAt.set(quiz.id, [...(passedAt.get(quiz.id) ?? []), { userId: cadre.id, at: submitted }]);
    return passed;
  };
  /** One cadre's sittings of a quiz: a first try and, if failed and allowed, a better-prepared retry a few days later. */
  const take = (quiz: DemoQuiz, cadre: CadreRow, start: Date) => {
    const skill = 0.35 + rng.next() * 0.6;
    if (sit(quiz, cadre, start, skill, 1)) return;
    const retry = new Date(start.getTime() + rng.int(1, 5) * 86_400_000);
    if (retry.getTime() < now.getTime() - 3_600_000 && (quiz.attemptsAllowed === 0 || quiz.attemptsAllowed > 1)) sit(quiz, cadre, retry, Math.min(0.98, skill + 0.25), 2);
  };
  const dayTime = (from: number, to: number) => new Date(from + rng.next() * Math.max(0, to - from) - (rng.int(0, 8) * 3_600_000));
  const cadre01 = ctx.cadres.find((c) => c.username === 'cadre01')!;
  const [theory, party, ...courseQuizzes] = quizzes as [DemoQuiz, DemoQuiz, ...DemoQuiz[]];
  // How keen each top-level unit is; the two lagging towns of the demo lag here too.
  const keenness = new Map<string, number>();
  for (const unit of ctx.units.filter((u) => u.depth === 1)) keenness.set(unit.id, unit.name === '河湾镇' || unit.name === '安平镇' ? 0.15 : 0.35 + rng.next() * 0.55);
  const topUnit = (unitId: string): string => {
    let unit = unitById.get(unitId)!;
    while (unit.depth > 1) unit = unitById.get(unit.parentId!)!;
    return unit.id;
  };
  for (const cadre of ctx.cadres) {
    const keen = keenness.get(topUnit(cadre.unitId)) ?? 0.5;
    if (cadre.id !== cadre01.id && ctx.newLeaderIds.has(cadre.id) && rng.chance(Math.min(0.95, keen + 0.2))) {
      take(theory, cadre, dayTime(jan1 + elapsed * 0.3, now.getTime() - 2 * 86_400_000));
    }
    if (cadre.id !== cadre01.id && party.opensAt.getTime() < now.getTime() - 3 * 86_400_000 && rng.chance(keen)) {
      take(party, cadre, dayTime(party.opensAt.getTime() + 86_400_000, now.getTime() - 2 * 86_400_000));
    }
  }
  // A course quiz gates completion, so each completer passed it just before completing (a few after failing first).
  const cadreById = new Map(ctx.cadres.map((c) => [c.id, c]));
  for (const course of courseQuizzes) {
    const completers = (await tx.query(`SELECT user_id, completed_at FROM enrollments WHERE course_id = $1 AND status = 'completed'`, [course.courseId])) as {
      user_id: string;
      completed_at: Date;
    }[];
    for (const c of completers) {
      const cadre = cadreById.get(c.user_id)!;
      const done = new Date(c.completed_at).getTime();
      let n = 1;
      if (rng.chance(0.2)) sit(course, cadre, new Date(done - 2 * 86_400_000), 0.3, n++);
      while (!sit(course, cadre, new Date(done - (course.minutes + 1) * MINUTE), 0.98, n)) n += 1;
    }
  }
  await insertMany(
    tx,
    'attempts',
    ['id', 'quiz_id', 'user_id', 'attempt_number', 'status', 'started_at', 'deadline', 'submitted_at', 'auto_submitted', 'version', 'answers', 'saved_at', 'score', 'max_score', 'passed', 'unit_path'],
    attemptRows,
  );
  await insertMany(tx, 'attempt_questions', ['attempt_id', 'position', 'question_id', 'points', 'snapshot', 'earned', 'correct'], questionRows);

  // Credit hours for the first pass of a stand-alone quiz.
  const ledgerRows: unknown[][] = [];
  for (const quiz of quizzes.filter((z) => z.creditHours > 0)) {
    const first = new Map<string, Date>();
    for (const p of passedAt.get(quiz.id) ?? []) if (!first.has(p.userId) || first.get(p.userId)! > p.at) first.set(p.userId, p.at);
    for (const [userId, at] of first) {
      const cadre = cadreById.get(userId)!;
      ledgerRows.push([userId, Number(todayInShanghai(at).slice(0, 4)), quiz.creditHours, 'quiz', quiz.id, `考试：${quiz.title}`, cadre.unitId, unitById.get(cadre.unitId)!.path, at]);
    }
  }
  await insertMany(tx, 'ledger_entries', ['user_id', 'year', 'hours', 'source', 'source_ref_id', 'description', 'unit_id', 'unit_path', 'earned_at'], ledgerRows);
  await tx.query(
    `INSERT INTO cadre_year_hours (user_id, year, total_hours, quiz_hours)
     SELECT user_id, year, sum(hours), sum(hours) FROM ledger_entries WHERE source = 'quiz' GROUP BY user_id, year
     ON CONFLICT (user_id, year) DO UPDATE SET total_hours = cadre_year_hours.total_hours + EXCLUDED.quiz_hours, quiz_hours = EXCLUDED.quiz_hours`,
  );
  return { questions: bank.length, quizzes: quizzes.length, attempts: attemptRows.length };
}

/** The first questions of each type, in bank order: a fixed paper that reads the same on every start. */
function pickPaper(pool: BankQuestion[], counts: Partial<Record<QuestionType, number>>): BankQuestion[] {
  const paper: BankQuestion[] = [];
  for (const [type, count] of Object.entries(counts) as [QuestionType, number][]) {
    const found = pool.filter((q) => q.type === type).slice(0, count);
    if (found.length < count) throw new Error(`The demo bank has only ${found.length} ${type} questions for a paper that needs ${count}`);
    paper.push(...found);
  }
  return paper;
}

/** The same draw the server makes: per rule, that many distinct questions not drawn by an earlier rule. */
function drawFromRules(
  rules: NonNullable<DemoQuiz['rules']>,
  withTag: (tag: string) => BankQuestion[],
  rng: SeededRandom,
): { q: BankQuestion; points: number }[] {
  const taken = new Set<string>();
  const paper: { q: BankQuestion; points: number }[] = [];
  for (const rule of rules) {
    const pool = withTag(rule.tag).filter((q) => q.type === rule.type && !taken.has(q.id));
    if (pool.length < rule.count) throw new Error(`The demo bank has only ${pool.length} ${rule.type} questions tagged ${rule.tag}; a rule needs ${rule.count}`);
    for (const q of shuffled(pool, rng.int(1, 1e9)).slice(0, rule.count)) {
      taken.add(q.id);
      paper.push({ q, points: rule.points });
    }
  }
  return paper;
}

/** A right answer, or a plausible wrong one. */
function answerWith(q: BankQuestion, right: boolean, rng: SeededRandom): AnswerValue {
  if (q.type === 'fill') return right ? q.answer[0]! : rng.pick(['不清楚', '待查', '略']);
  if (q.type === 'true_false') return right ? q.answer[0]! : q.answer[0] === 'T' ? 'F' : 'T';
  const wrong = q.options.map((o) => o.id).filter((id) => !q.answer.includes(id));
  if (q.type === 'single') return right ? q.answer[0]! : rng.pick(wrong);
  if (right) return [...q.answer];
  // A typical slip on a multiple-choice question: one right option missed, or one wrong option added.
  return rng.chance(0.5) ? q.answer.slice(1) : [...q.answer, rng.pick(wrong)];
}
