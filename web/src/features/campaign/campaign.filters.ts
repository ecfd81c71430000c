import { CAMPAIGN_TASK_STATUSES, type CampaignTaskStatus } from '@cadre/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** The filters of the overview and the task list, kept in the URL so a filtered view can be shared. */
export interface CampaignFilters {
  areaId?: string;
  status?: CampaignTaskStatus;
  leadUnitId?: string;
  q?: string;
  page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (v: LocationQuery[string] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v) ?? undefined;

/** Reads the filters from a route's query; anything malformed is dropped rather than sent on to fail at the server. */
export function filtersFromQuery(query: LocationQuery): CampaignFilters {
  const areaId = one(query.areaId);
  const leadUnitId = one(query.leadUnitId);
  const status = one(query.status);
  const q = one(query.q)?.trim();
  const page = Number(one(query.page));
  return {
    ...(areaId && UUID.test(areaId) ? { areaId } : {}),
    ...(leadUnitId && UUID.test(leadUnitId) ? { leadUnitId } : {}),
    ...(status && (CAMPAIGN_TASK_STATUSES as readonly string[]).includes(status) ? { status: status as CampaignTaskStatus } : {}),
    ...(q ? { q: q.slice(0, 50) } : {}),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The query for a set of filters: empty ones and the first page are left out. */
export function queryFromFilters(f: Partial<CampaignFilters>): LocationQueryRaw {
  const out: LocationQueryRaw = {};
  if (f.areaId) out.areaId = f.areaId;
  if (f.status) out.status = f.status;
  if (f.leadUnitId) out.leadUnitId = f.leadUnitId;
  if (f.q) out.q = f.q;
  if (f.page && f.page > 1) out.page = String(f.page);
  return out;
}

/** Whole days from `deadline` to `today` (both YYYY-MM-DD); positive when the deadline has passed. */
export function daysPast(deadline: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / 86_400_000);
}

/** The row with the lowest share done (ties: more overdue), for the one-line summary of uneven progress. */
export function slowest<T extends { doneRate: number; overdue: number; total: number }>(rows: T[]): T | null {
  return rows.filter((r) => r.total > 0).reduce<T | null>((worst, r) => (!worst || r.doneRate < worst.doneRate || (r.doneRate === worst.doneRate && r.overdue > worst.overdue) ? r : worst), null);
}
