import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { ErrorCode } from '../common/errors/error-codes';
import { planTrip } from '../planning/trip/trip-planner';
import { TripPlanningError, type TripPlanResult } from '../planning/trip/trip-types';
import { SupplyDemandService } from './supply-demand.service';
import { TripPlanRequestDto } from './trip-request.dto';

export interface PlannedTrip extends TripPlanResult {
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
      return {
        ...result,
        request: {
          days: request.days,
          stopsPerDay: request.stopsPerDay ?? 2,
          budget: request.budget ?? null,
          yield: request.yield ?? 0.05,
          focus: request.focus ?? null,
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
