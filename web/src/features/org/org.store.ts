import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { listUnits, type OrgUnit } from './org.api';

export interface UnitNode extends OrgUnit {
  children: UnitNode[];
  /** Names from the top of the caller's tree down to this unit. */
  trail: string[];
}

/** Builds the tree from the flat list (parents before children, as the server orders by depth). */
export function buildTree(units: OrgUnit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    const node: UnitNode = { ...unit, children: [], trail: [...(parent?.trail ?? []), unit.name] };
    nodes.set(unit.id, node);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The unit tree the caller may see, loaded once and shared by pickers and the tree page. */
export const useOrgStore = defineStore('org', () => {
  const units = ref<OrgUnit[]>([]);
  const loaded = ref(false);
  let pending: Promise<void> | null = null;

  const tree = computed(() => buildTree(units.value));
  const byId = computed(() => {
    const map = new Map<string, UnitNode>();
    const walk = (nodes: UnitNode[]) => nodes.forEach((n) => (map.set(n.id, n), walk(n.children)));
    walk(tree.value);
    return map;
  });

  function load(force = false): Promise<void> {
    if (loaded.value && !force) return Promise.resolve();
    pending ??= listUnits({ counts: true })
      .then((res) => {
        units.value = res.items;
        loaded.value = true;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  return { units, tree, byId, loaded, load };
});
