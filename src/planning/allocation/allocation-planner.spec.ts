import fc from 'fast-check';
import { compareWithNaive, planAllocation } from './allocation-planner';
import { AllocationInput, AllocationInputError, AllocationMethod } from './allocation-types';
import { feasibilityProblems, instanceArbitrary, permuteEdges } from './allocation-test-kit';

const shape = { maxTalents: 12, maxPositions: 6, minCapacity: 0, maxCapacity: 3 };
const methods: AllocationMethod[] = ['deferred_acceptance', 'max_weight'];

/** Three star talents score high everywhere; talents 3–5 only fit the urgent openings 1 and 2. */
function starInstance(): AllocationInput {
  const edges: [number, number, number][] = [
    [0, 0, 95], [0, 1, 94], [0, 2, 93],
    [1, 0, 92], [1, 1, 91], [1, 2, 90],
    [2, 0, 89], [2, 1, 88], [2, 2, 87],
    [3, 1, 70], [4, 1, 65], [5, 2, 60],
  ];
  return {
    talentIds: ['star-a', 'star-b', 'star-c', 'local-d', 'local-e', 'local-f'],
    positionIds: ['relaxed', 'urgent-1', 'urgent-2'],
    capacity: Int32Array.from([3, 2, 2]),
    urgency: Float32Array.from([2, 5, 4]),
    industry: ['magnets', 'magnets', 'polishing powder'],
    edges: {
      talent: Int32Array.from(edges.map((e) => e[0])),
      position: Int32Array.from(edges.map((e) => e[1])),
      score: Float32Array.from(edges.map((e) => e[2])),
    },
  };
}

describe('planAllocation', () => {
  it.each(methods)('%s: respects capacities, single choice and acceptability, and is deterministic', (method) => {
    fc.assert(
      fc.property(
        instanceArbitrary(shape),
        fc.array(fc.integer(), { minLength: 1, maxLength: 40 }),
        fc.option(fc.integer({ min: 0, max: 4 })),
        (instance, keys, exposureCap) => {
          const options = { method, exposureCap: exposureCap ?? undefined };
          const result = planAllocation(instance, options);
          expect(feasibilityProblems(instance, result.assignment, options.exposureCap)).toEqual([]);
          expect(planAllocation(instance, options)).toEqual(result);
          expect(planAllocation(permuteEdges(instance, keys), options)).toEqual(result);
          const filled = result.unmatchedPositions.reduce((sum, u) => sum + u.open, 0);
          const headcount = Array.from(instance.capacity).reduce((a, b) => a + b, 0);
          expect(headcount - filled).toBe(result.assignment.filter((p) => p !== -1).length);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reports urgent coverage, industries and why seats stay empty', () => {
    const input = starInstance();
    const result = planAllocation(input, { method: 'deferred_acceptance' });
    // Stars all prefer the relaxed opening; the locals fill what they can of the urgent ones.
    expect(Array.from(result.assignment)).toEqual([0, 0, 0, 1, 1, 2]);
    expect(result.urgentHeadcount).toBe(4);
    expect(result.coveredUrgentHeadcount).toBe(3);
    expect(result.totalScore).toBeCloseTo(95 + 92 + 89 + 70 + 65 + 60, 4);
    expect(result.coverageByIndustry).toEqual([
      { industry: 'magnets', headcount: 5, covered: 5 },
      { industry: 'polishing powder', headcount: 2, covered: 1 },
    ]);
    expect(result.unmatchedPositions).toEqual([{ position: 2, open: 1, reason: 'outcompeted' }]);

    const optimal = planAllocation(input, { method: 'max_weight' });
    expect(optimal.coveredUrgentHeadcount).toBe(4);
    expect(optimal.weightedScore).toBeGreaterThan(result.weightedScore);
  });

  it('labels a seat nobody acceptable can fill as no_eligible_candidate', () => {
    // At 93.5 only star-a qualifies, for the relaxed opening and urgent-1; urgent-2 has nobody.
    const input = { ...starInstance(), minScore: 93.5 };
    const result = planAllocation(input, { method: 'max_weight' });
    expect(Array.from(result.assignment)).toEqual([1, -1, -1, -1, -1, -1]);
    expect(result.unmatchedPositions).toEqual([
      { position: 0, open: 3, reason: 'outcompeted' },
      { position: 1, open: 1, reason: 'no_eligible_candidate' },
      { position: 2, open: 2, reason: 'no_eligible_candidate' },
    ]);
  });

  it('rejects malformed input with a coded error', () => {
    const input = starInstance();
    const badIndex = { ...input, edges: { ...input.edges, position: Int32Array.from([...input.edges.position.slice(1), 7]) } };
    expect(() => planAllocation(badIndex, { method: 'max_weight' })).toThrow(AllocationInputError);
    const badScore = { ...input, edges: { ...input.edges, score: input.edges.score.map((s, i) => (i === 0 ? NaN : s)) } };
    expect(() => planAllocation(badScore, { method: 'deferred_acceptance' })).toThrow(/non-finite/);
    const badLength = { ...input, capacity: Int32Array.from([1]) };
    expect(() => planAllocation(badLength, { method: 'deferred_acceptance' })).toThrow(expect.objectContaining({ code: 'LENGTH_MISMATCH' }));
  });
});

describe('compareWithNaive', () => {
  it('shows shortlists claiming the same stars and covering fewer urgent seats than they appear to', () => {
    const comparison = compareWithNaive(starInstance());
    expect(comparison.sharedTop5Positions).toBe(3);
    expect(comparison.sharedTop5Pairs).toBe(3);
    expect(comparison.distinctTalentsInTop5).toBe(6);
    // Shortlists: urgent-1 = stars a, b; urgent-2 = stars a, b; relaxed = stars a, b, c.
    expect(comparison.naive.nominalCoveredUrgentHeadcount).toBe(4);
    expect(comparison.naive.coveredUrgentHeadcount).toBe(2);
    expect(comparison.naive.lostEntries).toBe(4);
    expect(comparison.stable.coveredUrgentHeadcount).toBe(3);
    expect(comparison.optimal.coveredUrgentHeadcount).toBe(4);
  });
});
