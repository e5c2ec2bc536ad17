/**
 * Normalises an {@link AllocationInput} into the acceptable pairs both solvers work on, as two CSR views:
 * per talent (score desc, position asc) and per position (score desc, talent asc). Both orders are total,
 * so the solvers see the same graph whatever order the caller listed the edges in, which is what makes
 * their output deterministic.
 */
import {
  AllocationInput,
  AllocationInputError,
  DEFAULT_MIN_SCORE,
} from './allocation-types';

export interface AcceptableGraph {
  talentCount: number;
  positionCount: number;
  /** Open headcount per position, validated ≥ 0. */
  capacity: Int32Array;
  talentStart: Int32Array;
  talentPosition: Int32Array;
  talentScore: Float32Array;
  positionStart: Int32Array;
  positionTalent: Int32Array;
  positionScore: Float32Array;
  /** Acceptable talents per position before the exposure cap, for the unmatched-seat reason. */
  eligibleCount: Int32Array;
}

/** Sort keys pack (score desc, index asc) into one exact float64 so a native numeric sort orders them. */
const INDEX_BITS = 2 ** 21;
const SCORE_FLIP = 0x7fffffff;
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

function packKey(score: number, index: number): number {
  // For non-negative float32 the IEEE bit pattern is monotonic in the value, and finite values stay
  // below 2^31, so the key stays below 2^52 and is exact.
  f32[0] = score;
  return (SCORE_FLIP - u32[0]) * INDEX_BITS + index;
}

function keyIndex(key: number): number {
  return key % INDEX_BITS;
}

function keyScore(key: number): number {
  u32[0] = SCORE_FLIP - Math.floor(key / INDEX_BITS);
  return f32[0];
}

function validate(input: AllocationInput): void {
  const nT = input.talentIds.length;
  const nP = input.positionIds.length;
  if (nT >= INDEX_BITS || nP >= INDEX_BITS) {
    throw new AllocationInputError('INVALID_VALUE', `at most ${INDEX_BITS - 1} talents and positions`);
  }
  if (input.capacity.length !== nP || input.urgency.length !== nP) {
    throw new AllocationInputError('LENGTH_MISMATCH', 'capacity and urgency need one entry per position');
  }
  if (input.industry && input.industry.length !== nP) {
    throw new AllocationInputError('LENGTH_MISMATCH', 'industry needs one entry per position');
  }
  for (let p = 0; p < nP; p++) {
    if (input.capacity[p] < 0) throw new AllocationInputError('INVALID_VALUE', `capacity[${p}] < 0`);
  }
  const { talent, position, score } = input.edges;
  if (talent.length !== position.length || talent.length !== score.length) {
    throw new AllocationInputError('LENGTH_MISMATCH', 'edges.talent, edges.position, edges.score differ in length');
  }
  for (let e = 0; e < talent.length; e++) {
    if (talent[e] < 0 || talent[e] >= nT || position[e] < 0 || position[e] >= nP) {
      throw new AllocationInputError('INDEX_OUT_OF_RANGE', `edge ${e} points outside the talent or position list`);
    }
    if (!(score[e] >= 0) || score[e] === Infinity) {
      throw new AllocationInputError('INVALID_VALUE', `edge ${e} has a negative or non-finite score`);
    }
  }
  const interests = input.interests;
  if (interests) {
    if (interests.talent.length !== interests.position.length) {
      throw new AllocationInputError('LENGTH_MISMATCH', 'interests.talent and interests.position differ in length');
    }
    for (let i = 0; i < interests.talent.length; i++) {
      const t = interests.talent[i];
      const p = interests.position[i];
      if (t < 0 || t >= nT || p < 0 || p >= nP) {
        throw new AllocationInputError('INDEX_OUT_OF_RANGE', `interest ${i} points outside the lists`);
      }
    }
  }
  if (input.minScore !== undefined && Number.isNaN(input.minScore)) {
    throw new AllocationInputError('INVALID_VALUE', 'minScore is NaN');
  }
}

/** Counting sort of item indices by owner: returns [start offsets, item indices grouped by owner]. */
function bucket(owner: Int32Array, ownerCount: number, keep?: (i: number) => boolean): [Int32Array, Int32Array] {
  const start = new Int32Array(ownerCount + 1);
  for (let i = 0; i < owner.length; i++) if (!keep || keep(i)) start[owner[i] + 1]++;
  for (let o = 0; o < ownerCount; o++) start[o + 1] += start[o];
  const fill = start.slice(0, ownerCount);
  const items = new Int32Array(start[ownerCount]);
  for (let i = 0; i < owner.length; i++) if (!keep || keep(i)) items[fill[owner[i]]++] = i;
  return [start, items];
}

export function buildAcceptableGraph(input: AllocationInput, exposureCap?: number): AcceptableGraph {
  validate(input);
  const nT = input.talentIds.length;
  const nP = input.positionIds.length;
  const minScore = input.minScore ?? DEFAULT_MIN_SCORE;
  const cap = exposureCap === undefined ? Infinity : Math.max(0, Math.floor(exposureCap));
  const { talent, position, score } = input.edges;

  const [edgeStart, edgeOrder] = bucket(talent, nT, (e) => score[e] >= minScore);
  const [interestStart, interestOrder] = input.interests
    ? bucket(input.interests.talent, nT)
    : [new Int32Array(nT + 1), new Int32Array(0)];

  // Stamps (talent + 1) avoid clearing per-position marks between talents.
  const interestStamp = new Int32Array(nP);
  const seenStamp = new Int32Array(nP);
  const keys = new Float64Array(edgeOrder.length);
  const talentStart = new Int32Array(nT + 1);
  const talentPosition = new Int32Array(edgeOrder.length);
  const talentScore = new Float32Array(edgeOrder.length);
  const eligibleCount = new Int32Array(nP);
  let out = 0;
  for (let t = 0; t < nT; t++) {
    const restricted = interestStart[t + 1] > interestStart[t];
    for (let i = interestStart[t]; i < interestStart[t + 1]; i++) {
      interestStamp[input.interests!.position[interestOrder[i]]] = t + 1;
    }
    let k = edgeStart[t];
    for (let i = edgeStart[t]; i < edgeStart[t + 1]; i++) {
      const e = edgeOrder[i];
      if (restricted && interestStamp[position[e]] !== t + 1) continue;
      keys[k++] = packKey(score[e] + 0, position[e]); // + 0 turns -0 into +0 for the bit trick
    }
    const sorted = keys.subarray(edgeStart[t], k).sort();
    let kept = 0;
    for (let i = 0; i < sorted.length; i++) {
      const p = keyIndex(sorted[i]);
      // Best score first, so the first copy of a duplicated pair is the one that counts.
      if (seenStamp[p] === t + 1) continue;
      seenStamp[p] = t + 1;
      eligibleCount[p]++;
      if (kept >= cap) continue;
      talentPosition[out] = p;
      talentScore[out] = keyScore(sorted[i]);
      out++;
      kept++;
    }
    talentStart[t + 1] = out;
  }

  const edgeCount = out;
  const ownerOfEdge = new Int32Array(edgeCount);
  for (let t = 0; t < nT; t++) ownerOfEdge.fill(t, talentStart[t], talentStart[t + 1]);
  const [positionStart, byPosition] = bucket(talentPosition.subarray(0, edgeCount), nP);
  const positionTalent = new Int32Array(edgeCount);
  const positionScore = new Float32Array(edgeCount);
  const pkeys = new Float64Array(edgeCount);
  for (let i = 0; i < edgeCount; i++) {
    const e = byPosition[i];
    pkeys[i] = packKey(talentScore[e], ownerOfEdge[e]);
  }
  for (let p = 0; p < nP; p++) {
    const sorted = pkeys.subarray(positionStart[p], positionStart[p + 1]).sort();
    for (let i = 0; i < sorted.length; i++) {
      positionTalent[positionStart[p] + i] = keyIndex(sorted[i]);
      positionScore[positionStart[p] + i] = keyScore(sorted[i]);
    }
  }

  return {
    talentCount: nT,
    positionCount: nP,
    capacity: Int32Array.from(input.capacity),
    talentStart,
    talentPosition: talentPosition.slice(0, edgeCount),
    talentScore: talentScore.slice(0, edgeCount),
    positionStart,
    positionTalent,
    positionScore,
    eligibleCount,
  };
}
