import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { INDUSTRY_LABELS, type Industry } from '../domain/vocabulary';
import { compareWithNaive, planAllocation } from '../planning/allocation/allocation-planner';
import { DEFAULT_MIN_SCORE, type AllocationInput } from '../planning/allocation/allocation-types';
import { AllocationPlanDto } from './allocation.dto';

interface Loaded {
  input: AllocationInput;
  talentNames: string[];
  positions: { id: string; title: string; enterprise: string }[];
}

/**
 * Builds the allocation problem from the stored eligible matches of open positions with open headcount,
 * and turns the planner's typed-array answer into readable rows.
 */
@Injectable()
export class AllocationsService {
  constructor(private readonly dataSource: DataSource) {}

  async load(filter: Pick<AllocationPlanDto, 'industries' | 'minUrgency' | 'minScore'> = {}): Promise<Loaded> {
    const positions: { id: string; title: string; enterprise: string; open: number; urgency: number; industry: string }[] =
      await this.dataSource.query(
        `SELECT p.id, p.title, e.name_zh AS enterprise, p.headcount - p.filled_count AS open, p.urgency, p.industry
           FROM position p JOIN enterprise e ON e.id = p.enterprise_id
          WHERE p.status = 'open' AND p.headcount > p.filled_count
            AND ($1::text[] IS NULL OR p.industry = ANY($1)) AND p.urgency >= $2
          ORDER BY p.id`,
        [filter.industries?.length ? filter.industries : null, filter.minUrgency ?? 1],
      );
    const edges: { talent_id: string; position_id: string; score: number; name: string }[] = await this.dataSource.query(
      `SELECT m.talent_id, m.position_id, m.score, t.name FROM match m JOIN talent t ON t.id = m.talent_id
        WHERE m.eligible AND m.position_id = ANY($1::uuid[]) ORDER BY m.talent_id, m.position_id`,
      [positions.map((p) => p.id)],
    );
    const positionIndex = new Map(positions.map((p, i) => [p.id, i]));
    const talentIndex = new Map<string, number>();
    const talentNames: string[] = [];
    for (const e of edges) {
      if (!talentIndex.has(e.talent_id)) {
        talentIndex.set(e.talent_id, talentNames.length);
        talentNames.push(e.name);
      }
    }
    return {
      input: {
        talentIds: [...talentIndex.keys()],
        positionIds: positions.map((p) => p.id),
        capacity: Int32Array.from(positions, (p) => p.open),
        urgency: Float32Array.from(positions, (p) => p.urgency),
        industry: positions.map((p) => p.industry),
        edges: {
          talent: Int32Array.from(edges, (e) => talentIndex.get(e.talent_id)!),
          position: Int32Array.from(edges, (e) => positionIndex.get(e.position_id)!),
          score: Float32Array.from(edges, (e) => e.score),
        },
        minScore: filter.minScore ?? DEFAULT_MIN_SCORE,
      },
      talentNames,
      positions: positions.map((p) => ({ id: p.id, title: p.title, enterprise: p.enterprise })),
    };
  }

  async plan(request: AllocationPlanDto) {
    const { input, talentNames, positions } = await this.load(request);
    const method = request.method ?? 'deferred_acceptance';
    const result = planAllocation(input, { method, exposureCap: request.exposureCap });
    const comparison = compareWithNaive(input, { exposureCap: request.exposureCap });
    const scoreOf = new Map<string, number>();
    for (let e = 0; e < input.edges.talent.length; e++) scoreOf.set(`${input.edges.talent[e]}:${input.edges.position[e]}`, input.edges.score[e]);
    const assignment = [];
    for (let t = 0; t < result.assignment.length; t++) {
      const p = result.assignment[t];
      if (p < 0) continue;
      assignment.push({
        talentId: input.talentIds[t],
        talentName: talentNames[t],
        positionId: positions[p].id,
        positionTitle: positions[p].title,
        enterpriseName: positions[p].enterprise,
        score: Math.round(scoreOf.get(`${t}:${p}`)! * 100) / 100,
      });
    }
    assignment.sort((a, b) => (a.positionId < b.positionId ? -1 : a.positionId > b.positionId ? 1 : b.score - a.score));
    const chosen = method === 'max_weight' ? comparison.optimal : comparison.stable;
    const urgent = result.urgentHeadcount;
    return {
      method,
      interests: 'not recorded' as const,
      totals: {
        assignedTalents: assignment.length,
        totalScore: round(result.totalScore),
        urgentHeadcount: urgent,
        coveredUrgentHeadcount: result.coveredUrgentHeadcount,
      },
      coverageByIndustry: result.coverageByIndustry.map((c) => ({
        ...c,
        label: INDUSTRY_LABELS[c.industry as Industry] ?? { zh: c.industry, en: c.industry },
      })),
      unmatchedPositions: result.unmatchedPositions.map((u) => ({
        positionId: positions[u.position].id,
        title: positions[u.position].title,
        open: u.open,
        reason: u.reason,
      })),
      comparison: {
        naiveCoveredUrgentHeadcount: comparison.naive.coveredUrgentHeadcount,
        naiveNominalUrgentHeadcount: comparison.naive.nominalCoveredUrgentHeadcount,
        stableCoveredUrgentHeadcount: comparison.stable.coveredUrgentHeadcount,
        optimalCoveredUrgentHeadcount: comparison.optimal.coveredUrgentHeadcount,
        sharedTop5Positions: comparison.sharedTop5Positions,
        distinctTalentsInTop5: comparison.distinctTalentsInTop5,
        top5Entries: comparison.top5Entries,
      },
      summary: {
        zh: `分配方案覆盖紧缺岗位 ${chosen.coveredUrgentHeadcount}/${urgent} 个名额，逐岗排名仅覆盖 ${comparison.naive.coveredUrgentHeadcount} 个；${comparison.sharedTop5Positions} 个岗位的前5名候选人与其他岗位重叠。`,
        en: `The allocation covers ${chosen.coveredUrgentHeadcount} of ${urgent} urgent seats; ranking each opening on its own covers ${comparison.naive.coveredUrgentHeadcount}. ${comparison.sharedTop5Positions} openings share top-5 candidates with another opening.`,
      },
      assignment,
    };
  }

  /** The stable assignment as talent id → position id (for exposure-aware candidate lists). */
  async stableAssignment(): Promise<Map<string, string>> {
    const { input } = await this.load();
    const result = planAllocation(input, { method: 'deferred_acceptance' });
    const out = new Map<string, string>();
    result.assignment.forEach((p, t) => {
      if (p >= 0) out.set(input.talentIds[t], input.positionIds[p]);
    });
    return out;
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
