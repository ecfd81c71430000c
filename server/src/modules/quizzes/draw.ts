import type { EntityManager } from 'typeorm';
import type { QuestionOption } from './question.entity';
import { shuffled } from './grading';
import type { Quiz } from './quiz.entity';

export interface DrawnQuestion {
  questionId: string;
  points: number;
  snapshot: { type: string; stem: string; options: QuestionOption[]; answer: string[]; explanation: string; tags: string[]; difficulty: number };
}

/**
 * The questions of one paper: the fixed list, or for each rule that many distinct active questions drawn at random from
 * the bank on the owner unit's path. Questions (and options, when the quiz says so) are shuffled with the given seed.
 */
export async function drawPaper(tx: EntityManager, quiz: Quiz, ownerPath: string, seed: number): Promise<DrawnQuestion[]> {
  type Row = { id: string; type: string; stem: string; options: QuestionOption[]; answer: string[]; explanation: string; tags: string[]; difficulty: number; points: string };
  let drawn: Row[];
  if (quiz.mode === 'fixed') {
    drawn = (await tx.query(
      `SELECT q.id, q.type, q.stem, q.options, q.answer, q.explanation, q.tags, q.difficulty, qq.points
         FROM quiz_questions qq JOIN questions q ON q.id = qq.question_id
        WHERE qq.quiz_id = $1 ORDER BY qq.position`,
      [quiz.id],
    )) as Row[];
  } else {
    const rules = (await tx.query('SELECT tag, question_type, difficulty, count, points_each FROM quiz_rules WHERE quiz_id = $1 ORDER BY position', [
      quiz.id,
    ])) as { tag: string | null; question_type: string | null; difficulty: number | null; count: number; points_each: string }[];
    drawn = [];
    const taken = new Set<string>();
    for (const rule of rules) {
      const rows = (await tx.query(
        `SELECT q.id, q.type, q.stem, q.options, q.answer, q.explanation, q.tags, q.difficulty, $5::numeric AS points
           FROM questions q JOIN org_units ou ON ou.id = q.owner_unit_id
          WHERE q.status = 'active' AND $1 LIKE ou.path || '%'
            AND ($2::text IS NULL OR $2 = ANY(q.tags)) AND ($3::text IS NULL OR q.type = $3) AND ($4::int IS NULL OR q.difficulty = $4)
            AND NOT (q.id = ANY($6::uuid[]))
          ORDER BY random() LIMIT $7`,
        [ownerPath, rule.tag, rule.question_type, rule.difficulty, rule.points_each, [...taken], rule.count],
      )) as Row[];
      for (const r of rows) taken.add(r.id);
      drawn.push(...rows);
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
