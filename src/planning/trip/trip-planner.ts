/**
 * Recruitment-trip planner: which universities to visit, in which order, on which day, and what to present
 * there. Pure function of its input; see trip-search.ts for the objective and trip-route.ts for geometry.
 */
import { DEFAULT_TRIP_PLANNER_PARAMS, TripPlannerParams } from './trip-params';
import { buildTripContext, evaluateRoute, TripContext } from './trip-context';
import { broaderObjective, coverageValue, demandObjective, SelectionLimits, supplyTotals } from './trip-coverage';
import { selectStops } from './trip-search';
import { clock } from './trip-schedule';
import { describeStop } from './trip-stop';
import { TripAlternativeLabel, TripDay, TripLeg, TripPlan, TripPlanningInput, TripPlanResult, TripStop, UncoveredReason } from './trip-types';

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
  const route = evaluateRoute(ctx, ctx.mustVisit);
  return route.daysUsed <= limits.days && (limits.budget === undefined || route.cost <= limits.budget);
}

function buildPlan(ctx: TripContext, stops: number[], limits: SelectionLimits): TripPlan {
  const route = evaluateRoute(ctx, stops);
  const nodeName = (node: number) => (node === 0 ? ctx.origin.name : ctx.universities[node - 1].name);
  const nodeCity = (node: number) => (node === 0 ? ctx.origin.name : ctx.universities[node - 1].city);
  const legs: TripLeg[] = route.schedule.legs.map((leg) => ({
    from: nodeName(leg.from),
    to: nodeName(leg.to),
    km: round(ctx.dist[leg.from][leg.to], 1),
    mode: ctx.legs.mode[leg.from][leg.to],
    minutes: ctx.legs.minutes[leg.from][leg.to],
    departDay: leg.departDay,
    depart: clock(leg.depart),
    arriveDay: leg.arriveDay,
    arrive: clock(leg.arrive),
  }));
  const requested = ctx.partnershipTypes;
  const stopsByDay = new Map<number, TripStop[]>();
  for (const fair of route.schedule.fairs) {
    const list = stopsByDay.get(fair.day) ?? [];
    list.push(describeStop(ctx, fair.node - 1, fair, requested));
    stopsByDay.set(fair.day, list);
  }
  const days: TripDay[] = [];
  for (let day = 1; day <= route.daysUsed; day++) {
    const dayStops = stopsByDay.get(day) ?? [];
    // A journey out that leaves the evening before day 1 belongs to day 1.
    const onDay = (departDay: number) => Math.max(1, departDay) === day;
    const dayLegs = legs.filter((l) => onDay(l.departDay));
    const rail = route.schedule.legs.filter((l) => onDay(l.departDay) && ctx.legs.mode[l.from][l.to] === 'rail');
    const city = dayStops.length
      ? [...new Set(dayStops.map((s) => s.city))].join(' / ')
      : rail.length
        ? [nodeCity(rail[0].from), ...rail.map((l) => nodeCity(l.to))].join(' → ')
        : '';
    const kind = dayStops.length === 0 ? 'travel' : rail.length > 0 ? 'travel_and_fairs' : 'fairs';
    days.push({ day, city, kind, stops: dayStops, legs: dayLegs });
  }

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
