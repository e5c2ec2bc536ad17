import { DEGREES, INDUSTRIES } from '../domain/vocabulary';
import { arrayOf, enumOf, freshness, int, nullable, num, object, str, uuid } from '../common/openapi/schema';

const Stop = object({
  universityId: uuid,
  name: str,
  city: str,
  latitude: num,
  longitude: num,
  majors: arrayOf(object({ major: str, degree: enumOf(DEGREES), expectedCandidates: num })),
  positions: arrayOf(object({ positionId: uuid, title: str, enterpriseName: str, expectedCandidates: num })),
  expectedCandidates: num,
});

const Plan = object({
  days: arrayOf(object({ day: int, city: str, stops: arrayOf(Stop) })),
  route: arrayOf(object({ from: str, to: str, km: num })),
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
  request: object({ days: int, stopsPerDay: int, budget: nullable(num), yield: num, focus: nullable(Focus) }),
  positionsInFocus: int,
});
