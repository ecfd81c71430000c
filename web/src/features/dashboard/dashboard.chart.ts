import type { UnitFigures } from './dashboard.api';

/**
 * The 按单位 chart: one figure at a time, for the units at the top and at the bottom of it (a city has ~80 child units;
 * drawn all, the chart alone was 8,000 px tall). The full list stays in the table beneath.
 */

/** The figures the chart can draw: the year's requirement lines are `line:<key>`. */
export type ChartMetric = 'requiredCompletionRate' | 'metHoursRate' | 'hoursPerCadre' | 'quizPassRate' | `line:${string}`;

export const BASE_METRICS = ['requiredCompletionRate', 'metHoursRate', 'hoursPerCadre', 'quizPassRate'] as const satisfies readonly ChartMetric[];

/** How many units the chart shows at each end. */
export const CHART_EACH_END = 10;

/** Whether a metric is a share (drawn 0–100 %) rather than a quantity (人均学时). */
export const isRate = (metric: ChartMetric): boolean => metric !== 'hoursPerCadre';

/** A unit's value of the metric: rates as 0–1, hours as they are; null where it has none (nobody held to a line, no quiz taker). */
export function metricValue(row: UnitFigures, metric: ChartMetric): number | null {
  if (metric.startsWith('line:')) {
    const key = metric.slice('line:'.length);
    return row.lines.find((l) => l.key === key)?.rate ?? null;
  }
  return row[metric as (typeof BASE_METRICS)[number]];
}

/** A metric named in the URL, if it is one the chart can draw for these lines; otherwise the default. */
export function parseMetric(value: unknown, lineKeys: readonly string[]): ChartMetric {
  if (typeof value !== 'string') return 'requiredCompletionRate';
  if ((BASE_METRICS as readonly string[]).includes(value)) return value as ChartMetric;
  if (value.startsWith('line:') && lineKeys.includes(value.slice('line:'.length))) return value as ChartMetric;
  return 'requiredCompletionRate';
}

export interface Ends<T> {
  /** The highest, highest first (every unit with a value when there are no more than 2 × n). */
  top: T[];
  /** The lowest, in the same descending order, so the lowest of all is last; empty when `top` holds them all. */
  bottom: T[];
  /** Units with a value between the two ends, left to the table. */
  between: number;
  /** Units without a value, left out of the chart. */
  without: number;
}

/**
 * The `n` rows with the highest value and the `n` with the lowest, in descending order; rows with no value are left
 * out. Ties go by name, so the same data always draws the same chart.
 */
export function topAndBottom<T>(rows: readonly T[], value: (row: T) => number | null, name: (row: T) => string, n: number): Ends<T> {
  const valued = rows.map((row) => ({ row, v: value(row) })).filter((x): x is { row: T; v: number } => x.v !== null);
  valued.sort((a, b) => b.v - a.v || name(a.row).localeCompare(name(b.row), 'zh-CN'));
  const sorted = valued.map((x) => x.row);
  const without = rows.length - sorted.length;
  if (sorted.length <= 2 * n) return { top: sorted, bottom: [], between: 0, without };
  return { top: sorted.slice(0, n), bottom: sorted.slice(sorted.length - n), between: sorted.length - 2 * n, without };
}

/** The chart's height for `bars` bars (and a gap line between the ends): bounded, as there are at most 2 × n + 1. */
export const chartHeight = (bars: number): number => Math.max(160, bars * 26 + 48);
