/** Graded judgments of one query: document id → grade (> 0 relevant). */
export type Judgments = ReadonlyMap<string, number>;

/** Average precision over the first `depth` results (trec_eval's map with a cut-off). */
export function averagePrecision(ranking: readonly string[], judged: Judgments, depth = 1000): number {
  let relevant = 0;
  for (const g of judged.values()) if (g > 0) relevant++;
  if (relevant === 0) return 0;
  let hits = 0;
  let sum = 0;
  const n = Math.min(depth, ranking.length);
  for (let i = 0; i < n; i++) {
    if ((judged.get(ranking[i]) ?? 0) > 0) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / relevant;
}

/** 1 / rank of the first relevant result, 0 when none is retrieved. */
export function reciprocalRank(ranking: readonly string[], judged: Judgments): number {
  for (let i = 0; i < ranking.length; i++) if ((judged.get(ranking[i]) ?? 0) > 0) return 1 / (i + 1);
  return 0;
}

/** NDCG@k with gain 2^g − 1 and discount log2(rank + 1); the ideal ranking uses all judged grades. */
export function ndcgAt(ranking: readonly string[], judged: Judgments, k = 10): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++) {
    const g = judged.get(ranking[i]) ?? 0;
    if (g > 0) dcg += (2 ** g - 1) / Math.log2(i + 2);
  }
  const ideal = [...judged.values()].filter((g) => g > 0).sort((a, b) => b - a);
  let idcg = 0;
  for (let i = 0; i < Math.min(k, ideal.length); i++) idcg += (2 ** ideal[i] - 1) / Math.log2(i + 2);
  return idcg > 0 ? dcg / idcg : 0;
}

/** Relevant results in the top k divided by min(k, number relevant). */
export function recallAt(ranking: readonly string[], judged: Judgments, k = 10): number {
  let relevant = 0;
  for (const g of judged.values()) if (g > 0) relevant++;
  if (relevant === 0) return 0;
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranking.length); i++) if ((judged.get(ranking[i]) ?? 0) > 0) hits++;
  return hits / Math.min(k, relevant);
}

export interface Metrics {
  MAP: number;
  MRR: number;
  NDCG10: number;
  R10: number;
  /** Queries averaged over (those with at least one relevant judgment). */
  queries: number;
}

/** Mean metrics over the queries that have at least one relevant judgment; unranked ones count as zero. */
export function evaluateRuns(
  runs: ReadonlyMap<string, readonly string[]>,
  qrels: ReadonlyMap<string, Judgments>,
): Metrics {
  const m: Metrics = { MAP: 0, MRR: 0, NDCG10: 0, R10: 0, queries: 0 };
  for (const [query, judged] of qrels) {
    if (![...judged.values()].some((g) => g > 0)) continue;
    const ranking = runs.get(query) ?? [];
    m.MAP += averagePrecision(ranking, judged, 1000);
    m.MRR += reciprocalRank(ranking, judged);
    m.NDCG10 += ndcgAt(ranking, judged, 10);
    m.R10 += recallAt(ranking, judged, 10);
    m.queries++;
  }
  if (m.queries > 0) {
    m.MAP /= m.queries;
    m.MRR /= m.queries;
    m.NDCG10 /= m.queries;
    m.R10 /= m.queries;
  }
  return m;
}
