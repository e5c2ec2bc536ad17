import { degreeRank } from '../../domain/vocabulary';
import { requirementText, unknownText } from './condition-wording';
import type {
  ConditionOutcome,
  ConditionResult,
  DecidingRule,
  MissingCondition,
  PolicyCondition,
  PolicyConditionKind,
  PolicyEvaluation,
  PolicyPositionFacts,
  PolicyRule,
  PolicyStatus,
  PolicyTalentFacts,
} from './policy-types';

/**
 * The rules, in one documented place:
 *
 * - A policy's conditions are all-of. A condition is **met**, **unmet**, or **unknown** (the fact it needs is
 *   not recorded, e.g. age, or a position-side condition evaluated without a position). Unknown is never
 *   taken as met: it is listed in `missing` with `unknown: true` and worded as something to confirm.
 * - **applies**: every condition met (a policy without conditions applies to everyone).
 * - **nearly**: at most `nearlyMaxMissing` conditions not met (default 1: "all but one"), at least
 *   `nearlyMinMet` met (default 1, so a one-condition policy that fails is simply "no"), and no **gate**
 *   condition known to be unmet. Gates (`gateKinds`, default tier and honour) are what a person cannot
 *   acquire by taking a job: a doctor is not "nearly" eligible for the skilled workers' subsidy, and
 *   nobody is "nearly" a talent-loan holder for lack of an honour (on the demo data that would be 1,954 of
 *   2,000 talents). Degree, years, field, employer and first employment are not gates: "获得鹿城英才需…".
 * - **no**: otherwise. Its deciding rule names the first unmet gate, else the first unmet condition in
 *   document order, else the first unknown one.
 *
 * The status depends only on how many conditions are met, how many are not and whether a gate failed;
 * meeting one more condition never lowers it, so it never removes a policy (property-tested).
 */
export interface PolicyEvaluatorParams {
  nearlyMaxMissing: number;
  nearlyMinMet: number;
  gateKinds: readonly PolicyConditionKind[];
}

export const DEFAULT_POLICY_EVALUATOR_PARAMS: Readonly<PolicyEvaluatorParams> = Object.freeze({
  nearlyMaxMissing: 1,
  nearlyMinMet: 1,
  gateKinds: Object.freeze(['tier', 'honour'] as PolicyConditionKind[]),
});

/** Is the talent in a field: any of their majors contains any of the keywords (case-insensitive). */
function inField(majors: readonly string[], keywords: readonly string[]): boolean {
  const lower = majors.map((m) => m.toLowerCase());
  return keywords.some((k) => lower.some((m) => m.includes(k.toLowerCase())));
}

const known = (test: boolean | null): ConditionOutcome => (test === null ? 'unknown' : test ? 'met' : 'unmet');

export function checkCondition(condition: PolicyCondition, talent: PolicyTalentFacts, position: PolicyPositionFacts | null): ConditionOutcome {
  switch (condition.kind) {
    case 'minDegree':
      return known(talent.highestDegree === null ? null : degreeRank(talent.highestDegree) >= degreeRank(condition.value));
    case 'maxAge':
      return known(talent.age === null ? null : talent.age <= condition.value);
    case 'honour':
      return known(condition.value.some((h) => talent.honours.includes(h)));
    case 'tier':
      return known(talent.tier === null ? null : condition.value.includes(talent.tier));
    case 'field':
      return known(talent.majors.length === 0 ? null : inField(talent.majors, condition.value));
    case 'industry':
      return known(position === null || position.industry === null ? null : condition.value.includes(position.industry));
    case 'employerKeyChain':
      return known(position === null ? null : position.employerKeyChain);
    case 'firstEmploymentInZone':
      return known(talent.workedInZoneBefore === null ? null : !talent.workedInZoneBefore);
    case 'graduatedWithinYears':
      return known(talent.yearsSinceGraduation === null ? null : talent.yearsSinceGraduation <= condition.value);
    case 'minYearsExperience':
      return known(talent.yearsExperience === null ? null : talent.yearsExperience >= condition.value);
  }
}

/** The status from the counts alone (monotone: more met, fewer missing, never a lower status). */
export function statusFor(
  met: number,
  missing: number,
  gateFailed: boolean,
  params: PolicyEvaluatorParams = DEFAULT_POLICY_EVALUATOR_PARAMS,
): PolicyStatus {
  if (missing === 0) return 'applies';
  if (!gateFailed && missing <= params.nearlyMaxMissing && met >= params.nearlyMinMet) return 'nearly';
  return 'no';
}

function decidingRule(policy: PolicyRule, status: PolicyStatus, results: ConditionResult[], gates: readonly PolicyConditionKind[]): DecidingRule {
  const total = results.length;
  if (status === 'applies') {
    return total === 0
      ? { code: 'noConditions', conditionIndex: null, zh: `${policy.nameZh}不设条件`, en: `${policy.nameEn} has no conditions` }
      : { code: 'allMet', conditionIndex: null, zh: `满足全部${total}项条件`, en: `all ${total} conditions met` };
  }
  const deciding =
    results.find((r) => r.outcome === 'unmet' && gates.includes(r.kind)) ??
    results.find((r) => r.outcome === 'unmet') ??
    results.find((r) => r.outcome === 'unknown')!;
  if (status === 'nearly') {
    return {
      code: 'oneMissing',
      conditionIndex: deciding.index,
      zh: `${total}项条件差一项：${deciding.zh}`,
      en: `one of ${total} conditions missing: ${deciding.en}`,
    };
  }
  return {
    code: 'conditionFailed',
    conditionIndex: deciding.index,
    zh: `不满足：${deciding.zh}`,
    en: `not met: ${deciding.en}`,
  };
}

/** One policy for one talent (and, when given, the position they would take). */
export function evaluatePolicy(
  policy: PolicyRule,
  talent: PolicyTalentFacts,
  position: PolicyPositionFacts | null,
  params: PolicyEvaluatorParams = DEFAULT_POLICY_EVALUATOR_PARAMS,
): PolicyEvaluation {
  const conditions: ConditionResult[] = policy.conditions.map((condition, index) => ({
    index,
    kind: condition.kind,
    outcome: checkCondition(condition, talent, position),
    ...requirementText(condition),
  }));
  const missing: MissingCondition[] = conditions
    .filter((r) => r.outcome !== 'met')
    .map((r) => {
      const condition = policy.conditions[r.index];
      const unknown = r.outcome === 'unknown';
      const text = unknown ? unknownText(condition) : requirementText(condition);
      return {
        index: r.index,
        kind: r.kind,
        unknown,
        zh: `获得${policy.nameZh}需：${text.zh}`,
        en: `${policy.nameEn} needs: ${text.en}`,
      };
    });
  const gateFailed = conditions.some((r) => r.outcome === 'unmet' && params.gateKinds.includes(r.kind));
  const status = statusFor(conditions.length - missing.length, missing.length, gateFailed, params);
  return { policyId: policy.id, status, decidingRule: decidingRule(policy, status, conditions, params.gateKinds), missing, conditions };
}

/** Every policy, in the order given. */
export function evaluatePolicies(
  policies: readonly PolicyRule[],
  talent: PolicyTalentFacts,
  position: PolicyPositionFacts | null,
  params: PolicyEvaluatorParams = DEFAULT_POLICY_EVALUATOR_PARAMS,
): PolicyEvaluation[] {
  return policies.map((policy) => evaluatePolicy(policy, talent, position, params));
}
