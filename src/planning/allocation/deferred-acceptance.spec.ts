import fc from 'fast-check';
import { buildAcceptableGraph } from './acceptable-graph';
import { AllocationInput } from './allocation-types';
import { blockingPairs, feasibilityProblems, instanceArbitrary } from './allocation-test-kit';
import { deferredAcceptance } from './deferred-acceptance';

const shape = { maxTalents: 12, maxPositions: 6, minCapacity: 1, maxCapacity: 3 };

function input(capacity: number[], edges: [number, number, number][], nT: number): AllocationInput {
  return {
    talentIds: Array.from({ length: nT }, (_, t) => `t${t}`),
    positionIds: capacity.map((_, p) => `p${p}`),
    capacity: Int32Array.from(capacity),
    urgency: Float32Array.from(capacity.map(() => 5)),
    edges: {
      talent: Int32Array.from(edges.map((e) => e[0])),
      position: Int32Array.from(edges.map((e) => e[1])),
      score: Float32Array.from(edges.map((e) => e[2])),
    },
  };
}

describe('deferredAcceptance', () => {
  it('gives a contested seat to the better fit and sends the other talent to their next choice', () => {
    // Both talents prefer position 0 (one seat); position 0 prefers talent 1.
    const instance = input([1, 1], [[0, 0, 90], [0, 1, 80], [1, 0, 95], [1, 1, 60]], 2);
    expect(Array.from(deferredAcceptance(buildAcceptableGraph(instance)))).toEqual([1, 0]);
  });

  it('leaves a talent unassigned rather than use a pair below minScore', () => {
    const instance = { ...input([1], [[0, 0, 49.5]], 1), minScore: 50 };
    expect(Array.from(deferredAcceptance(buildAcceptableGraph(instance)))).toEqual([-1]);
  });

  it('with an exposure cap, never proposes beyond a talent’s top N positions', () => {
    // Talent 1 loses position 0 to talent 0; with a cap of 1 it is not shown position 1 at all.
    const instance = input([1, 1], [[0, 0, 90], [1, 0, 80], [1, 1, 70]], 2);
    expect(Array.from(deferredAcceptance(buildAcceptableGraph(instance, 1)))).toEqual([0, -1]);
    expect(Array.from(deferredAcceptance(buildAcceptableGraph(instance)))).toEqual([0, 1]);
  });

  it('is stable and feasible on random instances', () => {
    fc.assert(
      fc.property(instanceArbitrary(shape), (instance) => {
        const assignment = deferredAcceptance(buildAcceptableGraph(instance));
        expect(feasibilityProblems(instance, assignment)).toEqual([]);
        expect(blockingPairs(instance, assignment)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('is stable with respect to the truncated lists under an exposure cap', () => {
    fc.assert(
      fc.property(instanceArbitrary(shape), fc.integer({ min: 0, max: 4 }), (instance, cap) => {
        const assignment = deferredAcceptance(buildAcceptableGraph(instance, cap));
        expect(feasibilityProblems(instance, assignment, cap)).toEqual([]);
        expect(blockingPairs(instance, assignment, cap)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
