import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Degree, Industry } from '../domain/vocabulary';
import type { SupplyEdge, TripPosition, TripProgramme, TripUniversity } from '../planning/trip/trip-types';
import { FreshnessService } from '../recompute/freshness.service';

/** Expected share of a graduating cohort that one recruitment trip wins, unless the coordinator says otherwise. */
export const DEFAULT_YIELD = 0.1;

/** Demand weight of a position: its unfilled headcount × urgency / 3 (urgency 3 counts one-for-one). */
export function positionDemand(openHeadcount: number, urgency: number): number {
  return (openHeadcount * urgency) / 3;
}

export interface PlanningData {
  universities: TripUniversity[];
  programmes: TripProgramme[];
  positions: TripPosition[];
  supply: SupplyEdge[];
  preferredMajors: Map<string, string[]>;
}

export interface PlanningFilter {
  industries?: Industry[];
  positionIds?: string[];
  minUrgency?: number;
  yield?: number;
}

/**
 * Demand (open positions, weighted by urgency) against supply (programmes × affinity × yield), read from
 * the stored programme affinities. The numbers the trip planner optimises and the coordinators' views.
 */
@Injectable()
export class SupplyDemandService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: FreshnessService,
  ) {}

  async load(filter: PlanningFilter = {}): Promise<PlanningData> {
    const yieldShare = filter.yield ?? DEFAULT_YIELD;
    const positionRows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT p.id, p.title, p.industry, p.urgency, p.headcount - p.filled_count AS open, p.preferred_majors, e.name_zh AS enterprise
         FROM position p JOIN enterprise e ON e.id = p.enterprise_id
        WHERE p.status = 'open' AND p.headcount > p.filled_count
          AND ($1::text[] IS NULL OR p.industry = ANY($1))
          AND ($2::uuid[] IS NULL OR p.id = ANY($2))
          AND p.urgency >= $3
        ORDER BY p.id`,
      [filter.industries?.length ? filter.industries : null, filter.positionIds?.length ? filter.positionIds : null, filter.minUrgency ?? 1],
    );
    const positions: TripPosition[] = positionRows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      enterpriseName: r.enterprise as string,
      industry: r.industry as Industry,
      urgency: r.urgency as number,
      openHeadcount: r.open as number,
      demand: positionDemand(r.open as number, r.urgency as number),
    }));
    const universityRows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, name_zh, city, province, latitude, longitude FROM university
        WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY id`,
    );
    const programmeRows: Record<string, unknown>[] = await this.dataSource.query(
      'SELECT id, university_id, major, degree, graduates_per_year FROM programme ORDER BY id',
    );
    // A graduate takes one job: the candidates a cohort yields (graduates × yield) are shared among all the
    // open positions it fits, in proportion to affinity, not counted again for each of them.
    const edges: { programme_id: string; position_id: string; supply: number }[] = await this.dataSource.query(
      `WITH shares AS (
         SELECT pm.programme_id, pm.position_id, pm.affinity,
                sum(pm.affinity) OVER (PARTITION BY pm.programme_id) AS total
           FROM programme_match pm JOIN position p ON p.id = pm.position_id
          WHERE p.status = 'open' AND p.headcount > p.filled_count)
       SELECT s.programme_id, s.position_id, pr.graduates_per_year * $2::float8 * s.affinity / s.total AS supply
         FROM shares s JOIN programme pr ON pr.id = s.programme_id
        WHERE s.position_id = ANY($1::uuid[]) AND s.total > 0`,
      [positions.map((p) => p.id), yieldShare],
    );
    return {
      universities: universityRows.map((r) => ({
        id: r.id as string,
        name: r.name_zh as string,
        city: r.city as string,
        province: r.province as string,
        latitude: r.latitude as number,
        longitude: r.longitude as number,
      })),
      programmes: programmeRows.map((r) => ({
        id: r.id as string,
        universityId: r.university_id as string,
        major: r.major as string,
        degree: r.degree as Degree,
        graduatesPerYear: r.graduates_per_year as number,
      })),
      positions,
      supply: edges.map((e) => ({ programmeId: e.programme_id, positionId: e.position_id, expectedCandidates: Number(e.supply) })),
      preferredMajors: new Map(positionRows.map((r) => [r.id as string, (r.preferred_majors as string[]) ?? []])),
    };
  }

  /** For each position: demand, the programmes that can feed it and the candidates they are expected to yield. */
  async positions(filter: PlanningFilter & { limit?: number }) {
    const data = await this.load(filter);
    const programmes = new Map(data.programmes.map((p) => [p.id, p]));
    const universities = new Map(data.universities.map((u) => [u.id, u]));
    const byPosition = groupBy(data.supply, (e) => e.positionId);
    const items = data.positions
      .map((p) => {
        const feeds = (byPosition.get(p.id) ?? []).sort((a, b) => b.expectedCandidates - a.expectedCandidates);
        const expected = feeds.reduce((s, e) => s + e.expectedCandidates, 0);
        return {
          positionId: p.id,
          title: p.title,
          enterpriseName: p.enterpriseName,
          industry: p.industry,
          urgency: p.urgency,
          openHeadcount: p.openHeadcount,
          demand: round(p.demand),
          expectedCandidates: round(expected),
          coverage: round(Math.min(1, expected / p.openHeadcount)),
          programmes: feeds.slice(0, 5).map((e) => {
            const programme = programmes.get(e.programmeId)!;
            return {
              programmeId: e.programmeId,
              major: programme.major,
              degree: programme.degree,
              university: universities.get(programme.universityId)?.name ?? null,
              city: universities.get(programme.universityId)?.city ?? null,
              expectedCandidates: round(e.expectedCandidates),
            };
          }),
        };
      })
      .sort((a, b) => b.demand - a.demand || a.coverage - b.coverage);
    return { ...(await this.freshness.forProgrammes()), items: items.slice(0, filter.limit ?? 100) };
  }

  /** Demand against supply by industry or by (preferred) major: where the gaps are. */
  async gaps(by: 'industry' | 'major', filter: PlanningFilter) {
    const data = await this.load(filter);
    const supplyByPosition = new Map<string, number>();
    for (const e of data.supply) supplyByPosition.set(e.positionId, (supplyByPosition.get(e.positionId) ?? 0) + e.expectedCandidates);
    const totals = new Map<string, { openHeadcount: number; demand: number; expectedCandidates: number }>();
    for (const p of data.positions) {
      const keys = by === 'industry' ? [p.industry] : data.preferredMajors.get(p.id)?.length ? data.preferredMajors.get(p.id)! : ['(不限专业)'];
      for (const key of keys) {
        const entry = totals.get(key) ?? { openHeadcount: 0, demand: 0, expectedCandidates: 0 };
        entry.openHeadcount += p.openHeadcount / keys.length;
        entry.demand += p.demand / keys.length;
        // Supply counts only up to the seats it can fill: surplus for one opening does not cover another.
        entry.expectedCandidates += Math.min(p.openHeadcount, supplyByPosition.get(p.id) ?? 0) / keys.length;
        totals.set(key, entry);
      }
    }
    const items = [...totals.entries()]
      .map(([key, v]) => ({
        [by]: key,
        openHeadcount: round(v.openHeadcount),
        demand: round(v.demand),
        expectedCandidates: round(v.expectedCandidates),
        gap: round(Math.max(0, v.openHeadcount - v.expectedCandidates)),
      }))
      .sort((a, b) => (b.gap as number) - (a.gap as number));
    return { by, ...(await this.freshness.forProgrammes()), items };
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
