import { buildDemoData } from '../../seed/demo';
import type { PositionProfile, TalentProfile } from '../types';
import { skillGaps } from './gap-advice';
import { MatchingEngine } from './matching-engine';

describe('gap advice', () => {
  const data = buildDemoData();
  const positions: PositionProfile[] = data.positions.slice(0, 60).map((p, i) => ({ ...p, id: `p${i}`, lang: 'zh' }));
  const talents: TalentProfile[] = data.talents.slice(0, 80).map((t, i) => ({ ...t, id: `t${i}`, lang: 'zh' }));
  const engine = new MatchingEngine(positions, talents);

  /** Pairs of eligible talents with their best position, where some requirement is open. */
  const pairs = talents
    .map((talent) => {
      const [best] = engine.rankPositionsForTalent(talent.id, { limit: 1 });
      return best ? { talent, result: engine.explain(talent.id, best.id) } : null;
    })
    .filter((pair): pair is NonNullable<typeof pair> => pair !== null && pair.result.skills.missing.length + pair.result.skills.partial.length > 0);

  it('finds open requirements on the demo data', () => {
    expect(pairs.length).toBeGreaterThan(20);
  });

  it('measures each gain by re-scoring: holding the skill at its level scores exactly that much more', () => {
    let checked = 0;
    for (const { talent, result } of pairs.slice(0, 25)) {
      const gaps = skillGaps(engine, talent, result);
      expect(engine.hasTalent(`${talent.id}#gap`)).toBe(false);
      for (const gap of gaps) {
        expect(gap.scoreGain).toBeGreaterThanOrEqual(0);
        expect(gap.requiredLevel).toBeGreaterThanOrEqual(1);
        if (gap.kind === 'below_level') expect(gap.heldLevel ?? 0).toBeLessThan(gap.requiredLevel);
        if (gap.kind === 'missing') expect(gap.heldLevel).toBeNull();
        for (const step of gap.stepsFrom) expect(step.similarity).toBeGreaterThan(0);
      }
      const [first] = gaps;
      if (!first) continue;
      const learned: TalentProfile = {
        ...talent,
        id: `${talent.id}-learned`,
        skills: [...(talent.skills ?? []).filter((s) => engine.space.resolveSkill(s.name) !== first.skillIndex || first.skillIndex < 0), { name: first.skill, level: first.requiredLevel }],
      };
      engine.upsertTalent(learned);
      const after = engine.scorePair(learned.id, result.positionId).score;
      engine.removeTalent(learned.id);
      expect(Math.max(0, after - result.score)).toBeCloseTo(first.scoreGain, 0);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('some gaps are worth points and some have a step from a related skill the talent holds', () => {
    const all = pairs.flatMap(({ talent, result }) => skillGaps(engine, talent, result));
    expect(all.some((g) => g.scoreGain > 0)).toBe(true);
    expect(all.some((g) => g.stepsFrom.length > 0)).toBe(true);
  });
});
