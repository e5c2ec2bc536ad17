/** Labels for the API's closed vocabularies (same codes as src/domain/vocabulary.ts). */
type Labels = Record<string, { zh: string; en: string }>;

export const INDUSTRY_LABELS: Labels = {
  rare_earth: { zh: '稀土', en: 'Rare earth' },
  magnets: { zh: '稀土永磁', en: 'Rare-earth magnets' },
  electrical_steel: { zh: '电工钢', en: 'Electrical steel' },
  silicon_pv: { zh: '硅材料与光伏', en: 'Silicon and PV' },
  aluminium_copper: { zh: '铝铜', en: 'Aluminium and copper' },
  energy: { zh: '现代能源', en: 'Modern energy' },
  equipment: { zh: '现代装备制造', en: 'Equipment manufacturing' },
  electronics: { zh: '电子信息', en: 'Electronics' },
  research: { zh: '科研机构', en: 'Research institutes' },
  services: { zh: '人力资源与服务', en: 'HR and services' },
};
export const INDUSTRIES = Object.keys(INDUSTRY_LABELS);

export const TIER_LABELS: Labels = {
  high_level: { zh: '高层次人才', en: 'High-level talent' },
  shortage_professional: { zh: '专业型紧缺人才', en: 'Professional in short supply' },
  graduate: { zh: '高校毕业生', en: 'University graduate' },
  skilled_worker: { zh: '职业技能人才', en: 'Skilled worker' },
};

export const DEGREE_LABELS: Labels = {
  vocational: { zh: '中专/技校', en: 'Vocational' },
  associate: { zh: '大专', en: 'Associate' },
  bachelor: { zh: '本科', en: "Bachelor's" },
  master: { zh: '硕士', en: "Master's" },
  doctorate: { zh: '博士', en: 'Doctorate' },
};

export const KIND_LABELS: Labels = {
  talent: { zh: '人才', en: 'Talents' },
  position: { zh: '岗位', en: 'Positions' },
  programme: { zh: '专业培养', en: 'Programmes' },
  rebuild: { zh: '全量重建', en: 'Full rebuild' },
  skill: { zh: '技能', en: 'Skills' },
};

export const PARTNERSHIP_LABELS: Labels = {
  job_fair: { zh: '双选会', en: 'Two-way job fair' },
  order_training: { zh: '订单培养', en: 'Order-based training' },
  internship: { zh: '顶岗实习', en: 'Placement internship' },
  joint_research: { zh: '联合研发', en: 'Joint research' },
  mentoring: { zh: '1+1结对', en: '1+1 mentoring' },
};
