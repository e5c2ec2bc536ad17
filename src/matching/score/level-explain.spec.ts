/** The level and pay reasons of an explanation, in zh and en. */
import { MatchingEngine } from '../engine/matching-engine';
import type { PositionProfile, TalentProfile } from '../types';

const post: PositionProfile = {
  id: 'p',
  title: '稀土萃取分离工程师',
  requiredSkills: [{ name: '稀土萃取', minLevel: 3 }],
  minDegree: 'bachelor',
  minYearsExperience: 4,
  tierSought: 'shortage_professional',
  location: '包头',
  salaryMin: 8000,
  salaryMax: 13500,
};

const talent = (id: string, title: string, years: number, extra: Partial<TalentProfile> = {}): TalentProfile => ({
  id,
  headline: title,
  skills: [{ name: '稀土萃取', level: 4 }],
  education: [{ major: '冶金工程', degree: 'master' }],
  work: [{ title, years }],
  tier: 'shortage_professional',
  currentCity: '包头',
  ...extra,
});

describe('level and pay reasons', () => {
  const engine = new MatchingEngine(
    [post],
    [
      talent('chief', '分离厂总工程师', 16),
      talent('fit', '稀土萃取分离工程师', 5, { expectedSalaryMin: 10000, expectedSalaryMax: 12000 }),
      talent('junior', '萃取工艺技术员', 2, { expectedSalaryMin: 20000 }),
    ],
  );

  it('says a chief engineer is clearly senior to an engineer’s post, and scores them below one who fits', () => {
    const x = engine.explain('chief', 'p');
    expect(x.reasons.zh).toContain('资历明显高于岗位：现任分离厂总工程师，16 年');
    expect(x.reasons.en).toContain('Clearly senior to the post: currently chief engineer (分离厂总工程师), 16 years');
    expect(x.components.experience).toBeLessThan(engine.explain('fit', 'p').components.experience);
    expect(x.components.salary).toBe(0.7);
  });

  it('says when the level fits and the pay is within the band', () => {
    const x = engine.explain('fit', 'p');
    expect(x.reasons.zh).toContain('资历与岗位相当：现任稀土萃取分离工程师，5 年');
    expect(x.reasons.zh).toContain('期望薪资在岗位范围内（8,000–13,500 元/月）');
    expect(x.components.salary).toBe(1);
  });

  it('says a technician with 2 years is junior to a 4-year post, and that the pay asked is above the band', () => {
    const x = engine.explain('junior', 'p');
    expect(x.reasons.zh.some((r) => r.startsWith('资历') && r.includes('低于岗位') && r.includes('岗位要求 4 年'))).toBe(true);
    expect(x.reasons.en.some((r) => /junior to the post/.test(r))).toBe(true);
    expect(x.reasons.zh).toContain('期望薪资高于岗位上限：期望 20,000 元/月起，岗位最高 13,500 元/月');
    expect(x.components.salary).toBeLessThan(0.25);
  });
});

describe('role reason', () => {
  it('says when the current job is another kind of work, and the keywords then count for less', () => {
    const engine = new MatchingEngine(
      [post, { id: 'q', title: '销售代表', description: '负责稀土产品销售。' }],
      [
        talent('seller', '稀土产品销售代表', 6, { summary: '熟悉稀土萃取分离产品，向客户介绍串级萃取工艺。' }),
        talent('engineer', '湿法冶金工程师', 6, { summary: '熟悉稀土萃取分离产品，向客户介绍串级萃取工艺。' }),
      ],
    );
    const x = engine.explain('seller', 'p');
    expect(x.reasons.zh).toContain('现任岗位职能不同：现任稀土产品销售代表（销售类），本岗位为工程技术类');
    expect(x.reasons.en).toContain('Current job is another kind of work: 稀土产品销售代表 (sales), the post is technical');
    expect(engine.explain('engineer', 'p').reasons.zh.some((r) => r.startsWith('现任岗位职能不同'))).toBe(false);
    expect(engine.explain('seller', 'q').reasons.zh.some((r) => r.startsWith('现任岗位职能不同'))).toBe(false);
  });
});
