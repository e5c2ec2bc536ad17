/**
 * Frozen corpus statistics: after positions are added, edited and closed, an engine that changed them in
 * place scores exactly as an engine built from scratch over the same positions under the same statistics
 * generation; and a change to one position leaves every other position's column of scores as it was.
 */
import { buildDemoData } from '../../seed/demo';
import { rngFor } from '../../seed/demo/prng';
import type { PositionProfile, TalentProfile } from '../types';
import { MatchingEngine } from './matching-engine';
import { demoPositionProfile, demoTalentProfile } from './testing/demo-profiles';

const data = buildDemoData();
const positions = data.positions.map(demoPositionProfile).slice(0, 120);
const talents: TalentProfile[] = data.talents.map(demoTalentProfile).slice(0, 300);

function column(engine: MatchingEngine, positionId: string): Float32Array {
  const scores = new Float32Array(engine.talentCount);
  engine.scoreTalentColumn(positionId, scores, new Uint8Array(engine.talentCount));
  return scores;
}

/** A real edit: other duties, one more required skill, another title word. */
function edited(p: PositionProfile, n: number): PositionProfile {
  return {
    ...p,
    title: n % 2 ? `${p.title}（高级）` : p.title,
    description: `${p.description ?? ''}负责熔盐电解与真空熔炼工艺改进，参与安全生产管理。`,
    requiredSkills: [...(p.requiredSkills ?? []), { name: n % 3 ? 'PLC编程' : '真空熔炼', weight: 1, minLevel: 2 }],
  };
}

describe('frozen corpus statistics', () => {
  it('keeps every other position column unchanged when one position is edited', () => {
    const engine = new MatchingEngine(positions, talents);
    const before = new Map(positions.map((p) => [p.id, column(engine, p.id)]));
    const target = positions[7];
    engine.upsertPosition(edited(target, 1));
    let changedColumns = 0;
    for (const p of positions) {
      const after = column(engine, p.id);
      const same = after.every((s, i) => Math.abs(s - before.get(p.id)![i]) < 1e-4);
      if (!same) changedColumns++;
      if (p.id !== target.id) expect(same).toBe(true);
    }
    expect(changedColumns).toBe(1);
  });

  it('equals a from-scratch engine under the same statistics after random adds, edits and closes', () => {
    const rng = rngFor(20261204, 'frozen-statistics');
    const engine = new MatchingEngine(positions, talents);
    const statistics = engine.statistics;
    let current = [...positions];
    const spare = data.positions.map(demoPositionProfile).slice(120, 160);
    for (let step = 0; step < 30; step++) {
      const roll = rng.float();
      if (roll < 0.4 && spare.length > 0) {
        const added = { ...spare.pop()!, id: `added-${step}` };
        current.push(added);
        engine.upsertPosition(added);
      } else if (roll < 0.8) {
        const i = Math.floor(rng.float() * current.length);
        current[i] = edited(current[i], step);
        engine.upsertPosition(current[i]);
      } else {
        const [closed] = current.splice(Math.floor(rng.float() * current.length), 1);
        expect(engine.removePosition(closed.id)).toBe(true);
      }
    }
    const scratch = new MatchingEngine(current, talents, { statistics });
    expect(engine.positionIds()).toEqual(scratch.positionIds());
    const n = engine.positionCount;
    for (const t of talents.slice(0, 120)) {
      const [a, b] = [engine, scratch].map((e) => {
        const scores = new Float32Array(n);
        const eligible = new Uint8Array(n);
        e.scoreTalentRow(t.id, scores, eligible);
        return { scores, eligible };
      });
      expect(Array.from(a.scores)).toEqual(Array.from(b.scores));
      expect(Array.from(a.eligible)).toEqual(Array.from(b.eligible));
    }
    for (const id of scratch.positionIds().slice(0, 40)) expect(Array.from(column(engine, id))).toEqual(Array.from(column(scratch, id)));
    const drift = statistics.drift(current);
    expect(drift.reference).toBe(positions.length);
    expect(drift.added + drift.changed + drift.removed).toBeGreaterThan(0);
  });

  it('scores a position added with a word no position had, for the talents who have it', () => {
    const engine = new MatchingEngine(positions, talents);
    const withWord = talents.find((t) => /晶界扩散/.test(JSON.stringify(t)));
    const added: PositionProfile = { id: 'new-word', title: '晶界扩散工艺工程师', description: '负责晶界扩散工艺', lang: 'zh' };
    engine.upsertPosition(added);
    if (withWord) expect(engine.scorePair(withWord.id, 'new-word').score).toBeGreaterThan(0);
    const scores = column(engine, 'new-word');
    expect(scores.every((s) => s >= 0 && s <= 100)).toBe(true);
  });
});
