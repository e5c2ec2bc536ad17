/**
 * Exact maximum-weight b-matching (each talent ≤ 1 position, each position ≤ its capacity) by successive
 * shortest paths with potentials on the network source → talent → position → sink, arc cost −weight.
 *
 * Each round runs Dijkstra on reduced costs and augments along the cheapest path; path costs never
 * decrease, so the run stops at the first path that gains nothing, which is the optimum over all flow
 * values (not just the maximum flow): an extra pair is taken only if it raises the total. Rounds ≤ total
 * seats. Dijkstra stops as soon as the sink or the profitability bound is reached, and nodes it did not
 * settle get the bound as distance, which keeps every reduced cost non-negative.
 *
 * On return the potentials are an optimal LP dual (u_t = talentPotential, v_p = max(0, −positionPotential)):
 * u_t + v_p ≥ w on every arc of this graph, tight on assigned pairs. The caller uses it to prove that a
 * solution on a reduced candidate set is optimal on the full one.
 */

/** Talent-major CSR with the weight of each pair; weights must be > 0. */
export interface WeightedBipartite {
  talentCount: number;
  positionCount: number;
  capacity: Int32Array;
  start: Int32Array;
  position: Int32Array;
  weight: Float64Array;
}

export interface FlowSolution {
  assignment: Int32Array;
  talentPotential: Float64Array;
  positionPotential: Float64Array;
  augmentations: number;
}

/** Gains below this are treated as zero so float noise never triggers a useless augmentation. */
const GAIN_EPSILON = 1e-12;

export function solveMaxWeight(g: WeightedBipartite): FlowSolution {
  const { talentCount: nT, positionCount: nP, capacity, start, position, weight } = g;
  const match = new Int32Array(nT).fill(-1);
  const matchWeight = new Float64Array(nT);
  const piT = new Float64Array(nT);
  const piP = new Float64Array(nP);

  // Seats hold the talents assigned to each position; only min(capacity, degree) can ever be filled.
  const degree = new Int32Array(nP);
  for (let i = 0; i < position.length; i++) degree[position[i]]++;
  const seatStart = new Int32Array(nP + 1);
  for (let p = 0; p < nP; p++) seatStart[p + 1] = seatStart[p] + Math.min(capacity[p], degree[p]);
  const seatTalent = new Int32Array(seatStart[nP]);
  const load = new Int32Array(nP);

  // Position-major copy of the arcs, heaviest first (ties: lower talent index), with a pointer per
  // position to its heaviest arc from a talent who is still free.
  const byPositionStart = new Int32Array(nP + 1);
  for (let p = 0; p < nP; p++) byPositionStart[p + 1] = byPositionStart[p] + degree[p];
  const byPositionTalent = new Int32Array(position.length);
  const fill = byPositionStart.slice(0, nP);
  for (let t = 0; t < nT; t++) {
    for (let i = start[t]; i < start[t + 1]; i++) byPositionTalent[fill[position[i]]++] = i; // arc ids for now
  }
  for (let p = 0; p < nP; p++) {
    byPositionTalent
      .subarray(byPositionStart[p], byPositionStart[p + 1])
      .sort((a, b) => weight[b] - weight[a] || a - b); // arc ids grow with talent index
  }
  const byPositionWeight = new Float64Array(position.length);
  const arcTalent = new Int32Array(position.length);
  for (let t = 0; t < nT; t++) arcTalent.fill(t, start[t], start[t + 1]);
  for (let k = 0; k < position.length; k++) {
    const i = byPositionTalent[k];
    byPositionWeight[k] = weight[i];
    byPositionTalent[k] = arcTalent[i];
  }
  const freeArc = byPositionStart.slice(0, nP);

  // Initial potentials make every arc's reduced cost ≥ 0 on the empty flow: talents 0, a position
  // −(its heaviest arc), the sink ≤ every position that can take flow.
  let piSink = 0;
  for (let t = 0; t < nT; t++) {
    for (let i = start[t]; i < start[t + 1]; i++) {
      if (-weight[i] < piP[position[i]]) piP[position[i]] = -weight[i];
    }
  }
  for (let p = 0; p < nP; p++) if (capacity[p] > 0 && degree[p] > 0 && piP[p] < piSink) piSink = piP[p];

  const distT = new Float64Array(nT);
  const distP = new Float64Array(nP);
  const stampT = new Int32Array(nT); // round in which the talent's distance was set
  const stampP = new Int32Array(nP); // round in which the position's tentative distance was set
  const doneP = new Int32Array(nP); // round in which the position was settled
  const prevTalent = new Int32Array(nP);
  const prevWeight = new Float64Array(nP);
  // Only positions go through the heap: a matched talent has a single incoming residual arc (from its
  // own position), so its distance is final when that position is settled. The heap is indexed
  // (decrease-key) and never holds more than the positions.
  const heap = new Int32Array(nP);
  const slot = new Int32Array(nP).fill(-1);
  let heapLen = 0;

  const before = (a: number, b: number): boolean => distP[a] < distP[b] || (distP[a] === distP[b] && a < b);
  const siftUp = (p: number, c: number): void => {
    while (c > 0) {
      const parent = (c - 1) >> 1;
      if (!before(p, heap[parent])) break;
      heap[c] = heap[parent];
      slot[heap[c]] = c;
      c = parent;
    }
    heap[c] = p;
    slot[p] = c;
  };
  const popTop = (): void => {
    slot[heap[0]] = -1;
    const p = heap[--heapLen];
    if (heapLen === 0) return;
    let c = 0;
    for (;;) {
      let child = 2 * c + 1;
      if (child >= heapLen) break;
      if (child + 1 < heapLen && before(heap[child + 1], heap[child])) child++;
      if (!before(heap[child], p)) break;
      heap[c] = heap[child];
      slot[heap[c]] = c;
      c = child;
    }
    heap[c] = p;
    slot[p] = c;
  };
  const offer = (p: number, d: number, t: number, w: number, round: number): void => {
    if (stampP[p] === round && d >= distP[p]) return;
    stampP[p] = round;
    distP[p] = d;
    prevTalent[p] = t;
    prevWeight[p] = w;
    siftUp(p, slot[p] === -1 ? heapLen++ : slot[p]);
  };

  let augmentations = 0;
  for (let round = 1; ; round++) {
    // A path is worth taking only if its real cost (reduced distance + piSink) is negative.
    const bound = -piSink;
    if (!(bound > GAIN_EPSILON)) break;
    let bestSink = Infinity;
    let endPosition = -1;
    // Free talents sit at reduced distance 0 (their potential stays 0), the minimum. Each position's
    // best arc from a free talent is the first unmatched entry of its weight-sorted list; talents never
    // become free again, so the pointer only moves forward and this costs O(positions) a round.
    for (let p = 0; p < nP; p++) {
      let k = freeArc[p];
      const end = byPositionStart[p + 1];
      while (k < end && match[byPositionTalent[k]] !== -1) k++;
      freeArc[p] = k;
      if (k < end) offer(p, -byPositionWeight[k] - piP[p], byPositionTalent[k], byPositionWeight[k], round);
    }
    while (heapLen > 0) {
      const p = heap[0];
      const key = distP[p];
      if (key >= bestSink || key >= bound) break;
      popTop();
      doneP[p] = round;
      if (load[p] < capacity[p] && key + piP[p] - piSink < bestSink) {
        bestSink = key + piP[p] - piSink;
        endPosition = p;
      }
      for (let k = seatStart[p]; k < seatStart[p] + load[p]; k++) {
        const s = seatTalent[k];
        const ds = key + matchWeight[s] + piP[p] - piT[s];
        stampT[s] = round;
        distT[s] = ds;
        // Arcs cost ≥ 0, so nothing reached from beyond the current limit can matter this round.
        if (ds >= bestSink || ds >= bound) continue;
        for (let i = start[s]; i < start[s + 1]; i++) {
          const q = position[i];
          if (doneP[q] !== round) offer(q, ds - weight[i] + piT[s] - piP[q], s, weight[i], round);
        }
      }
    }
    for (let i = 0; i < heapLen; i++) slot[heap[i]] = -1;
    heapLen = 0;

    // Nodes beyond the limit get the limit: capping distances keeps every reduced cost ≥ 0.
    const augment = bestSink < bound - GAIN_EPSILON;
    const limit = Math.min(bestSink, bound);
    for (let t = 0; t < nT; t++) {
      if (match[t] !== -1) piT[t] += stampT[t] === round ? Math.min(distT[t], limit) : limit;
    }
    for (let p = 0; p < nP; p++) piP[p] += doneP[p] === round ? distP[p] : limit;
    piSink += limit;
    if (!augment) break;

    // Walk back from the sink: each talent moves into the position that reached it and leaves the one
    // it came from (a free talent came from the source).
    let p = endPosition;
    while (p !== -1) {
      const t = prevTalent[p];
      const from = match[t];
      moveTalent(t, p, prevWeight[p]);
      p = from;
    }
    augmentations++;
  }
  return { assignment: match, talentPotential: piT, positionPotential: piP, augmentations };

  /** Moves talent t from its current seat (if any) into position p. */
  function moveTalent(t: number, p: number, w: number): void {
    const from = match[t];
    if (from !== -1) {
      const end = seatStart[from] + --load[from];
      for (let k = seatStart[from]; k <= end; k++) {
        if (seatTalent[k] === t) {
          seatTalent[k] = seatTalent[end];
          break;
        }
      }
    }
    seatTalent[seatStart[p] + load[p]++] = t;
    match[t] = p;
    matchWeight[t] = w;
  }
}
