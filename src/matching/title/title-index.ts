import { BM25Index, type FieldSpec, type FieldStatistics } from '../index/bm25-index';
import { TermDictionary } from '../text/term-dictionary';
import { sharedTitleAnalyser, titleTerms, type TitleTerms } from './title-features';
import { parseTitle } from './title-parser';

/** Knobs of title matching. Field weights multiply per-field BM25 scores; query weights scale query terms. */
export interface TitleMatchParams {
  /** All title terms (words, bigrams, characters / stems). */
  titleWeight: number;
  /** The modifier alone: matching on the field of work, not on the role word. */
  modifierWeight: number;
  /** Head word, head family, head group pseudo-terms. */
  headWeight: number;
  /** Field families of the whole title (fin.lending, it.network …). */
  familyWeight: number;
  /** Sectors of those families (fin, it …). */
  sectorWeight: number;
  /** Query-side weight of terms that come only from the query's head (not its modifier). */
  queryHeadTermWeight: number;
  /** Query-side weight of the head group pseudo-term relative to head word / family. */
  queryHeadGroupWeight: number;
  k1: number;
  b: number;
  /** b for pseudo-term fields (few terms per title; length says little). */
  pseudoB: number;
}

export const DEFAULT_TITLE_MATCH_PARAMS: TitleMatchParams = {
  titleWeight: 1,
  modifierWeight: 0.6,
  headWeight: 0.3,
  familyWeight: 0.8,
  sectorWeight: 0.3,
  queryHeadTermWeight: 0.5,
  queryHeadGroupWeight: 0.5,
  k1: 1.2,
  b: 0.75,
  pseudoB: 0.3,
};

const FIELD_ORDER = ['title', 'modifier', 'head', 'family', 'sector'] as const;

type TitleQuery = { ids: Uint32Array; weights: Float32Array; terms: TitleTerms };
/** Distinct titles whose query is remembered per index; the memo starts afresh when full. */
const QUERY_MEMO_LIMIT = 20_000;

/**
 * A BM25 index over job titles that knows their structure: title terms, modifier terms, head (word, family,
 * group) and field families, each a weighted field. Queries are titles, parsed the same way.
 */
export class TitleIndex {
  readonly params: TitleMatchParams;
  private readonly dict: TermDictionary;
  private readonly index: BM25Index;
  /**
   * Queries by language and title. Job titles recur in any corpus (a few thousand distinct ones cover most
   * CVs), and parsing one (jieba, head and family lookups) costs far more than the map lookup. Valid while
   * the dictionary has the size it had when they were made (a shared dictionary may learn new terms).
   */
  private readonly queryMemo = new Map<string, Readonly<TitleQuery>>();
  private queryMemoDictSize = -1;

  /**
   * `docs` are the titles already analysed (`TitleIndex.analyse` with the same dictionary), so a rebuild
   * after one title changed re-analyses nothing; `frozen` scores with another index's statistics.
   */
  constructor(
    titles: ReadonlyArray<{ title: string; lang?: 'zh' | 'en' }>,
    params: Partial<TitleMatchParams> = {},
    dict = new TermDictionary(),
    prepared: { docs?: readonly (readonly Uint32Array[])[]; frozen?: readonly FieldStatistics[] } = {},
  ) {
    this.params = { ...DEFAULT_TITLE_MATCH_PARAMS, ...params };
    this.dict = dict;
    const p = this.params;
    const docs = prepared.docs ?? titles.map((t) => TitleIndex.analyse(t.title, t.lang, this.dict));
    const specs: FieldSpec[] = [
      { name: 'title', weight: p.titleWeight, k1: p.k1, b: p.b },
      { name: 'modifier', weight: p.modifierWeight, k1: p.k1, b: p.b },
      { name: 'head', weight: p.headWeight, k1: p.k1, b: p.pseudoB },
      { name: 'family', weight: p.familyWeight, k1: p.k1, b: p.pseudoB },
      { name: 'sector', weight: p.sectorWeight, k1: p.k1, b: p.pseudoB },
    ];
    // Only the ids the titles use (see FusedRanker: a shared dictionary also holds the queries' words).
    let vocab = 0;
    for (const doc of docs) for (const ids of doc) for (let i = 0; i < ids.length; i++) if (ids[i] >= vocab) vocab = ids[i] + 1;
    this.index = BM25Index.build(specs, docs, vocab, {}, prepared.frozen);
  }

  /** A title's term ids per field (the document side), interned in `dict`. */
  static analyse(title: string, lang: 'zh' | 'en' | undefined, dict: TermDictionary): Uint32Array[] {
    const terms = titleTerms(parseTitle(title, lang), sharedTitleAnalyser());
    return FIELD_ORDER.map((f) => dict.internAll(terms[f]));
  }

  /** The index's per-field statistics (see BM25Index.statistics). */
  statistics(): FieldStatistics[] {
    return this.index.statistics();
  }

  get size(): number {
    return this.index.docCount;
  }

  /**
   * Query terms and weights of a title (each distinct term once). The same title gives the same object
   * (remembered): treat it as read-only. With `intern`, terms the titles never had get ids too (scoring
   * ignores them): a query kept across rebuilds of the index over the same dictionary then also matches
   * titles added later, and stays valid however the dictionary grows (ids never change).
   */
  query(title: string, lang?: 'zh' | 'en', intern = false): TitleQuery {
    if (this.queryMemo.size >= QUERY_MEMO_LIMIT) this.queryMemo.clear();
    if (!intern && this.queryMemoDictSize !== this.dict.size) {
      // A looked-up (not interned) query may miss terms the dictionary has learnt since: forget those.
      for (const key of [...this.queryMemo.keys()]) if (key.startsWith('l')) this.queryMemo.delete(key);
      this.queryMemoDictSize = this.dict.size;
    }
    const key = `${intern ? 'i' : 'l'}${lang ?? ''}\u0000${title}`;
    let q = this.queryMemo.get(key);
    if (q === undefined) this.queryMemo.set(key, (q = this.queryUncached(title, lang, intern)));
    return q;
  }

  private queryUncached(title: string, lang: 'zh' | 'en' | undefined, intern: boolean): TitleQuery {
    const terms = titleTerms(parseTitle(title, lang), sharedTitleAnalyser());
    const weights = new Map<string, number>();
    const modifier = new Set(terms.modifier);
    const hasModifier = modifier.size > 0;
    for (const t of terms.title) weights.set(t, !hasModifier || modifier.has(t) ? 1 : this.params.queryHeadTermWeight);
    for (const t of terms.head) weights.set(t, t.startsWith('hg:') ? this.params.queryHeadGroupWeight : 1);
    for (const t of [...terms.family, ...terms.sector]) weights.set(t, 1);
    const ids: number[] = [];
    const w: number[] = [];
    for (const [term, weight] of weights) {
      const id = intern ? this.dict.intern(term) : this.dict.get(term);
      if (id < 0) continue;
      ids.push(id);
      w.push(weight);
    }
    return { ids: Uint32Array.from(ids), weights: Float32Array.from(w), terms };
  }

  scoreAll(title: string, lang: 'zh' | 'en' | undefined, out: Float32Array): void {
    const q = this.query(title, lang);
    this.index.scoreAll(q.ids, q.weights, out);
  }

  /** Scores for an already analysed query (see `query`), into `out`. */
  scoreAllQuery(q: { ids: Uint32Array; weights: Float32Array }, out: Float32Array): void {
    this.index.scoreAll(q.ids, q.weights, out);
  }

  scoreDocQuery(q: { ids: Uint32Array; weights: Float32Array }, doc: number): number {
    return this.index.scoreDoc(q.ids, q.weights, doc);
  }

  topK(title: string, lang: 'zh' | 'en' | undefined, k: number): { docs: Int32Array; scores: Float32Array } {
    const q = this.query(title, lang);
    return this.index.topK(q.ids, q.weights, k);
  }
}
