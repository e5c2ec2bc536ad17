/**
 * Recruitment-trip planner: which universities to visit, in which order, on which day, and what to present
 * there. Pure function of its input; see trip-search.ts for the objective and trip-route.ts for geometry.
 */
import { DEFAULT_TRIP_PLANNER_PARAMS, TripPlannerParams } from './trip-params';
import { buildTripContext, evaluateRoute, TripContext } from './trip-context';
import { broaderObjective, coverageValue, demandObjective, SelectionLimits, supplyTotals } from './trip-coverage';
import { selectStops } from './trip-search';
import { TripAlternativeLabel, TripPlan, TripPlanningInput, TripPlanResult, TripStop, UncoveredReason } from './trip-types';

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export function planTrip(input: TripPlanningInput, params: TripPlannerParams = DEFAULT_TRIP_PLANNER_PARAMS): TripPlanResult {
  const ctx = buildTripContext(input, params);
  const mainLimits: SelectionLimits = { days: ctx.days, maxStops: ctx.days * ctx.stopsPerDay, budget: ctx.budget };
  const mainStops = selectStops(ctx, demandObjective(ctx), mainLimits);
  const plan = buildPlan(ctx, mainStops, mainLimits);

  const alternatives: TripPlanResult['alternatives'] = [];
  const consider = (label: TripAlternativeLabel, limits: SelectionLimits | undefined, broader = false): void => {
    if (!limits || !mustVisitsFit(ctx, limits)) return;
    const stops = selectStops(ctx, broader ? broaderObjective(ctx) : demandObjective(ctx), limits);
    if (stops.join(',') === mainStops.join(',')) return;
    alternatives.push({ label, plan: buildPlan(ctx, stops, limits) });
  };
  consider('shorter', shorterLimits(ctx, mainLimits, mainStops.length));
  consider('cheaper', plan.cost > 0 ? { ...mainLimits, budget: round(plan.cost * params.cheaperBudgetShare, 2) } : undefined);
  consider('broader', mainLimits, true);
  return { plan, alternatives };
}

/** One day fewer; on a one-day trip, about 60 % of the main plan's stops instead. */
function shorterLimits(ctx: TripContext, main: SelectionLimits, mainStopCount: number): SelectionLimits | undefined {
  if (main.days > 1) return { ...main, days: main.days - 1, maxStops: (main.days - 1) * ctx.stopsPerDay };
  const maxStops = Math.max(ctx.mustVisit.length, Math.round(mainStopCount * ctx.params.shorterStopShare));
  return maxStops < mainStopCount && maxStops > 0 ? { ...main, maxStops } : undefined;
}

function mustVisitsFit(ctx: TripContext, limits: SelectionLimits): boolean {
  if (ctx.mustVisit.length > limits.maxStops) return false;
  return limits.budget === undefined || evaluateRoute(ctx, ctx.mustVisit, limits.days).cost <= limits.budget;
}

function buildPlan(ctx: TripContext, stops: number[], limits: SelectionLimits): TripPlan {
  const route = evaluateRoute(ctx, stops, limits.days);
  const days = route.dayGroups.map((group, i) => ({
    day: i + 1,
    city: [...new Set(group.map((u) => ctx.universities[u].city))].join(' / '),
    stops: group.map((u) => describeStop(ctx, u)),
  }));
  const names = [ctx.origin.name, ...route.order.map((u) => ctx.universities[u].name), ctx.origin.name];
  const nodes = [0, ...route.order.map((u) => u + 1), 0];
  const legs = route.order.length === 0 ? [] : nodes.slice(1).map((node, i) => ({ from: names[i], to: names[i + 1], km: round(ctx.dist[nodes[i]][node], 1) }));

  const x = supplyTotals(ctx, stops);
  const objective = demandObjective(ctx);
  const coveredDemand = coverageValue(objective, x);
  const totalDemand = objective.weight.reduce((s, w) => s + w, 0);
  const coveredPositions = ctx.positions
    .map((p, i) => ({ positionId: p.id, coveredShare: round(Math.min(1, x[i] / p.openHeadcount), 4) }))
    .filter((_, i) => x[i] > 0)
    .sort((a, b) => b.coveredShare - a.coveredShare || (a.positionId < b.positionId ? -1 : 1));
  const reachable = reachablePositions(ctx);
  const full = stops.length >= limits.maxStops;
  const uncoveredPositions = ctx.positions
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => x[i] === 0)
    .map(({ p, i }) => ({ positionId: p.id, title: p.title, reason: uncoveredReason(reachable[i], full) }));

  return {
    days,
    route: legs,
    totalKm: round(route.km, 1),
    cost: route.cost,
    coveredDemand: round(coveredDemand, 4),
    totalDemand: round(totalDemand, 4),
    coverageShare: totalDemand > 0 ? round(coveredDemand / totalDemand, 4) : 0,
    coveredPositions,
    uncoveredPositions,
    objective: round(coveredDemand, 4),
  };
}

/**
 * Why a position got nothing: no reachable university supplies it; or the stop slots are all taken by
 * stops worth more; or (slots left) adding a supplier would break the budget, the only other limit.
 */
function uncoveredReason(reachable: boolean, slotsFull: boolean): UncoveredReason {
  if (!reachable) return 'no_supply_in_reach';
  return slotsFull ? 'capacity' : 'budget';
}

function reachablePositions(ctx: TripContext): boolean[] {
  const reachable = ctx.positions.map(() => false);
  for (const u of ctx.eligible) for (const e of ctx.supplyOf[u]) reachable[e.pos] = true;
  return reachable;
}

function describeStop(ctx: TripContext, u: number): TripStop {
  const uni = ctx.universities[u];
  const majors = ctx.programmesOf[u]
    .map((programme) => ({
      id: programme.id,
      major: programme.major,
      degree: programme.degree,
      expectedCandidates: (ctx.programmeSupply.get(programme.id) ?? []).reduce((s, e) => s + e.amount, 0),
    }))
    .filter((m) => m.expectedCandidates > 0)
    .sort((a, b) => b.expectedCandidates - a.expectedCandidates || (a.id < b.id ? -1 : 1))
    .map(({ major, degree, expectedCandidates }) => ({ major, degree, expectedCandidates: round(expectedCandidates, 2) }));
  const positions = ctx.supplyOf[u]
    .map((e) => ({ e, p: ctx.positions[e.pos] }))
    .sort((a, b) => b.e.amount - a.e.amount || a.e.pos - b.e.pos)
    .map(({ e, p }) => ({ positionId: p.id, title: p.title, enterpriseName: p.enterpriseName, expectedCandidates: round(e.amount, 2) }));
  return {
    universityId: uni.id,
    name: uni.name,
    city: uni.city,
    latitude: uni.latitude,
    longitude: uni.longitude,
    majors,
    positions,
    expectedCandidates: round(
      ctx.supplyOf[u].reduce((s, e) => s + e.amount, 0),
      2,
    ),
  };
}
