import { DEGREES, INDUSTRIES, POSITION_STATUSES, TIERS } from '../domain/vocabulary';
import { arrayOf, enumOf, int, nullable, num, object, recordColumns, str } from '../common/openapi/schema';

export const RequiredSkillSchema = object({ name: str, skillId: nullable(str), weight: num, minLevel: int }, ['skillId']);

/** A position (opening) as stored. */
export const PositionSchema = object({
  ...recordColumns,
  enterpriseId: { type: 'string', format: 'uuid' },
  title: str,
  description: str,
  industry: enumOf(INDUSTRIES),
  requiredSkills: arrayOf(RequiredSkillSchema),
  preferredSkills: arrayOf(str),
  minDegree: nullable(enumOf(DEGREES)),
  preferredMajors: arrayOf(str),
  minYearsExperience: num,
  headcount: int,
  filledCount: int,
  urgency: int,
  tierSought: nullable(enumOf(TIERS)),
  location: str,
  salaryMin: nullable(int),
  salaryMax: nullable(int),
  status: enumOf(POSITION_STATUSES),
});
