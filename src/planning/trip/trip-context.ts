/**
 * Validates a planning request and turns the input into index-based structures: universities, positions
 * and programmes sorted by id (so input order never changes the plan), one distance matrix, city clusters
 * and aggregated supply per university.
 */
import type { PartnershipType } from '../../domain/vocabulary';
import { DEFAULT_TRIP_COST_MODEL, DEFAULT_TRIP_ORIGIN, DEFAULT_TRIP_PLANNER_PARAMS, TripPlannerParams } from './trip-params';
import { distanceMatrix, roundTrip, tripCost } from './trip-route';
import { cityName, destinationFilter } from './trip-destinations';
import { legMatrix, LegMatrix, Schedule, scheduleRoute } from './trip-schedule';
import {
  TripCostModel,
  TripOrigin,
  TripPlanningError,
  TripPlanningErrorCode,
  TripPlanningInput,
  TripPolicy,
  TripPosition,
  TripProgramme,
  TripUniversity,
} from './trip-types';

export const MAX_TRIP_DAYS = 14;
export const MAX_STOPS_PER_DAY = 4;

export interface SupplyEntry {
  pos: number;
  amount: number;
}

export interface TripContext {
  params: TripPlannerParams;
  origin: TripOrigin;
  days: number;
  stopsPerDay: number;
  budget: number | undefined;
  costModel: TripCostModel;
  universities: TripUniversity[];
  positions: TripPosition[];
  /** Programmes per university index, sorted by id. */
  programmesOf: TripProgramme[][];
  /** Expected candidates per (programme id, position index), summed over duplicate edges. */
  programmeSupply: Map<string, SupplyEntry[]>;
  /** Expected candidates per university index, by position index ascending. */
  supplyOf: SupplyEntry[][];
  /** Node n + 1 of the matrix is university n; node 0 is the origin. */
  dist: number[][];
  /** Travel minutes and mode between nodes, on the same indices as `dist`. */
  legs: LegMatrix;
  clusterOf: number[];
  mustVisit: number[];
  /** What the trip is for, as requested; shapes what each stop is to discuss. */
  partnershipTypes: PartnershipType[];
  /** Universities the trip may visit: not excluded and within reach (must-visits always). */
  eligible: number[];
  /** Talent policies to present per major at each stop. */
  policies: TripPolicy[];
  routeCache: Map<string, RouteEvaluation>;
}

export interface RouteEvaluation {
  /** University indices in visiting order. */
  order: number[];
  schedule: Schedule;
  /** Working days the schedule needs; a stop set fits a trip of `days` days when this is at most `days`. */
  daysUsed: number;
  km: number;
  cost: number;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function fail(field: string, message: string, code = TripPlanningErrorCode.InvalidRequest): never {
  throw new TripPlanningError(field, message, code);
}

function isNonNegative(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function checkRequestShape(input: TripPlanningInput): void {
  const r = input.request;
  if (!Number.isInteger(r.days) || r.days < 1 || r.days > MAX_TRIP_DAYS) fail('days', `days must be an integer from 1 to ${MAX_TRIP_DAYS}`);
  if (!Number.isInteger(r.stopsPerDay) || r.stopsPerDay < 1 || r.stopsPerDay > MAX_STOPS_PER_DAY) {
    fail('stopsPerDay', `stopsPerDay must be an integer from 1 to ${MAX_STOPS_PER_DAY}`);
  }
  if (r.budget !== undefined && !isNonNegative(r.budget)) fail('budget', 'budget must be a non-negative number of yuan');
  if (r.maxDistanceKm !== undefined && !(isNonNegative(r.maxDistanceKm) && r.maxDistanceKm > 0)) {
    fail('maxDistanceKm', 'maxDistanceKm must be a positive number');
  }
  for (const key of ['perKm', 'perStop', 'perDay'] as const) {
    const value = r.costModel?.[key];
    if (value !== undefined && !isNonNegative(value)) fail(`costModel.${key}`, `costModel.${key} must be a non-negative number`);
  }
  const o = r.origin;
  if (o && !(Math.abs(o.latitude) <= 90 && Math.abs(o.longitude) <= 180)) fail('origin', 'origin coordinates are out of range');
  const seen = new Set<string>();
  for (const u of input.universities) {
    if (seen.has(u.id)) fail('universities', `university ${u.id} appears twice`);
    seen.add(u.id);
    if (!(Math.abs(u.latitude) <= 90 && Math.abs(u.longitude) <= 180)) fail('universities', `university ${u.id} has no valid coordinates`);
  }
}

export function buildTripContext(input: TripPlanningInput, params: TripPlannerParams = DEFAULT_TRIP_PLANNER_PARAMS): TripContext {
  checkRequestShape(input);
  const r = input.request;
  const universities = [...input.universities].sort(byId);
  const uniIndex = new Map(universities.map((u, i) => [u.id, i]));
  // Positions with no open headcount cannot be covered; callers should not send them, and they are ignored.
  const positions = [...input.positions].filter((p) => p.openHeadcount > 0).sort(byId);
  const posIndex = new Map(positions.map((p, i) => [p.id, i]));

  const programmesOf: TripProgramme[][] = universities.map(() => []);
  const programmeUni = new Map<string, number>();
  for (const programme of [...input.programmes].sort(byId)) {
    const u = uniIndex.get(programme.universityId);
    if (u === undefined) continue;
    programmesOf[u].push(programme);
    programmeUni.set(programme.id, u);
  }

  // Edges pointing at unknown or closed rows are stale data from the caller and simply carry no supply.
  const edges = input.supply
    .filter((e) => programmeUni.has(e.programmeId) && posIndex.has(e.positionId) && Number.isFinite(e.expectedCandidates) && e.expectedCandidates > 0)
    .sort((a, b) => (a.programmeId < b.programmeId ? -1 : a.programmeId > b.programmeId ? 1 : 0) || (a.positionId < b.positionId ? -1 : a.positionId > b.positionId ? 1 : 0) || a.expectedCandidates - b.expectedCandidates);
  const programmeSupply = new Map<string, SupplyEntry[]>();
  const uniTotals: Map<number, number>[] = universities.map(() => new Map());
  for (const e of edges) {
    const pos = posIndex.get(e.positionId)!;
    const list = programmeSupply.get(e.programmeId) ?? [];
    const last = list[list.length - 1];
    if (last && last.pos === pos) last.amount += e.expectedCandidates;
    else list.push({ pos, amount: e.expectedCandidates });
    programmeSupply.set(e.programmeId, list);
  }
  for (let u = 0; u < universities.length; u++) {
    for (const programme of programmesOf[u]) {
      for (const entry of programmeSupply.get(programme.id) ?? []) {
        uniTotals[u].set(entry.pos, (uniTotals[u].get(entry.pos) ?? 0) + entry.amount);
      }
    }
  }
  const supplyOf = uniTotals.map((totals) => [...totals.entries()].sort((a, b) => a[0] - b[0]).map(([pos, amount]) => ({ pos, amount })));

  const origin = r.origin ?? DEFAULT_TRIP_ORIGIN;
  const dist = distanceMatrix([origin, ...universities]);
  const legs = legMatrix(dist, [cityName(origin.name), ...universities.map((u) => cityName(u.city))], params.schedule);
  const clusterOf = clusterCities(universities, params.schedule.roadMaxKm);
  const inDestination = destinationFilter(universities, r);

  const exclude = new Set(r.exclude);
  const mustIds = [...new Set(r.mustVisit)].sort();
  for (const id of mustIds) {
    if (!uniIndex.has(id)) fail('mustVisit', `must-visit university ${id} is unknown`);
    if (exclude.has(id)) fail('mustVisit', `university ${id} is both a must-visit and excluded`);
  }
  const maxStops = r.days * r.stopsPerDay;
  if (mustIds.length > maxStops) fail('mustVisit', `${mustIds.length} must-visits do not fit in ${r.days} day(s) × ${r.stopsPerDay} stop(s)`, TripPlanningErrorCode.Infeasible);
  const mustVisit = mustIds.map((id) => uniIndex.get(id)!);
  const mustSet = new Set(mustVisit);
  // A must-visit is an explicit choice and wins over the blanket distance limit.
  const eligible = universities
    .map((u, i) => i)
    .filter((i) => !exclude.has(universities[i].id))
    .filter((i) => mustSet.has(i) || (inDestination(i) && (r.maxDistanceKm === undefined || dist[0][i + 1] <= r.maxDistanceKm)));

  const ctx: TripContext = {
    params,
    origin,
    days: r.days,
    stopsPerDay: r.stopsPerDay,
    budget: r.budget,
    costModel: { ...DEFAULT_TRIP_COST_MODEL, ...stripUndefined(r.costModel ?? {}) },
    universities,
    positions,
    programmesOf,
    programmeSupply,
    supplyOf,
    dist,
    legs,
    clusterOf,
    mustVisit,
    partnershipTypes: [...new Set(r.partnershipTypes ?? [])],
    eligible,
    policies: input.policies ?? [],
    routeCache: new Map(),
  };
  const mustRoute = evaluateRoute(ctx, mustVisit);
  if (mustRoute.daysUsed > ctx.days) {
    fail('mustVisit', `the must-visit universities need ${mustRoute.daysUsed} day(s) with travel, more than the ${ctx.days} requested`, TripPlanningErrorCode.Infeasible);
  }
  if (ctx.budget !== undefined && mustRoute.cost > ctx.budget) {
    fail('budget', `the must-visit universities alone cost more than the budget of ${ctx.budget} yuan`, TripPlanningErrorCode.Infeasible);
  }
  return ctx;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Single-linkage clusters of cities: universities of the same city always share a cluster, and two
 * cities whose centroids are within `mergeKm` (road distance) merge. Cluster ids are the lowest member
 * index. The search seeds and exchanges whole clusters: getting there is what costs.
 */
function clusterCities(universities: TripUniversity[], mergeKm: number): number[] {
  const cityKey = (u: TripUniversity) => `${u.province.trim()}|${u.city.trim()}`;
  const cities = [...new Set(universities.map(cityKey))].sort();
  const members = cities.map((c) => universities.map((u, i) => i).filter((i) => cityKey(universities[i]) === c));
  const centroid = members.map((m) => ({
    lat: m.reduce((s, i) => s + universities[i].latitude, 0) / m.length,
    lon: m.reduce((s, i) => s + universities[i].longitude, 0) / m.length,
  }));
  const parent = cities.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const centroidDist = distanceMatrix(centroid.map((c) => ({ latitude: c.lat, longitude: c.lon })));
  for (let a = 0; a < cities.length; a++) {
    for (let b = a + 1; b < cities.length; b++) {
      if (centroidDist[a][b] <= mergeKm) {
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
  const clusterOf = universities.map(() => 0);
  members.forEach((m, c) => m.forEach((i) => (clusterOf[i] = find(c))));
  return clusterOf;
}

/**
 * Route, schedule and cost of visiting exactly `stops` (university indices). The shortest round trip is
 * laid out in both directions (the day's hours are not symmetric) and the one needing fewer days, then
 * home earlier, is kept. Cached per stop set.
 */
export function evaluateRoute(ctx: TripContext, stops: number[]): RouteEvaluation {
  const sorted = [...stops].sort((a, b) => a - b);
  const key = sorted.join(',');
  const cached = ctx.routeCache.get(key);
  if (cached) return cached;
  const trip = roundTrip(ctx.dist, sorted.map((u) => u + 1), ctx.params.exactRouteMaxStops);
  const lay = (nodes: number[]) => scheduleRoute(nodes, ctx.legs.minutes, ctx.params.schedule, ctx.stopsPerDay);
  let nodes = trip.order;
  let schedule = lay(nodes);
  if (nodes.length > 1) {
    const reversed = [...nodes].reverse();
    const other = lay(reversed);
    if (other.daysUsed < schedule.daysUsed || (other.daysUsed === schedule.daysUsed && other.homeAt < schedule.homeAt)) {
      nodes = reversed;
      schedule = other;
    }
  }
  const order = nodes.map((node) => node - 1);
  const result = { order, schedule, daysUsed: schedule.daysUsed, km: trip.km, cost: tripCost(ctx.costModel, trip.km, order.length, schedule.daysUsed) };
  ctx.routeCache.set(key, result);
  return result;
}
