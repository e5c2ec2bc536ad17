/**
 * Test-only helpers for the allocation specs: a fast-check generator of small instances and oracles
 * written the obvious way (maps, recursion) so they share no code with the typed-array solvers they check.
 */
import fc from 'fast-check';
import { AllocationInput, DEFAULT_MIN_SCORE, urgencyWeight } from './allocation-types';

export interface InstanceShape {
  maxTalents: number;
  maxPositions: number;
  minCapacity: number;
  maxCapacity: number;
}

interface RawInstance {
  nT: number;
  nP: number;
  capacity: number[];
  urgency: number[];
  edges: { t: number; p: number; s: number }[];
  interests: { t: number; p: number }[] | null;
  minScore: number | null;
}

function toInput(raw: RawInstance): AllocationInput {
  return {
    talentIds: Array.from({ length: raw.nT }, (_, t) => `t${t}`),
    positionIds: Array.from({ length: raw.nP }, (_, p) => `p${p}`),
    capacity: Int32Array.from(raw.capacity),
    urgency: Float32Array.from(raw.urgency),
    industry: raw.urgency.map((_, p) => (p % 2 === 0 ? 'rare-earth materials' : 'magnets')),
    edges: {
      talent: Int32Array.from(raw.edges.map((e) => e.t)),
      position: Int32Array.from(raw.edges.map((e) => e.p)),
      score: Float32Array.from(raw.edges.map((e) => e.s)),
    },
    interests: raw.interests
      ? { talent: Int32Array.from(raw.interests.map((i) => i.t)), position: Int32Array.from(raw.interests.map((i) => i.p)) }
      : undefined,
    minScore: raw.minScore ?? undefined,
  };
}

const scoreArbitrary = fc.integer({ min: 80, max: 200 }).map((x) => x / 2);

/**
 * Random sparse instances. Scores come from a coarse grid (halves from 40 to 100) so ties, which the
 * tie-breaking rules must handle, are frequent; duplicated pairs occur too.
 */
export function instanceArbitrary(shape: InstanceShape): fc.Arbitrary<AllocationInput> {
  return fc
    .record({ nT: fc.integer({ min: 1, max: shape.maxTalents }), nP: fc.integer({ min: 1, max: shape.maxPositions }) })
    .chain(({ nT, nP }) =>
      fc.record({
        nT: fc.constant(nT),
        nP: fc.constant(nP),
        capacity: fc.array(fc.integer({ min: shape.minCapacity, max: shape.maxCapacity }), { minLength: nP, maxLength: nP }),
        urgency: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: nP, maxLength: nP }),
        density: fc.integer({ min: 10, max: 100 }),
        pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: 99 }), scoreArbitrary), { minLength: nT * nP, maxLength: nT * nP }),
        duplicates: fc.array(
          fc.record({ t: fc.integer({ min: 0, max: nT - 1 }), p: fc.integer({ min: 0, max: nP - 1 }), s: scoreArbitrary }),
          { maxLength: 4 },
        ),
        interests: fc.option(
          fc.array(fc.record({ t: fc.integer({ min: 0, max: nT - 1 }), p: fc.integer({ min: 0, max: nP - 1 }) }), {
            maxLength: nT * 2,
            size: 'max',
          }),
          { freq: 2 },
        ),
        minScore: fc.option(fc.integer({ min: 40, max: 80 })),
      }),
    )
    .map(({ density, pairs, duplicates, ...rest }) => {
      // Pair (t, p) sits at index t × nP + p; it is eligible when its coin falls under the density.
      const edges = pairs.flatMap(([coin, s], i) => (coin < density ? [{ t: Math.floor(i / rest.nP), p: i % rest.nP, s }] : []));
      return toInput({ ...rest, edges: [...edges, ...duplicates] });
    });
}

/** Acceptable pairs as talent → (position → score), after interests, minScore and an exposure cap. */
export function acceptableMap(input: AllocationInput, exposureCap?: number): Map<number, Map<number, number>> {
  const minScore = input.minScore ?? DEFAULT_MIN_SCORE;
  const interested = new Map<number, Set<number>>();
  if (input.interests) {
    input.interests.talent.forEach((t, i) => {
      if (!interested.has(t)) interested.set(t, new Set());
      interested.get(t)!.add(input.interests!.position[i]);
    });
  }
  const result = new Map<number, Map<number, number>>();
  input.edges.talent.forEach((t, i) => {
    const p = input.edges.position[i];
    const s = input.edges.score[i];
    if (s < minScore) return;
    if (interested.has(t) && !interested.get(t)!.has(p)) return;
    if (!result.has(t)) result.set(t, new Map());
    const row = result.get(t)!;
    row.set(p, Math.max(row.get(p) ?? -Infinity, s));
  });
  if (exposureCap !== undefined) {
    for (const [t, row] of result) {
      const top = [...row.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, exposureCap);
      result.set(t, new Map(top));
    }
  }
  return result;
}

/** Pairs (t, p) that would both rather be together than keep what they got. */
export function blockingPairs(input: AllocationInput, assignment: Int32Array, exposureCap?: number): [number, number][] {
  const acceptable = acceptableMap(input, exposureCap);
  const held = input.positionIds.map(() => [] as { t: number; s: number }[]);
  assignment.forEach((p, t) => {
    if (p !== -1) held[p].push({ t, s: acceptable.get(t)!.get(p)! });
  });
  const blocking: [number, number][] = [];
  for (const [t, row] of acceptable) {
    const current = assignment[t];
    const currentScore = current === -1 ? -Infinity : row.get(current)!;
    for (const [p, s] of row) {
      if (p === current) continue;
      const talentPrefers = s > currentScore || (s === currentScore && p < current);
      if (!talentPrefers) continue;
      const seats = held[p];
      const positionPrefers =
        seats.length < input.capacity[p] || seats.some((h) => s > h.s || (s === h.s && t < h.t));
      if (positionPrefers) blocking.push([t, p]);
    }
  }
  return blocking;
}

/** Objective value of an assignment: Σ urgencyWeight × score. */
export function objective(input: AllocationInput, assignment: Int32Array): number {
  const acceptable = acceptableMap(input);
  let total = 0;
  assignment.forEach((p, t) => {
    if (p !== -1) total += urgencyWeight(input.urgency[p]) * acceptable.get(t)!.get(p)!;
  });
  return total;
}

/** Exact optimum by dynamic programming over (talent, remaining capacities); fine for ≤ 8 × 5. */
export function bruteForceOptimum(input: AllocationInput): number {
  const nT = input.talentIds.length;
  const nP = input.positionIds.length;
  const acceptable = acceptableMap(input);
  const base = Math.max(...Array.from(input.capacity)) + 1;
  const memo = new Map<number, number>();
  const best = (t: number, remaining: number[]): number => {
    if (t === nT) return 0;
    const key = remaining.reduce((k, r) => k * base + r, t);
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let value = best(t + 1, remaining);
    for (const [p, s] of acceptable.get(t) ?? []) {
      if (remaining[p] === 0) continue;
      remaining[p]--;
      value = Math.max(value, urgencyWeight(input.urgency[p]) * s + best(t + 1, remaining));
      remaining[p]++;
    }
    memo.set(key, value);
    return value;
  };
  return best(0, Array.from(input.capacity).slice(0, nP));
}

/** Problems with an assignment's feasibility: capacity, single choice, acceptable pairs only. */
export function feasibilityProblems(input: AllocationInput, assignment: Int32Array, exposureCap?: number): string[] {
  const problems: string[] = [];
  const acceptable = acceptableMap(input, exposureCap);
  const load = new Array<number>(input.positionIds.length).fill(0);
  if (assignment.length !== input.talentIds.length) problems.push('assignment length differs from talent count');
  assignment.forEach((p, t) => {
    if (p === -1) return;
    if (p < 0 || p >= load.length) return problems.push(`talent ${t} → invalid position ${p}`);
    load[p]++;
    if (!acceptable.get(t)?.has(p)) problems.push(`talent ${t} → position ${p} is not acceptable`);
  });
  load.forEach((l, p) => {
    if (l > input.capacity[p]) problems.push(`position ${p} holds ${l} > capacity ${input.capacity[p]}`);
  });
  return problems;
}

/** The same instance with its edges (and interests) listed in another order. */
export function permuteEdges(input: AllocationInput, keys: number[]): AllocationInput {
  const n = input.edges.talent.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a % keys.length] ?? 0) - (keys[b % keys.length] ?? 0) || b - a);
  return {
    ...input,
    edges: {
      talent: Int32Array.from(order.map((i) => input.edges.talent[i])),
      position: Int32Array.from(order.map((i) => input.edges.position[i])),
      score: Float32Array.from(order.map((i) => input.edges.score[i])),
    },
  };
}
