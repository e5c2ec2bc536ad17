import type { TripCostModel, TripOrigin } from './trip-types';

/**
 * Baotou city centre (Kundulun / Qingshan boundary), WGS-84. Wikipedia gives 40°39′N 109°50′E; the
 * Rare Earth Hi-Tech Zone itself lies ~3 km south-east, which does not matter at trip scale.
 */
export const DEFAULT_TRIP_ORIGIN: TripOrigin = { name: '包头', latitude: 40.657, longitude: 109.84 };

/**
 * Yuan. 1.2/km covers fuel, tolls and driver for a team car (or second-class rail for a small team, which
 * costs about the same per team-km); 800/stop is a job-fair booth, printing and a campus talk; 1,500/day is
 * lodging and meals for a team of about five.
 */
export const DEFAULT_TRIP_COST_MODEL: TripCostModel = { perKm: 1.2, perStop: 800, perDay: 1500 };

/** Tuning knobs of the planner, in one place (the engine's convention). */
export interface TripPlannerParams {
  /**
   * Cities whose university centroids are at most this far apart may share a day (e.g. two districts of a
   * metropolis, or 兰州 and a satellite town). Farther apart, a day spans both only when unavoidable.
   */
  sameDayKm: number;
  /** Up to this many stops the route is solved exactly (Held–Karp, 2^n·n² steps); above it 2-opt. */
  exactRouteMaxStops: number;
  /** "Shorter" alternative on a one-day trip: keep about this share of the main plan's stops. */
  shorterStopShare: number;
  /** "Cheaper" alternative: budget as a share of the main plan's cost. */
  cheaperBudgetShare: number;
  /**
   * "Broader" alternative: weight (as a multiple of the mean position demand) of reaching one expected
   * candidate for a position at all, on top of the usual demand-weighted coverage. Higher spreads the trip
   * over more positions at the expense of depth on the most urgent ones.
   */
  broaderReachWeight: number;
  /** Local search stops after this many improving moves (a guard; it normally converges far earlier). */
  maxLocalSearchMoves: number;
  /** How many cost-only moves (same coverage, lower cost) are checked with a full route per round. */
  costMoveCandidates: number;
  /** How many coverage-improving moves per round may be priced with a full route before giving up on the round. */
  maxFeasibilityChecks: number;
  /** The search is also started from each of this many strongest single universities. */
  maxSeedStops: number;
  /** With a budget, the search is also started from this many of the most promising cities. */
  maxSeedCities: number;
  /** With a budget, at most this many accepted city exchanges (each one a strict improvement). */
  maxCityExchangeRounds: number;
  /** City exchanges also drop two cities at once when the plan visits at most this many. */
  pairExchangeMaxCities: number;
  /** Per exchange round, this many of the best exchanged stop sets are polished by local search. */
  exchangeCandidatesPolished: number;
}

export const DEFAULT_TRIP_PLANNER_PARAMS: TripPlannerParams = {
  sameDayKm: 60,
  exactRouteMaxStops: 9,
  shorterStopShare: 0.6,
  cheaperBudgetShare: 0.7,
  broaderReachWeight: 1,
  maxLocalSearchMoves: 500,
  costMoveCandidates: 8,
  maxFeasibilityChecks: 400,
  maxSeedStops: 8,
  maxSeedCities: 8,
  maxCityExchangeRounds: 10,
  pairExchangeMaxCities: 6,
  exchangeCandidatesPolished: 4,
};

/** Objective improvements smaller than this are noise from floating-point sums, not better plans. */
export const OBJECTIVE_EPSILON = 1e-9;
