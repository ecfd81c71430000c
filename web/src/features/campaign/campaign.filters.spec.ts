import { describe, expect, it } from 'vitest';
import { daysPast, filtersFromQuery, queryFromFilters, slowest } from './campaign.filters';

const AREA = '5b0e8f8e-3c2a-4d4e-9a47-0d1f6c1d2e3f';

describe('campaign filters in the URL', () => {
  it('reads valid filters and drops malformed ones', () => {
    expect(filtersFromQuery({ areaId: AREA, status: 'overdue', leadUnitId: 'nope', q: '  整治 ', page: '3' })).toEqual({ areaId: AREA, status: 'overdue', q: '整治', page: 3 });
    expect(filtersFromQuery({ status: 'late', page: '-1' })).toEqual({ page: 1 });
    expect(filtersFromQuery({ areaId: [AREA, 'x'] })).toEqual({ areaId: AREA, page: 1 });
  });

  it('writes only what is set, and the first page not at all', () => {
    expect(queryFromFilters({ areaId: AREA, status: 'done', page: 1 })).toEqual({ areaId: AREA, status: 'done' });
    expect(queryFromFilters({ q: '学习', page: 2 })).toEqual({ q: '学习', page: '2' });
  });

  it('round-trips', () => {
    const f = { areaId: AREA, status: 'on_track' as const, page: 4 };
    expect(filtersFromQuery(queryFromFilters(f) as Record<string, string>)).toEqual(f);
  });
});

describe('figures', () => {
  it('counts the days past a deadline', () => {
    expect(daysPast('2026-03-31', '2026-04-10')).toBe(10);
    expect(daysPast('2026-04-10', '2026-04-10')).toBe(0);
    expect(daysPast('2026-12-31', '2026-12-01')).toBe(-30);
  });

  it('finds the slowest row: least done, then most overdue; empty rows do not count', () => {
    const rows = [
      { key: 'a', doneRate: 0.8, overdue: 0, total: 5 },
      { key: 'b', doneRate: 0, overdue: 1, total: 4 },
      { key: 'c', doneRate: 0, overdue: 3, total: 6 },
      { key: 'd', doneRate: 0, overdue: 9, total: 0 },
    ];
    expect(slowest(rows)?.key).toBe('c');
    expect(slowest([])).toBeNull();
  });
});
