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

/**
 * How long things take and when they may happen. Times are minutes after local midnight. Travel time is
 * derived from the great-circle distance: km × detour factor ÷ average speed + access time.
 */
export interface TripScheduleParams {
  /** The team leaves (on day 1: from the origin) and may travel from this time. 07:00. */
  dayStartMin: number;
  /** Latest arrival of any leg within a working day. 22:00. */
  dayEndMin: number;
  /** Earliest start of a job fair (campus hours). 09:00. */
  fairStartMin: number;
  /** A job fair must be over by this time. 18:00. */
  fairEndMin: number;
  /** Length of one 双选会 session (booths open, campus talk). */
  fairMinutes: number;
  /** Before each fair: reception and booth set-up on site. */
  setupMinutes: number;
  /**
   * Rail between cities. China's network mixes high-speed lines (250–350 km/h) and conventional ones
   * (100–160 km/h); 150 km/h over rail km (great circle × 1.25) is a fair door-to-door average, e.g. 包头 →
   * 兰州 (733 km) ≈ 7 h 6 min with access, close to the fastest current connections via 银川.
   */
  railKmPerHour: number;
  railDetour: number;
  /** To the station, security, boarding and from the arrival station to the campus. */
  railAccessMinutes: number;
  /** Road within a city (taxi or team car in city traffic): 30 km/h over road km (great circle × 1.3). */
  roadKmPerHour: number;
  roadDetour: number;
  /** Loading and parking at both ends. */
  roadAccessMinutes: number;
  /** Different cities closer than this go by road too (a satellite town, two districts of one metropolis). */
  roadMaxKm: number;
  /**
   * The journey home after the last fair may run late or overnight (a late or sleeper train) and needs no
   * working day of its own; false requires arrival by `dayEndMin` within the trip's days.
   */
  returnOvernight: boolean;
  /**
   * A journey out at least this long leaves the evening before day 1 and arrives at `dayStartMin` (a sleeper
   * train: 包头 → 兰州 runs overnight), so day 1 is a working day at the destination. Shorter journeys out
   * leave at `dayStartMin` on day 1. Infinity turns it off.
   */
  overnightOutboundMinMinutes: number;
}

export const DEFAULT_TRIP_SCHEDULE_PARAMS: TripScheduleParams = {
  dayStartMin: 7 * 60,
  dayEndMin: 22 * 60,
  fairStartMin: 9 * 60,
  fairEndMin: 18 * 60,
  fairMinutes: 150,
  setupMinutes: 30,
  railKmPerHour: 150,
  railDetour: 1.25,
  railAccessMinutes: 60,
  roadKmPerHour: 30,
  roadDetour: 1.3,
  roadAccessMinutes: 10,
  roadMaxKm: 80,
  returnOvernight: true,
  overnightOutboundMinMinutes: 6 * 60,
};

/** Tuning knobs of the planner, in one place (the engine's convention). */
export interface TripPlannerParams {
  /** Travel speeds, working hours and the length of a fair. */
  schedule: TripScheduleParams;
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
  /** The search is also started from this many of the most promising cities. */
  maxSeedCities: number;
  /** At most this many accepted city exchanges (each one a strict improvement). */
  maxCityExchangeRounds: number;
  /** City exchanges also drop two cities at once when the plan visits at most this many. */
  pairExchangeMaxCities: number;
  /** Per exchange round, this many of the best exchanged stop sets are polished by local search. */
  exchangeCandidatesPolished: number;
}

export const DEFAULT_TRIP_PLANNER_PARAMS: TripPlannerParams = {
  schedule: DEFAULT_TRIP_SCHEDULE_PARAMS,
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
