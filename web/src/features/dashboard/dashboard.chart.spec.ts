import { describe, expect, it } from 'vitest';
import type { UnitFigures } from './dashboard.api';
import { chartHeight, metricValue, parseMetric, topAndBottom } from './dashboard.chart';

interface Row {
  name: string;
  v: number | null;
}
const rows = (values: (number | null)[]): Row[] => values.map((v, i) => ({ name: `单位${String(i + 1).padStart(2, '0')}`, v }));
const pick = (list: Row[], n: number) => {
  const ends = topAndBottom(list, (r) => r.v, (r) => r.name, n);
  return { top: ends.top.map((r) => r.name), bottom: ends.bottom.map((r) => r.name), between: ends.between, without: ends.without };
};

describe('the 按单位 chart: the top and bottom units of one figure', () => {
  it('keeps the n highest and the n lowest of many, highest first, and counts those in between and those without a value', () => {
    // 25 units valued 1 … 25, each named by its value, shuffled; two more have no value.
    const values = [13, 2, 25, 7, 19, 1, 24, 8, 16, 3, 22, 11, 5, 18, 9, 21, 4, 14, 23, 6, 17, 10, 20, 12, 15];
    const list: Row[] = [...values.map((v) => ({ name: `值${String(v).padStart(2, '0')}`, v })), { name: '无数据甲', v: null }, { name: '无数据乙', v: null }];
    const ends = pick(list, 3);
    expect(ends.top).toEqual(['值25', '值24', '值23']);
    expect(ends.bottom).toEqual(['值03', '值02', '值01']);
    expect(ends.between).toBe(19); // 25 valued − 3 − 3
    expect(ends.without).toBe(2);
  });

  it('draws every unit, sorted, when there are no more than 2 × n', () => {
    expect(pick(rows([0.5, 0.9, null, 0.1, 0.7]), 2)).toEqual({ top: ['单位02', '单位05', '单位01', '单位04'], bottom: [], between: 0, without: 1 });
  });

  it('orders ties by name, so the same figures always draw the same chart', () => {
    // 甲 (jiǎ) sorts before 乙 (yǐ) in zh-CN, so of the two at 0.5 乙 is drawn as the lowest, whatever the input order.
    const list = [
      { name: '乙', v: 0.5 },
      { name: '甲', v: 0.5 },
      { name: '丙', v: 0.8 },
    ];
    expect(pick(list, 1)).toEqual({ top: ['丙'], bottom: ['乙'], between: 1, without: 0 });
    expect(pick([...list].reverse(), 1)).toEqual({ top: ['丙'], bottom: ['乙'], between: 1, without: 0 });
  });

  it('reads a requirement line\'s rate, and falls back to the completion rate for a metric it does not know', () => {
    const unit = { requiredCompletionRate: 0.6, metHoursRate: 0.4, hoursPerCadre: 12.5, quizPassRate: null, lines: [{ key: 'online', label: '网络培训', applicable: 4, met: 3, rate: 0.75 }] } as unknown as UnitFigures;
    expect(metricValue(unit, 'line:online')).toBe(0.75);
    expect(metricValue(unit, 'line:centralized_year')).toBeNull();
    expect(metricValue(unit, 'hoursPerCadre')).toBe(12.5);
    expect(metricValue(unit, 'quizPassRate')).toBeNull();
    expect(parseMetric('line:online', ['online'])).toBe('line:online');
    expect(parseMetric('line:nope', ['online'])).toBe('requiredCompletionRate');
    expect(parseMetric('metHoursRate', [])).toBe('metHoursRate');
    expect(parseMetric(undefined, [])).toBe('requiredCompletionRate');
  });

  it('stays bounded: 10 at each end and the gap line are well under a screen and a half', () => {
    expect(chartHeight(21)).toBe(594);
    expect(chartHeight(1)).toBe(160);
  });
});
