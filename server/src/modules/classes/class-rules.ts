import { createHmac } from 'node:crypto';
import { CLASS_MISSED_SHARE_LIMIT, CLASS_SIGN_IN_OPENS_MINUTES_BEFORE, CLASS_SIGN_IN_STEP_SECONDS, type ClassMissedStanding } from '@cadre/shared';

/**
 * The rules of a training class that need no database: the rotating sign-in code and the share of the class an
 * enrollee has missed (the regulation withdraws a cadre who misses more than a seventh of the class hours).
 */

/** The time step a moment falls in: codes change when it does. */
export function signInStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / CLASS_SIGN_IN_STEP_SECONDS);
}

/** When the step after `step` begins, i.e. when its code is replaced. */
export function stepEndsAt(step: number): Date {
  return new Date((step + 1) * CLASS_SIGN_IN_STEP_SECONDS * 1000);
}

/** The six-digit code of a session in one time step: HMAC-SHA256 of the two, truncated as in HOTP (RFC 4226). */
export function signInCode(secret: string, sessionId: string, step: number): string {
  const mac = createHmac('sha256', secret).update(`class-sign-in:${sessionId}:${step}`).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

/** Accepts the current code and the one before it, so a code read just before it changed still works. */
export function isValidSignInCode(secret: string, sessionId: string, code: string, at: Date): boolean {
  const step = signInStep(at);
  return code === signInCode(secret, sessionId, step) || code === signInCode(secret, sessionId, step - 1);
}

export interface SignInWindow {
  opensAt: Date;
  closesAt: Date;
}

/** Sign-in opens half an hour before a session and closes when it ends. */
export function signInWindow(session: { startsAt: Date; endsAt: Date }): SignInWindow {
  return { opensAt: new Date(session.startsAt.getTime() - CLASS_SIGN_IN_OPENS_MINUTES_BEFORE * 60_000), closesAt: session.endsAt };
}

export function isInWindow(window: SignInWindow, at: Date): boolean {
  return at >= window.opensAt && at <= window.closesAt;
}

export interface MissedShare {
  leaveMinutes: number;
  absentMinutes: number;
  totalMinutes: number;
  share: number;
  standing: ClassMissedStanding;
}

/**
 * Missed minutes (approved leave and unexcused absence) against the whole timetable: exactly a seventh is the limit
 * (warned), more is a withdrawal. Compared in whole minutes, so 60 of 420 is exactly at the limit.
 */
export function missedShare(leaveMinutes: number, absentMinutes: number, totalMinutes: number): MissedShare {
  const missed = leaveMinutes + absentMinutes;
  const { numerator, denominator } = CLASS_MISSED_SHARE_LIMIT;
  const scaled = missed * denominator;
  const limit = totalMinutes * numerator;
  const standing: ClassMissedStanding = totalMinutes === 0 || scaled < limit ? 'ok' : scaled === limit ? 'at_limit' : 'withdrawn';
  return { leaveMinutes, absentMinutes, totalMinutes, share: totalMinutes === 0 ? 0 : Math.round((missed / totalMinutes) * 10000) / 10000, standing };
}

/** Minutes between two instants, rounded. */
export function minutesBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 60_000);
}

/** The key the sign-in codes are made with, derived from the server's token secret (no extra setting to manage). */
export function signInSecret(jwtSecret: string): string {
  return createHmac('sha256', jwtSecret).update('training-class-sign-in').digest('hex');
}

export interface AttendedDay {
  /** The day in Asia/Shanghai, YYYY-MM-DD. */
  day: string;
  /** Minutes of the sessions the cadre attended that day. */
  minutes: number;
}

export interface ClassCreditPart {
  year: number;
  /** The last attended day of this year, YYYY-MM-DD. */
  lastDay: string;
  hours: number;
  /** What the daily cap cut in this year. */
  cutHours: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The 学时 a cadre earns from a class: the class's hours carried by its sessions in proportion to their length (so a
 * cadre present at every session earns the class's hours), the sessions they attended counted, at most `dailyCap` a day,
 * split by the attended days' years (a class across New Year gives a part per year). Days are summed before rounding.
 */
export function classCredit(classHours: number, totalMinutes: number, attended: AttendedDay[], dailyCap: number): ClassCreditPart[] {
  if (totalMinutes <= 0) return [];
  const byYear = new Map<number, { lastDay: string; hours: number; cut: number }>();
  for (const { day, minutes } of [...attended].sort((a, b) => a.day.localeCompare(b.day))) {
    if (minutes <= 0) continue;
    const earned = (classHours * minutes) / totalMinutes;
    const credited = Math.min(earned, dailyCap);
    const year = Number(day.slice(0, 4));
    const part = byYear.get(year) ?? { lastDay: day, hours: 0, cut: 0 };
    part.lastDay = day;
    part.hours += credited;
    part.cut += earned - credited;
    byYear.set(year, part);
  }
  return [...byYear.entries()].map(([year, p]) => ({ year, lastDay: p.lastDay, hours: round2(p.hours), cutHours: round2(p.cut) }));
}
