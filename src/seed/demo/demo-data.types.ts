/**
 * Shape of the illustrative demo data set. Plain data only: the database loader
 * (`src/seed/demo-loader.ts`) maps it to entities, and the engine's tests can use it directly.
 */
import type { Degree, Industry, PartnershipType, PositionStatus, Tier } from '../../domain/vocabulary';

export interface DemoEnterprise {
  key: string;
  nameZh: string;
  nameEn: string;
  industry: Industry;
  park: string;
  contactPerson: string;
  /** 18-character unified social credit code (GB 32100-2015), fake but valid in format; null for real firms. */
  creditCode: string | null;
  kind: 'enterprise' | 'research';
}

export interface DemoSkillRequirement {
  name: string;
  weight: number;
  /** 1–5. */
  minLevel: number;
}

export interface DemoPosition {
  key: string;
  enterpriseKey: string;
  title: string;
  description: string;
  industry: Industry;
  requiredSkills: DemoSkillRequirement[];
  preferredSkills: string[];
  minDegree: Degree;
  preferredMajors: string[];
  minYearsExperience: number;
  headcount: number;
  filledCount: number;
  urgency: 1 | 2 | 3 | 4 | 5;
  tierSought: Tier;
  location: string;
  /** Yuan per month. */
  salaryMin: number;
  salaryMax: number;
  status: PositionStatus;
}

export interface DemoUniversity {
  key: string;
  nameZh: string;
  nameEn: string;
  city: string;
  province: string;
  /** WGS-84. */
  latitude: number;
  longitude: number;
  coordinateSource: string;
  partnershipTypes: PartnershipType[];
}

export interface DemoProgramme {
  key: string;
  universityKey: string;
  major: string;
  majorCode: string | null;
  degree: Degree;
  graduatesPerYear: number;
  graduationMonth: number;
  keywords: string[];
  skillsTaught: string[];
}

export interface DemoEducation {
  school: string;
  major: string;
  degree: Degree;
  graduationYear: number;
}

export interface DemoWork {
  employer: string;
  title: string;
  years: number;
  description: string;
}

export interface DemoTalentSkill {
  name: string;
  level: number;
  years: number;
}

export interface DemoTalent {
  key: string;
  name: string;
  phone: string;
  email: string;
  headline: string;
  education: DemoEducation[];
  work: DemoWork[];
  skills: DemoTalentSkill[];
  summary: string;
  tier: Tier;
  honours: string[];
  currentCity: string;
  willingToRelocate: boolean;
}

export interface DemoData {
  notice: { zh: string; en: string };
  enterprises: DemoEnterprise[];
  positions: DemoPosition[];
  universities: DemoUniversity[];
  programmes: DemoProgramme[];
  talents: DemoTalent[];
}
