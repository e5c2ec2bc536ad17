import { degreeRank, Tier, TIERS } from '../../domain/vocabulary';
import { normalise } from '../text/normalise';
import type { PositionProfile, TalentProfile } from '../types';
import { EngineParams } from './engine-params';
import { FeatureSpace } from './feature-space';
import { payRange, positionSeniority, talentSeniority, talentYears } from './level-fit';

/**
 * Profiles compiled once into typed arrays over the FeatureSpace's integer ids. Scoring a pair then
 * reads arrays only: no strings, no allocation.
 */
export interface TalentFeatures {
  /** Skills the talent has or is close to (taxonomy neighbours), sorted by skill index. */
  affinitySkills: Int32Array;
  /** Best hierarchy similarity reached for each affinity skill, 0–1, at any level. */
  affinityValues: Float32Array;
  /**
   * Per affinity skill, 5 values: the best similarity reached by a talent skill of level ≥ 1, ≥ 2 … ≥ 5.
   * A requirement with a minimum level takes the best of these after the level discount, so a related
   * skill at a good level is never hidden by a closer skill at a low level.
   */
  affinityByLevel: Float32Array;
  /** The talent's own resolved skills and levels (for explanations). */
  ownSkills: Int32Array;
  ownLevels: Uint8Array;
  degreeRank: number;
  majors: Int32Array;
  totalYears: number;
  city: number;
  willingToRelocate: boolean;
  tier: number;
  /** Seniority 0–4 (title/seniority.ts) and the share of its signals that were known (0: none). */
  level: number;
  levelConfidence: number;
  /** Lower end of the expected monthly pay, yuan; 0 when unknown. */
  expectSalaryMin: number;
  /** Normalised skills, summary and work text: evidence for requirements the taxonomy does not know. */
  evidenceText: string;
}

export interface PositionFeatures {
  requiredSkills: Int32Array;
  requiredWeights: Float32Array;
  requiredMinLevels: Uint8Array;
  /** Normalised names of the required skills, for unresolved ones and for explanations. */
  requiredNames: string[];
  preferredSkills: Int32Array;
  /** 1 each, then multiplied by specificity (as required weights) when the engine is built. */
  preferredWeights: Float32Array;
  preferredNames: string[];
  minDegreeRank: number;
  preferredMajors: Int32Array;
  minYears: number;
  city: number;
  tierSought: number;
  /** 柔性引才: high-level posts can be held without relocating. */
  flexibleLocation: boolean;
  /** Seniority of the post 0–4 and its confidence, as for talents. */
  level: number;
  levelConfidence: number;
  /** Top of the monthly pay band, yuan; 0 when unknown. */
  salaryMax: number;
}

/** Proficiency levels 1–5: the stride of `affinityByLevel`. */
export const LEVELS = 5;

/**
 * Coverage of a requirement of minimum level `min` from one skill's 5 per-level best similarities
 * (starting at `offset`): the best similarity at level ≥ min counts fully; one reached only at a lower
 * level L counts with the discount floor + (1 − floor) · L / min. Exact: the best over the talent's skills.
 */
export function levelCoverage(byLevel: ArrayLike<number>, offset: number, min: number, floor: number): number {
  let best = byLevel[offset + min - 1];
  for (let level = 1; level < min; level++) {
    const value = byLevel[offset + level - 1];
    if (value <= best) continue;
    const discounted = value * (floor + ((1 - floor) * level) / min);
    if (discounted > best) best = discounted;
  }
  return best;
}

function tierIndex(tier: Tier | null | undefined): number {
  return tier ? TIERS.indexOf(tier) : -1;
}

/**
 * Scratch of `compileTalent` for one skill count: per skill its 5 per-level best similarities, and which
 * skills were touched (so only those are read and cleared). Dense arrays instead of a Map of small arrays:
 * compiling a corpus touches some ten skills per talent, 100k times. A call takes the scratch and gives it
 * back zeroed when it returns; one that throws drops it, so a half-filled scratch is never read again.
 */
let scratch: { skills: number; byLevel: Float32Array; touched: Uint8Array; list: Int32Array } | null = null;

export function compileTalent(space: FeatureSpace, talent: TalentProfile, params: EngineParams): TalentFeatures {
  const n = space.skillCount;
  const work = scratch?.skills === n ? scratch : { skills: n, byLevel: new Float32Array(n * LEVELS), touched: new Uint8Array(n), list: new Int32Array(n) };
  scratch = null;
  const { byLevel: best, touched, list } = work;
  let touchedCount = 0;
  const consider = (skill: number, level: number, factor: number) => {
    const { relatedOffsets, relatedSkills, skillSimilarity } = space;
    for (let k = relatedOffsets[skill]; k < relatedOffsets[skill + 1]; k++) {
      const other = relatedSkills[k];
      const value = skillSimilarity[skill * n + other] * factor;
      if (touched[other] === 0) {
        touched[other] = 1;
        list[touchedCount++] = other;
      }
      const at = other * LEVELS;
      for (let l = 0; l < level; l++) if (value > best[at + l]) best[at + l] = value;
    }
  };

  const own = new Map<number, number>();
  for (const skill of talent.skills ?? []) {
    const index = space.resolveSkill(skill.name);
    if (index < 0) continue;
    const level = clampLevel(skill.level ?? 3);
    if ((own.get(index) ?? 0) < level) own.set(index, level);
  }
  for (const [index, level] of own) consider(index, level, 1);

  const freeText = [talent.summary ?? '', ...(talent.work ?? []).map((w) => `${w.title ?? ''} ${w.description ?? ''}`)].join('\n');
  for (const mention of space.taxonomy.resolveAll(freeText)) {
    const index = space.skillIndexOf(mention.id);
    if (index >= 0 && !own.has(index)) consider(index, params.textEvidenceLevel, params.textEvidenceFactor * mention.confidence);
  }

  const affinitySkills = list.slice(0, touchedCount).sort();
  const affinityValues = new Float32Array(affinitySkills.length);
  const affinityByLevel = new Float32Array(affinitySkills.length * LEVELS);
  for (let i = 0; i < affinitySkills.length; i++) {
    const at = affinitySkills[i] * LEVELS;
    affinityValues[i] = best[at];
    affinityByLevel.set(best.subarray(at, at + LEVELS), i * LEVELS);
    best.fill(0, at, at + LEVELS);
    touched[affinitySkills[i]] = 0;
  }
  scratch = work;

  const ownSkills = Int32Array.from([...own.keys()].sort((a, b) => a - b));
  const education = talent.education ?? [];
  const seniority = talentSeniority(talent);
  return {
    affinitySkills,
    affinityValues,
    affinityByLevel,
    ownSkills,
    ownLevels: Uint8Array.from(ownSkills, (s) => own.get(s)!),
    degreeRank: education.reduce((max, e) => Math.max(max, degreeRank(e.degree)), -1),
    majors: Int32Array.from(education.filter((e) => e.major).map((e) => space.majorId(e.major!))),
    totalYears: talentYears(talent),
    city: space.cityId(talent.currentCity),
    willingToRelocate: talent.willingToRelocate ?? false,
    tier: tierIndex(talent.tier),
    level: seniority.level,
    levelConfidence: seniority.confidence,
    expectSalaryMin: payRange(talent.expectedSalaryMin, talent.expectedSalaryMax)?.[0] ?? 0,
    evidenceText: normalise([...(talent.skills ?? []).map((s) => s.name), freeText, talent.headline ?? ''].join(' ')),
  };
}

export function compilePosition(space: FeatureSpace, position: PositionProfile): PositionFeatures {
  const required = position.requiredSkills ?? [];
  const preferred = position.preferredSkills ?? [];
  const seniority = positionSeniority(position);
  return {
    requiredSkills: Int32Array.from(required, (r) => space.resolveSkill(r.name)),
    requiredWeights: Float32Array.from(required, (r) => (r.weight && r.weight > 0 ? r.weight : 1)),
    requiredMinLevels: Uint8Array.from(required, (r) => (r.minLevel ? clampLevel(r.minLevel) : 1)),
    requiredNames: required.map((r) => normalise(r.name)),
    preferredSkills: Int32Array.from(preferred, (name) => space.resolveSkill(name)),
    preferredWeights: new Float32Array(preferred.length).fill(1),
    preferredNames: preferred.map((name) => normalise(name)),
    minDegreeRank: degreeRank(position.minDegree),
    preferredMajors: Int32Array.from((position.preferredMajors ?? []).map((m) => space.majorId(m))),
    minYears: position.minYearsExperience ?? 0,
    city: space.cityId(position.location),
    tierSought: tierIndex(position.tierSought),
    flexibleLocation: position.tierSought === 'high_level',
    level: seniority.level,
    levelConfidence: seniority.confidence,
    salaryMax: payRange(position.salaryMin, position.salaryMax)?.[1] ?? 0,
  };
}

function clampLevel(level: number): number {
  return Math.min(5, Math.max(1, Math.round(level)));
}

/**
 * Every position of a generation in one set of flat typed arrays (CSR for the variable-length lists), so
 * that scoring one talent against all of them (`PairScorer.scoreRow`) walks arrays, not objects. Built from
 * the compiled features after the specificity weighting, so the weights are the ones `score` reads.
 */
export interface PackedPositions {
  count: number;
  requiredOffsets: Int32Array;
  requiredSkills: Int32Array;
  requiredWeights: Float32Array;
  requiredMinLevels: Uint8Array;
  /** For a requirement the taxonomy does not know: index into `unresolvedNames`, else -1. */
  requiredNameIds: Int32Array;
  preferredOffsets: Int32Array;
  preferredSkills: Int32Array;
  preferredWeights: Float32Array;
  preferredNameIds: Int32Array;
  majorOffsets: Int32Array;
  majors: Int32Array;
  minDegreeRank: Int8Array;
  minYears: Float64Array;
  city: Int32Array;
  tierSought: Int8Array;
  flexibleLocation: Uint8Array;
  level: Float64Array;
  levelConfidence: Float64Array;
  salaryMax: Float64Array;
  /** Distinct normalised names of unresolved skills: looked up in a talent's evidence text once per row. */
  unresolvedNames: string[];
}

export function packPositions(features: readonly PositionFeatures[]): PackedPositions {
  const n = features.length;
  const names = new Map<string, number>();
  const nameId = (skill: number, name: string) => {
    if (skill >= 0) return -1;
    let id = names.get(name);
    if (id === undefined) names.set(name, (id = names.size));
    return id;
  };
  // One pass for the offsets, then typed-array copies (a rebuild packs every position again).
  const requiredOffsets = new Int32Array(n + 1);
  const preferredOffsets = new Int32Array(n + 1);
  const majorOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const f = features[i];
    requiredOffsets[i + 1] = requiredOffsets[i] + f.requiredSkills.length;
    preferredOffsets[i + 1] = preferredOffsets[i] + f.preferredSkills.length;
    majorOffsets[i + 1] = majorOffsets[i] + f.preferredMajors.length;
  }
  const requiredSkills = new Int32Array(requiredOffsets[n]);
  const requiredWeights = new Float32Array(requiredOffsets[n]);
  const requiredMinLevels = new Uint8Array(requiredOffsets[n]);
  const requiredNameIds = new Int32Array(requiredOffsets[n]);
  const preferredSkills = new Int32Array(preferredOffsets[n]);
  const preferredWeights = new Float32Array(preferredOffsets[n]);
  const preferredNameIds = new Int32Array(preferredOffsets[n]);
  const majors = new Int32Array(majorOffsets[n]);
  // Name ids in the original order: every required list's, position by position, then every preferred.
  for (let i = 0; i < n; i++) {
    const f = features[i];
    const at = requiredOffsets[i];
    requiredSkills.set(f.requiredSkills, at);
    requiredWeights.set(f.requiredWeights, at);
    requiredMinLevels.set(f.requiredMinLevels, at);
    for (let r = 0; r < f.requiredSkills.length; r++) requiredNameIds[at + r] = nameId(f.requiredSkills[r], f.requiredNames[r]);
  }
  for (let i = 0; i < n; i++) {
    const f = features[i];
    const at = preferredOffsets[i];
    preferredSkills.set(f.preferredSkills, at);
    preferredWeights.set(f.preferredWeights, at);
    for (let r = 0; r < f.preferredSkills.length; r++) preferredNameIds[at + r] = nameId(f.preferredSkills[r], f.preferredNames[r]);
    majors.set(f.preferredMajors, majorOffsets[i]);
  }
  return {
    count: n,
    requiredOffsets,
    requiredSkills,
    requiredWeights,
    requiredMinLevels,
    requiredNameIds,
    preferredOffsets,
    preferredSkills,
    preferredWeights,
    preferredNameIds,
    majorOffsets,
    majors,
    minDegreeRank: Int8Array.from(features, (f) => f.minDegreeRank),
    minYears: Float64Array.from(features, (f) => f.minYears),
    city: Int32Array.from(features, (f) => f.city),
    tierSought: Int8Array.from(features, (f) => f.tierSought),
    flexibleLocation: Uint8Array.from(features, (f) => (f.flexibleLocation ? 1 : 0)),
    level: Float64Array.from(features, (f) => f.level),
    levelConfidence: Float64Array.from(features, (f) => f.levelConfidence),
    salaryMax: Float64Array.from(features, (f) => f.salaryMax),
    unresolvedNames: [...names.keys()],
  };
}
