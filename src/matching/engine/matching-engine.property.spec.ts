/**
 * Property tests of the MatchingEngine over generated, realistic corpora (taxonomy skill names, majors,
 * titles and cities of the Baotou zone). Fixed seeds: a failure replays identically.
 */
import fc from 'fast-check';
import { degreeRank } from '../../domain/vocabulary';
import { getSkillTaxonomy } from '../skills/skill-normaliser';
import { COMPONENTS } from '../score/pair-scorer';
import type { PositionProfile, TalentProfile } from '../types';
import { MatchingEngine } from './matching-engine';
import { corpusArb, SKILL_POOL, shuffled, UNRESOLVED_SKILLS, type Corpus } from './testing/profile-arbitraries';

const RUNS = { seed: 42, numRuns: 200 } as const;
const ALL = { limit: 10_000, includeIneligible: true } as const;

function inRange(score: number): boolean {
  return Number.isFinite(score) && score >= 0 && score <= 100;
}

/** Every number the engine gives for a corpus, keyed by talent and position id. */
function snapshot(engine: MatchingEngine, corpus: Corpus) {
  const pairs = new Map<string, { score: number; eligible: boolean }>();
  const rows = new Map<string, number[]>();
  const byTalent = new Map<string, { id: string; score: number; eligible: boolean }[]>();
  const byPosition = new Map<string, { id: string; score: number; eligible: boolean }[]>();
  const ids = engine.positionIds();
  const scores = new Float32Array(ids.length);
  const eligible = new Uint8Array(ids.length);
  for (const t of corpus.talents) {
    engine.scoreTalentRow(t.id, scores, eligible);
    rows.set(t.id, Array.from(scores));
    byTalent.set(t.id, engine.rankPositionsForTalent(t.id, ALL));
    for (const p of corpus.positions) pairs.set(`${t.id}|${p.id}`, engine.scorePair(t.id, p.id));
  }
  for (const p of corpus.positions) byPosition.set(p.id, engine.rankTalentsForPosition(p.id, ALL));
  return { pairs, rows, byTalent, byPosition };
}

function permuted(corpus: Corpus, seed: number): Corpus {
  return {
    positions: shuffled(corpus.positions, seed).map((p, i) => ({
      ...p,
      requiredSkills: p.requiredSkills && shuffled(p.requiredSkills, seed + i + 1),
      preferredSkills: p.preferredSkills && shuffled(p.preferredSkills, seed + i + 2),
      preferredMajors: p.preferredMajors && shuffled(p.preferredMajors, seed + i + 3),
    })),
    talents: shuffled(corpus.talents, seed + 7).map((t, i) => ({ ...t, skills: t.skills && shuffled(t.skills, seed + i + 11) })),
  };
}

describe('MatchingEngine properties (generated corpora)', () => {
  // The shared FeatureSpace (skill similarity tables) is built on first use; do it outside the timed runs.
  beforeAll(() => {
    new MatchingEngine([{ id: 'warm-up', title: '稀土萃取工程师' }], [{ id: 't', headline: '电气工程师' }]);
  });

  it('uses skill names that resolve in the taxonomy (and soft skills that do not)', () => {
    const taxonomy = getSkillTaxonomy();
    expect(SKILL_POOL.filter((name) => !taxonomy.resolve(name))).toEqual([]);
    expect(UNRESOLVED_SKILLS.filter((name) => taxonomy.resolve(name))).toEqual([]);
  });

  it('gives every score as a finite number in [0, 100], and explain components in [0, 1]', () => {
    fc.assert(
      fc.property(corpusArb(), (corpus) => {
        const engine = new MatchingEngine(corpus.positions, corpus.talents);
        const { pairs, rows, byTalent, byPosition } = snapshot(engine, corpus);
        for (const [key, r] of pairs) if (!inRange(r.score)) throw new Error(`scorePair ${key} = ${r.score}`);
        for (const [id, row] of rows) for (const s of row) if (!inRange(s)) throw new Error(`scoreTalentRow ${id}: ${s}`);
        for (const list of [...byTalent.values(), ...byPosition.values()]) for (const m of list) expect(inRange(m.score)).toBe(true);
        for (const t of corpus.talents) {
          for (const p of corpus.positions) {
            const x = engine.explain(t.id, p.id);
            expect(inRange(x.score)).toBe(true);
            expect(Object.keys(x.components).sort()).toEqual([...COMPONENTS].sort());
            for (const name of COMPONENTS) {
              const c = x.components[name];
              if (!(Number.isFinite(c) && c >= 0 && c <= 1)) throw new Error(`component ${name} of ${t.id}|${p.id} = ${c}`);
            }
            for (const e of [...x.skills.matched, ...x.skills.partial, ...x.skills.missing]) {
              expect(e.coverage).toBeGreaterThanOrEqual(0);
              expect(e.coverage).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of positions, of talents, or of the skills inside a profile', () => {
    fc.assert(
      fc.property(corpusArb(), fc.integer({ min: 1, max: 2 ** 30 }), (corpus, seed) => {
        const a = snapshot(new MatchingEngine(corpus.positions, corpus.talents), corpus);
        const other = permuted(corpus, seed);
        const engineB = new MatchingEngine(other.positions, other.talents);
        const b = snapshot(engineB, other);
        // Reordering a weighted sum can move the last bits of a float; anything beyond that is a real change.
        for (const [key, r] of a.pairs) {
          const s = b.pairs.get(key)!;
          expect(s.eligible).toBe(r.eligible);
          expect(Math.abs(s.score - r.score)).toBeLessThan(1e-4);
        }
        for (const [id, list] of a.byTalent) expect(b.byTalent.get(id)).toEqual(list);
        for (const [id, list] of a.byPosition) expect(b.byPosition.get(id)).toEqual(list);
      }),
      RUNS,
    );
  });

  it('is deterministic, and explain, scorePair and scoreTalentRow agree', () => {
    fc.assert(
      fc.property(corpusArb(), (corpus) => {
        const one = new MatchingEngine(corpus.positions, corpus.talents);
        const two = new MatchingEngine(corpus.positions, corpus.talents);
        const a = snapshot(one, corpus);
        const b = snapshot(two, corpus);
        expect(b.pairs).toEqual(a.pairs);
        expect(b.rows).toEqual(a.rows);
        expect(b.byTalent).toEqual(a.byTalent);
        expect(b.byPosition).toEqual(a.byPosition);
        const ids = one.positionIds();
        for (const t of corpus.talents) {
          const row = a.rows.get(t.id)!;
          for (const p of corpus.positions) {
            const x = one.explain(t.id, p.id);
            expect(two.explain(t.id, p.id)).toEqual(x);
            const pair = a.pairs.get(`${t.id}|${p.id}`)!;
            expect(x.eligible).toBe(pair.eligible);
            expect(Math.abs(x.score - pair.score)).toBeLessThanOrEqual(0.01);
            expect(Math.abs(x.score - row[ids.indexOf(p.id)])).toBeLessThanOrEqual(0.01);
          }
        }
      }),
      RUNS,
    );
  });

  it('never lowers a pair score when the position also asks for a skill the talent has (at its level)', () => {
    const taxonomy = getSkillTaxonomy();
    let compared = 0;
    fc.assert(
      fc.property(
        corpusArb({ maxPositions: 6, maxTalents: 3 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(0.5, 1, 1.5, 2, undefined),
        (corpus, pi, ti, si, li, weight) => {
          const talent = corpus.talents[ti % corpus.talents.length];
          const own = (talent.skills ?? []).filter((s) => taxonomy.resolve(s.name));
          fc.pre(own.length > 0);
          const skill = own[si % own.length];
          const level = skill.level ?? 3;
          const minLevel = 1 + (li % level);
          const target = corpus.positions[pi % corpus.positions.length];
          const extended: PositionProfile = {
            ...target,
            requiredSkills: [...(target.requiredSkills ?? []), { name: skill.name, minLevel, ...(weight ? { weight } : {}) }],
          };
          const before = new MatchingEngine(corpus.positions, corpus.talents).scorePair(talent.id, target.id);
          const afterEngine = new MatchingEngine(
            corpus.positions.map((p) => (p.id === target.id ? extended : p)),
            corpus.talents,
          );
          const after = afterEngine.scorePair(talent.id, target.id);
          compared++;
          if (after.score < before.score - 1e-6) {
            throw new Error(`adding ${skill.name} (min ${minLevel}) lowered ${talent.id}|${target.id}: ${before.score} → ${after.score}`);
          }
          // The added requirement is fully matched in the explanation.
          const added = afterEngine.explain(talent.id, target.id).skills.matched.filter((e) => e.name === skill.name);
          expect(added.length).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
    expect(compared).toBeGreaterThan(100);
  });

  it('explains every ineligible pair (zh and en), and no eligible one', () => {
    const seen = { eligible: 0, degree_below_minimum: 0, experience_far_below: 0, will_not_relocate: 0 };
    const city = (c: string | null | undefined) => (c ? c.replace(/市$/u, '') : null);
    /** Independent oracle of the hard constraints (default params: no degree tolerance, 34 % of the years). */
    const expectedCodes = (t: TalentProfile, p: PositionProfile): string[] => {
      const codes: string[] = [];
      const rank = Math.max(-1, ...(t.education ?? []).map((e) => degreeRank(e.degree)));
      if (p.minDegree && rank < degreeRank(p.minDegree)) codes.push('degree_below_minimum');
      const years = (t.work ?? []).reduce((s, w) => s + (w.years ?? 0), 0);
      if ((p.minYearsExperience ?? 0) > 0 && years < 0.34 * p.minYearsExperience!) codes.push('experience_far_below');
      const pc = city(p.location);
      const tc = city(t.currentCity);
      if (pc && tc && pc !== tc && !t.willingToRelocate && p.tierSought !== 'high_level') codes.push('will_not_relocate');
      return codes;
    };
    fc.assert(
      fc.property(corpusArb(), (corpus) => {
        const engine = new MatchingEngine(corpus.positions, corpus.talents);
        for (const t of corpus.talents) {
          for (const p of corpus.positions) {
            const x = engine.explain(t.id, p.id);
            expect(engine.scorePair(t.id, p.id).eligible).toBe(x.eligible);
            const codes = x.ineligibleReasons.map((r) => r.code);
            expect(codes).toEqual(expectedCodes(t, p));
            if (x.eligible) {
              expect(x.ineligibleReasons).toEqual([]);
              seen.eligible++;
            } else {
              expect(x.ineligibleReasons.length).toBeGreaterThan(0);
              for (const r of x.ineligibleReasons) {
                seen[r.code]++;
                expect(r.zh.trim().length).toBeGreaterThan(0);
                expect(r.en.trim().length).toBeGreaterThan(0);
                expect(`${r.zh} ${r.en}`).not.toMatch(/undefined|null|NaN/);
                // The reasons are also part of the readable explanation.
                expect(x.reasons.zh).toContain(r.zh);
                expect(x.reasons.en).toContain(r.en);
              }
            }
          }
        }
      }),
      RUNS,
    );
    // The generator must actually reach every kind of ineligibility.
    expect(seen.eligible).toBeGreaterThan(100);
    expect(seen.degree_below_minimum).toBeGreaterThan(50);
    expect(seen.experience_far_below).toBeGreaterThan(50);
    expect(seen.will_not_relocate).toBeGreaterThan(50);
  });
});
