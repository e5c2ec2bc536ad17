/**
 * Enterprises and research bodies of the demo data set. The first ten are named in public reports on the
 * zone (zone-facts); only their names, industries and the zone as their location are used, nothing else
 * about them is asserted. The rest are invented firms typical of the zone's industries.
 */
import type { Industry } from '../../domain/vocabulary';
import { fakeCreditCode } from './credit-code';
import type { DemoEnterprise } from './demo-data.types';
import { randomName } from './names';
import { rngFor } from './prng';

interface EnterpriseSeed {
  key: string;
  nameZh: string;
  nameEn: string;
  industry: Industry;
  park: string;
  kind: 'enterprise' | 'research';
  /** True for the firms and bodies named in public reports; their credit codes are left null. */
  real: boolean;
  /** Relative share of the 225 urgent positions. */
  positionWeight: number;
}

/** Used for the real firms: the reports place them in the zone but not in a sub-park. */
const ZONE = '稀土高新区';
const RE_APPLICATION_PARK = '稀土应用产业园区';
const ALUMINIUM_PARK = '希望铝业园区';
const BINHE = '滨河新区';
const CORE = '高新区核心区';

type Row = readonly [string, string, string, Industry, string, number];

const REAL: readonly Row[] = [
  ['ent-northern-rare-earth', '中国北方稀土（集团）高科技股份有限公司', 'China Northern Rare Earth (Group) High-Tech Co., Ltd.', 'rare_earth', ZONE, 24],
  ['ent-weifeng', '包头威丰稀土电磁材料股份有限公司', 'Baotou Weifeng Rare Earth Electromagnetic Materials Co., Ltd.', 'electrical_steel', ZONE, 12],
  ['ent-shuangliang-silicon', '双良硅材料（包头）有限公司', 'Shuangliang Silicon Materials (Baotou) Co., Ltd.', 'silicon_pv', ZONE, 12],
  ['ent-yingsite', '包头市英思特稀磁新材料股份有限公司', 'Baotou Yingsite Rare Earth Magnetic New Materials Co., Ltd.', 'magnets', ZONE, 9],
  ['ent-jiangxin-micromotor', '包头江馨微电机科技有限公司', 'Baotou Jiangxin Micro-Motor Technology Co., Ltd.', 'electronics', ZONE, 8],
  // Industry of the next two is an assumption made for the demo (the reports do not state it).
  ['ent-hongyuan-electric', '宏远电器', 'Hongyuan Electric', 'equipment', ZONE, 5],
  ['ent-bote', '内蒙古博特科技有限责任公司', 'Inner Mongolia Bote Technology Co., Ltd.', 'electronics', ZONE, 5],
];

const REAL_RESEARCH: readonly Row[] = [
  ['ent-cas-baotou-re-center', '中国科学院包头稀土研发中心', 'Baotou Rare Earth R&D Center, Chinese Academy of Sciences', 'research', ZONE, 7],
  ['ent-sjtu-baotou-institute', '上海交通大学包头材料研究院', 'Shanghai Jiao Tong University Baotou Materials Research Institute', 'research', ZONE, 6],
  ['ent-national-re-innovation-center', '国家稀土功能材料创新中心', 'National Rare Earth Functional Materials Innovation Center', 'research', ZONE, 6],
];

/** Invented firms: names chosen to be plausible for the zone, not to resemble any particular firm. */
const INVENTED: readonly Row[] = [
  ['ent-yulan-re-separation', '包头昱澜稀土分离有限公司', 'Baotou Yulan Rare Earth Separation Co., Ltd.', 'rare_earth', RE_APPLICATION_PARK, 8],
  ['ent-hengtuo-re-metals', '内蒙古衡拓稀土金属材料有限公司', 'Inner Mongolia Hengtuo Rare Earth Metal Materials Co., Ltd.', 'rare_earth', RE_APPLICATION_PARK, 7],
  ['ent-boyun-polishing', '包头铂韵稀土抛光材料有限公司', 'Baotou Boyun Rare Earth Polishing Materials Co., Ltd.', 'rare_earth', RE_APPLICATION_PARK, 5],
  ['ent-kerui-catalyst', '包头科睿稀土催化材料有限公司', 'Baotou Kerui Rare Earth Catalytic Materials Co., Ltd.', 'rare_earth', BINHE, 5],
  ['ent-jincheng-hydrogen-alloy', '包头锦澄稀土储氢材料有限公司', 'Baotou Jincheng Rare Earth Hydrogen Storage Materials Co., Ltd.', 'rare_earth', BINHE, 5],
  ['ent-cifeng-magnet', '包头磁峰永磁科技有限公司', 'Baotou Cifeng Permanent Magnet Technology Co., Ltd.', 'magnets', RE_APPLICATION_PARK, 7],
  ['ent-nuchen-magnetics', '内蒙古钕辰磁业有限公司', 'Inner Mongolia Nuchen Magnetics Co., Ltd.', 'magnets', RE_APPLICATION_PARK, 6],
  ['ent-hengci-motor', '包头恒磁电机科技有限公司', 'Baotou Hengci Motor Technology Co., Ltd.', 'magnets', BINHE, 5],
  ['ent-honggui-steel-processing', '包头宏硅电工钢加工有限公司', 'Baotou Honggui Electrical Steel Processing Co., Ltd.', 'electrical_steel', BINHE, 5],
  ['ent-shenggang-strip', '包头晟钢精密带材有限公司', 'Baotou Shenggang Precision Strip Co., Ltd.', 'electrical_steel', CORE, 5],
  ['ent-jingchi-pv', '包头晶驰光伏科技有限公司', 'Baotou Jingchi Photovoltaic Technology Co., Ltd.', 'silicon_pv', BINHE, 7],
  ['ent-guiyuan-polysilicon', '内蒙古硅源新材料有限公司', 'Inner Mongolia Guiyuan New Materials Co., Ltd.', 'silicon_pv', BINHE, 6],
  ['ent-yanghui-modules', '包头阳辉光伏组件有限公司', 'Baotou Yanghui PV Modules Co., Ltd.', 'silicon_pv', CORE, 5],
  ['ent-lanlv-materials', '包头澜铝新材料有限公司', 'Baotou Lanlv New Materials Co., Ltd.', 'aluminium_copper', ALUMINIUM_PARK, 6],
  ['ent-lvtuo-alloy', '包头铝拓轻合金科技有限公司', 'Baotou Lvtuo Light Alloy Technology Co., Ltd.', 'aluminium_copper', ALUMINIUM_PARK, 5],
  ['ent-tongding-cable', '内蒙古铜鼎电缆有限公司', 'Inner Mongolia Tongding Cable Co., Ltd.', 'aluminium_copper', ALUMINIUM_PARK, 4],
  ['ent-qingneng-storage', '包头青能储能科技有限公司', 'Baotou Qingneng Energy Storage Technology Co., Ltd.', 'energy', BINHE, 4],
  ['ent-qinglu-hydrogen', '包头氢鹿新能源有限公司', 'Baotou Qinglu New Energy Co., Ltd.', 'energy', BINHE, 4],
  ['ent-fengchi-om', '内蒙古风驰新能源运维有限公司', 'Inner Mongolia Fengchi New Energy O&M Co., Ltd.', 'energy', CORE, 4],
  ['ent-dingrui-equipment', '包头鼎锐智能装备有限公司', 'Baotou Dingrui Intelligent Equipment Co., Ltd.', 'equipment', CORE, 5],
  ['ent-tuoheng-metallurgical', '包头拓恒冶金装备有限公司', 'Baotou Tuoheng Metallurgical Equipment Co., Ltd.', 'equipment', RE_APPLICATION_PARK, 5],
  ['ent-chengfeng-precision', '包头铖锋精密机械有限公司', 'Baotou Chengfeng Precision Machinery Co., Ltd.', 'equipment', CORE, 5],
  ['ent-xinci-sensing', '包头芯磁传感科技有限公司', 'Baotou Xinci Sensing Technology Co., Ltd.', 'electronics', CORE, 5],
  ['ent-zhicheng-electronics', '包头智铖电子科技有限公司', 'Baotou Zhicheng Electronics Technology Co., Ltd.', 'electronics', CORE, 5],
  ['ent-jucai-hr', '包头聚才人力资源服务有限公司', 'Baotou Jucai Human Resources Services Co., Ltd.', 'services', CORE, 3],
];

function toSeed(row: Row, real: boolean, kind: 'enterprise' | 'research'): EnterpriseSeed {
  const [key, nameZh, nameEn, industry, park, positionWeight] = row;
  return { key, nameZh, nameEn, industry, park, kind, real, positionWeight };
}

export const ENTERPRISE_SEEDS: readonly EnterpriseSeed[] = [
  ...REAL.map((r) => toSeed(r, true, 'enterprise')),
  ...REAL_RESEARCH.map((r) => toSeed(r, true, 'research')),
  ...INVENTED.map((r) => toSeed(r, false, 'enterprise')),
];

/** Keys of the enterprises and research bodies that exist; the others are invented. */
export const REAL_ENTERPRISE_KEYS: readonly string[] = ENTERPRISE_SEEDS.filter((e) => e.real).map((e) => e.key);

export function buildEnterprises(seed: number): DemoEnterprise[] {
  const rng = rngFor(seed, 'enterprises');
  let serial = 0;
  return ENTERPRISE_SEEDS.map((e) => ({
    key: e.key,
    nameZh: e.nameZh,
    nameEn: e.nameEn,
    industry: e.industry,
    park: e.park,
    contactPerson: randomName(rng).name,
    creditCode: e.real ? null : fakeCreditCode(++serial),
    kind: e.kind,
  }));
}

/**
 * Splits `total` positions over the enterprises in proportion to their weights (largest remainder, ties
 * by list order), so the split does not depend on the seed.
 */
export function positionQuota(total: number): Map<string, number> {
  const weightSum = ENTERPRISE_SEEDS.reduce((s, e) => s + e.positionWeight, 0);
  const exact = ENTERPRISE_SEEDS.map((e) => (e.positionWeight * total) / weightSum);
  const quota = exact.map(Math.floor);
  let left = total - quota.reduce((s, q) => s + q, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    quota[i]++;
  }
  return new Map(ENTERPRISE_SEEDS.map((e, i) => [e.key, quota[i]]));
}
