import { describe, expect, it } from 'vitest';
import { answerByLetters, letterAt, letterOf } from './optionLetters';

// A paper shuffled for one attempt: the bank's C comes first, then D, B, A.
const shuffled = [
  { id: 'C', text: '善治' },
  { id: 'D', text: '整治' },
  { id: 'B', text: '共治' },
  { id: 'A', text: '德治' },
];

describe('option letters follow the order shown, not the stored ids', () => {
  it('labels the shown options A, B, C, D', () => {
    expect(shuffled.map((_, i) => letterAt(i)).join('')).toBe('ABCD');
  });

  it('finds the shown letter of a stored id', () => {
    expect(letterOf(shuffled, 'A')).toBe('D');
    expect(letterOf(shuffled, 'C')).toBe('A');
    expect(letterOf(shuffled, 'Z')).toBe('');
  });

  it('writes an answer with the shown letters, in the order shown', () => {
    expect(answerByLetters(shuffled, 'A')).toBe('D. 德治');
    // Chosen as A then C in the bank; shown as C (善治) first and A (德治) last.
    expect(answerByLetters(shuffled, ['A', 'C'])).toBe('A. 善治；D. 德治');
  });
});
