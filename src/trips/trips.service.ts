import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { ErrorCode } from '../common/errors/error-codes';
import { planTrip } from '../planning/trip/trip-planner';
import { TripPlanningError, type TripPlanResult } from '../planning/trip/trip-types';
import { PARTNERSHIP_TYPES, type PartnershipType } from '../domain/vocabulary';
import { DEFAULT_YIELD, SupplyDemandService } from './supply-demand.service';
import { TripPlanRequestDto } from './trip-request.dto';
import { Policy } from '../policies/policy.entity';
import type { Industry } from '../domain/vocabulary';
import type { TripPolicy } from '../planning/trip/trip-types';

export interface TripOptions {
  cities: { city: string; province: string; universities: number }[];
  provinces: { province: string; universities: number }[];
  universities: { id: string; name: string; city: string; province: string; partnershipTypes: PartnershipType[] }[];
  enterprises: { id: string; name: string; openPositions: number }[];
  partnershipTypes: PartnershipType[];
}

export interface PlannedTrip extends TripPlanResult {
  /** Positions the trip covers only in part, with the seats it is expected to leave open. */
  partlyCovered: { positionId: string; title: string; enterpriseName: string; coveredShare: number; seatsLeft: number }[];
  summary: { zh: string; en: string };
  request: {
    days: number;
    stopsPerDay: number;
    budget: number | null;
    yield: number;
    focus: TripPlanRequestDto['focus'] | null;
    cities: string[];
    provinces: string[];
    universities: string[];
    partnershipTypes: PartnershipType[];
    enterprises: string[];
  };
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
    await this.assertUniversitiesExist('universities', request.universities ?? []);
    const enterpriseIds = request.enterprises ?? [];
    await this.assertEnterprisesExist(enterpriseIds);
    const data = await this.supplyDemand.load({ ...request.focus, yield: request.yield });
    // The planner groups a stop's positions by enterprise and, with participating enterprises, presents only theirs.
    const enterpriseOf = await this.enterpriseOfPositions(data.positions.map((p) => p.id));
    const positions = data.positions
      .map((p) => ({ ...p, enterpriseId: enterpriseOf.get(p.id)?.enterpriseId, employerIndustry: enterpriseOf.get(p.id)?.industry ?? null }))
      .filter((p) => enterpriseIds.length === 0 || enterpriseIds.includes(p.enterpriseId ?? ''));
    if (positions.length === 0) {
      if (enterpriseIds.length > 0) throw AppException.validation({ enterprises: 'these enterprises have no open position in the focus' });
      throw new AppException(ErrorCode.ValidationFailed, 'No open position matches the focus', { focus: 'matches no open position' });
    }
    const partnerships = await this.partnershipsOfUniversities();
    const policies = await this.activePolicies();
    try {
      const result = planTrip({
        universities: data.universities.map((u) => ({ ...u, partnershipTypes: partnerships.get(u.id) ?? [] })),
        programmes: data.programmes,
        positions,
        supply: data.supply,
        policies,
        request: {
          origin: request.origin,
          days: request.days,
          stopsPerDay: request.stopsPerDay ?? 2,
          budget: request.budget,
          mustVisit: request.mustVisit ?? [],
          exclude: request.exclude ?? [],
          maxDistanceKm: request.maxDistanceKm,
          destinations: { cities: request.cities, provinces: request.provinces, universityIds: request.universities },
          partnershipTypes: request.partnershipTypes,
          requirePartnership: request.requirePartnership,
        },
      });
      const byId = new Map(positions.map((p) => [p.id, p]));
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
          cities: request.cities ?? [],
          provinces: request.provinces ?? [],
          universities: request.universities ?? [],
          partnershipTypes: request.partnershipTypes ?? [],
          enterprises: enterpriseIds,
        },
        positionsInFocus: positions.length,
      };
    } catch (error) {
      if (error instanceof TripPlanningError) throw AppException.validation({ [error.field]: error.message });
      throw error;
    }
  }

  /** What a coordinator picks from: cities and provinces with universities, universities, enterprises with openings. */
  async options(): Promise<TripOptions> {
    const universities: { id: string; name: string; city: string; province: string; partnership_types: PartnershipType[] }[] = await this.dataSource.query(
      `SELECT id, name_zh AS name, city, province, partnership_types FROM university
        WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY province, city, name_zh`,
    );
    const enterprises: { id: string; name: string; open_positions: number }[] = await this.dataSource.query(
      `SELECT e.id, e.name_zh AS name, count(p.id)::int AS open_positions
         FROM enterprise e JOIN position p ON p.enterprise_id = e.id AND p.status = 'open' AND p.headcount > p.filled_count
        GROUP BY e.id, e.name_zh ORDER BY count(p.id) DESC, e.name_zh`,
    );
    const count = <K extends string>(key: (u: (typeof universities)[number]) => K) => {
      const m = new Map<K, number>();
      for (const u of universities) m.set(key(u), (m.get(key(u)) ?? 0) + 1);
      return m;
    };
    const cities = count((u) => `${u.province}\u0000${u.city}`);
    const provinces = count((u) => u.province);
    return {
      cities: [...cities.entries()].map(([k, n]) => ({ city: k.split('\u0000')[1], province: k.split('\u0000')[0], universities: n })),
      provinces: [...provinces.entries()].map(([province, n]) => ({ province, universities: n })),
      universities: universities.map((u) => ({ id: u.id, name: u.name, city: u.city, province: u.province, partnershipTypes: u.partnership_types ?? [] })),
      enterprises: enterprises.map((e) => ({ id: e.id, name: e.name, openPositions: e.open_positions })),
      partnershipTypes: [...PARTNERSHIP_TYPES],
    };
  }

  private async enterpriseOfPositions(ids: string[]): Promise<Map<string, { enterpriseId: string; industry: Industry | null }>> {
    const rows: { id: string; enterprise_id: string; industry: Industry | null }[] = await this.dataSource.query(
      'SELECT p.id, p.enterprise_id, e.industry FROM position p JOIN enterprise e ON e.id = p.enterprise_id WHERE p.id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { enterpriseId: r.enterprise_id, industry: r.industry }]));
  }

  /** The active talent policies, as plain data for the planner (what to present to which majors at each stop). */
  private async activePolicies(): Promise<TripPolicy[]> {
    const rows = await this.dataSource.manager.find(Policy, { where: { active: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((p) => ({ id: p.id, nameZh: p.nameZh, nameEn: p.nameEn ?? p.nameZh, illustrative: p.illustrative, conditions: p.conditions }));
  }

  private async partnershipsOfUniversities(): Promise<Map<string, PartnershipType[]>> {
    const rows: { id: string; partnership_types: PartnershipType[] }[] = await this.dataSource.query('SELECT id, partnership_types FROM university');
    return new Map(rows.map((r) => [r.id, r.partnership_types ?? []]));
  }

  private async assertEnterprisesExist(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM enterprise WHERE id = ANY($1::uuid[])', [ids]);
    const known = new Set(rows.map((r) => r.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw AppException.validation({ enterprises: `unknown enterprise: ${unknown.join(', ')}` });
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
