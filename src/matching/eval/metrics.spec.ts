import { parseQrels } from './dataset';
import { averagePrecision, evaluateRuns, ndcgAt, recallAt, reciprocalRank } from './metrics';

describe('metrics on a hand-computed example', () => {
  // Judged: a=3, b=1, c=2, d=1 (4 relevant). Ranking: x a y b c (d never retrieved).
  const judged = new Map([
    ['a', 3],
    ['b', 1],
    ['c', 2],
    ['d', 1],
  ]);
  const ranking = ['x', 'a', 'y', 'b', 'c'];

  it('average precision', () => {
    // hits at ranks 2, 4, 5: (1/2 + 2/4 + 3/5) / 4 = 1.6 / 4 = 0.4
    expect(averagePrecision(ranking, judged)).toBeCloseTo(0.4, 10);
    expect(averagePrecision(ranking, judged, 2)).toBeCloseTo(0.5 / 4, 10);
  });

  it('reciprocal rank', () => {
    expect(reciprocalRank(ranking, judged)).toBeCloseTo(0.5, 10);
    expect(reciprocalRank(['x', 'y'], judged)).toBe(0);
  });

  it('NDCG@10 with gain 2^g − 1 and an ideal from all judged grades', () => {
    // DCG = 7/log2(3) + 1/log2(5) + 3/log2(6)
    const dcg = 7 / Math.log2(3) + 1 / Math.log2(5) + 3 / Math.log2(6);
    // ideal grades 3,2,1,1: 7/1 + 3/log2(3) + 1/2 + 1/log2(5)
    const idcg = 7 + 3 / Math.log2(3) + 1 / 2 + 1 / Math.log2(5);
    expect(ndcgAt(ranking, judged, 10)).toBeCloseTo(dcg / idcg, 10);
  });

  it('recall@10 divides by min(10, relevant)', () => {
    expect(recallAt(ranking, judged, 10)).toBeCloseTo(3 / 4, 10);
    expect(recallAt(ranking, judged, 2)).toBeCloseTo(1 / 2, 10);
  });

  it('averages over judged queries only, counting unranked ones as zero', () => {
    const qrels = parseQrels('q1\t0\ta\t3\nq1\t0\tb\t1\nq2\t0\tz\t1\nq3 0 k 0\n');
    const runs = new Map([['q1', ['a', 'b']]]);
    const m = evaluateRuns(runs, qrels);
    expect(m.queries).toBe(2);
    expect(m.MAP).toBeCloseTo(0.5, 10);
    expect(m.MRR).toBeCloseTo(0.5, 10);
    expect(m.NDCG10).toBeCloseTo(0.5, 10);
    expect(m.R10).toBeCloseTo(0.5, 10);
  });
});
