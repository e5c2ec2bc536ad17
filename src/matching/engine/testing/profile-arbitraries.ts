/**
 * Test helper: fast-check arbitraries for realistic positions and talents of the Baotou zone, drawn from
 * pools of real taxonomy skill names (zh), majors, titles and cities.
 */
import fc from 'fast-check';
import { DEGREES, INDUSTRIES, TIERS, type Degree, type Tier } from '../../../domain/vocabulary';
import type { PositionProfile, SkillRequirement, TalentProfile } from '../../types';

/** Skill names as written in the taxonomy (all resolve), plus two soft skills that do not. */
export const SKILL_POOL = [
  // rare earth: separation, smelting, metal production
  '稀土萃取',
  '串级萃取理论与设计',
  'P507萃取体系',
  '萃取槽操作',
  '稀土分离',
  '熔盐电解',
  '稀土金属冶炼',
  '稀土电解槽操作',
  '稀土精矿分解',
  '浓硫酸焙烧',
  '除杂净化',
  '稀土沉淀',
  '稀土灼烧',
  '稀土冶金',
  '湿法冶金',
  '高纯稀土制备',
  // equipment
  '钳工',
  '机械设备维修',
  '设备维护',
  '焊接',
  '氩弧焊',
  '机械制图',
  'AutoCAD',
  '液压系统',
  '润滑管理',
  // electrical
  '电气设备维修',
  '电气安全',
  'PLC编程',
  '变频器',
  '低压电器',
  '配电',
  '继电保护',
  '电机维修',
  '整流供电系统',
  // chemical, analysis
  '化工单元操作',
  '工艺优化',
  '电化学',
  '化学分析',
  '稀土分析',
  'ICP-OES',
  '碳硫氧氮分析',
  // safety, management, general
  '安全生产管理',
  '酸碱与有毒气体防护',
  '5S/6S管理',
  '生产管理',
  '团队管理',
  '沟通协调',
  '英语四级',
  '办公软件',
  // magnets
  '钕铁硼',
  '晶界扩散',
] as const;

/** Free-text requirements the taxonomy does not know (matched only through the talent's text). */
export const UNRESOLVED_SKILLS = ['吃苦耐劳', '责任心强'] as const;

export const MAJOR_POOL = [
  '冶金工程',
  '材料科学与工程',
  '机械设计制造及其自动化',
  '电气工程及其自动化',
  '化学工程与工艺',
  '冶金技术',
  '稀土工程',
  '应用化学',
] as const;

export const TITLE_POOL = [
  '稀土萃取工程师',
  '稀土萃取分离工程师',
  '萃取分离工艺工程师',
  '熔盐电解工艺工程师',
  '稀土金属电解工程师',
  '精矿分解工艺工程师',
  '电气工程师',
  '电气值班员',
  '设备维修钳工',
  '仪表自动化工程师',
  '化验分析员',
  '冶金助理工程师',
  '氩弧焊工',
  '安全工程师',
  '生产部副经理',
] as const;

export const DESCRIPTION_POOL = [
  '负责P507体系稀土萃取分离生产线的工艺控制与参数优化。',
  '根据原料配分变化调整串级萃取流程，保证单一稀土产品纯度稳定达标。',
  '负责氟化物体系熔盐电解槽的工艺技术管理，稳定电流效率和金属收率。',
  '负责稀土精矿浓硫酸焙烧、水浸及除杂工序的工艺管理。',
  '负责生产设备的日常点检、定期保养与故障抢修。',
  '负责厂区高低压配电系统及生产设备电气部分的运行维护。',
  '负责生产线PLC、DCS系统的程序编写、维护与优化。',
  '负责原料、中间品和成品的化学成分分析与出具报告。',
  '按焊接工艺规程完成设备、管道及钢结构的焊接与修补。',
  '组织危险源辨识、隐患排查和应急演练。',
] as const;

export const SUMMARY_POOL = [
  '6年稀土湿法冶金与萃取分离相关工作经验，熟悉P507体系串级萃取理论与工艺设计。',
  '长期从事稀土熔盐电解生产与工艺改进，熟悉电解槽操作。',
  '熟悉高低压配电与变频器调试，持有电工证。',
  '擅长设备故障诊断与维修，吃苦耐劳，责任心强。',
  '熟悉ICP-OES等仪器分析方法。',
  '应届毕业生，愿意到包头工作。',
] as const;

/** 包头 and 包头市 are one city for the engine. */
export const CITY_POOL = ['包头', '包头市', '呼和浩特', '兰州'] as const;

const level = fc.integer({ min: 1, max: 5 });
const weight = fc.constantFrom(0.5, 0.8, 1, 1.2, 1.5, 2);
const skillName = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...SKILL_POOL) }, { weight: 1, arbitrary: fc.constantFrom(...UNRESOLVED_SKILLS) });
const degree: fc.Arbitrary<Degree> = fc.constantFrom(...DEGREES);
const tier: fc.Arbitrary<Tier> = fc.constantFrom(...TIERS);
const city = fc.option(fc.constantFrom(...CITY_POOL), { nil: null, freq: 6 });

const requirement: fc.Arbitrary<SkillRequirement> = fc.record({
  name: skillName,
  weight: fc.option(weight, { nil: undefined }),
  minLevel: fc.option(level, { nil: undefined }),
});

/** A position without its id (ids are assigned by `corpusArb`). */
export const positionBodyArb: fc.Arbitrary<Omit<PositionProfile, 'id'>> = fc.record({
  title: fc.constantFrom(...TITLE_POOL),
  description: fc.option(
    fc.uniqueArray(fc.constantFrom(...DESCRIPTION_POOL), { minLength: 1, maxLength: 3 }).map((s) => s.join('')),
    { nil: undefined },
  ),
  industry: fc.option(fc.constantFrom(...INDUSTRIES), { nil: null }),
  requiredSkills: fc.array(requirement, { maxLength: 6 }),
  preferredSkills: fc.array(skillName, { maxLength: 3 }),
  minDegree: fc.option(degree, { nil: null }),
  preferredMajors: fc.uniqueArray(fc.constantFrom(...MAJOR_POOL), { maxLength: 2 }),
  minYearsExperience: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
  tierSought: fc.option(tier, { nil: null }),
  location: city,
  urgency: fc.integer({ min: 1, max: 5 }),
  salaryMin: fc.option(fc.integer({ min: 3000, max: 20000 }), { nil: null }),
  salaryMax: fc.option(fc.integer({ min: 4000, max: 40000 }), { nil: null }),
  lang: fc.constant('zh' as const),
});

/** A talent without its id. */
export const talentBodyArb: fc.Arbitrary<Omit<TalentProfile, 'id'>> = fc.record({
  headline: fc.option(fc.constantFrom(...TITLE_POOL), { nil: undefined, freq: 6 }),
  summary: fc.option(fc.constantFrom(...SUMMARY_POOL), { nil: undefined }),
  skills: fc.array(
    fc.record({
      name: skillName,
      level: fc.option(level, { nil: undefined, freq: 8 }),
      years: fc.integer({ min: 0, max: 15 }),
    }),
    { maxLength: 7 },
  ),
  education: fc.array(
    fc.record({
      school: fc.constantFrom('内蒙古科技大学', '包头职业技术学院', '兰州理工大学', '内蒙古工业大学'),
      major: fc.constantFrom(...MAJOR_POOL),
      degree: fc.option(degree, { nil: null, freq: 8 }),
      graduationYear: fc.integer({ min: 1995, max: 2025 }),
    }),
    { maxLength: 2 },
  ),
  work: fc.array(
    fc.record({
      employer: fc.constantFrom('包头某稀土冶炼分离企业', '呼和浩特某装备制造企业', '兰州某有色金属企业'),
      title: fc.constantFrom(...TITLE_POOL),
      years: fc.integer({ min: 0, max: 12 }),
      description: fc.option(fc.constantFrom(...DESCRIPTION_POOL), { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
  tier: fc.option(tier, { nil: null }),
  currentCity: city,
  willingToRelocate: fc.option(fc.boolean(), { nil: undefined, freq: 8 }),
  expectedSalaryMin: fc.option(fc.integer({ min: 3000, max: 40000 }), { nil: null, freq: 2 }),
  expectedSalaryMax: fc.option(fc.integer({ min: 3000, max: 50000 }), { nil: null, freq: 2 }),
  lang: fc.constant('zh' as const),
});

export interface Corpus {
  positions: PositionProfile[];
  talents: TalentProfile[];
}

/** A small corpus with unique ids; ids are not in generation order, so sorting by id matters. */
export function corpusArb(options: { maxPositions?: number; maxTalents?: number } = {}): fc.Arbitrary<Corpus> {
  return fc
    .record({
      positions: fc.array(positionBodyArb, { minLength: 1, maxLength: options.maxPositions ?? 8 }),
      talents: fc.array(talentBodyArb, { minLength: 1, maxLength: options.maxTalents ?? 6 }),
    })
    .map(({ positions, talents }) => ({
      positions: positions.map((p, i) => ({ id: `pos-${String((i * 7919) % 1000).padStart(3, '0')}-${i}`, ...p })),
      talents: talents.map((t, i) => ({ id: `tal-${String((i * 104729) % 10000).padStart(4, '0')}-${i}`, ...t })),
    }));
}

/** Deterministic Fisher–Yates shuffle (mulberry32), so a failing case replays from fast-check's seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
