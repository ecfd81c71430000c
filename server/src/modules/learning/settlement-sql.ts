import type { RequirementLineDto } from './dto/requirement.dto';
import { REQUIREMENT_SOURCE_SQL } from './requirement-rules';
import { lineCtes } from './requirement-sql';

/**
 * The figures of every line for every active cadre under a unit in a year, in one statement, for the year-end
 * settlement. Whether a line applies, its hours, days and 达标 are the shared definition (lineCtes in
 * requirement-sql.ts, which the shortfall list and the dashboard read too); this adds only what the settlement keeps
 * beside them: the cadre's name and unit, and the line's hours by source and by year.
 *
 * Columns: user_id, user_name, unit_id, unit_name, rank, line_key, position, required, earned, remaining, met, days,
 * by_source (jsonb, non-zero sources), by_year (jsonb, non-zero years).
 *
 * Parameters: $1 the unit path prefix (`path%`) — or, `of` a cadre, the cadre's id —, $2..$3 the new-leader window
 * (after, until], then per line. Of one cadre, the rows are what the archive and the requirements engine
 * (RequirementsService.forCadre) show, whatever the cadre's status.
 */
export function settlementFiguresSql(lines: RequirementLineDto[], year: number, params: unknown[], of: 'scope' | 'cadre' = 'scope'): string {
  const parts = lines.map((line, i) => {
    // lineCtes numbers the line's parameters from here: $+2..$+3 the window's years, $+4 its sources.
    const p = params.length + 1;
    return `${lineCtes(i, line, year, params, 'base')},\n${breakdownCtes(i, p)}`;
  });
  return `
WITH base AS (
  SELECT u.id, u.name, u.unit_id, ou.name AS unit_name, u.rank,
         u.key_groups::text[] || CASE WHEN u.appointment_date > $2::date AND u.appointment_date <= $3::date THEN ARRAY['new_leader'] ELSE ARRAY[]::text[] END AS groups
    FROM users u JOIN org_units ou ON ou.id = u.unit_id
   WHERE ${of === 'cadre' ? 'u.id = $1::uuid' : "ou.path LIKE $1 AND u.status = 'active'"}
),
${parts.join(',\n')}
${lines.map((_, i) => `SELECT * FROM l${i}`).join('\nUNION ALL\n')}`;
}

/** Line i's hours by source and by year (s, hs, hy) and its settlement row (l), beside lineCtes' r<i>. */
function breakdownCtes(i: number, p: number): string {
  const $ = (k: number) => `$${p + k}`;
  return `
s${i} AS (
  SELECT le.user_id, (${REQUIREMENT_SOURCE_SQL})::text AS source, le.year, sum(le.hours) AS hours
    FROM ledger_entries le JOIN c${i} c ON c.id = le.user_id
   WHERE le.year BETWEEN ${$(2)} AND ${$(3)} AND (${REQUIREMENT_SOURCE_SQL})::text = ANY(${$(4)}::text[])
   GROUP BY 1, 2, 3
),
hs${i} AS (
  SELECT user_id, jsonb_object_agg(source, hours) FILTER (WHERE hours <> 0) AS by_source
    FROM (SELECT user_id, source, sum(hours) AS hours FROM s${i} GROUP BY 1, 2) x GROUP BY user_id
),
hy${i} AS (
  SELECT user_id, jsonb_object_agg(year::text, hours) FILTER (WHERE hours <> 0) AS by_year
    FROM (SELECT user_id, year, sum(hours) AS hours FROM s${i} GROUP BY 1, 2) x GROUP BY user_id
),
l${i} AS (
  SELECT c.id AS user_id, c.name AS user_name, c.unit_id, c.unit_name, c.rank::text AS rank, r.line AS line_key, r.position,
         r.required, r.earned, greatest(0, r.required - r.earned) AS remaining, r.met, r.days,
         coalesce(h.by_source, '{}'::jsonb) AS by_source, coalesce(y.by_year, '{}'::jsonb) AS by_year
    FROM r${i} r JOIN c${i} c ON c.id = r.user_id LEFT JOIN hs${i} h ON h.user_id = c.id LEFT JOIN hy${i} y ON y.user_id = c.id
)`;
}
