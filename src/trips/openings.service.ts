import { Injectable } from '@nestjs/common';
import { INDUSTRY_LABELS } from '../domain/vocabulary';
import { OpeningsFilterDto, OpeningsQueryDto, OpeningSort } from './supply-demand.dto';
import { OpeningSeats, seatFields, SupplyDemandService } from './supply-demand.service';

/** Sort keys whose natural reading is "most first". */
const DESCENDING_BY_DEFAULT: ReadonlySet<OpeningSort> = new Set(['urgency', 'gap', 'seats']);

const zh = new Intl.Collator('zh');

const KEYS: Record<OpeningSort, (a: OpeningSeats, b: OpeningSeats) => number> = {
  coverage: (a, b) => a.strongCandidates - b.strongCandidates,
  urgency: (a, b) => a.urgency - b.urgency,
  enterprise: (a, b) => zh.compare(a.enterpriseName, b.enterpriseName),
  industry: (a, b) => zh.compare(INDUSTRY_LABELS[a.industry]?.zh ?? a.industry, INDUSTRY_LABELS[b.industry]?.zh ?? b.industry),
  gap: (a, b) => a.gapSeats - b.gapSeats,
  seats: (a, b) => a.openSeats - b.openSeats,
  title: (a, b) => zh.compare(a.title, b.title),
};

/**
 * The coordinators' list of open positions with their coverage (strong candidates) and seat supply,
 * filtered and sorted on the server so that, for one, the openings without a strong candidate are one
 * filter away instead of ten pages.
 */
@Injectable()
export class OpeningsService {
  constructor(private readonly supplyDemand: SupplyDemandService) {}

  async list(query: OpeningsQueryDto) {
    const data = await this.supplyDemand.seats();
    const rows = this.select(data.openings, query);
    const start = (query.page - 1) * query.limit;
    return {
      unit: 'seats' as const,
      yield: data.yield,
      strongScore: data.strongScore,
      ...data.freshness,
      items: rows.slice(start, start + query.limit).map(openingItem),
      total: rows.length,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Every opening the filters keep, in the list's order (for the export: no paging). */
  async all(query: OpeningsFilterDto) {
    const data = await this.supplyDemand.seats();
    return { yield: data.yield, strongScore: data.strongScore, items: this.select(data.openings, query).map(openingItem) };
  }

  private select(openings: OpeningSeats[], query: OpeningsFilterDto): OpeningSeats[] {
    const q = query.q?.toLowerCase();
    const rows = openings.filter(
      (o) =>
        (!query.industry || o.industry === query.industry) &&
        (!query.enterpriseId || o.enterpriseId === query.enterpriseId) &&
        (!query.minUrgency || o.urgency >= query.minUrgency) &&
        (query.noStrongCandidate === undefined || (o.strongCandidates === 0) === query.noStrongCandidate) &&
        (!q || o.title.toLowerCase().includes(q) || o.enterpriseName.toLowerCase().includes(q)),
    );
    const direction = (query.order ?? (DESCENDING_BY_DEFAULT.has(query.sort) ? 'desc' : 'asc')) === 'desc' ? -1 : 1;
    const primary = KEYS[query.sort];
    // Ties: the most urgent, then the largest gap first, then a stable id order, so pages never overlap.
    return rows.sort((a, b) => direction * primary(a, b) || b.urgency - a.urgency || b.gapSeats - a.gapSeats || (a.positionId < b.positionId ? -1 : 1));
  }
}

function openingItem(o: OpeningSeats) {
  return {
    positionId: o.positionId,
    title: o.title,
    enterpriseId: o.enterpriseId,
    enterpriseName: o.enterpriseName,
    industry: o.industry,
    urgency: o.urgency,
    ...seatFields(o),
    strongCandidates: o.strongCandidates,
  };
}
