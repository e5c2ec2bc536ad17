import { DEGREES, TIERS } from '../domain/vocabulary';
import { arrayOf, bool, enumOf, int, nullable, num, object, partial, recordColumns, str, uuid } from '../common/openapi/schema';

// Profile entries are stored as sent (every field optional, null allowed where the DTO allows it).
const EducationSchema = partial({ school: nullable(str), major: nullable(str), degree: nullable(enumOf(DEGREES)), graduationYear: nullable(int) });
const WorkSchema = partial({ employer: nullable(str), title: nullable(str), years: nullable(num), description: nullable(str) });
const TalentSkillSchema = object({ name: str, level: nullable(int), years: nullable(num) }, ['level', 'years']);

/** A talent profile (contact details are never part of it: see TalentContactSchema). */
export const TalentSchema = object({
  ...recordColumns,
  name: str,
  headline: str,
  education: arrayOf(EducationSchema),
  work: arrayOf(WorkSchema),
  skills: arrayOf(TalentSkillSchema),
  summary: str,
  tier: nullable(enumOf(TIERS)),
  honours: arrayOf(str),
  currentCity: nullable(str),
  willingToRelocate: bool,
  expectedSalaryMin: { ...nullable(int), description: 'Expected monthly salary, yuan' },
  expectedSalaryMax: nullable(int),
});

export const CONSENT_VIEW_STATUSES = ['none', 'requested', 'granted', 'declined', 'withdrawn', 'expired'] as const;

/** Contact details: in full, or masked (张*, 138****0000) for an enterprise without a valid consent. */
export const TalentContactSchema = object(
  {
    talentId: uuid,
    name: str,
    phone: nullable(str),
    email: nullable(str),
    masked: bool,
    consentStatus: { ...enumOf(CONSENT_VIEW_STATUSES), description: 'Only for enterprises: their consent from this talent' },
  },
  ['consentStatus'],
);
