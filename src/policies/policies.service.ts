import { Injectable } from '@nestjs/common';
import { FreshnessService } from '../recompute/freshness.service';
import { STRONG_SCORE } from '../trips/supply-demand.service';
import { pipelineCost } from '../matching/policy/pipeline-cost';
import { ZONE_ISSUER, ZONE_TALENT_FLATS, ZONE_TALENT_FUND_YUAN } from '../domain/zone-facts';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { definedOnly, VersionedCrudService } from '../common/persistence/versioned-crud.service';
import { Enterprise } from '../enterprises/enterprise.entity';
import { evaluatePolicy } from '../matching/policy/evaluate-policies';
import { positionFacts, talentFacts, type PolicyTalentInput } from '../matching/policy/policy-facts';
import type { Industry } from '../domain/vocabulary';
import type { PolicyBenefit, PolicyCondition, PolicyEvaluation } from '../matching/policy/policy-types';
import { Position } from '../positions/position.entity';
import { Talent } from '../talents/talent.entity';
import { CreatePolicyDto, PolicyBenefitDto, PolicyQueryDto, UpdatePolicyDto } from './policy.dto';
import { Policy } from './policy.entity';

export interface TalentPolicyItem extends PolicyEvaluation {
  nameZh: string;
  nameEn: string | null;
  issuer: string;
  illustrative: boolean;
  benefits: PolicyBenefit[];
}

export interface TalentPolicies {
  talentId: string;
  positionId: string | null;
  referenceYear: number;
  items: TalentPolicyItem[];
}

const STATUS_ORDER = { applies: 0, nearly: 1, no: 2 } as const;

/** Policies on a list row (a recommendation, a candidate): those that apply with their benefits, those nearly with what is missing. */
export interface PolicyBriefs {
  applies: { policyId: string; nameZh: string; nameEn: string | null; illustrative: boolean; benefits: PolicyBenefit[] }[];
  nearly: {
    policyId: string;
    nameZh: string;
    nameEn: string | null;
    illustrative: boolean;
    missing: { kind: string; unknown: boolean; zh: string; en: string }[];
  }[];
}

export interface PolicyPair {
  talent: PolicyTalentInput;
  position: { industry: Industry | null };
  employerIndustry: Industry | null;
}

/** Benefits stored closed: every field present, so readers never guess a default. */
function closedBenefit(b: PolicyBenefitDto): PolicyBenefit {
  return {
    kind: b.kind,
    amountYuan: b.amountYuan ?? null,
    flats: b.flats ?? null,
    descriptionZh: b.descriptionZh,
    descriptionEn: b.descriptionEn ?? null,
    amountIsExample: b.amountIsExample ?? false,
  } as PolicyBenefit;
}

/** Column values from validated input; null for a column that cannot be null means "the default". */
function columnValues(input: Omit<UpdatePolicyDto, 'version'>): Partial<Policy> {
  const { conditions, benefits, sourceNote, illustrative, active, ...rest } = input;
  const values: Partial<Policy> = definedOnly(rest) as Partial<Policy>;
  if (conditions !== undefined && conditions !== null) values.conditions = conditions.map((c) => ({ kind: c.kind, value: c.value }) as PolicyCondition);
  if (benefits !== undefined && benefits !== null) values.benefits = benefits.map(closedBenefit);
  if (sourceNote !== undefined) values.sourceNote = sourceNote ?? '';
  if (typeof illustrative === 'boolean') values.illustrative = illustrative;
  if (typeof active === 'boolean') values.active = active;
  return values;
}

/**
 * Policies as data. Edits need no recompute: nothing stored depends on a policy (evaluations are made
 * when read), so there is no outbox row to write.
 */
@Injectable()
export class PoliciesService extends VersionedCrudService<Policy, CreatePolicyDto, UpdatePolicyDto> {
  protected readonly label = 'Policy';
  protected readonly target = Policy;

  constructor(
    dataSource: DataSource,
    private readonly freshness: FreshnessService,
  ) {
    super(dataSource);
  }

  protected applyFilters(qb: SelectQueryBuilder<Policy>, query: PolicyQueryDto): void {
    if (query.tier) qb.andWhere('e.tier = :tier', { tier: query.tier });
    if (query.issuer) qb.andWhere('e.issuer = :issuer', { issuer: query.issuer });
    if (query.active !== undefined) qb.andWhere('e.active = :active', { active: query.active });
  }

  protected async prepareCreate(_manager: EntityManager, input: CreatePolicyDto): Promise<Partial<Policy>> {
    return columnValues(input);
  }

  protected async preparePatch(_manager: EntityManager, _current: Policy, patch: Omit<UpdatePolicyDto, 'version'>): Promise<Partial<Policy>> {
    return columnValues(patch);
  }

  /** Names of the zone's employers, to recognise a talent's earlier jobs in the zone. */
  async zoneEmployers(manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const rows: { name_zh: string }[] = await manager.query('SELECT name_zh FROM enterprise');
    return new Set(rows.map((r) => r.name_zh));
  }

  activePolicies(manager: EntityManager = this.dataSource.manager): Promise<Policy[]> {
    return manager.find(Policy, { where: { active: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The policies of each (talent, position) pair of a list, evaluated now against the active policies. */
  async briefs(pairs: readonly PolicyPair[], referenceYear = new Date().getUTCFullYear()): Promise<PolicyBriefs[]> {
    if (pairs.length === 0) return [];
    const manager = this.dataSource.manager;
    const [policies, zoneEmployers] = await Promise.all([this.activePolicies(manager), this.zoneEmployers(manager)]);
    return pairs.map((pair) => {
      const facts = talentFacts(pair.talent, { referenceYear, zoneEmployers });
      const position = positionFacts(pair.position, pair.employerIndustry);
      const briefs: PolicyBriefs = { applies: [], nearly: [] };
      for (const policy of policies) {
        const result = evaluatePolicy({ id: policy.id, nameZh: policy.nameZh, nameEn: policy.nameEn ?? policy.nameZh, conditions: policy.conditions }, facts, position);
        const head = { policyId: policy.id, nameZh: policy.nameZh, nameEn: policy.nameEn, illustrative: policy.illustrative };
        if (result.status === 'applies') briefs.applies.push({ ...head, benefits: policy.benefits });
        else if (result.status === 'nearly') briefs.nearly.push({ ...head, missing: result.missing.map(({ kind, unknown, zh, en }) => ({ kind, unknown, zh, en })) });
      }
      return briefs;
    });
  }

  /**
   * What hiring the strong candidates of the open positions would demand of the zone's 1,000万元 talent
   * fund (八项措施, issued by the zone) and its 178 talent flats (`src/matching/policy/pipeline-cost.ts`).
   */
  async pipelineCost(referenceYear = new Date().getUTCFullYear()) {
    const manager = this.dataSource.manager;
    const strong: { talentId: string; positionId: string; score: number }[] = await manager.query(
      `SELECT m.talent_id AS "talentId", m.position_id AS "positionId", m.score
         FROM match m JOIN position p ON p.id = m.position_id
        WHERE m.eligible AND m.score >= $1 AND p.status = 'open'`,
      [STRONG_SCORE],
    );
    const positionRows: { id: string; industry: Industry; enterprise_industry: Industry; open: number }[] = await manager.query(
      `SELECT p.id, p.industry, e.industry AS enterprise_industry, greatest(p.headcount - p.filled_count, 0) AS open
         FROM position p JOIN enterprise e ON e.id = p.enterprise_id WHERE p.status = 'open'`,
    );
    const talentIds = [...new Set(strong.map((s) => s.talentId))];
    const talents = talentIds.length === 0 ? [] : await manager.createQueryBuilder(Talent, 't').where('t.id IN (:...ids)', { ids: talentIds }).getMany();
    const zoneEmployers = await this.zoneEmployers(manager);
    const policies = await this.activePolicies(manager);
    const cost = pipelineCost({
      policies: policies.map((p) => ({
        id: p.id,
        nameZh: p.nameZh,
        nameEn: p.nameEn ?? p.nameZh,
        issuer: p.issuer,
        illustrative: p.illustrative,
        conditions: p.conditions,
        benefits: p.benefits,
      })),
      talents: new Map(talents.map((t) => [t.id, talentFacts(t, { referenceYear, zoneEmployers })])),
      positions: new Map(positionRows.map((r) => [r.id, { facts: positionFacts(r, r.enterprise_industry), openSeats: r.open }])),
      strong,
      fundIssuer: ZONE_ISSUER,
      fundYuan: ZONE_TALENT_FUND_YUAN,
      flatsAvailable: ZONE_TALENT_FLATS,
    });
    return { strongScore: STRONG_SCORE, strongTalents: talentIds.length, referenceYear, ...(await this.freshness.forSupply()), ...cost };
  }

  /** Every active policy for one talent (and the position they would take): applies first, then nearly. */
  async forTalent(talentId: string, positionId: string | undefined, referenceYear = new Date().getUTCFullYear()): Promise<TalentPolicies> {
    const manager = this.dataSource.manager;
    const talent = await manager.findOne(Talent, { where: { id: talentId } });
    if (!talent) throw AppException.notFound('Talent', talentId);
    let position = null;
    if (positionId) {
      const row = await manager.findOne(Position, { where: { id: positionId } });
      if (!row) throw AppException.referenceNotFound('positionId', 'Position', positionId);
      const employer = await manager.findOne(Enterprise, { where: { id: row.enterpriseId } });
      position = positionFacts(row, employer?.industry ?? null);
    }
    const facts = talentFacts(talent, { referenceYear, zoneEmployers: await this.zoneEmployers(manager) });
    const items = (await this.activePolicies(manager)).map((policy) => ({
      ...evaluatePolicy({ id: policy.id, nameZh: policy.nameZh, nameEn: policy.nameEn ?? policy.nameZh, conditions: policy.conditions }, facts, position),
      nameZh: policy.nameZh,
      nameEn: policy.nameEn,
      issuer: policy.issuer,
      illustrative: policy.illustrative,
      benefits: policy.benefits,
    }));
    items.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
    return { talentId, positionId: positionId ?? null, referenceYear, items };
  }
}
