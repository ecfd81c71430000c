import type { RequirementLineDto } from './dto/requirement.dto';
import { ranksAtLevels, REQUIREMENT_SOURCE_SQL, windowOf } from './requirement-rules';

/**
 * The figures of every line for every active cadre under a unit in a year, in one statement: what
 * RequirementsService.forCadre says for each cadre (the same "applies", the same hours of the line's sources within its
 * window, the same distinct days of attended class sessions and approved claims), but for the whole scope at once, so a
 * city of a few thousand cadres is settled in one query rather than one engine call per cadre. The counting mirrors
 * ShortfallsService's lineSql (which keeps only the cadres short of a line); keep the two in step.
 *
 * Columns: user_id, user_name, unit_id, unit_name, rank, line_key, position, required, earned, remaining, met, days,
 * by_source (jsonb, non-zero sources), by_year (jsonb, non-zero years).
 *
 * Parameters: $1 the unit path prefix (`path%`), $2..$3 the new-leader window (after, until], then per line.
 */
export function settlementFiguresSql(lines: RequirementLineDto[], year: number, params: unknown[]): string {
  const parts = lines.map((line, i) => {
    const { start, end } = windowOf(line, year);
    const p = params.length + 1;
    params.push(ranksAtLevels(line.appliesTo.rankLevels), line.appliesTo.groups, start, end, line.sources, line.hours, line.days ?? null, line.key, i);
    return lineSql(i, p, line);
  });
  return `
WITH base AS (
  SELECT u.id, u.name, u.unit_id, ou.name AS unit_name, u.rank,
         u.key_groups::text[] || CASE WHEN u.appointment_date > $2::date AND u.appointment_date <= $3::date THEN ARRAY['new_leader'] ELSE ARRAY[]::text[] END AS groups
    FROM users u JOIN org_units ou ON ou.id = u.unit_id
   WHERE ou.path LIKE $1 AND u.status = 'active'
),
${parts.join(',\n')}
${lines.map((_, i) => `SELECT * FROM l${i}`).join('\nUNION ALL\n')}`;
}

/** Parameters from $p: ranks (null: any), groups (empty: any), window start, end, sources, hours, days, key, position. */
function lineSql(i: number, p: number, line: RequirementLineDto): string {
  const $ = (k: number) => `$${p + k}`;
  const dayParts: string[] = [];
  if (line.sources.includes('class')) {
    dayParts.push(`SELECT le.user_id, (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day
                     FROM ledger_entries le JOIN c${i} c ON c.id = le.user_id
                     JOIN training_class_sessions s ON s.class_id = le.source_ref_id
                     JOIN training_class_attendance a ON a.session_id = s.id AND a.user_id = le.user_id AND a.present
                    WHERE le.source = 'class' AND le.year BETWEEN ${$(2)} AND ${$(3)}`);
  }
  if (line.sources.includes('offline_training') || line.sources.includes('offline_online')) {
    dayParts.push(`SELECT le.user_id, generate_series(oc.start_date, oc.end_date, interval '1 day')::date AS day
                     FROM ledger_entries le JOIN c${i} c ON c.id = le.user_id JOIN offline_claims oc ON oc.id = le.source_ref_id
                    WHERE le.source = 'offline_training' AND le.year BETWEEN ${$(2)} AND ${$(3)}
                      AND (CASE WHEN oc.kind = 'online_external' THEN 'offline_online' ELSE 'offline_training' END) = ANY(${$(4)}::text[])`);
  }
  const hasDays = line.days !== null && line.days !== undefined;
  const days = hasDays && dayParts.length > 0;
  return `
c${i} AS (
  SELECT b.* FROM base b
   WHERE (${$(0)}::text[] IS NULL OR b.rank::text = ANY(${$(0)}::text[]))
     AND (cardinality(${$(1)}::text[]) = 0 OR b.groups && ${$(1)}::text[])
),
s${i} AS (
  SELECT le.user_id, (${REQUIREMENT_SOURCE_SQL})::text AS source, le.year, sum(le.hours) AS hours
    FROM ledger_entries le JOIN c${i} c ON c.id = le.user_id
   WHERE le.year BETWEEN ${$(2)} AND ${$(3)} AND (${REQUIREMENT_SOURCE_SQL})::text = ANY(${$(4)}::text[])
   GROUP BY 1, 2, 3
),
hs${i} AS (
  SELECT user_id, round(sum(hours), 2) AS earned, jsonb_object_agg(source, hours) FILTER (WHERE hours <> 0) AS by_source
    FROM (SELECT user_id, source, sum(hours) AS hours FROM s${i} GROUP BY 1, 2) x GROUP BY user_id
),
hy${i} AS (
  SELECT user_id, jsonb_object_agg(year::text, hours) FILTER (WHERE hours <> 0) AS by_year
    FROM (SELECT user_id, year, sum(hours) AS hours FROM s${i} GROUP BY 1, 2) x GROUP BY user_id
),
d${i} AS (${days ? `SELECT user_id, count(DISTINCT day)::int AS n FROM (${dayParts.join(' UNION ALL ')}) x GROUP BY user_id` : 'SELECT NULL::uuid AS user_id, 0 AS n WHERE false'}),
l${i} AS (
  SELECT c.id AS user_id, c.name AS user_name, c.unit_id, c.unit_name, c.rank::text AS rank, ${$(7)}::text AS line_key, ${$(8)}::int AS position,
         ${$(5)}::numeric AS required, coalesce(h.earned, 0) AS earned, greatest(0, ${$(5)}::numeric - coalesce(h.earned, 0)) AS remaining,
         (coalesce(h.earned, 0) >= ${$(5)}::numeric OR (${$(6)}::int IS NOT NULL AND coalesce(d.n, 0) >= ${$(6)}::int)) AS met,
         ${hasDays ? 'coalesce(d.n, 0)' : 'NULL::int'} AS days,
         coalesce(h.by_source, '{}'::jsonb) AS by_source, coalesce(y.by_year, '{}'::jsonb) AS by_year
    FROM c${i} c LEFT JOIN hs${i} h ON h.user_id = c.id LEFT JOIN hy${i} y ON y.user_id = c.id LEFT JOIN d${i} d ON d.user_id = c.id
)`;
}
