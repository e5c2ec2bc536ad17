import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { INDUSTRY_LABELS, type Industry } from '../domain/vocabulary';
import { compareWithNaive, planAllocation } from '../planning/allocation/allocation-planner';
import { DEFAULT_MIN_SCORE, type AllocationInput } from '../planning/allocation/allocation-types';
import { AllocationPlanDto } from './allocation.dto';

interface OpenPosition {
  id: string;
  title: string;
  enterprise: string;
  open: number;
  urgency: number;
  industry: string;
}

interface Loaded {
  input: AllocationInput;
  talentNames: string[];
  positions: OpenPosition[];
}

type Filter = Pick<AllocationPlanDto, 'industries' | 'minUrgency' | 'minScore'>;

/**
 * Builds the allocation problem from the stored eligible matches of open positions with open headcount,
 * and turns the planner's typed-array answer into rows a coordinator can read.
 */
@Injectable()
export class AllocationsService {
  constructor(private readonly dataSource: DataSource) {}

  async load(filter: Filter = {}): Promise<Loaded> {
    const minScore = filter.minScore ?? DEFAULT_MIN_SCORE;
    // ORDER BY id on both queries: the index arrays, and so every tie the planners break by index,
    // depend only on the data, which is what makes the same request give the same answer.
    const positions: OpenPosition[] = await this.dataSource.query(
      `SELECT p.id, p.title, e.name_zh AS enterprise, p.headcount - p.filled_count AS open, p.urgency, p.industry
         FROM position p JOIN enterprise e ON e.id = p.enterprise_id
        WHERE p.status = 'open' AND p.headcount > p.filled_count
          AND ($1::text[] IS NULL OR p.industry = ANY($1)) AND p.urgency >= $2
        ORDER BY p.id`,
      [filter.industries?.length ? filter.industries : null, filter.minUrgency ?? 1],
    );
    // The planner drops pairs below minScore anyway; filtering here only saves the transfer.
    const edges: { talent_id: string; position_id: string; score: number; name: string }[] = await this.dataSource.query(
      `SELECT m.talent_id, m.position_id, m.score, t.name FROM match m JOIN talent t ON t.id = m.talent_id
        WHERE m.eligible AND m.score >= $2 AND m.position_id = ANY($1::uuid[])
        ORDER BY m.talent_id, m.position_id`,
      [positions.map((p) => p.id), minScore],
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
        // No interest data is stored yet (see `interests: 'not recorded'` in the response), so every
        // talent is open to every position they are eligible for.
        interests: undefined,
        minScore,
      },
      talentNames,
      positions,
    };
  }

  async plan(request: AllocationPlanDto) {
    const { input, talentNames, positions } = await this.load(request);
    const method = request.method ?? 'deferred_acceptance';
    const result = planAllocation(input, { method, exposureCap: request.exposureCap });
    const comparison = compareWithNaive(input, { exposureCap: request.exposureCap });
    const scoreOf = new Map<number, number>();
    const pair = (t: number, p: number) => t * positions.length + p;
    for (let e = 0; e < input.edges.talent.length; e++) scoreOf.set(pair(input.edges.talent[e], input.edges.position[e]), input.edges.score[e]);
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
        score: round(scoreOf.get(pair(t, p))!),
      });
    }
    // Grouped by opening, best fit first; talent id breaks ties so the order never depends on the engine.
    assignment.sort((a, b) => cmp(a.positionId, b.positionId) || b.score - a.score || cmp(a.talentId, b.talentId));
    const urgent = result.urgentHeadcount;
    const covered = result.coveredUrgentHeadcount;
    const naive = comparison.naive.coveredUrgentHeadcount;
    return {
      method,
      parameters: {
        exposureCap: request.exposureCap ?? null,
        minScore: input.minScore,
        industries: request.industries ?? null,
        minUrgency: request.minUrgency ?? 1,
      },
      interests: 'not recorded' as const,
      totals: {
        openings: positions.length,
        headcount: positions.reduce((n, p) => n + p.open, 0),
        assignedTalents: assignment.length,
        totalScore: round(result.totalScore),
        urgentHeadcount: urgent,
        coveredUrgentHeadcount: covered,
      },
      coverageByIndustry: result.coverageByIndustry.map((c) => ({
        ...c,
        label: INDUSTRY_LABELS[c.industry as Industry] ?? { zh: c.industry, en: c.industry },
      })),
      unmatchedPositions: result.unmatchedPositions.map((u) => ({
        positionId: positions[u.position].id,
        title: positions[u.position].title,
        enterpriseName: positions[u.position].enterprise,
        urgency: positions[u.position].urgency,
        open: u.open,
        reason: u.reason,
      })),
      comparison: {
        naiveCoveredUrgentHeadcount: naive,
        // What the per-opening shortlists appear to fill before the one-job-per-talent conflicts.
        naiveNominalUrgentHeadcount: comparison.naive.nominalCoveredUrgentHeadcount,
        naiveLostEntries: comparison.naive.lostEntries,
        stableCoveredUrgentHeadcount: comparison.stable.coveredUrgentHeadcount,
        optimalCoveredUrgentHeadcount: comparison.optimal.coveredUrgentHeadcount,
        sharedTop5Positions: comparison.sharedTop5Positions,
        sharedTop5Pairs: comparison.sharedTop5Pairs,
        distinctTalentsInTop5: comparison.distinctTalentsInTop5,
        top5Entries: comparison.top5Entries,
      },
      summary: {
        zh:
          `分配方案覆盖紧缺岗位 ${covered}/${urgent} 个名额，逐岗排名仅覆盖 ${naive} 个；` +
          `${comparison.sharedTop5Positions}/${positions.length} 个岗位的前5名候选人与其他岗位重叠` +
          `（前5名名单共 ${comparison.top5Entries} 个席位，仅 ${comparison.distinctTalentsInTop5} 名不同人才）。`,
        en:
          `The allocation covers ${covered}/${urgent} urgent seats; ranking each opening on its own covers only ${naive}. ` +
          `${comparison.sharedTop5Positions}/${positions.length} openings share top-5 candidates with another opening ` +
          `(${comparison.top5Entries} top-5 entries, ${comparison.distinctTalentsInTop5} distinct talents).`,
      },
      assignment,
    };
  }

  /**
   * The stable allocation with default settings as talent id → position id, for exposure-aware
   * candidate lists. Stable rather than max-weight because a list shown to an enterprise must not pass
   * over a talent who prefers this opening and whom it prefers (no blocking pair).
   */
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

/** Code-point order, so ids sort the same whatever the host's collation. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
