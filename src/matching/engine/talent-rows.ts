/**
 * A talent's stored row, computed once here for every caller (the recompute runner inline and the
 * worker's scoring thread): the top positions above the threshold, explained. Each talent is scored
 * on its own, so one profile the engine cannot use is reported with its reason and the rest of the
 * batch is still computed. Pure module (no framework imports).
 */
import type { MatchResult } from '../score/match-result';
import type { PositionProfile, TalentProfile } from '../types';
import type { MatchingEngine, RankedMatch } from './matching-engine';
import { checkPositionProfile, checkTalentProfile, ProfileProblem } from './profile-check';

export interface RowProblem {
  /** The field at fault, or null when the engine failed without a shape problem to point at. */
  field: string | null;
  reason: string;
}

export type TalentRowOutcome = { rows: MatchResult[]; problem?: undefined } | { rows?: undefined; problem: RowProblem };

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

function fromShape(problem: ProfileProblem): RowProblem {
  return { field: problem.field, reason: problem.reason };
}

/** One talent's row against the engine's positions, or the reason it cannot be scored. */
export function talentRow(engine: MatchingEngine, talent: TalentProfile, options: RowOptions): TalentRowOutcome {
  const shape = checkTalentProfile(talent);
  if (shape) return { problem: fromShape(shape) };
  try {
    engine.upsertTalent(talent);
    const hits = rowHits(engine, talent.id, options);
    return { rows: hits.map((hit) => engine.explain(talent.id, hit.id)) };
  } catch (error) {
    return { problem: { field: null, reason: `the engine could not score this profile: ${(error as Error).message}` } };
  } finally {
    try {
      engine.removeTalent(talent.id);
    } catch {
      // A talent that failed half-way may not be in the index; nothing to remove then.
    }
  }
}

export interface RejectedPosition {
  id: string;
  problem: RowProblem;
}

/**
 * The engine over every position it can index. Positions of the wrong shape are left out with their
 * field; should the index still fail, each position is tried alone to find the ones at fault (rare, so
 * the cost of that search only falls on the failure).
 */
export function engineOverScorable(
  positions: readonly PositionProfile[],
  build: (positions: readonly PositionProfile[]) => MatchingEngine,
): { engine: MatchingEngine; rejected: RejectedPosition[] } {
  const rejected: RejectedPosition[] = [];
  let usable: PositionProfile[] = [];
  for (const position of positions) {
    const shape = checkPositionProfile(position);
    if (shape) rejected.push({ id: position.id, problem: fromShape(shape) });
    else usable.push(position);
  }
  try {
    return { engine: build(usable), rejected };
  } catch {
    const indexable: PositionProfile[] = [];
    for (const position of usable) {
      try {
        build([position]);
        indexable.push(position);
      } catch (error) {
        rejected.push({ id: position.id, problem: { field: null, reason: `the engine could not index this position: ${(error as Error).message}` } });
      }
    }
    usable = indexable;
    return { engine: build(usable), rejected };
  }
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
