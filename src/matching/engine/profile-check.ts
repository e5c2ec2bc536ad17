/**
 * Shape checks of the engine's input, run before a profile reaches the index. The API validates what it
 * accepts, but stored rows also come from imports, older versions and direct database edits: one row of
 * the wrong shape must be set aside with the field at fault, not fail a whole shard of other people's
 * recomputes. Pure module (no framework imports).
 */
import { DEGREES, TIERS } from '../../domain/vocabulary';
import type { PositionProfile, TalentProfile } from '../types';

export interface ProfileProblem {
  /** The field path at fault, as the API names fields (`skills.0.name`). */
  field: string;
  reason: string;
}

type Check = (value: unknown, field: string) => ProfileProblem | null;

const problem = (field: string, reason: string): ProfileProblem => ({ field, reason });

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optionalString: Check = (value, field) =>
  value === undefined || value === null || typeof value === 'string' ? null : problem(field, 'must be text');

const requiredText: Check = (value, field) =>
  typeof value === 'string' && value.trim() !== '' ? null : problem(field, 'must be non-empty text');

function optionalNumber(min: number, max: number): Check {
  return (value, field) => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) return problem(field, 'must be a number');
    return value < min || value > max ? problem(field, `must be between ${min} and ${max}`) : null;
  };
}

function optionalOneOf(values: readonly string[]): Check {
  return (value, field) =>
    value === undefined || value === null || values.includes(value as string) ? null : problem(field, `must be one of ${values.join(', ')}`);
}

const optionalBoolean: Check = (value, field) =>
  value === undefined || value === null || typeof value === 'boolean' ? null : problem(field, 'must be true or false');

/** An optional array whose elements all pass `element`. */
function arrayOf(element: Check): Check {
  return (value, field) => {
    if (value === undefined || value === null) return null;
    if (!Array.isArray(value)) return problem(field, 'must be a list');
    for (let i = 0; i < value.length; i++) {
      const found = element(value[i], `${field}.${i}`);
      if (found) return found;
    }
    return null;
  };
}

/** A plain object whose listed properties pass their checks (other properties are ignored). */
function objectOf(properties: Record<string, Check>): Check {
  return (value, field) => {
    if (!isPlainObject(value)) return problem(field, 'must be an object');
    for (const [key, check] of Object.entries(properties)) {
      const found = check(value[key], `${field}.${key}`);
      if (found) return found;
    }
    return null;
  };
}

function firstProblem(profile: object, checks: Record<string, Check>): ProfileProblem | null {
  const record = profile as Record<string, unknown>;
  for (const [key, check] of Object.entries(checks)) {
    const found = check(record[key], key);
    if (found) return found;
  }
  return null;
}

const YEARS = optionalNumber(0, 80);
/** Monthly yuan. */
const PAY = optionalNumber(0, 10_000_000);
const LEVEL = optionalNumber(1, 5);

const TALENT_CHECKS: Record<string, Check> = {
  id: requiredText,
  headline: optionalString,
  summary: optionalString,
  skills: arrayOf(objectOf({ name: requiredText, level: LEVEL, years: YEARS })),
  education: arrayOf(
    objectOf({ school: optionalString, major: optionalString, degree: optionalOneOf(DEGREES), graduationYear: optionalNumber(1900, 2200) }),
  ),
  work: arrayOf(objectOf({ employer: optionalString, title: optionalString, years: YEARS, description: optionalString })),
  tier: optionalOneOf(TIERS),
  currentCity: optionalString,
  willingToRelocate: optionalBoolean,
  expectedSalaryMin: PAY,
  expectedSalaryMax: PAY,
};

const POSITION_CHECKS: Record<string, Check> = {
  id: requiredText,
  title: requiredText,
  description: optionalString,
  requiredSkills: arrayOf(objectOf({ name: requiredText, weight: optionalNumber(0, 1_000), minLevel: LEVEL })),
  preferredSkills: arrayOf(requiredText),
  preferredMajors: arrayOf(requiredText),
  minDegree: optionalOneOf(DEGREES),
  minYearsExperience: YEARS,
  tierSought: optionalOneOf(TIERS),
  location: optionalString,
  urgency: optionalNumber(0, 100),
  salaryMin: PAY,
  salaryMax: PAY,
};

/** The first field of a talent profile the engine cannot use, or null when it can be scored. */
export function checkTalentProfile(profile: TalentProfile): ProfileProblem | null {
  return firstProblem(profile, TALENT_CHECKS);
}

/** The first field of a position profile the engine cannot index, or null. */
export function checkPositionProfile(profile: PositionProfile): ProfileProblem | null {
  return firstProblem(profile, POSITION_CHECKS);
}
