import { POLICY_CONDITION_KINDS, type PolicyRule } from '../../matching/policy/policy-types';
import { evaluatePolicy } from '../../matching/policy/evaluate-policies';
import { eligibilityCounts } from '../../matching/policy/eligibility-counts';
import { positionFacts, talentFacts, type PolicyTalentInput } from '../../matching/policy/policy-facts';
import { buildDemoData } from '.';
import { DEMO_POLICIES } from './policies';

const rules: PolicyRule[] = DEMO_POLICIES.map((p) => ({ id: p.key, nameZh: p.nameZh, nameEn: p.nameEn, conditions: p.conditions }));
const rule = (key: string) => rules.find((r) => r.id === key)!;
const REFERENCE_YEAR = 2026;
const ZONE = new Set(['中国北方稀土（集团）高科技股份有限公司', '包头威丰稀土电磁材料股份有限公司']);
const facts = (t: PolicyTalentInput) => talentFacts(t, { referenceYear: REFERENCE_YEAR, zoneEmployers: ZONE });

const rareEarthPost = positionFacts({ industry: 'rare_earth' });
const electronicsPost = positionFacts({ industry: 'electronics' });

const doctorAtNorthern: PolicyTalentInput = {
  tier: 'high_level',
  honours: ['鹿城英才'],
  education: [
    { school: '内蒙古科技大学', major: '冶金工程', degree: 'bachelor', graduationYear: 2008 },
    { school: '东北大学', major: '有色金属冶金', degree: 'doctorate', graduationYear: 2014 },
  ],
  work: [{ employer: '中国北方稀土（集团）高科技股份有限公司', title: '高级工程师', years: 10 }],
};
const freshGraduate: PolicyTalentInput = {
  tier: 'graduate',
  education: [{ school: '兰州大学', major: '材料科学与工程', degree: 'bachelor', graduationYear: 2025 }],
  // An internship at a zone firm is not a first employment.
  work: [{ employer: '包头威丰稀土电磁材料股份有限公司', title: '工艺员（顶岗实习）', years: 0.5 }],
};
const juniorWelder: PolicyTalentInput = {
  tier: 'skilled_worker',
  education: [{ school: '包头钢铁职业技术学院', major: '焊接技术', degree: 'associate', graduationYear: 2023 }],
  work: [{ employer: '天津恒泰机械', title: '焊工', years: 2 }],
};
const unnamedEmployer: PolicyTalentInput = {
  tier: 'shortage_professional',
  education: [{ major: '化学工程', degree: 'master', graduationYear: 2018 }],
  work: [{ title: '工艺工程师', years: 6 }],
};

type Row = [string, PolicyTalentInput, 'rare' | 'electronics' | null, string, 'applies' | 'nearly' | 'no', string[]];

/** Hand-checked: talent, position, policy, status, and what the talent is told is missing. */
const TABLE: Row[] = [
  ['doctor at 北方稀土, rare-earth post', doctorAtNorthern, 'rare', 'pol-key-chain-research-funding', 'applies', []],
  ['doctor at 北方稀土, rare-earth post', doctorAtNorthern, 'rare', 'pol-talent-loan', 'applies', []],
  ['doctor at 北方稀土, rare-earth post', doctorAtNorthern, 'rare', 'pol-public-post-for-enterprise', 'applies', []],
  ['doctor at 北方稀土: already worked in the zone', doctorAtNorthern, 'rare', 'pol-eight-measures-high-level', 'nearly', ['获得八项措施·高层次人才安家支持需：首次在高新区就业']],
  ['doctor at 北方稀土: age not recorded', doctorAtNorthern, 'rare', 'pol-lucheng-talent', 'nearly', ['获得鹿城英才需：年龄未登记，需核实年龄不超过45周岁']],
  ['doctor, electronics post (not a key chain)', doctorAtNorthern, 'electronics', 'pol-key-chain-research-funding', 'nearly', ['获得重点产业链企业高层次人才科研经费需：受聘于重点产业链企业']],
  ['doctor, no position given', doctorAtNorthern, null, 'pol-key-chain-research-funding', 'nearly', ['获得重点产业链企业高层次人才科研经费需：未指定岗位，需受聘于重点产业链企业']],
  ['doctor: tier is a gate for the skilled workers’ subsidy', doctorAtNorthern, 'rare', 'pol-skilled-worker-subsidy', 'no', ['获得职业技能人才岗位补贴需：属于职业技能人才']],
  ['fresh graduate (internship only), rare-earth post', freshGraduate, 'rare', 'pol-new-graduate-allowance', 'applies', []],
  ['fresh graduate: bachelor for the doctor/master plan', freshGraduate, 'rare', 'pol-doctor-master-plan', 'nearly', ['获得包头市重点产业博士硕士引进行动计划需：学历须为硕士及以上']],
  ['fresh graduate: no honour, electronics post', freshGraduate, 'electronics', 'pol-talent-loan', 'no', [
    '获得人才贷需：入选万人计划或领军人才或国务院特殊津贴或草原英才或鹿城英才',
    '获得人才贷需：受聘于重点产业链企业',
  ]],
  ['welder with 2 years', juniorWelder, 'rare', 'pol-skilled-worker-subsidy', 'nearly', ['获得职业技能人才岗位补贴需：工作经验不少于3年']],
  ['welder: associate degree, graduated 2023', juniorWelder, 'rare', 'pol-new-graduate-allowance', 'no', [
    '获得新就业高校毕业生生活补贴需：学历须为本科及以上',
    '获得新就业高校毕业生生活补贴需：毕业不超过2年',
  ]],
  ['master, employer not named: first employment unknown', unnamedEmployer, 'rare', 'pol-doctor-master-plan', 'nearly', ['获得包头市重点产业博士硕士引进行动计划需：工作经历不完整，需核实首次在高新区就业']],
  ['master, 6 years: 鹿城英才 waits on the age', unnamedEmployer, 'rare', 'pol-lucheng-talent', 'nearly', ['获得鹿城英才需：年龄未登记，需核实年龄不超过45周岁']],
];

describe('demo policies', () => {
  it.each(TABLE.map((row) => [`${row[0]} · ${row[3]} → ${row[4]}`, ...row.slice(1)] as Row))('%s', (_label, talent, post, policyKey, status, missing) => {
    const position = post === 'rare' ? rareEarthPost : post === 'electronics' ? electronicsPost : null;
    const result = evaluatePolicy(rule(policyKey), facts(talent), position);
    expect(result.status).toBe(status);
    expect(result.missing.map((m) => m.zh)).toEqual(missing);
    expect(result.decidingRule.code).toBe(status === 'applies' ? 'allMet' : status === 'nearly' ? 'oneMissing' : 'conditionFailed');
  });

  it('are labelled: every policy has a source note, every example amount says so', () => {
    for (const p of DEMO_POLICIES) {
      expect(p.sourceNote).toMatch(/示例|公开报道/);
      expect(p.conditions.every((c) => POLICY_CONDITION_KINDS.includes(c.kind))).toBe(true);
      for (const b of p.benefits) if (b.amountIsExample) expect(b.descriptionZh).toMatch(/示例|估算/);
    }
    expect(new Set(DEMO_POLICIES.map((p) => p.key)).size).toBe(DEMO_POLICIES.length);
  });

  it('reach these many demo talents (README: talents eligible per policy)', () => {
    const data = buildDemoData();
    const zone = new Set(data.enterprises.map((e) => e.nameZh));
    const industryOf = new Map(data.enterprises.map((e) => [e.key, e.industry]));
    const talents = data.talents.map((t) => talentFacts(t, { referenceYear: REFERENCE_YEAR, zoneEmployers: zone }));
    const positions = data.positions.filter((p) => p.status === 'open').map((p) => positionFacts(p, industryOf.get(p.enterpriseKey)));
    const counts = eligibilityCounts(rules, talents, positions);
    const table = counts.map((c) => ({ policy: rule(c.policyId).nameZh, applies: c.applies, nearly: c.nearly, nearlyOnlyUnknown: c.nearlyOnlyUnknown }));
    console.log(`talents eligible per demo policy (of ${talents.length}, over ${positions.length} open positions):\n${table.map((r) => `| ${r.policy} | ${r.applies} | ${r.nearly} | ${r.nearlyOnlyUnknown} |`).join('\n')}`);
    expect(counts.find((c) => c.policyId === 'pol-lucheng-talent')!.applies).toBe(0); // age is never recorded
    expect(counts.find((c) => c.policyId === 'pol-key-chain-research-funding')!.applies).toBe(100); // every high-level talent
    expect(counts.every((c) => c.applies + c.nearly <= talents.length)).toBe(true);
  });
});
