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
  /** Per class, for the loaded talent: rounded components, their weighted sum (major…tier), Ineligible bits. */
  readonly major: Float32Array;
  readonly degree: Float32Array;
  readonly experience: Float32Array;
  readonly location: Float32Array;
  readonly tier: Float32Array;
  readonly salary: Float32Array;
  readonly sum: Float64Array;
  readonly bits: Uint8Array;
  private readonly classSet: Int32Array;
  private readonly classDegree: Int32Array;
  private readonly classYears: Int32Array;
  private readonly classPlace: Int32Array;
  private readonly classTier: Int32Array;
  private readonly classPay: Int32Array;
  private readonly pays: number[];
  private readonly payValue: Float32Array;
  private readonly sets: Int32Array[];
  private readonly years: { years: number; level: number; confidence: number }[];
  private readonly places: { city: number; flexible: boolean }[];
  private readonly distinctMajors: Int32Array;
  private readonly majorBest: Float32Array;
  private readonly setValue: Float32Array;
  private readonly degreeValue = new Float32Array(DEGREE_SLOTS);
  private readonly degreeBits = new Uint8Array(DEGREE_SLOTS);
  private readonly yearsValue: Float32Array;
  private readonly yearsBits: Uint8Array;
  private readonly placeValue: Float32Array;
  private readonly placeBits: Uint8Array;
  private readonly tierValue = new Float32Array(TIER_SLOTS);

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
    [this.major, this.degree, this.experience, this.location, this.tier, this.salary] = [0, 1, 2, 3, 4, 5].map(() => new Float32Array(this.count));
    this.sum = new Float64Array(this.count);
    this.bits = new Uint8Array(this.count);
    this.distinctMajors = Int32Array.from(new Set(table.majors)).filter((m) => m >= 0);
    this.majorBest = new Float32Array(Math.max(0, ...this.distinctMajors) + 1);
    this.setValue = new Float32Array(this.sets.length);
    this.yearsValue = new Float32Array(this.years.length);
    this.yearsBits = new Uint8Array(this.years.length);
    this.placeValue = new Float32Array(this.places.length);
    this.placeBits = new Uint8Array(this.places.length);
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
    const w = this.weights;
    const { major, degree, experience, location, tier, salary, sum, bits } = this;
    const { classSet, classDegree, classYears, classPlace, classTier, classPay } = this;
    const { setValue, degreeValue, yearsValue, placeValue, tierValue, payValue, degreeBits, yearsBits, placeBits } = this;
    const w2 = w[2];
    const w3 = w[3];
    const w4 = w[4];
    const w5 = w[5];
    const w6 = w[6];
    const w7 = w[7];
    for (let c = 0; c < this.count; c++) {
      const ma = (major[c] = setValue[classSet[c]]);
      const de = (degree[c] = degreeValue[classDegree[c]]);
      const ex = (experience[c] = yearsValue[classYears[c]]);
      const lo = (location[c] = placeValue[classPlace[c]]);
      const ti = (tier[c] = tierValue[classTier[c]]);
      const sa = (salary[c] = payValue[classPay[c]]);
      sum[c] = w2 * ma + w3 * de + w4 * ex + w5 * lo + w6 * ti + w7 * sa;
      bits[c] = degreeBits[classDegree[c]] | yearsBits[classYears[c]] | placeBits[classPlace[c]];
    }
  }
}
