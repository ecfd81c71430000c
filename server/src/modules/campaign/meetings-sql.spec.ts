import { currentUnitStarts, expectedMeetings } from './meetings-sql';

describe('expectedMeetings (the working rhythm)', () => {
  test.each([
    // 2026-01-01 is a Thursday: the first ISO week starting in Q1 is the one of Monday 5 January; 30 March is the last.
    ['a quarter', '2026-01-01', '2026-03-31', { weekly: 13, monthly: 3, quarterly: 1 }],
    // Across a month boundary: Mondays 19 and 26 January, 2 and 9 February; only 1 February starts a month.
    ['mid-January to mid-February', '2026-01-15', '2026-02-14', { weekly: 4, monthly: 1, quarterly: 0 }],
    ['a whole year', '2026-01-01', '2026-12-31', { weekly: 52, monthly: 12, quarterly: 4 }],
    ['one Monday', '2026-01-05', '2026-01-05', { weekly: 1, monthly: 0, quarterly: 0 }],
    ['a Tuesday to a Sunday', '2026-01-06', '2026-01-11', { weekly: 0, monthly: 0, quarterly: 0 }],
    ['across a year end', '2025-12-15', '2026-01-15', { weekly: 5, monthly: 1, quarterly: 1 }],
    ['a reversed period', '2026-02-01', '2026-01-01', { weekly: 0, monthly: 0, quarterly: 0 }],
  ])('%s', (_name, from, to, expected) => {
    expect(expectedMeetings(from, to)).toEqual(expected);
  });
});

describe('currentUnitStarts (the week, month and quarter under way)', () => {
  test.each([
    // Monday 7 December 2026: the week starts that day, the quarter on 1 October.
    ['a Monday', '2026-12-07', { weekly: '2026-12-07', monthly: '2026-12-01', quarterly: '2026-10-01' }],
    // Sunday 4 January 2026: its week began on Monday 29 December 2025.
    ['a Sunday across a year end', '2026-01-04', { weekly: '2025-12-29', monthly: '2026-01-01', quarterly: '2026-01-01' }],
    ['the last day of a quarter', '2026-06-30', { weekly: '2026-06-29', monthly: '2026-06-01', quarterly: '2026-04-01' }],
  ])('%s', (_name, today, expected) => {
    expect(currentUnitStarts(today)).toEqual(expected);
  });
});
