import { degreeRank, type Degree, type Industry, type Tier } from '../../domain/vocabulary';
import type { TalentEducation, TalentWork } from '../types';
import type { PolicyPositionFacts, PolicyTalentFacts } from './policy-types';

/**
 * The zone's key industry chains (zone-facts: rare earth, aluminium and copper, new materials, modern
 * energy, modern equipment manufacturing). Electronics, research institutes and services are zone
 * industries but not key chains.
 */
export const KEY_CHAIN_INDUSTRIES: readonly Industry[] = [
  'rare_earth',
  'magnets',
  'electrical_steel',
  'silicon_pv',
  'aluminium_copper',
  'energy',
  'equipment',
];

export interface PolicyTalentInput {
  education?: readonly TalentEducation[];
  work?: readonly TalentWork[];
  tier?: Tier | null;
  honours?: readonly string[];
  /** Not on profiles today; a caller who knows it may pass it. */
  age?: number | null;
}

export interface PolicyFactsOptions {
  /** The year "graduated within N years" counts from. */
  referenceYear: number;
  /** Names of the zone's employers (enterprises and research bodies), to recognise earlier jobs in the zone. */
  zoneEmployers: ReadonlySet<string>;
}

const INTERNSHIP = /实习|intern/i;

/** Facts about a talent from their profile; what the profile does not say stays null. */
export function talentFacts(talent: PolicyTalentInput, options: PolicyFactsOptions): PolicyTalentFacts {
  const education = talent.education ?? [];
  let highest: Degree | null = null;
  for (const e of education) if (e.degree && degreeRank(e.degree) > degreeRank(highest)) highest = e.degree;
  const years = education.map((e) => e.graduationYear).filter((y): y is number => typeof y === 'number');
  const jobs = (talent.work ?? []).filter((w) => !INTERNSHIP.test(w.title ?? ''));
  const anyUnnamed = jobs.some((w) => !w.employer || w.employer.trim() === '');
  const inZone = jobs.some((w) => !!w.employer && options.zoneEmployers.has(w.employer.trim()));
  const yearsKnown = jobs.every((w) => typeof w.years === 'number');
  return {
    highestDegree: highest,
    age: talent.age ?? null,
    honours: talent.honours ?? [],
    tier: talent.tier ?? null,
    majors: education.map((e) => e.major ?? '').filter((m) => m.trim() !== ''),
    yearsSinceGraduation: years.length === 0 ? null : options.referenceYear - Math.max(...years),
    yearsExperience: yearsKnown ? jobs.reduce((sum, w) => sum + (w.years ?? 0), 0) : null,
    // A job at a zone employer settles it; otherwise an unnamed employer leaves it open.
    workedInZoneBefore: inZone ? true : anyUnnamed ? null : false,
  };
}

/** Facts about the position a talent would take, from its industry and its employer's. */
export function positionFacts(position: { industry?: Industry | null }, employerIndustry?: Industry | null): PolicyPositionFacts {
  const industry = employerIndustry ?? position.industry ?? null;
  return {
    industry: position.industry ?? null,
    employerKeyChain: industry === null ? null : KEY_CHAIN_INDUSTRIES.includes(industry),
  };
}
