import { computed, reactive, ref, watch, type Ref } from 'vue';
import { showError } from '../../app/errors';
import { searchCadres, unitCadres, type Cadre } from './studies.api';

/** What a picker needs to show a person. */
export interface Person {
  id: string;
  name: string;
  username?: string;
  unitId?: string;
  unitName?: string;
  position?: string | null;
}

export const toPerson = (c: Cadre): Person => ({ id: c.id, name: c.name, username: c.username, unitId: c.unitId, unitName: c.unitName, position: c.position });

/**
 * The cadres a record of the unit may name (the unit and the units below it). Small units are listed whole, so the
 * pickers filter locally and "select all" works; larger ones are searched. Everyone seen is remembered by id, so a
 * chosen person keeps their name whichever list they came from.
 */
export function useCadrePool(unitId: Ref<string | null>) {
  const items = ref<Person[]>([]);
  const complete = ref(true);
  const total = ref(0);
  const loading = ref(false);
  const known = reactive(new Map<string, Person>());

  function remember(people: Person[]): void {
    for (const p of people) known.set(p.id, { ...known.get(p.id), ...p });
  }

  let generation = 0;
  async function load(id: string | null): Promise<void> {
    const mine = ++generation;
    items.value = [];
    total.value = 0;
    complete.value = true;
    if (!id) return;
    loading.value = true;
    try {
      const res = await unitCadres(id);
      if (mine !== generation) return;
      const people = res.items.map(toPerson);
      remember(people);
      items.value = people;
      total.value = res.total;
      complete.value = res.complete;
    } catch (e) {
      showError(e);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }
  watch(unitId, (id) => void load(id), { immediate: true });

  async function search(q: string): Promise<Person[]> {
    if (!unitId.value || !q.trim()) return [];
    const found = (await searchCadres(unitId.value, q.trim())).map(toPerson);
    remember(found);
    return found;
  }

  const nameOf = (id: string) => known.get(id)?.name ?? '—';
  const person = (id: string): Person => known.get(id) ?? { id, name: '—' };
  /** The units among the listed cadres, the record's own unit first: for "select all of a unit". */
  const units = computed(() => {
    const counts = new Map<string, { unitId: string; unitName: string; count: number }>();
    for (const p of items.value) {
      if (!p.unitId) continue;
      const u = counts.get(p.unitId) ?? { unitId: p.unitId, unitName: p.unitName ?? '', count: 0 };
      u.count++;
      counts.set(p.unitId, u);
    }
    return [...counts.values()].sort((a, b) => (a.unitId === unitId.value ? -1 : b.unitId === unitId.value ? 1 : 0));
  });

  return { items, complete, total, loading, known, units, remember, search, nameOf, person };
}

export type CadrePool = ReturnType<typeof useCadrePool>;

/** Local matching for the pickers: name, username, post or unit contains the typed text. */
export function matches(p: Person, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [p.name, p.username, p.position, p.unitName].some((v) => typeof v === 'string' && v.toLowerCase().includes(q));
}
