import type { LocationQuery } from 'vue-router';
import type { TalentQuery } from './talent.api';

/** The list's filter as it lives in the URL (so a filtered list can be bookmarked and shared). */
export function talentQueryFrom(q: LocationQuery): TalentQuery {
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const num = (v: unknown, d: number) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : d);
  return {
    q: str(q.q),
    unitId: str(q.unitId),
    status: str(q.status) as TalentQuery['status'],
    track: str(q.track) as TalentQuery['track'],
    ageBand: str(q.ageBand) as TalentQuery['ageBand'],
    rankLevel: str(q.rankLevel) as TalentQuery['rankLevel'],
    gender: str(q.gender) as TalentQuery['gender'],
    returnOverdue: q.returnOverdue === 'true' ? true : undefined,
    page: num(q.page, 1),
    pageSize: num(q.pageSize, 20),
  };
}

/** The URL query for a filter: empty values left out. */
export function talentQueryTo(filter: Partial<TalentQuery>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
}
