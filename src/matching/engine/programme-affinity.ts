import { degreeRank } from '../../domain/vocabulary';
import { FeatureSpace } from '../score/feature-space';
import { compilePosition, PositionFeatures } from '../score/profile-features';
import { normalise } from '../text/normalise';
import type { PositionProfile, ProgrammeProfile } from '../types';

/** Weights of a programme's affinity to a position; documented in one place like EngineParams. */
export interface ProgrammeAffinityParams {
  major: number;
  skills: number;
  degree: number;
  /** Affinity of the major component when the position names no preferred major. */
  neutralMajor: number;
  /** Degree component for a cohort one level below the minimum (they may still be hired as trainees). */
  oneLevelBelow: number;
}

export const DEFAULT_PROGRAMME_AFFINITY_PARAMS: ProgrammeAffinityParams = Object.freeze({
  major: 0.45,
  skills: 0.35,
  degree: 0.2,
  neutralMajor: 0.4,
  oneLevelBelow: 0.4,
});

export interface ProgrammeAffinity {
  programmeId: string;
  positionId: string;
  /** 0–1: the share of the cohort that fits the position, before the coordinator's yield. */
  affinity: number;
  components: { major: number; skills: number; degree: number };
}

/**
 * How well a graduating cohort (major, degree, curriculum) fits positions: the supply side of the trip
 * planner. Pure and cheap: majors and skills go through the same FeatureSpace tables as talents.
 */
export class ProgrammeAffinityScorer {
  private readonly positions: { profile: PositionProfile; features: PositionFeatures }[];

  constructor(
    private readonly space: FeatureSpace,
    positions: readonly PositionProfile[],
    private readonly params: ProgrammeAffinityParams = DEFAULT_PROGRAMME_AFFINITY_PARAMS,
  ) {
    this.positions = [...positions]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((profile) => ({ profile, features: compilePosition(space, profile) }));
  }

  /** Affinities of one programme to every position, best first, above `minAffinity`. */
  score(programme: ProgrammeProfile, minAffinity = 0): ProgrammeAffinity[] {
    const space = this.space;
    const major = space.majorId(programme.major);
    const taught = new Set<number>();
    for (const name of [...(programme.skillsTaught ?? []), ...(programme.keywords ?? [])]) {
      const index = space.resolveSkill(name);
      if (index >= 0) taught.add(index);
    }
    const taughtList = [...taught];
    const curriculumText = normalise([programme.major, ...(programme.keywords ?? []), ...(programme.skillsTaught ?? [])].join(' '));
    const rank = degreeRank(programme.degree);
    const p = this.params;
    const out: ProgrammeAffinity[] = [];
    for (const { profile, features } of this.positions) {
      const degree =
        features.minDegreeRank < 0 || rank >= features.minDegreeRank ? 1 : rank === features.minDegreeRank - 1 ? p.oneLevelBelow : 0;
      if (degree === 0) continue;
      let majorScore = p.neutralMajor;
      if (features.preferredMajors.length > 0) {
        majorScore = 0;
        for (let i = 0; i < features.preferredMajors.length; i++) {
          majorScore = Math.max(majorScore, space.majorSimilarity(major, features.preferredMajors[i]));
        }
      }
      const skills = this.skillCoverage(features, taughtList, curriculumText);
      const affinity = p.major * majorScore + p.skills * skills + p.degree * degree;
      if (affinity < minAffinity) continue;
      out.push({
        programmeId: programme.id,
        positionId: profile.id,
        affinity: round3(affinity),
        components: { major: round3(majorScore), skills: round3(skills), degree: round3(degree) },
      });
    }
    return out.sort((a, b) => b.affinity - a.affinity || (a.positionId < b.positionId ? -1 : 1));
  }

  private skillCoverage(features: PositionFeatures, taught: number[], curriculumText: string): number {
    const n = features.requiredSkills.length;
    if (n === 0) return 0.5;
    const space = this.space;
    let got = 0;
    let total = 0;
    for (let r = 0; r < n; r++) {
      const w = features.requiredWeights[r];
      total += w;
      const skill = features.requiredSkills[r];
      if (skill < 0) {
        if (curriculumText.includes(features.requiredNames[r])) got += w;
        continue;
      }
      let best = 0;
      for (const t of taught) best = Math.max(best, space.skillSimilarity[skill * space.skillCount + t]);
      got += w * best;
    }
    return got / total;
  }
}


function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
