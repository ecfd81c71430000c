import { describe, expect, it } from 'vitest';
import { coveragePercent, groupByLevel, reorder, unitTrail, withLeader } from './lecture-admin.logic';

describe('groupByLevel', () => {
  it('lists municipal, specialised and grassroots teams in that order, keeping an empty level', () => {
    const groups = groupByLevel([
      { id: 'a', level: 'grassroots' as const },
      { id: 'b', level: 'municipal' as const },
      { id: 'c', level: 'grassroots' as const },
    ]);
    expect(groups.map((g) => g.level)).toEqual(['municipal', 'specialised', 'grassroots']);
    expect(groups.map((g) => g.teams.map((t) => t.id))).toEqual([['b'], [], ['a', 'c']]);
  });
});

describe('reorder', () => {
  const topics = [
    { id: 'a', sortOrder: 10 },
    { id: 'b', sortOrder: 20 },
    { id: 'c', sortOrder: 30 },
  ];

  it('swaps a topic with the one above and sends only the two that changed', () => {
    expect(reorder(topics, 2, -1)).toEqual([
      { id: 'c', sortOrder: 20 },
      { id: 'b', sortOrder: 30 },
    ]);
  });

  it('renumbers the whole list when the old numbers tie', () => {
    const tied = topics.map((t) => ({ ...t, sortOrder: 100 }));
    expect(reorder(tied, 0, 1)).toEqual([
      { id: 'b', sortOrder: 10 },
      { id: 'a', sortOrder: 20 },
      { id: 'c', sortOrder: 30 },
    ]);
  });

  it('does nothing past either end', () => {
    expect(reorder(topics, 0, -1)).toEqual([]);
    expect(reorder(topics, 2, 1)).toEqual([]);
  });
});

describe('withLeader', () => {
  it('keeps one leader at most', () => {
    const members = [
      { userId: 'a', leader: true },
      { userId: 'b', leader: false },
    ];
    expect(withLeader(members, 'b').map((m) => m.leader)).toEqual([false, true]);
    expect(withLeader(members, null).map((m) => m.leader)).toEqual([false, false]);
  });
});

describe('unitTrail', () => {
  it('walks up to the top of the visible tree', () => {
    const byId = new Map([
      ['c', { id: 'c', name: '示范市', parentId: null }],
      ['t', { id: 't', name: '龙门镇', parentId: 'c' }],
      ['v', { id: 'v', name: '东庄村', parentId: 't' }],
    ]);
    expect(unitTrail(byId, 'v').map((u) => u.name)).toEqual(['示范市', '龙门镇', '东庄村']);
  });

  it('stops at a parent the caller cannot see (a town admin starts at the town)', () => {
    const byId = new Map([
      ['t', { id: 't', name: '龙门镇', parentId: 'c' }],
      ['v', { id: 'v', name: '东庄村', parentId: 't' }],
    ]);
    expect(unitTrail(byId, 'v').map((u) => u.id)).toEqual(['t', 'v']);
    expect(unitTrail(byId, 'unknown')).toEqual([]);
  });
});

describe('coveragePercent', () => {
  it('rounds down and copes with no villages', () => {
    expect(coveragePercent(199, 200)).toBe(99);
    expect(coveragePercent(3, 3)).toBe(100);
    expect(coveragePercent(0, 0)).toBe(0);
  });
});
