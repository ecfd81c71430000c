import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentYear, recentYears, yearFromQuery } from './years';

describe('year helpers', () => {
  afterEach(() => vi.useRealTimers());

  it('takes the year in Asia/Shanghai, not the device’s zone', () => {
    // 31 December 2026 at 20:00 UTC is already 1 January 2027 in Beijing.
    vi.useFakeTimers({ now: new Date('2026-12-31T20:00:00Z') });
    expect(currentYear()).toBe(2027);
    expect(recentYears(3)).toEqual([2027, 2026, 2025]);
  });

  it('counts back from a given year, six years unless told', () => {
    expect(recentYears(3, 2026)).toEqual([2026, 2025, 2024]);
    expect(recentYears(undefined, 2026)).toHaveLength(6);
  });

  it('reads a plausible year from the query, else the fallback', () => {
    expect(yearFromQuery('2025', 2026)).toBe(2025);
    expect(yearFromQuery(['2025'], 2026)).toBe(2026);
    expect(yearFromQuery('1999', 2026)).toBe(2026);
    expect(yearFromQuery('20255', 2026)).toBe(2026);
    expect(yearFromQuery(undefined, 2026)).toBe(2026);
  });
});
