/**
 * Text ranking alone: BM25 top 10 of position queries over talent documents, by the engine's BM25Index
 * and by peer libraries, on the same analysed tokens (peers get them joined by spaces and split on
 * spaces, so only ranking is compared). Each system's top 10 is checked against the exhaustive reference
 * scorer (src/matching/index/exact-bm25.ts).
 */
import { Index as FlexIndex } from 'flexsearch';
import TfIdf from 'natural/lib/natural/tfidf/tfidf';
import winkBM25 from 'wink-bm25-text-search';
import { BM25Index } from '../src/matching/index/bm25-index';
import { exactBm25Scores, exactTopK } from '../src/matching/index/exact-bm25';
import { TopKHeap } from '../src/matching/index/top-k';
import { TextAnalyser } from '../src/matching/text/analyser';
import { TermDictionary } from '../src/matching/text/term-dictionary';
import type { PositionProfile, TalentProfile } from '../src/matching/types';

export interface TextResult {
  system: string;
  /** Mean ms per query over the timed queries (index build excluded). */
  ms: number;
  overlap10: number;
  buildMs: number;
  queries: number;
}

const K = 10;
const BM25 = { k1: 1.2, b: 0.75 };

/**
 * Search-mode jieba words, no character n-grams: talent documents come to ~60 tokens and position
 * queries to ~40. Identical strings (the synthetic rows reuse sentences) are analysed once; that only
 * speeds up preparing the input, which is not measured.
 */
function tokeniser(): (text: string | undefined) => string[] {
  const analyser = new TextAnalyser({ zhWords: 'search', zhBigrams: false, zhUnigrams: false, latin: 'stem', stopWords: true });
  const cache = new Map<string, string[]>();
  return (text) => {
    if (!text) return [];
    let tokens = cache.get(text);
    if (!tokens) cache.set(text, (tokens = analyser.analyse(text)));
    return tokens;
  };
}

export function textCorpus(talents: readonly TalentProfile[], positions: readonly PositionProfile[], queryCount: number) {
  const tokens = tokeniser();
  const docs = talents.map((t) => [t.headline, t.summary, ...(t.work ?? []).map((w) => w.description)].flatMap((s) => tokens(s)));
  const step = Math.max(1, Math.floor(positions.length / queryCount));
  const queries: string[][] = [];
  for (let i = 0; i < positions.length && queries.length < queryCount; i += step) {
    queries.push([...tokens(positions[i].title), ...tokens(positions[i].description)]);
  }
  return { docs, queries };
}

function timeQueries(queries: readonly string[][], run: (q: string[]) => number[], repeat = 1): { ms: number; tops: number[][] } {
  for (const q of queries.slice(0, 2)) run(q); // JIT warm-up
  let tops: number[][] = [];
  const started = performance.now();
  for (let r = 0; r < repeat; r++) tops = queries.map((q) => run(q));
  return { ms: (performance.now() - started) / (queries.length * repeat), tops };
}

function overlap(tops: number[][], exact: number[][]): number {
  let sum = 0;
  tops.forEach((top, q) => {
    const want = new Set(exact[q]);
    sum += want.size === 0 ? 1 : top.filter((d) => want.has(d)).length / want.size;
  });
  return sum / tops.length;
}

/** Runs every system; `peerQueries` ≤ queries.length bounds the slow peers' share of the wall time. */
export function runTextBench(docs: string[][], queries: string[][], peerQueries: number, log: (s: string) => void): TextResult[] {
  const results: TextResult[] = [];
  const timed = queries.slice(0, peerQueries);

  // The engine: intern terms, build the index, then lookup + top 10 per query (both timed).
  let started = performance.now();
  const dict = new TermDictionary();
  const ids = docs.map((d) => [dict.internAll(d)]);
  const index = BM25Index.build([{ name: 'text' }], ids, dict.size, BM25);
  const engineBuild = performance.now() - started;
  const engineRun = (q: string[]) => Array.from(index.topK(dict.lookupAll(q), null, K).docs);
  log(`text: reference top 10 of ${timed.length} queries over ${docs.length} documents`);
  const exact = timed.map((q) => exactTopK(exactBm25Scores([{ name: 'text' }], ids, dict.lookupAll(q), null, BM25), K));
  // Many repeats: one engine query is ~1 ms, too short to time alone.
  const engine = timeQueries(timed, engineRun, Math.max(1, Math.round(2000 / timed.length)));
  results.push({ system: 'engine BM25Index', ms: engine.ms, overlap10: overlap(engine.tops, exact), buildMs: engineBuild, queries: timed.length });

  log('text: FlexSearch');
  started = performance.now();
  const flex = new FlexIndex({ tokenize: 'strict', encode: (s: string) => s.split(' ') });
  docs.forEach((d, i) => flex.add(i, d.join(' ')));
  const flexBuild = performance.now() - started;
  // suggest: rank documents matching some of the terms, not only those matching all (40-term queries).
  const flexTimed = timeQueries(timed, (q) => flex.search(q.join(' '), { limit: K, suggest: true }) as number[]);
  results.push({ system: 'FlexSearch', ms: flexTimed.ms, overlap10: overlap(flexTimed.tops, exact), buildMs: flexBuild, queries: timed.length });

  log('text: wink-bm25-text-search');
  started = performance.now();
  const wink = winkBM25();
  wink.defineConfig({ fldWeights: { body: 1 }, bm25Params: { k1: BM25.k1, b: BM25.b, k: 1 } });
  wink.definePrepTasks([(s: string) => (s ? s.split(' ') : [])]);
  docs.forEach((d, i) => wink.addDoc({ body: d.join(' ') }, i));
  wink.consolidate(4);
  const winkBuild = performance.now() - started;
  const winkTimed = timeQueries(timed, (q) => wink.search(q.join(' '), K).map(([id]) => Number(id)));
  results.push({ system: 'wink-bm25-text-search', ms: winkTimed.ms, overlap10: overlap(winkTimed.tops, exact), buildMs: winkBuild, queries: timed.length });

  log("text: natural's TfIdf");
  started = performance.now();
  const tfidf = new TfIdf();
  for (const d of docs) tfidf.addDocument(d);
  // natural computes a term's IDF by scanning every document on first use, then caches it; warm the cache
  // so that only ranking is timed (in its favour).
  for (const q of timed) for (const term of q) tfidf.idf(term);
  const tfidfBuild = performance.now() - started;
  const tfidfTimed = timeQueries(timed, (q) => {
    const scores = tfidf.tfidfs(q);
    const heap = new TopKHeap(K);
    for (let d = 0; d < scores.length; d++) if (scores[d] > 0) heap.push(d, scores[d]);
    return Array.from(heap.drain().docs);
  });
  results.push({ system: "natural TfIdf", ms: tfidfTimed.ms, overlap10: overlap(tfidfTimed.tops, exact), buildMs: tfidfBuild, queries: timed.length });
  return results;
}
