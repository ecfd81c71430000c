import type { QuestionType } from '@cadre/shared';
import type { FieldProblem } from '../../common/errors/app-exception';
import type { QuestionOption } from './question.entity';

export const TRUE_FALSE_OPTIONS: QuestionOption[] = [
  { id: 'T', text: '正确' },
  { id: 'F', text: '错误' },
];

export interface QuestionInput {
  type: QuestionType;
  stem: string;
  options: QuestionOption[];
  answer: string[];
}

/** What makes a question inconsistent; an empty list means it can be used. */
export function questionProblems(q: QuestionInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!q.stem.trim()) problems.push({ field: 'stem', message: 'the stem is empty' });
  const ids = q.options.map((o) => o.id);
  if (q.type === 'single' || q.type === 'multiple') {
    const min = q.type === 'single' ? 2 : 3;
    if (q.options.length < min) problems.push({ field: 'options', message: `needs at least ${min} options` });
    if (new Set(ids).size !== ids.length) problems.push({ field: 'options', message: 'option ids repeat' });
    if (q.options.some((o) => !o.text.trim())) problems.push({ field: 'options', message: 'an option is empty' });
    const unknown = q.answer.filter((a) => !ids.includes(a));
    if (unknown.length) problems.push({ field: 'answer', message: `answer names no option: ${unknown.join(', ')}` });
    if (q.type === 'single' && q.answer.length !== 1) problems.push({ field: 'answer', message: 'a single-choice question has exactly one answer' });
    if (q.type === 'multiple' && new Set(q.answer).size < 2) problems.push({ field: 'answer', message: 'a multiple-choice question has at least two answers' });
    if (q.type === 'multiple' && new Set(q.answer).size >= q.options.length) {
      problems.push({ field: 'answer', message: 'at least one option must be wrong' });
    }
  } else if (q.type === 'true_false') {
    if (q.answer.length !== 1 || (q.answer[0] !== 'T' && q.answer[0] !== 'F')) problems.push({ field: 'answer', message: 'answer T or F' });
  } else {
    if (q.answer.some((a) => !a.trim())) problems.push({ field: 'answer', message: 'an accepted answer is empty' });
  }
  return problems;
}

/** The options a question is stored with: true/false questions get their two fixed options, fill-in none. */
export function storedOptions(type: QuestionType, options: QuestionOption[]): QuestionOption[] {
  if (type === 'true_false') return TRUE_FALSE_OPTIONS;
  if (type === 'fill') return [];
  return options.map((o) => ({ id: o.id, text: o.text.trim() }));
}
