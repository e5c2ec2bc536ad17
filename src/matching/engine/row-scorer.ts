import type { EngineParams } from '../score/engine-params';
import type { FeatureSpace } from '../score/feature-space';
import { COMPONENTS, Ineligible, TIER_ADJACENT } from '../score/pair-scorer';
import type { PackedPositions, TalentFeatures } from '../score/profile-features';
import { TopKHeap } from '../index/top-k';

const TIER_ADJACENT_FLAT = Uint8Array.from(TIER_ADJACENT.flat());
/** Slack on both sides of a pruning bound: the bound is f64, the stored score f32 (≈ 1e-5 on 0–100). */
const MARGIN = 1e-3;

/**
 * PairScorer.score for one talent against every position of a generation, over the flat arrays of
 * PackedPositions. The arithmetic is PairScorer's, in the same order (components rounded to float32 as
 * PairScorer stores them, then the weighted sum), so a row equals the pair scores exactly; only the
 * constants are hoisted and objects are not touched.
 *
 * Pass 1 computes the cheap structured components (major, degree, experience, location, tier) and the
 * eligibility bits; pass 2 the skills component, which loops over the requirements. For a full top-k,
 * pass 2 can skip a pair whose upper bound (skills = 1) cannot beat the talent's k-th lower bound (skills = 0)
 * nor the position's current k-th score: such a pair cannot enter either list, so the result stays exact.
 */
export class RowScorer {
  private readonly dense: Float32Array;
  private readonly denseLevel: Uint8Array;
  private talent: TalentFeatures | null = null;
  private readonly weights: Float32Array;
  private readonly weightSum: number;
  /** Per position, pass 1's rounded components and lower bound (0–100, skills = 0). */
  private readonly major: Float32Array;
  private readonly degree: Float32Array;
  private readonly experience: Float32Array;
  private readonly location: Float32Array;
  private readonly tier: Float32Array;
  private readonly lower: Float64Array;
  private evidence = new Float64Array(0);

  constructor(
    private readonly space: FeatureSpace,
    private readonly params: EngineParams,
    private readonly table: PackedPositions,
  ) {
    this.dense = new Float32Array(space.skillCount);
    this.denseLevel = new Uint8Array(space.skillCount);
    this.weights = Float32Array.from(COMPONENTS.map((name) => params.weights[name]));
    this.weightSum = this.weights.reduce((a, b) => a + b, 0);
    const n = table.count;
    [this.major, this.degree, this.experience, this.location, this.tier] = [0, 1, 2, 3, 4].map(() => new Float32Array(n));
    this.lower = new Float64Array(n);
  }

  /** Scatters the talent's sparse skill affinities into the dense scratch arrays (as PairScorer.load). */
  load(talent: TalentFeatures): void {
    if (this.talent === talent) return;
    const { dense, denseLevel } = this;
    if (this.talent) for (const s of this.talent.affinitySkills) dense[s] = 0;
    const skills = talent.affinitySkills;
    for (let i = 0; i < skills.length; i++) {
      dense[skills[i]] = talent.affinityValues[i];
      denseLevel[skills[i]] = talent.affinityLevels[i];
    }
    this.talent = talent;
  }

  /** Every position's score and eligibility (1/0) for the loaded talent, given relevance 0–1 per position. */
  scoreRow(relevance: Float32Array, scores: Float32Array, eligible: Uint8Array): void {
    this.structured(relevance, eligible);
    this.skillsAndTotal(relevance, scores, eligible, false, 0, null);
  }

  /**
   * The pairs that may enter the talent's top k (eligible only) or a position's list, whose current worst
   * score is `positionFloors[i]` (-Infinity while it holds fewer than k): those get their exact score;
   * every other pair gets -1. Returns the number scored.
   */
  scoreRowForTopK(relevance: Float32Array, k: number, positionFloors: Float64Array, scores: Float32Array, eligible: Uint8Array): number {
    this.structured(relevance, eligible);
    const heap = new TopKHeap(k);
    const lower = this.lower;
    let floor = -Infinity;
    for (let i = 0; i < lower.length; i++) {
      if (eligible[i] === 1 && lower[i] > floor) {
        heap.push(i, lower[i]);
        if (heap.size === k) floor = heap.worstScore;
      }
    }
    return this.skillsAndTotal(relevance, scores, eligible, true, heap.size === k ? floor - MARGIN : -Infinity, positionFloors);
  }

  private structured(relevance: Float32Array, eligible: Uint8Array): void {
    const t = this.talent!;
    const p = this.params;
    const tb = this.table;
    const fr = Math.fround;
    const neutral = fr(p.neutral);
    const relocate = fr(p.relocateScore);
    const remote = fr(p.remoteScore);
    const adjacent = fr(p.adjacentTierScore);
    const farTier = fr(0.2);
    const { majorOffsets, majors } = tb;
    const [w0, , w2, w3, w4, w5, w6] = this.weights;
    const scale = 100 / this.weightSum;
    const tMajors = t.majors;
    const space = this.space;
    for (let i = 0; i < tb.count; i++) {
      let bits = 0;
      let major = neutral;
      const mEnd = majorOffsets[i + 1];
      if (mEnd > majorOffsets[i]) {
        major = 0;
        for (let a = 0; a < tMajors.length; a++) {
          for (let m = majorOffsets[i]; m < mEnd; m++) {
            const sim = space.majorSimilarity(tMajors[a], majors[m]);
            if (sim > major) major = sim;
          }
        }
      }
      let degree = neutral;
      const minDegree = tb.minDegreeRank[i];
      if (minDegree >= 0) {
        if (t.degreeRank >= minDegree) degree = 1;
        else if (t.degreeRank >= 0 && t.degreeRank >= minDegree - p.degreeTolerance) degree = 0.5;
        else {
          degree = 0;
          bits |= Ineligible.DegreeBelowMinimum;
        }
      }
      let experience = neutral;
      const minYears = tb.minYears[i];
      if (minYears > 0) {
        experience = fr(Math.min(1, t.totalYears / minYears));
        if (t.totalYears < p.experienceHardShare * minYears) bits |= Ineligible.ExperienceFarBelow;
      }
      let location = neutral;
      const city = tb.city[i];
      if (city >= 0 && t.city >= 0) {
        if (t.city === city) location = 1;
        else if (t.willingToRelocate) location = relocate;
        else if (tb.flexibleLocation[i]) location = remote;
        else {
          location = 0;
          bits |= Ineligible.WillNotRelocate;
        }
      }
      let tier = neutral;
      const sought = tb.tierSought[i];
      if (sought >= 0 && t.tier >= 0) tier = t.tier === sought ? 1 : TIER_ADJACENT_FLAT[t.tier * 4 + sought] ? adjacent : farTier;
      this.major[i] = major;
      this.degree[i] = degree;
      this.experience[i] = experience;
      this.location[i] = location;
      this.tier[i] = tier;
      this.lower[i] = scale * (w0 * relevance[i] + w2 * major + w3 * degree + w4 * experience + w5 * location + w6 * tier);
      eligible[i] = bits === 0 ? 1 : 0;
    }
  }

  private skillsAndTotal(
    relevance: Float32Array,
    scores: Float32Array,
    eligible: Uint8Array,
    prune: boolean,
    talentFloor: number,
    positionFloors: Float64Array | null,
  ): number {
    const p = this.params;
    const tb = this.table;
    const { dense, denseLevel, lower } = this;
    const { requiredOffsets, requiredSkills, requiredWeights, requiredMinLevels, requiredNameIds } = tb;
    const { preferredOffsets, preferredSkills, preferredNameIds } = tb;
    const names = tb.unresolvedNames;
    const evidence = this.resetEvidence(names.length);
    const [w0, w1, w2, w3, w4, w5, w6] = this.weights;
    const weightSum = this.weightSum;
    const scale = 100 / weightSum;
    const gateAt = p.skillsRelevanceGate;
    const floor = p.belowLevelFloor;
    const share = p.preferredSkillShare;
    let scored = 0;
    for (let i = 0; i < tb.count; i++) {
      const rel = relevance[i];
      const gate = gateAt > 0 ? Math.min(1, rel / gateAt) : 1;
      if (prune) {
        const upper = lower[i] + scale * w1 * gate + MARGIN;
        if (eligible[i] === 0 || (upper < talentFloor && upper < positionFloors![i])) {
          scores[i] = -1;
          continue;
        }
      }
      let requiredScore = p.neutral;
      const rEnd = requiredOffsets[i + 1];
      if (rEnd > requiredOffsets[i]) {
        let got = 0;
        let total = 0;
        for (let r = requiredOffsets[i]; r < rEnd; r++) {
          const w = requiredWeights[r];
          total += w;
          const skill = requiredSkills[r];
          let coverage: number;
          if (skill < 0) {
            const id = requiredNameIds[r];
            coverage = evidence[id] >= 0 ? evidence[id] : this.evidenceHit(id, names);
          } else {
            const value = dense[skill];
            const level = denseLevel[skill];
            const min = requiredMinLevels[r];
            coverage = value === 0 || level >= min ? value : value * (floor + ((1 - floor) * level) / min);
          }
          got += w * coverage;
        }
        requiredScore = got / total;
      }
      let skills = requiredScore;
      const pStart = preferredOffsets[i];
      const pEnd = preferredOffsets[i + 1];
      if (pEnd > pStart) {
        let pref = 0;
        for (let k = pStart; k < pEnd; k++) {
          const id = preferredNameIds[k];
          pref += id < 0 ? dense[preferredSkills[k]] : evidence[id] >= 0 ? evidence[id] : this.evidenceHit(id, names);
        }
        skills = (1 - share) * requiredScore + (share * pref) / (pEnd - pStart);
      }
      let sum = w0 * rel;
      sum += w1 * Math.fround(skills * gate);
      sum += w2 * this.major[i];
      sum += w3 * this.degree[i];
      sum += w4 * this.experience[i];
      sum += w5 * this.location[i];
      sum += w6 * this.tier[i];
      scores[i] = (100 * sum) / weightSum;
      scored++;
    }
    return scored;
  }

  /** Unresolved requirement names are looked up in the talent's evidence text once per row, when first asked. */
  private resetEvidence(count: number): Float64Array {
    if (this.evidence.length < count) this.evidence = new Float64Array(count);
    this.evidence.fill(-1, 0, count);
    return this.evidence;
  }

  private evidenceHit(id: number, names: readonly string[]): number {
    return (this.evidence[id] = this.talent!.evidenceText.includes(names[id]) ? 1 : 0);
  }
}
