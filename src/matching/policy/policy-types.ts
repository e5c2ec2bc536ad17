/**
 * Talent policies as data (issue 18): the plain-data contract of the rules evaluator. A policy is an
 * all-of list of typed conditions and a list of benefits; the evaluator reads facts about a talent and,
 * optionally, the position they would take. Pure module: the API, the database and the evaluator share it.
 */
import type { Degree, Industry, Tier } from '../../domain/vocabulary';

/** Condition kinds, in the order the documentation lists them. */
export const POLICY_CONDITION_KINDS = [
  'minDegree',
  'maxAge',
  'honour',
  'tier',
  'field',
  'industry',
  'employerKeyChain',
  'firstEmploymentInZone',
  'graduatedWithinYears',
  'minYearsExperience',
] as const;
export type PolicyConditionKind = (typeof POLICY_CONDITION_KINDS)[number];

/**
 * One condition. List values are any-of (`honour: ['鹿城英才', '草原英才']` is met by either); the flags
 * (`employerKeyChain`, `firstEmploymentInZone`) only take `true`.
 */
export type PolicyCondition =
  | { kind: 'minDegree'; value: Degree }
  | { kind: 'maxAge'; value: number }
  | { kind: 'honour'; value: string[] }
  | { kind: 'tier'; value: Tier[] }
  | { kind: 'field'; value: string[] }
  | { kind: 'industry'; value: Industry[] }
  | { kind: 'employerKeyChain'; value: true }
  | { kind: 'firstEmploymentInZone'; value: true }
  | { kind: 'graduatedWithinYears'; value: number }
  | { kind: 'minYearsExperience'; value: number };

export const POLICY_BENEFIT_KINDS = ['subsidy', 'allowance', 'researchFunding', 'housing', 'loan', 'post'] as const;
export type PolicyBenefitKind = (typeof POLICY_BENEFIT_KINDS)[number];

/**
 * What a policy gives. `amountYuan` is the one-off amount (for `allowance` the total over the period, for
 * `loan` the ceiling); `flats` the talent-apartment flats it takes (`housing`). `amountIsExample` marks an
 * amount the public reports do not give.
 */
export interface PolicyBenefit {
  kind: PolicyBenefitKind;
  amountYuan: number | null;
  flats: number | null;
  descriptionZh: string;
  descriptionEn: string;
  amountIsExample: boolean;
}

/** The part of a policy the evaluator reads. */
export interface PolicyRule {
  id: string;
  nameZh: string;
  nameEn: string;
  conditions: readonly PolicyCondition[];
}

/**
 * What is known about a talent, as the evaluator needs it. `null` means not recorded: the evaluator says
 * so instead of guessing (profiles have no birth date, so `age` is null unless a caller knows it).
 */
export interface PolicyTalentFacts {
  highestDegree: Degree | null;
  age: number | null;
  honours: readonly string[];
  tier: Tier | null;
  /** Majors of every education entry. */
  majors: readonly string[];
  /** Reference year minus the latest graduation year (negative while still studying). */
  yearsSinceGraduation: number | null;
  /** Years of work, internships excluded. */
  yearsExperience: number | null;
  /** Has held a job (not an internship) at an employer in the zone. */
  workedInZoneBefore: boolean | null;
}

/** The position the talent would take; absent when a talent is evaluated on their own. */
export interface PolicyPositionFacts {
  industry: Industry | null;
  /** The employer belongs to one of the zone's key industry chains. */
  employerKeyChain: boolean | null;
}

export type ConditionOutcome = 'met' | 'unmet' | 'unknown';
export type PolicyStatus = 'applies' | 'nearly' | 'no';

export interface ConditionResult {
  index: number;
  kind: PolicyConditionKind;
  outcome: ConditionOutcome;
  /** What the condition asks ("学历须为硕士及以上"). */
  zh: string;
  en: string;
}

/** A missing condition, worded as what the talent needs ("获得鹿城英才需：…"). */
export interface MissingCondition {
  index: number;
  kind: PolicyConditionKind;
  /** true when the fact is not recorded (to confirm) rather than known to fail. */
  unknown: boolean;
  zh: string;
  en: string;
}

export type DecidingRuleCode = 'allMet' | 'noConditions' | 'oneMissing' | 'conditionFailed';

/** Why the status is what it is, naming the condition that decided it where one did. */
export interface DecidingRule {
  code: DecidingRuleCode;
  /** The deciding condition (the missing one, or the first unmet one); null for allMet / noConditions. */
  conditionIndex: number | null;
  zh: string;
  en: string;
}

export interface PolicyEvaluation {
  policyId: string;
  status: PolicyStatus;
  decidingRule: DecidingRule;
  missing: MissingCondition[];
  conditions: ConditionResult[];
}
