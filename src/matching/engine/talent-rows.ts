/**
 * A talent's stored row, decided here for every caller (the recompute runner and the from-scratch
 * checks): which positions it holds (`rowHits`) and its floor (`rowFloor`). Pure module.
 */
import type { MatchingEngine, RankedMatch } from './matching-engine';

export interface RowProblem {
  /** The field at fault, or null when the engine failed without a shape problem to point at. */
  field: string | null;
  reason: string;
}

export interface RowOptions {
  limit: number;
  minScore: number;
  /**
   * The talent's best eligible positions kept even below `minScore`, up to this many: a talent with a thin
   * profile still gets recommendations (marked below the threshold) instead of an empty page.
   */
  minRows?: number;
}

/** The ranked hits of a stored row: the best above the threshold, padded below it up to `minRows`. */
export function rowHits(engine: MatchingEngine, talentId: string, options: RowOptions): RankedMatch[] {
  const hits = engine.rankPositionsForTalent(talentId, { limit: options.limit, minScore: options.minScore });
  const minRows = Math.min(options.minRows ?? 0, options.limit);
  if (hits.length >= minRows) return hits;
  return engine.rankPositionsForTalent(talentId, { limit: minRows, minScore: 0 });
}

export interface RejectedPosition {
  id: string;
  problem: RowProblem;
}

/** Slack of float scores against the stored, two-decimal ones, when deciding by a floor. */
export const FLOOR_SLACK = 0.01;

/**
 * The floor of a stored row (see TalentMatchState.floor): no position scoring below it can enter. A full
 * row: its lowest score; a row padded below the threshold (minRows): its lowest while it is full, else -1
 * (every eligible position is in); otherwise the threshold (every qualifying position is in).
 */
export function rowFloor(hits: readonly { score: number }[], options: RowOptions): number {
  const minRows = Math.min(options.minRows ?? 0, options.limit);
  const padded = hits.length > 0 && hits[hits.length - 1].score < options.minScore;
  if (padded || hits.length < minRows) return hits.length >= minRows && hits.length > 0 ? hits[hits.length - 1].score : -1;
  if (hits.length >= options.limit) return hits[hits.length - 1].score;
  return options.minScore - FLOOR_SLACK;
}
