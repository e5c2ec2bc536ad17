import { TopKHeap } from './top-k';

/** BM25 saturation and length normalisation (Robertson/Lucene defaults). */
export interface BM25Params {
  /** Term-frequency saturation: higher lets repeated terms count longer. */
  k1: number;
  /** Length normalisation: 0 ignores field length, 1 divides fully by the relative length. */
  b: number;
  /**
   * IDF variant. 'lucene': log(1 + (N − df + 0.5)/(df + 0.5)), never negative. 'okapi': log((N − df + 0.5)/(df + 0.5))
   * with terms in more than half the documents floored at ε · mean IDF (the rank_bm25 convention).
   */
  idf?: 'lucene' | 'okapi';
  /** ε of the 'okapi' floor. */
  idfFloor?: number;
}

export const DEFAULT_BM25_PARAMS: BM25Params = { k1: 1.2, b: 0.75, idf: 'lucene', idfFloor: 0.25 };

/** One indexed field: its score is multiplied by `weight`; k1/b default to the index's params. */
export interface FieldSpec extends Partial<BM25Params> {
  name: string;
  weight?: number;
}

/** A document: one list of term ids per field (repeats are term frequency), in FieldSpec order. */
export type FieldTerms = ArrayLike<number>;

interface FieldPostings {
  weight: number;
  k1: number;
  /** offsets[t]..offsets[t+1] are the postings of term t. */
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Float32Array;
  /** k1 · (1 − b + b · len/avgLen) per document, frozen at build time. */
  norm: Float32Array;
  idf: Float32Array;
  avgLength: number;
  statistics: FieldStatistics;
}

/**
 * The corpus statistics of one field, as `BM25Index.statistics()` exports them: enough to build another
 * index over other documents that scores with these numbers (a frozen statistics generation).
 */
export interface FieldStatistics {
  docCount: number;
  avgLength: number;
  /** Document frequency per term id (ids ≥ its length: 0). */
  df: Uint32Array;
}

/**
 * Document frequency a term gets under frozen statistics when the statistics never saw it: 1, the
 * document that brought it (a new word is rare until the statistics are refreshed and say otherwise).
 */
export const UNSEEN_TERM_DF = 1;

/** IDF of every term of one field (0 for terms absent from it). */
export function computeIdf(df: ArrayLike<number>, docCount: number, params: BM25Params): Float32Array {
  const idf = new Float32Array(df.length);
  if (params.idf !== 'okapi') {
    for (let t = 0; t < df.length; t++) if (df[t] > 0) idf[t] = bm25Idf(docCount, df[t]);
    return idf;
  }
  let sum = 0;
  let terms = 0;
  for (let t = 0; t < df.length; t++) {
    if (df[t] === 0) continue;
    idf[t] = Math.log((docCount - df[t] + 0.5) / (df[t] + 0.5));
    sum += idf[t];
    terms++;
  }
  const floor = (params.idfFloor ?? 0.25) * (terms > 0 ? sum / terms : 0);
  for (let t = 0; t < df.length; t++) if (df[t] > 0 && idf[t] < 0) idf[t] = floor;
  return idf;
}

/**
 * IDF under frozen statistics for the terms these documents contain (`liveDf` > 0): the frozen document
 * frequency, or UNSEEN_TERM_DF for a term the statistics never saw; the frozen document count throughout.
 */
function frozenIdf(frozen: FieldStatistics, liveDf: Uint32Array, params: BM25Params): Float32Array {
  const df = new Uint32Array(liveDf.length);
  for (let t = 0; t < liveDf.length; t++) {
    if (liveDf[t] === 0) continue;
    const seen = t < frozen.df.length ? frozen.df[t] : 0;
    df[t] = seen > 0 ? seen : UNSEEN_TERM_DF;
  }
  // At least one document: a term can be in no fewer documents than the one that brought it.
  const docCount = Math.max(frozen.docCount, UNSEEN_TERM_DF);
  if (params.idf !== 'okapi') return computeIdf(df, docCount, params);
  // The okapi floor is a mean over the vocabulary: the frozen corpus's IDF (with its floor) for seen terms.
  const reference = computeIdf(frozen.df, docCount, params);
  const unseen = Math.max(0, Math.log((docCount - UNSEEN_TERM_DF + 0.5) / (UNSEEN_TERM_DF + 0.5)));
  const idf = new Float32Array(df.length);
  for (let t = 0; t < df.length; t++) {
    if (df[t] === 0) continue;
    idf[t] = t < frozen.df.length && frozen.df[t] > 0 ? reference[t] : unseen;
  }
  return idf;
}

/** Lucene's non-negative BM25 IDF. */
export function bm25Idf(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

/**
 * Multi-field BM25 (per-field BM25, weighted and summed) over a frozen corpus: postings in CSR typed arrays,
 * corpus statistics (IDF, average lengths) fixed at build time. Query terms are looked up in every field;
 * a field simply has no postings for terms it never contains. Ids ≥ the build-time vocabulary are ignored.
 *
 * Queries run on one "impact" list per term, fused over the fields at build time: each posting carries
 * Σ_f weight_f · idf_f · (k1_f + 1) · tf / (tf + norm_f[doc]). The corpus is frozen, so this is the same
 * sum the per-field formula gives (up to float rounding), with one multiply-add per posting instead of
 * a division per field, and repeated query terms are merged first (their weights add) so each list is
 * walked once.
 */
export class BM25Index {
  private readonly fields: FieldPostings[];
  private readonly offsets: Uint32Array;
  private readonly docs: Uint32Array;
  private readonly impacts: Float32Array;
  private readonly acc: Float32Array;
  /** Per-term scratch for merging repeated query terms: summed weight, and a stamp of the query that set it. */
  private readonly queryWeight: Float64Array;
  private readonly queryStamp: Uint32Array;
  private readonly queryTerms: Uint32Array;
  private stamp = 0;
  private forward: { offsets: Uint32Array; terms: Uint32Array; impacts: Float32Array } | null = null;

  private constructor(
    readonly docCount: number,
    readonly vocabSize: number,
    readonly fieldNames: readonly string[],
    fields: FieldPostings[],
  ) {
    this.fields = fields;
    const fused = fuseFields(fields, vocabSize, docCount);
    this.offsets = fused.offsets;
    this.docs = fused.docs;
    this.impacts = fused.impacts;
    this.acc = new Float32Array(docCount);
    this.queryWeight = new Float64Array(vocabSize);
    this.queryStamp = new Uint32Array(vocabSize);
    this.queryTerms = new Uint32Array(vocabSize);
  }

  static build(
    specs: readonly FieldSpec[],
    docs: ReadonlyArray<ReadonlyArray<FieldTerms>>,
    vocabSize: number,
    params: Partial<BM25Params> = {},
    frozen?: readonly FieldStatistics[],
  ): BM25Index {
    const defaults = { ...DEFAULT_BM25_PARAMS, ...params };
    if (frozen && frozen.length !== specs.length) throw new RangeError(`frozen statistics for ${frozen.length} fields, index has ${specs.length}`);
    const fields = specs.map((spec, f) => buildField(spec, f, docs, vocabSize, defaults, frozen?.[f]));
    return new BM25Index(docs.length, vocabSize, specs.map((s) => s.name), fields);
  }

  /**
   * Per field: document count, average length and document frequencies. Built with `frozen`, an index
   * reports the statistics it was given, so a chain of rebuilds keeps scoring with the first one's.
   */
  statistics(): FieldStatistics[] {
    return this.fields.map((f) => f.statistics);
  }

  /** Number of (term, document) postings over all fields; 0 for an index of empty documents. */
  get postingCount(): number {
    return this.docs.length;
  }

  /** Average length of a field, frozen at build time. */
  averageLength(field: number): number {
    return this.fields[field].avgLength;
  }

  /** Document frequency of a term in a field. */
  documentFrequency(field: number, term: number): number {
    if (term < 0 || term >= this.vocabSize) return 0;
    const o = this.fields[field].offsets;
    return o[term + 1] - o[term];
  }

  /** Scores of every document into `out` (length ≥ docCount), which is overwritten: for fusion with other signals. */
  scoreAll(termIds: ArrayLike<number>, weights: ArrayLike<number> | null, out: Float32Array): void {
    out.fill(0, 0, this.docCount);
    this.accumulate(termIds, weights, out);
  }

  /**
   * Score of one document, by binary search in each query term's impact list (document ids ascend): for
   * scoring a single pair without touching the whole corpus. Equal to `scoreAll(...)[doc]` up to rounding.
   */
  scoreDoc(termIds: ArrayLike<number>, weights: ArrayLike<number> | null, doc: number): number {
    const { offsets, docs, impacts, vocabSize } = this;
    let score = 0;
    for (let q = 0; q < termIds.length; q++) {
      const t = termIds[q];
      if (t < 0 || t >= vocabSize) continue;
      const w = weights ? weights[q] : 1;
      if (w === 0) continue;
      let lo = offsets[t];
      let hi = offsets[t + 1] - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const d = docs[mid];
        if (d === doc) {
          score += w * impacts[mid];
          break;
        }
        if (d < doc) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return score;
  }

  /**
   * Adds one document's impact per term into `dense` (indexed by term id). Scoring many queries against
   * one document is then `scoreDense`: array reads, no search. `clearDoc` zeroes those entries again.
   */
  scatterDoc(doc: number, dense: Float32Array): void {
    const fwd = (this.forward ??= transpose(this.offsets, this.docs, this.impacts, this.docCount));
    for (let i = fwd.offsets[doc]; i < fwd.offsets[doc + 1]; i++) dense[fwd.terms[i]] += fwd.impacts[i];
  }

  clearDoc(doc: number, dense: Float32Array): void {
    const fwd = this.forward;
    if (fwd) for (let i = fwd.offsets[doc]; i < fwd.offsets[doc + 1]; i++) dense[fwd.terms[i]] = 0;
  }

  /** Σ weight · dense[term] over the query: the score of the document scattered into `dense`. */
  scoreDense(termIds: ArrayLike<number>, weights: ArrayLike<number> | null, dense: Float32Array): number {
    let score = 0;
    const n = this.vocabSize;
    for (let q = 0; q < termIds.length; q++) {
      const t = termIds[q];
      if (t < 0 || t >= n) continue;
      score += (weights ? weights[q] : 1) * dense[t];
    }
    return score;
  }

  /**
   * The k best documents, best first; only documents with a positive score are returned. Exact: every
   * posting of every query term is accumulated, then one pass over the scores feeds a bounded heap.
   */
  topK(termIds: ArrayLike<number>, weights: ArrayLike<number> | null, k: number): { docs: Int32Array; scores: Float32Array } {
    const acc = this.acc;
    this.accumulate(termIds, weights, acc);
    const heap = new TopKHeap(k);
    // Documents arrive in ascending order, so an equal score never displaces a kept one (ties → lower index).
    let floor = 0;
    for (let d = 0; d < this.docCount; d++) {
      const s = acc[d];
      if (s > floor) {
        heap.push(d, s);
        if (heap.size === k) floor = heap.worstScore;
      }
    }
    acc.fill(0);
    return heap.drain();
  }

  private accumulate(termIds: ArrayLike<number>, weights: ArrayLike<number> | null, out: Float32Array): void {
    const { queryWeight, queryStamp, queryTerms, vocabSize, offsets, docs, impacts } = this;
    const stamp = (this.stamp = (this.stamp + 1) >>> 0 || 1);
    let unique = 0;
    for (let q = 0; q < termIds.length; q++) {
      const t = termIds[q];
      if (t < 0 || t >= vocabSize) continue;
      const w = weights ? weights[q] : 1;
      if (w === 0) continue;
      if (queryStamp[t] !== stamp) {
        queryStamp[t] = stamp;
        queryWeight[t] = 0;
        queryTerms[unique++] = t;
      }
      queryWeight[t] += w;
    }
    for (let i = 0; i < unique; i++) {
      const t = queryTerms[i];
      const w = queryWeight[t];
      const end = offsets[t + 1];
      let p = offsets[t];
      // Unrolled by four (~40% faster in V8: fewer loop tests, independent loads); same adds, same order.
      for (const end4 = end - 3; p < end4; p += 4) {
        const d0 = docs[p];
        const d1 = docs[p + 1];
        const d2 = docs[p + 2];
        const d3 = docs[p + 3];
        out[d0] += w * impacts[p];
        out[d1] += w * impacts[p + 1];
        out[d2] += w * impacts[p + 2];
        out[d3] += w * impacts[p + 3];
      }
      for (; p < end; p++) out[docs[p]] += w * impacts[p];
    }
  }
}

/** One impact list per term over all fields: the union of the fields' postings, documents ascending. */
function fuseFields(fields: FieldPostings[], vocabSize: number, docCount: number) {
  const impactOf = (f: FieldPostings, t: number, p: number) => {
    const tf = f.tfs[p];
    return (f.weight * f.idf[t] * (f.k1 + 1) * tf) / (tf + f.norm[f.docs[p]]);
  };
  if (fields.length === 1) {
    const f = fields[0];
    const impacts = new Float32Array(f.docs.length);
    for (let t = 0; t < vocabSize; t++) for (let p = f.offsets[t]; p < f.offsets[t + 1]; p++) impacts[p] = impactOf(f, t, p);
    return { offsets: f.offsets, docs: f.docs, impacts };
  }
  const total = fields.reduce((n, f) => n + f.docs.length, 0);
  const offsets = new Uint32Array(vocabSize + 1);
  const docs = new Uint32Array(total);
  const impacts = new Float32Array(total);
  const sum = new Float64Array(docCount);
  const mark = new Int32Array(docCount).fill(-1);
  let n = 0;
  for (let t = 0; t < vocabSize; t++) {
    const start = n;
    for (const f of fields) {
      for (let p = f.offsets[t]; p < f.offsets[t + 1]; p++) {
        const d = f.docs[p];
        if (mark[d] !== t) {
          mark[d] = t;
          sum[d] = 0;
          docs[n++] = d;
        }
        sum[d] += impactOf(f, t, p);
      }
    }
    docs.subarray(start, n).sort();
    for (let p = start; p < n; p++) impacts[p] = sum[docs[p]];
    offsets[t + 1] = n;
  }
  return { offsets, docs: docs.slice(0, n), impacts: impacts.slice(0, n) };
}

/** Document → (term, impact) lists, for scattering one document (built on first use). */
function transpose(offsets: Uint32Array, docs: Uint32Array, impacts: Float32Array, docCount: number) {
  const fwdOffsets = new Uint32Array(docCount + 1);
  for (let p = 0; p < docs.length; p++) fwdOffsets[docs[p] + 1]++;
  for (let d = 0; d < docCount; d++) fwdOffsets[d + 1] += fwdOffsets[d];
  const cursor = fwdOffsets.slice(0, docCount);
  const terms = new Uint32Array(docs.length);
  const fwdImpacts = new Float32Array(docs.length);
  for (let t = 0; t + 1 < offsets.length; t++) {
    for (let p = offsets[t]; p < offsets[t + 1]; p++) {
      const i = cursor[docs[p]]++;
      terms[i] = t;
      fwdImpacts[i] = impacts[p];
    }
  }
  return { offsets: fwdOffsets, terms, impacts: fwdImpacts };
}

function buildField(
  spec: FieldSpec,
  f: number,
  docs: ReadonlyArray<ReadonlyArray<FieldTerms>>,
  vocabSize: number,
  defaults: BM25Params,
  frozen?: FieldStatistics,
): FieldPostings {
  const k1 = spec.k1 ?? defaults.k1;
  const b = spec.b ?? defaults.b;
  const n = docs.length;
  const df = new Uint32Array(vocabSize);
  const last = new Int32Array(vocabSize).fill(-1);
  const lengths = new Float32Array(n);
  let total = 0;
  for (let d = 0; d < n; d++) {
    const terms = docs[d][f] ?? [];
    lengths[d] = terms.length;
    total += terms.length;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      if (last[t] !== d) {
        last[t] = d;
        df[t]++;
      }
    }
  }
  const offsets = new Uint32Array(vocabSize + 1);
  for (let t = 0; t < vocabSize; t++) offsets[t + 1] = offsets[t] + df[t];
  const postingCount = offsets[vocabSize];
  const postDocs = new Uint32Array(postingCount);
  const tfs = new Float32Array(postingCount);
  const cursor = offsets.slice(0, vocabSize);
  const slot = new Uint32Array(vocabSize);
  last.fill(-1);
  for (let d = 0; d < n; d++) {
    const terms = docs[d][f] ?? [];
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      if (last[t] !== d) {
        last[t] = d;
        const p = cursor[t]++;
        slot[t] = p;
        postDocs[p] = d;
        tfs[p] = 1;
      } else {
        tfs[slot[t]]++;
      }
    }
  }
  // Frozen statistics: these documents are scored with another corpus's IDF and average length, so that
  // adding, editing or removing one document changes no other document's scores.
  const statistics: FieldStatistics = frozen ?? { docCount: n, avgLength: n > 0 ? total / n : 0, df };
  const avgLength = statistics.avgLength;
  const norm = new Float32Array(n);
  for (let d = 0; d < n; d++) norm[d] = k1 * (1 - b + (avgLength > 0 ? (b * lengths[d]) / avgLength : 0));
  const idf = frozen ? frozenIdf(frozen, df, defaults) : computeIdf(df, n, defaults);
  return { weight: spec.weight ?? 1, k1, offsets, docs: postDocs, tfs, norm, idf, avgLength, statistics };
}
