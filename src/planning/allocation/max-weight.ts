/**
 * Exact maximum of Σ urgencyWeight(position) × score over assigned pairs, with each talent assigned at
 * most once and each position at most its capacity.
 *
 * Solving on all ~450k pairs would scan every free talent's arcs in each of ~1,000 augmentations. Instead
 * the solver works on a small candidate set (each position's top `seatFactor × capacity + seatSlack`
 * talents, each talent's top `talentTop` positions) and then prices the rest: the flow's potentials give
 * an optimal LP dual (u, v) of the reduced problem; if u_t + v_p ≥ w_tp for every pair left out, the dual
 * is feasible for the full problem with the same objective, so by LP duality (the bipartite b-matching
 * polytope is integral) the reduced optimum is the full optimum. Otherwise the violating pairs join the
 * candidate set and it solves again. The reduction therefore changes the running time, never the answer
 * (up to `tolerance` of float slack in the dual check).
 */
import { AcceptableGraph } from './acceptable-graph';
import { DEFAULT_MAX_WEIGHT_PARAMS, MaxWeightParams, urgencyWeight } from './allocation-types';
import { solveMaxWeight } from './min-cost-flow';

export interface MaxWeightOutcome {
  assignment: Int32Array;
  /** Σ weight of the assignment. */
  objective: number;
  /** Candidate pairs in the last solve, and how many solves pricing needed. */
  candidatePairs: number;
  solves: number;
  augmentations: number;
}

/** Weight of every acceptable pair in talent-CSR order; 0 where the position has no seat. */
function pairWeights(graph: AcceptableGraph, urgency: Float32Array): Float64Array {
  const factor = new Float64Array(graph.positionCount);
  for (let p = 0; p < graph.positionCount; p++) factor[p] = graph.capacity[p] > 0 ? urgencyWeight(urgency[p]) : 0;
  const w = new Float64Array(graph.talentPosition.length);
  for (let i = 0; i < w.length; i++) w[i] = factor[graph.talentPosition[i]] * graph.talentScore[i];
  return w;
}

/** Marks the initial candidate pairs (talent-CSR indices). */
function initialCandidates(graph: AcceptableGraph, w: Float64Array, params: MaxWeightParams): Uint8Array {
  const { positionCount: nP, positionStart, positionTalent, positionScore, talentStart, talentPosition, talentScore } = graph;
  // A position keeps its top K talents; with both orders "score desc, index asc", the K-th entry is a
  // threshold that decides membership in O(1) per pair.
  const thresholdScore = new Float64Array(nP).fill(Infinity);
  const thresholdTalent = new Int32Array(nP).fill(-1);
  for (let p = 0; p < nP; p++) {
    const k = Math.min(
      positionStart[p + 1] - positionStart[p],
      Math.ceil(params.seatFactor * graph.capacity[p] + (graph.capacity[p] > 0 ? params.seatSlack : 0)),
    );
    if (k <= 0) continue;
    thresholdScore[p] = positionScore[positionStart[p] + k - 1];
    thresholdTalent[p] = positionTalent[positionStart[p] + k - 1];
  }
  const keep = new Uint8Array(w.length);
  for (let t = 0; t < graph.talentCount; t++) {
    let own = 0;
    for (let i = talentStart[t]; i < talentStart[t + 1]; i++) {
      if (w[i] <= 0) continue;
      const p = talentPosition[i];
      const s = talentScore[i];
      const byPosition = s > thresholdScore[p] || (s === thresholdScore[p] && t <= thresholdTalent[p]);
      if (byPosition || own < params.talentTop) keep[i] = 1;
      own++;
    }
  }
  return keep;
}

export function maxWeightAssignment(
  graph: AcceptableGraph,
  urgency: Float32Array,
  params: MaxWeightParams = DEFAULT_MAX_WEIGHT_PARAMS,
): MaxWeightOutcome {
  const { talentCount: nT, positionCount: nP, talentStart, talentPosition } = graph;
  const w = pairWeights(graph, urgency);
  const keep = initialCandidates(graph, w, params);
  const start = new Int32Array(nT + 1);
  let solves = 0;
  let augmentations = 0;
  for (;;) {
    solves++;
    let m = 0;
    for (let i = 0; i < keep.length; i++) m += keep[i];
    const position = new Int32Array(m);
    const weight = new Float64Array(m);
    let k = 0;
    for (let t = 0; t < nT; t++) {
      for (let i = talentStart[t]; i < talentStart[t + 1]; i++) {
        if (!keep[i]) continue;
        position[k] = talentPosition[i];
        weight[k++] = w[i];
      }
      start[t + 1] = k;
    }
    const solution = solveMaxWeight({ talentCount: nT, positionCount: nP, capacity: graph.capacity, start, position, weight });
    augmentations += solution.augmentations;

    let violated = 0;
    const { talentPotential: u, positionPotential: pi } = solution;
    for (let t = 0; t < nT; t++) {
      for (let i = talentStart[t]; i < talentStart[t + 1]; i++) {
        if (keep[i] || w[i] <= 0) continue;
        const v = Math.max(0, -pi[talentPosition[i]]);
        if (u[t] + v < w[i] - params.tolerance) {
          keep[i] = 1;
          violated++;
        }
      }
    }
    if (violated === 0) {
      let objective = 0;
      for (let t = 0; t < nT; t++) {
        const p = solution.assignment[t];
        if (p === -1) continue;
        for (let i = talentStart[t]; i < talentStart[t + 1]; i++) {
          if (talentPosition[i] === p) objective += w[i];
        }
      }
      return { assignment: solution.assignment, objective, candidatePairs: m, solves, augmentations };
    }
  }
}
