/**
 * Pairwise HR judgements for the zone's job families (context/zone-facts.md): for one opening, two
 * candidates, and the one an HR manager of a Baotou firm would put first, with the reason. Written from an HR
 * view of the posts, not from what the engine does; `hr-pairs.spec.ts` measures how often the engine agrees.
 */
import type { Degree, Industry, Tier } from '../../domain/vocabulary';
import type { PositionProfile, TalentProfile } from '../types';

export type HrReason =
  | 'overqualified'
  | 'underqualified'
  | 'right_field'
  | 'location'
  | 'major'
  | 'years'
  | 'salary'
  | 'skills'
  | 'degree'
  | 'campus';

export interface HrPair {
  id: string;
  position: string;
  reason: HrReason;
  why: string;
  better: Omit<TalentProfile, 'id'>;
  worse: Omit<TalentProfile, 'id'>;
}

type Skills = Record<string, number>;

function post(
  id: string,
  title: string,
  o: {
    industry: Industry;
    description: string;
    required: Skills;
    preferred?: string[];
    degree: Degree;
    majors: string[];
    years: number;
    tier: Tier;
    pay: [number, number];
    location?: string;
  },
): PositionProfile {
  return {
    id: `hr-${id}`,
    title,
    description: o.description,
    industry: o.industry,
    requiredSkills: Object.entries(o.required).map(([name, minLevel]) => ({ name, minLevel })),
    preferredSkills: o.preferred ?? [],
    minDegree: o.degree,
    preferredMajors: o.majors,
    minYearsExperience: o.years,
    tierSought: o.tier,
    location: o.location ?? '包头',
    salaryMin: o.pay[0],
    salaryMax: o.pay[1],
    lang: 'zh',
  };
}

interface TalentSpec {
  /** Current job title, then earlier ones with their years (most recent first). */
  title: string;
  years: number;
  earlier?: [string, number][];
  duties?: string;
  summary?: string;
  skills: Skills;
  major: string;
  degree: Degree;
  tier?: Tier;
  city?: string;
  relocate?: boolean;
  pay?: [number, number];
}

function person(s: TalentSpec): Omit<TalentProfile, 'id'> {
  const earlierYears = (s.earlier ?? []).reduce((sum, [, y]) => sum + y, 0);
  const work = s.years > 0 ? [{ title: s.title, years: s.years - earlierYears, description: s.duties ?? '' }, ...(s.earlier ?? []).map(([title, years]) => ({ title, years, description: '' }))] : [];
  return {
    headline: s.title,
    summary: s.summary ?? '',
    skills: Object.entries(s.skills).map(([name, level]) => ({ name, level })),
    education: [{ major: s.major, degree: s.degree, school: '内蒙古科技大学' }],
    work,
    tier: s.tier ?? (s.years === 0 ? 'graduate' : 'shortage_professional'),
    currentCity: s.city ?? '包头',
    willingToRelocate: s.relocate ?? false,
    expectedSalaryMin: s.pay?.[0] ?? null,
    expectedSalaryMax: s.pay?.[1] ?? null,
    lang: 'zh',
  };
}

export const HR_POSITIONS: PositionProfile[] = [
  post('sep', '稀土萃取分离工程师', {
    industry: 'rare_earth',
    description: '负责串级萃取分离线的工艺控制与优化，编制工艺规程，解决产品纯度波动问题。',
    required: { 稀土萃取: 4, 串级萃取理论与设计: 3, 稀土分离: 3 },
    preferred: ['P507萃取体系', '湿法冶金'],
    degree: 'bachelor',
    majors: ['冶金工程', '化学工程与工艺', '稀土工程'],
    years: 4,
    tier: 'shortage_professional',
    pay: [8000, 13500],
  }),
  post('elec', '熔盐电解工艺工程师', {
    industry: 'rare_earth',
    description: '负责镨钕熔盐电解槽工艺管理，提高电流效率，分析金属产品杂质超标原因。',
    required: { 熔盐电解: 4, 稀土金属冶炼: 3, 火法冶金: 2 },
    degree: 'bachelor',
    majors: ['冶金工程', '稀土工程'],
    years: 3,
    tier: 'shortage_professional',
    pay: [7500, 14000],
  }),
  post('ndfeb', '烧结钕铁硼工艺工程师', {
    industry: 'magnets',
    description: '负责烧结钕铁硼高牌号产品的工艺开发与量产导入，优化烧结与回火制度。',
    required: { 烧结钕铁硼: 4, 晶界扩散: 3, 磁体制备工艺: 3 },
    degree: 'bachelor',
    majors: ['材料科学与工程', '功能材料'],
    years: 3,
    tier: 'shortage_professional',
    pay: [8000, 15000],
  }),
  post('gosteel', '取向硅钢退火工艺工程师', {
    industry: 'electrical_steel',
    description: '负责取向硅钢高温退火工艺，提升铁损合格率，参与超薄取向硅钢试制。',
    required: { 取向硅钢: 4, 高温退火: 3, 冷轧: 2 },
    degree: 'bachelor',
    majors: ['材料科学与工程', '金属材料工程'],
    years: 3,
    tier: 'shortage_professional',
    pay: [8000, 14000],
  }),
  post('mono', '单晶拉晶工艺工程师', {
    industry: 'silicon_pv',
    description: '负责直拉单晶工艺参数优化，提高成晶率，降低单耗。',
    required: { 直拉单晶: 3, 单晶硅生产: 3 },
    degree: 'bachelor',
    majors: ['新能源材料与器件', '材料科学与工程'],
    years: 2,
    tier: 'shortage_professional',
    pay: [7000, 12000],
  }),
  post('plc', '电气自动化工程师', {
    industry: 'equipment',
    description: '负责产线PLC程序开发与维护，主导DCS系统改造，缩短设备故障停机时间。',
    required: { PLC编程: 4, 西门子PLC: 3, 工业自动化: 3 },
    preferred: ['DCS集散控制系统', '变频器'],
    degree: 'bachelor',
    majors: ['电气工程及其自动化', '自动化'],
    years: 3,
    tier: 'shortage_professional',
    pay: [7000, 13000],
  }),
  post('it', '信息化工程师', {
    industry: 'rare_earth',
    description: '负责MES系统实施和车间数据采集对接，开发生产数据报表，维护服务器和网络。',
    required: { MES: 3, SQL: 3, 网络工程: 2 },
    preferred: ['Python', '工业互联网'],
    degree: 'bachelor',
    majors: ['计算机科学与技术', '软件工程'],
    years: 3,
    tier: 'shortage_professional',
    pay: [8500, 11500],
  }),
  post('sales', '销售经理', {
    industry: 'magnets',
    description: '负责磁材重点客户开发与维护，组织技术交流，完成区域销售目标。',
    required: { 销售: 4, 大客户管理: 3, 商务谈判: 3 },
    preferred: ['市场调研'],
    degree: 'bachelor',
    majors: ['市场营销', '材料科学与工程'],
    years: 5,
    tier: 'shortage_professional',
    pay: [8000, 18500],
  }),
  post('op', '稀土分离岗位操作工', {
    industry: 'rare_earth',
    description: '负责萃取槽巡检与流量调节，完成沉淀、灼烧岗位操作，执行交接班。',
    required: { 萃取槽操作: 2, 稀土沉淀: 2 },
    preferred: ['酸碱与有毒气体防护'],
    degree: 'vocational',
    majors: [],
    years: 1,
    tier: 'skilled_worker',
    pay: [4500, 7000],
  }),
  post('electrician', '维修电工', {
    industry: 'aluminium_copper',
    description: '负责厂区配电室和生产设备的电气维护，处理电机、变频器故障。',
    required: { 电气设备维修: 3, 电气安全: 3, 低压电器: 2 },
    degree: 'vocational',
    majors: [],
    years: 2,
    tier: 'skilled_worker',
    pay: [5000, 7500],
  }),
  post('lab', '稀土分析检测员', {
    industry: 'rare_earth',
    description: '负责稀土原料和产品的化学成分检测，操作ICP-OES并完成日常校准。',
    required: { 稀土分析: 3, 'ICP-OES': 3, 化学分析: 2 },
    degree: 'associate',
    majors: ['应用化学', '分析检验技术'],
    years: 1,
    tier: 'skilled_worker',
    pay: [5000, 7500],
  }),
  post('research', '稀土功能材料研究员', {
    industry: 'research',
    description: '主持稀土功能材料方向科研项目，开展材料结构设计与性能研究，推动成果转化。',
    required: { 稀土功能材料: 4, 材料研发: 4, 材料表征: 3 },
    preferred: ['科研项目申报'],
    degree: 'doctorate',
    majors: ['材料科学与工程', '化学'],
    years: 5,
    tier: 'high_level',
    pay: [15000, 30000],
  }),
  post('campus', '萃取分离工艺工程师（应届生）', {
    industry: 'rare_earth',
    description: '面向应届毕业生，轮岗学习萃取分离工艺，参与工艺数据记录与分析。',
    required: { 湿法冶金: 2, 稀土分离: 2 },
    degree: 'bachelor',
    majors: ['冶金工程', '化学工程与工艺'],
    years: 0,
    tier: 'graduate',
    pay: [6000, 8000],
  }),
  post('ehs', '安全环保工程师', {
    industry: 'rare_earth',
    description: '负责安全生产标准化和双重预防机制建设，组织环保设施运行管理和应急演练。',
    required: { 安全生产管理: 4, 环境保护: 3, 危险源辨识: 3 },
    degree: 'bachelor',
    majors: ['安全工程', '环境工程'],
    years: 3,
    tier: 'shortage_professional',
    pay: [7000, 12000],
  }),
  post('head', '稀土冶炼技术部部长', {
    industry: 'rare_earth',
    description: '全面负责冶炼分离技术管理，制定技术路线，带领工艺团队完成降本和新产线建设。',
    required: { 稀土萃取: 4, 稀土分离: 4, 湿法冶金: 4 },
    preferred: ['项目管理'],
    degree: 'bachelor',
    majors: ['冶金工程', '化学工程与工艺'],
    years: 10,
    tier: 'shortage_professional',
    pay: [18000, 30000],
  }),
  post('qe', '质量工程师', {
    industry: 'magnets',
    description: '负责质量管理体系运行和内外部审核，处理客户投诉并完成8D闭环。',
    required: { 质量管理: 3, 'ISO 9001': 3, 质量问题分析: 3 },
    preferred: ['SPC', '8D报告'],
    degree: 'bachelor',
    majors: ['质量管理工程', '材料科学与工程'],
    years: 3,
    tier: 'shortage_professional',
    pay: [7000, 12000],
  }),
];

const SEP: Skills = { 稀土萃取: 4, 串级萃取理论与设计: 4, 稀土分离: 4, P507萃取体系: 3, 湿法冶金: 3 };
const SEP_SENIOR: Skills = { 稀土萃取: 5, 串级萃取理论与设计: 5, 稀土分离: 5, P507萃取体系: 4, 湿法冶金: 5, 项目管理: 4 };
const ELEC: Skills = { 熔盐电解: 4, 稀土金属冶炼: 4, 火法冶金: 3, 稀土电解槽操作: 3 };
const MAG: Skills = { 烧结钕铁硼: 4, 晶界扩散: 4, 磁体制备工艺: 4, 钕铁硼: 4 };
const PLC: Skills = { PLC编程: 4, 西门子PLC: 4, 工业自动化: 4, DCS集散控制系统: 3 };
const IT: Skills = { MES: 4, SQL: 4, 网络工程: 3, Python: 3 };
const SALES: Skills = { 销售: 4, 大客户管理: 4, 商务谈判: 4, 市场调研: 3 };
const OP: Skills = { 萃取槽操作: 3, 稀土沉淀: 3, 稀土灼烧: 2, 酸碱与有毒气体防护: 3 };
const ELECTRICIAN: Skills = { 电气设备维修: 4, 电气安全: 4, 低压电器: 3, 变频器: 3 };
const LAB: Skills = { 稀土分析: 4, 'ICP-OES': 4, 化学分析: 4, 仪器分析: 3 };
const RES: Skills = { 稀土功能材料: 5, 材料研发: 5, 材料表征: 4, 科研项目申报: 4 };
const EHS: Skills = { 安全生产管理: 4, 环境保护: 4, 危险源辨识: 4 };
const QE: Skills = { 质量管理: 4, 'ISO 9001': 4, 质量问题分析: 4, SPC: 3 };

const pair = (id: string, position: string, reason: HrReason, why: string, better: TalentSpec, worse: TalentSpec): HrPair => ({
  id,
  position: `hr-${position}`,
  reason,
  why,
  better: person(better),
  worse: person(worse),
});

export const HR_PAIRS: HrPair[] = [
  // Overqualified against fitting: a post two rungs below a candidate's job rarely keeps them, and its band does not pay them.
  pair('over-01', 'sep', 'overqualified', '总工程师来应聘4年经验的工程师岗，岗位和薪资都留不住人', { title: '稀土萃取分离工程师', years: 6, skills: SEP, major: '冶金工程', degree: 'bachelor' }, { title: '分离厂总工程师', years: 18, skills: SEP_SENIOR, major: '冶金工程', degree: 'master' }),
  pair('over-02', 'sep', 'overqualified', '技术部部长14年，管理岗来做工程师岗明显错位', { title: '湿法冶金工程师', years: 5, skills: SEP, major: '化学工程与工艺', degree: 'bachelor' }, { title: '稀土冶炼技术部部长', years: 14, skills: SEP_SENIOR, major: '冶金工程', degree: 'bachelor' }),
  pair('over-03', 'it', 'overqualified', '信息中心主任20年，工程师岗位用不上也留不住', { title: 'MES实施工程师', years: 5, skills: IT, major: '计算机科学与技术', degree: 'bachelor' }, { title: '信息中心主任', years: 20, skills: { ...IT, 项目管理: 5 }, major: '计算机科学与技术', degree: 'bachelor' }),
  pair('over-04', 'sales', 'overqualified', '营销中心总经理20年，来做销售经理不现实', { title: '销售经理', years: 7, skills: SALES, major: '市场营销', degree: 'bachelor' }, { title: '营销中心总经理', years: 20, skills: { ...SALES, 项目管理: 5 }, major: '市场营销', degree: 'bachelor' }),
  pair('over-05', 'plc', 'overqualified', '智能制造总监来应聘自动化工程师岗，资历远超', { title: '电气自动化工程师', years: 5, skills: PLC, major: '自动化', degree: 'bachelor' }, { title: '智能制造总监', years: 16, skills: { ...PLC, 项目管理: 5, MES: 4 }, major: '自动化', degree: 'master' }),
  pair('over-06', 'ndfeb', 'overqualified', '首席专家、博士、20年，不会长期做量产工艺工程师', { title: '钕铁硼烧结工艺工程师', years: 5, skills: MAG, major: '材料科学与工程', degree: 'bachelor' }, { title: '永磁材料首席专家', years: 20, skills: { ...MAG, 烧结钕铁硼: 5, 晶界扩散: 5 }, major: '材料科学与工程', degree: 'doctorate' }),
  pair('over-07', 'op', 'overqualified', '操作工岗位优先熟练操作工，工艺主管硕士做操作工不稳定', { title: '萃取操作工', years: 3, skills: OP, major: '冶金技术', degree: 'vocational', tier: 'skilled_worker' }, { title: '分离车间工艺主管', years: 10, skills: { ...SEP, 萃取槽操作: 4, 稀土沉淀: 4 }, major: '冶金工程', degree: 'master' }),
  pair('over-08', 'electrician', 'overqualified', '维修电工岗优先电工，电气主任工程师15年资历过高', { title: '维修电工', years: 4, skills: ELECTRICIAN, major: '电气自动化技术', degree: 'vocational', tier: 'skilled_worker' }, { title: '电气主任工程师', years: 15, skills: { ...ELECTRICIAN, 配电: 5 }, major: '电气工程及其自动化', degree: 'bachelor' }),
  pair('over-09', 'lab', 'overqualified', '检测员岗位，检测中心主任18年资历远超', { title: '化验员', years: 3, skills: LAB, major: '分析检验技术', degree: 'associate', tier: 'skilled_worker' }, { title: '检测中心主任', years: 18, skills: { ...LAB, 稀土分析: 5, 'ICP-OES': 5 }, major: '应用化学', degree: 'master' }),
  pair('over-10', 'ehs', 'overqualified', 'EHS总监18年来做安全环保工程师，明显高配', { title: '安全环保工程师', years: 5, skills: EHS, major: '安全工程', degree: 'bachelor' }, { title: 'EHS总监', years: 18, skills: { ...EHS, 安全生产管理: 5 }, major: '安全工程', degree: 'master' }),
  pair('over-11', 'qe', 'overqualified', '质量总监17年应聘质量工程师，资历和薪资都不匹配', { title: '质量工程师', years: 4, skills: QE, major: '质量管理工程', degree: 'bachelor' }, { title: '质量总监', years: 17, skills: { ...QE, 质量管理: 5 }, major: '质量管理工程', degree: 'master' }),
  pair('over-12', 'elec', 'overqualified', '冶炼厂总工程师20年做电解工艺工程师，岗位错配', { title: '熔盐电解工艺工程师', years: 4, skills: ELEC, major: '冶金工程', degree: 'bachelor' }, { title: '金属冶炼厂总工程师', years: 20, skills: { ...ELEC, 熔盐电解: 5, 稀土金属冶炼: 5 }, major: '冶金工程', degree: 'master' }),
  pair('over-13', 'mono', 'overqualified', '单晶厂厂长15年来做拉晶工艺工程师，资历远超', { title: '单晶工艺工程师', years: 3, skills: { 直拉单晶: 4, 单晶硅生产: 4 }, major: '新能源材料与器件', degree: 'bachelor' }, { title: '单晶厂厂长', years: 15, skills: { 直拉单晶: 5, 单晶硅生产: 5, 项目管理: 4 }, major: '材料科学与工程', degree: 'bachelor' }),
  pair('over-14', 'gosteel', 'overqualified', '技术中心主任博士做退火工艺工程师，明显高配', { title: '取向硅钢退火工艺工程师', years: 4, skills: { 取向硅钢: 4, 高温退火: 4, 冷轧: 3 }, major: '金属材料工程', degree: 'bachelor' }, { title: '电工钢技术中心主任', years: 19, skills: { 取向硅钢: 5, 高温退火: 5, 冷轧: 5, 电工钢: 5 }, major: '材料科学与工程', degree: 'doctorate' }),

  // Underqualified against fitting.
  pair('under-01', 'head', 'underqualified', '部长岗要带团队，4年助理工程师撑不起', { title: '稀土冶炼技术部部长', years: 14, skills: SEP_SENIOR, major: '冶金工程', degree: 'bachelor' }, { title: '冶金助理工程师', years: 4, skills: { 稀土萃取: 3, 稀土分离: 3, 湿法冶金: 3 }, major: '冶金工程', degree: 'bachelor' }),
  pair('under-02', 'head', 'underqualified', '部长岗优先有多年主管经历者，5年工程师尚需历练', { title: '分离车间工艺主管', years: 12, skills: SEP_SENIOR, major: '冶金工程', degree: 'bachelor' }, { title: '稀土萃取分离工程师', years: 5, skills: SEP, major: '冶金工程', degree: 'bachelor' }),
  pair('under-03', 'research', 'underqualified', '研究员岗要能主持项目，研发助理2年不够', { title: '研究员', years: 12, skills: RES, major: '材料科学与工程', degree: 'doctorate', tier: 'high_level' }, { title: '研发助理', years: 2, skills: { 稀土功能材料: 3, 材料研发: 3, 材料表征: 3 }, major: '材料科学与工程', degree: 'doctorate' }),
  pair('under-04', 'sales', 'underqualified', '销售经理岗要5年以上，2年销售代表不够', { title: '大客户经理', years: 8, skills: SALES, major: '市场营销', degree: 'bachelor' }, { title: '销售代表', years: 2, skills: { 销售: 3, 大客户管理: 2, 商务谈判: 2 }, major: '市场营销', degree: 'bachelor' }),
  pair('under-05', 'sep', 'underqualified', '工程师岗要4年，2年技术员尚不能独立负责产线', { title: '稀土萃取分离工程师', years: 5, skills: SEP, major: '冶金工程', degree: 'bachelor' }, { title: '萃取工艺技术员', years: 2, skills: { 稀土萃取: 3, 串级萃取理论与设计: 2, 稀土分离: 3 }, major: '冶金工程', degree: 'bachelor' }),
  pair('under-06', 'plc', 'underqualified', '自动化工程师岗，2年技术员还不能独立编程调试', { title: '电气自动化工程师', years: 6, skills: PLC, major: '电气工程及其自动化', degree: 'bachelor' }, { title: '自动化技术员', years: 2, skills: { PLC编程: 2, 西门子PLC: 2, 工业自动化: 3 }, major: '电气工程及其自动化', degree: 'bachelor' }),
  pair('under-07', 'it', 'underqualified', '信息化工程师要独立实施MES，1年开发经验不足', { title: '数据分析工程师', years: 5, skills: IT, major: '软件工程', degree: 'bachelor' }, { title: '软件开发工程师', years: 1, skills: { MES: 2, SQL: 3, 网络工程: 2, Python: 3 }, major: '软件工程', degree: 'bachelor' }),

  // Right field against right keywords.
  pair('field-01', 'sep', 'right_field', '做萃取分离工艺的工程师，胜过只在销售话术里提到萃取的人', { title: '湿法冶金工程师', years: 6, skills: SEP, major: '冶金工程', degree: 'bachelor' }, { title: '稀土产品销售代表', years: 6, summary: '熟悉稀土萃取分离产品，向客户介绍串级萃取工艺和稀土分离产品纯度。', skills: { 销售: 4, 稀土萃取: 2, 稀土分离: 2 }, major: '市场营销', degree: 'bachelor' }),
  pair('field-02', 'ndfeb', 'right_field', '磁材研发工程师做工艺开发，优于懂名词的磁材销售', { title: '磁材研发工程师', years: 4, skills: MAG, major: '功能材料', degree: 'bachelor' }, { title: '磁材销售经理', years: 5, summary: '销售烧结钕铁硼磁体，了解晶界扩散和磁体制备工艺，对接客户技术需求。', skills: { 销售: 4, 大客户管理: 4, 钕铁硼: 2 }, major: '市场营销', degree: 'bachelor' }),
  pair('field-03', 'it', 'right_field', '做过MES实施的开发工程师，优于卖MES软件的销售', { title: '后端开发工程师', years: 5, skills: IT, major: '计算机科学与技术', degree: 'bachelor' }, { title: '软件销售经理', years: 6, summary: '负责MES和工业互联网软件销售，熟悉SQL数据库产品和网络工程项目报价。', skills: { 销售: 4, 商务谈判: 4, MES: 2 }, major: '市场营销', degree: 'bachelor' }),
  pair('field-04', 'plc', 'right_field', 'PLC编程工程师，优于卖自动化设备的销售代表', { title: 'PLC编程工程师', years: 4, skills: PLC, major: '自动化', degree: 'bachelor' }, { title: '自动化设备销售代表', years: 5, summary: '销售西门子PLC和变频器，了解工业自动化项目。', skills: { 销售: 4, 西门子PLC: 2, 工业自动化: 2 }, major: '市场营销', degree: 'bachelor' }),
  pair('field-05', 'research', 'right_field', '从事稀土功能材料研究的副研究员，优于专利代理人', { title: '副研究员', years: 8, skills: RES, major: '材料科学与工程', degree: 'doctorate' }, { title: '专利代理人', years: 8, summary: '代理稀土功能材料、材料研发和材料表征方向的专利申请。', skills: { 专利撰写: 5, 稀土功能材料: 2, 材料表征: 2 }, major: '材料科学与工程', degree: 'doctorate' }),
  pair('field-06', 'lab', 'right_field', '做稀土检测的分析员，优于教化学的老师', { title: '分析检测员', years: 3, skills: LAB, major: '分析检验技术', degree: 'associate', tier: 'skilled_worker' }, { title: '中学化学教师', years: 5, summary: '讲授化学分析和仪器分析课程，指导学生实验。', skills: { 化学分析: 3, 仪器分析: 2 }, major: '化学', degree: 'bachelor' }),
  pair('field-07', 'ehs', 'right_field', '注册安全工程师做过标准化建设，优于卖安全设备的销售', { title: '注册安全工程师', years: 5, skills: EHS, major: '安全工程', degree: 'bachelor' }, { title: '安全防护用品销售经理', years: 6, summary: '销售安全防护用品，熟悉安全生产管理和环境保护相关法规。', skills: { 销售: 4, 安全生产管理: 2 }, major: '市场营销', degree: 'bachelor' }),
  pair('field-08', 'elec', 'right_field', '稀土熔盐电解经验，优于铝电解槽控经验（邻近但不同的冶金领域）', { title: '熔盐电解工艺工程师', years: 4, skills: ELEC, major: '冶金工程', degree: 'bachelor' }, { title: '电解铝槽控工程师', years: 5, skills: { 电解铝: 4, 铝电解槽操作与控制: 4, 火法冶金: 3 }, major: '冶金工程', degree: 'bachelor' }),
  pair('field-09', 'gosteel', 'right_field', '电工钢冷轧工艺工程师，优于钢材贸易员', { title: '冷轧工艺工程师', years: 5, skills: { 取向硅钢: 3, 冷轧: 4, 高温退火: 3, 电工钢: 4 }, major: '金属材料工程', degree: 'bachelor' }, { title: '钢材贸易业务员', years: 6, summary: '经营取向硅钢和冷轧电工钢贸易，了解高温退火产品牌号。', skills: { 销售: 4, 商务谈判: 3 }, major: '国际经济与贸易', degree: 'bachelor' }),

  // Local or willing to move, against settled elsewhere and unwilling.
  pair('loc-01', 'sep', 'location', '人在包头可到岗，优于在赣州且不愿迁居者', { title: '稀土萃取分离工程师', years: 5, skills: SEP, major: '冶金工程', degree: 'bachelor' }, { title: '稀土萃取分离工程师', years: 6, skills: SEP, major: '冶金工程', degree: 'bachelor', city: '赣州', relocate: false }),
  pair('loc-02', 'ndfeb', 'location', '愿意来包头的宁波工程师，优于不愿迁居者', { title: '钕铁硼烧结工艺工程师', years: 5, skills: MAG, major: '材料科学与工程', degree: 'bachelor', city: '宁波', relocate: true }, { title: '钕铁硼烧结工艺工程师', years: 5, skills: MAG, major: '材料科学与工程', degree: 'bachelor', city: '宁波', relocate: false }),
  pair('loc-03', 'op', 'location', '操作工岗位优先本地人员', { title: '萃取操作工', years: 3, skills: OP, major: '冶金技术', degree: 'vocational', tier: 'skilled_worker' }, { title: '萃取操作工', years: 4, skills: OP, major: '冶金技术', degree: 'vocational', tier: 'skilled_worker', city: '呼和浩特', relocate: false }),
  pair('loc-04', 'research', 'location', '高层次岗位可柔性引才，但能全职到岗的本地研究员仍优先', { title: '研究员', years: 10, skills: RES, major: '材料科学与工程', degree: 'doctorate', tier: 'high_level' }, { title: '研究员', years: 10, skills: RES, major: '材料科学与工程', degree: 'doctorate', tier: 'high_level', city: '上海', relocate: false }),
  pair('loc-05', 'it', 'location', '本地信息化工程师，优于西安不愿迁居者', { title: 'MES实施工程师', years: 5, skills: IT, major: '计算机科学与技术', degree: 'bachelor' }, { title: 'MES实施工程师', years: 7, skills: IT, major: '计算机科学与技术', degree: 'bachelor', city: '西安', relocate: false }),
  pair('loc-06', 'electrician', 'location', '电工岗优先本地', { title: '维修电工', years: 4, skills: ELECTRICIAN, major: '电气自动化技术', degree: 'vocational', tier: 'skilled_worker' }, { title: '维修电工', years: 5, skills: ELECTRICIAN, major: '电气自动化技术', degree: 'vocational', tier: 'skilled_worker', city: '鄂尔多斯', relocate: false }),

  // Right major against unrelated.
  pair('major-01', 'sep', 'major', '冶金工程科班出身，优于工商管理专业（其他条件相同）', { title: '稀土萃取分离工程师', years: 5, skills: SEP, major: '冶金工程', degree: 'bachelor' }, { title: '稀土萃取分离工程师', years: 5, skills: SEP, major: '工商管理', degree: 'bachelor' }),
  pair('major-02', 'campus', 'major', '应届岗看专业：冶金工程优于汉语言文学', { title: '冶金工程专业应届生', years: 0, skills: { 湿法冶金: 2, 稀土分离: 2 }, major: '冶金工程', degree: 'bachelor' }, { title: '汉语言文学专业应届生', years: 0, skills: { 办公软件: 3, 沟通协调: 3 }, major: '汉语言文学', degree: 'bachelor' }),
  pair('major-03', 'campus', 'major', '化学工程与工艺应届生，优于市场营销应届生', { title: '化工专业应届生', years: 0, skills: { 湿法冶金: 2, 化工单元操作: 3 }, major: '化学工程与工艺', degree: 'bachelor' }, { title: '市场营销专业应届生', years: 0, skills: { 市场调研: 3, 沟通协调: 3 }, major: '市场营销', degree: 'bachelor' }),
  pair('major-04', 'mono', 'major', '新能源材料专业的拉晶工程师，优于会计专业转岗者', { title: '单晶工艺工程师', years: 3, skills: { 直拉单晶: 3, 单晶硅生产: 3 }, major: '新能源材料与器件', degree: 'bachelor' }, { title: '单晶工艺工程师', years: 3, skills: { 直拉单晶: 3, 单晶硅生产: 3 }, major: '会计学', degree: 'bachelor' }),
  pair('major-05', 'plc', 'major', '自动化专业优于英语专业（同样的PLC经验）', { title: '电气自动化工程师', years: 5, skills: PLC, major: '电气工程及其自动化', degree: 'bachelor' }, { title: '电气自动化工程师', years: 5, skills: PLC, major: '英语', degree: 'bachelor' }),
  pair('major-06', 'research', 'major', '材料博士做材料研究，优于工商管理博士', { title: '副研究员', years: 7, skills: RES, major: '材料科学与工程', degree: 'doctorate' }, { title: '副研究员', years: 7, skills: RES, major: '工商管理', degree: 'doctorate' }),

  // Years that fit the post.
  pair('years-01', 'sep', 'years', '要求4年：6年工程师优于2年工程师', { title: '稀土萃取分离工程师', years: 6, skills: SEP, major: '冶金工程', degree: 'bachelor' }, { title: '稀土萃取分离工程师', years: 2, skills: SEP, major: '冶金工程', degree: 'bachelor' }),
  pair('years-02', 'electrician', 'years', '要求2年：4年电工优于1年电工', { title: '维修电工', years: 4, skills: ELECTRICIAN, major: '电气自动化技术', degree: 'vocational', tier: 'skilled_worker' }, { title: '维修电工', years: 1, skills: ELECTRICIAN, major: '电气自动化技术', degree: 'vocational', tier: 'skilled_worker' }),
  pair('years-03', 'sales', 'years', '要求5年：7年销售经理优于3年销售经理', { title: '销售经理', years: 7, skills: SALES, major: '市场营销', degree: 'bachelor' }, { title: '销售经理', years: 3, skills: SALES, major: '市场营销', degree: 'bachelor' }),
  pair('years-04', 'head', 'years', '部长岗要求10年：13年优于6年', { title: '稀土冶炼技术部部长', years: 13, skills: SEP_SENIOR, major: '冶金工程', degree: 'bachelor' }, { title: '分离车间工艺主管', years: 6, skills: SEP_SENIOR, major: '冶金工程', degree: 'bachelor' }),
  pair('years-05', 'qe', 'years', '要求3年：4年质量工程师优于1年', { title: '质量工程师', years: 4, skills: QE, major: '质量管理工程', degree: 'bachelor' }, { title: '质量工程师', years: 1, skills: QE, major: '质量管理工程', degree: 'bachelor' }),
  pair('years-06', 'ehs', 'years', '要求3年：5年安全环保工程师优于1年安全员', { title: '安全环保工程师', years: 5, skills: EHS, major: '安全工程', degree: 'bachelor' }, { title: '安全员', years: 1, skills: { 安全生产管理: 3, 环境保护: 2, 危险源辨识: 3 }, major: '安全工程', degree: 'associate' }),

  // Expected pay against the band.
  pair('pay-01', 'sep', 'salary', '期望在岗位薪资范围内，优于期望2万以上者', { title: '稀土萃取分离工程师', years: 6, skills: SEP, major: '冶金工程', degree: 'bachelor', pay: [10000, 12000] }, { title: '稀土萃取分离工程师', years: 6, skills: SEP, major: '冶金工程', degree: 'bachelor', pay: [20000, 25000] }),
  pair('pay-02', 'it', 'salary', '期望9千在范围内，优于期望1.8万者', { title: 'MES实施工程师', years: 5, skills: IT, major: '计算机科学与技术', degree: 'bachelor', pay: [9000, 10000] }, { title: 'MES实施工程师', years: 5, skills: IT, major: '计算机科学与技术', degree: 'bachelor', pay: [18000, 20000] }),
  pair('pay-03', 'op', 'salary', '操作工岗期望6千左右，优于期望1万者', { title: '萃取操作工', years: 3, skills: OP, major: '冶金技术', degree: 'vocational', tier: 'skilled_worker', pay: [5500, 6500] }, { title: '萃取操作工', years: 3, skills: OP, major: '冶金技术', degree: 'vocational', tier: 'skilled_worker', pay: [10000, 12000] }),
  pair('pay-04', 'sales', 'salary', '未填期望薪资，优于期望3万以上（岗位上限1.85万）', { title: '销售经理', years: 7, skills: SALES, major: '市场营销', degree: 'bachelor' }, { title: '销售经理', years: 7, skills: SALES, major: '市场营销', degree: 'bachelor', pay: [30000, 40000] }),
  pair('pay-05', 'research', 'salary', '研究员期望2.5万在范围内，优于期望5万者', { title: '研究员', years: 10, skills: RES, major: '材料科学与工程', degree: 'doctorate', tier: 'high_level', pay: [25000, 30000] }, { title: '研究员', years: 10, skills: RES, major: '材料科学与工程', degree: 'doctorate', tier: 'high_level', pay: [50000, 60000] }),
  pair('pay-06', 'ndfeb', 'salary', '期望1.2万在范围内，优于期望2.2万者', { title: '钕铁硼烧结工艺工程师', years: 5, skills: MAG, major: '材料科学与工程', degree: 'bachelor', pay: [12000, 14000] }, { title: '钕铁硼烧结工艺工程师', years: 5, skills: MAG, major: '材料科学与工程', degree: 'bachelor', pay: [22000, 25000] }),

  // Required skills covered against missing.
  pair('skill-01', 'sep', 'skills', '三项必备技能都具备，优于只会一项且水平低', { title: '稀土萃取分离工程师', years: 5, skills: SEP, major: '冶金工程', degree: 'bachelor' }, { title: '稀土萃取分离工程师', years: 5, skills: { 稀土萃取: 2, 稀土沉淀: 3 }, major: '冶金工程', degree: 'bachelor' }),
  pair('skill-02', 'plc', 'skills', '西门子PLC和编程都熟练，优于只懂一点PLC', { title: '电气自动化工程师', years: 5, skills: PLC, major: '自动化', degree: 'bachelor' }, { title: '电气自动化工程师', years: 5, skills: { PLC编程: 2, 低压电器: 3 }, major: '自动化', degree: 'bachelor' }),
  pair('skill-03', 'ndfeb', 'skills', '掌握晶界扩散和烧结，优于只了解钕铁硼', { title: '钕铁硼烧结工艺工程师', years: 4, skills: MAG, major: '材料科学与工程', degree: 'bachelor' }, { title: '钕铁硼烧结工艺工程师', years: 4, skills: { 钕铁硼: 2 }, major: '材料科学与工程', degree: 'bachelor' }),
  pair('skill-04', 'lab', 'skills', '会ICP-OES和稀土分析，优于只做过常规化学分析', { title: '化验员', years: 3, skills: LAB, major: '分析检验技术', degree: 'associate', tier: 'skilled_worker' }, { title: '化验员', years: 3, skills: { 化学分析: 2 }, major: '分析检验技术', degree: 'associate', tier: 'skilled_worker' }),

  // Degree minimum.
  pair('degree-01', 'research', 'degree', '研究员岗要求博士，硕士不符合', { title: '副研究员', years: 8, skills: RES, major: '材料科学与工程', degree: 'doctorate' }, { title: '副研究员', years: 8, skills: RES, major: '材料科学与工程', degree: 'master' }),
  pair('degree-02', 'sep', 'degree', '要求本科，大专学历不符合', { title: '稀土萃取分离工程师', years: 5, skills: SEP, major: '冶金工程', degree: 'bachelor' }, { title: '稀土萃取分离工程师', years: 5, skills: SEP, major: '冶金技术', degree: 'associate' }),
  pair('degree-03', 'gosteel', 'degree', '要求本科：本科工程师优于中专技术员', { title: '取向硅钢退火工艺工程师', years: 4, skills: { 取向硅钢: 4, 高温退火: 4, 冷轧: 3 }, major: '金属材料工程', degree: 'bachelor' }, { title: '硅钢工艺技术员', years: 6, skills: { 取向硅钢: 3, 高温退火: 3, 冷轧: 3 }, major: '金属材料工程', degree: 'vocational', tier: 'skilled_worker' }),

  // Campus posts are for graduates.
  pair('campus-01', 'campus', 'campus', '应届生岗位：应届硕士优于20年总工程师', { title: '冶金工程硕士应届生', years: 0, skills: { 湿法冶金: 3, 稀土分离: 3 }, major: '冶金工程', degree: 'master' }, { title: '分离厂总工程师', years: 20, skills: SEP_SENIOR, major: '冶金工程', degree: 'master' }),
  pair('campus-02', 'campus', 'campus', '应届生岗位：应届本科优于8年工艺工程师', { title: '化学工程与工艺应届生', years: 0, summary: '在稀土分离企业完成顶岗实习。', skills: { 湿法冶金: 2, 稀土分离: 2 }, major: '化学工程与工艺', degree: 'bachelor' }, { title: '化工工艺工程师', years: 8, skills: { 湿法冶金: 3, 稀土分离: 3, 化学工程: 4 }, major: '化学工程与工艺', degree: 'bachelor' }),
  pair('campus-03', 'campus', 'campus', '应届生岗位：应届本科优于高级工程师', { title: '冶金工程应届生', years: 0, skills: { 湿法冶金: 2, 稀土分离: 2 }, major: '冶金工程', degree: 'bachelor' }, { title: '高级工程师', years: 12, skills: { 湿法冶金: 4, 稀土分离: 4 }, major: '冶金工程', degree: 'bachelor' }),

  // Mixed.
  pair('mixed-01', 'sales', 'location', '本地大客户经理，优于不愿来包头的销售总监', { title: '大客户经理', years: 7, skills: SALES, major: '市场营销', degree: 'bachelor' }, { title: '销售总监', years: 12, skills: SALES, major: '市场营销', degree: 'bachelor', city: '深圳', relocate: false }),
  pair('mixed-02', 'ehs', 'underqualified', '安全环保工程师岗：5年工程师优于1年中专安全员', { title: '安全环保工程师', years: 5, skills: EHS, major: '环境工程', degree: 'bachelor' }, { title: '安全员', years: 1, skills: { 安全生产管理: 2, 危险源辨识: 2 }, major: '安全技术', degree: 'vocational', tier: 'skilled_worker' }),
  pair('mixed-03', 'op', 'overqualified', '操作工岗：3年操作工优于应届冶金硕士（不会久留）', { title: '萃取操作工', years: 3, skills: OP, major: '冶金技术', degree: 'vocational', tier: 'skilled_worker' }, { title: '冶金工程硕士应届生', years: 0, skills: { 湿法冶金: 3, 稀土分离: 3 }, major: '冶金工程', degree: 'master' }),
];
