/**
 * The engine against an HR manager's pairwise judgements (hr-pairs.ts): for each pair, does the engine put
 * the candidate HR would put first above the other? The suite's positions sit among the demo openings, so
 * the corpus statistics (IDF, skill specificity) are those of a realistic generation.
 */
import { buildDemoData } from '../../seed/demo';
import { MatchingEngine } from '../engine/matching-engine';
import { demoPositionProfile } from '../engine/testing/demo-profiles';
import type { TalentProfile } from '../types';
import { HR_PAIRS, HR_POSITIONS } from './hr-pairs';

describe('HR pairwise judgements', () => {
  it('has enough pairs, each on a suite position, with distinct ids', () => {
    expect(HR_PAIRS.length).toBeGreaterThanOrEqual(60);
    const positions = new Set(HR_POSITIONS.map((p) => p.id));
    for (const p of HR_PAIRS) expect(positions.has(p.position)).toBe(true);
    expect(new Set(HR_PAIRS.map((p) => p.id)).size).toBe(HR_PAIRS.length);
  });

  it('agrees with HR on at least 90 % of the pairs', () => {
    const talents: TalentProfile[] = HR_PAIRS.flatMap((p) => [
      { ...p.better, id: `${p.id}:better` },
      { ...p.worse, id: `${p.id}:worse` },
    ]);
    const engine = new MatchingEngine([...buildDemoData().positions.map(demoPositionProfile), ...HR_POSITIONS], talents);
    const disagreements: string[] = [];
    const byReason = new Map<string, [number, number]>();
    for (const p of HR_PAIRS) {
      const a = engine.scorePair(`${p.id}:better`, p.position);
      const b = engine.scorePair(`${p.id}:worse`, p.position);
      // An eligible candidate is listed, an ineligible one is not: eligibility first, then the score.
      const agrees = a.eligible !== b.eligible ? a.eligible : a.score > b.score;
      const tally = byReason.get(p.reason) ?? [0, 0];
      tally[0] += agrees ? 1 : 0;
      tally[1]++;
      byReason.set(p.reason, tally);
      if (!agrees) {
        const x = engine.explain(`${p.id}:worse`, p.position);
        const y = engine.explain(`${p.id}:better`, p.position);
        disagreements.push(
          `${p.id} (${p.reason}) ${p.why}\n    HR first: ${p.better.headline} ${a.score.toFixed(2)}${a.eligible ? '' : '×'} ${JSON.stringify(y.contributions)}\n    engine first: ${p.worse.headline} ${b.score.toFixed(2)}${b.eligible ? '' : '×'} ${JSON.stringify(x.contributions)}`,
        );
      }
    }
    const agreed = HR_PAIRS.length - disagreements.length;
    const share = agreed / HR_PAIRS.length;
    console.log(
      `HR agreement: ${agreed}/${HR_PAIRS.length} = ${(100 * share).toFixed(1)} %\n` +
        [...byReason].map(([reason, [ok, n]]) => `  ${reason}: ${ok}/${n}`).join('\n') +
        (disagreements.length ? `\nDisagreements:\n  ${disagreements.join('\n  ')}` : '\nNo disagreement.'),
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
