import { MAJOR_FAMILIES, MAJORS, MAJOR_SIMILARITY, majorSimilarity, resolveMajor } from './major-families';

const REQUIRED = [
  '冶金工程', '材料科学与工程', '材料物理', '材料化学', '化学工程与工艺', '应用化学', '化学', '稀土工程', '功能材料',
  '金属材料工程', '无机非金属材料工程', '机械设计制造及其自动化', '机械电子工程', '电气工程及其自动化', '自动化',
  '测控技术与仪器', '电子信息工程', '计算机科学与技术', '软件工程', '数据科学与大数据技术', '能源与动力工程',
  '新能源科学与工程', '环境工程', '安全工程', '物理学', '矿物加工工程', '采矿工程', '工业工程', '工商管理', '市场营销',
  '会计学', '人力资源管理', '英语', '冶金技术', '机电一体化技术', '电气自动化技术', '工业机器人技术', '数控技术',
  '焊接技术与自动化', '工业分析技术',
];

describe('major data', () => {
  it('covers the majors of the zone with valid families and unique codes', () => {
    const names = new Set(MAJORS.map((m) => m.zh));
    for (const zh of REQUIRED) expect(names).toContain(zh);
    const families = new Set(MAJOR_FAMILIES.map((f) => f.code));
    const codes = MAJORS.flatMap((m) => (m.code ? [m.code] : []));
    expect(new Set(codes).size).toBe(codes.length);
    for (const m of MAJORS) {
      expect(families).toContain(m.family);
      expect(m.en.trim()).not.toBe('');
      if (m.code) {
        expect(m.code).toMatch(/^\d{6}[TK]*$/);
        expect(m.code.slice(0, 4)).toBe(m.family);
      }
      if (m.level === 'vocational') expect(m.code).toBeUndefined();
    }
    expect(MAJORS.find((m) => m.zh === '冶金工程')?.code).toBe('080404');
    expect(MAJORS.find((m) => m.zh === '材料科学与工程')?.code).toBe('080401');
  });

  it('resolves every name, English name, alias and code to its own major', () => {
    for (const m of MAJORS) {
      for (const surface of [m.zh, m.en, ...m.aliases, ...(m.code ? [m.code] : [])]) {
        const r = resolveMajor(surface);
        expect({ surface, zh: r?.kind === 'major' ? r.major.zh : null }).toEqual({ surface, zh: m.zh });
      }
    }
  });
});

describe('majorSimilarity', () => {
  it('scores the same major 1 after normalising free text', () => {
    expect(majorSimilarity('冶金工程', '冶金工程专业')).toBe(1);
    expect(majorSimilarity('材料科学与工程（稀土方向）', 'Materials Science and Engineering')).toBe(1);
    expect(majorSimilarity(' 冶金工程 ', 'Metallurgical Engineering')).toBe(1);
    expect(majorSimilarity('０８０４０４', '冶金工程')).toBe(1);
    expect(majorSimilarity('机械设计制造', '机械设计制造及其自动化')).toBe(1);
    expect(majorSimilarity('稀土冶金工程方向', '冶金工程')).toBe(1);
  });

  it('scores near-equivalent vocational majors, families and related families in order', () => {
    expect(majorSimilarity('冶金技术', '冶金工程')).toBe(MAJOR_SIMILARITY.closeTo);
    expect(majorSimilarity('冶金工程', '材料科学与工程')).toBe(MAJOR_SIMILARITY.sameFamily);
    expect(majorSimilarity('计算机科学与技术', '软件工程')).toBe(MAJOR_SIMILARITY.sameFamily);
    expect(majorSimilarity('材料类', '金属材料工程')).toBe(MAJOR_SIMILARITY.sameFamily);
    expect(majorSimilarity('冶金工程', '化学工程与工艺')).toBe(MAJOR_SIMILARITY.relatedFamily);
    expect(majorSimilarity('电气工程及其自动化', '自动化')).toBe(MAJOR_SIMILARITY.relatedFamily);
    expect(majorSimilarity('冶金工程', '会计学')).toBe(0);
    expect(majorSimilarity('冶金工程', '汉语言文学')).toBe(0);
    expect(majorSimilarity('', '')).toBe(0);
  });

  it('is symmetric and within [0, 1]', () => {
    const names = MAJORS.map((m) => m.zh);
    for (const a of names) {
      for (const b of names) {
        const v = majorSimilarity(a, b);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(v).toBe(majorSimilarity(b, a));
      }
    }
  });

  it('does not let short Latin abbreviations match inside words', () => {
    expect(resolveMajor('maintenance')).toBeNull();
  });
});
