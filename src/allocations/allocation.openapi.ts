import { INDUSTRIES } from '../domain/vocabulary';
import { ALLOCATION_METHODS } from './allocation.dto';
import { arrayOf, enumOf, int, nullable, num, object, str, uuid } from '../common/openapi/schema';

/** POST /allocations/plan: who goes where, and what ranking each opening alone would have covered. */
export const AllocationPlanSchema = object({
  method: enumOf(ALLOCATION_METHODS),
  parameters: object({ exposureCap: nullable(int), minScore: num, industries: nullable(arrayOf(enumOf(INDUSTRIES))), minUrgency: int }),
  interests: enumOf(['not recorded']),
  totals: object({ openings: int, headcount: int, assignedTalents: int, totalScore: num, urgentHeadcount: int, coveredUrgentHeadcount: int }),
  coverageByIndustry: arrayOf(object({ industry: str, headcount: int, covered: int, label: object({ zh: str, en: str }) })),
  unmatchedPositions: arrayOf(
    object({ positionId: uuid, title: str, enterpriseName: str, urgency: int, open: int, reason: enumOf(['no_eligible_candidate', 'outcompeted']) }),
  ),
  comparison: object({
    naiveCoveredUrgentHeadcount: int,
    naiveNominalUrgentHeadcount: int,
    naiveLostEntries: int,
    stableCoveredUrgentHeadcount: int,
    optimalCoveredUrgentHeadcount: int,
    sharedTop5Positions: int,
    sharedTop5Pairs: int,
    distinctTalentsInTop5: int,
    top5Entries: int,
  }),
  summary: object({ zh: str, en: str }),
  assignment: arrayOf(object({ talentId: uuid, talentName: str, positionId: uuid, positionTitle: str, enterpriseName: str, score: num })),
});
