/** Rankings of units by an indicator ("xếp thứ 35/toàn quốc"), and how each unit moved since the last period. */

export type RankOrder = "desc" | "asc";

/** One unit's place: `rank` 1 is the best; ties share a rank (1, 2, 2, 4); null when the unit has no value. */
export interface RankedEntry {
  key: string;
  value: number | null;
  rank: number | null;
  /** The unit's rank in the previous period, when it had one. */
  previousRank: number | null;
  /** Places gained since the previous period (positive: moved up), null when either rank is missing. */
  change: number | null;
}

/** Competition ranking ("1224"): higher values first by default, `asc` for indicators where lower is better. */
export function rankValues(
  entries: readonly { key: string; value: number | null }[],
  order: RankOrder = "desc",
): Map<string, number> {
  const known = entries.filter((e): e is { key: string; value: number } => typeof e.value === "number");
  const sorted = [...known].sort((a, b) => (order === "desc" ? b.value - a.value : a.value - b.value));
  const ranks = new Map<string, number>();
  sorted.forEach((entry, i) => {
    const previous = sorted[i - 1];
    ranks.set(entry.key, previous && previous.value === entry.value ? ranks.get(previous.key)! : i + 1);
  });
  return ranks;
}

/** Ranks the current values and compares each unit's rank with the previous period's (same units, same order). */
export function rankWithChange(
  current: readonly { key: string; value: number | null }[],
  previous: readonly { key: string; value: number | null }[],
  order: RankOrder = "desc",
): RankedEntry[] {
  const now = rankValues(current, order);
  const before = rankValues(previous, order);
  const ranked = current.map((entry): RankedEntry => {
    const rank = now.get(entry.key) ?? null;
    const previousRank = before.get(entry.key) ?? null;
    return {
      key: entry.key,
      value: entry.value,
      rank,
      previousRank,
      change: rank !== null && previousRank !== null ? previousRank - rank : null,
    };
  });
  return ranked.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
}
