import { DEGREES, INDUSTRIES } from '../domain/vocabulary';
import { arrayOf, enumOf, freshness, int, nullable, num, object, str, uuid } from '../common/openapi/schema';
import { GAP_GROUPS } from './supply-demand.dto';

/** Every figure is in seats (or people, for reachable graduates); see src/planning/supply/seat-supply.ts. */
const seats = {
  openSeats: num,
  strongTalents: num,
  reachableGraduates: num,
  supplySeats: num,
  gapSeats: num,
};

const basis = { unit: enumOf(['seats']), yield: num, strongScore: int, ...freshness };

const position = { positionId: uuid, title: str, enterpriseId: uuid, enterpriseName: str, industry: enumOf(INDUSTRIES), urgency: int };

export const SupplyDemandPositionsSchema = object({
  ...basis,
  items: arrayOf(
    object({
      ...position,
      ...seats,
      coverage: num,
      programmes: arrayOf(
        object({ programmeId: uuid, major: str, degree: enumOf(DEGREES), university: nullable(str), city: nullable(str), expectedCandidates: num }),
      ),
    }),
  ),
});

/**
 * One row per industry (`industry`), per preferred major (`major`) or per position (the position fields).
 * Seats are shared among a position's preferred majors, so they are fractional when grouped by major.
 */
export const GapsSchema = object({
  by: enumOf(GAP_GROUPS),
  ...basis,
  totals: object(seats),
  items: arrayOf(object({ ...position, major: str, ...seats }, ['major', ...Object.keys(position)])),
});

export const OpeningsPageSchema = object({
  ...basis,
  items: arrayOf(object({ ...position, ...seats, strongCandidates: int })),
  total: int,
  page: int,
  limit: int,
});
