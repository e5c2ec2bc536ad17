/**
 * Shape of the shipped skill taxonomy and the compact row format its branch files are written in.
 * Rows are tuples so that 500+ skills stay readable and diffable; `branch()` expands them.
 */

export const SKILL_CATEGORIES = [
  'process',
  'materials',
  'equipment',
  'electrical',
  'automation',
  'software',
  'analysis',
  'quality',
  'safety',
  'management',
  'language',
  'general',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface SkillRecord {
  /** Stable kebab-case ASCII id; stored in matches, so never renamed once shipped. */
  id: string;
  zh: string;
  en: string;
  /** Synonyms in either language: abbreviations, trade names, spellings seen in job postings. */
  aliases: string[];
  /** Parent id, or null for a branch root. */
  broader: string | null;
  category: SkillCategory;
  /** 《中华人民共和国职业分类大典》(2022) group, e.g. '2-02-05 冶金工程技术人员'; absent when no group fits clearly. */
  occupationGroup?: string;
}

/** [id, zh, en, aliases separated by '|', broader id]. */
export type SkillRow = readonly [string, string, string, string, string | null];

export interface BranchDefaults {
  category: SkillCategory;
  occupationGroup?: string;
}

export function branch(defaults: BranchDefaults, rows: readonly SkillRow[]): SkillRecord[] {
  return rows.map(([id, zh, en, aliases, broader]) => {
    const record: SkillRecord = {
      id,
      zh,
      en,
      aliases: aliases ? aliases.split('|').map((a) => a.trim()).filter((a) => a.length > 0) : [],
      broader,
      category: defaults.category,
    };
    if (defaults.occupationGroup) record.occupationGroup = defaults.occupationGroup;
    return record;
  });
}

/** Occupation groups used by the branches; kept to codes whose numbering is certain. */
export const OCC = {
  mining: '2-02-03 矿山工程技术人员',
  metallurgy: '2-02-05 冶金工程技术人员',
  chemical: '2-02-06 化工工程技术人员',
  mechanical: '2-02-07 机械工程技术人员',
  electronics: '2-02-09 电子工程技术人员',
  ict: '2-02-10 信息和通信工程技术人员',
  electrical: '2-02-11 电气工程技术人员',
  power: '2-02-12 电力工程技术人员',
  engineering: '2-02 工程技术人员',
  research: '2-01 科学研究人员',
  finance: '2-06 经济和金融专业人员',
  smeltingWorkers: '6-17 金属冶炼和压延加工人员',
  machiningWorkers: '6-18 机械制造基础加工人员',
  utilityWorkers: '6-28 电力、热力、气体、水生产和输配人员',
  productionSupport: '6-31 生产辅助人员',
} as const;
