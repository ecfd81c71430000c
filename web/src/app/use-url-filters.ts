import { computed, reactive, ref, watch, type Ref } from 'vue';
import {
  isNavigationFailure,
  NavigationFailureType,
  useRoute,
  useRouter,
  type LocationQuery,
  type LocationQueryRaw,
  type LocationQueryValue,
} from 'vue-router';

/**
 * The one pattern of the SPA's lists: the filters live in the URL (a filtered list can be shared, and the back button
 * from a record returns to the list as it was), 查询 writes them there, 重置 clears them, the page and its size are in the
 * URL too, and the list loads again whenever the URL changes.
 */

type QueryValue = LocationQueryValue | LocationQueryValue[] | undefined;

/** How one filter lives in the URL: read leniently (a mangled link still opens, without what the server would refuse). */
export interface Param<T> {
  parse(raw: QueryValue): T;
  write(value: T): string | string[] | undefined;
}

export type FilterSpec = Record<string, Param<unknown>>;
export type FilterValues<S extends FilterSpec> = { [K in keyof S]: S[K] extends Param<infer T> ? T : never };
export interface Paging {
  page: number;
  pageSize: number;
}
export type ListQuery<S extends FilterSpec> = FilterValues<S> & Paging;

export const PAGE_SIZES: readonly number[] = [20, 50, 100];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first value of a query key, trimmed; empty counts as absent. */
export function queryText(raw: QueryValue): string | undefined {
  const s = Array.isArray(raw) ? raw[0] : raw;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}

const scalar = (value: string | number | boolean | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : String(value);
const matching = (pattern: RegExp): Param<string | undefined> => ({
  parse: (raw) => {
    const s = queryText(raw);
    return s !== undefined && pattern.test(s) ? s : undefined;
  },
  write: scalar,
});

/** The kinds of filter a list can have. */
export const param = {
  /** Free text (a keyword), cut to `max` characters. */
  text: (max = 50): Param<string | undefined> => ({ parse: (raw) => queryText(raw)?.slice(0, max), write: scalar }),
  /** One of a fixed set of values (a status, a type). */
  oneOf: <T extends string>(values: readonly T[]): Param<T | undefined> => ({
    parse: (raw) => {
      const s = queryText(raw);
      return s !== undefined && (values as readonly string[]).includes(s) ? (s as T) : undefined;
    },
    write: scalar,
  }),
  /** A record's id (a unit, a topic). */
  uuid: (): Param<string | undefined> => matching(UUID),
  /** A day, YYYY-MM-DD. */
  date: (): Param<string | undefined> => matching(DATE),
  /** A whole number within bounds. */
  int: (min = 0, max = Number.MAX_SAFE_INTEGER): Param<number | undefined> => ({
    parse: (raw) => {
      const s = queryText(raw);
      const n = s !== undefined && /^-?\d{1,15}$/.test(s) ? Number(s) : NaN;
      return n >= min && n <= max ? n : undefined;
    },
    write: scalar,
  }),
  /** A calendar year. */
  year: (): Param<number | undefined> => param.int(2000, 2100),
  /** A yes/no switch: `true`, `false` or absent. */
  bool: (): Param<boolean | undefined> => ({
    parse: (raw) => {
      const s = queryText(raw);
      return s === 'true' ? true : s === 'false' ? false : undefined;
    },
    write: scalar,
  }),
  /** Several values of one key (`?group=a&group=b`), each one of `values` when given; none is an empty list. */
  list: <T extends string>(values?: readonly T[]): Param<T[]> => ({
    parse: (raw) => {
      const all = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => (typeof v === 'string' && v.trim() !== '' ? [v.trim()] : []));
      return [...new Set(all)].filter((v): v is T => !values || (values as readonly string[]).includes(v));
    },
    write: (value) => (value.length > 0 ? [...value] : undefined),
  }),
  /** A filter that always has a value: `fallback` when the URL has none (still written, so a shared link keeps it). */
  withDefault: <T>(inner: Param<T | undefined>, fallback: T | (() => T)): Param<T> => ({
    parse: (raw) => inner.parse(raw) ?? (typeof fallback === 'function' ? (fallback as () => T)() : fallback),
    write: (value) => inner.write(value),
  }),
};

/** The filters and the paging a URL asks for. */
export function parseQuery<S extends FilterSpec>(spec: S, query: LocationQuery, pageSizes: readonly number[] = PAGE_SIZES): ListQuery<S> {
  const values = Object.fromEntries(Object.entries(spec).map(([key, p]) => [key, p.parse(query[key])])) as FilterValues<S>;
  const size = param.int(1).parse(query.pageSize);
  return {
    ...values,
    page: param.int(1, 99_999).parse(query.page) ?? 1,
    pageSize: size !== undefined && pageSizes.includes(size) ? size : pageSizes[0]!,
  };
}

/** The URL query of some filters: empty ones, the first page and the default page size left out, so links stay short. */
export function writeQuery<S extends FilterSpec>(
  spec: S,
  values: Partial<ListQuery<S>>,
  pageSizes: readonly number[] = PAGE_SIZES,
): LocationQueryRaw {
  const out: LocationQueryRaw = {};
  for (const [key, p] of Object.entries(spec)) {
    const value = values[key as keyof S];
    const written = value === undefined || value === null ? undefined : p.write(value);
    if (written !== undefined) out[key] = written;
  }
  if (values.page !== undefined && values.page > 1) out.page = String(values.page);
  if (values.pageSize !== undefined && values.pageSize !== pageSizes[0]) out.pageSize = String(values.pageSize);
  return out;
}

export interface UrlFiltersOptions<S extends FilterSpec> {
  /** Run with the URL's filters when the view opens and whenever the URL changes (and on 查询 with nothing changed). */
  load?: (query: ListQuery<S>) => unknown;
  pageSizes?: readonly number[];
  /** `replace` (the default) keeps one history entry for the list; `push` makes each filtering a step of the back button. */
  history?: 'replace' | 'push';
}

export function useUrlFilters<S extends FilterSpec>(spec: S, options: UrlFiltersOptions<S> = {}) {
  const route = useRoute();
  const router = useRouter();
  const pageSizes = options.pageSizes ?? PAGE_SIZES;
  const own = (key: string) => key in spec || key === 'page' || key === 'pageSize';
  const fieldsOf = (q: ListQuery<S>): FilterValues<S> => {
    const { page: _page, pageSize: _size, ...fields } = q;
    return fields as unknown as FilterValues<S>;
  };

  /** What the URL says: the list shows this. */
  const query = computed(() => parseQuery(spec, route.query, pageSizes));
  /** The filter form: edited freely, written to the URL by apply(), set back from the URL whenever it changes. */
  const filters = reactive(fieldsOf(query.value)) as FilterValues<S>;

  watch(
    query,
    (q) => {
      Object.assign(filters, fieldsOf(q));
      void options.load?.(q);
    },
    { immediate: true },
  );

  async function navigate(values: Partial<ListQuery<S>>): Promise<void> {
    // Keys that are not filters (a tab, a return address) stay as they are.
    const others = Object.fromEntries(Object.entries(route.query).filter(([key]) => !own(key)));
    const failure = await router[options.history ?? 'replace']({ query: { ...others, ...writeQuery(spec, values, pageSizes) } });
    // 查询 with nothing changed is no navigation: the user still expects fresh rows.
    if (isNavigationFailure(failure, NavigationFailureType.duplicated)) void options.load?.(query.value);
  }

  return {
    filters,
    query,
    page: computed(() => query.value.page),
    pageSize: computed(() => query.value.pageSize),
    pageSizes,
    /** 查询: the form's filters (and any changes given) into the URL, from the first page. */
    apply: (changes: Partial<ListQuery<S>> = {}) =>
      navigate({ ...filters, pageSize: query.value.pageSize, page: 1, ...changes } as Partial<ListQuery<S>>),
    /** 重置: every filter and the paging out of the URL. */
    reset: () => navigate({}),
    /** Another page of what the URL lists (not of what the form has but 查询 has not applied). */
    setPage: (page: number) => navigate({ ...query.value, page }),
    setPageSize: (pageSize: number) => navigate({ ...query.value, pageSize, page: 1 }),
  };
}

export interface ListPageData<R> {
  items: R[];
  total: number;
}

/** A list in the URL's pattern, as a list page shows it (see `components/ListPage.vue`). */
export interface UrlList<F extends object, R> {
  /** The filter form. */
  readonly filters: F;
  /** The filters and paging of the URL, which the rows are of. */
  readonly query: F & Paging;
  readonly rows: R[];
  readonly total: number;
  readonly loading: boolean;
  /** Why the last load failed, or null. */
  readonly error: unknown;
  readonly page: number;
  readonly pageSize: number;
  readonly pageSizes: readonly number[];
  apply(changes?: Partial<F & Paging>): Promise<void>;
  reset(): Promise<void>;
  setPage(page: number): Promise<void>;
  setPageSize(pageSize: number): Promise<void>;
  /** Loads the rows of the URL again (after a change made on the page). */
  reload(): Promise<void>;
}

/** useUrlFilters with the rows of a paged endpoint: `fetch` gets the URL's filters and paging, the last answer wins. */
export function useUrlList<S extends FilterSpec, R>(
  spec: S,
  fetch: (query: ListQuery<S>) => Promise<ListPageData<R>>,
  options: Omit<UrlFiltersOptions<S>, 'load'> = {},
): UrlList<FilterValues<S>, R> {
  const rows = ref([]) as Ref<R[]>;
  const total = ref(0);
  const loading = ref(false);
  const error = ref<unknown>(null);
  let latest = 0;

  async function load(q: ListQuery<S>): Promise<void> {
    const mine = ++latest;
    loading.value = true;
    try {
      const page = await fetch(q);
      if (mine !== latest) return;
      rows.value = page.items;
      total.value = page.total;
      error.value = null;
    } catch (e) {
      if (mine !== latest) return;
      rows.value = [];
      total.value = 0;
      error.value = e;
    } finally {
      if (mine === latest) loading.value = false;
    }
  }

  const state = useUrlFilters(spec, { ...options, load });
  // One reactive object, so that templates read list.rows and list.loading without .value.
  return reactive({ ...state, rows, total, loading, error, reload: () => load(state.query.value) }) as unknown as UrlList<
    FilterValues<S>,
    R
  >;
}
