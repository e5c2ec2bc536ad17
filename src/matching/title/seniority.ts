/**
 * Seniority of job titles and of the numbers around them (years, degree, pay, policy tier), on one scale:
 * 0 entry or operative (操作工, 实习生, technician) · 1 professional (工程师, engineer) · 2 senior or
 * first-line lead (主管, 高级工程师, supervisor) · 3 manager or department head (经理, 部长, 主任) ·
 * 4 executive or chief (总监, 总工程师, 总经理, vice president). General occupational knowledge written
 * down once, not derived from any evaluation set; pure module (no framework imports).
 */
import { normalise } from '../text/normalise';

export const SENIORITY_MAX = 4;

interface Rung {
  level: number;
  /** English gloss for explanations. */
  en: string;
}

/** zh role words by rung; matched at the end of the title, longest first. */
const ZH_RUNGS = `
4 chief engineer | 总工程师,总工,副总工程师=3.5,总经济师,总会计师,首席工程师=3.5
4 director | 总监,技术总监,副总监=3.5
4 general manager | 总经理,副总经理=3.5,总裁,副总裁=3.5,董事长,董事,首席执行官,执行董事
4 plant director | 厂长,副厂长=3.5,院长,副院长=3.5,首席科学家
3.5 chief expert | 首席专家,首席工艺专家,首席技师=2.5,教授,首席研究员
3 department head | 部长,副部长=2.5,处长,所长,副所长=2.5,主任,副主任=2.5,负责人,研究员,中心主任
3 manager | 经理,副经理=2.5,项目经理=2.5,客户经理=2,大客户经理=2,产品经理=2,区域经理=2.5
2.5 section head | 科长,副科长=2,课题组长,主任工程师,副研究员,副教授,技术专家,专家
2 supervisor | 主管,组长,工段长,车间主任=2.5,高级工程师,高工,高级技师,资深工程师
1.5 team leader | 班长,班组长,领班,技师,讲师,顾问,主任科员
1 engineer | 工程师,工艺师,设计师,分析师,研发工程师,开发工程师,会计师,会计,程序员,主操,研发人员,科研人员
0.5 technician | 技术员,助理工程师,助理研究员,化验员,检验员,质检员,检测员,分析员,工艺员,电工,焊工,钳工,车工,铣工,维修工,专员,业务员,销售代表,销售员,主办,设计员,调度员,安全员
0 operator | 操作工,操作员,作业员,普工,工人,助理,文员,员工,电解工,萃取工
0 trainee or new graduate | 学徒,实习生,见习生,应届生,应届毕业生,毕业生,管培生
`;

/** en role words by rung (last head word of the title wins). */
const EN_RUNGS = `
4 | chief,president,ceo,cto,cfo,coo,vp,executive,superintendent
3.5 | director,head,principal
3 | manager,administrator
2 | supervisor,foreman,forewoman,lead,leader
1 | engineer,scientist,analyst,developer,programmer,designer,architect,specialist,consultant,accountant,researcher,physicist,chemist,geologist,metallurgist,statistician,planner
0.5 | technician,technologist,representative,rep,clerk,inspector,tester,electrician,welder,machinist,mechanic,fitter,installer,repairer,drafter,coordinator,agent,officer
0 | operator,worker,labourer,laborer,helper,assistant,aide,apprentice,intern,trainee,attendant,assembler
`;

interface ZhEntry extends Rung {
  word: string;
}

function parseZh(): ZhEntry[] {
  const out: ZhEntry[] = [];
  for (const line of ZH_RUNGS.split('\n')) {
    if (!line.trim()) continue;
    const [left, words] = line.split('|').map((s) => s.trim());
    const space = left.indexOf(' ');
    const level = Number(left.slice(0, space));
    const en = left.slice(space + 1);
    for (const item of words.split(',')) {
      const [word, own] = item.split('=');
      out.push({ word, level: own ? Number(own) : level, en });
    }
  }
  return out.sort((a, b) => b.word.length - a.word.length);
}

function parseEn(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of EN_RUNGS.split('\n')) {
    if (!line.trim()) continue;
    const [level, words] = line.split('|').map((s) => s.trim());
    for (const w of words.split(',')) out.set(w, Number(level));
  }
  return out;
}

const ZH = parseZh();
const EN = parseEn();
const EN_GLOSS: Record<string, string> = {};
for (const e of ZH) EN_GLOSS[e.word] = e.en;

/** Grade words before the role word: they move the rung up or down (高级工程师, 资深, 初级, 见习). */
const ZH_MODIFIERS: ReadonlyArray<[string, number]> = [
  ['高级', 0.8], ['资深', 0.8], ['首席', 1.5], ['初级', -0.5], ['见习', -0.5], ['实习', -0.7], ['储备', -0.3],
];
const EN_MODIFIERS: ReadonlyMap<string, number> = new Map([
  ['senior', 0.8], ['sr', 0.8], ['staff', 1], ['principal', 1.2], ['lead', 0.6],
  ['junior', -0.5], ['jr', -0.5], ['assistant', -0.5], ['associate', -0.3], ['trainee', -0.7], ['entry', -0.5],
  ['deputy', -0.5], ['vice', 0], ['general', 0.5], ['intern', -0.7], ['apprentice', -0.7],
]);

export interface TitleSeniority {
  level: number;
  /** The role word that set the rung, and its English gloss. */
  word: string;
  en: string;
}

const clampLevel = (x: number) => Math.min(SENIORITY_MAX, Math.max(0, x));

/** The rung of one job title, or null when it names no role word the lexicon knows. */
export function titleSeniority(title: string | null | undefined): TitleSeniority | null {
  if (!title) return null;
  const text = normalise(title).replace(/\([^)]*\)|（[^）]*）/g, '');
  if (/\p{Script=Han}/u.test(text)) {
    const main = text.split(/[/|、,;，；]+/).map((p) => p.replace(/\s+/g, '')).find(Boolean) ?? '';
    const hit = ZH.find((e) => main.endsWith(e.word));
    if (!hit) return null;
    const before = main.slice(0, main.length - hit.word.length);
    let level = hit.level;
    for (const [word, shift] of ZH_MODIFIERS) if (before.includes(word)) level += shift;
    // 副 right before the role word: a deputy (副部长 is in the lexicon; 技术副厂长 is not).
    if (before.endsWith('副') && !hit.word.startsWith('副')) level -= 0.5;
    return { level: clampLevel(level), word: hit.word, en: EN_GLOSS[hit.word] };
  }
  const words = text.split(/[^a-z0-9]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].endsWith('s') && !EN.has(words[i]) ? words[i].slice(0, -1) : words[i];
    const base = EN.get(w);
    if (base === undefined) continue;
    let level = base;
    // Grade words shift the rung; a higher role word before the head sets it (chief engineer, executive officer).
    for (let j = 0; j < i; j++) {
      const shift = EN_MODIFIERS.get(words[j]);
      if (shift !== undefined) level += shift;
      else level = Math.max(level, EN.get(words[j]) ?? 0);
    }
    return { level: clampLevel(level), word: w, en: w };
  }
  return null;
}

/** Linear interpolation over sorted [x, y] knots, flat outside. */
function interpolate(knots: ReadonlyArray<readonly [number, number]>, x: number): number {
  if (x <= knots[0][0]) return knots[0][1];
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i];
    if (x <= x1) {
      const [x0, y0] = knots[i - 1];
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return knots[knots.length - 1][1];
}

/** Years of work to the rung they usually bring (diminishing: 16 years is not twice 8). */
const YEARS = [[0, 0], [1, 0.3], [3, 0.8], [5, 1.2], [8, 1.7], [12, 2.3], [16, 2.8], [22, 3.3], [30, 3.6]] as const;
export function yearsSeniority(years: number): number {
  return interpolate(YEARS, years);
}

/** Monthly pay in yuan (Baotou, 2023 levels: an engineer's band is about 8,000–13,500) to the rung it buys. */
const PAY = [[4000, 0], [6000, 0.5], [9000, 1], [13000, 1.8], [18000, 2.5], [26000, 3.2], [40000, 4]] as const;
export function paySeniority(monthly: number): number {
  return interpolate(PAY, monthly);
}

/** Degree ranks (vocational … doctorate, domain/vocabulary) to a rung: a doctorate alone is not a manager. */
const DEGREE = [0, 0.3, 0.8, 1.3, 2];
export function degreeSeniority(rank: number): number {
  return DEGREE[Math.max(0, Math.min(DEGREE.length - 1, rank))];
}

/** Policy tiers (high_level, shortage_professional, graduate, skilled_worker) to a rung. */
export const TIER_SENIORITY = [3, 1.5, 0.2, 0.5];

/** Weights of the signals in a level estimate; confidence is the share of the total weight present. */
export const SENIORITY_SIGNAL_WEIGHTS = { title: 1, years: 0.7, pay: 0.5, degree: 0.15, tier: 0.2 } as const;
const TOTAL_WEIGHT = Object.values(SENIORITY_SIGNAL_WEIGHTS).reduce((a, b) => a + b, 0);

export interface SeniorityEstimate {
  /** 0–4, rounded to 1/20 (positions share few distinct values); 0 when nothing is known. */
  level: number;
  /**
   * 0–1: the share of the signals that were present (title counts most). A title alone gives 0: two bare
   * titles are compared by the text relevance already, and seniority words are too thin to judge fit on.
   */
  confidence: number;
}

/** Weighted mean of the signals given (null: absent). */
export function estimateSeniority(signals: { title?: number | null; years?: number | null; pay?: number | null; degree?: number | null; tier?: number | null }): SeniorityEstimate {
  let sum = 0;
  let weight = 0;
  for (const key of Object.keys(SENIORITY_SIGNAL_WEIGHTS) as (keyof typeof SENIORITY_SIGNAL_WEIGHTS)[]) {
    const value = signals[key];
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    sum += SENIORITY_SIGNAL_WEIGHTS[key] * value;
    weight += SENIORITY_SIGNAL_WEIGHTS[key];
  }
  if (weight === 0) return { level: 0, confidence: 0 };
  if (weight === SENIORITY_SIGNAL_WEIGHTS.title) return { level: Math.round(20 * signals.title!) / 20, confidence: 0 };
  return { level: Math.round((20 * sum) / weight) / 20, confidence: Math.round((20 * weight) / TOTAL_WEIGHT) / 20 };
}
