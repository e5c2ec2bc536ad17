import type { EngineParams } from '../score/engine-params';
import type { FeatureSpace } from '../score/feature-space';
import { COMPONENTS } from '../score/pair-scorer';
import { LEVELS, levelCoverage, type PackedPositions, type TalentFeatures } from '../score/profile-features';
import { TopKHeap } from '../index/top-k';
import { StructuredClasses } from './structured-classes';

/** Slack on both sides of a pruning bound: bounds are f64, stored scores f32 (≈ 1e-5 on 0–100). */
const MARGIN = 1e-3;
/** Histogram of lower bounds on 0–100 (a bit over, for rounding), 0.05 wide. */
const BINS_PER_POINT = 20;
const BIN_COUNT = 101 * BINS_PER_POINT;

/**
 * PairScorer.score for one talent against every position of a generation, over PackedPositions' flat
 * arrays. Same arithmetic in the same order (components rounded to float32 as PairScorer stores them,
 * then the weighted sum), so a row equals the pair scores exactly; only constants are hoisted.
 *
 * Major, degree, experience, location and tier come per class of positions from StructuredClasses.
 *
 * For a full top-k, `scoreRowForTopK` skips pairs that provably cannot enter the talent's k best or the
 * position's current list: skills = 0 bounds every pair from below (so the talent's k-th best too), skills
 * = 1 from above; only pairs whose upper bound reaches either floor get the skills component.
 */
export class RowScorer {
  private readonly dense: Float32Array;
  private readonly denseByLevel: Float32Array;
  private talent!: TalentFeatures;
  private readonly w: Float32Array;
  private readonly weightSum: number;
  /** 100 / weightSum: for bounds only; scores divide as PairScorer does. */
  private readonly scale: number;
  private readonly classes: StructuredClasses;
  /** Per unresolved skill name: 1/0 (is it in the talent's evidence text?), -1 not yet looked up. */
  private evidence = new Float64Array(0);
  private readonly bins = new Uint32Array(BIN_COUNT);
  /** Scratch of `scoreRowForTopK`: pairs waiting on the talent's floor, and the talent's best exact scores. */
  private readonly deferred: Int32Array;
  private readonly deferredUpper: Float64Array;
  /**
   * Positions grouped by class (CSR: class c's are classMembers[classStart[c] … classStart[c + 1] − 1]), so a
   * row visits only the classes the talent is eligible for: most pairs are ineligible (degree, years, place).
   */
  private readonly classStart: Int32Array;
  private readonly classMembers: Int32Array;
  /** Scratch of `scoreRowForTopK`: the eligible positions and their lower bounds (skills = 0) on 0–100. */
  readonly eligibleAt: Int32Array;
  private eligibleCount = 0;
  private readonly lowerBound: Float64Array;
  private best = new TopKHeap(1);

  constructor(
    space: FeatureSpace,
    private readonly params: EngineParams,
    private readonly table: PackedPositions,
  ) {
    this.dense = new Float32Array(space.skillCount);
    this.denseByLevel = new Float32Array(space.skillCount * LEVELS);
    this.w = Float32Array.from(COMPONENTS.map((name) => params.weights[name]));
    this.weightSum = this.w.reduce((a, b) => a + b, 0);
    this.scale = 100 / this.weightSum;
    this.classes = new StructuredClasses(space, params, table, this.w);
    this.deferred = new Int32Array(table.count);
    this.deferredUpper = new Float64Array(table.count);
    this.lowerBound = new Float64Array(table.count);
    this.eligibleAt = new Int32Array(table.count);
    const classOf = this.classes.classOf;
    this.classStart = new Int32Array(this.classes.count + 1);
    for (let i = 0; i < table.count; i++) this.classStart[classOf[i] + 1]++;
    for (let c = 0; c < this.classes.count; c++) this.classStart[c + 1] += this.classStart[c];
    const cursor = this.classStart.slice(0, this.classes.count);
    this.classMembers = new Int32Array(table.count);
    for (let i = 0; i < table.count; i++) this.classMembers[cursor[classOf[i]]++] = i;
  }

  /** Scatters the talent's skill affinities (as PairScorer.load) and computes its structured components. */
  load(talent: TalentFeatures): void {
    if (this.talent === talent) return;
    const { dense, denseByLevel } = this;
    if (this.talent) {
      for (const s of this.talent.affinitySkills) {
        dense[s] = 0;
        denseByLevel.fill(0, s * LEVELS, s * LEVELS + LEVELS);
      }
    }
    for (let i = 0; i < talent.affinitySkills.length; i++) {
      const skill = talent.affinitySkills[i];
      dense[skill] = talent.affinityValues[i];
      denseByLevel.set(talent.affinityByLevel.subarray(i * LEVELS, i * LEVELS + LEVELS), skill * LEVELS);
    }
    this.talent = talent;
    if (this.evidence.length < this.table.unresolvedNames.length) this.evidence = new Float64Array(this.table.unresolvedNames.length);
    this.evidence.fill(-1);
    this.classes.load(talent);
  }

  /** Every position's score and eligibility (1/0) for the loaded talent, given relevance 0–1 per position. */
  scoreRow(relevance: Float32Array, scores: Float32Array, eligible: Uint8Array): void {
    for (let i = 0; i < this.table.count; i++) {
      eligible[i] = this.classes.bits[this.classes.classOf[i]] === 0 ? 1 : 0;
      scores[i] = this.totalAt(i, relevance[i]);
    }
  }

  /**
   * The loaded talent's eligible positions, in index order, into `eligibleAt` (read by `scoreRowForTopK`):
   * how many. Collected before relevance so that a full top-k fuses relevance only where it is read.
   */
  collectEligible(): number {
    const { bits, sum, classOf } = this.classes;
    const eligibleAt = this.eligibleAt;
    let count = 0;
    // In index order, so that every later pass over the row reads its arrays front to back.
    for (let i = 0; i < this.table.count; i++) {
      const c = classOf[i];
      if (bits[c] === 0 && sum[c] >= 0) eligibleAt[count++] = i;
    }
    return (this.eligibleCount = count);
  }

  /**
   * The eligible pairs that may enter the talent's k best positions or a position's list, whose current
   * k-th score is `positionFloors[i]` (-Infinity while shorter than k): their positions (in no particular
   * order) into `positions` and exact scores into `scores`. Returns how many. Reads the positions of the
   * last `collectEligible` and `relevance` at those positions only.
   */
  scoreRowForTopK(relevance: Float32Array, k: number, positionFloors: Float32Array, positions: Int32Array, scores: Float32Array): number {
    if (this.best.capacity !== k) this.best = new TopKHeap(k);
    const a0 = this.scale * this.w[0];
    const a1 = this.scale * this.w[1];
    const gateAt = this.params.skillsRelevanceGate;
    const invGate = gateAt > 0 ? 1 / gateAt : Infinity;
    // Bounds on 0–100: lower = a0·relevance + base (skills = 0), upper adds a1·gate (skills = 1), where base
    // is the class's structured share. The talent's k-th best lower bound, to a bin's width: a histogram
    // instead of a heap (no per-pair sifting); the bin's lower edge never exceeds the true k-th bound, so the
    // floor stays safe. The lower bounds are kept for the second pass.
    const bins = this.bins;
    bins.fill(0);
    const { eligibleAt, lowerBound, eligibleCount } = this;
    const classOf = this.classes.classOf;
    const sum = this.classes.sum;
    const scale = this.scale;
    for (let e = 0; e < eligibleCount; e++) {
      const i = eligibleAt[e];
      const lower = a0 * relevance[i] + scale * sum[classOf[i]];
      lowerBound[e] = lower;
      bins[Math.min(BIN_COUNT - 1, (lower * BINS_PER_POINT) | 0)]++;
    }
    let talentFloor = -Infinity;
    if (eligibleCount >= k) {
      let seen = 0;
      let b = BIN_COUNT - 1;
      while ((seen += bins[b]) < k) b--;
      talentFloor = b / BINS_PER_POINT - MARGIN;
    }
    // Pairs a position's list may take are scored now; pairs only the talent's list may take are deferred,
    // with their upper bound, and their bounds histogrammed to find the most promising k.
    const deferred = this.deferred;
    const deferredUpper = this.deferredUpper;
    const best = this.best;
    best.clear();
    bins.fill(0);
    let count = 0;
    let waiting = 0;
    for (let e = 0; e < eligibleCount; e++) {
      const i = eligibleAt[e];
      const lower = lowerBound[e];
      const rel = relevance[i];
      // (a0·rel + b) + a1·gate + margin: the same sum, in the same order, as before the split.
      const upper = lower + a1 * Math.min(1, rel * invGate) + MARGIN;
      if (upper >= positionFloors[i]) {
        positions[count] = i;
        best.push(i, (scores[count++] = this.totalAt(i, rel)));
      } else if (upper >= talentFloor) {
        deferred[waiting] = i;
        deferredUpper[waiting++] = upper;
        bins[Math.min(BIN_COUNT - 1, (upper * BINS_PER_POINT) | 0)]++;
      }
    }
    // Score the deferred pairs with the k highest bounds first: their exact scores raise the talent's
    // floor from the skills = 0 bound to a real k-th score, and the rest are scored only if they reach it.
    let cut = BIN_COUNT - 1;
    for (let seen = bins[cut]; seen < k && cut > 0; seen += bins[--cut]);
    const cutScore = cut / BINS_PER_POINT;
    for (let pass = 0; pass < 2; pass++) {
      for (let j = 0; j < waiting; j++) {
        const upper = deferredUpper[j];
        if (pass === 0 ? upper < cutScore : upper >= cutScore || (best.size === k && upper < best.worstScore)) continue;
        const i = deferred[j];
        positions[count] = i;
        best.push(i, (scores[count++] = this.totalAt(i, relevance[i])));
      }
    }
    return count;
  }

  /** The score of position i: the skills component, then the weighted sum with its class's components. */
  private totalAt(i: number, relevance: number): number {
    const p = this.params;
    const tb = this.table;
    const { dense, denseByLevel, evidence } = this;
    let requiredScore = p.neutral;
    const rStart = tb.requiredOffsets[i];
    const rEnd = tb.requiredOffsets[i + 1];
    if (rEnd > rStart) {
      const { requiredWeights, requiredSkills, requiredNameIds, requiredMinLevels } = tb;
      const floor = p.belowLevelFloor;
      let got = 0;
      let total = 0;
      for (let r = rStart; r < rEnd; r++) {
        const weight = requiredWeights[r];
        total += weight;
        const skill = requiredSkills[r];
        let coverage: number;
        if (skill < 0) {
          const id = requiredNameIds[r];
          coverage = evidence[id] >= 0 ? evidence[id] : this.evidenceHit(id);
        } else {
          coverage = dense[skill] === 0 ? 0 : levelCoverage(denseByLevel, skill * LEVELS, requiredMinLevels[r], floor);
        }
        got += weight * coverage;
      }
      requiredScore = got / total;
    }
    let skills = requiredScore;
    const pStart = tb.preferredOffsets[i];
    const pEnd = tb.preferredOffsets[i + 1];
    // As PairScorer: a preferred list counts only beside requirements.
    if (pEnd > pStart && rEnd > rStart) {
      const { preferredNameIds, preferredWeights, preferredSkills } = tb;
      let pref = 0;
      let total = 0;
      for (let k = pStart; k < pEnd; k++) {
        const id = preferredNameIds[k];
        const weight = preferredWeights[k];
        total += weight;
        pref += weight * (id < 0 ? dense[preferredSkills[k]] : evidence[id] >= 0 ? evidence[id] : this.evidenceHit(id));
      }
      const share = p.preferredSkillShare;
      skills = (1 - share) * requiredScore + (share * pref) / total;
    }
    const gate = p.skillsRelevanceGate > 0 ? Math.min(1, relevance / p.skillsRelevanceGate) : 1;
    const w = this.w;
    const k = this.classes;
    const c = k.classOf[i];
    let sum = w[0] * relevance;
    sum += w[1] * Math.fround(skills * gate);
    sum += w[2] * k.setValue[k.classSet[c]];
    sum += w[3] * k.degreeValue[k.classDegree[c]];
    sum += w[4] * k.yearsValue[k.classYears[c]];
    sum += w[5] * k.placeValue[k.classPlace[c]];
    sum += w[6] * k.tierValue[k.classTier[c]];
    sum += w[7] * k.payValue[k.classPay[c]];
    return (100 * sum) / this.weightSum;
  }

  private evidenceHit(id: number): number {
    return (this.evidence[id] = this.talent.evidenceText.includes(this.table.unresolvedNames[id]) ? 1 : 0);
  }
}
