import { TopKHeap, TopKHeaps } from '../index/top-k';
import type { MatchingEngine } from './matching-engine';

/**
 * k best entries per row, flat: row r's entries are at r·k … r·k + k − 1, best first (score descending,
 * then index ascending, as RankOptions' lists); unused slots hold index -1 and score NaN.
 */
export interface TopKLists {
  k: number;
  rows: number;
  indexes: Int32Array;
  scores: Float32Array;
}

/**
 * The complete score's top k in both directions over eligible pairs: for each talent (in id order) its k
 * best positions (indexes in position id order), for each position its k best talents (indexes in talent
 * id order). The same lists as rankPositionsForTalent / rankTalentsForPosition with `limit: k` before
 * their scores are rounded.
 */
export interface FullTopK {
  byTalent: TopKLists;
  byPosition: TopKLists;
  /** Pairs whose skills component was computed; the others were provably outside both lists. */
  scoredPairs: number;
}

export function emptyLists(rows: number, k: number): TopKLists {
  return { k, rows, indexes: new Int32Array(rows * k).fill(-1), scores: new Float32Array(rows * k).fill(NaN) };
}

/**
 * One pass over the talents of an engine (one thread). Each row is scored with the pruning of
 * `scoreTalentRowForTopK`: a position's list only ever raises its floor, so later talents skip more.
 * Talents are taken in index order and must beat a position's k-th strictly, which keeps the lists' tie
 * order (lower index first) without comparing indexes; within a row the heap compares indexes.
 */
export function fullTopK(engine: MatchingEngine, k: number): FullTopK {
  if (!(k >= 1)) throw new RangeError('k must be at least 1');
  const ids = engine.talentIds();
  const positions = engine.positionCount;
  const byTalent = emptyLists(ids.length, k);
  const byPosition = emptyLists(positions, k);
  const heaps = new TopKHeaps(positions, k);
  const floors = heaps.floors;
  const talentHeap = new TopKHeap(k);
  const candidates = new Int32Array(positions);
  const scores = new Float32Array(positions);
  let scoredPairs = 0;
  for (let t = 0; t < ids.length; t++) {
    const count = engine.scoreTalentRowForTopK(ids[t], k, floors, candidates, scores);
    scoredPairs += count;
    let talentFloor = -Infinity;
    for (let j = 0; j < count; j++) {
      const p = candidates[j];
      const s = scores[j];
      // ≥: the row's pairs come in no particular order, so an equal score may still win on a lower index.
      if (s >= talentFloor) {
        talentHeap.push(p, s);
        if (talentHeap.size === k) talentFloor = talentHeap.worstScore;
      }
      if (s > floors[p]) heaps.push(p, t, s);
    }
    talentHeap.drainInto(byTalent.indexes, byTalent.scores, t * k, k);
  }
  for (let p = 0; p < positions; p++) heaps.drainInto(p, byPosition.indexes, byPosition.scores, p * k);
  return { byTalent, byPosition, scoredPairs };
}

/**
 * Merges per-shard lists of the same rows (e.g. each position's k best talents from every shard) into
 * the global k best. `offsets[s]` maps shard s's indexes to global ones; shards must hold contiguous,
 * ascending ranges so that the global tie order (lower index first) is the shards' order.
 */
export function mergeLists(shards: readonly TopKLists[], offsets: readonly number[]): TopKLists {
  const { k, rows } = shards[0];
  const out = emptyLists(rows, k);
  const heap = new TopKHeap(k);
  for (let r = 0; r < rows; r++) {
    for (let s = 0; s < shards.length; s++) {
      const list = shards[s];
      for (let j = r * k; j < r * k + k && list.indexes[j] >= 0; j++) heap.push(list.indexes[j] + offsets[s], list.scores[j]);
    }
    heap.drainInto(out.indexes, out.scores, r * k, k);
  }
  return out;
}
