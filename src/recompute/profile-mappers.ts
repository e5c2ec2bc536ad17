import type { PositionProfile, ProgrammeProfile, TalentProfile } from '../matching/types';
import type { Position } from '../positions/position.entity';
import type { Programme } from '../programmes/programme.entity';
import type { Talent } from '../talents/talent.entity';

const isRecord = (value: unknown): value is Record<string, never> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Entities → the engine's plain profiles. Contact details never reach the engine. */
export function positionProfile(p: Position): PositionProfile {
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    industry: p.industry,
    // Stored rows are mapped as they are, even of the wrong shape: the engine's shape check names the field.
    requiredSkills: Array.isArray(p.requiredSkills)
      ? p.requiredSkills.map((s) => (isRecord(s) ? { name: s.name, weight: s.weight, minLevel: s.minLevel } : s))
      : p.requiredSkills,
    preferredSkills: p.preferredSkills,
    minDegree: p.minDegree,
    preferredMajors: p.preferredMajors,
    minYearsExperience: p.minYearsExperience,
    tierSought: p.tierSought,
    location: p.location,
    urgency: p.urgency,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    lang: 'zh',
  };
}

export function talentProfile(t: Talent): TalentProfile {
  return {
    id: t.id,
    headline: t.headline,
    summary: t.summary,
    skills: t.skills,
    education: t.education,
    work: t.work,
    tier: t.tier,
    currentCity: t.currentCity,
    willingToRelocate: t.willingToRelocate,
    expectedSalaryMin: t.expectedSalaryMin,
    expectedSalaryMax: t.expectedSalaryMax,
    lang: 'zh',
  };
}

export function programmeProfile(p: Programme): ProgrammeProfile {
  return {
    id: p.id,
    major: p.major,
    majorCode: p.majorCode,
    degree: p.degree,
    keywords: p.keywords,
    skillsTaught: p.skillsTaught,
  };
}
