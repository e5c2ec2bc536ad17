/**
 * The baseline the office uses today: every opening ranks talents on its own and takes its top
 * `capacity`. Lists overlap because strong talents rank high everywhere, and a talent can take only one
 * job, so the seats such a ranking appears to fill are not the seats it fills.
 *
 * To count what it really fills, conflicts are resolved in favour of urgency: openings are visited by
 * urgency descending (ties by position index) and a talent goes to the first list they appear on; later
 * lists lose them and, as in practice with fixed shortlists, do not backfill. This is the resolution most
 * favourable to urgent coverage, so the gap to the allocators is a conservative estimate.
 */
import { AcceptableGraph } from './acceptable-graph';

export interface NaiveRanking {
  /** Each position's shortlist (CSR over positions): its top min(capacity, candidates) talents. */
  listStart: Int32Array;
  listTalent: Int32Array;
  /** Position per talent after conflicts are resolved, −1 = on no list or lost every list. */
  assignment: Int32Array;
  /** Shortlist entries lost because the talent went to a more urgent opening. */
  lostEntries: number;
}

export interface TopListOverlap {
  /** Openings (capacity > 0) whose top-k list shares a talent with another opening's top-k list. */
  sharedPositions: number;
  /** Unordered pairs of openings whose top-k lists share a talent. */
  sharedPairs: number;
  /** Distinct talents over all top-k lists, and the total number of list entries. */
  distinctTalents: number;
  entries: number;
}

function shortlists(graph: AcceptableGraph, length: (p: number) => number): [Int32Array, Int32Array] {
  const nP = graph.positionCount;
  const listStart = new Int32Array(nP + 1);
  for (let p = 0; p < nP; p++) {
    const k = Math.min(Math.max(0, length(p)), graph.positionStart[p + 1] - graph.positionStart[p]);
    listStart[p + 1] = listStart[p] + k;
  }
  const listTalent = new Int32Array(listStart[nP]);
  for (let p = 0; p < nP; p++) {
    listTalent.set(graph.positionTalent.subarray(graph.positionStart[p], graph.positionStart[p] + listStart[p + 1] - listStart[p]), listStart[p]);
  }
  return [listStart, listTalent];
}

export function naiveRanking(graph: AcceptableGraph, urgency: Float32Array): NaiveRanking {
  const nP = graph.positionCount;
  const [listStart, listTalent] = shortlists(graph, (p) => graph.capacity[p]);
  const order = Array.from({ length: nP }, (_, p) => p).sort((a, b) => urgency[b] - urgency[a] || a - b);
  const assignment = new Int32Array(graph.talentCount).fill(-1);
  let lostEntries = 0;
  for (const p of order) {
    for (let i = listStart[p]; i < listStart[p + 1]; i++) {
      const t = listTalent[i];
      if (assignment[t] === -1) assignment[t] = p;
      else lostEntries++;
    }
  }
  return { listStart, listTalent, assignment, lostEntries };
}

/** How much the openings' top-k lists overlap (k = 5 in the office's reports). */
export function topListOverlap(graph: AcceptableGraph, k = 5): TopListOverlap {
  const nP = graph.positionCount;
  const nT = graph.talentCount;
  const [listStart, listTalent] = shortlists(graph, (p) => (graph.capacity[p] > 0 ? k : 0));
  // Invert the lists (talent → openings listing them) to find sharing without comparing all pairs.
  const byTalentStart = new Int32Array(nT + 1);
  for (let i = 0; i < listTalent.length; i++) byTalentStart[listTalent[i] + 1]++;
  let distinctTalents = 0;
  for (let t = 0; t < nT; t++) {
    if (byTalentStart[t + 1] > 0) distinctTalents++;
    byTalentStart[t + 1] += byTalentStart[t];
  }
  const fill = byTalentStart.slice(0, nT);
  const byTalent = new Int32Array(listTalent.length);
  for (let p = 0; p < nP; p++) {
    for (let i = listStart[p]; i < listStart[p + 1]; i++) byTalent[fill[listTalent[i]]++] = p;
  }
  const stamp = new Int32Array(nP).fill(-1);
  let sharedPositions = 0;
  let sharedPairs = 0;
  for (let p = 0; p < nP; p++) {
    let partners = 0;
    for (let i = listStart[p]; i < listStart[p + 1]; i++) {
      const t = listTalent[i];
      for (let j = byTalentStart[t]; j < byTalentStart[t + 1]; j++) {
        const q = byTalent[j];
        if (q === p || stamp[q] === p) continue;
        stamp[q] = p;
        partners++;
      }
    }
    if (partners > 0) sharedPositions++;
    sharedPairs += partners;
  }
  return { sharedPositions, sharedPairs: sharedPairs / 2, distinctTalents, entries: listTalent.length };
}
