import { CAMPAIGN_DECISION_STATUSES, CAMPAIGN_MEETING_KINDS, type CampaignDecisionStatus, type CampaignMeetingKind } from '@cadre/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** The filters of the meeting and decision lists, kept in the URL so that a report's link opens exactly what it counts. */
export interface MeetingFilters {
  kind?: CampaignMeetingKind;
  status?: CampaignDecisionStatus;
  from?: string;
  to?: string;
  page: number;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const one = (v: LocationQuery[string] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v) ?? undefined;

/** Reads the filters from a route's query; anything malformed is dropped rather than sent on to fail at the server. */
export function meetingFiltersFromQuery(query: LocationQuery): MeetingFilters {
  const kind = one(query.kind);
  const status = one(query.status);
  const from = one(query.from);
  const to = one(query.to);
  const page = Number(one(query.page));
  return {
    ...(kind && (CAMPAIGN_MEETING_KINDS as readonly string[]).includes(kind) ? { kind: kind as CampaignMeetingKind } : {}),
    ...(status && (CAMPAIGN_DECISION_STATUSES as readonly string[]).includes(status) ? { status: status as CampaignDecisionStatus } : {}),
    ...(from && DATE.test(from) ? { from } : {}),
    ...(to && DATE.test(to) ? { to } : {}),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function queryFromMeetingFilters(f: Partial<MeetingFilters>): LocationQueryRaw {
  const out: LocationQueryRaw = {};
  if (f.kind) out.kind = f.kind;
  if (f.status) out.status = f.status;
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.page && f.page > 1) out.page = String(f.page);
  return out;
}

/** The calendar quarter holding `today` (YYYY-MM-DD), as the rhythm's default period. */
export function quarterOf(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const last = new Date(Date.UTC(year, q * 3 + 3, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(q * 3 + 1)}-01`, to: `${year}-${mm(q * 3 + 3)}-${last}` };
}
