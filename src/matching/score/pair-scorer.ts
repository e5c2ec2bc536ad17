import { EngineParams } from './engine-params';
import { FeatureSpace } from './feature-space';
import { levelFit, salaryFit } from './level-fit';
import { LEVELS, levelCoverage, PositionFeatures, TalentFeatures } from './profile-features';

export const COMPONENTS = ['relevance', 'skills', 'major', 'degree', 'experience', 'location', 'tier', 'salary'] as const;
export type ComponentName = (typeof COMPONENTS)[number];
export enum Component {
  Relevance = 0,
  Skills = 1,
  Major = 2,
  Degree = 3,
  Experience = 4,
  Location = 5,
  Tier = 6,
  Salary = 7,
}

/** Why a pair is ineligible, as bits, so the hot path returns a number and explanations decode it. */
export enum Ineligible {
  None = 0,
  DegreeBelowMinimum = 1,
  ExperienceFarBelow = 2,
  WillNotRelocate = 4,
}

/**
 * Adjacent policy tiers (high-level ↔ shortage professional ↔ graduate; skilled worker ↔ graduate). Exported
 * for the row scorer (engine/row-scorer.ts), which applies the same rules to whole rows.
 */
export const TIER_ADJACENT = [
  [1, 1, 0, 0],
  [1, 1, 1, 0],
  [0, 1, 1, 1],
  [0, 0, 1, 1],
];

/**
 * Scores one talent against many positions. `load` scatters the talent's sparse skill affinities into
 * dense scratch arrays once; `score` then reads only typed arrays. One instance per thread.
 */
export class PairScorer {
  readonly components = new Float32Array(COMPONENTS.length);
  /** Bits of `Ineligible` for the last scored pair; 0 when eligible. */
  ineligible = 0;
  private readonly dense: Float32Array;
  private readonly denseByLevel: Float32Array;
  private readonly weights: Float32Array;
  private readonly weightSum: number;
  private talent: TalentFeatures | null = null;
  /** The talent whose affinities are scattered into `dense` (null when it is clean). */
  private denseTalent: TalentFeatures | null = null;
  private sparse = false;

  constructor(
    private readonly space: FeatureSpace,
    private readonly params: EngineParams,
  ) {
    this.dense = new Float32Array(space.skillCount);
    this.denseByLevel = new Float32Array(space.skillCount * LEVELS);
    const w = params.weights;
    this.weights = Float32Array.from(COMPONENTS.map((name) => w[name]));
    this.weightSum = this.weights.reduce((a, b) => a + b, 0);
  }

  load(talent: TalentFeatures): void {
    if (this.talent === talent && !this.sparse) return;
    this.clearDense();
    const skills = talent.affinitySkills;
    for (let i = 0; i < skills.length; i++) {
      this.dense[skills[i]] = talent.affinityValues[i];
      this.denseByLevel.set(talent.affinityByLevel.subarray(i * LEVELS, i * LEVELS + LEVELS), skills[i] * LEVELS);
    }
    this.talent = this.denseTalent = talent;
    this.sparse = false;
  }

  /**
   * Loads a talent without scattering its affinities: coverage then binary-searches its sorted skill list.
   * For one position against many talents, where each talent meets only a handful of requirements and
   * scattering its whole affinity list would cost more than the searches. Same numbers as `load`.
   */
  loadSparse(talent: TalentFeatures): void {
    this.clearDense();
    this.talent = talent;
    this.sparse = true;
  }

  private clearDense(): void {
    const old = this.denseTalent;
    if (!old) return;
    for (let i = 0; i < old.affinitySkills.length; i++) {
      const skill = old.affinitySkills[i];
      this.dense[skill] = 0;
      this.denseByLevel.fill(0, skill * LEVELS, skill * LEVELS + LEVELS);
    }
    this.denseTalent = null;
  }

  /** Index of `skill` in the loaded talent's affinity list, or -1 (sparse mode). */
  private affinityIndex(skill: number): number {
    const skills = this.talent!.affinitySkills;
    let lo = 0;
    let hi = skills.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (skills[mid] === skill) return mid;
      if (skills[mid] < skill) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private affinity(skill: number): number {
    if (!this.sparse) return this.dense[skill];
    const i = this.affinityIndex(skill);
    return i < 0 ? 0 : this.talent!.affinityValues[i];
  }

  /** Coverage 0–1 of one required skill by the loaded talent, after the minimum-level discount. */
  requirementCoverage(position: PositionFeatures, r: number): number {
    const skill = position.requiredSkills[r];
    if (skill < 0) return this.talent!.evidenceText.includes(position.requiredNames[r]) ? 1 : 0;
    const min = position.requiredMinLevels[r];
    const floor = this.params.belowLevelFloor;
    if (this.sparse) {
      const i = this.affinityIndex(skill);
      return i < 0 ? 0 : levelCoverage(this.talent!.affinityByLevel, i * LEVELS, min, floor);
    }
    return this.dense[skill] === 0 ? 0 : levelCoverage(this.denseByLevel, skill * LEVELS, min, floor);
  }

  preferredCoverage(position: PositionFeatures, i: number): number {
    const skill = position.preferredSkills[i];
    if (skill < 0) return this.talent!.evidenceText.includes(position.preferredNames[i]) ? 1 : 0;
    return this.affinity(skill);
  }

  /** Fills `components` and `ineligible`; returns the total score 0–100. `relevance` is 0–1. */
  score(position: PositionFeatures, relevance: number): number {
    const t = this.talent!;
    const p = this.params;
    const c = this.components;
    let bits = Ineligible.None;
    c[Component.Relevance] = relevance;
    // Skill coverage refines among jobs of the talent's kind; it must not lift an unrelated job whose
    // short, generic list (办公软件, 安全生产) anyone covers. So it counts in proportion to relevance.
    const gate = p.skillsRelevanceGate > 0 ? Math.min(1, relevance / p.skillsRelevanceGate) : 1;
    c[Component.Skills] = this.skillsComponent(position) * gate;

    if (position.preferredMajors.length === 0) c[Component.Major] = p.neutral;
    else {
      let best = 0;
      for (let i = 0; i < t.majors.length; i++) {
        for (let j = 0; j < position.preferredMajors.length; j++) {
          const s = this.space.majorSimilarity(t.majors[i], position.preferredMajors[j]);
          if (s > best) best = s;
        }
      }
      c[Component.Major] = best;
    }

    if (position.minDegreeRank < 0) c[Component.Degree] = p.neutral;
    else if (t.degreeRank >= position.minDegreeRank) c[Component.Degree] = 1;
    else if (t.degreeRank >= 0 && t.degreeRank >= position.minDegreeRank - p.degreeTolerance) c[Component.Degree] = 0.5;
    else {
      c[Component.Degree] = 0;
      bits |= Ineligible.DegreeBelowMinimum;
    }

    c[Component.Experience] = levelFit(p, t.level, t.levelConfidence, position.level, position.levelConfidence, t.totalYears, position.minYears);
    if (position.minYears > 0 && t.totalYears < p.experienceHardShare * position.minYears) bits |= Ineligible.ExperienceFarBelow;

    if (position.city < 0 || t.city < 0) c[Component.Location] = p.neutral;
    else if (t.city === position.city) c[Component.Location] = 1;
    else if (t.willingToRelocate) c[Component.Location] = p.relocateScore;
    else if (position.flexibleLocation) c[Component.Location] = p.remoteScore;
    else {
      c[Component.Location] = 0;
      bits |= Ineligible.WillNotRelocate;
    }

    if (position.tierSought < 0 || t.tier < 0) c[Component.Tier] = p.neutral;
    else if (t.tier === position.tierSought) c[Component.Tier] = 1;
    else c[Component.Tier] = TIER_ADJACENT[t.tier][position.tierSought] ? p.adjacentTierScore : 0.2;

    c[Component.Salary] = salaryFit(p, t.expectSalaryMin, position.salaryMax);

    this.ineligible = bits;
    let total = 0;
    for (let i = 0; i < c.length; i++) total += this.weights[i] * c[i];
    return (100 * total) / this.weightSum;
  }

  private skillsComponent(position: PositionFeatures): number {
    const required = position.requiredSkills.length;
    let requiredScore = this.params.neutral;
    if (required > 0) {
      let got = 0;
      let total = 0;
      for (let r = 0; r < required; r++) {
        const w = position.requiredWeights[r];
        total += w;
        got += w * this.requirementCoverage(position, r);
      }
      requiredScore = got / total;
    }
    // Without requirements a preferred list is an inventory of tools, which the relevance ranker already
    // reads as words: the skills component then stays neutral rather than count the same evidence twice.
    const preferred = required > 0 ? position.preferredSkills.length : 0;
    if (preferred === 0) return requiredScore;
    let pref = 0;
    let total = 0;
    for (let i = 0; i < preferred; i++) {
      const w = position.preferredWeights[i];
      total += w;
      pref += w * this.preferredCoverage(position, i);
    }
    const share = this.params.preferredSkillShare;
    return (1 - share) * requiredScore + (share * pref) / total;
  }
}
