/**
 * The zone's talent policies as illustrative data (issue 18). Names, issuers, the fund, the flats and the
 * figures marked "reported" come from the January 2023 public report (`shared/context/zone-facts.md`);
 * every condition and every amount marked `amountIsExample` is an example chosen for the demo, not the
 * text of a policy. 演示政策为示例：条件与标注“示例”的金额并非政策原文。
 */
import type { Tier } from '../../domain/vocabulary';
import { ZONE_ISSUER } from '../../domain/zone-facts';
import type { PolicyBenefit, PolicyCondition } from '../../matching/policy/policy-types';

export interface DemoPolicy {
  key: string;
  nameZh: string;
  nameEn: string;
  issuer: string;
  tier: Tier | null;
  conditions: PolicyCondition[];
  benefits: PolicyBenefit[];
  sourceNote: string;
}


const benefit = (
  kind: PolicyBenefit['kind'],
  amountYuan: number | null,
  descriptionZh: string,
  descriptionEn: string,
  amountIsExample: boolean,
  flats: number | null = null,
): PolicyBenefit => ({ kind, amountYuan, flats, descriptionZh, descriptionEn, amountIsExample });

export const DEMO_POLICIES: readonly DemoPolicy[] = [
  {
    key: 'pol-eight-measures-high-level',
    nameZh: '八项措施·高层次人才安家支持',
    nameEn: 'Eight measures: settling-in support for high-level talents',
    issuer: ZONE_ISSUER,
    tier: 'high_level',
    conditions: [
      { kind: 'tier', value: ['high_level'] },
      { kind: 'employerKeyChain', value: true },
      { kind: 'firstEmploymentInZone', value: true },
    ],
    benefits: [
      benefit('subsidy', 100_000, '安家补贴（示例金额，从1,000万元人才发展资金列支）', 'Settling-in subsidy (example amount, from the 10 M yuan talent fund)', true),
      benefit('housing', null, '高新人才公寓一套（公寓共178套）', 'One flat in the zone talent apartments (178 flats in all)', false, 1),
    ],
    sourceNote: '公开报道：八项措施设立1,000万元人才发展资金；人才公寓178套、投资1.6亿元。补贴金额与条件为示例。',
  },
  {
    key: 'pol-key-chain-research-funding',
    nameZh: '重点产业链企业高层次人才科研经费',
    nameEn: 'Research funding for high-level hires at key-chain firms',
    issuer: ZONE_ISSUER,
    tier: 'high_level',
    conditions: [
      { kind: 'tier', value: ['high_level'] },
      { kind: 'employerKeyChain', value: true },
    ],
    benefits: [benefit('researchFunding', 60_000, '科研经费6万元', 'Research funding of 60,000 yuan', false)],
    sourceNote: '公开报道：为重点产业链企业引进的高层次人才提供6万元科研经费。条件为示例。',
  },
  {
    key: 'pol-doctor-master-plan',
    nameZh: '包头市重点产业博士硕士引进行动计划',
    nameEn: 'Baotou key-industry doctor and master introduction plan',
    issuer: '包头市',
    tier: null,
    conditions: [
      { kind: 'minDegree', value: 'master' },
      { kind: 'employerKeyChain', value: true },
      { kind: 'firstEmploymentInZone', value: true },
    ],
    benefits: [
      benefit('subsidy', 72_000, '引进补贴（按公开报道280万元/39人估算的平均值，示例）', 'Introduction subsidy (average of the reported 2.8 M yuan over 39 hires; an example)', true),
      benefit('housing', null, '高新人才公寓一套（示例）', 'One flat in the zone talent apartments (example)', true, 1),
    ],
    sourceNote: '公开报道：博士硕士引进行动计划投入280万元，引进39人。条件、公寓与单人金额为示例。',
  },
  {
    key: 'pol-lucheng-talent',
    nameZh: '鹿城英才',
    nameEn: 'Lucheng Talents (Baotou)',
    issuer: '包头市',
    tier: null,
    conditions: [
      { kind: 'tier', value: ['high_level', 'shortage_professional'] },
      { kind: 'minDegree', value: 'master' },
      { kind: 'minYearsExperience', value: 5 },
      { kind: 'maxAge', value: 45 },
    ],
    benefits: [benefit('subsidy', 50_000, '入选奖励（示例金额）', 'Award on selection (example amount)', true)],
    sourceNote: '公开报道：鹿城英才已入选74人、24个团队。申报条件（含45周岁年龄上限）与金额为示例。',
  },
  {
    key: 'pol-talent-loan',
    nameZh: '人才贷',
    nameEn: 'Talent loan',
    issuer: '包头市',
    tier: 'high_level',
    conditions: [
      { kind: 'honour', value: ['万人计划', '领军人才', '国务院特殊津贴', '草原英才', '鹿城英才'] },
      { kind: 'employerKeyChain', value: true },
    ],
    benefits: [benefit('loan', 8_000_000, '人才贷，额度最高800万元（示例上限）', 'Talent loan up to 8 M yuan (example ceiling)', true)],
    sourceNote: '公开报道：博特科技获得全市首笔800万元人才贷。以800万元为上限及申请条件为示例。',
  },
  {
    key: 'pol-new-graduate-allowance',
    nameZh: '新就业高校毕业生生活补贴',
    nameEn: 'Living allowance for newly employed graduates',
    issuer: ZONE_ISSUER,
    tier: 'graduate',
    conditions: [
      { kind: 'minDegree', value: 'bachelor' },
      { kind: 'graduatedWithinYears', value: 2 },
      { kind: 'firstEmploymentInZone', value: true },
    ],
    benefits: [benefit('allowance', 24_000, '生活补贴每月1,000元，发放24个月（示例）', 'Living allowance of 1,000 yuan a month for 24 months (example)', true)],
    sourceNote: '公开报道将“新就业或自主创业高校毕业生”列为政策对象。条件与金额为示例。',
  },
  {
    key: 'pol-skilled-worker-subsidy',
    nameZh: '职业技能人才岗位补贴',
    nameEn: 'Post subsidy for skilled workers',
    issuer: ZONE_ISSUER,
    tier: 'skilled_worker',
    conditions: [
      { kind: 'tier', value: ['skilled_worker'] },
      { kind: 'employerKeyChain', value: true },
      { kind: 'minYearsExperience', value: 3 },
    ],
    benefits: [benefit('subsidy', 5_000, '岗位补贴（示例金额）', 'Post subsidy (example amount)', true)],
    sourceNote: '公开报道将职业技能人才列为政策对象之一。条件与金额为示例。',
  },
  {
    key: 'pol-public-post-for-enterprise',
    nameZh: '事业编制企业用',
    nameEn: 'Public-institution posts used by enterprises',
    issuer: ZONE_ISSUER,
    tier: 'high_level',
    conditions: [
      { kind: 'tier', value: ['high_level', 'shortage_professional'] },
      { kind: 'minDegree', value: 'doctorate' },
      { kind: 'employerKeyChain', value: true },
    ],
    benefits: [benefit('post', null, '事业编制，在企业工作', 'A public-institution post while working for the firm', false)],
    sourceNote: '公开报道：高新区实行“事业编制企业用”。条件为示例。',
  },
];
