import { MatchingEngine } from '../engine/matching-engine';
import { topKOfScores } from '../index/top-k';
import type { EvalPosition, EvalTalent } from './dataset';
import type { PositionRanker } from './ranker';

/**
 * The full matching engine (relevance, skills, structured fit) as an evaluation system. Evaluation
 * positions carry no degree, location or tier, so those components are neutral. Their skill lists are
 * the tools an occupation uses, not requirements an employer declared, so they become preferred skills.
 */
export class EngineRanker implements PositionRanker {
  readonly name = 'engine';
  private readonly engine: MatchingEngine;
  private readonly scores: Float32Array;
  private readonly eligible: Uint8Array;

  constructor(positions: readonly EvalPosition[]) {
    // Zero-padded ids keep the engine's id order equal to the set's order.
    this.engine = new MatchingEngine(
      positions.map((p, i) => ({
        id: String(i).padStart(8, '0'),
        title: p.title,
        description: p.description,
        preferredSkills: p.skills ?? [],
        lang: p.lang,
      })),
    );
    this.scores = new Float32Array(positions.length);
    this.eligible = new Uint8Array(positions.length);
  }

  rank(talent: EvalTalent, k: number): { docs: Int32Array; scores: Float32Array } {
    this.engine.upsertTalent({
      id: talent.id,
      headline: talent.headline,
      summary: talent.summary,
      skills: (talent.skills ?? []).map((name) => ({ name })),
      lang: talent.lang,
    });
    this.engine.scoreTalentRow(talent.id, this.scores, this.eligible);
    this.engine.removeTalent(talent.id);
    return topKOfScores(this.scores, k);
  }
}
