import { DEFAULT_POLICY_EVALUATOR_PARAMS, evaluatePolicy, PolicyEvaluatorParams } from './evaluate-policies';
import type { PolicyBenefit, PolicyPositionFacts, PolicyRule, PolicyTalentFacts } from './policy-types';

/**
 * What the strong matches would cost the zone's policies if they were hired: subsidies against the
 * talent fund, flats against the talent apartments.
 *
 * - **Who is hired**: the seat rule of supply and demand (`src/planning/supply/seat-supply.ts`): strong
 *   pairs best score first, a talent counted at the first opening that still has a seat no better-scoring
 *   talent took, each talent once. `everyStrongTalent` is the upper bound: every distinct strong talent at
 *   their best strong opening, seats ignored.
 * - **What they get**: every policy that applies to the (talent, opening) pair. A policy that nearly
 *   applies and lacks only unrecorded facts (age) is `pending`: it may apply once confirmed.
 * - **Against the fund**: money benefits (subsidy, allowance, research funding) of the policies the fund's
 *   issuer issues; other issuers' money (the city's, the region's) is reported beside it, and loans are
 *   ceilings lent, not spent, so they are summed apart. **Flats**: every housing benefit's flats.
 */
export interface PipelinePolicy extends PolicyRule {
  nameEn: string;
  issuer: string;
  illustrative: boolean;
  benefits: readonly PolicyBenefit[];
}

export interface PipelinePair {
  talentId: string;
  positionId: string;
  score: number;
}

export interface PipelineCostInput {
  policies: readonly PipelinePolicy[];
  talents: ReadonlyMap<string, PolicyTalentFacts>;
  positions: ReadonlyMap<string, { facts: PolicyPositionFacts; openSeats: number }>;
  strong: readonly PipelinePair[];
  fundIssuer: string;
  fundYuan: number;
  flatsAvailable: number;
}

export interface PolicyCost {
  policyId: string;
  nameZh: string;
  nameEn: string;
  issuer: string;
  illustrative: boolean;
  talents: number;
  pendingTalents: number;
  moneyYuan: number;
  pendingMoneyYuan: number;
  loanCeilingYuan: number;
  flats: number;
  pendingFlats: number;
  /** Some amount of the policy is an example, not a reported figure. */
  amountsAreExamples: boolean;
}

export interface CostTotals {
  talentsPlaced: number;
  fundDemandedYuan: number;
  fundPendingYuan: number;
  otherIssuersYuan: number;
  loanCeilingYuan: number;
  flatsDemanded: number;
  flatsPending: number;
}

export interface PipelineCost {
  fund: { issuer: string; yuan: number; demandedYuan: number; pendingYuan: number; remainingYuan: number; shareDemanded: number };
  flats: { available: number; demanded: number; pending: number; remaining: number };
  seats: CostTotals;
  everyStrongTalent: CostTotals;
  items: PolicyCost[];
}

const MONEY = new Set(['subsidy', 'allowance', 'researchFunding']);

const byScore = (a: PipelinePair, b: PipelinePair) =>
  b.score - a.score || (a.talentId < b.talentId ? -1 : a.talentId > b.talentId ? 1 : 0) || (a.positionId < b.positionId ? -1 : a.positionId > b.positionId ? 1 : 0);

/** The seat rule: each talent at most once, each opening up to its open seats, best score first. */
export function placeBySeats(strong: readonly PipelinePair[], seats: (positionId: string) => number): PipelinePair[] {
  const taken = new Map<string, number>();
  const placed = new Set<string>();
  const out: PipelinePair[] = [];
  for (const pair of [...strong].sort(byScore)) {
    if (placed.has(pair.talentId)) continue;
    const used = taken.get(pair.positionId) ?? 0;
    if (used >= seats(pair.positionId)) continue;
    taken.set(pair.positionId, used + 1);
    placed.add(pair.talentId);
    out.push(pair);
  }
  return out;
}

/** Every strong talent at their best strong opening. */
export function placeAtBest(strong: readonly PipelinePair[]): PipelinePair[] {
  const seen = new Set<string>();
  return [...strong].sort(byScore).filter((p) => !seen.has(p.talentId) && seen.add(p.talentId));
}

function cost(input: PipelineCostInput, placements: readonly PipelinePair[], params: PolicyEvaluatorParams) {
  const items: PolicyCost[] = input.policies.map((p) => ({
    policyId: p.id,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    issuer: p.issuer,
    illustrative: p.illustrative,
    talents: 0,
    pendingTalents: 0,
    moneyYuan: 0,
    pendingMoneyYuan: 0,
    loanCeilingYuan: 0,
    flats: 0,
    pendingFlats: 0,
    amountsAreExamples: p.benefits.some((b) => b.amountIsExample),
  }));
  let talentsPlaced = 0;
  for (const pair of placements) {
    const talent = input.talents.get(pair.talentId);
    const position = input.positions.get(pair.positionId);
    if (!talent || !position) continue;
    talentsPlaced++;
    input.policies.forEach((policy, i) => {
      const result = evaluatePolicy(policy, talent, position.facts, params);
      const pending = result.status === 'nearly' && result.missing.every((m) => m.unknown);
      if (result.status !== 'applies' && !pending) return;
      const money = policy.benefits.filter((b) => MONEY.has(b.kind)).reduce((s, b) => s + (b.amountYuan ?? 0), 0);
      const flats = policy.benefits.filter((b) => b.kind === 'housing').reduce((s, b) => s + (b.flats ?? 0), 0);
      const item = items[i];
      if (pending) {
        item.pendingTalents++;
        item.pendingMoneyYuan += money;
        item.pendingFlats += flats;
        return;
      }
      item.talents++;
      item.moneyYuan += money;
      item.flats += flats;
      item.loanCeilingYuan += policy.benefits.filter((b) => b.kind === 'loan').reduce((s, b) => s + (b.amountYuan ?? 0), 0);
    });
  }
  const fromFund = (c: PolicyCost) => c.issuer === input.fundIssuer;
  const sum = (f: (c: PolicyCost) => number, keep: (c: PolicyCost) => boolean = () => true) => items.filter(keep).reduce((s, c) => s + f(c), 0);
  const totals: CostTotals = {
    talentsPlaced,
    fundDemandedYuan: sum((c) => c.moneyYuan, fromFund),
    fundPendingYuan: sum((c) => c.pendingMoneyYuan, fromFund),
    otherIssuersYuan: sum((c) => c.moneyYuan, (c) => !fromFund(c)),
    loanCeilingYuan: sum((c) => c.loanCeilingYuan),
    flatsDemanded: sum((c) => c.flats),
    flatsPending: sum((c) => c.pendingFlats),
  };
  return { items, totals };
}

export function pipelineCost(input: PipelineCostInput, params: PolicyEvaluatorParams = DEFAULT_POLICY_EVALUATOR_PARAMS): PipelineCost {
  const seats = cost(input, placeBySeats(input.strong, (id) => input.positions.get(id)?.openSeats ?? 0), params);
  const every = cost(input, placeAtBest(input.strong.filter((p) => input.positions.has(p.positionId))), params);
  const demanded = seats.totals.fundDemandedYuan;
  return {
    fund: {
      issuer: input.fundIssuer,
      yuan: input.fundYuan,
      demandedYuan: demanded,
      pendingYuan: seats.totals.fundPendingYuan,
      remainingYuan: input.fundYuan - demanded,
      shareDemanded: input.fundYuan > 0 ? Math.round((demanded / input.fundYuan) * 1000) / 1000 : 0,
    },
    flats: {
      available: input.flatsAvailable,
      demanded: seats.totals.flatsDemanded,
      pending: seats.totals.flatsPending,
      remaining: input.flatsAvailable - seats.totals.flatsDemanded,
    },
    seats: seats.totals,
    everyStrongTalent: every.totals,
    items: seats.items,
  };
}
