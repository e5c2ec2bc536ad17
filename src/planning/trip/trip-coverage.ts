/**
 * The objective: weighted maximum coverage with diminishing returns.
 *
 * covered(p) = min(1, x_p / openHeadcount(p)), x_p = expected candidates for p over the visited stops.
 * The capped-linear form (rather than 1 − e^−x) was chosen because coordinators read it directly: "this
 * trip is expected to yield enough candidates for 60 % of the headcount"; it is concave, so the objective
 * Σ demand(p) · covered(p) is monotone submodular, the setting in which greedy plus local search is
 * near-optimal. Candidates beyond the headcount earn nothing: they do not fill another seat.
 */
import type { TripContext } from './trip-context';

/** Per-position weights: value_p(x) = weight·min(1, x/headcount) + reach·min(1, x). Typed arrays: hot loop. */
export interface CoverageObjective {
  weight: Float64Array;
  reach: Float64Array;
  headcount: Float64Array;
}

export interface SelectionLimits {
  days: number;
  maxStops: number;
  budget: number | undefined;
}

export function demandObjective(ctx: TripContext): CoverageObjective {
  return {
    weight: Float64Array.from(ctx.positions, (p) => positiveOrZero(p.demand)),
    reach: new Float64Array(ctx.positions.length),
    headcount: Float64Array.from(ctx.positions, (p) => p.openHeadcount),
  };
}

/** Adds a flat reward for reaching a position at all, so the plan spreads over more positions. */
export function broaderObjective(ctx: TripContext): CoverageObjective {
  const base = demandObjective(ctx);
  const mean = base.weight.length ? base.weight.reduce((s, w) => s + w, 0) / base.weight.length : 0;
  return { ...base, reach: base.reach.fill(mean * ctx.params.broaderReachWeight) };
}

function positiveOrZero(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** x_p for a stop set, summed in index order so that the same set always gives bit-identical sums. */
export function supplyTotals(ctx: TripContext, stops: number[]): Float64Array {
  const x = new Float64Array(ctx.positions.length);
  for (const u of [...stops].sort((a, b) => a - b)) for (const e of ctx.supplyOf[u]) x[e.pos] += e.amount;
  return x;
}

export function coverageValue(obj: CoverageObjective, x: Float64Array): number {
  let total = 0;
  for (let p = 0; p < x.length; p++) total += positionValue(obj, p, x[p]);
  return total;
}

export function positionValue(obj: CoverageObjective, p: number, x: number): number {
  return obj.weight[p] * Math.min(1, x / obj.headcount[p]) + obj.reach[p] * Math.min(1, x);
}

export function addDelta(ctx: TripContext, obj: CoverageObjective, x: Float64Array, u: number): number {
  let delta = 0;
  for (const e of ctx.supplyOf[u]) delta += positionValue(obj, e.pos, x[e.pos] + e.amount) - positionValue(obj, e.pos, x[e.pos]);
  return delta;
}
