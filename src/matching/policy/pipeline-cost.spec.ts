import { pipelineCost, placeAtBest, placeBySeats, type PipelinePolicy } from './pipeline-cost';
import type { PolicyTalentFacts } from './policy-types';

const facts = (over: Partial<PolicyTalentFacts>): PolicyTalentFacts => ({
  highestDegree: 'master',
  age: null,
  honours: [],
  tier: 'shortage_professional',
  majors: ['冶金工程'],
  yearsSinceGraduation: 3,
  yearsExperience: 3,
  workedInZoneBefore: false,
  ...over,
});

const benefit = (kind: 'subsidy' | 'housing' | 'loan', amountYuan: number | null, flats: number | null = null) => ({
  kind,
  amountYuan,
  flats,
  descriptionZh: '示例',
  descriptionEn: null as unknown as string,
  amountIsExample: true,
});

const policies: PipelinePolicy[] = [
  { id: 'zone', nameZh: '区补贴', nameEn: 'zone', issuer: '高新区', illustrative: true, conditions: [{ kind: 'minDegree', value: 'master' }, { kind: 'employerKeyChain', value: true }], benefits: [benefit('subsidy', 100_000), benefit('housing', null, 1)] },
  { id: 'city', nameZh: '市补贴', nameEn: 'city', issuer: '包头市', illustrative: true, conditions: [{ kind: 'minDegree', value: 'bachelor' }], benefits: [benefit('subsidy', 10_000), benefit('loan', 1_000_000)] },
  { id: 'age', nameZh: '年龄', nameEn: 'age', issuer: '高新区', illustrative: true, conditions: [{ kind: 'minDegree', value: 'master' }, { kind: 'maxAge', value: 40 }], benefits: [benefit('subsidy', 7)] },
];

describe('pipeline cost', () => {
  const strong = [
    { talentId: 'a', positionId: 'p1', score: 90 },
    { talentId: 'a', positionId: 'p2', score: 80 },
    { talentId: 'b', positionId: 'p1', score: 85 },
    { talentId: 'c', positionId: 'p1', score: 75 },
  ];

  it('places each talent once, best score first, within seats', () => {
    expect(placeBySeats(strong, (id) => (id === 'p1' ? 1 : 1))).toEqual([strong[0]]);
    expect(placeBySeats(strong, () => 2)).toEqual([strong[0], strong[2]]);
    expect(placeAtBest(strong).map((p) => p.talentId)).toEqual(['a', 'b', 'c']);
  });

  it('adds the applying policies of the placed talents: the fund issuer’s money against the fund, flats, pending and loans apart', () => {
    const result = pipelineCost({
      policies,
      talents: new Map([
        ['a', facts({})],
        ['b', facts({ highestDegree: 'bachelor' })],
        ['c', facts({ highestDegree: 'doctorate' })],
      ]),
      positions: new Map([
        ['p1', { facts: { industry: 'rare_earth', employerKeyChain: true }, openSeats: 2 }],
        ['p2', { facts: { industry: 'electronics', employerKeyChain: false }, openSeats: 5 }],
      ]),
      strong,
      fundIssuer: '高新区',
      fundYuan: 1_000_000,
      flatsAvailable: 3,
    });
    // Seats: a and b at p1 (two seats); a master at a key-chain firm gets the zone subsidy and a flat.
    expect(result.seats).toEqual({
      talentsPlaced: 2,
      fundDemandedYuan: 100_000,
      fundPendingYuan: 7,
      otherIssuersYuan: 20_000,
      loanCeilingYuan: 2_000_000,
      flatsDemanded: 1,
      flatsPending: 0,
    });
    expect(result.fund).toEqual({ issuer: '高新区', yuan: 1_000_000, demandedYuan: 100_000, pendingYuan: 7, remainingYuan: 900_000, shareDemanded: 0.1 });
    expect(result.flats).toEqual({ available: 3, demanded: 1, pending: 0, remaining: 2 });
    expect(result.everyStrongTalent).toMatchObject({ talentsPlaced: 3, fundDemandedYuan: 200_000, flatsDemanded: 2, fundPendingYuan: 14 });
    expect(result.items.find((i) => i.policyId === 'age')).toMatchObject({ talents: 0, pendingTalents: 1, pendingMoneyYuan: 7 });
  });
});
