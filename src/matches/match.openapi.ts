import { COMPONENTS } from '../matching/score/pair-scorer';
import { DEGREES, INDUSTRIES, TIERS } from '../domain/vocabulary';
import { CANDIDATE_DECISIONS } from './candidate-decision.entity';
import { CONSENT_VIEW_STATUSES } from '../talents/talent.openapi';
import { PolicyBriefsSchema } from '../policies/policy.openapi';
import { anyObject, arrayOf, bool, dateTime, enumOf, freshness, int, nullable, num, object, str, uuid } from '../common/openapi/schema';

/** Score components 0–1 by name (relevance, skills, major, …). */
const Components = object(Object.fromEntries(COMPONENTS.map((c) => [c, num])));
const Bilingual = object({ zh: arrayOf(str), en: arrayOf(str) });

/** A stored match row (GET /matches). */
export const MatchRowSchema = object({
  talentId: uuid,
  positionId: uuid,
  score: num,
  eligible: bool,
  components: Components,
  explanation: anyObject,
  engineVersion: str,
  talentVersion: int,
  positionVersion: int,
  generation: { type: 'string', pattern: '^[0-9]+$', description: 'statistics generation (bigint, as a string)' },
  inTalentList: { ...bool, description: "the pair is in the talent's stored row (its best positions)" },
  inPositionList: { ...bool, description: "the pair is in the position's stored candidate list (its best talents over all talents)" },
  computedAt: dateTime,
});

export const CoverageSchema = object({
  minScore: num,
  items: arrayOf(object({ positionId: uuid, strongCandidates: int })),
});

const rankedFields = {
  score: num,
  components: Components,
  matchedSkills: arrayOf(str),
  partialSkills: arrayOf(str),
  missingSkills: arrayOf(str),
  reasons: Bilingual,
  computedAt: dateTime,
};

const CandidateBackground = object({
  degree: nullable(enumOf(DEGREES)),
  school: nullable(str),
  major: nullable(str),
  years: num,
  currentTitle: nullable(str),
  currentEmployer: { ...nullable(str), description: 'Null while masked (no consent yet)' },
});

const LeadReason = object({ kind: enumOf(['skill', 'post', 'education', 'component', 'score']), zh: str, en: str });

const CandidateSchema = object(
  {
    talentId: uuid,
    name: { type: 'string', description: 'Masked (张*) for an enterprise without the talent\'s consent' },
    headline: str,
    tier: nullable(enumOf(TIERS)),
    currentCity: nullable(str),
    background: CandidateBackground,
    employerMasked: bool,
    lead: { ...LeadReason, description: 'What sets this candidate apart from the others on the list; also reasons[0]' },
    ...rankedFields,
    allocatedHere: bool,
    allocatedElsewhere: bool,
    allocatedPositionId: nullable(uuid),
    consentStatus: { ...enumOf(CONSENT_VIEW_STATUSES), description: 'Only for enterprises' },
    decision: enumOf([...CANDIDATE_DECISIONS, 'none']),
    policies: { ...PolicyBriefsSchema, description: 'Policies the candidate would get by taking this position, and those nearly (what is missing)' },
  },
  ['allocatedHere', 'allocatedElsewhere', 'allocatedPositionId', 'consentStatus'],
);

/** A lacking or under-level skill with the way to get it (matching/engine/gap-advice.ts). */
const SkillGapSchema = object({
  skill: str,
  skillId: nullable(str),
  kind: enumOf(['missing', 'below_level', 'related_only', 'mentioned_only']),
  requiredLevel: int,
  heldLevel: nullable(int),
  stepsFrom: arrayOf(object({ skill: str, level: nullable(int), similarity: num })),
  scoreGain: { ...num, description: 'Points the score rises with the skill at the required level (re-scored)' },
  learnAt: arrayOf(
    object({
      universityId: uuid,
      university: str,
      city: str,
      partnershipTypes: arrayOf(str),
      programmes: arrayOf(object({ programmeId: uuid, major: str, degree: enumOf(DEGREES) })),
    }),
  ),
});

const EmptyReasonSchema = object({
  code: enumOf(['no_open_positions', 'no_eligible_position']),
  openPositions: int,
  rules: arrayOf(object({ code: str, zh: str, en: str, positions: int })),
  message: object({ zh: str, en: str }),
});

export const CandidateListSchema = object(
  { positionId: uuid, exposure: enumOf(['allocated']), ...freshness, pendingTalents: int, items: arrayOf(CandidateSchema) },
  ['exposure'],
);

export const RecommendationListSchema = object({
  talentId: uuid,
  ...freshness,
  threshold: { ...int, description: 'The store threshold (MATCH_STORE_MIN_SCORE); items below it are marked belowThreshold' },
  emptyReason: nullable(EmptyReasonSchema),
  matchProblem: nullable(
    object({ field: nullable(str), reason: str, since: dateTime, message: object({ zh: str, en: str }) }),
  ),
  items: arrayOf(
    object({
      positionId: uuid,
      title: str,
      enterpriseName: str,
      industry: enumOf(INDUSTRIES),
      location: str,
      urgency: int,
      salaryMin: nullable(int),
      salaryMax: nullable(int),
      belowThreshold: bool,
      gaps: arrayOf(SkillGapSchema),
      policies: { ...PolicyBriefsSchema, description: 'Policies that apply with this position, and those nearly (what is missing)' },
      ...rankedFields,
    }),
  ),
});

const ProgrammeComponents = object({ major: num, degree: num, skills: num });

export const ProgrammesForPositionSchema = object({
  positionId: uuid,
  ...freshness,
  items: arrayOf(
    object({
      programmeId: uuid,
      affinity: num,
      components: ProgrammeComponents,
      major: str,
      degree: enumOf(DEGREES),
      graduatesPerYear: int,
      universityId: uuid,
      universityName: str,
      city: str,
    }),
  ),
});

export const PositionsForProgrammeSchema = object({
  programmeId: uuid,
  ...freshness,
  items: arrayOf(
    object({
      positionId: uuid,
      affinity: num,
      components: ProgrammeComponents,
      title: str,
      industry: enumOf(INDUSTRIES),
      urgency: int,
      openHeadcount: int,
      enterpriseName: str,
    }),
  ),
});

const SkillMatchEntry = object({
  name: str,
  skillId: nullable(str),
  weight: num,
  minLevel: int,
  coverage: num,
  evidence: nullable(object({ kind: enumOf(['same', 'related', 'text']), skill: str, skillEn: str, level: int })),
});

/** GET /matches/{talentId}/{positionId}: the explanation computed now, beside the stored row. */
export const PairExplanationSchema = object({
  talentId: uuid,
  positionId: uuid,
  score: num,
  eligible: bool,
  ineligibleReasons: arrayOf(object({ code: enumOf(['degree_below_minimum', 'experience_far_below', 'will_not_relocate']), zh: str, en: str })),
  components: Components,
  skills: object({ matched: arrayOf(SkillMatchEntry), partial: arrayOf(SkillMatchEntry), missing: arrayOf(SkillMatchEntry), preferredMatched: arrayOf(str) }),
  reasons: Bilingual,
  contributions: { ...Components, description: 'Points each component adds; they sum to the score' },
  engineVersion: str,
  gaps: arrayOf(SkillGapSchema),
  stored: nullable(object({ score: num, computedAt: dateTime, talentVersion: int, positionVersion: int })),
  stale: bool,
});

export const DecisionSchema = object({
  positionId: uuid,
  talentId: uuid,
  decision: enumOf([...CANDIDATE_DECISIONS, 'none']),
  decidedAt: nullable(dateTime),
});

const QueueCounts = object({ waiting: int, active: int, failed: int });

export const RecomputeStatusSchema = object({
  pending: arrayOf(object({ kind: str, n: int, oldest: nullable(dateTime) })),
  queue: nullable(QueueCounts),
  failing: arrayOf(object({ kind: str, entityId: str, attempts: int, lastError: nullable(str) })),
  quarantined: object({
    total: int,
    items: arrayOf(
      object({ kind: str, entityId: str, entityVersion: int, field: nullable(str), reason: str, message: object({ zh: str, en: str }), quarantinedAt: dateTime }),
    ),
  }),
});
