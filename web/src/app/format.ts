import { formatCount } from '@cadre/shared';

/** Dates as people here read them, in Asia/Shanghai whatever the device's zone: 2026-11-26, 2026-11-26 09:30. */
const DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  return DATE.format(typeof value === 'string' ? new Date(value) : value);
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  return `${DATE.format(d)} ${TIME.format(d)}`;
}

/**
 * Counts as people here write them, the same on every page: 2,934 (zh-CN digit grouping), whatever the UI language;
 * a missing figure is a dash. Use it wherever a template prints a count.
 */
export { formatCount };

/** An el-table-column formatter for count columns: `:formatter="countCell"`. */
export function countCell(_row: unknown, _column: unknown, value: unknown): string {
  return typeof value === 'number' ? formatCount(value) : String(value ?? '');
}
