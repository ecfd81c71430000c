import { formatDate } from './format';

/** The current year in Asia/Shanghai, whatever the device's zone (a device abroad on 31 December must not jump ahead). */
export const currentYear = (): number => Number(formatDate(new Date()).slice(0, 4));

/** The year pickers' options: `from` (this year unless given) and the years before it, newest first. */
export function recentYears(count = 6, from = currentYear()): number[] {
  return Array.from({ length: count }, (_, i) => from - i);
}

/** A year read from a route's query (`?year=2025`), or the fallback when it is missing or not a plausible year. */
export function yearFromQuery(value: unknown, fallback: number): number {
  return typeof value === 'string' && /^\d{4}$/.test(value) && Number(value) >= 2000 && Number(value) <= 2100 ? Number(value) : fallback;
}
