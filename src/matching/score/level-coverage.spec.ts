import fc from 'fast-check';
import { DEFAULT_ENGINE_PARAMS } from './engine-params';
import { FeatureSpace } from './feature-space';
import { PairScorer } from './pair-scorer';
import { compilePosition, compileTalent, levelCoverage } from './profile-features';

/**
 * A requirement with a minimum level is covered by the best of the talent's skills after the level
 * discount: adding a skill to a talent (even a low-level one) can never lower the coverage.
 */
describe('level-aware skill coverage', () => {
  const space = new FeatureSpace();
  const scorer = new PairScorer(space, DEFAULT_ENGINE_PARAMS);
  const coverage = (skills: { name: string; level: number }[], requirement: { name: string; minLevel: number }) => {
    const position = compilePosition(space, { id: 'p', title: '稀土萃取工程师', requiredSkills: [{ ...requirement, weight: 1 }] });
    scorer.load(compileTalent(space, { id: 't', skills }, DEFAULT_ENGINE_PARAMS));
    return scorer.requirementCoverage(position, 0);
  };

  it('keeps a related skill at a good level when a closer skill is added at a low level', () => {
    const requirement = { name: '稀土萃取', minLevel: 5 };
    const before = coverage([{ name: '串级萃取理论与设计', level: 5 }], requirement);
    const after = coverage([{ name: '串级萃取理论与设计', level: 5 }, { name: '稀土萃取', level: 1 }], requirement);
    expect(before).toBeGreaterThan(0);
    expect(after).toBeGreaterThanOrEqual(before);
  });

  it('never lowers coverage when a skill is added (property)', () => {
    const names = ['稀土萃取', '串级萃取理论与设计', '稀土分离', '熔盐电解', 'PLC编程', '工艺优化', '化工单元操作', 'AutoCAD'];
    const skill = fc.record({ name: fc.constantFrom(...names), level: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(skill, { maxLength: 5 }), skill, fc.constantFrom(...names), fc.integer({ min: 1, max: 5 }), (skills, extra, req, min) => {
        const requirement = { name: req, minLevel: min };
        return coverage([...skills, extra], requirement) >= coverage(skills, requirement) - 1e-6;
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('computes the discounted best over levels', () => {
    // Best at level ≥ 4 is 0.6; a 0.9 reached only at level 2 counts 0.9 × (0.5 + 0.5 × 2/4) = 0.675.
    const byLevel = Float32Array.from([0.9, 0.9, 0.6, 0.6, 0]);
    expect(levelCoverage(byLevel, 0, 4, 0.5)).toBeCloseTo(0.675, 6);
    expect(levelCoverage(byLevel, 0, 1, 0.5)).toBeCloseTo(0.9, 6);
  });
});
