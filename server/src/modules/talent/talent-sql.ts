import { maskPhone, RANKS, rankLevel, type AgeBand, type Gender, type Rank, type RankLevel, type TalentStatus, type TalentTrack } from '@cadre/shared';
import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole } from '../../common/auth/auth-user';
import { scopePrefix } from '../../common/scope/scope';
import type { TalentFilterDto, TalentSummaryDto } from './dto/talent.dto';

/**
 * A secondment under way on `day`: marked 挂职中 and the day within its dates. The state alone is not enough: one that
 * ended on 2026-10-28 with nobody marking the return is not someone away now.
 */
export const AWAY_NOW = (s: string, day: string) => `(${s}.state = 'on_secondment' AND ${s}.from_on <= ${day} AND ${s}.to_on >= ${day})`;

/** A secondment past its end date that nobody marked returned (已到期未返回): flagged to the organisation department. */
export const OVERDUE_RETURN = (s: string, day: string) => `(${s}.state = 'on_secondment' AND ${s}.to_on < ${day})`;

/**
 * The SQL the pool's list, overview and export share: one row per entry with the cadre's current unit (scope follows
 * the cadre, so a cadre who moves to another town moves out of that town's admin's sight), age today and the
 * secondment under way. `$1` is today in Asia/Shanghai.
 */
export const ENTRY_SELECT = `
  e.id, e.user_id, e.status, e.track, e.reasons, e.criteria_problems, e.override_reason, e.nominated_at, e.decided_at,
  e.decision_reason, e.admitted_on, e.mentor_name, e.mentor_post, e.new_post, e.closed_reason, e.closed_on,
  u.name, u.gender, u.rank, u.position, u.phone, u.id_number_enc, u.unit_id, ou.name AS unit_name, ou.path AS unit_path,
  date_part('year', age($1::date, u.birth_date))::int AS age,
  nb.name AS nominated_by_name,
  (SELECT s.host_city FROM talent_secondments s WHERE s.entry_id = e.id AND ${AWAY_NOW('s', '$1::date')} ORDER BY s.from_on DESC LIMIT 1) AS away_in,
  (SELECT s.to_on::text FROM talent_secondments s WHERE s.entry_id = e.id AND ${OVERDUE_RETURN('s', '$1::date')} ORDER BY s.to_on LIMIT 1) AS return_overdue_since,
  (SELECT count(*)::int FROM talent_milestones m WHERE m.entry_id = e.id AND m.done_on IS NULL AND m.due_on < $1::date) AS overdue`;

/** The cadre (u), their current unit (ou) and the nominator (nb) of an entry (e). */
export const ENTRY_JOINS = `JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id JOIN users nb ON nb.id = e.nominated_by_id`;
export const ENTRY_FROM = `FROM talent_entries e ${ENTRY_JOINS}`;

const AGE = `date_part('year', age($1::date, u.birth_date))`;
const AGE_BAND_SQL: Record<AgeBand, string> = {
  to30: `${AGE} <= 30`,
  '31to35': `${AGE} BETWEEN 31 AND 35`,
  '36to40': `${AGE} BETWEEN 36 AND 40`,
  over40: `${AGE} > 40`,
};

export function ranksOfLevel(level: RankLevel): string[] {
  return RANKS.filter((r) => rankLevel(r) === level);
}

/** WHERE clause and parameters (after `$1` = today) for the caller's view of the pool with the filters applied. */
export function entryWhere(user: AuthUser, filter: TalentFilterDto, today: string, opts: { ignoreStatus?: boolean } = {}): { clause: string; params: unknown[] } {
  const params: unknown[] = [today, scopePrefix(user)];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  // `$1::date IS NOT NULL` gives today's parameter its type in the queries (counts) that do not otherwise read it.
  const where = ['$1::date IS NOT NULL', 'ou.path LIKE $2'];
  // A unit admin sees only the nominations they made, and what was decided on them.
  if (!hasRole(user, 'org_admin')) where.push(`e.nominated_by_id = ${p(user.id)}`);
  if (filter.status && !opts.ignoreStatus) where.push(`e.status = ${p(filter.status)}`);
  if (filter.track) where.push(`e.track = ${p(filter.track)}`);
  if (filter.gender) where.push(`u.gender = ${p(filter.gender)}`);
  if (filter.rankLevel) where.push(`u.rank = ANY(${p(ranksOfLevel(filter.rankLevel))}::text[])`);
  if (filter.ageBand) where.push(AGE_BAND_SQL[filter.ageBand]);
  if (filter.unitId) where.push(`ou.path LIKE (SELECT path FROM org_units WHERE id = ${p(filter.unitId)}) || '%'`);
  if (filter.returnOverdue) where.push(`EXISTS (SELECT 1 FROM talent_secondments s WHERE s.entry_id = e.id AND ${OVERDUE_RETURN('s', '$1::date')})`);
  if (filter.q) where.push(`u.name ILIKE ${p(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  return { clause: `WHERE ${where.join(' AND ')}`, params };
}

/** Open entries first, then by nomination, newest first. */
export const ENTRY_ORDER = `ORDER BY CASE e.status WHEN 'nominated' THEN 0 WHEN 'in_pool' THEN 1 ELSE 2 END, e.nominated_at DESC, e.id`;

/** A row of ENTRY_SELECT as the API shows it (the phone masked). */
export function toSummary(r: Record<string, unknown>): TalentSummaryDto {
  return {
    id: r.id as string,
    userId: r.user_id as string,
    name: r.name as string,
    gender: r.gender as Gender,
    age: r.age === null || r.age === undefined ? null : Number(r.age),
    rank: r.rank as Rank,
    position: (r.position as string | null) ?? null,
    unitId: r.unit_id as string,
    unitName: r.unit_name as string,
    phone: maskPhone(r.phone as string | null),
    status: r.status as TalentStatus,
    track: (r.track as TalentTrack | null) ?? null,
    mentorName: (r.mentor_name as string | null) ?? null,
    reasons: r.reasons as string,
    nominatedByName: r.nominated_by_name as string,
    nominatedAt: new Date(r.nominated_at as string).toISOString(),
    overridden: r.override_reason !== null && r.override_reason !== undefined,
    decidedAt: r.decided_at ? new Date(r.decided_at as string).toISOString() : null,
    decisionReason: (r.decision_reason as string | null) ?? null,
    awayIn: (r.away_in as string | null) ?? null,
    returnOverdueSince: (r.return_overdue_since as string | null) ?? null,
    overdueMilestones: Number(r.overdue ?? 0),
  };
}
