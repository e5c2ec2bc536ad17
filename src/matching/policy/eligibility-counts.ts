import { evaluatePolicy, DEFAULT_POLICY_EVALUATOR_PARAMS, PolicyEvaluatorParams } from './evaluate-policies';
import type { PolicyPositionFacts, PolicyRule, PolicyTalentFacts } from './policy-types';

export interface PolicyEligibilityCount {
  policyId: string;
  /** Talents for whom the policy applies with at least one of the positions. */
  applies: number;
  /** Talents for whom it applies with none but nearly applies with at least one. */
  nearly: number;
  /** Of `nearly`, those whose only missing condition is a fact not recorded (to confirm, e.g. age). */
  nearlyOnlyUnknown: number;
}

const key = (p: PolicyPositionFacts) => `${p.industry ?? '-'}|${p.employerKeyChain ?? '-'}`;

/**
 * How many talents each policy reaches over a set of positions: a talent counts once per policy, at
 * their best status over the positions. Positions are reduced to their distinct facts first.
 */
export function eligibilityCounts(
  policies: readonly PolicyRule[],
  talents: readonly PolicyTalentFacts[],
  positions: readonly PolicyPositionFacts[],
  params: PolicyEvaluatorParams = DEFAULT_POLICY_EVALUATOR_PARAMS,
): PolicyEligibilityCount[] {
  const distinct = [...new Map(positions.map((p) => [key(p), p])).values()];
  return policies.map((policy) => {
    const count: PolicyEligibilityCount = { policyId: policy.id, applies: 0, nearly: 0, nearlyOnlyUnknown: 0 };
    for (const talent of talents) {
      let nearly = false;
      let onlyUnknown = false;
      let applies = false;
      for (const position of distinct) {
        const result = evaluatePolicy(policy, talent, position, params);
        if (result.status === 'applies') {
          applies = true;
          break;
        }
        if (result.status === 'nearly') {
          nearly = true;
          if (result.missing.every((m) => m.unknown)) onlyUnknown = true;
        }
      }
      if (applies) count.applies++;
      else if (nearly) {
        count.nearly++;
        if (onlyUnknown) count.nearlyOnlyUnknown++;
      }
    }
    return count;
  });
}
