/**
 * Input and output shapes of the recruitment-trip planner. Plain data only: the service layer loads
 * universities, programmes and positions, computes demand and supply, and hands them over; the planner
 * never reads a database, so it can be tested exhaustively and run in a worker thread.
 */
import type { Degree, Industry } from '../../domain/vocabulary';

/** A university that can host a two-way job fair (双选会). Coordinates are WGS-84 degrees. */
export interface TripUniversity {
  id: string;
  name: string;
  city: string;
  province: string;
  latitude: number;
  longitude: number;
}

/** A university's graduating cohort in one major. */
export interface TripProgramme {
  id: string;
  universityId: string;
  major: string;
  degree: Degree;
  graduatesPerYear: number;
}

/** An open position. `demand` is computed by the caller (unfilled headcount × urgency weight). */
export interface TripPosition {
  id: string;
  title: string;
  enterpriseName: string;
  industry: Industry;
  /** 1 (can wait) to 5 (urgent). Informational here: it is already folded into `demand`. */
  urgency: number;
  openHeadcount: number;
  demand: number;
}

/**
 * Expected candidates for one position from one programme per trip
 * (graduates × programme–position affinity × expected yield), computed by the caller.
 */
export interface SupplyEdge {
  programmeId: string;
  positionId: string;
  expectedCandidates: number;
}

export interface TripOrigin {
  name: string;
  latitude: number;
  longitude: number;
}

/** Yuan. cost = perKm × route km + perStop × stops + perDay × days on the road. */
export interface TripCostModel {
  perKm: number;
  perStop: number;
  perDay: number;
}

export interface TripRequest {
  /** Where the team leaves from and returns to; defaults to Baotou (DEFAULT_TRIP_ORIGIN). */
  origin?: TripOrigin;
  /** Days available, 1–14. */
  days: number;
  /** Job fairs a team can run in one day, 1–4. */
  stopsPerDay: number;
  /** Yuan; omitted means no budget limit (cost is then only a tie-breaker). */
  budget?: number;
  costModel?: Partial<TripCostModel>;
  /** University ids that must be on the trip. */
  mustVisit: string[];
  /** University ids that must not be on the trip. */
  exclude: string[];
  /** Great-circle distance from the origin beyond which a university is not considered (must-visits excepted). */
  maxDistanceKm?: number;
}

export interface TripPlanningInput {
  universities: TripUniversity[];
  programmes: TripProgramme[];
  positions: TripPosition[];
  supply: SupplyEdge[];
  request: TripRequest;
}

export interface TripStopMajor {
  major: string;
  degree: Degree;
  expectedCandidates: number;
}

export interface TripStopPosition {
  positionId: string;
  title: string;
  enterpriseName: string;
  expectedCandidates: number;
}

export interface TripStop {
  universityId: string;
  name: string;
  city: string;
  latitude: number;
  longitude: number;
  /** Majors worth presenting to, most expected candidates first. */
  majors: TripStopMajor[];
  /** Positions worth presenting, most expected candidates first. */
  positions: TripStopPosition[];
  expectedCandidates: number;
}

export interface TripDay {
  day: number;
  /** The day's city; "A / B" when a day has to span several cities. */
  city: string;
  stops: TripStop[];
}

export interface TripLeg {
  from: string;
  to: string;
  km: number;
}

export type UncoveredReason = 'no_supply_in_reach' | 'budget' | 'capacity';

export interface TripPlan {
  days: TripDay[];
  route: TripLeg[];
  totalKm: number;
  cost: number;
  coveredDemand: number;
  totalDemand: number;
  coverageShare: number;
  coveredPositions: { positionId: string; coveredShare: number }[];
  uncoveredPositions: { positionId: string; title: string; reason: UncoveredReason }[];
  /** Σ demand × covered share; equals coveredDemand under the default objective. */
  objective: number;
}

export type TripAlternativeLabel = 'shorter' | 'cheaper' | 'broader';

export interface TripPlanResult {
  plan: TripPlan;
  alternatives: { label: TripAlternativeLabel; plan: TripPlan }[];
}

export enum TripPlanningErrorCode {
  InvalidRequest = 'TRIP_INVALID_REQUEST',
  Infeasible = 'TRIP_INFEASIBLE',
}

/** Thrown for requests that cannot be planned; the API maps it to 400 with `fields: { [field]: message }`. */
export class TripPlanningError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly code: TripPlanningErrorCode = TripPlanningErrorCode.InvalidRequest,
  ) {
    super(message);
    this.name = 'TripPlanningError';
  }
}
