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
}

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

/** Lucene's non-negative BM25 IDF. */
export function bm25Idf(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

/**
 * Multi-field BM25 (per-field BM25, weighted and summed) over a frozen corpus: postings in CSR typed arrays,
 * corpus statistics (IDF, average lengths) fixed at build time. Query terms are looked up in every field;
 * a field simply has no postings for terms it never contains. Ids ≥ the build-time vocabulary are ignored.
 */
export class BM25Index {
  private readonly fields: FieldPostings[];
  private readonly acc: Float32Array;
  private readonly touched: Uint32Array;
  private readonly seen: Uint8Array;

  private constructor(
    readonly docCount: number,
    readonly vocabSize: number,
    readonly fieldNames: readonly string[],
    fields: FieldPostings[],
  ) {
    this.fields = fields;
    this.acc = new Float32Array(docCount);
    this.touched = new Uint32Array(docCount);
    this.seen = new Uint8Array(docCount);
  }

  static build(
    specs: readonly FieldSpec[],
    docs: ReadonlyArray<ReadonlyArray<FieldTerms>>,
    vocabSize: number,
    params: Partial<BM25Params> = {},
  ): BM25Index {
    const defaults = { ...DEFAULT_BM25_PARAMS, ...params };
    const fields = specs.map((spec, f) => buildField(spec, f, docs, vocabSize, defaults));
    return new BM25Index(docs.length, vocabSize, specs.map((s) => s.name), fields);
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
    this.accumulate(termIds, weights, out, false);
  }

  /**
   * Score of one document, by binary search in each query term's postings (document ids ascend): for
   * scoring a single pair without touching the whole corpus. Equal to `scoreAll(...)[doc]`.
   */
  scoreDoc(termIds: ArrayLike<number>, weights: ArrayLike<number> | null, doc: number): number {
    let score = 0;
    for (let q = 0; q < termIds.length; q++) {
      const t = termIds[q];
      if (t < 0 || t >= this.vocabSize) continue;
      const w = weights ? weights[q] : 1;
      if (w === 0) continue;
      for (const f of this.fields) {
        let lo = f.offsets[t];
        let hi = f.offsets[t + 1] - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          const d = f.docs[mid];
          if (d === doc) {
            const tf = f.tfs[mid];
            score += (f.weight * w * f.idf[t] * (f.k1 + 1) * tf) / (tf + f.norm[doc]);
            break;
          }
          if (d < doc) lo = mid + 1;
          else hi = mid - 1;
        }
      }
    }
    return score;
  }

  /** The k best documents, best first; only documents sharing at least one term are returned. */
  topK(termIds: ArrayLike<number>, weights: ArrayLike<number> | null, k: number): { docs: Int32Array; scores: Float32Array } {
    const count = this.accumulate(termIds, weights, this.acc, true);
    const heap = new TopKHeap(Math.min(k, count));
    const { acc, touched, seen } = this;
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      heap.push(d, acc[d]);
      acc[d] = 0;
      seen[d] = 0;
    }
    return heap.drain();
  }

  private accumulate(termIds: ArrayLike<number>, weights: ArrayLike<number> | null, out: Float32Array, track: boolean): number {
    const { touched, seen, vocabSize } = this;
    let count = 0;
    for (let q = 0; q < termIds.length; q++) {
      const t = termIds[q];
      if (t < 0 || t >= vocabSize) continue;
      const w = weights ? weights[q] : 1;
      if (w === 0) continue;
      for (const f of this.fields) {
        const start = f.offsets[t];
        const end = f.offsets[t + 1];
        if (start === end) continue;
        const c = f.weight * w * f.idf[t] * (f.k1 + 1);
        const { docs, tfs, norm } = f;
        for (let p = start; p < end; p++) {
          const d = docs[p];
          const tf = tfs[p];
          out[d] += (c * tf) / (tf + norm[d]);
          if (track && seen[d] === 0) {
            seen[d] = 1;
            touched[count++] = d;
          }
        }
      }
    }
    return count;
  }
}

function buildField(
  spec: FieldSpec,
  f: number,
  docs: ReadonlyArray<ReadonlyArray<FieldTerms>>,
  vocabSize: number,
  defaults: BM25Params,
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
  const avgLength = n > 0 ? total / n : 0;
  const norm = new Float32Array(n);
  for (let d = 0; d < n; d++) norm[d] = k1 * (1 - b + (avgLength > 0 ? (b * lengths[d]) / avgLength : 0));
  const idf = computeIdf(df, n, defaults);
  return { weight: spec.weight ?? 1, k1, offsets, docs: postDocs, tfs, norm, idf, avgLength };
}
