import { addMonths, chineseDate, todayInShanghai } from './time';

describe('todayInShanghai', () => {
  it('is already the next day in Shanghai once UTC passes 16:00', () => {
    expect(todayInShanghai(new Date('2026-01-01T16:30:00Z'))).toBe('2026-01-02');
  });

  it('is still the same day just before Shanghai midnight', () => {
    expect(todayInShanghai(new Date('2026-01-01T15:59:59Z'))).toBe('2026-01-01');
  });

  it('turns over exactly at Shanghai midnight (16:00 UTC)', () => {
    expect(todayInShanghai(new Date('2026-01-01T16:00:00Z'))).toBe('2026-01-02');
  });

  it('crosses the year boundary by Shanghai time, not UTC', () => {
    expect(todayInShanghai(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(todayInShanghai(new Date('2025-12-31T15:00:00Z'))).toBe('2025-12-31');
  });

  it('formats as YYYY-MM-DD with zero padding', () => {
    expect(todayInShanghai(new Date('2026-03-04T01:00:00Z'))).toBe('2026-03-04');
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-05-30', 1, '2026-06-30'],
  ])('clamps to the last day of the month: %s %+d months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-01-15', -1, '2025-12-15'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-06-15', -12, '2025-06-15'],
    ['2026-02-10', -25, '2024-01-10'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2026-01-01', 24, '2028-01-01'],
  ])('crosses years: %s %+d months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('leaves the date alone for zero months', () => {
    expect(addMonths('2026-07-09', 0)).toBe('2026-07-09');
  });
});

describe('chineseDate', () => {
  it('writes a date as Chinese documents do, without leading zeros', () => {
    expect(chineseDate('2026-03-01')).toBe('2026年3月1日');
    expect(chineseDate('2026-11-26')).toBe('2026年11月26日');
  });
});
