/**
 * Input and output shapes of the recruitment-trip planner. Plain data only: the service layer loads
 * universities, programmes and positions, computes demand and supply, and hands them over; the planner
 * never reads a database, so it can be tested exhaustively and run in a worker thread.
 */
import type { Degree, Industry, PartnershipType } from '../../domain/vocabulary';
import type { PolicyRule } from '../../matching/policy/policy-types';

/** A university that can host a two-way job fair (双选会). Coordinates are WGS-84 degrees. */
export interface TripUniversity {
  id: string;
  name: string;
  city: string;
  province: string;
  latitude: number;
  longitude: number;
  /** Kinds of cooperation the zone already has with it (双选会, 订单培养, 顶岗实习 …). */
  partnershipTypes?: PartnershipType[];
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
  /** Groups the enterprise's positions at a stop; the name stands in when absent. */
  enterpriseId?: string;
  industry: Industry;
  /** The employer's industry: whether it is in one of the zone's key chains (the policies' `employerKeyChain`). */
  employerIndustry?: Industry | null;
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

/**
 * Where the trip may go. When any list is given the trip visits only universities in a named city, in a
 * named province or named themselves (the union); must-visits always count as chosen. Names compare
 * without the administrative suffix (兰州 = 兰州市, 甘肃 = 甘肃省).
 */
export interface TripDestinations {
  cities?: string[];
  provinces?: string[];
  universityIds?: string[];
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
  destinations?: TripDestinations;
  /**
   * What the trip is for. Only universities that already have at least one of these with the zone are
   * candidates when `requirePartnership` is set; otherwise the types only shape what each stop is to discuss.
   */
  partnershipTypes?: PartnershipType[];
  requirePartnership?: boolean;
}

/** A talent policy as the planner reads it (the active policies, passed in by the caller). */
export interface TripPolicy extends PolicyRule {
  illustrative: boolean;
}

export interface TripPlanningInput {
  universities: TripUniversity[];
  programmes: TripProgramme[];
  positions: TripPosition[];
  supply: SupplyEdge[];
  request: TripRequest;
  /** Talent policies to present at each stop per major (trip-policies.ts); none when absent. */
  policies?: TripPolicy[];
}

/** The policies a new graduate of one targeted major would get with the titles presented to that cohort at a stop. */
export interface TripStopMajorPolicies {
  major: string;
  degree: Degree;
  /** Titles presented at the stop that this cohort is expected for. */
  ofPositions: number;
  /** Policies that apply with at least one of them; `positions`: with how many. */
  policies: { policyId: string; nameZh: string; nameEn: string; illustrative: boolean; positions: number }[];
}

export interface TripStopMajor {
  major: string;
  degree: Degree;
  /** The cohort a fair there can reach. */
  graduatesPerYear: number;
  expectedCandidates: number;
}

/** One title of one enterprise: positions with the same title are presented once, with their headcount. */
export interface TripStopPosition {
  /** The first of `positionIds`. */
  positionId: string;
  positionIds: string[];
  title: string;
  enterpriseName: string;
  openHeadcount: number;
  expectedCandidates: number;
}

/** An enterprise's booth at a fair: what it presents there. */
export interface TripStopEnterprise {
  enterpriseName: string;
  /** Booth number in the printed agenda, from 1, most expected candidates first. */
  booth: number;
  openHeadcount: number;
  expectedCandidates: number;
  positions: TripStopPosition[];
}

/** A partnership to discuss at a stop: one the zone already has there, or one the trip is to propose. */
export interface TripStopPartnership {
  type: PartnershipType;
  status: 'existing' | 'proposed';
}

export type TravelMode = 'rail' | 'road';

export interface TripStop {
  universityId: string;
  name: string;
  city: string;
  latitude: number;
  longitude: number;
  /** Majors worth presenting to, most expected candidates first. */
  majors: TripStopMajor[];
  /** Positions worth presenting, each title of each enterprise once, most expected candidates first. */
  positions: TripStopPosition[];
  /** The same positions by enterprise: the booth list of the fair. */
  enterprises: TripStopEnterprise[];
  partnerships: TripStopPartnership[];
  /** Per targeted major (same order as `majors`): the policies to present to it. */
  policies: TripStopMajorPolicies[];
  expectedCandidates: number;
  day: number;
  /** Local "HH:MM" of the fair. */
  start: string;
  end: string;
}

export interface TripLeg {
  from: string;
  to: string;
  km: number;
  mode: TravelMode;
  minutes: number;
  /** 0 for a journey out that leaves the evening before day 1 (an overnight train). */
  departDay: number;
  /** Local "HH:MM". */
  depart: string;
  /** Later than `departDay` only for a leg over a night (the journey home, or one longer than a day's travel). */
  arriveDay: number;
  arrive: string;
}

/** `travel`: only legs that day; `travel_and_fairs`: a long leg and a fair; `fairs`: fairs and local moves. */
export type TripDayKind = 'fairs' | 'travel' | 'travel_and_fairs';

export interface TripDay {
  day: number;
  /** The day's city, "A / B" when it holds fairs in two, "A → B" on a travel day. */
  city: string;
  kind: TripDayKind;
  stops: TripStop[];
  /** Legs that leave on this day (day 1: also the night before), in order. */
  legs: TripLeg[];
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
