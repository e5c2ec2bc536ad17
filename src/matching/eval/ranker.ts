import type { EvalPosition, EvalTalent } from './dataset';

/** A ranking system under evaluation: built once over the positions, then asked once per talent. */
export interface PositionRanker {
  readonly name: string;
  /** Position indexes (into the build array), best first, at most k. */
  rank(talent: EvalTalent, k: number): { docs: Int32Array; scores: Float32Array };
}

export type RankerFactory = (positions: readonly EvalPosition[]) => PositionRanker;
