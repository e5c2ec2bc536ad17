import { DEGREES, TIERS } from '../domain/vocabulary';
import { arrayOf, bool, enumOf, freshness, int, nullable, num, object, recordColumns, str, uuid } from '../common/openapi/schema';
import { POLICY_BENEFIT_KINDS, POLICY_CONDITION_KINDS } from '../matching/policy/policy-types';

export const PolicyConditionSchema = object({
  kind: enumOf(POLICY_CONDITION_KINDS),
  value: { oneOf: [enumOf(DEGREES), int, arrayOf(str), { type: 'boolean', enum: [true] }] },
});

export const PolicyBenefitSchema = object({
  kind: enumOf(POLICY_BENEFIT_KINDS),
  amountYuan: nullable(int),
  flats: nullable(int),
  descriptionZh: str,
  descriptionEn: nullable(str),
  amountIsExample: bool,
});

/** A talent policy: who issues it, its all-of conditions and its benefits. */
export const PolicySchema = object({
  ...recordColumns,
  nameZh: str,
  nameEn: nullable(str),
  issuer: str,
  tier: nullable(enumOf(TIERS)),
  conditions: arrayOf(PolicyConditionSchema),
  benefits: arrayOf(PolicyBenefitSchema),
  illustrative: bool,
  sourceNote: str,
  active: bool,
});

const Wording = { zh: str, en: str };

/** One policy evaluated for a talent (and a position): applies / nearly / no, why, and what is missing. */
export const PolicyEvaluationSchema = object({
  policyId: uuid,
  nameZh: str,
  nameEn: nullable(str),
  issuer: str,
  illustrative: bool,
  status: enumOf(['applies', 'nearly', 'no']),
  decidingRule: object({ code: enumOf(['allMet', 'noConditions', 'oneMissing', 'conditionFailed']), conditionIndex: nullable(int), ...Wording }),
  missing: arrayOf(object({ index: int, kind: enumOf(POLICY_CONDITION_KINDS), unknown: bool, ...Wording })),
  conditions: arrayOf(object({ index: int, kind: enumOf(POLICY_CONDITION_KINDS), outcome: enumOf(['met', 'unmet', 'unknown']), ...Wording })),
  benefits: arrayOf(PolicyBenefitSchema),
});

export const TalentPoliciesSchema = object({
  talentId: uuid,
  positionId: nullable(uuid),
  referenceYear: int,
  items: arrayOf(PolicyEvaluationSchema),
});

const PolicyHead = { policyId: uuid, nameZh: str, nameEn: nullable(str), illustrative: bool };

/** Policies on a list row: those that apply (with benefits) and those nearly (with what is missing, zh and en). */
export const PolicyBriefsSchema = object({
  applies: arrayOf(object({ ...PolicyHead, benefits: arrayOf(PolicyBenefitSchema) })),
  nearly: arrayOf(object({ ...PolicyHead, missing: arrayOf(object({ kind: enumOf(POLICY_CONDITION_KINDS), unknown: bool, ...Wording })) })),
});

const CostTotalsSchema = object({
  talentsPlaced: int,
  fundDemandedYuan: int,
  fundPendingYuan: int,
  otherIssuersYuan: int,
  loanCeilingYuan: int,
  flatsDemanded: int,
  flatsPending: int,
});

/** The strong candidates' demand on the zone's talent fund and flats (seat rule; every strong talent as the upper bound). */
export const PipelineCostSchema = object({
  strongScore: int,
  strongTalents: int,
  referenceYear: int,
  ...freshness,
  fund: object({ issuer: str, yuan: int, demandedYuan: int, pendingYuan: int, remainingYuan: int, shareDemanded: num }),
  flats: object({ available: int, demanded: int, pending: int, remaining: int }),
  seats: CostTotalsSchema,
  everyStrongTalent: CostTotalsSchema,
  items: arrayOf(
    object({
      policyId: uuid,
      nameZh: str,
      nameEn: str,
      issuer: str,
      illustrative: bool,
      talents: int,
      pendingTalents: int,
      moneyYuan: int,
      pendingMoneyYuan: int,
      loanCeilingYuan: int,
      flats: int,
      pendingFlats: int,
      amountsAreExamples: bool,
    }),
  ),
});
