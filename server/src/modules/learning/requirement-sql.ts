import type { RequirementLineDto } from './dto/requirement.dto';
import { ranksAtLevels, REQUIREMENT_SOURCE_SQL, windowOf } from './requirement-rules';

/**
 * The one set-based definition of the requirement lines (学时要求): for every cadre of a set, whether each line applies,
 * the 学时 its sources gave within its window, the days of centralised training where it has a days alternative, and
 * whether it is met. The shortfall list and the dashboard's kept figures both read it, and it must say what the
 * per-cadre engine (RequirementsService.progress and daysIn) says for each cadre:
 * - "applies" reads ranksAtLevels (requirementRankLevel) and the key groups as keyGroupsOf forms them; the caller's
 *   base CTE carries `id`, `rank` and `groups` (the stored key groups plus `new_leader` by appointment date);
 * - hours: the ledger's entries of the window's years whose requirement source (REQUIREMENT_SOURCE_SQL) the line
 *   counts, rounded to one decimal as the engine rounds them; ledger rows of earlier years count for a five-year line;
 * - days: distinct Asia/Shanghai days of attended sessions of the classes and of the approved claims behind the
 *   window's class and claim entries, a claim's days only where its kind counts.
 */

/** The columns of each line's result CTE `r<i>`, one row per cadre of the base to whom the line applies. */
export const LINE_COLUMNS = ['user_id', 'line', 'line_label', 'position', 'required', 'earned', 'days', 'required_days', 'due_date', 'met'] as const;

/**
 * The CTEs of line `i` (c<i>: the base's cadres it applies to, h<i>: their hours, d<i>: their days, r<i>: the result),
 * reading the base CTE named `base`. Pushes the line's parameters onto `params` (numbered after those already there).
 */
export function lineCtes(i: number, line: RequirementLineDto, year: number, params: unknown[], base: string): string {
  const { start, end } = windowOf(line, year);
  const p = params.length + 1;
  params.push(ranksAtLevels(line.appliesTo.rankLevels), line.appliesTo.groups, start, end, line.sources, line.hours, line.days ?? null, line.key, line.label, i, `${end}-12-31`);
  // $0 ranks the line admits (null: any), $1 key groups (empty: any), $2..$3 the window's years, $4 sources, $5 hours,
  // $6 days (null: no alternative), $7 key, $8 label, $9 position, $10 due date.
  const $ = (k: number) => `$${p + k}`;
  const dayParts: string[] = [];
  if (line.sources.includes('class')) {
    dayParts.push(`SELECT le.user_id, (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day
                     FROM ledger_entries le JOIN c${i} c ON c.id = le.user_id
                     JOIN training_class_sessions s ON s.class_id = le.source_ref_id
                     JOIN training_class_attendance a ON a.session_id = s.id AND a.user_id = le.user_id AND a.present
                    WHERE le.source = 'class' AND le.year BETWEEN ${$(2)} AND ${$(3)}`);
  }
  // A claim's days count where its kind counts (as the engine's daysIn): centralised kinds as offline_training,
  // online training elsewhere as offline_online.
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
  SELECT b.* FROM ${base} b
   WHERE (${$(0)}::text[] IS NULL OR b.rank::text = ANY(${$(0)}::text[]))
     AND (cardinality(${$(1)}::text[]) = 0 OR b.groups && ${$(1)}::text[])
),
h${i} AS (
  SELECT le.user_id, round(sum(le.hours), 2) AS earned
    FROM ledger_entries le JOIN c${i} c ON c.id = le.user_id
   WHERE le.year BETWEEN ${$(2)} AND ${$(3)} AND (${REQUIREMENT_SOURCE_SQL})::text = ANY(${$(4)}::text[])
   GROUP BY le.user_id
),
d${i} AS (${days ? `SELECT user_id, count(DISTINCT day)::int AS n FROM (${dayParts.join(' UNION ALL ')}) x GROUP BY user_id` : 'SELECT NULL::uuid AS user_id, 0 AS n WHERE false'}),
r${i} AS (
  SELECT c.id AS user_id, ${$(7)}::text AS line, ${$(8)}::text AS line_label, ${$(9)}::int AS position, ${$(5)}::numeric AS required,
         coalesce(h.earned, 0) AS earned, ${hasDays ? 'coalesce(d.n, 0)' : 'NULL::int'} AS days, ${$(6)}::int AS required_days, ${$(10)}::text AS due_date,
         (coalesce(h.earned, 0) >= ${$(5)}::numeric OR (${$(6)}::int IS NOT NULL AND coalesce(d.n, 0) >= ${$(6)}::int)) AS met
    FROM c${i} c LEFT JOIN h${i} h ON h.user_id = c.id LEFT JOIN d${i} d ON d.user_id = c.id
)`;
}

/**
 * Every line's CTEs over the base CTE `base`, and `line_rows`: the union of their results (LINE_COLUMNS), one row per cadre
 * and line that applies. Without lines, `line_rows` is an empty set of the same columns. Returns the CTEs to put after
 * `base` (comma-separated, no leading or trailing comma).
 */
export function requirementLinesSql(lines: RequirementLineDto[], year: number, params: unknown[], base: string): string {
  const parts = lines.map((line, i) => lineCtes(i, line, year, params, base));
  const union =
    lines.length > 0
      ? lines.map((_, i) => `SELECT ${LINE_COLUMNS.join(', ')} FROM r${i}`).join(' UNION ALL ')
      : `SELECT NULL::uuid AS user_id, NULL::text AS line, NULL::text AS line_label, 0 AS position, 0::numeric AS required, 0::numeric AS earned,
                NULL::int AS days, NULL::int AS required_days, NULL::text AS due_date, false AS met WHERE false`;
  return [...parts, `\nline_rows AS (${union})`].join(',');
}
