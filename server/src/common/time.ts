/** Calendar days and years are reckoned in Asia/Shanghai, whatever the server's own zone. */
const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Asia/Shanghai, `YYYY-MM-DD`. */
export function todayInShanghai(now: Date = new Date()): string {
  return SHANGHAI_DATE.format(now);
}

const SHANGHAI_MINUTE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A moment as people in the city read it: `YYYY-MM-DD HH:mm` in Asia/Shanghai (for exports). */
export function minuteInShanghai(at: Date): string {
  return `${SHANGHAI_DATE.format(at)} ${SHANGHAI_MINUTE.format(at)}`;
}

/** `date` (YYYY-MM-DD) moved by whole months, clamped to the month's last day (2026-03-31 − 1 month = 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The calendar year in Asia/Shanghai, for figures asked for without a year. */
export function currentYear(now: Date = new Date()): number {
  return Number(todayInShanghai(now).slice(0, 4));
}

/** A date `YYYY-MM-DD` as written in Chinese documents: 2026年3月1日. */
export function chineseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** SQL for the first moment of the calendar year given by the SQL expression `year`, in Asia/Shanghai. */
export const sqlYearStart = (year: string) => `make_timestamptz(${year}, 1, 1, 0, 0, 0, 'Asia/Shanghai')`;
/** SQL for the first moment after the calendar year given by the SQL expression `year`, in Asia/Shanghai. */
export const sqlYearEnd = (year: string) => `make_timestamptz(${year} + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')`;
