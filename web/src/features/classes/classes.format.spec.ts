import { describe, expect, test } from 'vitest';
import { clockText, percent, sessionTime } from './classes.format';

describe('class formats', () => {
  test('a session reads in the city\'s time, whatever the browser\'s zone', () => {
    expect(sessionTime({ startsAt: '2026-05-10T01:00:00.000Z', endsAt: '2026-05-10T03:30:00.000Z' })).toBe('2026-05-10 09:00–11:30');
    // 23:30 UTC is already the next morning in Shanghai.
    expect(sessionTime({ startsAt: '2026-05-09T23:30:00Z', endsAt: '2026-05-10T01:00:00Z' })).toBe('2026-05-10 07:30–09:00');
  });

  test('a share reads as a percentage with one decimal', () => {
    expect(percent(1 / 7)).toBe('14.3%');
    expect(percent(0)).toBe('0.0%');
    expect(percent(0.2857)).toBe('28.6%');
  });

  test('a time left reads as a clock, hours only when there are any', () => {
    expect(clockText(309)).toBe('05:09');
    expect(clockText(3909)).toBe('1:05:09');
    expect(clockText(-4)).toBe('00:00');
  });
});
