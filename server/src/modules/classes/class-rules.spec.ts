import { isInWindow, isValidSignInCode, missedShare, signInCode, signInStep, signInWindow, stepEndsAt } from './class-rules';

const SECRET = 'a-secret-of-the-server';
const SESSION = '4b0f2a9e-8f4e-4f57-9a55-3f1d6f8a1b20';

describe('rotating sign-in code', () => {
  test('is six digits and the same for the same session and step', () => {
    const code = signInCode(SECRET, SESSION, 15_000_000);
    expect(code).toMatch(/^\d{6}$/);
    expect(signInCode(SECRET, SESSION, 15_000_000)).toBe(code);
  });

  test('differs between steps, sessions and secrets', () => {
    const base = signInCode(SECRET, SESSION, 15_000_000);
    const others = [
      signInCode(SECRET, SESSION, 15_000_001),
      signInCode(SECRET, '0d9c1e77-5e0b-4c5a-8f3e-2b6a1c9d4e10', 15_000_000),
      signInCode('another-secret', SESSION, 15_000_000),
    ];
    for (const other of others) expect(other).not.toBe(base);
  });

  test('steps are 120 seconds long', () => {
    expect(signInStep(new Date(120_000 * 5))).toBe(5);
    expect(signInStep(new Date(120_000 * 6 - 1))).toBe(5);
    expect(stepEndsAt(5).getTime()).toBe(120_000 * 6);
  });

  test('accepts the current and the previous code only', () => {
    const at = new Date(120_000 * 1000 + 30_000);
    const step = signInStep(at);
    expect(isValidSignInCode(SECRET, SESSION, signInCode(SECRET, SESSION, step), at)).toBe(true);
    expect(isValidSignInCode(SECRET, SESSION, signInCode(SECRET, SESSION, step - 1), at)).toBe(true);
    expect(isValidSignInCode(SECRET, SESSION, signInCode(SECRET, SESSION, step - 2), at)).toBe(false);
    expect(isValidSignInCode(SECRET, SESSION, signInCode(SECRET, SESSION, step + 1), at)).toBe(false);
  });
});

describe('sign-in window', () => {
  const session = { startsAt: new Date('2026-05-10T01:00:00Z'), endsAt: new Date('2026-05-10T03:00:00Z') };
  const window = signInWindow(session);
  test('opens 30 minutes before the start and closes at the end', () => {
    expect(window.opensAt.toISOString()).toBe('2026-05-10T00:30:00.000Z');
    expect(isInWindow(window, new Date('2026-05-10T00:29:59Z'))).toBe(false);
    expect(isInWindow(window, new Date('2026-05-10T00:30:00Z'))).toBe(true);
    expect(isInWindow(window, new Date('2026-05-10T03:00:00Z'))).toBe(true);
    expect(isInWindow(window, new Date('2026-05-10T03:00:01Z'))).toBe(false);
  });
});

describe('missed share (one seventh of the class)', () => {
  test('60 of 420 minutes is exactly at the limit; 61 is past it', () => {
    expect(missedShare(60, 0, 420)).toEqual({ leaveMinutes: 60, absentMinutes: 0, totalMinutes: 420, share: 0.1429, standing: 'at_limit' });
    expect(missedShare(60, 1, 420).standing).toBe('withdrawn');
    expect(missedShare(59, 0, 420).standing).toBe('ok');
  });
  test('leave and unexcused absence add up', () => {
    expect(missedShare(30, 30, 420).standing).toBe('at_limit');
    expect(missedShare(60, 60, 420)).toMatchObject({ share: 0.2857, standing: 'withdrawn' });
  });
  test('a class without a timetable has nothing to miss', () => {
    expect(missedShare(0, 0, 0)).toMatchObject({ share: 0, standing: 'ok' });
  });
});

describe('calendar line folding', () => {
  test('keeps lines within 75 octets without splitting a Chinese character', async () => {
    const { foldIcsLine } = await import('./class-closing.service');
    const line = `SUMMARY:${'学习贯彻党的二十大精神'.repeat(6)}`;
    const folded = foldIcsLine(line).split('\r\n');
    // 8 + 198 octets: 22 characters (74 octets) on the first line, then 24 and 20 after the leading space.
    expect(folded.map((p) => Buffer.byteLength(p))).toEqual([74, 73, 61]);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('BEGIN:VEVENT')).toBe('BEGIN:VEVENT');
  });
});
