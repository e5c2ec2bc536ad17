import fc from 'fast-check';
import { DEGREES, INDUSTRIES, TIERS } from '../../domain/vocabulary';
import { checkCondition, evaluatePolicy, statusFor } from './evaluate-policies';
import type { PolicyCondition, PolicyPositionFacts, PolicyRule, PolicyStatus, PolicyTalentFacts } from './policy-types';

const HONOURS = ['鹿城英才', '草原英才', '万人计划', '领军人才'];
const FIELDS = ['冶金', '材料', '化学', '机械', '电气'];
const GATES: readonly string[] = ['tier', 'honour'];
const RANK: Record<PolicyStatus, number> = { no: 0, nearly: 1, applies: 2 };

const someOf = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length });

const condition: fc.Arbitrary<PolicyCondition> = fc.oneof(
  fc.record({ kind: fc.constant('minDegree' as const), value: fc.constantFrom(...DEGREES) }),
  fc.record({ kind: fc.constant('maxAge' as const), value: fc.integer({ min: 18, max: 70 }) }),
  fc.record({ kind: fc.constant('honour' as const), value: someOf(HONOURS) }),
  fc.record({ kind: fc.constant('tier' as const), value: someOf(TIERS) }),
  fc.record({ kind: fc.constant('field' as const), value: someOf(FIELDS) }),
  fc.record({ kind: fc.constant('industry' as const), value: someOf(INDUSTRIES) }),
  fc.record({ kind: fc.constant('employerKeyChain' as const), value: fc.constant(true as const) }),
  fc.record({ kind: fc.constant('firstEmploymentInZone' as const), value: fc.constant(true as const) }),
  fc.record({ kind: fc.constant('graduatedWithinYears' as const), value: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant('minYearsExperience' as const), value: fc.integer({ min: 0, max: 20 }) }),
);

const policy: fc.Arbitrary<PolicyRule> = fc.record({
  id: fc.uuid(),
  nameZh: fc.constantFrom('鹿城英才', '人才贷', '博士硕士引进行动计划'),
  nameEn: fc.constantFrom('Lucheng Talents', 'Talent loan', 'Doctor and master plan'),
  conditions: fc.array(condition, { maxLength: 6 }),
});

const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const talent: fc.Arbitrary<PolicyTalentFacts> = fc.record({
  highestDegree: orNull(fc.constantFrom(...DEGREES)),
  age: orNull(fc.integer({ min: 18, max: 70 })),
  honours: fc.uniqueArray(fc.constantFrom(...HONOURS), { maxLength: 3 }),
  tier: orNull(fc.constantFrom(...TIERS)),
  majors: fc.array(fc.constantFrom('稀土冶金', '材料科学', '机械工程', '会计学', '电气工程'), { maxLength: 3 }),
  yearsSinceGraduation: orNull(fc.integer({ min: -3, max: 30 })),
  yearsExperience: orNull(fc.integer({ min: 0, max: 30 })),
  workedInZoneBefore: orNull(fc.boolean()),
});

const position: fc.Arbitrary<PolicyPositionFacts | null> = orNull(
  fc.record({ industry: orNull(fc.constantFrom(...INDUSTRIES)), employerKeyChain: orNull(fc.boolean()) }),
);

/** Changes the facts so that `c` is met, touching only the fact it reads. */
function satisfy(c: PolicyCondition, t: PolicyTalentFacts, p: PolicyPositionFacts | null): [PolicyTalentFacts, PolicyPositionFacts | null] {
  const pos = p ?? { industry: null, employerKeyChain: null };
  switch (c.kind) {
    case 'minDegree':
      return [{ ...t, highestDegree: c.value }, p];
    case 'maxAge':
      return [{ ...t, age: c.value }, p];
    case 'honour':
      return [{ ...t, honours: [...t.honours, c.value[0]] }, p];
    case 'tier':
      return [{ ...t, tier: c.value[0] }, p];
    case 'field':
      return [{ ...t, majors: [...t.majors, `${c.value[0]}工程`] }, p];
    case 'industry':
      return [t, { ...pos, industry: c.value[0] }];
    case 'employerKeyChain':
      return [t, { ...pos, employerKeyChain: true }];
    case 'firstEmploymentInZone':
      return [{ ...t, workedInZoneBefore: false }, p];
    case 'graduatedWithinYears':
      return [{ ...t, yearsSinceGraduation: c.value }, p];
    case 'minYearsExperience':
      return [{ ...t, yearsExperience: c.value }, p];
  }
}

describe('policy rules evaluator (properties)', () => {
  it('never removes a policy when a condition becomes met (and none stops being met)', () => {
    fc.assert(
      fc.property(policy, talent, position, fc.nat(), (rule, t, p, pickIndex) => {
        fc.pre(rule.conditions.length > 0);
        const target = rule.conditions[pickIndex % rule.conditions.length];
        const [t2, p2] = satisfy(target, t, p);
        const before = rule.conditions.map((c) => checkCondition(c, t, p));
        const after = rule.conditions.map((c) => checkCondition(c, t2, p2));
        expect(checkCondition(target, t2, p2)).toBe('met');
        // Another condition of the same kind may read the changed fact the other way (a second tier list).
        fc.pre(before.every((o, i) => o !== 'met' || after[i] === 'met'));
        expect(RANK[evaluatePolicy(rule, t2, p2).status]).toBeGreaterThanOrEqual(RANK[evaluatePolicy(rule, t, p).status]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never removes a policy when a met condition is added or an unmet one dropped', () => {
    fc.assert(
      fc.property(policy, talent, position, condition, (rule, t, p, extra) => {
        const base = evaluatePolicy(rule, t, p);
        const outcome = checkCondition(extra, t, p);
        const withExtra = evaluatePolicy({ ...rule, conditions: [...rule.conditions, extra] }, t, p);
        if (outcome === 'met') expect(RANK[withExtra.status]).toBeGreaterThanOrEqual(RANK[base.status]);
        else expect(RANK[base.status]).toBeGreaterThanOrEqual(RANK[withExtra.status]);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives every result its deciding rule, consistent with the status and the missing conditions', () => {
    fc.assert(
      fc.property(policy, talent, position, (rule, t, p) => {
        const result = evaluatePolicy(rule, t, p);
        const notMet = result.conditions.filter((c) => c.outcome !== 'met').map((c) => c.index);
        expect(result.missing.map((m) => m.index)).toEqual(notMet);
        expect(result.decidingRule.zh.length).toBeGreaterThan(0);
        expect(result.decidingRule.en.length).toBeGreaterThan(0);
        for (const m of result.missing) {
          expect(m.zh.startsWith(`获得${rule.nameZh}需：`)).toBe(true);
          expect(m.en.length).toBeGreaterThan(0);
          expect(m.unknown).toBe(result.conditions[m.index].outcome === 'unknown');
        }
        switch (result.status) {
          case 'applies':
            expect(notMet).toEqual([]);
            expect(result.decidingRule.code).toBe(rule.conditions.length === 0 ? 'noConditions' : 'allMet');
            expect(result.decidingRule.conditionIndex).toBeNull();
            break;
          case 'nearly':
            expect(notMet).toHaveLength(1);
            expect(result.decidingRule).toMatchObject({ code: 'oneMissing', conditionIndex: notMet[0] });
            expect(GATES.includes(result.conditions[notMet[0]].kind) && result.conditions[notMet[0]].outcome === 'unmet').toBe(false);
            break;
          case 'no':
            expect(notMet.length).toBeGreaterThan(0);
            expect(result.decidingRule.code).toBe('conditionFailed');
            // The deciding rule is the first unmet gate (tier, honour), else the first unmet condition, else the first unknown one.
            expect(result.decidingRule.conditionIndex).toBe(
              result.conditions.find((c) => c.outcome === 'unmet' && GATES.includes(c.kind))?.index ??
                result.conditions.find((c) => c.outcome === 'unmet')?.index ??
                result.conditions.find((c) => c.outcome === 'unknown')?.index,
            );
            break;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never takes an unknown fact as met', () => {
    fc.assert(
      fc.property(condition, (c) => {
        const blank: PolicyTalentFacts = {
          highestDegree: null,
          age: null,
          honours: [],
          tier: null,
          majors: [],
          yearsSinceGraduation: null,
          yearsExperience: null,
          workedInZoneBefore: null,
        };
        expect(checkCondition(c, blank, null)).not.toBe('met');
        // Only the honours list is always known (an empty list is "none").
        expect(checkCondition(c, blank, null)).toBe(c.kind === 'honour' ? 'unmet' : 'unknown');
      }),
    );
  });

  it('has a status that falls as conditions go missing, whatever the counts', () => {
    fc.assert(
      fc.property(fc.nat(8), fc.nat(8), fc.boolean(), (met, missing, gate) => {
        const gateFailed = gate && missing > 0;
        expect(RANK[statusFor(met + 1, missing, gateFailed)]).toBeGreaterThanOrEqual(RANK[statusFor(met, missing, gateFailed)]);
        if (missing > 0) {
          expect(RANK[statusFor(met + 1, missing - 1, false)]).toBeGreaterThanOrEqual(RANK[statusFor(met, missing, gateFailed)]);
          if (missing > 1) expect(RANK[statusFor(met + 1, missing - 1, gateFailed)]).toBeGreaterThanOrEqual(RANK[statusFor(met, missing, gateFailed)]);
        }
        expect(RANK[statusFor(met, missing, false)]).toBeGreaterThanOrEqual(RANK[statusFor(met, missing, gateFailed)]);
      }),
    );
  });
});
