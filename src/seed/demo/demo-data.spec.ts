import { DEGREES, INDUSTRIES, PARTNERSHIP_TYPES, TIERS } from '../../domain/vocabulary';
import { SKILL_TAXONOMY } from '../../matching/skills/taxonomy-data';
import { fakeCreditCode, isValidUscc, usccCheck } from './credit-code';
import { buildDemoData, DEFAULT_DEMO_SEED, DEMO_DATA_NOTICE, REAL_ENTERPRISE_KEYS, type DemoData } from './index';
import { mulberry32 } from './prng';

const data: DemoData = buildDemoData();

function expectUnique(keys: string[]): void {
  expect(new Set(keys).size).toBe(keys.length);
}

describe('demo data: determinism', () => {
  it('gives byte-identical output for the same seed', () => {
    const again = buildDemoData(DEFAULT_DEMO_SEED);
    expect(again).toEqual(data);
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
  });

  it('defaults to the seed 20230115', () => {
    expect(DEFAULT_DEMO_SEED).toBe(20230115);
    expect(JSON.stringify(buildDemoData(20230115))).toBe(JSON.stringify(data));
  });

  it('differs for a different seed but keeps the shape', () => {
    const other = buildDemoData(42);
    expect(JSON.stringify(other.talents)).not.toBe(JSON.stringify(data.talents));
    expect(JSON.stringify(other.positions)).not.toBe(JSON.stringify(data.positions));
    expect(other.positions).toHaveLength(225);
    expect(other.talents).toHaveLength(data.talents.length);
  });

  it('uses a PRNG that repeats from its seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('demo data: notice', () => {
  it('says in both languages that the data are illustrative', () => {
    expect(data.notice).toEqual({ zh: DEMO_DATA_NOTICE.zh, en: DEMO_DATA_NOTICE.en });
    expect(data.notice.zh).toContain('示例数据');
    expect(data.notice.zh).toContain('虚构');
    expect(data.notice.en).toMatch(/ILLUSTRATIVE/);
    expect(data.notice.en).toMatch(/not real people or real job openings/);
  });
});

describe('demo data: keys and references', () => {
  it('has unique keys in every collection', () => {
    expectUnique(data.enterprises.map((e) => e.key));
    expectUnique(data.positions.map((p) => p.key));
    expectUnique(data.universities.map((u) => u.key));
    expectUnique(data.programmes.map((p) => p.key));
    expectUnique(data.talents.map((t) => t.key));
  });

  it('refers only to enterprises and universities that exist', () => {
    const enterprises = new Set(data.enterprises.map((e) => e.key));
    const universities = new Set(data.universities.map((u) => u.key));
    for (const p of data.positions) expect(enterprises.has(p.enterpriseKey)).toBe(true);
    for (const p of data.programmes) expect(universities.has(p.universityKey)).toBe(true);
  });

  it('uses only the closed vocabularies', () => {
    for (const e of data.enterprises) expect(INDUSTRIES).toContain(e.industry);
    for (const p of data.positions) {
      expect(INDUSTRIES).toContain(p.industry);
      expect(DEGREES).toContain(p.minDegree);
      expect(TIERS).toContain(p.tierSought);
    }
    for (const u of data.universities) for (const t of u.partnershipTypes) expect(PARTNERSHIP_TYPES).toContain(t);
    for (const p of data.programmes) expect(DEGREES).toContain(p.degree);
    for (const t of data.talents) {
      expect(TIERS).toContain(t.tier);
      for (const e of t.education) expect(DEGREES).toContain(e.degree);
    }
  });

  it('names every skill as the taxonomy does', () => {
    const known = new Set(SKILL_TAXONOMY.flatMap((s) => [s.zh, ...s.aliases]));
    const used = new Set([
      ...data.positions.flatMap((p) => [...p.requiredSkills.map((s) => s.name), ...p.preferredSkills]),
      ...data.programmes.flatMap((p) => p.skillsTaught),
      ...data.talents.flatMap((t) => t.skills.map((s) => s.name)),
    ]);
    expect([...used].filter((name) => !known.has(name))).toEqual([]);
  });
});

describe('demo data: enterprises', () => {
  const named = ['内蒙古博特科技有限责任公司', '包头威丰稀土电磁材料股份有限公司', '宏远电器', '英思特稀磁', '北方稀土', '双良硅材料', '江馨微电机', '包头稀土研发中心', '上海交通大学包头材料研究院', '国家稀土功能材料创新中心'];

  it.each(named)('includes %s', (name) => {
    expect(data.enterprises.some((e) => e.nameZh.includes(name))).toBe(true);
  });

  it('has about 35 enterprises, three of them research bodies', () => {
    expect(data.enterprises.length).toBeGreaterThanOrEqual(30);
    expect(data.enterprises.filter((e) => e.kind === 'research').map((e) => e.key)).toHaveLength(3);
  });

  it('gives invented firms valid but obviously fake credit codes and real ones none', () => {
    for (const e of data.enterprises) {
      if (REAL_ENTERPRISE_KEYS.includes(e.key)) expect(e.creditCode).toBeNull();
      else expect(isValidUscc(e.creditCode!)).toBe(true);
    }
  });

  it('computes GB 32100 check characters correctly', () => {
    // The check character of the code printed as the format example in public guides.
    expect(usccCheck('91350100M000100Y4')).toBe('3');
    const code = fakeCreditCode(1);
    expect(code).toMatch(/^9115020000000001\w\w$/);
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(isValidUscc(wrong)).toBe(false);
  });
});

describe('demo data: the 225 urgent positions', () => {
  it('has exactly 225 open positions', () => {
    expect(data.positions).toHaveLength(225);
    expect(data.positions.every((p) => p.status === 'open')).toBe(true);
  });

  it('keeps numbers in range', () => {
    for (const p of data.positions) {
      expect(p.salaryMin).toBeLessThan(p.salaryMax);
      expect(p.salaryMin).toBeGreaterThanOrEqual(3000);
      expect(p.salaryMax).toBeLessThanOrEqual(40000);
      expect(p.headcount).toBeGreaterThanOrEqual(1);
      expect(p.headcount).toBeLessThanOrEqual(10);
      expect(p.filledCount).toBeGreaterThanOrEqual(0);
      expect(p.filledCount).toBeLessThan(p.headcount);
      expect([1, 2, 3, 4, 5]).toContain(p.urgency);
      expect(p.minYearsExperience).toBeGreaterThanOrEqual(0);
    }
  });

  it('is mostly urgent', () => {
    const high = data.positions.filter((p) => p.urgency >= 4).length;
    expect(high / data.positions.length).toBeGreaterThan(0.5);
  });

  it('describes each position with 2–4 sentences, 3–6 weighted required skills and 1–3 preferred ones', () => {
    for (const p of data.positions) {
      const sentences = p.description.split('。').filter((s) => s.length > 0);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(4);
      expect(p.requiredSkills.length).toBeGreaterThanOrEqual(3);
      expect(p.requiredSkills.length).toBeLessThanOrEqual(6);
      for (const s of p.requiredSkills) {
        expect(s.weight).toBeGreaterThanOrEqual(0.5);
        expect(s.weight).toBeLessThanOrEqual(2);
        expect(s.minLevel).toBeGreaterThanOrEqual(1);
        expect(s.minLevel).toBeLessThanOrEqual(5);
      }
      expectUnique(p.requiredSkills.map((s) => s.name));
      expect(p.preferredSkills.length).toBeGreaterThanOrEqual(1);
      expect(p.preferredSkills.length).toBeLessThanOrEqual(3);
      expect(p.preferredMajors.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('varies titles and duties', () => {
    expect(new Set(data.positions.map((p) => p.title)).size).toBeGreaterThan(80);
    expect(new Set(data.positions.map((p) => p.description)).size).toBeGreaterThan(200);
  });

  it('gives China Northern Rare Earth the largest share', () => {
    const counts = new Map<string, number>();
    for (const p of data.positions) counts.set(p.enterpriseKey, (counts.get(p.enterpriseKey) ?? 0) + 1);
    const max = Math.max(...counts.values());
    expect(counts.get('ent-northern-rare-earth')).toBe(max);
  });
});

describe('demo data: universities and programmes', () => {
  const named = ['兰州大学', '兰州理工大学', '兰州交通大学', '内蒙古科技大学', '包头师范学院', '包头钢铁职业技术学院', '清华大学', '华北电力大学', '上海交通大学'];

  it.each(named)('includes %s', (name) => {
    expect(data.universities.some((u) => u.nameZh === name)).toBe(true);
  });

  it('has about 30 universities with coordinates inside China', () => {
    expect(data.universities.length).toBeGreaterThanOrEqual(25);
    for (const u of data.universities) {
      expect(u.latitude).toBeGreaterThan(18);
      expect(u.latitude).toBeLessThan(54);
      expect(u.longitude).toBeGreaterThan(73);
      expect(u.longitude).toBeLessThan(135);
      expect(u.coordinateSource).toMatch(/WGS-84/);
    }
  });

  it('records the partnerships the zone reports', () => {
    const types = (name: string) => data.universities.find((u) => u.nameZh === name)!.partnershipTypes;
    for (const name of ['兰州大学', '兰州理工大学', '兰州交通大学']) expect(types(name)).toContain('job_fair');
    for (const name of ['包头师范学院', '包头钢铁职业技术学院']) expect(types(name)).toEqual(expect.arrayContaining(['order_training', 'internship']));
    for (const name of ['清华大学', '华北电力大学', '中国科学院大学']) expect(types(name)).toContain('joint_research');
    expect(types('内蒙古科技大学')).toEqual(expect.arrayContaining(['job_fair', 'internship', 'joint_research']));
  });

  it('has 3–8 plausible programmes per university', () => {
    for (const u of data.universities) {
      const programmes = data.programmes.filter((p) => p.universityKey === u.key);
      expect(programmes.length).toBeGreaterThanOrEqual(3);
      expect(programmes.length).toBeLessThanOrEqual(8);
    }
    for (const p of data.programmes) {
      expect(p.graduatesPerYear).toBeGreaterThanOrEqual(30);
      expect(p.graduatesPerYear).toBeLessThanOrEqual(400);
      expect([6, 7]).toContain(p.graduationMonth);
      expect(p.skillsTaught.length).toBeGreaterThan(0);
      if (p.majorCode !== null) expect(p.majorCode).toMatch(/^\d{4}(\d{2}[TK]?)?$/);
    }
  });
});

describe('demo data: talents', () => {
  it('has about 2,000 talents in all four tiers, in the intended proportions', () => {
    expect(data.talents.length).toBeGreaterThanOrEqual(1800);
    expect(data.talents.length).toBeLessThanOrEqual(2200);
    const share = (tier: string) => data.talents.filter((t) => t.tier === tier).length / data.talents.length;
    expect(share('high_level')).toBeCloseTo(0.05, 2);
    expect(share('shortage_professional')).toBeCloseTo(0.3, 2);
    expect(share('graduate')).toBeCloseTo(0.35, 2);
    expect(share('skilled_worker')).toBeCloseTo(0.3, 2);
  });

  it('uses fake contact details', () => {
    expectUnique(data.talents.map((t) => t.phone));
    for (const t of data.talents) {
      expect(t.phone).toMatch(/^1380000\d{4}$/);
      expect(t.email).toMatch(/^[a-z.]+\.\d{4}@example\.(com|cn)$/);
    }
  });

  it('keeps education, work and skills in range', () => {
    for (const t of data.talents) {
      expect(t.education.length).toBeGreaterThanOrEqual(1);
      for (const e of t.education) {
        expect(e.graduationYear).toBeGreaterThanOrEqual(1995);
        expect(e.graduationYear).toBeLessThanOrEqual(2026);
      }
      expect(t.work.length).toBeLessThanOrEqual(4);
      expect(t.skills.length).toBeGreaterThanOrEqual(3);
      expect(t.skills.length).toBeLessThanOrEqual(10);
      expectUnique(t.skills.map((s) => s.name));
      for (const s of t.skills) {
        expect(s.level).toBeGreaterThanOrEqual(1);
        expect(s.level).toBeLessThanOrEqual(5);
        expect(s.years).toBeGreaterThan(0);
      }
      expect(t.headline.length).toBeGreaterThan(0);
      expect(t.summary).toMatch(/。$/);
    }
  });

  it('orders degrees in time and starts work after the last one', () => {
    for (const t of data.talents) {
      const years = t.education.map((e) => e.graduationYear);
      expect([...years].sort((a, b) => a - b)).toEqual(years);
      const worked = t.work.reduce((s, w) => s + w.years, 0);
      expect(Math.floor(worked)).toBeLessThanOrEqual(Math.max(0, 2025 - years[years.length - 1]));
    }
  });

  it('keeps skilled workers vocational and most high-level talents doctoral', () => {
    const last = (t: DemoData['talents'][number]) => t.education[t.education.length - 1].degree;
    for (const t of data.talents.filter((x) => x.tier === 'skilled_worker')) expect(['vocational', 'associate']).toContain(last(t));
    const high = data.talents.filter((x) => x.tier === 'high_level');
    expect(high.filter((t) => last(t) === 'doctorate').length / high.length).toBeGreaterThan(0.5);
  });

  it('gives honours only to high-level talents', () => {
    expect(data.talents.filter((t) => t.tier !== 'high_level' && t.honours.length > 0)).toEqual([]);
    expect(data.talents.some((t) => t.honours.length > 0)).toBe(true);
  });

  it('includes students graduating in 2026 and lives mostly in Baotou', () => {
    expect(data.talents.some((t) => t.education.some((e) => e.graduationYear === 2026))).toBe(true);
    const baotou = data.talents.filter((t) => t.currentCity === '包头').length / data.talents.length;
    expect(baotou).toBeGreaterThan(0.45);
    expect(baotou).toBeLessThan(0.65);
  });

  it('includes names with rare CJK characters, one beyond the Basic Multilingual Plane', () => {
    expect(data.talents.some((t) => t.name.includes('𠮷'))).toBe(true);
    expect(data.talents.some((t) => t.name.includes('䶮'))).toBe(true);
  });
});
