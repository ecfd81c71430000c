import type { PublicityPrize } from '@cadre/shared';

export interface EntrantScores {
  entrantId: string;
  /** The judges' scores of the round, in hundredths of a point (87.5 → 8750). */
  scores: number[];
}

export interface RankedEntrant {
  entrantId: string;
  /** Final score in hundredths; null when not every judge has scored the entrant. */
  final: number | null;
  /** The median of all the entrant's scores, in hundredths (the first tie-break). */
  median: number | null;
  /** The highest score the entrant received, in hundredths (the second tie-break). */
  highest: number | null;
  /** 1 for the best; ties share a rank; null when unranked. */
  rank: number | null;
  prize: PublicityPrize | null;
}

export interface PrizeCounts {
  first: number;
  second: number;
  third: number;
}

/**
 * The final score: the average after dropping one highest and one lowest score (with fewer than 3 scores, the plain
 * average), rounded to hundredths of a point.
 */
export function finalScore(scores: number[]): number {
  const sorted = [...scores].sort((a, b) => a - b);
  const kept = sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
  return Math.round(kept.reduce((n, s) => n + s, 0) / kept.length);
}

/** The median of all scores, in hundredths (the mean of the two middle ones for an even count). */
export function median(scores: number[]): number {
  const sorted = [...scores].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Ranks a round (PUBLICITY_RANKING_RULE): higher final score first; equal final scores by the higher median of all
 * scores, then by the higher highest score; entrants equal on all three share a rank. An entrant is ranked only once
 * each of the contest's `judges` has scored them. Prizes follow the ranks: ranks 1..first get 一等奖, the next
 * `second` places 二等奖, then `third` places 三等奖; a tie straddling a boundary takes the higher prize together.
 */
export function rankRound(entrants: EntrantScores[], judges: number, prizes: PrizeCounts): RankedEntrant[] {
  const scored = entrants
    .filter((e) => judges > 0 && e.scores.length >= judges)
    .map((e) => ({ entrantId: e.entrantId, final: finalScore(e.scores), median: median(e.scores), highest: Math.max(...e.scores) }));
  const compare = (a: (typeof scored)[number], b: (typeof scored)[number]) => b.final - a.final || b.median - a.median || b.highest - a.highest;
  scored.sort(compare);
  const ranked: RankedEntrant[] = [];
  scored.forEach((e, i) => {
    const previous = ranked[i - 1];
    const rank = previous && compare(scored[i - 1]!, e) === 0 ? previous.rank! : i + 1;
    const prize: PublicityPrize | null =
      rank <= prizes.first ? 'first' : rank <= prizes.first + prizes.second ? 'second' : rank <= prizes.first + prizes.second + prizes.third ? 'third' : null;
    ranked.push({ ...e, rank, prize });
  });
  const unranked = entrants
    .filter((e) => !scored.some((s) => s.entrantId === e.entrantId))
    .map((e) => ({ entrantId: e.entrantId, final: null, median: null, highest: null, rank: null, prize: null }));
  return [...ranked, ...unranked];
}
