/**
 * Level fit both ways and pay fit: the post's seniority against the candidate's, and the candidate's expected
 * pay against the post's band. Shared by PairScorer, StructuredClasses and the explanations, so that every
 * path computes the same numbers.
 */
import { degreeRank, TIERS } from '../../domain/vocabulary';
import {
  degreeSeniority,
  estimateSeniority,
  paySeniority,
  type SeniorityEstimate,
  TIER_SENIORITY,
  titleSeniority,
  type TitleSeniority,
  yearsSeniority,
} from '../title/seniority';
import type { PositionProfile, TalentProfile } from '../types';
import type { EngineParams } from './engine-params';

const positive = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;

/** A pay range from either or both ends; null when neither is given. */
export function payRange(min: number | null | undefined, max: number | null | undefined): [number, number] | null {
  const lo = positive(min) ? min : positive(max) ? max : null;
  const hi = positive(max) ? max : lo;
  if (lo === null || hi === null) return null;
  return lo <= hi ? [lo, hi] : [hi, lo];
}

const midpoint = ([lo, hi]: [number, number]) => Math.sqrt(lo * hi);

/** The current (or last) job title a seniority is read from: the latest job's, else the headline. */
export function currentTitle(talent: TalentProfile): { title: string; seniority: TitleSeniority } | null {
  for (const title of [(talent.work ?? []).find((w) => w.title?.trim())?.title, talent.headline]) {
    const seniority = titleSeniority(title);
    if (seniority) return { title: title!, seniority };
  }
  return null;
}

export function talentYears(talent: TalentProfile): number {
  return (talent.work ?? []).reduce((sum, w) => sum + (w.years ?? 0), 0);
}

export function talentSeniority(talent: TalentProfile): SeniorityEstimate {
  const work = talent.work ?? [];
  const rank = (talent.education ?? []).reduce((max, e) => Math.max(max, degreeRank(e.degree)), -1);
  const pay = payRange(talent.expectedSalaryMin, talent.expectedSalaryMax);
  // Years are known when there is a history to count, or an education without one (a new graduate).
  const yearsKnown = work.length > 0 || (talent.education ?? []).length > 0;
  return estimateSeniority({
    title: currentTitle(talent)?.seniority.level,
    years: yearsKnown ? yearsSeniority(talentYears(talent)) : null,
    pay: pay ? paySeniority(midpoint(pay)) : null,
    degree: rank >= 0 ? degreeSeniority(rank) : null,
    tier: talent.tier ? TIER_SENIORITY[TIERS.indexOf(talent.tier)] : null,
  });
}

export function positionSeniority(position: PositionProfile): SeniorityEstimate {
  const pay = payRange(position.salaryMin, position.salaryMax);
  const years = position.minYearsExperience;
  const rank = degreeRank(position.minDegree);
  return estimateSeniority({
    title: titleSeniority(position.title)?.level,
    // A minimum of N years: the people who fit have N to a few more.
    years: typeof years === 'number' && Number.isFinite(years) ? yearsSeniority(years + 1.5) : null,
    pay: pay ? paySeniority(midpoint(pay)) : null,
    degree: rank >= 0 ? degreeSeniority(rank) : null,
    tier: position.tierSought ? TIER_SENIORITY[TIERS.indexOf(position.tierSought)] : null,
  });
}

/**
 * How well the candidate's level fits the post's, 0–1, before confidence: 1 within the tolerances, then a
 * smooth fall (1 / (1 + (excess / scale)²)): a chief engineer for an engineer's post scores well below one,
 * never a cliff, and further above always scores lower.
 */
export function rawLevelFit(params: EngineParams, talentLevel: number, positionLevel: number): number {
  const gap = talentLevel - positionLevel;
  if (gap > params.levelOverTolerance) {
    const x = (gap - params.levelOverTolerance) / params.levelOverScale;
    return 1 / (1 + x * x);
  }
  if (gap < -params.levelUnderTolerance) {
    const x = (-gap - params.levelUnderTolerance) / params.levelUnderScale;
    return 1 / (1 + x * x);
  }
  return 1;
}

/**
 * The level component: the raw fit pulled towards neutral by how much is known on both sides (the product of
 * the two confidences). A bare title against a bare title says little about seniority; a full profile
 * against a post with years, degree and a pay band says much.
 */
export function levelFit(
  params: EngineParams,
  talentLevel: number,
  talentConfidence: number,
  positionLevel: number,
  positionConfidence: number,
  years: number,
  minYears: number,
): number {
  const confidence = talentConfidence * positionConfidence;
  if (confidence <= 0) return params.neutral;
  const fit = rawLevelFit(params, talentLevel, positionLevel) * yearsShortfall(params, years, minYears, talentConfidence);
  return params.neutral + confidence * (fit - params.neutral);
}

/**
 * Years below the post's minimum lower the fit in proportion, whatever the overall level says: 2 years for a
 * post asking 4 is short of it even when the title matches. 1 at or above the minimum, or when the talent's
 * years are unknown (no history and no education: confidence 0 already).
 */
export function yearsShortfall(params: EngineParams, years: number, minYears: number, talentConfidence: number): number {
  if (!(minYears > 0) || years >= minYears || talentConfidence <= 0) return 1;
  const floor = params.yearsShortfallFloor;
  return floor + ((1 - floor) * years) / minYears;
}

/**
 * Expected pay against the band, 0–1: 1 when the expectation starts within or below the band's top, then
 * falling with the share by which it exceeds it; neutral when either side is unknown (≤ 0 here).
 */
export function salaryFit(params: EngineParams, expectMin: number, positionMax: number): number {
  if (!(expectMin > 0) || !(positionMax > 0)) return params.neutral;
  if (expectMin <= positionMax) return 1;
  const x = (expectMin / positionMax - 1) / params.salaryOverScale;
  return 1 / (1 + x * x);
}
