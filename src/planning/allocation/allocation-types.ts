/**
 * Input and output shapes of the capacity-aware allocator (issue 9). Plain data in typed arrays: the
 * service layer turns match rows into a sparse score matrix indexed by talent and position, the planner
 * never reads a database, and the result maps back through `talentIds` / `positionIds`.
 */

/** Eligible (talent, position) pairs. Parallel arrays of equal length; scores are 0–100. */
export interface AllocationEdges {
  talent: Int32Array;
  position: Int32Array;
  score: Float32Array;
}

/** Positions a talent said they are interested in. Parallel arrays of equal length. */
export interface AllocationInterests {
  talent: Int32Array;
  position: Int32Array;
}

export interface AllocationInput {
  talentIds: string[];
  positionIds: string[];
  /** Open headcount per position (≥ 0). */
  capacity: Int32Array;
  /** 1 (can wait) to 5 (urgent) per position; values outside are clamped. */
  urgency: Float32Array;
  /** Industry per position, for the coverage report only. */
  industry?: string[];
  /**
   * Sparse score matrix. A pair listed twice counts once with its highest score, so the caller may
   * concatenate sources without deduplicating.
   */
  edges: AllocationEdges;
  /**
   * When a talent lists any interest, only the listed positions are acceptable for that talent; talents
   * without any listed interest are open to every position they are eligible for.
   */
  interests?: AllocationInterests;
  /** Pairs scoring below are never assigned. Default {@link DEFAULT_MIN_SCORE}. */
  minScore?: number;
}

export type AllocationMethod = 'deferred_acceptance' | 'max_weight';

export type UnmatchedReason = 'no_eligible_candidate' | 'outcompeted';

export interface UnmatchedPosition {
  position: number;
  /** Seats left empty. */
  open: number;
  /**
   * `no_eligible_candidate`: every acceptable talent for this position already sits in it (often there
   * is none at all), so the seat needs sourcing, not re-planning. `outcompeted`: acceptable talents
   * exist but were placed elsewhere.
   */
  reason: UnmatchedReason;
}

export interface IndustryCoverage {
  industry: string;
  headcount: number;
  covered: number;
}

export interface AllocationResult {
  /** Position index per talent, −1 = unassigned. */
  assignment: Int32Array;
  method: AllocationMethod;
  /** Σ score over assigned pairs. */
  totalScore: number;
  /** Σ urgencyWeight(position) × score over assigned pairs: the objective `max_weight` maximises. */
  weightedScore: number;
  /** Σ capacity over positions with urgency ≥ {@link URGENT_THRESHOLD}. */
  urgentHeadcount: number;
  coveredUrgentHeadcount: number;
  /** Sorted by industry name; empty when the input has no `industry`. */
  coverageByIndustry: IndustryCoverage[];
  /** Positions with empty seats, by position index. */
  unmatchedPositions: UnmatchedPosition[];
}

export interface AllocationOptions {
  method: AllocationMethod;
  /**
   * Each talent is considered for at most this many positions: its top N acceptable positions by score
   * (ties by position index). For deferred acceptance this is the length of the proposal list, so a
   * talent is never put in front of more than N enterprises over the whole run (and of one at a time);
   * stability then holds with respect to the truncated lists. `max_weight` applies the same truncation
   * so both methods answer the same question. Unset = no cap.
   */
  exposureCap?: number;
}

export const DEFAULT_MIN_SCORE = 50;
export const URGENT_THRESHOLD = 4;

/**
 * Weight of a point of score at a position of the given urgency: 1 at urgency 1, 2 at urgency 5.
 * Linear and bounded so an urgent opening counts at most twice a relaxed one: a 50-point fit at urgency 5
 * is worth a 100-point fit at urgency 1, but a weak fit never beats a strong one merely for being urgent
 * (`urgency / 5` would let a 50 at urgency 5 beat a 100 at urgency 2).
 */
export function urgencyWeight(urgency: number): number {
  const u = Number.isFinite(urgency) ? Math.min(5, Math.max(1, urgency)) : 1;
  return 1 + (u - 1) / 4;
}

/**
 * Tuning knobs of the exact max-weight solver; they change its speed, never its answer. The defaults come
 * from the 2,000 × 225 benchmark: the pairs that matter sit in each talent's first few positions (a
 * position's list is deep, but most of it is talents placed elsewhere), so the candidate set leans on
 * `talentTop`; pricing then typically adds a handful of pairs and one more solve certifies the optimum.
 */
export interface MaxWeightParams {
  /** Initial candidate set: each position's top `seatFactor × capacity + seatSlack` talents … */
  seatFactor: number;
  seatSlack: number;
  /** … plus each talent's top `talentTop` positions. */
  talentTop: number;
  /** Dual-feasibility slack tolerated when certifying the reduced optimum against all pairs. */
  tolerance: number;
}

export const DEFAULT_MAX_WEIGHT_PARAMS: MaxWeightParams = {
  seatFactor: 1,
  seatSlack: 2,
  talentTop: 10,
  tolerance: 1e-9,
};

export type AllocationErrorCode = 'LENGTH_MISMATCH' | 'INDEX_OUT_OF_RANGE' | 'INVALID_VALUE';

export class AllocationInputError extends Error {
  constructor(
    readonly code: AllocationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AllocationInputError';
  }
}
