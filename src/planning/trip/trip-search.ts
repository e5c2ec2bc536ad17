/**
 * Chooses which universities to visit (objective in trip-coverage.ts) under the stop and budget limits.
 *
 * Greedy by marginal gain, then best-improvement local search (add / drop / 1-for-1 swap). Getting to a
 * city dominates both the cost and the hours (a second university in the same city is cheap in both), so
 * single-university moves get stuck on "one good stop far away" when "two stops in one city" is better.
 * The search therefore also starts from each promising city (filled greedily, then completed by gain per
 * cost under a budget) and tries city exchanges: drop the stops of one city, fill another, complete.
 * Deterministic throughout: universities are scanned in index (= id) order and ties keep the lower index.
 */
import { evaluateRoute, TripContext } from './trip-context';
import { addDelta, CoverageObjective, coverageValue, positionValue, SelectionLimits, supplyTotals } from './trip-coverage';
import { OBJECTIVE_EPSILON } from './trip-params';

interface Candidate {
  stops: number[];
  value: number;
  cost: number;
}

interface Move {
  add: number;
  drop: number;
  delta: number;
}

const ascending = (a: number, b: number) => a - b;
const setKey = (stops: number[]): string => [...stops].sort(ascending).join(',');

class StopSearch {
  private readonly pool: number[];
  private readonly must: Set<number>;

  constructor(
    private readonly ctx: TripContext,
    private readonly obj: CoverageObjective,
    private readonly limits: SelectionLimits,
  ) {
    this.must = new Set(ctx.mustVisit);
    this.pool = ctx.eligible.filter((u) => ctx.supplyOf[u].length > 0 || this.must.has(u));
  }

  run(): number[] {
    const must = [...this.ctx.mustVisit];
    const budgeted = this.limits.budget !== undefined;
    const starts = [this.fill(must, false)];
    if (budgeted) starts.push(this.fill(must, true));
    // Travel time works like money: a far city costs a day's hours whichever university there is visited,
    // so with or without a budget the search also starts from whole cities.
    for (const cluster of this.promisingClusters(must)) starts.push(this.fill(this.fillCluster(must, cluster), budgeted));
    // Forcing each of the strongest single universities in first escapes the local optima that a 1-for-1
    // swap cannot leave (two stops that only pay off together).
    for (const u of this.strongestSingles(must)) starts.push(this.fill(this.fill(must, false, (v) => v === u), budgeted));
    const seen = new Set<string>();
    let best: Candidate | undefined;
    for (const start of starts) {
      if (seen.has(setKey(start))) continue;
      seen.add(setKey(start));
      const result = this.localSearch(start);
      if (!best || this.better(result, best)) best = result;
    }
    best = this.exchangeCities(best!);
    return best!.stops;
  }

  private evaluate(stops: number[]): Candidate {
    const sorted = [...stops].sort(ascending);
    return { stops: sorted, value: coverageValue(this.obj, supplyTotals(this.ctx, sorted)), cost: this.cost(sorted) };
  }

  private cost(stops: number[]): number {
    return evaluateRoute(this.ctx, stops).cost;
  }

  /** Within the stop count, the days (with travel, on the day's hours) and the budget. */
  private fits(stops: number[]): boolean {
    if (stops.length > this.limits.maxStops) return false;
    if (this.limits.budget !== undefined && this.costLowerBound(stops) > this.limits.budget) return false;
    const route = evaluateRoute(this.ctx, stops);
    return route.daysUsed <= this.limits.days && (this.limits.budget === undefined || route.cost <= this.limits.budget);
  }

  /** Cheap bound that rejects most over-budget sets without solving a route: out to the farthest and back. */
  private costLowerBound(stops: number[]): number {
    const { perKm, perStop, perDay } = this.ctx.costModel;
    const farthest = stops.reduce((m, u) => Math.max(m, this.ctx.dist[0][u + 1]), 0);
    return stops.length === 0 ? 0 : perKm * 2 * farthest + perStop * stops.length + perDay * Math.ceil(stops.length / this.ctx.stopsPerDay) - 0.01;
  }

  /** Higher coverage; on a tie lower cost; then the lexicographically smaller id set. */
  private better(a: Candidate, b: Candidate): boolean {
    const tol = OBJECTIVE_EPSILON * Math.max(1, Math.abs(b.value));
    if (a.value > b.value + tol) return true;
    if (a.value < b.value - tol) return false;
    if (a.cost !== b.cost) return a.cost < b.cost;
    return setKey(a.stops) < setKey(b.stops);
  }

  /** Greedy completion: best marginal gain (per estimated marginal cost when `perCost`) that still fits. */
  private fill(start: number[], perCost: boolean, allowed: (u: number) => boolean = () => true): number[] {
    const stops = [...start];
    while (stops.length < this.limits.maxStops) {
      const x = supplyTotals(this.ctx, stops);
      const route = perCost ? evaluateRoute(this.ctx, stops).order : [];
      const scored = this.pool
        .filter((u) => !stops.includes(u) && allowed(u))
        .map((u) => {
          const gain = addDelta(this.ctx, this.obj, x, u);
          // An exact marginal cost needs a route per candidate; cheapest insertion ranks them nearly as well.
          const estimate = perCost ? Math.max(1e-6, this.ctx.costModel.perKm * insertionKm(this.ctx, route, u) + this.ctx.costModel.perStop) : 1;
          return { u, gain, score: gain / estimate };
        })
        .filter((c) => c.gain > OBJECTIVE_EPSILON)
        .sort((a, b) => b.score - a.score || a.u - b.u);
      const pick = scored.find((c) => this.fits([...stops, c.u]));
      if (!pick) break;
      stops.push(pick.u);
    }
    return stops.sort(ascending);
  }

  private fillCluster(start: number[], cluster: number): number[] {
    return this.fill(start, false, (u) => this.ctx.clusterOf[u] === cluster);
  }

  private strongestSingles(base: number[]): number[] {
    const x = supplyTotals(this.ctx, base);
    return this.pool
      .filter((u) => !base.includes(u))
      .map((u) => ({ u, gain: addDelta(this.ctx, this.obj, x, u) }))
      .sort((a, b) => b.gain - a.gain || a.u - b.u)
      .slice(0, this.ctx.params.maxSeedStops)
      .map((c) => c.u);
  }

  /** Cities ranked by the coverage gained from filling them first; the best few seed the search. */
  private promisingClusters(base: number[]): number[] {
    const clusters = [...new Set(this.pool.map((u) => this.ctx.clusterOf[u]))].sort(ascending);
    return clusters
      .map((cluster) => ({ cluster, value: this.evaluate(this.fillCluster(base, cluster)).value }))
      .sort((a, b) => b.value - a.value || a.cluster - b.cluster)
      .slice(0, this.ctx.params.maxSeedCities)
      .map((c) => c.cluster);
  }

  /** Drop the (optional) stops of visited cities, fill another city, complete greedily; keep if better. */
  private exchangeCities(start: Candidate): Candidate {
    let best = start;
    for (let round = 0; round < this.ctx.params.maxCityExchangeRounds; round++) {
      const visited = [...new Set(best.stops.map((u) => this.ctx.clusterOf[u]))].sort(ascending);
      const candidates: Candidate[] = [];
      // Dropping nothing, one city, or (on short trips) two cities: "two cities done properly" can beat
      // "three cities done thinly", and no sequence of one-city exchanges that keeps within budget gets there.
      const drops: number[][] = [[], ...visited.map((c) => [c])];
      if (visited.length <= this.ctx.params.pairExchangeMaxCities) {
        visited.forEach((a, i) => visited.slice(i + 1).forEach((b) => drops.push([a, b])));
      }
      for (const dropCities of drops) {
        const kept = best.stops.filter((u) => this.must.has(u) || !dropCities.includes(this.ctx.clusterOf[u]));
        for (const addCity of this.promisingClusters(kept)) {
          if (dropCities.includes(addCity)) continue;
          candidates.push(this.evaluate(this.fill(this.fillCluster(kept, addCity), true)));
        }
      }
      // Local search is the expensive part; polish only the most promising exchanges.
      candidates.sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
      let improved: Candidate | undefined;
      for (const candidate of candidates.slice(0, this.ctx.params.exchangeCandidatesPolished)) {
        const polished = this.localSearch(candidate.stops);
        if (this.better(polished, improved ?? best)) improved = polished;
      }
      if (!improved) break;
      best = improved;
    }
    return best;
  }

  private localSearch(start: number[]): Candidate {
    let current = this.evaluate(start);
    for (let round = 0; round < this.ctx.params.maxLocalSearchMoves; round++) {
      const moves = this.neighbourhood(current.stops);
      const tol = OBJECTIVE_EPSILON * Math.max(1, current.value);
      const improving = moves.filter((m) => m.delta > tol).sort((a, b) => b.delta - a.delta || a.add - b.add || a.drop - b.drop);
      let next = improving.slice(0, this.ctx.params.maxFeasibilityChecks).map((m) => applyMove(current.stops, m)).find((s) => this.fits(s));
      next ??= this.cheaperEquivalent(current, moves.filter((m) => Math.abs(m.delta) <= tol));
      if (!next) break;
      current = this.evaluate(next);
    }
    return current;
  }

  /** Same coverage for less money: frees budget for a later improving move and shortens the route. */
  private cheaperEquivalent(current: Candidate, flat: Move[]): number[] | undefined {
    const order = evaluateRoute(this.ctx, current.stops).order;
    const estimate = (m: Move) =>
      (m.add >= 0 ? insertionKm(this.ctx, order, m.add) + (m.drop >= 0 ? 0 : 1e6) : 0) - (m.drop >= 0 ? removalKm(this.ctx, order, m.drop) : 0);
    const ranked = flat.map((m) => ({ m, est: estimate(m) })).sort((a, b) => a.est - b.est || a.m.add - b.m.add || a.m.drop - b.m.drop);
    let best: { stops: number[]; cost: number } | undefined;
    for (const { m } of ranked.slice(0, this.ctx.params.costMoveCandidates)) {
      const next = applyMove(current.stops, m);
      if (!this.fits(next)) continue;
      const cost = this.cost(next);
      if (cost < current.cost - 0.005 && (!best || cost < best.cost)) best = { stops: next, cost };
    }
    return best?.stops;
  }

  /**
   * Every add, drop and 1-for-1 swap with its exact change in coverage. A swap (v out, u in) differs from
   * "add u" only on the positions u shares with v, so only those pairs are recomputed.
   */
  private neighbourhood(stops: number[]): Move[] {
    const { ctx, obj } = this;
    const inSet = new Set(stops);
    const outside = this.pool.filter((u) => !inSet.has(u));
    const x = supplyTotals(ctx, stops);
    const addGain = new Map(outside.map((u) => [u, addDelta(ctx, obj, x, u)]));
    const suppliers = new Map<number, number[]>();
    for (const u of outside) {
      for (const e of ctx.supplyOf[u]) {
        const list = suppliers.get(e.pos);
        if (list) list.push(u);
        else suppliers.set(e.pos, [u]);
      }
    }
    const moves: Move[] = [];
    if (stops.length < this.limits.maxStops) for (const u of outside) moves.push({ add: u, drop: -1, delta: addGain.get(u)! });
    for (const v of stops) {
      if (this.must.has(v)) continue;
      // Take v out in place, remembering the exact old values so that putting it back leaves no rounding drift.
      const saved = ctx.supplyOf[v].map((e) => x[e.pos]);
      let loss = 0;
      const overlapping = new Set<number>();
      for (const e of ctx.supplyOf[v]) {
        const after = Math.max(0, x[e.pos] - e.amount);
        loss += positionValue(obj, e.pos, x[e.pos]) - positionValue(obj, e.pos, after);
        x[e.pos] = after;
        for (const u of suppliers.get(e.pos) ?? []) overlapping.add(u);
      }
      moves.push({ add: -1, drop: v, delta: -loss });
      for (const u of outside) moves.push({ add: u, drop: v, delta: (overlapping.has(u) ? addDelta(ctx, obj, x, u) : addGain.get(u)!) - loss });
      ctx.supplyOf[v].forEach((e, i) => (x[e.pos] = saved[i]));
    }
    return moves;
  }
}

function applyMove(stops: number[], move: Move): number[] {
  const next = stops.filter((u) => u !== move.drop);
  if (move.add >= 0) next.push(move.add);
  return next.sort(ascending);
}

/** Extra km of inserting university u at the cheapest place in a round trip (indices are universities). */
function insertionKm(ctx: TripContext, order: number[], u: number): number {
  const path = [0, ...order.map((v) => v + 1), 0];
  let best = Infinity;
  for (let i = 0; i + 1 < path.length; i++) {
    best = Math.min(best, ctx.dist[path[i]][u + 1] + ctx.dist[u + 1][path[i + 1]] - ctx.dist[path[i]][path[i + 1]]);
  }
  return best;
}

/** Km saved by leaving university u out of a round trip. */
function removalKm(ctx: TripContext, order: number[], u: number): number {
  const path = [0, ...order.map((v) => v + 1), 0];
  const i = path.indexOf(u + 1);
  return ctx.dist[path[i - 1]][path[i]] + ctx.dist[path[i]][path[i + 1]] - ctx.dist[path[i - 1]][path[i + 1]];
}

export function selectStops(ctx: TripContext, obj: CoverageObjective, limits: SelectionLimits): number[] {
  return new StopSearch(ctx, obj, limits).run();
}
