import { describe, expect, test } from 'vitest';
import { meetingFiltersFromQuery, quarterOf, queryFromMeetingFilters } from './meetings.filters';

describe('meeting filters in the URL', () => {
  test('keeps well-formed filters and drops the rest', () => {
    expect(meetingFiltersFromQuery({ kind: 'weekly', status: 'overdue', from: '2026-01-01', to: '2026-03-31', page: '2' })).toEqual({
      kind: 'weekly',
      status: 'overdue',
      from: '2026-01-01',
      to: '2026-03-31',
      page: 2,
    });
    expect(meetingFiltersFromQuery({ kind: 'daily', status: 'late', from: '2026-13-01', to: 'soon', page: '-1' })).toEqual({ page: 1 });
  });
  test('round-trips, leaving out the first page', () => {
    const f = { kind: 'monthly' as const, from: '2026-01-15', to: '2026-02-14', page: 1 };
    expect(queryFromMeetingFilters(f)).toEqual({ kind: 'monthly', from: '2026-01-15', to: '2026-02-14' });
    expect(meetingFiltersFromQuery(queryFromMeetingFilters(f) as Record<string, string>)).toEqual(f);
  });
  test.each([
    ['2026-02-14', { from: '2026-01-01', to: '2026-03-31' }],
    ['2026-04-01', { from: '2026-04-01', to: '2026-06-30' }],
    ['2026-12-07', { from: '2026-10-01', to: '2026-12-31' }],
    ['2028-08-31', { from: '2028-07-01', to: '2028-09-30' }],
  ])('the quarter of %s', (today, expected) => {
    expect(quarterOf(today)).toEqual(expected);
  });
});
