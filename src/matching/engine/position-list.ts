/**
 * A position's stored candidate list from its column of scores over all talents: the best `capacity`
 * eligible talents at or above the threshold, and the list's floor (every qualifying talent scoring above
 * it is in the list; -1 when every qualifying talent is). Pure module.
 */
import { TopKHeap } from '../index/top-k';

export interface PositionListEntry {
  /** Index into the column (the engine's talentIds() order). */
  talent: number;
  score: number;
}

export function positionList(scores: Float32Array, eligible: Uint8Array, minScore: number, capacity: number): { entries: PositionListEntry[]; floor: number } {
  const heap = new TopKHeap(capacity + 1);
  for (let t = 0; t < scores.length; t++) if (eligible[t] === 1 && round2(scores[t]) >= minScore) heap.push(t, scores[t]);
  const { docs, scores: top } = heap.drain();
  const entries = Array.from(docs, (talent, i) => ({ talent, score: round2(top[i]) }));
  // One more than the capacity was kept only to know whether the list is all there is.
  if (entries.length <= capacity) return { entries, floor: -1 };
  entries.length = capacity;
  return { entries, floor: entries[capacity - 1].score };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
