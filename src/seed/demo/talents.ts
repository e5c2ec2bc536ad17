/**
 * About 2,000 synthetic registered talents (入库人才) across the four policy tiers, drawn from archetypes
 * so that each one's education, work history, skills and headline agree with each other.
 */
import { DEGREE_LABELS, type Degree, type Tier } from '../../domain/vocabulary';
import type { DemoEnterprise, DemoProgramme, DemoTalent, DemoTalentSkill, DemoUniversity } from './demo-data.types';
import { RARE_NAME_COUNT, randomName, rareName } from './names';
import { type Rng, rngFor } from './prng';
import { buildEducation, buildWork, pickDegree, REFERENCE_YEAR, SchoolPicker, timeline, titleAt } from './talent-career';
import { GENERAL_ARCHETYPES } from './talent-archetypes-general';
import { PROFESSIONAL_ARCHETYPES } from './talent-archetypes-professional';
import { SKILLED_ARCHETYPES } from './talent-archetypes-skilled';
import type { TalentArchetype } from './talent-archetypes.types';

export const TALENT_COUNT = 2000;

/** 5% high-level, 30% shortage professionals, 35% graduates, 30% skilled workers. */
const TIER_COUNTS: readonly (readonly [Tier, number])[] = [
  ['high_level', 100],
  ['shortage_professional', 600],
  ['graduate', 700],
  ['skilled_worker', 600],
];

export const ARCHETYPES: readonly TalentArchetype[] = [...PROFESSIONAL_ARCHETYPES, ...GENERAL_ARCHETYPES, ...SKILLED_ARCHETYPES];

const OTHER_CITIES: readonly (readonly [string, number])[] = [
  ['呼和浩特', 10], ['鄂尔多斯', 4], ['兰州', 6], ['北京', 6], ['西安', 5], ['太原', 4], ['沈阳', 3],
  ['赣州', 3], ['银川', 3], ['天津', 3], ['上海', 2], ['长沙', 2], ['昆明', 1], ['宁波', 2],
];
const INNER_MONGOLIA = new Set(['包头', '呼和浩特', '鄂尔多斯']);
const BRANDS = ['恒泰', '华晟', '瑞丰', '鼎盛', '金源', '中达', '宏基', '天成', '博远', '新锐', '永昌', '正和'];

/** Skills anyone in the tier may list besides their trade. */
const TIER_GENERIC: Record<Tier, readonly string[]> = {
  high_level: ['科研项目申报', '团队管理', '英语六级', '科技成果转化', '专利撰写'],
  shortage_professional: ['项目管理', '办公软件', '英语四级', '沟通协调', '技术文档编写'],
  graduate: ['英语四级', '办公软件', '团队合作', '学习能力', 'Python'],
  skilled_worker: ['5S/6S管理', '安全生产管理', '叉车操作', '驾驶证', '团队合作'],
};

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

function tierList(rng: Rng): Tier[] {
  return rng.shuffle(TIER_COUNTS.flatMap(([tier, n]) => Array<Tier>(n).fill(tier)));
}

function pickCity(rng: Rng, tier: Tier, schoolCity: string | null): string {
  if (tier === 'graduate' && schoolCity && rng.chance(0.6)) return schoolCity;
  if (rng.chance(tier === 'graduate' ? 0.4 : 0.7)) return '包头';
  return rng.weighted(OTHER_CITIES);
}

function skillsFor(rng: Rng, a: TalentArchetype, tier: Tier, experience: number): DemoTalentSkill[] {
  const [lo, hi] = tier === 'high_level' ? [6, 10] : tier === 'shortage_professional' ? [5, 10] : [3, 7];
  const total = rng.int(lo, hi);
  const core = rng.sample(a.core, rng.int(Math.min(2, a.core.length), a.core.length));
  const extraPool = [...new Set([...a.extra, ...TIER_GENERIC[tier]])].filter((s) => !core.includes(s));
  const chosen = [...core, ...rng.sample(extraPool, Math.max(0, total - core.length))];
  const seniority = tier === 'high_level' ? 2 : tier === 'graduate' ? -1 : experience >= 8 ? 1 : 0;
  return chosen.map((name, i) => {
    const isCore = i < core.length;
    const years = experience > 0 ? clamp(rng.int(Math.ceil(experience * (isCore ? 0.6 : 0.2)), experience), 1, 30) : rng.int(1, 3);
    const raw = (isCore ? 3 : 2) + seniority + rng.int(0, 1) - (rng.chance(0.15) ? 1 : 0);
    // Proficiency grows with practice: no expert level after a year or two.
    const level = clamp(Math.min(raw, 2 + Math.floor(years / 2)), 1, 5);
    return { name, level, years };
  });
}

function honoursFor(rng: Rng, tier: Tier, city: string, degree: Degree, experience: number): string[] {
  if (tier !== 'high_level' || !rng.chance(0.6)) return [];
  const options: [string, number][] = [];
  if (INNER_MONGOLIA.has(city)) options.push(['草原英才', 4]);
  if (city === '包头') options.push(['鹿城英才', 5]);
  if (city === '包头' && (degree === 'doctorate' || degree === 'master') && experience <= 12) options.push(['博士硕士引进行动计划', 6]);
  if (experience >= 15) options.push(['国务院特殊津贴', 0.5]);
  options.push(['万人计划', 0.3]);
  // National honours are rare (11 万人计划 holders in the whole zone); without a regional one, most have none.
  if (!INNER_MONGOLIA.has(city) && !rng.chance(0.25)) return [];
  const first = rng.weighted(options);
  const rest = options.filter(([h]) => h !== first);
  return rest.length > 0 && rng.chance(0.3) ? [first, rng.weighted(rest)] : [first];
}

/** Up to three of the talent's own trade skills, leaving out the generic ones. */
function trade(a: TalentArchetype, skills: readonly DemoTalentSkill[]): string[] {
  return skills.filter((s) => a.core.includes(s.name) || a.extra.includes(s.name)).slice(0, 3).map((s) => s.name);
}

function summaryFor(
  rng: Rng,
  a: TalentArchetype,
  degree: Degree,
  major: string,
  finalYear: number,
  experience: number,
  relocate: boolean,
  city: string,
  studied: readonly string[],
): string {
  const background =
    finalYear > REFERENCE_YEAR
      ? `${major}专业在读，${finalYear}年${DEGREE_LABELS[degree].zh}毕业`
      : experience === 0
        ? `${finalYear}届${DEGREE_LABELS[degree].zh}毕业生，${major}专业`
        : `${DEGREE_LABELS[degree].zh}学历，${major}专业，${experience}年${a.field}相关工作经验`;
  const intent = city === '包头'
    ? rng.pick(['希望在包头稀土高新区长期发展', '愿意扎根包头，参与稀土产业建设', '关注稀土高新区的人才政策'])
    : relocate
      ? rng.pick(['愿意到包头工作', '可接受到包头稀土高新区发展', '对包头的人才公寓和安家政策感兴趣'])
      : rng.pick(['暂不考虑异地工作，可参与柔性合作', '希望以项目合作方式与园区企业对接']);
  // Students and fresh graduates speak of what they learnt, not of a track record.
  const focus = experience === 0 ? `系统学习了${studied.join('、')}等专业知识` : rng.pick(a.focus);
  return `${background}。${focus}；${intent}。`;
}

export function buildTalents(
  seed: number,
  enterprises: readonly DemoEnterprise[],
  universities: readonly DemoUniversity[],
  programmes: readonly DemoProgramme[],
): DemoTalent[] {
  const rng = rngFor(seed, 'talents');
  const schools = new SchoolPicker(programmes, universities);
  const tiers = tierList(rng);
  const rareEvery = Math.floor(TALENT_COUNT / RARE_NAME_COUNT);
  return tiers.map((tier, i) => {
    const index = String(i + 1).padStart(4, '0');
    const archetype = rng.weighted(ARCHETYPES.filter((a) => a.tiers[tier]).map((a) => [a, a.tiers[tier]!] as const));
    const degree = pickDegree(rng, archetype, tier);
    const { finalYear, experience } = timeline(rng, tier, degree);
    const education = buildEducation(rng, archetype, degree, finalYear, schools);
    const last = education[education.length - 1];
    const city = pickCity(rng, tier, schools.cityOf(last.school));
    const relocate = city === '包头' ? rng.chance(0.25) : rng.chance(tier === 'graduate' ? 0.7 : 0.55);

    const zoneEmployers = enterprises.filter((e) => archetype.industries.includes(e.industry)).map((e) => e.nameZh);
    const external = (isCurrent: boolean) => {
      const where = city === '包头' && !isCurrent ? rng.pick(['包头', '呼和浩特', '鄂尔多斯', '天津']) : city;
      return `${where}${rng.pick(BRANDS)}${rng.pick(archetype.externalSuffix)}`;
    };
    const academic = () => rng.pick(universities.filter((u) => !u.nameZh.includes('职业')).map((u) => u.nameZh));
    const employer = (isCurrent: boolean): string => {
      if (archetype.academic && rng.chance(0.5)) return academic();
      const inZone = zoneEmployers.length > 0 && (isCurrent ? city === '包头' && rng.chance(0.85) : rng.chance(0.35));
      return inZone ? rng.pick(zoneEmployers) : external(isCurrent);
    };
    const work = buildWork(rng, archetype, experience, employer);
    if (work.length === 0 && finalYear >= REFERENCE_YEAR && zoneEmployers.length > 0 && rng.chance(0.4)) {
      // Placement internships (顶岗实习) with zone firms are how many graduates first meet them.
      work.push({ employer: rng.pick(zoneEmployers), title: `${titleAt(rng, archetype, 0)}（顶岗实习）`, years: 0.5, description: rng.pick(archetype.duties) });
    }

    const person = i % rareEvery === 13 % rareEvery ? rareName(Math.floor(i / rareEvery)) : randomName(rng);
    const headline = work.length > 0 && experience > 0 ? work[0].title : titleAt(rng, archetype, 0);
    const skills = skillsFor(rng, archetype, tier, experience);
    return {
      key: `tal-${index}`,
      name: person.name,
      phone: `1380000${index}`,
      email: `${person.pinyin}.${index}@${rng.chance(0.5) ? 'example.com' : 'example.cn'}`,
      headline,
      education,
      work,
      skills,
      summary: summaryFor(rng, archetype, degree, last.major, finalYear, experience, relocate, city, trade(archetype, skills)),
      tier,
      honours: honoursFor(rng, tier, city, degree, experience),
      currentCity: city,
      willingToRelocate: relocate,
    };
  });
}
