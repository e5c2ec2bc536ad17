/**
 * Closed vocabularies shared by the API, the database and the matching engine.
 * Codes are stable ASCII identifiers; the Chinese label is what users see first.
 * Pure module: no framework imports, so the engine may use it.
 */

/** Degree ladder, lowest first. The index in DEGREES is the rank used for comparisons. */
export const DEGREES = ['vocational', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type Degree = (typeof DEGREES)[number];
export const DEGREE_LABELS: Record<Degree, { zh: string; en: string }> = {
  vocational: { zh: '中专/技校', en: 'Secondary vocational' },
  associate: { zh: '大专', en: 'Associate (junior college)' },
  bachelor: { zh: '本科', en: "Bachelor's" },
  master: { zh: '硕士', en: "Master's" },
  doctorate: { zh: '博士', en: 'Doctorate' },
};
export function degreeRank(degree: Degree | null | undefined): number {
  return degree ? DEGREES.indexOf(degree) : -1;
}

/** Policy tiers of the zone (zone-facts: talent tiers and programmes). */
export const TIERS = ['high_level', 'shortage_professional', 'graduate', 'skilled_worker'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABELS: Record<Tier, { zh: string; en: string }> = {
  high_level: { zh: '高层次人才', en: 'High-level talent' },
  shortage_professional: { zh: '专业型紧缺人才', en: 'Professional talent in short supply' },
  graduate: { zh: '高校毕业生', en: 'University graduate' },
  skilled_worker: { zh: '职业技能人才', en: 'Skilled worker' },
};

/** The zone's industries (zone-facts: industries the zone recruits for). */
export const INDUSTRIES = [
  'rare_earth',
  'magnets',
  'electrical_steel',
  'silicon_pv',
  'aluminium_copper',
  'energy',
  'equipment',
  'electronics',
  'research',
  'services',
] as const;
export type Industry = (typeof INDUSTRIES)[number];
export const INDUSTRY_LABELS: Record<Industry, { zh: string; en: string }> = {
  rare_earth: { zh: '稀土', en: 'Rare earth' },
  magnets: { zh: '稀土永磁', en: 'Rare-earth magnets' },
  electrical_steel: { zh: '电工钢', en: 'Electrical steel' },
  silicon_pv: { zh: '硅材料与光伏', en: 'Silicon and photovoltaics' },
  aluminium_copper: { zh: '铝铜', en: 'Aluminium and copper' },
  energy: { zh: '现代能源', en: 'Modern energy' },
  equipment: { zh: '现代装备制造', en: 'Modern equipment manufacturing' },
  electronics: { zh: '电子信息', en: 'Electronics and information' },
  research: { zh: '科研机构', en: 'Research institutes' },
  services: { zh: '人力资源与服务', en: 'HR and services' },
};

export const POSITION_STATUSES = ['open', 'paused', 'filled', 'closed'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

export const PARTNERSHIP_TYPES = ['job_fair', 'order_training', 'internship', 'joint_research', 'mentoring'] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];
export const PARTNERSHIP_LABELS: Record<PartnershipType, { zh: string; en: string }> = {
  job_fair: { zh: '双选会', en: 'Two-way job fair' },
  order_training: { zh: '订单培养', en: 'Order-based training' },
  internship: { zh: '顶岗实习', en: 'Placement internship' },
  joint_research: { zh: '联合研发', en: 'Joint research' },
  mentoring: { zh: '1+1结对', en: '1+1 mentoring' },
};

/** Skill proficiency, 1 (aware) to 5 (expert). */
export const SKILL_LEVEL_MIN = 1;
export const SKILL_LEVEL_MAX = 5;
