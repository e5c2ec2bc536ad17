import { TextAnalyser } from '../text/analyser';
import { normalise } from '../text/normalise';
import { TermDictionary } from '../text/term-dictionary';
import { sharedFieldLexicon } from '../title/field-lexicon';
import { DEFAULT_TITLE_MATCH_PARAMS, TitleIndex, type TitleMatchParams } from '../title/title-index';
import { BM25Index, type FieldStatistics } from './bm25-index';
import { topKOfScores } from './top-k';

/** What the ranker needs of a position (a projection of PositionProfile). */
export interface RankablePosition {
  title: string;
  description?: string;
  skills?: readonly string[];
  lang?: 'zh' | 'en';
}

/** What the ranker needs of a talent (headline = current or sought title). */
export interface RankableTalent {
  headline?: string;
  summary?: string;
  skills?: readonly string[];
  lang?: 'zh' | 'en';
}

/** A talent analysed once: term ids per signal, and each signal's maximum over the positions once scored. */
export interface CompiledTalentQuery {
  title: { ids: Uint32Array; weights: Float32Array } | null;
  text: Uint32Array;
  skills: Uint32Array;
  families: Uint32Array;
  maxima: Float32Array | null;
}

const EMPTY = new Uint32Array(0);
/** Distinct skill names whose term ids are remembered per ranker. */
const SKILL_MEMO_LIMIT = 50_000;
/** Floats of title rows kept per ranker (16 MB: 800 titles over 5,000 positions). */
const TITLE_ROW_BUDGET = 4_000_000;

/** Knobs of the fused ranker. Each signal is scaled to [0, 1] per query (÷ its maximum), then weighted. */
export interface FusedRankerParams {
  title: TitleMatchParams;
  /** Weight of title-to-title matching (structure, head and field families). */
  titleWeight: number;
  /** Weight of full-text BM25: the talent's headline and summary against the position's title and description. */
  textWeight: number;
  /** Weight of skill BM25: the talent's skills against the position's skills. */
  skillWeight: number;
  /** Weight of field-family overlap over the whole texts (what the work is about, beyond shared words). */
  familyWeight: number;
  /** Per-field weights of the full-text BM25. */
  textFields: { title: number; description: number };
  k1: number;
  b: number;
}

export const DEFAULT_FUSED_RANKER_PARAMS: FusedRankerParams = {
  title: DEFAULT_TITLE_MATCH_PARAMS,
  titleWeight: 0.3,
  textWeight: 1,
  skillWeight: 0.05,
  familyWeight: 0.2,
  textFields: { title: 0.5, description: 1 },
  k1: 1.2,
  b: 0.75,
};

/** A position's term ids per signal, as the ranker indexes them. */
interface AnalysedPosition {
  title: Uint32Array[];
  text: Uint32Array[];
  skills: Uint32Array[];
  families: Uint32Array[];
}

/**
 * What rankers over changing sets of positions share: the term dictionaries (ids never change, so a
 * talent compiled once stays valid for every later ranker) and each position's analysis (a rebuild after
 * one position changed analyses only that one). Positions are remembered by object: pass the same object
 * for an unchanged position.
 */
export class RankerVocabulary {
  readonly terms = new TermDictionary();
  readonly titleTerms = new TermDictionary();
  private readonly analysed = new WeakMap<RankablePosition, AnalysedPosition>();
  private readonly textAnalyser = new TextAnalyser({ zhWords: 'search', zhBigrams: true, zhUnigrams: false, latin: 'stem', stopWords: true });

  analyse(pos: RankablePosition): AnalysedPosition {
    let done = this.analysed.get(pos);
    if (done) return done;
    const dict = this.terms;
    done = {
      title: TitleIndex.analyse(pos.title, pos.lang, this.titleTerms),
      text: [dict.internAll(this.textAnalyser.analyse(pos.title)), dict.internAll(this.textAnalyser.analyse(pos.description))],
      skills: [dict.internAll(this.textAnalyser.analyse((pos.skills ?? []).join(' ; ')))],
      families: [
        dict.internAll(sharedFieldLexicon().familiesOf(normalise([pos.title, pos.description ?? '', ...(pos.skills ?? [])].join(' ; '))).map((f) => `f:${f}`)),
      ],
    };
    this.analysed.set(pos, done);
    return done;
  }

  analyseText(text: string): string[] {
    return this.textAnalyser.analyse(text);
  }
}

/** The statistics a ranker scores with when they are not its own positions' (see FusedRankerOptions). */
interface RankerStatistics {
  title: FieldStatistics[];
  text: FieldStatistics[];
  skills: FieldStatistics[];
  families: FieldStatistics[];
}

export interface FusedRankerOptions {
  vocabulary?: RankerVocabulary;
  /**
   * A ranker whose corpus statistics this one scores with (frozen statistics): IDF and average lengths of
   * its positions, and each talent's per-signal maxima over them, so that adding, editing or removing a
   * position changes that position's scores only. Must share this ranker's vocabulary and parameters. A
   * signal of a position here that beats the talent's maximum there counts as the maximum (1).
   */
  statistics?: FusedRanker;
}

/**
 * The engine's position ranking for a talent: fuses title matching (TitleIndex), full-text BM25 and
 * field-family overlap. Built once per set of positions; each query fills reused Float32Arrays and
 * selects the top k with a heap.
 */
export class FusedRanker {
  readonly name = 'engine';
  readonly params: FusedRankerParams;
  readonly vocabulary: RankerVocabulary;
  /** The ranker whose statistics and maxima this one scores with; null: its own (the common case). */
  readonly reference: FusedRanker | null;
  private readonly dict: TermDictionary;
  private readonly titles: TitleIndex;
  private readonly text: BM25Index;
  private readonly skills: BM25Index;
  private readonly families: BM25Index;
  private readonly buffers: Float32Array[];
  private readonly fused: Float32Array;
  private dense: { text: Float32Array; skills: Float32Array; families: Float32Array } | null = null;
  /**
   * Term ids of one skill name (analysed, looked up). Skill names recur across talents in any corpus (a few
   * thousand distinct ones), and the dictionary is frozen once the positions are indexed, so the ids of a
   * name never change. Cleared when it grows past SKILL_MEMO_LIMIT.
   */
  private readonly skillMemo = new Map<string, Uint32Array>();
  /**
   * Title scores of every position, by title query (TitleIndex.query gives one object per distinct title),
   * with their maximum. A title row depends on the title alone, and job titles recur across talents in any
   * corpus, so a full recompute scores each common title once instead of once per talent. First in, first
   * out, within a budget of TITLE_ROW_BUDGET floats.
   */
  private readonly titleRows = new Map<object, { row: Float32Array; max: number }>();
  /** The title row the last `signalScores` used (a kept row, or the title buffer). */
  private titleRowOut: Float32Array = new Float32Array(0);

  constructor(positions: readonly RankablePosition[], params: Partial<FusedRankerParams> = {}, options: FusedRankerOptions = {}) {
    this.params = { ...DEFAULT_FUSED_RANKER_PARAMS, ...params, title: { ...DEFAULT_TITLE_MATCH_PARAMS, ...params.title } };
    const p = this.params;
    const reference = options.statistics ?? null;
    this.vocabulary = options.vocabulary ?? reference?.vocabulary ?? new RankerVocabulary();
    if (reference && reference.vocabulary !== this.vocabulary) throw new Error('a ranker must share the vocabulary of the ranker whose statistics it uses');
    // Statistics are always the first ranker's of a chain, never a copy of a copy.
    this.reference = reference?.reference ?? reference;
    const frozen = this.reference?.ownStatistics();
    this.dict = this.vocabulary.terms;
    const analysed = positions.map((pos) => this.vocabulary.analyse(pos));
    this.titles = new TitleIndex(positions, p.title, this.vocabulary.titleTerms, { docs: analysed.map((a) => a.title), frozen: frozen?.title });
    const bm25 = { k1: p.k1, b: p.b };
    // The index covers the ids its documents use: a shared vocabulary also holds every talent's words,
    // which no posting has, and sizing the index by it would only make each rebuild slower.
    const vocab = vocabularyOf(analysed.flatMap((a) => [...a.text, ...a.skills, ...a.families]));
    this.text = BM25Index.build(
      [
        { name: 'title', weight: p.textFields.title },
        { name: 'description', weight: p.textFields.description },
      ],
      analysed.map((a) => a.text),
      vocab,
      bm25,
      frozen?.text,
    );
    this.skills = BM25Index.build([{ name: 'skills' }], analysed.map((a) => a.skills), vocab, bm25, frozen?.skills);
    this.families = BM25Index.build([{ name: 'families' }], analysed.map((a) => a.families), vocab, { k1: p.k1, b: 0.5 }, frozen?.families);
    this.buffers = [0, 1, 2, 3].map(() => new Float32Array(positions.length));
    this.fused = new Float32Array(positions.length);
  }

  private ownStatistics(): RankerStatistics {
    return { title: this.titles.statistics(), text: this.text.statistics(), skills: this.skills.statistics(), families: this.families.statistics() };
  }

  get size(): number {
    return this.fused.length;
  }

  /**
   * Analyses a talent once into term ids per signal. Scoring a compiled query is typed-array work only, so
   * the engine compiles each talent once and scores it against many positions.
   */
  compile(talent: RankableTalent): CompiledTalentQuery {
    const p = this.params;
    const prose = [talent.headline ?? '', talent.summary ?? ''].join(' ; ');
    const allText = [prose, ...(talent.skills ?? [])].join(' ; ');
    const families = sharedFieldLexicon().familiesOf(normalise(allText)).map((f) => `f:${f}`);
    const query: CompiledTalentQuery = {
      // Interned, not looked up: a term no position has yet still gets its id, so the query stays valid for
      // rankers built later over the same vocabulary (a position that brings the term then matches it).
      title: talent.headline && p.titleWeight > 0 ? this.titles.query(talent.headline, talent.lang, true) : null,
      text: p.textWeight > 0 ? this.dict.internAll(this.vocabulary.analyseText(prose)) : EMPTY,
      skills: p.skillWeight > 0 && talent.skills?.length ? this.skillTerms(talent.skills) : EMPTY,
      families: p.familyWeight > 0 ? this.dict.internAll(families) : EMPTY,
      maxima: null,
    };
    return query;
  }

  /**
   * The ids of `analyse(skills.join(' ; '))`, name by name: ' ; ' ends every Latin and Han run and
   * normalisation works within runs, so the analysis of the joined list is the analyses of its names, in order.
   */
  private skillTerms(skills: readonly string[]): Uint32Array {
    const parts: Uint32Array[] = [];
    let length = 0;
    for (const name of skills) {
      let ids = this.skillMemo.get(name);
      if (ids === undefined) {
        if (this.skillMemo.size >= SKILL_MEMO_LIMIT) this.skillMemo.clear();
        this.skillMemo.set(name, (ids = this.dict.internAll(this.vocabulary.analyseText(name))));
      }
      parts.push(ids);
      length += ids.length;
    }
    const out = new Uint32Array(length);
    let at = 0;
    for (const ids of parts) {
      out.set(ids, at);
      at += ids.length;
    }
    return out;
  }

  /** Fused scores of every position for a talent, into `out` (length ≥ positions). */
  scoreAll(talent: RankableTalent, out: Float32Array): void {
    this.scoreAllCompiled(this.compile(talent), out);
  }

  /**
   * Fused scores of every position into `out`. Each signal is divided by its maximum over the positions,
   * which is remembered in the query so that `scorePair` gives exactly the same number for one position.
   */
  scoreAllCompiled(query: CompiledTalentQuery, out: Float32Array): void {
    if (this.reference) {
      // Under frozen statistics the maxima are the reference's, and capped: relevanceAll does both.
      this.relevanceAll(query, out);
      for (let i = 0; i < this.fused.length; i++) out[i] *= this.maxScore;
      return;
    }
    const p = this.params;
    const [titleScores, textScores, familyScores, skillScores] = this.buffers;
    const maxima = new Float32Array(4);
    out.fill(0);
    if (query.title) {
      this.titles.scoreAllQuery(query.title, titleScores);
      maxima[0] = addScaled(out, titleScores, p.titleWeight);
    }
    if (query.text.length > 0) {
      this.text.scoreAll(query.text, null, textScores);
      maxima[1] = addScaled(out, textScores, p.textWeight);
    }
    if (query.skills.length > 0 && this.skills.postingCount > 0) {
      this.skills.scoreAll(query.skills, null, skillScores);
      maxima[2] = addScaled(out, skillScores, p.skillWeight);
    }
    if (query.families.length > 0) {
      this.families.scoreAll(query.families, null, familyScores);
      maxima[3] = addScaled(out, familyScores, p.familyWeight);
    }
    query.maxima = maxima;
  }

  /**
   * Each signal's raw scores of every position into the signal buffers, and their maxima (0 for a signal
   * the query does not have).
   */
  private signalScores(query: CompiledTalentQuery): Float32Array {
    const [titleScores, textScores, familyScores, skillScores] = this.buffers;
    const maxima = new Float32Array(4);
    this.titleRowOut = titleScores;
    if (query.title) {
      const kept = this.titleRow(query.title);
      this.titleRowOut = kept.row;
      maxima[0] = kept.max;
    }
    if (query.text.length > 0) {
      this.text.scoreAll(query.text, null, textScores);
      maxima[1] = maxOf(textScores);
    }
    if (query.skills.length > 0 && this.skills.postingCount > 0) {
      this.skills.scoreAll(query.skills, null, skillScores);
      maxima[2] = maxOf(skillScores);
    }
    if (query.families.length > 0) {
      this.families.scoreAll(query.families, null, familyScores);
      maxima[3] = maxOf(familyScores);
    }
    return maxima;
  }

  /**
   * The query's per-signal maxima, which every score divides by: over this ranker's positions, or, under
   * frozen statistics, over the reference ranker's (computed once and kept in the query).
   */
  private maximaOf(query: CompiledTalentQuery): Float32Array {
    if (!this.reference) return (query.maxima = this.signalScores(query));
    return (query.maxima ??= this.reference.signalScores(query));
  }

  /**
   * `scoreAllCompiled` divided by `maxScore`: relevance 0–1 of every position, into `out`. One combined pass
   * over the signal buffers instead of a scaled add per signal and a final scaling pass, with the same
   * float32 rounding steps, so the numbers are those of `scoreAllCompiled(...)[i] * (1 / maxScore)`.
   */
  relevanceAll(query: CompiledTalentQuery, out: Float32Array): void {
    this.relevanceOf(query, out, null, this.fused.length);
  }

  /**
   * `relevanceAll` at the positions `at[0 … count − 1]` only (the rest of `out` is left as it was): the
   * signals are still scored over every position (their maxima need them), but the fusion runs only
   * where a caller will read it, e.g. the positions a talent is eligible for in a full top-k.
   */
  relevanceAt(query: CompiledTalentQuery, out: Float32Array, at: Int32Array, count: number): void {
    this.relevanceOf(query, out, at, count);
  }

  private relevanceOf(query: CompiledTalentQuery, out: Float32Array, at: Int32Array | null, count: number): void {
    const p = this.params;
    const [, textScores, familyScores, skillScores] = this.buffers;
    let maxima: Float32Array;
    if (this.reference) {
      maxima = this.maximaOf(query);
      this.signalScores(query);
    } else {
      maxima = query.maxima = this.signalScores(query);
    }
    // A signal whose maximum is 0 adds nothing (as in addScaled); its factor 0 keeps the sum unchanged.
    const f0 = maxima[0] > 0 ? p.titleWeight / maxima[0] : 0;
    const f1 = maxima[1] > 0 ? p.textWeight / maxima[1] : 0;
    const f2 = maxima[2] > 0 ? p.skillWeight / maxima[2] : 0;
    const f3 = maxima[3] > 0 ? p.familyWeight / maxima[3] : 0;
    const scale = 1 / this.maxScore;
    const fr = Math.fround;
    const titleRow = this.titleRowOut;
    if (this.reference) {
      // Frozen maxima: a position added since may beat them; each signal then counts as its maximum.
      const { titleWeight: w0, textWeight: w1, skillWeight: w2, familyWeight: w3 } = p;
      for (let j = 0; j < count; j++) {
        const i = at === null ? j : at[j];
        let v = f0 > 0 ? fr(Math.min(w0, titleRow[i] * f0)) : 0;
        if (f1 > 0) v = fr(v + Math.min(w1, textScores[i] * f1));
        if (f2 > 0) v = fr(v + Math.min(w2, skillScores[i] * f2));
        if (f3 > 0) v = fr(v + Math.min(w3, familyScores[i] * f3));
        out[i] = v * scale;
      }
      return;
    }
    if (f0 > 0 && f1 > 0 && f2 > 0 && f3 > 0) {
      // The usual case (every signal found something): the loop below without its per-position branches.
      if (at === null) {
        for (let i = 0; i < count; i++) out[i] = fr(fr(fr(fr(titleRow[i] * f0) + textScores[i] * f1) + skillScores[i] * f2) + familyScores[i] * f3) * scale;
      } else {
        for (let j = 0; j < count; j++) {
          const i = at[j];
          out[i] = fr(fr(fr(fr(titleRow[i] * f0) + textScores[i] * f1) + skillScores[i] * f2) + familyScores[i] * f3) * scale;
        }
      }
      return;
    }
    for (let j = 0; j < count; j++) {
      const i = at === null ? j : at[j];
      let v = f0 > 0 ? fr(titleRow[i] * f0) : 0;
      if (f1 > 0) v = fr(v + textScores[i] * f1);
      if (f2 > 0) v = fr(v + skillScores[i] * f2);
      if (f3 > 0) v = fr(v + familyScores[i] * f3);
      out[i] = v * scale;
    }
  }

  /** weight · score / maximum, at most the weight under frozen maxima (see relevanceAll). */
  private part(weight: number, score: number, maximum: number): number {
    const value = (weight * score) / maximum;
    return this.reference && value > weight ? weight : value;
  }

  /** The title row of a title query (see `titleRows`): scored on first sight, then kept. */
  private titleRow(title: { ids: Uint32Array; weights: Float32Array }): { row: Float32Array; max: number } {
    let kept = this.titleRows.get(title);
    if (kept === undefined) {
      const row = new Float32Array(this.fused.length);
      this.titles.scoreAllQuery(title, row);
      kept = { row, max: maxOf(row) };
      if ((this.titleRows.size + 1) * row.length > TITLE_ROW_BUDGET) this.titleRows.delete(this.titleRows.keys().next().value!);
      this.titleRows.set(title, kept);
    }
    return kept;
  }

  /** The fused score of one position (the query's maxima are computed on first use). */
  scorePair(query: CompiledTalentQuery, doc: number): number {
    const p = this.params;
    const m = query.maxima ?? this.maximaOf(query);
    let score = 0;
    if (query.title && m[0] > 0) score += this.part(p.titleWeight, this.titles.scoreDocQuery(query.title, doc), m[0]);
    if (m[1] > 0) score += this.part(p.textWeight, this.text.scoreDoc(query.text, null, doc), m[1]);
    if (m[2] > 0) score += this.part(p.skillWeight, this.skills.scoreDoc(query.skills, null, doc), m[2]);
    if (m[3] > 0) score += this.part(p.familyWeight, this.families.scoreDoc(query.families, null, doc), m[3]);
    return score;
  }

  /**
   * Prepares `doc` for `scorePrepared`: its text and family impacts are scattered into dense per-term
   * arrays, so scoring many talents against one position costs a few array reads per query term instead
   * of a binary search per term. Call `releasePosition` before preparing another.
   */
  preparePosition(doc: number): void {
    this.dense ??= { text: new Float32Array(this.text.vocabSize), skills: new Float32Array(this.skills.vocabSize), families: new Float32Array(this.families.vocabSize) };
    this.text.scatterDoc(doc, this.dense.text);
    this.skills.scatterDoc(doc, this.dense.skills);
    this.families.scatterDoc(doc, this.dense.families);
  }

  releasePosition(doc: number): void {
    if (!this.dense) return;
    this.text.clearDoc(doc, this.dense.text);
    this.skills.clearDoc(doc, this.dense.skills);
    this.families.clearDoc(doc, this.dense.families);
  }

  /** `scorePair` for the position made ready by `preparePosition` (same number up to float rounding). */
  scorePrepared(query: CompiledTalentQuery, doc: number): number {
    const p = this.params;
    const m = query.maxima ?? this.maximaOf(query);
    const dense = this.dense!;
    let score = 0;
    if (query.title && m[0] > 0) score += this.part(p.titleWeight, this.titles.scoreDocQuery(query.title, doc), m[0]);
    if (m[1] > 0) score += this.part(p.textWeight, this.text.scoreDense(query.text, null, dense.text), m[1]);
    if (m[2] > 0) score += this.part(p.skillWeight, this.skills.scoreDense(query.skills, null, dense.skills), m[2]);
    if (m[3] > 0) score += this.part(p.familyWeight, this.families.scoreDense(query.families, null, dense.families), m[3]);
    return score;
  }

  /** The largest fused score any position can reach: the sum of the signal weights. */
  get maxScore(): number {
    const p = this.params;
    return p.titleWeight + p.textWeight + p.skillWeight + p.familyWeight;
  }

  rank(talent: RankableTalent, k: number): { docs: Int32Array; scores: Float32Array } {
    this.scoreAll(talent, this.fused);
    return topKOfScores(this.fused, k);
  }
}

/** Largest score (0 if none is positive); four running maxima, as V8 runs that loop about twice as fast. */
function maxOf(scores: Float32Array): number {
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  let i = 0;
  for (const n4 = scores.length - 3; i < n4; i += 4) {
    m0 = Math.max(m0, scores[i]);
    m1 = Math.max(m1, scores[i + 1]);
    m2 = Math.max(m2, scores[i + 2]);
    m3 = Math.max(m3, scores[i + 3]);
  }
  for (; i < scores.length; i++) m0 = Math.max(m0, scores[i]);
  return Math.max(m0, m1, m2, m3);
}

/** out += weight · scores / max(scores); returns the maximum (0: the signal adds nothing). */
function addScaled(out: Float32Array, scores: Float32Array, weight: number): number {
  let max = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] > max) max = scores[i];
  if (max <= 0) return 0;
  const f = weight / max;
  for (let i = 0; i < scores.length; i++) out[i] += scores[i] * f;
  return max;
}

/** 1 + the largest term id in these documents (0 for none): the vocabulary an index over them needs. */
export function vocabularyOf(fields: readonly ArrayLike<number>[]): number {
  let max = -1;
  for (const ids of fields) for (let i = 0; i < ids.length; i++) if (ids[i] > max) max = ids[i];
  return max + 1;
}
