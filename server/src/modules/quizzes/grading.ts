import type { MultipleScoring, QuestionType } from '@cadre/shared';
import type { AnswerValue } from './attempt.entity';

/** Fill-in answers compare after trimming, folding full-width characters and spaces, and ignoring Latin case. */
export function normaliseFill(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export interface Graded {
  earned: number;
  correct: boolean;
}

/**
 * Grades one answer. Single and true/false: the one right option. Multiple: all or nothing, or (partial) a share of the
 * points for right options when no wrong one is chosen. Fill-in: any accepted text.
 */
export function grade(type: QuestionType, key: string[], points: number, given: AnswerValue | undefined, scoring: MultipleScoring): Graded {
  if (given === undefined) return { earned: 0, correct: false };
  if (type === 'fill') {
    const text = typeof given === 'string' ? normaliseFill(given) : '';
    const correct = text !== '' && key.some((k) => normaliseFill(k) === text);
    return { earned: correct ? points : 0, correct };
  }
  if (type === 'multiple') {
    const chosen = new Set(Array.isArray(given) ? given : [given]);
    const right = new Set(key);
    const wrongChosen = [...chosen].some((c) => !right.has(c));
    const rightChosen = [...chosen].filter((c) => right.has(c)).length;
    const correct = !wrongChosen && rightChosen === right.size;
    if (correct) return { earned: points, correct };
    if (scoring === 'partial' && !wrongChosen && rightChosen > 0) {
      return { earned: Math.round(((points * rightChosen) / right.size) * 10) / 10, correct: false };
    }
    return { earned: 0, correct: false };
  }
  const choice = Array.isArray(given) ? given[0] : given;
  const correct = choice !== undefined && choice === key[0];
  return { earned: correct ? points : 0, correct };
}

/** A seeded shuffle (Fisher–Yates with mulberry32), so an attempt's order is stable when recomputed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
