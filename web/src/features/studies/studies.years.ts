import { formatDate } from '../../app/format';

/** The current year in Asia/Shanghai. */
export const currentYear = (): number => Number(formatDate(new Date()).slice(0, 4));

/** This year and the few before it, newest first, for year pickers. */
export function recentYears(count = 6): number[] {
  const now = currentYear();
  return Array.from({ length: count }, (_, i) => now - i);
}
