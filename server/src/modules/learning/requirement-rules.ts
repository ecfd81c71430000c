import { RANKS, requirementRankLevel, type CadreGroup, type Rank, type RankLevel, type RequirementLineSpec } from '@cadre/shared';

/** Pure rules of the requirement lines (学时要求), kept apart from the service so they can be tested without a database. */

/** The years a line counts for `year`: the year itself, or the cycle of windowYears from windowStart that holds it. */
export function windowOf(line: Pick<RequirementLineSpec, 'windowYears' | 'windowStart'>, year: number): { start: number; end: number } {
  if (line.windowYears <= 1 || line.windowStart === null) return { start: year, end: year };
  // Cycles repeat (2023–2027, 2028–2032, ...), so a year outside the first one still finds its cycle.
  const start = line.windowStart + Math.floor((year - line.windowStart) / line.windowYears) * line.windowYears;
  return { start, end: start + line.windowYears - 1 };
}

/** A line applies when each non-empty criterion matches (as the training plan's lines did); none at all: everyone. */
export function applies(line: Pick<RequirementLineSpec, 'appliesTo'>, cadre: { rank: Rank; keyGroups: CadreGroup[] }): boolean {
  const { rankLevels, groups } = line.appliesTo;
  if (rankLevels.length > 0) {
    const level = requirementRankLevel(cadre.rank);
    if (level === null || !rankLevels.includes(level)) return false;
  }
  if (groups.length > 0 && !groups.some((g) => cadre.keyGroups.includes(g))) return false;
  return true;
}

/**
 * The requirement source of the ledger row aliased `le`, as SQL: its ledger source, except that an approved claim of
 * online training elsewhere (kind `online_external`) counts as `offline_online`. The ledger keeps `offline_training` for
 * every claim, so the archive's figures stay as they were; a row without a claim behind it stays centralised, as
 * every claim was before claims had kinds. Any set-based figure over the lines must use this same expression.
 */
export const REQUIREMENT_SOURCE_SQL = `CASE WHEN le.source = 'offline_training' AND EXISTS (
    SELECT 1 FROM offline_claims oc WHERE oc.id = le.source_ref_id AND oc.kind = 'online_external') THEN 'offline_online' ELSE le.source END`;

/**
 * The ranks a line's rank levels admit, read through requirementRankLevel: the shortfall SQL filters `rank = ANY(...)` by
 * this list, so the set-based query and applies() share one definition of "applies". Empty levels: null (any rank).
 */
export function ranksAtLevels(levels: readonly RankLevel[]): Rank[] | null {
  if (levels.length === 0) return null;
  return RANKS.filter((r) => {
    const level = requirementRankLevel(r);
    return level !== null && levels.includes(level);
  });
}
