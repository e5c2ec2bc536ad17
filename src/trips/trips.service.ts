import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { ErrorCode } from '../common/errors/error-codes';
import { planTrip } from '../planning/trip/trip-planner';
import { TripPlanningError, type TripPlanResult } from '../planning/trip/trip-types';
import { DEFAULT_YIELD, SupplyDemandService } from './supply-demand.service';
import { TripPlanRequestDto } from './trip-request.dto';

export interface PlannedTrip extends TripPlanResult {
  /** Positions the trip covers only in part, with the seats it is expected to leave open. */
  partlyCovered: { positionId: string; title: string; enterpriseName: string; coveredShare: number; seatsLeft: number }[];
  summary: { zh: string; en: string };
  request: { days: number; stopsPerDay: number; budget: number | null; yield: number; focus: TripPlanRequestDto['focus'] | null };
  /** Positions in focus that no programme within reach can feed at all. */
  positionsInFocus: number;
}

/** Plans recruitment trips over the stored demand and supply; the planner itself is pure (src/planning/trip). */
@Injectable()
export class TripsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly supplyDemand: SupplyDemandService,
  ) {}

  async plan(request: TripPlanRequestDto): Promise<PlannedTrip> {
    await this.assertUniversitiesExist('mustVisit', request.mustVisit ?? []);
    await this.assertUniversitiesExist('exclude', request.exclude ?? []);
    const data = await this.supplyDemand.load({ ...request.focus, yield: request.yield });
    if (data.positions.length === 0) {
      throw new AppException(ErrorCode.ValidationFailed, 'No open position matches the focus', { focus: 'matches no open position' });
    }
    try {
      const result = planTrip({
        universities: data.universities,
        programmes: data.programmes,
        positions: data.positions,
        supply: data.supply,
        request: {
          origin: request.origin,
          days: request.days,
          stopsPerDay: request.stopsPerDay ?? 2,
          budget: request.budget,
          mustVisit: request.mustVisit ?? [],
          exclude: request.exclude ?? [],
          maxDistanceKm: request.maxDistanceKm,
        },
      });
      const byId = new Map(data.positions.map((p) => [p.id, p]));
      const partlyCovered = result.plan.coveredPositions
        .map((c) => ({ c, position: byId.get(c.positionId)! }))
        // A tenth of a seat or more left open counts; rounding noise does not.
        .filter(({ c, position }) => position.openHeadcount * (1 - c.coveredShare) >= 0.1)
        .map(({ c, position }) => ({
          positionId: c.positionId,
          title: position.title,
          enterpriseName: position.enterpriseName,
          coveredShare: Math.round(c.coveredShare * 1000) / 1000,
          seatsLeft: Math.round(position.openHeadcount * (1 - c.coveredShare) * 10) / 10,
        }))
        .sort((a, b) => b.seatsLeft - a.seatsLeft);
      const plan = result.plan;
      const share = Math.round(plan.coverageShare * 100);
      return {
        ...result,
        partlyCovered,
        summary: {
          zh: `覆盖紧缺需求 ${share}%（${plan.coveredDemand.toFixed(1)}/${plan.totalDemand.toFixed(1)}）；${partlyCovered.length} 个岗位仅部分覆盖，${plan.uncoveredPositions.length} 个岗位未覆盖。`,
          en: `Covers ${share}% of the weighted demand (${plan.coveredDemand.toFixed(1)} of ${plan.totalDemand.toFixed(1)}); ${partlyCovered.length} positions partly covered, ${plan.uncoveredPositions.length} not covered.`,
        },
        // An alternative that visits nobody (a budget too small for one stop) helps no coordinator.
        alternatives: result.alternatives.filter((a) => a.plan.days.some((d) => d.stops.length > 0)),
        request: {
          days: request.days,
          stopsPerDay: request.stopsPerDay ?? 2,
          budget: request.budget ?? null,
          yield: request.yield ?? DEFAULT_YIELD,
          focus: appliedFocus(request.focus),
        },
        positionsInFocus: data.positions.length,
      };
    } catch (error) {
      if (error instanceof TripPlanningError) throw AppException.validation({ [error.field]: error.message });
      throw error;
    }
  }

  private async assertUniversitiesExist(field: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM university WHERE id = ANY($1::uuid[])', [ids]);
    const known = new Set(rows.map((r) => r.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw AppException.validation({ [field]: `unknown university: ${unknown.join(', ')}` });
  }
}

/**
 * The focus as the plan applied it, for the echo in the response: members sent as null are left out,
 * and a focus that is not an object (an empty list passes the nested validation) is no focus at all,
 * which is also how `load` treats it.
 */
function appliedFocus(focus: TripPlanRequestDto['focus'] | unknown): TripPlanRequestDto['focus'] | null {
  if (!focus || typeof focus !== 'object' || Array.isArray(focus)) return null;
  const given = focus as Record<string, unknown>;
  return Object.fromEntries(['industries', 'positionIds', 'minUrgency'].filter((k) => given[k] !== undefined && given[k] !== null).map((k) => [k, given[k]]));
}
