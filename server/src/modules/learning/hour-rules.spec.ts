import { courseHoursFromMinutes } from '@cadre/shared';
import { classCredit } from '../classes/class-rules';
import { splitByYear } from './claims.service';

describe('course 学时 from minutes (per course total)', () => {
  test.each([
    [0, 0],
    [10, 0.25],
    [14, 0.25],
    [15, 0.5],
    [29, 0.5],
    [30, 1],
    [65, 2.25],
    [75, 2.5],
    [90, 3],
  ])('%i minutes give %d', (minutes, hours) => {
    expect(courseHoursFromMinutes(minutes)).toBe(hours);
  });

  test('the city’s figures replace the defaults', () => {
    expect(courseHoursFromMinutes(75, { per_30_min: 1, remainder_15_30: 0.75, remainder_under_15: 0 })).toBe(2.75);
    expect(courseHoursFromMinutes(70, { per_30_min: 1, remainder_15_30: 0.75, remainder_under_15: 0 })).toBe(2);
  });
});

describe('class credit', () => {
  test('the class’s hours follow the timetable; a day above the cap is cut to it', () => {
    // 12 学时 over 720 minutes: the 600-minute day carries 10 (cut to 8), the 120-minute day 2.
    expect(classCredit(12, 720, [{ day: '2026-05-04', minutes: 600 }, { day: '2026-05-06', minutes: 120 }], 8)).toEqual([
      { year: 2026, lastDay: '2026-05-06', hours: 10, cutHours: 2 },
    ]);
  });

  test('a missed session earns nothing; years split by the attended days', () => {
    expect(classCredit(14, 600, [{ day: '2025-12-30', minutes: 180 }, { day: '2026-01-02', minutes: 120 }], 8)).toEqual([
      { year: 2025, lastDay: '2025-12-30', hours: 4.2, cutHours: 0 },
      { year: 2026, lastDay: '2026-01-02', hours: 2.8, cutHours: 0 },
    ]);
    expect(classCredit(14, 0, [], 8)).toEqual([]);
  });
});

describe('a period split by year', () => {
  test('by days in each year, both ends counted, adding up exactly', () => {
    expect(splitByYear(20, '2025-12-31', '2026-01-03')).toEqual([
      { year: 2025, lastDay: '2025-12-31', hours: 5 },
      { year: 2026, lastDay: '2026-01-03', hours: 15 },
    ]);
    // 10 over 3 days: 3.33 for the one day, the rest (6.67) for the two.
    expect(splitByYear(10, '2025-12-31', '2026-01-02')).toEqual([
      { year: 2025, lastDay: '2025-12-31', hours: 3.33 },
      { year: 2026, lastDay: '2026-01-02', hours: 6.67 },
    ]);
    expect(splitByYear(8, '2026-03-02', '2026-03-02')).toEqual([{ year: 2026, lastDay: '2026-03-02', hours: 8 }]);
  });
});
