import { LECTURE_FORMATS, LECTURE_SESSION_STATUSES, type LectureFormat, type LectureSessionStatus } from '@cadre/shared';
import type { LocationQuery, LocationQueryValue } from 'vue-router';

/** The filters of the admin list of sessions, as they live in the URL (so a filtered list can be shared). */
export interface SessionFilters {
  status?: LectureSessionStatus;
  topicId?: string;
  format?: LectureFormat;
  unitId?: string;
  year?: number;
  /** Held from and to these days (a report's figure opens the list with them). */
  from?: string;
  to?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type QueryValue = LocationQueryValue | LocationQueryValue[] | undefined;

export function queryString(v: QueryValue): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}

export function queryPage(v: QueryValue): number {
  const s = queryString(v);
  return s && /^\d{1,5}$/.test(s) && Number(s) >= 1 ? Number(s) : 1;
}

/** Reads the filters from the URL, dropping anything the server would refuse (so a mangled link still opens). */
export function filtersFromQuery(q: LocationQuery): SessionFilters {
  const oneOf = <T extends string>(v: QueryValue, values: readonly T[]) => {
    const s = queryString(v);
    return s && (values as readonly string[]).includes(s) ? (s as T) : undefined;
  };
  const uuid = (v: QueryValue) => {
    const s = queryString(v);
    return s && UUID.test(s) ? s : undefined;
  };
  const yearText = queryString(q.year);
  const year = yearText && /^\d{4}$/.test(yearText) && Number(yearText) >= 2000 && Number(yearText) <= 2100 ? Number(yearText) : undefined;
  const size = Number(queryString(q.pageSize));
  const date = (v: QueryValue) => {
    const s = queryString(v);
    return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
  };
  return {
    status: oneOf(q.status, LECTURE_SESSION_STATUSES),
    topicId: uuid(q.topicId),
    format: oneOf(q.format, LECTURE_FORMATS),
    unitId: uuid(q.unitId),
    year,
    from: date(q.from),
    to: date(q.to),
    q: queryString(q.q)?.slice(0, 50),
    page: queryPage(q.page),
    pageSize: PAGE_SIZES.includes(size) ? size : PAGE_SIZES[0]!,
  };
}

/** The URL query for some filters: empty values and defaults left out, so links stay short. */
export function filtersToQuery(f: Partial<SessionFilters>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(f)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === PAGE_SIZES[0]) continue;
    out[key] = String(value);
  }
  return out;
}
