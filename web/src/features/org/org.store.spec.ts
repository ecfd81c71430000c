import { describe, expect, it } from 'vitest';
import type { OrgUnit } from './org.api';
import { buildTree } from './org.store';

const unit = (id: string, parentId: string | null, name: string, depth: number): OrgUnit => ({
  id,
  parentId,
  name,
  kind: depth === 0 ? 'city' : depth === 1 ? 'town' : 'village',
  depth,
  sortOrder: 0,
  retired: false,
  childCount: 0,
  editable: true,
});

describe('buildTree', () => {
  it('nests units under their parents and keeps the name trail from the top', () => {
    const tree = buildTree([unit('c', null, '示范市', 0), unit('t', 'c', '龙门镇', 1), unit('v', 't', '东庄村', 2), unit('t2', 'c', '桃源镇', 1)]);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.children.map((n) => n.name)).toEqual(['龙门镇', '桃源镇']);
    expect(tree[0]!.children[0]!.children[0]!.trail).toEqual(['示范市', '龙门镇', '东庄村']);
  });

  it('treats a unit whose parent is outside the list as a top-level unit (a unit admin sees their town as the root)', () => {
    const tree = buildTree([unit('t', 'c', '龙门镇', 1), unit('v', 't', '东庄村', 2)]);
    expect(tree.map((n) => n.name)).toEqual(['龙门镇']);
    expect(tree[0]!.children[0]!.trail).toEqual(['龙门镇', '东庄村']);
  });
});
