import type { AssignableCadreGroup, CadreGroup } from '@cadre/shared';
import { addMonths, todayInShanghai } from '../../common/time';

/**
 * `new_leader` is never stored: a cadre whose appointment to a leading post lies within the last `months` months
 * (and not in the future) belongs to it, so cadres enter and leave the group by themselves.
 */
export function newLeaderWindow(months: number, now: Date = new Date()): { after: string; until: string } {
  const today = todayInShanghai(now);
  return { after: addMonths(today, -months), until: today };
}

export function isNewLeader(appointmentDate: string | null, months: number, now: Date = new Date()): boolean {
  if (!appointmentDate) return false;
  const { after, until } = newLeaderWindow(months, now);
  return appointmentDate > after && appointmentDate <= until;
}

export function keyGroupsOf(
  user: { keyGroups: AssignableCadreGroup[]; appointmentDate: string | null },
  months: number,
  now: Date = new Date(),
): CadreGroup[] {
  return [...(isNewLeader(user.appointmentDate, months, now) ? (['new_leader'] as const) : []), ...user.keyGroups];
}

/** The moment a year's key groups are read at: the end of that year, or now for the current year. */
export function groupsReferenceDate(year: number, now: Date = new Date()): Date {
  return `${year}-12-31` < todayInShanghai(now) ? new Date(`${year}-12-31T12:00:00+08:00`) : now;
}
