import { computeIdf, DEFAULT_BM25_PARAMS, type BM25Params, type FieldSpec, type FieldTerms } from './bm25-index';

/**
 * Straightforward multi-field BM25 (maps, full sort): the reference the typed-array index is checked
 * against in tests and benchmarks. Same formula as BM25Index; scores every document, no shortcuts.
 */
export function exactBm25Scores(
  specs: readonly FieldSpec[],
  docs: ReadonlyArray<ReadonlyArray<FieldTerms>>,
  termIds: ArrayLike<number>,
  weights: ArrayLike<number> | null,
  params: Partial<BM25Params> = {},
): Float64Array {
  const defaults = { ...DEFAULT_BM25_PARAMS, ...params };
  const n = docs.length;
  const scores = new Float64Array(n);
  specs.forEach((spec, f) => {
    const k1 = spec.k1 ?? defaults.k1;
    const b = spec.b ?? defaults.b;
    const weight = spec.weight ?? 1;
    const tfMaps = docs.map((doc) => {
      const m = new Map<number, number>();
      for (const t of Array.from(doc[f] ?? [])) m.set(t, (m.get(t) ?? 0) + 1);
      return m;
    });
    const lengths = docs.map((doc) => (doc[f] ?? []).length);
    const avg = n > 0 ? lengths.reduce((a, x) => a + x, 0) / n : 0;
    const dfByTerm = new Map<number, number>();
    for (const m of tfMaps) for (const t of m.keys()) dfByTerm.set(t, (dfByTerm.get(t) ?? 0) + 1);
    const maxTerm = Math.max(-1, ...dfByTerm.keys());
    const dfArray = new Float64Array(maxTerm + 1);
    for (const [t, df] of dfByTerm) dfArray[t] = df;
    const idfs = computeIdf(dfArray, n, defaults);
    for (let q = 0; q < termIds.length; q++) {
      const t = termIds[q];
      const w = weights ? weights[q] : 1;
      if (!dfByTerm.has(t)) continue;
      const idf = idfs[t];
      for (let d = 0; d < n; d++) {
        const tf = tfMaps[d].get(t) ?? 0;
        if (tf === 0) continue;
        const norm = k1 * (1 - b + (avg > 0 ? (b * lengths[d]) / avg : 0));
        scores[d] += (weight * w * idf * tf * (k1 + 1)) / (tf + norm);
      }
    }
  });
  return scores;
}

/** Reference top k: documents with a positive score, sorted by score then index. */
export function exactTopK(scores: Float64Array, k: number): number[] {
  const docs: number[] = [];
  for (let d = 0; d < scores.length; d++) if (scores[d] > 0) docs.push(d);
  docs.sort((a, b) => scores[b] - scores[a] || a - b);
  return docs.slice(0, k);
}
