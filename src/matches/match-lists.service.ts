import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { LiveMatchService } from './live-match.service';
import { candidateBackground } from './candidate-background';
import { CandidateEvidence, leadReasons } from '../matching/engine/distinguish';
import { DEGREE_LABELS } from '../domain/vocabulary';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { Position } from '../positions/position.entity';
import { Programme } from '../programmes/programme.entity';
import { FreshnessService } from '../recompute/freshness.service';
import { problemWording } from '../matching/engine/problem-wording';
import { talentQuarantine } from '../recompute/quarantine-store';
import { Talent } from '../talents/talent.entity';
import { AllocationsService } from '../allocations/allocations.service';
import { TalentAccessService } from '../access/talent-access.service';
import type { Principal } from '../auth/principal';
import type { PolicyTalentInput } from '../matching/policy/policy-facts';
import { maskName } from '../consents/masking';
import { CandidateListQueryDto, MatchListQueryDto } from './match-lists.dto';
import { PoliciesService } from '../policies/policies.service';
import type { Industry } from '../domain/vocabulary';

interface SkillEntry {
  name: string;
  evidence?: { level?: number } | null;
}

interface StoredExplanation {
  skills?: { matched?: SkillEntry[]; partial?: SkillEntry[]; missing?: SkillEntry[] };
  reasons?: { zh: string[]; en: string[] };
}

function skillNames(explanation: StoredExplanation) {
  const names = (list?: SkillEntry[]) => (list ?? []).map((s) => s.name);
  return {
    matchedSkills: names(explanation.skills?.matched),
    partialSkills: names(explanation.skills?.partial),
    missingSkills: names(explanation.skills?.missing),
    reasons: explanation.reasons ?? { zh: [], en: [] },
  };
}

/** Ranked lists read from the stored matches, with their freshness. */
@Injectable()
export class MatchListsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: FreshnessService,
    private readonly allocations: AllocationsService,
    private readonly talentAccess: TalentAccessService,
    private readonly live: LiveMatchService,
    private readonly policies: PoliciesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The candidate list as this caller may see it: for an enterprise, names masked unless the talent
   * granted it consent, with its consent status and shortlist mark per candidate.
   */
  async candidates(positionId: string, query: CandidateListQueryDto, viewer: Principal) {
    const list = await this.rankedCandidates(positionId, query);
    const items: (ReturnType<typeof candidateItem> & Record<string, unknown>)[] = list.items;
    const talentIds = items.map((item) => item.talentId);
    const { masked, consentStatus } = await this.talentAccess.identityView(viewer, talentIds);
    const decisions = await this.decisions(positionId, talentIds);
    const policies = await this.candidatePolicies(positionId, list.items);
    const shown = items.map((item, i) => ({
      ...item,
      name: masked(item.talentId) ? maskName(String(item.name ?? '')) : item.name,
      background: masked(item.talentId) ? { ...item.background, currentEmployer: null } : item.background,
      employerMasked: masked(item.talentId) && item.background.currentEmployer !== null,
      ...(consentStatus ? { consentStatus: consentStatus(item.talentId) } : {}),
      decision: decisions.get(item.talentId) ?? 'none',
      policies: policies[i],
    }));
    // Leads are worked out on what this viewer may see: a masked employer never appears in one.
    const leads = leadReasons(shown.map(evidenceOf));
    return {
      ...list,
      items: shown.map(({ matchedLevels: _levels, policyInput: _input, ...item }, i) => ({
        ...item,
        lead: leads[i],
        reasons: { zh: [leads[i].zh, ...item.reasons.zh], en: [leads[i].en, ...item.reasons.en] },
      })),
    };
  }

  /** The policies each candidate would get by taking this position (evaluated now; nothing is stored). */
  private async candidatePolicies(positionId: string, items: { policyInput: PolicyTalentInput }[]) {
    const [position]: { industry: Industry; enterprise_industry: Industry }[] = await this.dataSource.query(
      'SELECT p.industry, e.industry AS enterprise_industry FROM position p JOIN enterprise e ON e.id = p.enterprise_id WHERE p.id = $1',
      [positionId],
    );
    return this.policies.briefs(
      items.map((item) => ({ talent: item.policyInput, position: { industry: position.industry }, employerIndustry: position.enterprise_industry })),
    );
  }

  /** Why this talent's profile could not be matched (it is quarantined), in words the talent can act on. */
  private async matchProblem(talentId: string) {
    const entry = await talentQuarantine(this.dataSource.manager, talentId);
    if (!entry) return null;
    const { field, reason } = entry;
    const why = problemWording(field, reason);
    // The field's own path stays in brackets: it is what staff see on the status page when the talent asks.
    return {
      ...entry,
      message: {
        zh: field
          ? `您的档案暂时无法匹配：${why.zh}（字段 ${field}）。修改该项并保存后将重新匹配。`
          : `您的档案暂时无法匹配（${why.zh}）。人才办工作人员已收到通知。`,
        en: field
          ? `Your profile could not be matched: ${why.en} (field ${field}). Correct it and save, and it will be matched again.`
          : `Your profile could not be matched (${why.en}). The talent office has been notified.`,
      },
    };
  }

  async isCandidate(talentId: string, positionId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM match WHERE talent_id = $1 AND position_id = $2 AND eligible AND score >= $3',
      [talentId, positionId, this.config.matchStoreMinScore],
    );
    return rows.length > 0;
  }

  private async decisions(positionId: string, talentIds: string[]): Promise<Map<string, string>> {
    if (talentIds.length === 0) return new Map();
    const rows: { talent_id: string; decision: string }[] = await this.dataSource.query(
      'SELECT talent_id, decision FROM candidate_decision WHERE position_id = $1 AND talent_id = ANY($2::uuid[])',
      [positionId, talentIds],
    );
    return new Map(rows.map((r) => [r.talent_id, r.decision]));
  }

  private async rankedCandidates(positionId: string, query: CandidateListQueryDto) {
    await this.assertExists(Position, 'Position', positionId);
    if (query.exposure === 'allocated') return this.exposureAwareCandidates(positionId, query);
    const rows = await this.dataSource.query(
      `SELECT m.talent_id, m.score, m.components, m.explanation, m.computed_at,
              t.name, t.headline, t.tier, t.current_city, t.education, t.work, t.honours
         FROM match m JOIN talent t ON t.id = m.talent_id
        WHERE m.position_id = $1 AND m.eligible AND m.score >= GREATEST($2::real, $4::real)
        ORDER BY m.score DESC, m.talent_id
        LIMIT $3`,
      [positionId, query.minScore, query.limit, this.config.matchStoreMinScore],
    );
    return { positionId, ...(await this.freshness.forPosition(positionId)), items: rows.map(candidateItem) };
  }

  /**
   * Exposure-aware order: the stable allocation's choice for this opening first, then talents it leaves
   * free, then those it gives to another opening (by score within each group), so the same few stars are
   * not put first in front of every enterprise. The order is done in SQL so a talent assigned here is
   * listed even when many higher scorers (placed elsewhere) would push them past `limit`.
   */
  private async exposureAwareCandidates(positionId: string, query: CandidateListQueryDto) {
    const assigned = await this.allocations.stableAssignment();
    const here: string[] = [];
    const elsewhere: string[] = [];
    for (const [talentId, to] of assigned) (to === positionId ? here : elsewhere).push(talentId);
    const rows = await this.dataSource.query(
      `SELECT m.talent_id, m.score, m.components, m.explanation, m.computed_at,
              t.name, t.headline, t.tier, t.current_city, t.education, t.work, t.honours
         FROM match m JOIN talent t ON t.id = m.talent_id
        WHERE m.position_id = $1 AND m.eligible AND m.score >= GREATEST($2::real, $6::real)
        ORDER BY CASE WHEN m.talent_id = ANY($4::uuid[]) THEN 0 WHEN m.talent_id = ANY($5::uuid[]) THEN 2 ELSE 1 END,
                 m.score DESC, m.talent_id
        LIMIT $3`,
      [positionId, query.minScore, query.limit, here, elsewhere, this.config.matchStoreMinScore],
    );
    return {
      positionId,
      exposure: 'allocated' as const,
      ...(await this.freshness.forPosition(positionId)),
      items: rows.map((r: Record<string, unknown>) => {
        const to = assigned.get(r.talent_id as string) ?? null;
        return {
          ...candidateItem(r),
          allocatedHere: to === positionId,
          allocatedElsewhere: to !== null && to !== positionId,
          allocatedPositionId: to,
        };
      }),
    };
  }

  /**
   * A talent's recommended positions. Stored rows hold the best positions above the store threshold and,
   * for a thin profile, its best eligible ones below it (MATCH_STORE_MIN_ROWS), marked `belowThreshold`;
   * an empty list says why (`emptyReason`): the profile is quarantined (`matchProblem`), or no open
   * position's basic conditions are met (which rules block how many), or there is no open position.
   */
  async recommendations(talentId: string, query: MatchListQueryDto) {
    await this.assertExists(Talent, 'Talent', talentId);
    const rows = await this.dataSource.query(
      `SELECT m.position_id, m.score, m.components, m.explanation, m.computed_at,
              p.title, p.industry, p.location, p.urgency, p.salary_min, p.salary_max,
              e.name_zh AS enterprise_name, e.industry AS enterprise_industry
         FROM match m JOIN position p ON p.id = m.position_id JOIN enterprise e ON e.id = p.enterprise_id
        WHERE m.talent_id = $1 AND m.eligible AND m.score >= $2 AND p.status = 'open'
        ORDER BY m.score DESC, m.position_id
        LIMIT $3`,
      [talentId, query.minScore, query.limit],
    );
    const freshness = await this.freshness.forTalent(talentId);
    const matchProblem = await this.matchProblem(talentId);
    const threshold = this.config.matchStoreMinScore;
    const emptyReason = rows.length === 0 && !matchProblem && !freshness.stale ? await this.live.whyNoEligiblePosition(talentId) : null;
    // What the talent lacks for each listed position, with the way to get there (computed now, not stored).
    const gaps = await this.live.gaps(talentId, rows.map((r: { position_id: string }) => r.position_id));
    const talent = (await this.dataSource.manager.findOne(Talent, { where: { id: talentId } }))!;
    const policies = await this.policies.briefs(
      rows.map((r: Record<string, unknown>) => ({
        talent,
        position: { industry: r.industry as Industry },
        employerIndustry: r.enterprise_industry as Industry,
      })),
    );
    return {
      talentId,
      ...freshness,
      threshold,
      matchProblem,
      emptyReason,
      items: rows.map((r: Record<string, unknown>, i: number) => ({
        positionId: r.position_id,
        title: r.title,
        enterpriseName: r.enterprise_name,
        industry: r.industry,
        location: r.location,
        urgency: r.urgency,
        salaryMin: r.salary_min,
        salaryMax: r.salary_max,
        score: r.score,
        belowThreshold: (r.score as number) < threshold,
        components: r.components,
        ...skillNames(r.explanation as StoredExplanation),
        gaps: gaps.get(r.position_id as string) ?? [],
        policies: policies[i],
        computedAt: r.computed_at,
      })),
    };
  }

  async programmesForPosition(positionId: string, query: MatchListQueryDto) {
    await this.assertExists(Position, 'Position', positionId);
    const rows = await this.dataSource.query(
      `SELECT pm.programme_id, pm.affinity, pm.components, pr.major, pr.degree, pr.graduates_per_year,
              u.id AS university_id, u.name_zh AS university_name, u.city
         FROM programme_match pm JOIN programme pr ON pr.id = pm.programme_id JOIN university u ON u.id = pr.university_id
        WHERE pm.position_id = $1 AND pm.affinity * 100 >= $2
        ORDER BY pm.affinity DESC, pm.programme_id LIMIT $3`,
      [positionId, query.minScore, query.limit],
    );
    return { positionId, ...(await this.freshness.forProgrammes()), items: rows.map(camelRow) };
  }

  async positionsForProgramme(programmeId: string, query: MatchListQueryDto) {
    await this.assertExists(Programme, 'Programme', programmeId);
    const rows = await this.dataSource.query(
      `SELECT pm.position_id, pm.affinity, pm.components, p.title, p.industry, p.urgency,
              (p.headcount - p.filled_count) AS open_headcount, e.name_zh AS enterprise_name
         FROM programme_match pm JOIN position p ON p.id = pm.position_id JOIN enterprise e ON e.id = p.enterprise_id
        WHERE pm.programme_id = $1 AND pm.affinity * 100 >= $2 AND p.status = 'open'
        ORDER BY pm.affinity DESC, pm.position_id LIMIT $3`,
      [programmeId, query.minScore, query.limit],
    );
    return { programmeId, ...(await this.freshness.forProgrammes()), items: rows.map(camelRow) };
  }

  private async assertExists(target: typeof Position | typeof Talent | typeof Programme, label: string, id: string): Promise<void> {
    if (!(await this.dataSource.manager.exists(target, { where: { id } }))) throw AppException.notFound(label, id);
  }
}

function candidateItem(r: Record<string, unknown>) {
  return {
    talentId: r.talent_id as string,
    name: r.name,
    headline: r.headline,
    tier: r.tier,
    currentCity: r.current_city,
    background: candidateBackground(r.education, r.work),
    matchedLevels: ((r.explanation as StoredExplanation).skills?.matched ?? []).map((m) => ({ name: m.name, level: m.evidence?.level ?? null })),
    score: r.score,
    components: r.components,
    ...skillNames(r.explanation as StoredExplanation),
    computedAt: r.computed_at,
    policyInput: { education: r.education, work: r.work, tier: r.tier, honours: r.honours } as PolicyTalentInput,
  };
}

/** What the list-level comparison (distinguish.ts) reads of a candidate. */
function evidenceOf(item: ReturnType<typeof candidateItem> & { components: unknown }): CandidateEvidence {
  const b = item.background;
  return {
    id: item.talentId,
    matchedSkills: item.matchedLevels,
    currentTitle: b.currentTitle,
    currentEmployer: b.currentEmployer,
    years: b.years,
    major: b.major,
    school: b.school,
    degreeLabel: b.degree ? DEGREE_LABELS[b.degree] : null,
    components: (item.components ?? {}) as Record<string, number>,
  };
}

function camelRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]));
}
