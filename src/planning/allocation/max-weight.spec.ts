import fc from 'fast-check';
import { buildAcceptableGraph } from './acceptable-graph';
import { DEFAULT_MAX_WEIGHT_PARAMS, MaxWeightParams } from './allocation-types';
import { bruteForceOptimum, feasibilityProblems, instanceArbitrary, objective } from './allocation-test-kit';
import { maxWeightAssignment } from './max-weight';

const shape = { maxTalents: 8, maxPositions: 5, minCapacity: 1, maxCapacity: 3 };
/** A candidate set so small that pricing has to add pairs back: exercises the optimality certificate. */
const starved: MaxWeightParams = { seatFactor: 0, seatSlack: 0, talentTop: 1, tolerance: 1e-9 };

describe('maxWeightAssignment', () => {
  it('prefers the more urgent opening when that raises the weighted total', () => {
    // One talent, two one-seat openings: 80 × weight(5) = 160 beats 90 × weight(1) = 90.
    const instance = {
      talentIds: ['t0'],
      positionIds: ['relaxed', 'urgent'],
      capacity: Int32Array.from([1, 1]),
      urgency: Float32Array.from([1, 5]),
      edges: { talent: Int32Array.from([0, 0]), position: Int32Array.from([0, 1]), score: Float32Array.from([90, 80]) },
    };
    const outcome = maxWeightAssignment(buildAcceptableGraph(instance), instance.urgency);
    expect(Array.from(outcome.assignment)).toEqual([1]);
    expect(outcome.objective).toBeCloseTo(160, 9);
  });

  it.each([
    ['default candidate set', DEFAULT_MAX_WEIGHT_PARAMS],
    ['starved candidate set (pricing adds pairs back)', starved],
  ])('matches a brute-force optimum with the %s', (_, params) => {
    fc.assert(
      fc.property(instanceArbitrary(shape), (instance) => {
        const outcome = maxWeightAssignment(buildAcceptableGraph(instance), instance.urgency, params);
        expect(feasibilityProblems(instance, outcome.assignment)).toEqual([]);
        const best = bruteForceOptimum(instance);
        expect(Math.abs(objective(instance, outcome.assignment) - best)).toBeLessThan(1e-6);
        expect(Math.abs(outcome.objective - best)).toBeLessThan(1e-6);
      }),
      { numRuns: 1000 },
    );
  });
});
