import { RANKS, type RankLevel } from '@cadre/shared';
import { applies, ranksAtLevels, windowOf } from './requirement-rules';

describe('a requirement line’s window', () => {
  const cycle = { windowYears: 5, windowStart: 2023 };

  test('a one-year line counts its own year', () => {
    expect(windowOf({ windowYears: 1, windowStart: null }, 2026)).toEqual({ start: 2026, end: 2026 });
  });

  test('every year of a five-year cycle sees the whole cycle', () => {
    for (const year of [2023, 2024, 2025, 2026, 2027]) expect(windowOf(cycle, year)).toEqual({ start: 2023, end: 2027 });
  });

  test('cycles repeat on both sides of the first one', () => {
    expect(windowOf(cycle, 2028)).toEqual({ start: 2028, end: 2032 });
    expect(windowOf(cycle, 2022)).toEqual({ start: 2018, end: 2022 });
  });
});

describe('whom a requirement line applies to', () => {
  const line = (rankLevels: ('chu' | 'ke' | 'keyuan')[], groups: 'new_leader'[] = []) => ({ appliesTo: { rankLevels, groups } });

  test('no criteria: every cadre', () => {
    expect(applies(line([]), { rank: 'other', keyGroups: [] })).toBe(true);
  });

  test('主任科员 count as 科级 and 调研员 as 处级', () => {
    expect(applies(line(['ke']), { rank: 'zhuren_keyuan_1', keyGroups: [] })).toBe(true);
    expect(applies(line(['ke']), { rank: 'zhuren_keyuan_4', keyGroups: [] })).toBe(true);
    expect(applies(line(['ke']), { rank: 'keyuan_1', keyGroups: [] })).toBe(false);
    expect(applies(line(['chu']), { rank: 'diaoyanyuan_4', keyGroups: [] })).toBe(true);
    expect(applies(line(['chu']), { rank: 'fu_ke', keyGroups: [] })).toBe(false);
  });

  test('村、社区 cadres (rank other) fall under no line restricted by rank level, only under lines for everyone', () => {
    for (const level of ['chu', 'ke', 'keyuan'] as const) expect(applies(line([level]), { rank: 'other', keyGroups: [] })).toBe(false);
    expect(applies(line([]), { rank: 'other', keyGroups: [] })).toBe(true);
  });

  test('a rank level and a group must both match', () => {
    expect(applies(line(['ke'], ['new_leader']), { rank: 'fu_ke', keyGroups: ['new_leader'] })).toBe(true);
    expect(applies(line(['ke'], ['new_leader']), { rank: 'fu_ke', keyGroups: [] })).toBe(false);
    expect(applies(line([], ['new_leader']), { rank: 'zheng_chu', keyGroups: ['new_leader'] })).toBe(true);
  });
});

describe('the ranks a line’s levels admit (the shortfall SQL’s form of applies)', () => {
  test('a rank is admitted exactly when applies() says the line applies to it', () => {
    const levelSets: RankLevel[][] = [['chu'], ['ke'], ['keyuan'], ['ke', 'keyuan'], ['chu', 'ke', 'keyuan']];
    for (const rankLevels of levelSets) {
      const line = { appliesTo: { rankLevels, groups: [] } };
      expect(ranksAtLevels(rankLevels)).toEqual(RANKS.filter((rank) => applies(line, { rank, keyGroups: [] })));
    }
    expect(ranksAtLevels(['chu'])).toEqual(['zheng_chu', 'fu_chu', 'diaoyanyuan_1', 'diaoyanyuan_2', 'diaoyanyuan_3', 'diaoyanyuan_4']);
    expect(ranksAtLevels([])).toBeNull();
  });
});
