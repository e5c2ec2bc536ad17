/**
 * Test helper: the demo data set (src/seed/demo) as the engine's plain profiles. Mirrors what the
 * services do with entities: id = key, every matching field carried over, Chinese text.
 */
import type { DemoPosition, DemoTalent } from '../../../seed/demo';
import type { PositionProfile, TalentProfile } from '../../types';

export function demoPositionProfile(p: DemoPosition): PositionProfile {
  return {
    id: p.key,
    title: p.title,
    description: p.description,
    industry: p.industry,
    requiredSkills: p.requiredSkills.map((r) => ({ name: r.name, weight: r.weight, minLevel: r.minLevel })),
    preferredSkills: [...p.preferredSkills],
    minDegree: p.minDegree,
    preferredMajors: [...p.preferredMajors],
    minYearsExperience: p.minYearsExperience,
    tierSought: p.tierSought,
    location: p.location,
    urgency: p.urgency,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    lang: 'zh',
  };
}

export function demoTalentProfile(t: DemoTalent): TalentProfile {
  return {
    id: t.key,
    headline: t.headline,
    summary: t.summary,
    skills: t.skills.map((s) => ({ name: s.name, level: s.level, years: s.years })),
    education: t.education.map((e) => ({ school: e.school, major: e.major, degree: e.degree, graduationYear: e.graduationYear })),
    work: t.work.map((w) => ({ employer: w.employer, title: w.title, years: w.years, description: w.description })),
    tier: t.tier,
    currentCity: t.currentCity,
    willingToRelocate: t.willingToRelocate,
    lang: 'zh',
  };
}
