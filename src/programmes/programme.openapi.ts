import { DEGREES } from '../domain/vocabulary';
import { arrayOf, enumOf, int, nullable, object, recordColumns, str, uuid } from '../common/openapi/schema';

/** A university programme (a major at a degree level, with its graduating cohort). */
export const ProgrammeSchema = object({
  ...recordColumns,
  universityId: uuid,
  major: str,
  majorCode: nullable(str),
  degree: enumOf(DEGREES),
  graduatesPerYear: int,
  graduationMonth: int,
  keywords: arrayOf(str),
  skillsTaught: arrayOf(str),
});
