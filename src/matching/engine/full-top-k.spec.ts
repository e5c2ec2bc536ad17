import { buildDemoData } from '../../seed/demo';
import type { PositionProfile, TalentProfile } from '../types';
import { fullTopK, mergeLists, type TopKLists } from './full-top-k';
import { MatchingEngine } from './matching-engine';

/** The pruned full top-k must equal the exhaustive one: same lists, same order, same float32 scores. */
describe('fullTopK', () => {
  const demo = buildDemoData();
  const positions: PositionProfile[] = demo.positions.slice(0, 80).map((p) => ({ ...p, id: p.key }));
  const talents: TalentProfile[] = demo.talents.slice(0, 240).map((t) => ({ ...t, id: t.key }));
  const engine = new MatchingEngine(positions, talents);
  const talentIds = engine.talentIds();
  const n = engine.positionCount;
  const rows = talentIds.map((id) => {
    const scores = new Float32Array(n);
    const eligible = new Uint8Array(n);
    engine.scoreTalentRow(id, scores, eligible);
    return { scores, eligible };
  });

  /** Exhaustive reference: eligible candidates sorted by score, then index. */
  function expected(count: number, score: (i: number) => number, eligible: (i: number) => boolean, k: number): number[] {
    const idx: number[] = [];
    for (let i = 0; i < count; i++) if (eligible(i)) idx.push(i);
    return idx.sort((a, b) => score(b) - score(a) || a - b).slice(0, k);
  }

  function listOf(lists: TopKLists, row: number): number[] {
    return Array.from(lists.indexes.subarray(row * lists.k, (row + 1) * lists.k)).filter((i) => i >= 0);
  }

  it.each([1, 10, 50])('equals the exhaustive top %i in both directions', (k) => {
    const result = fullTopK(engine, k);
    expect(result.scoredPairs).toBeLessThanOrEqual(talentIds.length * n);
    rows.forEach((row, t) => {
      const want = expected(n, (p) => row.scores[p], (p) => row.eligible[p] === 1, k);
      expect(listOf(result.byTalent, t)).toEqual(want);
      want.forEach((p, j) => expect(result.byTalent.scores[t * k + j]).toBe(row.scores[p]));
    });
    for (let p = 0; p < n; p++) {
      const want = expected(talentIds.length, (t) => rows[t].scores[p], (t) => rows[t].eligible[p] === 1, k);
      expect(listOf(result.byPosition, p)).toEqual(want);
    }
  });

  it('skips pairs once the lists fill (the pruning is active)', () => {
    expect(fullTopK(engine, 5).scoredPairs).toBeLessThan(0.8 * talentIds.length * n);
  });

  it('gives the same per-position lists from talent shards merged as from one engine', () => {
    const k = 10;
    const sorted = [...talents].sort((a, b) => (a.id < b.id ? -1 : 1));
    const half = 100;
    const shards = [sorted.slice(0, half), sorted.slice(half)].map((part) => fullTopK(new MatchingEngine(positions, part), k));
    const merged = mergeLists(
      shards.map((s) => s.byPosition),
      [0, half],
    );
    const single = fullTopK(engine, k);
    expect(Array.from(merged.indexes)).toEqual(Array.from(single.byPosition.indexes));
    expect(Array.from(merged.scores)).toEqual(Array.from(single.byPosition.scores));
  });

  it('agrees with rankTalentsForPosition and the column scores', () => {
    const k = 10;
    const single = fullTopK(engine, k);
    const ids = engine.positionIds();
    const column = new Float32Array(talentIds.length);
    const eligible = new Uint8Array(talentIds.length);
    for (let p = 0; p < n; p += 7) {
      const ranked = engine.rankTalentsForPosition(ids[p], { limit: k });
      expect(ranked.map((r) => r.id)).toEqual(listOf(single.byPosition, p).map((t) => talentIds[t]));
      engine.scoreTalentColumn(ids[p], column, eligible);
      rows.forEach((row, t) => {
        expect(Math.abs(column[t] - row.scores[p])).toBeLessThan(1e-4);
        expect(eligible[t]).toBe(row.eligible[p]);
      });
    }
  });
});
