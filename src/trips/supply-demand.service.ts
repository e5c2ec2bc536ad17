import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Degree, Industry } from '../domain/vocabulary';
import type { SupplyEdge, TripPosition, TripProgramme, TripUniversity } from '../planning/trip/trip-types';
import { addShare, countSeatSupply, emptyTotals, groupSeats, SeatSupply, SeatTotals, StrongPair } from '../planning/supply/seat-supply';
import { Freshness, FreshnessService } from '../recompute/freshness.service';
import type { GapGroup } from './supply-demand.dto';

/** Expected share of a graduating cohort that one recruitment trip wins, unless the coordinator says otherwise. */
export const DEFAULT_YIELD = 0.1;

/**
 * The trip planner's demand weight of a position: its unfilled headcount × urgency / 3 (urgency 3 counts
 * one-for-one). A planning weight, not a number of seats: supply and demand views count seats.
 */
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

/** A stored match at or above this score is a strong candidate (the console's coverage uses the same). */
export const STRONG_SCORE = 70;

export interface OpeningSeats extends SeatSupply {
  title: string;
  enterpriseId: string;
  enterpriseName: string;
  industry: Industry;
  urgency: number;
  preferredMajors: string[];
}

export interface SeatSupplyData {
  yield: number;
  strongScore: number;
  openings: OpeningSeats[];
  graduates: SupplyEdge[];
  freshness: Freshness;
}

export interface PlanningFilter {
  industries?: Industry[];
  positionIds?: string[];
  minUrgency?: number;
  yield?: number;
}

/**
 * Two readings of the stored data. `load` gives the trip planner its inputs (demand weighted by urgency,
 * supply = programmes × affinity × yield). `seats`, `positions` and `gaps` give the coordinators' views,
 * in seats: open seats against the seats strong registered talents and reachable graduates can fill.
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
    const edges = await this.graduateShares(positions.map((p) => p.id), yieldShare);
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
      supply: edges,
      preferredMajors: new Map(positionRows.map((r) => [r.id as string, (r.preferred_majors as string[]) ?? []])),
    };
  }

  /**
   * Expected reachable graduates per cohort and opening. A graduate takes one job: the candidates a cohort
   * yields (graduates × yield) are shared among all the open positions it fits, in proportion to
   * affinity, not counted again for each of them.
   */
  private async graduateShares(positionIds: string[], yieldShare: number): Promise<SupplyEdge[]> {
    const edges: { programme_id: string; position_id: string; supply: number }[] = await this.dataSource.query(
      `WITH shares AS (
         SELECT pm.programme_id, pm.position_id, pm.affinity,
                sum(pm.affinity) OVER (PARTITION BY pm.programme_id) AS total
           FROM programme_match pm JOIN position p ON p.id = pm.position_id
          WHERE p.status = 'open' AND p.headcount > p.filled_count)
       SELECT s.programme_id, s.position_id, pr.graduates_per_year * $2::float8 * s.affinity / s.total AS supply
         FROM shares s JOIN programme pr ON pr.id = s.programme_id
        WHERE s.position_id = ANY($1::uuid[]) AND s.total > 0`,
      [positionIds, yieldShare],
    );
    return edges.map((e) => ({ programmeId: e.programme_id, positionId: e.position_id, expectedCandidates: Number(e.supply) }));
  }

  /**
   * Every open position with its seats, strong candidates and seat supply (rules in
   * src/planning/supply/seat-supply.ts). Talents are counted over all open positions before any filter,
   * so a talent counted for a rare-earth opening is not counted again when one looks at another industry.
   */
  async seats(yieldShare = DEFAULT_YIELD): Promise<SeatSupplyData> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT p.id, p.title, p.industry, p.urgency, greatest(p.headcount - p.filled_count, 0) AS open, p.preferred_majors,
              p.enterprise_id, e.name_zh AS enterprise
         FROM position p JOIN enterprise e ON e.id = p.enterprise_id
        WHERE p.status = 'open'
        ORDER BY p.id`,
    );
    const withSeats = rows.filter((r) => (r.open as number) > 0).map((r) => r.id as string);
    const [graduates, strong] = await Promise.all([
      this.graduateShares(withSeats, yieldShare),
      this.dataSource.query(
        `SELECT m.talent_id AS "talentId", m.position_id AS "positionId", m.score
           FROM match m JOIN position p ON p.id = m.position_id
          WHERE m.eligible AND m.score >= $1 AND p.status = 'open'`,
        [STRONG_SCORE],
      ) as Promise<StrongPair[]>,
    ]);
    const supply = countSeatSupply(
      rows.map((r) => ({ id: r.id as string, openSeats: r.open as number })),
      graduates,
      strong,
    );
    const openings: OpeningSeats[] = rows.map((r) => ({
      ...supply.get(r.id as string)!,
      title: r.title as string,
      enterpriseId: r.enterprise_id as string,
      enterpriseName: r.enterprise as string,
      industry: r.industry as Industry,
      urgency: r.urgency as number,
      preferredMajors: (r.preferred_majors as string[] | null) ?? [],
    }));
    return { yield: yieldShare, strongScore: STRONG_SCORE, openings, graduates, freshness: await this.freshness.forSupply() };
  }

  /** For each position with open seats: seats, supply in seats, the programmes that can feed it. */
  async positions(filter: { industry?: Industry; yield?: number; limit?: number }) {
    const data = await this.seats(filter.yield);
    const openings = data.openings.filter((o) => o.openSeats > 0 && (!filter.industry || o.industry === filter.industry));
    const ids = new Set(openings.map((o) => o.positionId));
    const byPosition = groupBy(
      data.graduates.filter((g) => ids.has(g.positionId)),
      (e) => e.positionId,
    );
    const programmeIds = [...new Set([...byPosition.values()].flatMap((feeds) => feeds.map((f) => f.programmeId)))];
    const programmeRows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT pr.id, pr.major, pr.degree, u.name_zh AS university, u.city
         FROM programme pr LEFT JOIN university u ON u.id = pr.university_id WHERE pr.id = ANY($1::uuid[])`,
      [programmeIds],
    );
    const programmes = new Map(programmeRows.map((r) => [r.id as string, r]));
    const items = openings
      .map((o) => {
        const feeds = (byPosition.get(o.positionId) ?? []).sort((a, b) => b.expectedCandidates - a.expectedCandidates);
        return {
          ...positionFields(o),
          ...seatFields(o),
          coverage: round(o.supplySeats / o.openSeats),
          programmes: feeds.slice(0, 5).map((e) => {
            const programme = programmes.get(e.programmeId)!;
            return {
              programmeId: e.programmeId,
              major: programme.major as string,
              degree: programme.degree as Degree,
              university: (programme.university as string | null) ?? null,
              city: (programme.city as string | null) ?? null,
              expectedCandidates: round(e.expectedCandidates),
            };
          }),
        };
      })
      .sort((a, b) => b.gapSeats - a.gapSeats || b.urgency - a.urgency || a.positionId.localeCompare(b.positionId));
    return { unit: 'seats' as const, yield: data.yield, strongScore: data.strongScore, ...data.freshness, items: items.slice(0, filter.limit ?? 100) };
  }

  /** Open seats against supply in seats, by industry, by (preferred) major or by position: where the gaps are. */
  async gaps(by: GapGroup, filter: { industry?: Industry; yield?: number }) {
    const data = await this.seats(filter.yield);
    const openings = data.openings.filter((o) => o.openSeats > 0 && (!filter.industry || o.industry === filter.industry));
    const totals = emptyTotals();
    for (const o of openings) addShare(totals, o);
    const items =
      by === 'position'
        ? openings.map((o) => ({ ...positionFields(o), ...seatFields(o) }))
        : [...groupSeats(openings, (o) => (by === 'industry' ? [o.industry] : o.preferredMajors.length ? o.preferredMajors : [ANY_MAJOR])).entries()].map(
            ([key, v]) => ({ [by]: key, ...seatFields(v) }),
          );
    items.sort((a, b) => b.gapSeats - a.gapSeats || b.openSeats - a.openSeats || String(a[by as keyof typeof a]).localeCompare(String(b[by as keyof typeof b])));
    return { by, unit: 'seats' as const, yield: data.yield, strongScore: data.strongScore, ...data.freshness, totals: seatFields(totals), items };
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

/** Group of the positions open to any major (no preferred major). */
export const ANY_MAJOR = '(不限专业)';

function positionFields(o: OpeningSeats) {
  return { positionId: o.positionId, title: o.title, enterpriseId: o.enterpriseId, enterpriseName: o.enterpriseName, industry: o.industry, urgency: o.urgency };
}

/** Rounded to hundredths; the gap is taken from the rounded figures so that gap = seats − supply exactly. */
export function seatFields(v: SeatTotals) {
  const openSeats = round(v.openSeats);
  const supplySeats = round(v.supplySeats);
  return {
    openSeats,
    strongTalents: round(v.strongTalents),
    reachableGraduates: round(v.reachableGraduates),
    supplySeats,
    gapSeats: round(openSeats - supplySeats),
  };
}
