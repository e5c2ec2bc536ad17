import fc from 'fast-check';
import { BM25Index, type FieldSpec } from './bm25-index';
import { exactBm25Scores, exactTopK } from './exact-bm25';
import { TopKHeap, topKOfScores } from './top-k';

/** Small deterministic PRNG so failures reproduce. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCorpus(seed: number, docs: number, vocab: number, fields: number): number[][][] {
  const r = prng(seed);
  // Zipf-like term draw so some terms are frequent and some rare.
  const term = () => Math.min(vocab - 1, Math.floor(vocab * r() * r()));
  return Array.from({ length: docs }, () =>
    Array.from({ length: fields }, (_, f) => Array.from({ length: Math.floor(r() * (f === 0 ? 6 : 30)) }, term)),
  );
}

describe('BM25Index', () => {
  const specs: FieldSpec[] = [
    { name: 'title', weight: 2 },
    { name: 'body', weight: 1, b: 0.5 },
    { name: 'tags', weight: 0.5, k1: 2 },
  ];

  it('has the same top 10 and scores as the exact scorer on random corpora', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const vocab = 200;
      const docs = randomCorpus(seed, 300, vocab, 3);
      const index = BM25Index.build(specs, docs, vocab);
      const r = prng(seed * 7);
      const query = Array.from({ length: 1 + Math.floor(r() * 8) }, () => Math.floor(r() * vocab * r()));
      const weights = query.map(() => 0.5 + r());
      const exact = exactBm25Scores(specs, docs, query, weights);
      const top = index.topK(query, weights, 10);
      expect(Array.from(top.docs)).toEqual(exactTopK(exact, 10));
      const all = new Float32Array(docs.length);
      index.scoreAll(query, weights, all);
      for (let d = 0; d < docs.length; d++) expect(all[d]).toBeCloseTo(exact[d], 4);
    }
  });

  it('matches the exact scorer with the okapi IDF floor', () => {
    const docs = randomCorpus(99, 50, 20, 1);
    const index = BM25Index.build([{ name: 'all' }], docs, 20, { idf: 'okapi' });
    const query = [0, 1, 2, 5, 19];
    const exact = exactBm25Scores([{ name: 'all' }], docs, query, null, { idf: 'okapi' });
    expect(Array.from(index.topK(query, null, 10).docs)).toEqual(exactTopK(exact, 10));
  });

  it('breaks ties by document index and ignores unknown term ids', () => {
    const docs = [[[1, 2]], [[3]], [[1, 2]], [[1, 2]]];
    const index = BM25Index.build([{ name: 'f' }], docs, 4);
    const top = index.topK([1, 99, -1], null, 2);
    expect(Array.from(top.docs)).toEqual([0, 2]);
    expect(index.documentFrequency(0, 1)).toBe(3);
    expect(index.averageLength(0)).toBeCloseTo(7 / 4);
  });

  it('scoreAll overwrites the caller buffer and topK leaves no state behind', () => {
    const docs = randomCorpus(5, 40, 30, 2);
    const index = BM25Index.build(specs.slice(0, 2), docs, 30);
    const out = new Float32Array(40).fill(123);
    index.scoreAll([1, 2], null, out);
    const first = index.topK([1, 2], null, 5);
    const second = index.topK([1, 2], null, 5);
    expect(Array.from(second.docs)).toEqual(Array.from(first.docs));
    expect(out.every((x) => x !== 123)).toBe(true);
  });
});

describe('TopKHeap', () => {
  it('selects the same k as a full sort (score desc, index asc)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 0, max: 30 }), (values, k) => {
        const expected = values
          .map((v, i) => [v, i] as const)
          .sort((a, b) => b[0] - a[0] || a[1] - b[1])
          .slice(0, k)
          .map((x) => x[1]);
        expect(Array.from(topKOfScores(Float32Array.from(values), k).docs)).toEqual(expected);
      }),
    );
  });

  it('is empty after draining', () => {
    const h = new TopKHeap(3);
    h.push(1, 0.5);
    h.push(2, 0.7);
    expect(Array.from(h.drain().docs)).toEqual([2, 1]);
    expect(h.size).toBe(0);
  });
});
