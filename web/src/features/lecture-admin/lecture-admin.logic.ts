import { LECTURE_TEAM_LEVELS, type LectureTeamLevel } from '@cadre/shared';

/** Teams in the "1＋6＋N" order (municipal, specialised, grassroots), each level kept even when it has no team yet. */
export function groupByLevel<T extends { level: LectureTeamLevel }>(teams: T[]): { level: LectureTeamLevel; teams: T[] }[] {
  return LECTURE_TEAM_LEVELS.map((level) => ({ level, teams: teams.filter((t) => t.level === level) }));
}

/**
 * Moves the item at `index` by `delta` places and numbers the list 10, 20, 30 … again. Returns only the items whose
 * number changed, so moving one topic sends one or two updates (or the whole list once, when old numbers tie).
 */
export function reorder<T extends { id: string; sortOrder: number }>(items: T[], index: number, delta: -1 | 1): { id: string; sortOrder: number }[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved!);
  return next.map((item, i) => ({ id: item.id, sortOrder: (i + 1) * 10, was: item.sortOrder })).filter((x) => x.sortOrder !== x.was).map(({ id, sortOrder }) => ({ id, sortOrder }));
}

/** The members with `userId` as the only leader (or, when `userId` is null, with no leader). */
export function withLeader<T extends { userId: string; leader: boolean }>(members: T[], userId: string | null): T[] {
  return members.map((m) => ({ ...m, leader: m.userId === userId }));
}

interface TreeNode {
  id: string;
  name: string;
  parentId: string | null;
}

/** The breadcrumb from the top of the caller's tree down to the unit: the parents the caller can see, then the unit. */
export function unitTrail(byId: ReadonlyMap<string, TreeNode>, unitId: string | null | undefined): { id: string; name: string }[] {
  const trail: { id: string; name: string }[] = [];
  const seen = new Set<string>();
  let node = unitId ? byId.get(unitId) : undefined;
  while (node && !seen.has(node.id)) {
    seen.add(node.id);
    trail.unshift({ id: node.id, name: node.name });
    node = node.parentId ? byId.get(node.parentId) : undefined;
  }
  return trail;
}

/** Whole percent, rounded down so that "100%" only ever means every village was reached. */
export function coveragePercent(covered: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((covered / total) * 100);
}
