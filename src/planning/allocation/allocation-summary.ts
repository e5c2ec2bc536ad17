/**
 * Figures the coordinators read off an assignment: scores, urgent headcount covered, coverage by
 * industry and which seats stay empty and why. Shared by both allocators and the naive baseline so the
 * comparison counts the same way.
 */
import { AcceptableGraph } from './acceptable-graph';
import {
  AllocationInput,
  AllocationMethod,
  AllocationResult,
  IndustryCoverage,
  UnmatchedPosition,
  URGENT_THRESHOLD,
  urgencyWeight,
} from './allocation-types';

export interface AssignmentTotals {
  assignedTalents: number;
  totalScore: number;
  weightedScore: number;
  headcount: number;
  coveredHeadcount: number;
  urgentHeadcount: number;
  coveredUrgentHeadcount: number;
  /** Urgent openings (urgency ≥ 4, capacity > 0) that got nobody. */
  urgentPositionsWithNobody: number;
}

/** Seats filled per position; throws if the assignment uses a pair outside the graph. */
export function positionLoads(graph: AcceptableGraph, assignment: Int32Array): Int32Array {
  const load = new Int32Array(graph.positionCount);
  for (let t = 0; t < assignment.length; t++) if (assignment[t] !== -1) load[assignment[t]]++;
  return load;
}

function pairScore(graph: AcceptableGraph, t: number, p: number): number {
  for (let i = graph.talentStart[t]; i < graph.talentStart[t + 1]; i++) {
    if (graph.talentPosition[i] === p) return graph.talentScore[i];
  }
  throw new Error(`internal: talent ${t} was assigned to position ${p}, which is not an acceptable pair`);
}

export function assignmentTotals(
  graph: AcceptableGraph,
  urgency: Float32Array,
  assignment: Int32Array,
): AssignmentTotals {
  let assignedTalents = 0;
  let totalScore = 0;
  let weightedScore = 0;
  for (let t = 0; t < assignment.length; t++) {
    const p = assignment[t];
    if (p === -1) continue;
    const s = pairScore(graph, t, p);
    assignedTalents++;
    totalScore += s;
    weightedScore += urgencyWeight(urgency[p]) * s;
  }
  const load = positionLoads(graph, assignment);
  let headcount = 0;
  let coveredHeadcount = 0;
  let urgentHeadcount = 0;
  let coveredUrgentHeadcount = 0;
  let urgentPositionsWithNobody = 0;
  for (let p = 0; p < graph.positionCount; p++) {
    const cap = graph.capacity[p];
    const filled = Math.min(cap, load[p]);
    headcount += cap;
    coveredHeadcount += filled;
    if (urgency[p] >= URGENT_THRESHOLD) {
      urgentHeadcount += cap;
      coveredUrgentHeadcount += filled;
      if (cap > 0 && filled === 0) urgentPositionsWithNobody++;
    }
  }
  return {
    assignedTalents,
    totalScore,
    weightedScore,
    headcount,
    coveredHeadcount,
    urgentHeadcount,
    coveredUrgentHeadcount,
    urgentPositionsWithNobody,
  };
}

function industryCoverage(input: AllocationInput, capacity: Int32Array, load: Int32Array): IndustryCoverage[] {
  if (!input.industry) return [];
  const byIndustry = new Map<string, IndustryCoverage>();
  for (let p = 0; p < capacity.length; p++) {
    const industry = input.industry[p];
    let row = byIndustry.get(industry);
    if (!row) byIndustry.set(industry, (row = { industry, headcount: 0, covered: 0 }));
    row.headcount += capacity[p];
    row.covered += Math.min(capacity[p], load[p]);
  }
  // Code-point order, not localeCompare, so the output does not depend on the host's ICU data.
  return [...byIndustry.values()].sort((a, b) => (a.industry < b.industry ? -1 : a.industry > b.industry ? 1 : 0));
}

export function summarize(
  input: AllocationInput,
  graph: AcceptableGraph,
  assignment: Int32Array,
  method: AllocationMethod,
): AllocationResult {
  const totals = assignmentTotals(graph, input.urgency, assignment);
  const load = positionLoads(graph, assignment);
  const unmatchedPositions: UnmatchedPosition[] = [];
  for (let p = 0; p < graph.positionCount; p++) {
    const open = graph.capacity[p] - load[p];
    if (open <= 0) continue;
    const reason = graph.eligibleCount[p] > load[p] ? 'outcompeted' : 'no_eligible_candidate';
    unmatchedPositions.push({ position: p, open, reason });
  }
  return {
    assignment,
    method,
    totalScore: totals.totalScore,
    weightedScore: totals.weightedScore,
    urgentHeadcount: totals.urgentHeadcount,
    coveredUrgentHeadcount: totals.coveredUrgentHeadcount,
    coverageByIndustry: industryCoverage(input, graph.capacity, load),
    unmatchedPositions,
  };
}
