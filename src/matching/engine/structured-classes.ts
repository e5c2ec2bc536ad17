import type { EngineParams } from '../score/engine-params';
import type { FeatureSpace } from '../score/feature-space';
import { TIER_ADJACENT } from '../score/pair-scorer';
import type { PackedPositions, TalentFeatures } from '../score/profile-features';
import { levelFit, salaryFit } from '../score/level-fit';

const TIER_ADJACENT_FLAT = Uint8Array.from(TIER_ADJACENT.flat());
// Ineligible bits (pair-scorer.ts); literals, as the compiled enum is a getter on the module object.
const DEGREE_BELOW = 1;
const EXPERIENCE_BELOW = 2;
const WILL_NOT_RELOCATE = 4;
/** Degree ranks -1 (none asked) … 4 (doctorate); tiers -1 … 3. */
const DEGREE_SLOTS = 6;
const TIER_SLOTS = 5;

/** Distinct values of a key, in first-seen order, and each item's index among them. */
function intern<T>(count: number, keyOf: (i: number) => string, valueOf: (i: number) => T): { of: Int32Array; values: T[] } {
  const ids = new Map<string, number>();
  const values: T[] = [];
  const of = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const key = keyOf(i);
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = values.length));
      values.push(valueOf(i));
    }
    of[i] = id;
  }
  return { of, values };
}

/**
 * The structured components of PairScorer (major, degree, experience (level fit), location, tier, salary) for one talent
 * against every position, without a per-pair branch cascade. Each component depends on one attribute of
 * the position, and positions share few distinct values (degree levels, whole years, a few cities, lists
 * of majors from one catalogue): per talent, each component is computed once per distinct value, then
 * combined once per class of positions that agree on all of them (hundreds of classes for thousands of
 * positions). The formulas and float32 rounding are PairScorer.score's.
 */
export class StructuredClasses {
  readonly classOf: Int32Array;
  readonly count: number;
  /** Per class, for the loaded talent: the weighted sum of its structured components (major…salary), Ineligible bits. */
  readonly sum: Float64Array;
  readonly bits: Uint8Array;
  /**
   * Per class, the index of its value of each attribute; the loaded talent's rounded component for that
   * value is in the matching `…Value` array (component of class c: setValue[classSet[c]], …). Read through
   * the index rather than copied per class: a row needs the components of the few pairs it scores, but
   * every class's sum and bits.
   */
  readonly classSet: Int32Array;
  readonly classDegree: Int32Array;
  readonly classYears: Int32Array;
  readonly classPlace: Int32Array;
  readonly classTier: Int32Array;
  readonly classPay: Int32Array;
  private readonly pays: number[];
  readonly payValue: Float32Array;
  private readonly sets: Int32Array[];
  private readonly years: { years: number; level: number; confidence: number }[];
  private readonly places: { city: number; flexible: boolean }[];
  private readonly distinctMajors: Int32Array;
  private readonly majorBest: Float32Array;
  readonly setValue: Float32Array;
  readonly degreeValue = new Float32Array(DEGREE_SLOTS);
  private readonly degreeBits = new Uint8Array(DEGREE_SLOTS);
  readonly yearsValue: Float32Array;
  private readonly yearsBits: Uint8Array;
  readonly placeValue: Float32Array;
  private readonly placeBits: Uint8Array;
  readonly tierValue = new Float32Array(TIER_SLOTS);
  /** Each value array times its component's weight (float64), so a class's sum is six reads and adds. */
  private readonly weightedSet: Float64Array;
  private readonly weightedDegree = new Float64Array(DEGREE_SLOTS);
  private readonly weightedYears: Float64Array;
  private readonly weightedPlace: Float64Array;
  private readonly weightedTier = new Float64Array(TIER_SLOTS);
  private readonly weightedPay: Float64Array;

  constructor(
    private readonly space: FeatureSpace,
    private readonly params: EngineParams,
    table: PackedPositions,
    private readonly weights: Float32Array,
  ) {
    const n = table.count;
    const majorsOf = (i: number) => table.majors.subarray(table.majorOffsets[i], table.majorOffsets[i + 1]);
    const sets = intern(n, (i) => majorsOf(i).join(','), (i) => majorsOf(i).slice());
    const years = intern(
      n,
      (i) => `${table.minYears[i]}|${table.level[i]}|${table.levelConfidence[i]}`,
      (i) => ({ years: table.minYears[i], level: table.level[i], confidence: table.levelConfidence[i] }),
    );
    const pay = intern(n, (i) => String(table.salaryMax[i]), (i) => table.salaryMax[i]);
    const places = intern(n, (i) => `${table.city[i]}|${table.flexibleLocation[i]}`, (i) => ({ city: table.city[i], flexible: table.flexibleLocation[i] === 1 }));
    const key = (i: number) => `${sets.of[i]}|${table.minDegreeRank[i]}|${years.of[i]}|${places.of[i]}|${table.tierSought[i]}|${pay.of[i]}`;
    const classes = intern(n, key, (i) => i);
    this.classOf = classes.of;
    const reps = classes.values;
    this.count = reps.length;
    this.classSet = Int32Array.from(reps, (i) => sets.of[i]);
    this.classDegree = Int32Array.from(reps, (i) => table.minDegreeRank[i] + 1);
    this.classYears = Int32Array.from(reps, (i) => years.of[i]);
    this.classPlace = Int32Array.from(reps, (i) => places.of[i]);
    this.classTier = Int32Array.from(reps, (i) => table.tierSought[i] + 1);
    this.classPay = Int32Array.from(reps, (i) => pay.of[i]);
    this.sets = sets.values;
    this.years = years.values;
    this.pays = pay.values;
    this.payValue = new Float32Array(this.pays.length);
    this.places = places.values;
    this.sum = new Float64Array(this.count);
    this.bits = new Uint8Array(this.count);
    this.distinctMajors = Int32Array.from(new Set(table.majors)).filter((m) => m >= 0);
    this.majorBest = new Float32Array(Math.max(0, ...this.distinctMajors) + 1);
    this.setValue = new Float32Array(this.sets.length);
    this.yearsValue = new Float32Array(this.years.length);
    this.yearsBits = new Uint8Array(this.years.length);
    this.placeValue = new Float32Array(this.places.length);
    this.placeBits = new Uint8Array(this.places.length);
    this.weightedSet = new Float64Array(this.sets.length);
    this.weightedYears = new Float64Array(this.years.length);
    this.weightedPlace = new Float64Array(this.places.length);
    this.weightedPay = new Float64Array(this.pays.length);
  }

  /**
   * Computes the loaded talent's components per distinct attribute value, then per class. Runs once per
   * talent row (100k times in a full recompute), hence plain loops: no closures, no destructured pairs.
   */
  load(t: TalentFeatures): void {
    const p = this.params;
    const f = Math.fround;
    const neutral = f(p.neutral);
    const majorBest = this.majorBest;
    const talentMajors = t.majors;
    for (let k = 0; k < this.distinctMajors.length; k++) {
      const m = this.distinctMajors[k];
      let best = 0;
      for (let a = 0; a < talentMajors.length; a++) best = Math.max(best, this.space.majorSimilarity(talentMajors[a], m));
      majorBest[m] = best;
    }
    for (let s = 0; s < this.sets.length; s++) {
      const set = this.sets[s];
      // A major that did not intern (-1) has similarity 0 to everything, as in FeatureSpace.majorSimilarity.
      let best = 0;
      for (let j = 0; j < set.length; j++) if (set[j] >= 0) best = Math.max(best, majorBest[set[j]]);
      this.setValue[s] = set.length === 0 ? neutral : best;
    }
    for (let slot = 0; slot < DEGREE_SLOTS; slot++) {
      const min = slot - 1;
      let value: number;
      let bits = 0;
      if (min < 0) value = neutral;
      else if (t.degreeRank >= min) value = 1;
      else if (t.degreeRank >= 0 && t.degreeRank >= min - p.degreeTolerance) value = 0.5;
      else {
        value = 0;
        bits = DEGREE_BELOW;
      }
      this.degreeValue[slot] = value;
      this.degreeBits[slot] = bits;
    }
    for (let y = 0; y < this.years.length; y++) {
      const { years, level, confidence } = this.years[y];
      this.yearsValue[y] = f(levelFit(p, t.level, t.levelConfidence, level, confidence, t.totalYears, years));
      this.yearsBits[y] = years > 0 && t.totalYears < p.experienceHardShare * years ? EXPERIENCE_BELOW : 0;
    }
    for (let k = 0; k < this.pays.length; k++) this.payValue[k] = f(salaryFit(p, t.expectSalaryMin, this.pays[k]));
    for (let l = 0; l < this.places.length; l++) {
      const { city, flexible } = this.places[l];
      let value: number;
      let bits = 0;
      if (city < 0 || t.city < 0) value = neutral;
      else if (t.city === city) value = 1;
      else if (t.willingToRelocate) value = f(p.relocateScore);
      else if (flexible) value = f(p.remoteScore);
      else {
        value = 0;
        bits = WILL_NOT_RELOCATE;
      }
      this.placeValue[l] = value;
      this.placeBits[l] = bits;
    }
    for (let slot = 0; slot < TIER_SLOTS; slot++) {
      const sought = slot - 1;
      this.tierValue[slot] =
        sought < 0 || t.tier < 0 ? neutral
        : t.tier === sought ? 1
        : TIER_ADJACENT_FLAT[t.tier * 4 + sought] ? f(p.adjacentTierScore)
        : f(0.2);
    }
    // w·value in float64, then the sum in the order PairScorer adds them: the same doubles as before.
    const w = this.weights;
    weigh(this.weightedSet, this.setValue, w[2]);
    weigh(this.weightedDegree, this.degreeValue, w[3]);
    weigh(this.weightedYears, this.yearsValue, w[4]);
    weigh(this.weightedPlace, this.placeValue, w[5]);
    weigh(this.weightedTier, this.tierValue, w[6]);
    weigh(this.weightedPay, this.payValue, w[7]);
    const { sum, bits, classSet, classDegree, classYears, classPlace, classTier, classPay, degreeBits, yearsBits, placeBits } = this;
    const { weightedSet, weightedDegree, weightedYears, weightedPlace, weightedTier, weightedPay } = this;
    for (let c = 0; c < this.count; c++) {
      const de = classDegree[c];
      const ye = classYears[c];
      const pl = classPlace[c];
      sum[c] = weightedSet[classSet[c]] + weightedDegree[de] + weightedYears[ye] + weightedPlace[pl] + weightedTier[classTier[c]] + weightedPay[classPay[c]];
      bits[c] = degreeBits[de] | yearsBits[ye] | placeBits[pl];
    }
  }
}

function weigh(out: Float64Array, values: Float32Array, weight: number): void {
  for (let i = 0; i < values.length; i++) out[i] = weight * values[i];
}
