/**
 * The engine's plain-data contract. Services map entities to these shapes; the engine never sees
 * TypeORM entities, so it can run in a worker thread and be tested without a database.
 */
import type { Degree, Industry, Tier } from '../domain/vocabulary';

export interface SkillRequirement {
  /** Free text as the enterprise wrote it (e.g. "稀土萃取"); normalised to a taxonomy id by the engine. */
  name: string;
  /** Relative importance, > 0. Defaults to 1. */
  weight?: number;
  /** Minimum proficiency 1–5; a talent below it matches only partially. */
  minLevel?: number;
}

export interface PositionProfile {
  id: string;
  title: string;
  description?: string;
  industry?: Industry | null;
  requiredSkills?: SkillRequirement[];
  preferredSkills?: string[];
  minDegree?: Degree | null;
  preferredMajors?: string[];
  minYearsExperience?: number | null;
  tierSought?: Tier | null;
  location?: string | null;
  urgency?: number;
  /** Monthly pay band in yuan; either end may be unknown. */
  salaryMin?: number | null;
  salaryMax?: number | null;
  lang?: 'zh' | 'en';
}

export interface TalentSkill {
  name: string;
  /** Proficiency 1–5. Defaults to 3. */
  level?: number;
  years?: number;
}

export interface TalentEducation {
  school?: string;
  major?: string;
  degree?: Degree | null;
  graduationYear?: number | null;
}

export interface TalentWork {
  employer?: string;
  title?: string;
  years?: number;
  description?: string;
}

export interface TalentProfile {
  id: string;
  /** Current or sought job title. */
  headline?: string;
  summary?: string;
  skills?: TalentSkill[];
  education?: TalentEducation[];
  /** Most recent first: the first entry with a title is the current or last job. */
  work?: TalentWork[];
  tier?: Tier | null;
  /** Expected monthly pay in yuan (a range, or one end); unknown is neutral. */
  expectedSalaryMin?: number | null;
  expectedSalaryMax?: number | null;
  currentCity?: string | null;
  willingToRelocate?: boolean;
  lang?: 'zh' | 'en';
}

/** A university programme (graduating cohort by major), matched against positions. */
export interface ProgrammeProfile {
  id: string;
  major: string;
  majorCode?: string | null;
  degree: Degree;
  keywords?: string[];
  skillsTaught?: string[];
}
