import type { EntityManager } from 'typeorm';
import type { QuestionOption } from './question.entity';
import { shuffled } from './grading';
import type { Quiz } from './quiz.entity';

export interface DrawnQuestion {
  questionId: string;
  points: number;
  snapshot: { type: string; stem: string; options: QuestionOption[]; answer: string[]; explanation: string; tags: string[]; difficulty: number };
}

type Row = { id: string; type: string; stem: string; options: QuestionOption[]; answer: string[]; explanation: string; tags: string[]; difficulty: number; points: string };

/**
 * A fixed paper's questions as last read, per quiz and version (its updated_at): in an exam every cadre of a county
 * starts the same paper within minutes, and reading its 20 questions is the start's largest query. Kept for 30 s at
 * most, so that a bank question corrected during a sitting reaches the papers started after that. Rows are shared
 * between papers and never changed (shuffles copy).
 */
const FIXED_PAPER_TTL_MS = 30_000;
const fixedPapers = new Map<string, { version: number; readAt: number; rows: readonly Row[] }>();

async function fixedPaper(tx: EntityManager, quiz: Quiz): Promise<readonly Row[]> {
  const version = quiz.updatedAt.getTime();
  const kept = fixedPapers.get(quiz.id);
  if (kept && kept.version === version && performance.now() - kept.readAt < FIXED_PAPER_TTL_MS) return kept.rows;
  const rows = (await tx.query(
    `SELECT q.id, q.type, q.stem, q.options, q.answer, q.explanation, q.tags, q.difficulty, qq.points
       FROM quiz_questions qq JOIN questions q ON q.id = qq.question_id
      WHERE qq.quiz_id = $1 ORDER BY qq.position`,
    [quiz.id],
  )) as Row[];
  if (fixedPapers.size >= 500) fixedPapers.clear();
  fixedPapers.set(quiz.id, { version, readAt: performance.now(), rows });
  return rows;
}

/**
 * The questions of one paper: the fixed list, or for each rule that many distinct active questions drawn at random from
 * the bank on the owner unit's path. Questions (and options, when the quiz says so) are shuffled with the given seed.
 */
export async function drawPaper(tx: EntityManager, quiz: Quiz, ownerPath: string, seed: number): Promise<DrawnQuestion[]> {
  let drawn: readonly Row[];
  if (quiz.mode === 'fixed') {
    drawn = await fixedPaper(tx, quiz);
  } else {
    const rules = (await tx.query('SELECT tag, question_type, difficulty, count, points_each FROM quiz_rules WHERE quiz_id = $1 ORDER BY position', [
      quiz.id,
    ])) as { tag: string | null; question_type: string | null; difficulty: number | null; count: number; points_each: string }[];
    const rows: Row[] = [];
    drawn = rows;
    const taken = new Set<string>();
    for (const rule of rules) {
      const picked = (await tx.query(
        `SELECT q.id, q.type, q.stem, q.options, q.answer, q.explanation, q.tags, q.difficulty, $5::numeric AS points
           FROM questions q JOIN org_units ou ON ou.id = q.owner_unit_id
          WHERE q.status = 'active' AND $1 LIKE ou.path || '%'
            AND ($2::text IS NULL OR $2 = ANY(q.tags)) AND ($3::text IS NULL OR q.type = $3) AND ($4::int IS NULL OR q.difficulty = $4)
            AND NOT (q.id = ANY($6::uuid[]))
          ORDER BY random() LIMIT $7`,
        [ownerPath, rule.tag, rule.question_type, rule.difficulty, rule.points_each, [...taken], rule.count],
      )) as Row[];
      for (const r of picked) taken.add(r.id);
      rows.push(...picked);
    }
  }
  const ordered = quiz.shuffleQuestions ? shuffled(drawn, seed) : drawn;
  return ordered.map((q, i) => ({
    questionId: q.id,
    points: Number(q.points),
    snapshot: {
      type: q.type,
      stem: q.stem,
      options: quiz.shuffleOptions && (q.type === 'single' || q.type === 'multiple') ? shuffled(q.options, seed + i + 1) : q.options,
      answer: q.answer,
      explanation: q.explanation,
      tags: q.tags,
      difficulty: q.difficulty,
    },
  }));
}
