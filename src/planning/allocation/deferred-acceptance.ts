/**
 * Talent-proposing deferred acceptance (Gale–Shapley, many-to-one with capacities).
 *
 * Talents rank acceptable positions by score (ties: lower position index first); positions rank
 * acceptable talents by the same pair score (ties: lower talent index first) and prefer any acceptable
 * talent to an empty seat. The result is the talent-optimal stable assignment: no talent and position
 * both prefer each other to what they got, and no talent can gain by misreporting, which is what lets
 * the office publish the rules. Its outcome does not depend on the order proposals are processed in.
 *
 * Cost: one pass over each talent's sorted list (each pair is proposed at most once) and a heap of size
 * ≤ capacity per position, so O(E log c) after the O(E log E) sorts done by the acceptable graph.
 */
import { AcceptableGraph } from './acceptable-graph';

/** True when held talent (sa, ta) is worse for the position than (sb, tb). */
function worse(sa: number, ta: number, sb: number, tb: number): boolean {
  return sa < sb || (sa === sb && ta > tb);
}

/**
 * Runs deferred acceptance on the (possibly exposure-truncated) acceptable graph.
 * @returns position index per talent, −1 when the talent's list ran out.
 */
export function deferredAcceptance(graph: AcceptableGraph): Int32Array {
  const { talentCount: nT, positionCount: nP, talentStart, talentPosition, talentScore } = graph;
  const assignment = new Int32Array(nT).fill(-1);

  // A position can never hold more talents than it has candidates, so seats are allocated for
  // min(capacity, degree): a capacity of 10^6 costs nothing.
  const seatCap = new Int32Array(nP);
  const seatStart = new Int32Array(nP + 1);
  for (let p = 0; p < nP; p++) {
    seatCap[p] = Math.min(graph.capacity[p], graph.positionStart[p + 1] - graph.positionStart[p]);
    seatStart[p + 1] = seatStart[p] + seatCap[p];
  }
  // Per position a min-heap of held talents, worst at the root, so a proposal is judged in O(1).
  const heapTalent = new Int32Array(seatStart[nP]);
  const heapScore = new Float32Array(seatStart[nP]);
  const load = new Int32Array(nP);

  const next = talentStart.slice(0, nT);
  const stack = new Int32Array(nT);
  let top = 0;
  for (let t = nT - 1; t >= 0; t--) stack[top++] = t;

  while (top > 0) {
    const t = stack[--top];
    const end = talentStart[t + 1];
    while (next[t] < end) {
      const i = next[t]++;
      const p = talentPosition[i];
      const s = talentScore[i];
      const base = seatStart[p];
      const n = load[p];
      if (n < seatCap[p]) {
        let c = n;
        while (c > 0) {
          const parent = (c - 1) >> 1;
          if (!worse(s, t, heapScore[base + parent], heapTalent[base + parent])) break;
          heapTalent[base + c] = heapTalent[base + parent];
          heapScore[base + c] = heapScore[base + parent];
          c = parent;
        }
        heapTalent[base + c] = t;
        heapScore[base + c] = s;
        load[p] = n + 1;
        assignment[t] = p;
        break;
      }
      if (n === 0 || !worse(heapScore[base], heapTalent[base], s, t)) continue;
      const evicted = heapTalent[base];
      assignment[evicted] = -1;
      stack[top++] = evicted;
      let c = 0;
      for (;;) {
        let child = 2 * c + 1;
        if (child >= n) break;
        const right = child + 1;
        if (right < n && worse(heapScore[base + right], heapTalent[base + right], heapScore[base + child], heapTalent[base + child])) {
          child = right;
        }
        if (!worse(heapScore[base + child], heapTalent[base + child], s, t)) break;
        heapTalent[base + c] = heapTalent[base + child];
        heapScore[base + c] = heapScore[base + child];
        c = child;
      }
      heapTalent[base + c] = t;
      heapScore[base + c] = s;
      assignment[t] = p;
      break;
    }
  }
  return assignment;
}
