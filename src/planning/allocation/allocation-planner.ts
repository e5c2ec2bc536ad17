/**
 * Entry points of the capacity-aware allocator (issue 9): pick an assignment of talents to urgent
 * openings that respects headcounts and the fact that each talent takes one job, and compare it with
 * ranking each opening on its own.
 *
 * - `deferred_acceptance`: stable and strategy-proof for talents; the assignment to publish when
 *   talents and enterprises must be able to trust that nobody was passed over for a worse fit.
 * - `max_weight`: maximises Σ urgencyWeight × score; the planning optimum, which may ask a talent to
 *   take a more urgent opening than their favourite.
 */
import { AcceptableGraph, buildAcceptableGraph } from './acceptable-graph';
import { assignmentTotals, AssignmentTotals, summarize } from './allocation-summary';
import {
  AllocationInput,
  AllocationOptions,
  AllocationResult,
  DEFAULT_MAX_WEIGHT_PARAMS,
  MaxWeightParams,
  URGENT_THRESHOLD,
} from './allocation-types';
import { deferredAcceptance } from './deferred-acceptance';
import { maxWeightAssignment } from './max-weight';
import { naiveRanking, topListOverlap } from './naive-ranking';

export interface NaiveTotals extends AssignmentTotals {
  /** Urgent seats the shortlists appear to fill before conflicts are resolved. */
  nominalCoveredUrgentHeadcount: number;
  /** Shortlist entries lost because the talent went to a more urgent opening. */
  lostEntries: number;
}

export interface NaiveComparison {
  naive: NaiveTotals;
  stable: AssignmentTotals;
  optimal: AssignmentTotals;
  /** Openings whose top-5 list shares a talent with another opening's top-5 list. */
  sharedTop5Positions: number;
  /** Unordered pairs of openings with overlapping top-5 lists. */
  sharedTop5Pairs: number;
  distinctTalentsInTop5: number;
  /** Σ top-5 list lengths (≤ 5 × openings), to read `distinctTalentsInTop5` against. */
  top5Entries: number;
}

function assign(graph: AcceptableGraph, input: AllocationInput, options: AllocationOptions, params: MaxWeightParams): Int32Array {
  return options.method === 'deferred_acceptance'
    ? deferredAcceptance(graph)
    : maxWeightAssignment(graph, input.urgency, params).assignment;
}

export function planAllocation(
  input: AllocationInput,
  options: AllocationOptions,
  params: MaxWeightParams = DEFAULT_MAX_WEIGHT_PARAMS,
): AllocationResult {
  const graph = buildAcceptableGraph(input, options.exposureCap);
  return summarize(input, graph, assign(graph, input, options, params), options.method);
}

export function compareWithNaive(
  input: AllocationInput,
  options: { exposureCap?: number } = {},
  params: MaxWeightParams = DEFAULT_MAX_WEIGHT_PARAMS,
): NaiveComparison {
  // The naive ranking never had an exposure cap, so it reads the untruncated graph.
  const full = buildAcceptableGraph(input);
  const capped = options.exposureCap === undefined ? full : buildAcceptableGraph(input, options.exposureCap);
  const naive = naiveRanking(full, input.urgency);
  let nominal = 0;
  for (let p = 0; p < full.positionCount; p++) {
    if (input.urgency[p] >= URGENT_THRESHOLD) nominal += naive.listStart[p + 1] - naive.listStart[p];
  }
  const overlap = topListOverlap(full, 5);
  return {
    naive: {
      ...assignmentTotals(full, input.urgency, naive.assignment),
      nominalCoveredUrgentHeadcount: nominal,
      lostEntries: naive.lostEntries,
    },
    stable: assignmentTotals(capped, input.urgency, deferredAcceptance(capped)),
    optimal: assignmentTotals(capped, input.urgency, maxWeightAssignment(capped, input.urgency, params).assignment),
    sharedTop5Positions: overlap.sharedPositions,
    sharedTop5Pairs: overlap.sharedPairs,
    distinctTalentsInTop5: overlap.distinctTalents,
    top5Entries: overlap.entries,
  };
}
