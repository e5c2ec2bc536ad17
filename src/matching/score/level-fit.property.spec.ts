/**
 * Properties of the level and pay fit: a candidate raised far above the post never fits it better, the
 * fall is smooth (no cliff), and an explanation's contributions add up to its score.
 */
import fc from 'fast-check';
import { MatchingEngine } from '../engine/matching-engine';
import { corpusArb } from '../engine/testing/profile-arbitraries';
import { titleSeniority } from '../title/seniority';
import type { TalentProfile } from '../types';
import { DEFAULT_ENGINE_PARAMS } from './engine-params';
import { levelFit, positionSeniority, rawLevelFit, salaryFit, talentSeniority, talentYears } from './level-fit';
import { COMPONENTS } from './pair-scorer';

const RUNS = { seed: 15, numRuns: 300 } as const;
const P = DEFAULT_ENGINE_PARAMS;
const level = fc.double({ min: 0, max: 4, noNaN: true });
const confidence = fc.double({ min: 0, max: 1, noNaN: true });
const SENIOR_TITLES = ['分离厂总工程师', '稀土冶炼技术部部长', '营销中心总经理', '信息中心主任', '智能制造总监'];

describe('level fit', () => {
  it('never rises as the candidate moves further above the post, and stays in [0, 1]', () => {
    fc.assert(
      fc.property(level, level, fc.double({ min: 0, max: 4, noNaN: true }), confidence, confidence, (post, base, rise, tc, pc) => {
        fc.pre(base >= post);
        const at = levelFit(P, base, tc, post, pc, 10, 3);
        const above = levelFit(P, Math.min(4, base + rise), tc, post, pc, 10, 3);
        expect(above).toBeLessThanOrEqual(at + 1e-12);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('falls smoothly: no step larger than the slope allows', () => {
    // d/dx of 1 / (1 + (x / s)²) is at most 0.65 / s: a 0.01 step moves the fit by less than 0.01 · 0.65 / s.
    const bound = (0.01 * 0.66) / Math.min(P.levelOverScale, P.levelUnderScale);
    fc.assert(
      fc.property(level, fc.double({ min: 0, max: 3.99, noNaN: true }), (post, talent) => {
        expect(Math.abs(rawLevelFit(P, talent + 0.01, post) - rawLevelFit(P, talent, post))).toBeLessThanOrEqual(bound);
      }),
      RUNS,
    );
  });

  it('pay: unknown is neutral; within the band is full; asking more never fits better', () => {
    expect(salaryFit(P, 0, 12000)).toBe(P.neutral);
    expect(salaryFit(P, 9000, 0)).toBe(P.neutral);
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 60000 }), fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 3000, max: 40000 }), (ask, more, top) => {
        expect(salaryFit(P, ask + more, top)).toBeLessThanOrEqual(salaryFit(P, ask, top));
        if (ask <= top) expect(salaryFit(P, ask, top)).toBe(1);
      }),
      RUNS,
    );
  });

  it('in the engine: raising a candidate’s current title and years far above the post never raises the level component', () => {
    let compared = 0;
    fc.assert(
      fc.property(corpusArb({ maxPositions: 4, maxTalents: 3 }), fc.nat(), fc.nat(), fc.constantFrom(...SENIOR_TITLES), fc.integer({ min: 5, max: 20 }), (corpus, ti, pi, senior, extra) => {
        const talent = corpus.talents[ti % corpus.talents.length];
        const position = corpus.positions[pi % corpus.positions.length];
        const work = talent.work ?? [];
        // Same signals before and after (a titled current job), already at or above the post, with its years.
        fc.pre(work.length > 0 && titleSeniority(work[0].title) !== null);
        fc.pre(talentSeniority(talent).level >= positionSeniority(position).level);
        fc.pre(talentYears(talent) >= (position.minYearsExperience ?? 0));
        const raised: TalentProfile = { ...talent, id: `${talent.id}-raised`, work: [{ ...work[0], title: senior, years: (work[0].years ?? 0) + extra }, ...work.slice(1)] };
        fc.pre(talentSeniority(raised).level > talentSeniority(talent).level);
        const engine = new MatchingEngine(corpus.positions, [...corpus.talents, raised]);
        const before = engine.explain(talent.id, position.id).components.experience;
        const after = engine.explain(raised.id, position.id).components.experience;
        compared++;
        expect(after).toBeLessThanOrEqual(before + 1e-9);
      }),
      { ...RUNS, numRuns: 150 },
    );
    expect(compared).toBeGreaterThan(30);
  });

  // Components are shown to 3 decimals and contributions to 2: weight × 0.0005 × 100 + 0.005 at most.
  it('in the engine: more years for a candidate already at or above the post never raise the total score', () => {
    let compared = 0;
    fc.assert(
      fc.property(corpusArb({ maxPositions: 4, maxTalents: 3 }), fc.nat(), fc.nat(), fc.integer({ min: 5, max: 25 }), (corpus, ti, pi, extra) => {
        const talent = corpus.talents[ti % corpus.talents.length];
        const position = corpus.positions[pi % corpus.positions.length];
        const work = talent.work ?? [];
        fc.pre(work.length > 0);
        fc.pre(talentSeniority(talent).level >= positionSeniority(position).level);
        fc.pre(talentYears(talent) >= (position.minYearsExperience ?? 0));
        // Years are not in the text the relevance ranker reads, so only the level component may move.
        const older: TalentProfile = { ...talent, id: `${talent.id}-older`, work: [{ ...work[0], years: (work[0].years ?? 0) + extra }, ...work.slice(1)] };
        const engine = new MatchingEngine(corpus.positions, [...corpus.talents, older]);
        const before = engine.scorePair(talent.id, position.id);
        const after = engine.scorePair(older.id, position.id);
        compared++;
        expect(after.score).toBeLessThanOrEqual(before.score + 1e-4);
      }),
      { ...RUNS, numRuns: 150 },
    );
    expect(compared).toBeGreaterThan(30);
  });

  it('explanations: contributions add up to the score, and match weight × component', () => {
    const weightSum = COMPONENTS.reduce((s, name) => s + P.weights[name], 0);
    fc.assert(
      fc.property(corpusArb({ maxPositions: 4, maxTalents: 3 }), (corpus) => {
        const engine = new MatchingEngine(corpus.positions, corpus.talents);
        for (const t of corpus.talents) {
          for (const p of corpus.positions) {
            const x = engine.explain(t.id, p.id);
            const sum = COMPONENTS.reduce((s, name) => s + x.contributions[name], 0);
            expect(Math.abs(sum - x.score)).toBeLessThanOrEqual(0.05);
            for (const name of COMPONENTS) {
              expect(Math.abs(x.contributions[name] - (100 * P.weights[name] * x.components[name]) / weightSum)).toBeLessThanOrEqual(0.025);
            }
          }
        }
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
