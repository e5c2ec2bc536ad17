/**
 * Which talent policies to present to which majors at a stop (issue 18): for each cohort the stop
 * targets, the policies a new graduate of that major and degree would get with the positions presented
 * to it there. Pure: the policies come in as plain data with the planning input, and the evaluator is the
 * one the API uses (src/matching/policy).
 *
 * A cohort's facts: its degree and major, graduating this year (0 years since graduation, no work
 * experience, no earlier job in the zone); tier, honours and age are not known for a cohort, so policies
 * that ask for them never apply here (the evaluator takes unknown as not met). Position facts: each
 * presented title's industry and whether its employer is in a key chain.
 */
import { evaluatePolicy } from '../../matching/policy/evaluate-policies';
import { positionFacts } from '../../matching/policy/policy-facts';
import type { PolicyTalentFacts } from '../../matching/policy/policy-types';
import type { TripContext } from './trip-context';
import type { TripPolicy, TripProgramme, TripStopMajorPolicies, TripStopPosition } from './trip-types';

export function cohortFacts(programme: Pick<TripProgramme, 'degree' | 'major'>): PolicyTalentFacts {
  return {
    highestDegree: programme.degree,
    age: null,
    honours: [],
    tier: null,
    majors: [programme.major],
    yearsSinceGraduation: 0,
    yearsExperience: 0,
    workedInZoneBefore: false,
  };
}

/**
 * Per targeted major (in the stop's order), the policies that apply with at least one of the titles
 * presented to that cohort; `positions` counts those titles, `ofPositions` all the cohort's titles.
 */
export function stopPolicies(
  ctx: TripContext,
  u: number,
  majors: readonly { major: string; degree: TripProgramme['degree'] }[],
  titles: readonly { entry: TripStopPosition; positionIndexes: readonly number[] }[],
): TripStopMajorPolicies[] {
  const policies: readonly TripPolicy[] = ctx.policies;
  if (policies.length === 0) return [];
  const out: TripStopMajorPolicies[] = [];
  for (const { major, degree } of majors) {
    const programmes = ctx.programmesOf[u].filter((p) => p.major === major && p.degree === degree);
    const fed = new Set<number>();
    for (const programme of programmes) for (const e of ctx.programmeSupply.get(programme.id) ?? []) if (e.amount > 0) fed.add(e.pos);
    const cohortTitles = titles.filter((t) => t.positionIndexes.some((i) => fed.has(i)));
    const facts = cohortFacts({ major, degree });
    const applying = policies
      .map((policy) => {
        const positions = cohortTitles.filter((t) =>
          t.positionIndexes.some((i) => {
            if (!fed.has(i)) return false;
            const p = ctx.positions[i];
            const position = positionFacts({ industry: p.industry }, p.employerIndustry ?? null);
            return evaluatePolicy(policy, facts, position).status === 'applies';
          }),
        ).length;
        return { policyId: policy.id, nameZh: policy.nameZh, nameEn: policy.nameEn, illustrative: policy.illustrative, positions };
      })
      .filter((p) => p.positions > 0);
    out.push({ major, degree, ofPositions: cohortTitles.length, policies: applying });
  }
  return out;
}
