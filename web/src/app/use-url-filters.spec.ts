import { afterEach, describe, expect, it } from 'vitest';
import { createApp, defineComponent, nextTick, type App } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { param, parseQuery, useUrlFilters, useUrlList, writeQuery, type ListQuery } from './use-url-filters';

const ID = '6f1c7a52-1d1e-4d7e-9a47-0c4a1f2b3c4d';
const SPEC = {
  q: param.text(10),
  status: param.oneOf(['draft', 'submitted'] as const),
  unitId: param.uuid(),
  from: param.date(),
  year: param.year(),
  size: param.int(1, 9),
  overdue: param.bool(),
  groups: param.list(['a', 'b', 'c'] as const),
};

describe('parseQuery: typed filters from the URL', () => {
  it('reads every kind of filter and the paging', () => {
    expect(
      parseQuery(SPEC, {
        q: ' 二十大 ',
        status: 'submitted',
        unitId: ID,
        from: '2026-03-01',
        year: '2026',
        size: '3',
        overdue: 'false',
        groups: ['b', 'a'],
        page: '4',
        pageSize: '50',
      }),
    ).toEqual({
      q: '二十大',
      status: 'submitted',
      unitId: ID,
      from: '2026-03-01',
      year: 2026,
      size: 3,
      overdue: false,
      groups: ['b', 'a'],
      page: 4,
      pageSize: 50,
    });
  });

  it('drops what the server would refuse, so a mangled link still opens', () => {
    expect(
      parseQuery(SPEC, {
        q: '一二三四五六七八九十十一',
        status: 'nonsense',
        unitId: 'x',
        from: '2026-13',
        year: '1999',
        size: '12',
        overdue: 'yes',
        groups: ['a', 'z', 'a'],
        page: '-1',
        pageSize: '7',
      }),
    ).toEqual({
      q: '一二三四五六七八九十',
      status: undefined,
      unitId: undefined,
      from: undefined,
      year: undefined,
      size: undefined,
      overdue: undefined,
      groups: ['a'],
      page: 1,
      pageSize: 20,
    });
    expect(parseQuery(SPEC, { groups: 'c', status: ['draft', 'submitted'] })).toMatchObject({ groups: ['c'], status: 'draft' });
  });

  it('gives a default where the list always has a value', () => {
    const spec = { year: param.withDefault(param.year(), () => 2026) };
    expect(parseQuery(spec, {}).year).toBe(2026);
    expect(parseQuery(spec, { year: '2024' }).year).toBe(2024);
    expect(writeQuery(spec, { year: 2026 })).toEqual({ year: '2026' });
  });
});

describe('writeQuery: a short URL', () => {
  it('leaves out empty values, the first page and the default page size', () => {
    expect(writeQuery(SPEC, { q: '', status: undefined, year: 2026, overdue: true, groups: [], page: 1, pageSize: 20 })).toEqual({
      year: '2026',
      overdue: 'true',
    });
    expect(writeQuery(SPEC, { groups: ['a', 'c'], page: 2, pageSize: 50 })).toEqual({ groups: ['a', 'c'], page: '2', pageSize: '50' });
  });

  it('reads back what it wrote', () => {
    const values: ListQuery<typeof SPEC> = {
      q: '学习',
      status: 'draft',
      unitId: ID,
      from: '2026-01-01',
      year: 2025,
      size: 2,
      overdue: true,
      groups: ['b'],
      page: 3,
      pageSize: 100,
    };
    expect(parseQuery(SPEC, writeQuery(SPEC, values) as Record<string, string>)).toEqual(values);
  });
});

let app: App | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
});

/** The router's pages render nothing: only the composable in the mounted view matters. */
const Blank = { render: () => null };

/** Mounts a view using the composable on a memory router at `url`; `setup` runs inside the view. */
async function mount<T>(url: string, setup: () => T): Promise<{ router: Router; state: T }> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/list', component: Blank },
      { path: '/other', component: Blank },
    ],
  });
  await router.push(url);
  let state: T | undefined;
  app = createApp(defineComponent({ setup: () => ((state = setup()), () => null) }));
  app.use(router);
  app.mount(document.createElement('div'));
  return { router, state: state! };
}
const settle = async () => {
  for (let i = 0; i < 5; i++) await nextTick();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('useUrlFilters in a view', () => {
  it('loads with the URL’s filters, and again whenever the URL changes', async () => {
    const loads: ListQuery<typeof SPEC>[] = [];
    const { router, state } = await mount('/list?status=draft&page=2', () => useUrlFilters(SPEC, { load: (q) => loads.push(q) }));
    expect(loads).toHaveLength(1);
    expect(loads[0]).toMatchObject({ status: 'draft', page: 2, pageSize: 20 });
    expect(state.filters.status).toBe('draft');

    await router.push('/list?status=submitted');
    await settle();
    expect(loads).toHaveLength(2);
    expect(loads[1]).toMatchObject({ status: 'submitted', page: 1 });
    // The form follows the URL (the back button restores it).
    expect(state.filters.status).toBe('submitted');
  });

  it('apply writes the form to the URL from the first page, keeping keys that are not filters', async () => {
    const { router, state } = await mount('/list?tab=x&page=3&pageSize=50&status=draft', () => useUrlFilters(SPEC));
    state.filters.q = '党纪';
    state.filters.status = undefined;
    await state.apply();
    expect(router.currentRoute.value.query).toEqual({ tab: 'x', q: '党纪', pageSize: '50' });
    await state.apply({ year: 2025 });
    expect(router.currentRoute.value.query).toEqual({ tab: 'x', q: '党纪', year: '2025', pageSize: '50' });
  });

  it('replaces the history entry by default (back leaves the list), and pushes when asked (back undoes the filter)', async () => {
    const replaced = await mount('/other', () => useUrlFilters(SPEC));
    await replaced.router.push('/list');
    await replaced.state.apply({ year: 2025 });
    expect(replaced.router.currentRoute.value.fullPath).toBe('/list?year=2025');
    replaced.router.back();
    await settle();
    expect(replaced.router.currentRoute.value.path).toBe('/other');

    app?.unmount();
    const pushed = await mount('/other', () => useUrlFilters(SPEC, { history: 'push' }));
    await pushed.router.push('/list');
    await pushed.state.apply({ year: 2024 });
    pushed.router.back();
    await settle();
    expect(pushed.router.currentRoute.value.fullPath).toBe('/list');
  });

  it('reset clears every filter and the paging', async () => {
    const { router, state } = await mount(`/list?tab=x&q=a&unitId=${ID}&page=2&pageSize=50`, () => useUrlFilters(SPEC));
    await state.reset();
    await settle();
    expect(router.currentRoute.value.query).toEqual({ tab: 'x' });
    expect(state.filters.q).toBeUndefined();
    expect(state.filters.unitId).toBeUndefined();
    expect(state.page.value).toBe(1);
  });

  it('pages what the URL lists, not what the form has but 查询 has not applied', async () => {
    const { router, state } = await mount('/list?q=old', () => useUrlFilters(SPEC));
    state.filters.q = 'typed';
    await state.setPage(3);
    expect(router.currentRoute.value.query).toEqual({ q: 'old', page: '3' });
    await state.setPageSize(100);
    expect(router.currentRoute.value.query).toEqual({ q: 'old', pageSize: '100' });
    expect(state.pageSize.value).toBe(100);
  });

  it('查询 with nothing changed loads again', async () => {
    let loads = 0;
    const { state } = await mount('/list?q=a', () => useUrlFilters(SPEC, { load: () => loads++ }));
    await state.apply();
    expect(loads).toBe(2);
  });
});

describe('useUrlList', () => {
  it('keeps the rows of the latest load only, and shows a failure instead of rows', async () => {
    const pending: Record<string, (v: { items: string[]; total: number }) => void> = {};
    const { router, state: list } = await mount('/list?q=slow', () =>
      useUrlList(SPEC, (q) =>
        q.q === 'broken'
          ? Promise.reject(new Error('down'))
          : new Promise<{ items: string[]; total: number }>((resolve) => (pending[q.q ?? ''] = resolve)),
      ),
    );
    expect(list.loading).toBe(true);

    await router.push('/list?q=fast');
    await nextTick();
    pending.fast!({ items: ['fast'], total: 1 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    pending.slow!({ items: ['slow'], total: 9 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(list.rows).toEqual(['fast']);
    expect(list.total).toBe(1);
    expect(list.loading).toBe(false);

    await router.push('/list?q=broken');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(list.error).toBeInstanceOf(Error);
    expect(list.rows).toEqual([]);
  });
});
