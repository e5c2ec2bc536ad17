import type { Jieba } from '@node-rs/jieba';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { words as englishStopWords } from 'natural/lib/natural/util/stopwords';
import { sharedJieba } from './jieba';
import { normalise, stripDiacritics } from './normalise';

/** How text becomes index terms. One options object per analyser; see DEFAULT_ANALYSER_OPTIONS. */
export interface AnalyserOptions {
  /** Chinese words: jieba search mode (words plus their dictionary sub-words), exact mode, or none. */
  zhWords: 'search' | 'exact' | 'none';
  /** Character bigrams over each Chinese run: recall for words jieba does not know. */
  zhBigrams: boolean;
  /** Single characters over each Chinese run: the last resort for unseen words (and 1-char heads 师/员/工). */
  zhUnigrams: boolean;
  /** Latin runs: 'stem' = natural's word tokenizer + Porter stemmer; 'plain' = lower-cased alphanumeric words. */
  latin: 'stem' | 'plain';
  /** Drop English stop words: true = natural's list; or an explicit set (titles keep "it", "it support"). */
  stopWords: boolean | ReadonlySet<string>;
}

export const DEFAULT_ANALYSER_OPTIONS: AnalyserOptions = {
  zhWords: 'search',
  zhBigrams: true,
  zhUnigrams: true,
  latin: 'stem',
  stopWords: true,
};

/** A maximal run of one script in normalised text. */
export interface TextRun {
  text: string;
  han: boolean;
}

const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])(?:(?!\p{Script=Han})[\p{L}\p{N}+#.'’_-])*)/gu;
const STOP: ReadonlySet<string> = new Set(englishStopWords);

/** Function words only: for short texts such as titles, where natural's list would drop "IT" or "one". */
export const TITLE_STOP_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'in', 'at', 'to', 'a', 'an', 'on', 'with', 'or', 'by', 'from']);
const WORDS = new WordTokenizer();
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Split normalised text into Chinese runs and Latin/digit runs; punctuation and spaces separate runs. */
export function splitRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const m of text.matchAll(RUN)) {
    if (m[1]) runs.push({ text: m[1], han: true });
    else runs.push({ text: m[2], han: false });
  }
  return runs;
}

const stemCache = new Map<string, string>();

/** Porter stem with a small cache (the same few thousand words recur in titles). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** English words of a Latin run: tokenizer, optional stop words, optional stemming. */
export function latinTokens(run: string, options: Pick<AnalyserOptions, 'latin' | 'stopWords'>): string[] {
  const out: string[] = [];
  if (options.latin === 'plain') {
    for (const m of run.toLowerCase().matchAll(/[a-z0-9]+/g)) out.push(m[0]);
    return out;
  }
  const stop = options.stopWords === true ? STOP : options.stopWords || null;
  for (const raw of WORDS.tokenize(stripDiacritics(run))) {
    const w = raw.toLowerCase();
    if (stop?.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Character n-grams of one Chinese run. */
export function charNgrams(run: string, n: number): string[] {
  const chars = Array.from(run);
  const out: string[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  return out;
}

/**
 * Text → terms for a bag-of-words index. Chinese runs get jieba words and character n-grams (all in one term
 * space, so a two-character word and the same bigram reinforce each other); Latin runs inside Chinese text
 * ("html5开发人员") go through the English path.
 */
/**
 * Han runs up to this many characters have their tokens remembered per analyser. Short runs are what recurs
 * in any text, real or synthetic: skill names, majors, job titles and set phrases (熟悉, 负责, 本科, 办公软件)
 * between punctuation. Longer runs are clauses of free text, which rarely repeat, so they are not kept.
 */
const MEMO_MAX_RUN = 8;
/** Distinct short runs kept (a few MB at most); the memo starts afresh when full. */
const MEMO_LIMIT = 50_000;

export class TextAnalyser {
  readonly options: AnalyserOptions;
  private readonly jieba: Jieba;
  /** Tokens of short Han runs (see MEMO_MAX_RUN): a pure function of the run, the options and the segmenter. */
  private readonly hanMemo = new Map<string, readonly string[]>();

  constructor(options: Partial<AnalyserOptions> = {}, jieba?: Jieba) {
    this.options = { ...DEFAULT_ANALYSER_OPTIONS, ...options };
    this.jieba = jieba ?? sharedJieba();
  }

  /** Terms of raw text (normalised first). */
  analyse(text: string | undefined | null): string[] {
    if (!text) return [];
    return this.analyseNormalised(normalise(text));
  }

  /** Terms of text that is already normalised. */
  analyseNormalised(text: string): string[] {
    const out: string[] = [];
    for (const run of splitRuns(text)) {
      if (run.han) this.hanTokens(run.text, out);
      else for (const t of latinTokens(run.text, this.options)) out.push(t);
    }
    return out;
  }

  /** Jieba words of a Chinese run, following the options' mode. */
  words(run: string): string[] {
    const o = this.options;
    if (o.zhWords === 'none') return [];
    const raw = o.zhWords === 'search' ? this.jieba.cutForSearch(run, true) : this.jieba.cut(run, false);
    return raw.filter((w) => WORD_CHAR.test(w));
  }

  private hanTokens(run: string, out: string[]): void {
    // run.length counts UTF-16 units: ≥ the characters, so no run longer than MEMO_MAX_RUN is kept.
    const memo = run.length <= MEMO_MAX_RUN ? this.hanMemo : null;
    let tokens = memo?.get(run);
    if (tokens === undefined) {
      const fresh = this.hanTokensUncached(run);
      if (memo) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(run, fresh);
      }
      tokens = fresh;
    }
    for (let i = 0; i < tokens.length; i++) out.push(tokens[i]);
  }

  private hanTokensUncached(run: string): string[] {
    const o = this.options;
    const out = this.words(run);
    if (o.zhBigrams) for (const g of charNgrams(run, 2)) out.push(g);
    if (o.zhUnigrams) for (const g of charNgrams(run, 1)) out.push(g);
    return out;
  }
}
