import { DEGREES, INDUSTRIES, PARTNERSHIP_TYPES } from '../domain/vocabulary';
import { arrayOf, bool, enumOf, int, nullable, num, object, str, uuid } from '../common/openapi/schema';

/** One title of one enterprise at a stop: all its openings with that title, presented once. */
const StopPosition = object({ positionId: uuid, positionIds: arrayOf(uuid), title: str, enterpriseName: str, openHeadcount: int, expectedCandidates: num });

/** Times are local "HH:MM"; a fair runs `start`–`end` on trip day `day`. */
const Stop = object({
  universityId: uuid,
  name: str,
  city: str,
  latitude: num,
  longitude: num,
  majors: arrayOf(object({ major: str, degree: enumOf(DEGREES), graduatesPerYear: int, expectedCandidates: num })),
  positions: arrayOf(StopPosition),
  enterprises: arrayOf(object({ enterpriseName: str, booth: int, openHeadcount: int, expectedCandidates: num, positions: arrayOf(StopPosition) })),
  partnerships: arrayOf(object({ type: enumOf(PARTNERSHIP_TYPES), status: enumOf(['existing', 'proposed']) })),
  /** Per targeted major: the active policies a new graduate of it would get with the titles presented to that cohort (`positions` of `ofPositions`). */
  policies: arrayOf(
    object({
      major: str,
      degree: enumOf(DEGREES),
      ofPositions: int,
      policies: arrayOf(object({ policyId: uuid, nameZh: str, nameEn: str, illustrative: bool, positions: int })),
    }),
  ),
  expectedCandidates: num,
  day: int,
  start: str,
  end: str,
});

/** A leg: rail between cities, road within one; `minutes` from distance at the documented speeds. */
const Leg = object({ from: str, to: str, km: num, mode: enumOf(['rail', 'road']), minutes: int, departDay: int, depart: str, arriveDay: int, arrive: str });

const Plan = object({
  days: arrayOf(object({ day: int, city: str, kind: enumOf(['fairs', 'travel', 'travel_and_fairs']), stops: arrayOf(Stop), legs: arrayOf(Leg) })),
  route: arrayOf(Leg),
  totalKm: num,
  cost: num,
  coveredDemand: num,
  totalDemand: num,
  coverageShare: num,
  coveredPositions: arrayOf(object({ positionId: uuid, coveredShare: num })),
  uncoveredPositions: arrayOf(object({ positionId: uuid, title: str, reason: enumOf(['no_supply_in_reach', 'budget', 'capacity']) })),
  objective: num,
});

const Focus = object({ industries: arrayOf(enumOf(INDUSTRIES)), positionIds: arrayOf(uuid), minUrgency: int }, ['industries', 'positionIds', 'minUrgency']);

/** POST /recruitment-trips/plan. */
export const TripPlanSchema = object({
  plan: Plan,
  alternatives: arrayOf(object({ label: enumOf(['shorter', 'cheaper', 'broader']), plan: Plan })),
  partlyCovered: arrayOf(object({ positionId: uuid, title: str, enterpriseName: str, coveredShare: num, seatsLeft: num })),
  summary: object({ zh: str, en: str }),
  request: object({
    days: int,
    stopsPerDay: int,
    budget: nullable(num),
    yield: num,
    focus: nullable(Focus),
    cities: arrayOf(str),
    provinces: arrayOf(str),
    universities: arrayOf(uuid),
    partnershipTypes: arrayOf(enumOf(PARTNERSHIP_TYPES)),
    enterprises: arrayOf(uuid),
  }),
  positionsInFocus: int,
});

/** GET /recruitment-trips/options. */
export const TripOptionsSchema = object({
  cities: arrayOf(object({ city: str, province: str, universities: int })),
  provinces: arrayOf(object({ province: str, universities: int })),
  universities: arrayOf(object({ id: uuid, name: str, city: str, province: str, partnershipTypes: arrayOf(enumOf(PARTNERSHIP_TYPES)) })),
  enterprises: arrayOf(object({ id: uuid, name: str, openPositions: int })),
  partnershipTypes: arrayOf(enumOf(PARTNERSHIP_TYPES)),
});

