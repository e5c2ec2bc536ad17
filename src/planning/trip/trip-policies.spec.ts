import { tripPlanToHtml } from './trip-exports';
import { planTrip } from './trip-planner';
import { position, programme, university } from './trip-test-factories';
import type { TripPlanningInput, TripPolicy } from './trip-types';

const POLICIES: TripPolicy[] = [
  {
    id: 'plan',
    nameZh: '包头市重点产业博士硕士引进行动计划',
    nameEn: 'Baotou doctors and masters plan',
    illustrative: true,
    conditions: [
      { kind: 'minDegree', value: 'master' },
      { kind: 'employerKeyChain', value: true },
      { kind: 'firstEmploymentInZone', value: true },
    ],
  },
  {
    id: 'graduates',
    nameZh: '新就业高校毕业生生活补贴',
    nameEn: 'Living allowance for new graduates',
    illustrative: true,
    conditions: [
      { kind: 'minDegree', value: 'bachelor' },
      { kind: 'graduatedWithinYears', value: 2 },
      { kind: 'firstEmploymentInZone', value: true },
    ],
  },
  { id: 'metallurgy', nameZh: '冶金专业补贴', nameEn: 'Metallurgy subsidy', illustrative: true, conditions: [{ kind: 'field', value: ['冶金'] }] },
  { id: 'honour', nameZh: '人才贷', nameEn: 'Talent loan', illustrative: true, conditions: [{ kind: 'honour', value: ['鹿城英才'] }] },
];

function instance(policies: TripPolicy[] | undefined): TripPlanningInput {
  return {
    universities: [university({ id: 'u1', name: '兰州大学', city: '兰州', province: '甘肃', latitude: 36.05, longitude: 103.86 })],
    programmes: [
      programme({ id: 'u1-mat-m', universityId: 'u1', major: '材料科学与工程', degree: 'master' }),
      programme({ id: 'u1-met-b', universityId: 'u1', major: '冶金工程', degree: 'bachelor' }),
    ],
    positions: [
      position({ id: 'p-re', title: '稀土研发工程师', industry: 'rare_earth', employerIndustry: 'rare_earth', openHeadcount: 2, demand: 6 }),
      position({ id: 'p-el', title: '电子工程师', industry: 'electronics', employerIndustry: 'electronics', openHeadcount: 2, demand: 6 }),
    ],
    supply: [
      { programmeId: 'u1-mat-m', positionId: 'p-re', expectedCandidates: 1 },
      { programmeId: 'u1-mat-m', positionId: 'p-el', expectedCandidates: 0.5 },
      { programmeId: 'u1-met-b', positionId: 'p-el', expectedCandidates: 0.4 },
    ],
    request: { days: 1, stopsPerDay: 2, mustVisit: [], exclude: [] },
    policies,
  };
}

describe('trip stop policies (which policies to present to which majors)', () => {
  it('evaluates each targeted cohort as a new graduate of its major and degree with the titles presented to it', () => {
    const stop = planTrip(instance(POLICIES)).plan.days[0].stops[0];
    expect(stop.policies.map((m) => [m.major, m.degree])).toEqual(stop.majors.map((m) => [m.major, m.degree]));
    const master = stop.policies.find((m) => m.major === '材料科学与工程')!;
    expect(master.ofPositions).toBe(2);
    // The doctors-and-masters plan needs a key-chain employer: the rare-earth post, not the electronics one.
    expect(master.policies).toEqual([
      expect.objectContaining({ policyId: 'plan', positions: 1 }),
      expect.objectContaining({ policyId: 'graduates', positions: 2 }),
    ]);
    const bachelor = stop.policies.find((m) => m.major === '冶金工程')!;
    expect(bachelor.ofPositions).toBe(1);
    // A bachelor does not get the masters' plan; the metallurgy field does; an honour is never known for a cohort.
    expect(bachelor.policies.map((p) => [p.policyId, p.positions])).toEqual([
      ['graduates', 1],
      ['metallurgy', 1],
    ]);
  });

  it('lists no policy when none is passed in, and passing them changes nothing else in the plan', () => {
    const without = planTrip(instance(undefined));
    const withPolicies = planTrip(instance(POLICIES));
    expect(without.plan.days[0].stops[0].policies).toEqual([]);
    const strip = (r: typeof without) => JSON.stringify(r, (k, v) => (k === 'policies' ? undefined : v));
    expect(strip(withPolicies)).toBe(strip(without));
  });

  it('prints them in the stop\'s 双选会 agenda, escaped, with the illustrative note', () => {
    const result = planTrip(instance([...POLICIES, { id: 'x', nameZh: '<b>补贴</b>', nameEn: 'x', illustrative: true, conditions: [] }]));
    const html = tripPlanToHtml(result, { lang: 'zh' });
    expect(html).toContain('宣讲政策（按专业，应届毕业生入职可申请）');
    expect(html).toContain('<li class="major-policies">材料科学与工程（硕士）：包头市重点产业博士硕士引进行动计划（1/2 个岗位）、新就业高校毕业生生活补贴（2/2 个岗位）、&lt;b&gt;补贴&lt;/b&gt;（2/2 个岗位）</li>');
    expect(html).toContain('政策条件与金额为示例');
    expect(tripPlanToHtml(planTrip(instance(undefined)), { lang: 'zh' })).not.toContain('宣讲政策');
  });
});

