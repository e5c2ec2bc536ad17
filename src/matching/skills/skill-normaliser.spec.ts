import fc from 'fast-check';
import { buildDomainUserDictionary, createDomainJieba, getDomainJieba } from './domain-dictionary';
import { SKILL_SIMILARITY, SkillTaxonomy, getSkillTaxonomy } from './skill-normaliser';
import { SKILL_CATEGORIES, SKILL_TAXONOMY, type SkillRecord } from './taxonomy-data';

const skill = (id: string, broader: string | null, aliases: string[] = []): SkillRecord => ({
  id,
  zh: `技能${id}`,
  en: `Skill ${id}`,
  aliases,
  broader,
  category: 'general',
});

describe('skill taxonomy data', () => {
  const taxonomy = getSkillTaxonomy();

  it('ships at least 450 valid skills with both names', () => {
    expect(taxonomy.size).toBe(SKILL_TAXONOMY.length);
    expect(SKILL_TAXONOMY.length).toBeGreaterThanOrEqual(450);
    for (const s of SKILL_TAXONOMY) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.zh.trim()).not.toBe('');
      expect(s.en.trim()).not.toBe('');
      expect(SKILL_CATEGORIES).toContain(s.category);
    }
  });

  it('is mostly a three-level hierarchy', () => {
    const deep = SKILL_TAXONOMY.filter((s) => taxonomy.ancestors(s.id).length >= 2);
    expect(deep.length).toBeGreaterThan(SKILL_TAXONOMY.length / 2);
  });

  it('gives occupation groups in the 职业分类大典 code format', () => {
    for (const s of SKILL_TAXONOMY) {
      if (s.occupationGroup) expect(s.occupationGroup).toMatch(/^\d(-\d{2}){1,2} \S+$/);
    }
  });

  it('resolves every name and alias to its own skill', () => {
    for (const s of SKILL_TAXONOMY) {
      for (const surface of [s.zh, s.en, ...s.aliases]) {
        const r = taxonomy.resolve(surface);
        expect({ surface, id: r?.id }).toEqual({ surface, id: s.id });
        expect(['exact', 'alias']).toContain(r?.via);
      }
    }
  });
});

describe('SkillTaxonomy validation', () => {
  it('rejects duplicate ids', () => {
    expect(() => new SkillTaxonomy([skill('a', null), skill('a', null)])).toThrow(/duplicate id 'a'/);
  });

  it('rejects unknown broader ids', () => {
    expect(() => new SkillTaxonomy([skill('a', 'missing')])).toThrow(/unknown broader skill 'missing'/);
  });

  it('rejects cycles', () => {
    expect(() => new SkillTaxonomy([skill('a', 'c'), skill('b', 'a'), skill('c', 'b')])).toThrow(/cycle/);
    expect(() => new SkillTaxonomy([skill('a', 'a')])).toThrow(/cycle/);
  });

  it('rejects an alias claimed by two skills and non-kebab ids', () => {
    expect(() => new SkillTaxonomy([skill('a', null, ['x光']), skill('b', null, ['X光'])])).toThrow(/already a name or alias of a/);
    expect(() => new SkillTaxonomy([skill('Bad_Id', null)])).toThrow(/kebab-case/);
  });
});

describe('SkillTaxonomy.resolve', () => {
  const taxonomy = getSkillTaxonomy();

  it('matches names exactly and aliases with slightly lower confidence', () => {
    expect(taxonomy.resolve('稀土萃取')).toEqual({ id: 'rare-earth-solvent-extraction', confidence: 1, via: 'exact' });
    const alias = taxonomy.resolve('NdFeB');
    expect(alias).toMatchObject({ id: 'ndfeb-magnets', via: 'alias' });
    expect(alias!.confidence).toBeLessThan(1);
    expect(taxonomy.resolve('萃取分离')?.id).toBe('rare-earth-solvent-extraction');
    expect(taxonomy.resolve('取向电工钢')?.id).toBe('grain-oriented-steel');
  });

  it('normalises width, case, spacing and edge punctuation', () => {
    expect(taxonomy.resolve('ＳｏｌｉｄＷｏｒｋｓ')?.id).toBe('solidworks');
    expect(taxonomy.resolve('  icp ms ')?.id).toBe('icp-ms');
    expect(taxonomy.resolve('“钕铁硼”，')?.id).toBe('ndfeb-magnets');
    expect(taxonomy.resolve('C++')?.id).toBe('cpp');
    expect(taxonomy.resolve('C#')?.id).toBe('csharp');
    expect(taxonomy.resolve('.NET')?.id).toBe('csharp');
  });

  it('finds the skill term inside a phrase through segmentation', () => {
    const r = taxonomy.resolve('熟练掌握稀土萃取工艺');
    expect(r).toMatchObject({ id: 'rare-earth-solvent-extraction', via: 'segmented' });
    expect(r!.confidence).toBeGreaterThan(0.7);
    expect(r!.confidence).toBeLessThan(0.95);
    expect(taxonomy.resolve('精通西门子S7-1500编程')?.id).toBe('siemens-plc');
    expect(taxonomy.resolve('熟悉 ICP-MS 操作')?.id).toBe('icp-ms');
    expect(taxonomy.resolve('烧结钕铁硼生产')?.id).toBe('sintered-ndfeb');
    expect(taxonomy.resolve('熟悉solidworks2020')?.id).toBe('solidworks');
  });

  it('tolerates Latin typos above the Jaro-Winkler threshold', () => {
    const r = taxonomy.resolve('Solidwork');
    expect(r).toMatchObject({ id: 'solidworks', via: 'fuzzy' });
    expect(r!.confidence).toBeLessThan(taxonomy.resolve('Solid Works')!.confidence);
    expect(taxonomy.resolve('Pyhton')?.id).toBe('python');
    expect(taxonomy.resolve('autocda')?.id).toBe('autocad');
    expect(taxonomy.resolve('熟悉Solidwork软件')?.id).toBe('solidworks');
  });

  it('is strict with short Chinese strings and unknown text', () => {
    expect(taxonomy.resolve('冷轧')?.id).toBe('steel-cold-rolling');
    expect(taxonomy.resolve('热轧')?.id).toBe('steel-hot-rolling');
    expect(taxonomy.resolve('稀土萃丽')).toBeNull();
    expect(taxonomy.resolve('Solid Edge')).toBeNull();
    expect(taxonomy.resolve('吃苦耐劳')).toBeNull();
    expect(taxonomy.resolve('')).toBeNull();
    expect(taxonomy.resolve('   ')).toBeNull();
  });

  it('caches results', () => {
    expect(taxonomy.resolve('熟练掌握稀土萃取工艺')).toBe(taxonomy.resolve('熟练掌握稀土萃取工艺'));
  });
});

describe('SkillTaxonomy.resolveAll', () => {
  const taxonomy = getSkillTaxonomy();

  it('finds every skill in a Chinese description, longest match first', () => {
    const text =
      '负责稀土萃取分离车间工艺管理，熟悉P507萃取体系和串级萃取理论，会使用AutoCAD和SolidWorks，' +
      '有ICP-OES、XRD分析经验，了解ISO 9001和安全生产管理，英语CET-6，熟悉西门子PLC和WinCC。';
    const ids = taxonomy.resolveAll(text).map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'rare-earth-solvent-extraction', 'p507-extraction', 'cascade-extraction-design', 'autocad', 'solidworks',
        'icp-oes', 'xrd', 'iso-9001', 'work-safety', 'cet-6', 'siemens-plc', 'hmi',
      ]),
    );
    expect(ids).not.toContain('plc-programming');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds skills in English text and ignores ambiguous common words', () => {
    const mentions = taxonomy.resolveAll('NdFeB sintering and grain boundary diffusion; Python and SQL. Willing to go to Baotou.');
    const ids = mentions.map((m) => m.id);
    expect(ids).toEqual(['ndfeb-magnets', 'magnet-sintering', 'grain-boundary-diffusion', 'python', 'sql']);
    expect(mentions[2].surface).toBe('grain boundary diffusion');
  });

  it('returns nothing for empty text', () => {
    expect(taxonomy.resolveAll('')).toEqual([]);
  });
});

describe('SkillTaxonomy.similarity', () => {
  const taxonomy = getSkillTaxonomy();

  it('follows the hierarchy in the documented order', () => {
    const s = (b: string): number => taxonomy.similarity('siemens-plc', b);
    expect(s('siemens-plc')).toBe(SKILL_SIMILARITY.same);
    expect(s('plc-programming')).toBe(SKILL_SIMILARITY.parentChild);
    expect(s('mitsubishi-plc')).toBe(SKILL_SIMILARITY.sibling);
    expect(s('industrial-automation')).toBe(SKILL_SIMILARITY.grandparent);
    expect(s('dcs')).toBe(SKILL_SIMILARITY.uncle);
    expect(s('hmi')).toBe(SKILL_SIMILARITY.cousin);
    expect(s('python')).toBe(0);
    expect(s('no-such-skill')).toBe(0);
    const order = [s('siemens-plc'), s('plc-programming'), s('mitsubishi-plc'), s('industrial-automation'), s('dcs'), s('hmi'), s('python')];
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });

  it('is symmetric and within [0, 1]', () => {
    const ids = SKILL_TAXONOMY.map((x) => x.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        const v = taxonomy.similarity(a, b);
        return v >= 0 && v <= 1 && v === taxonomy.similarity(b, a) && (a !== b || v === 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('lists ancestors nearest first and gets records', () => {
    expect(taxonomy.ancestors('p507-extraction')).toEqual(['rare-earth-solvent-extraction', 'rare-earth-separation', 'rare-earth-metallurgy']);
    expect(taxonomy.ancestors('rare-earth-metallurgy')).toEqual([]);
    expect(taxonomy.get('ndfeb-magnets')?.zh).toBe('钕铁硼');
    expect(taxonomy.get('nope')).toBeUndefined();
  });
});

describe('domain dictionary', () => {
  it('writes one `word freq tag` line per term, including the zone terms', () => {
    const text = buildDomainUserDictionary();
    const lines = text.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^\S+ \d+ nz$/);
    const words = new Set(lines.map((l) => l.split(' ')[0]));
    for (const w of ['钕铁硼', '取向硅钢', '电工钢', '多晶硅', '单晶硅', '电解铝', '稀土冶炼', '萃取分离', '冶金工程']) {
      expect(words).toContain(w);
    }
  });

  it('keeps domain terms whole when segmenting', () => {
    const jieba = getDomainJieba();
    expect(jieba.cut('熟练掌握稀土萃取工艺', false)).toContain('稀土萃取');
    expect(jieba.cut('钕铁硼永磁材料晶界扩散', false)).toContain('晶界扩散');
    expect(createDomainJieba('磁钢切片机 20000 nz\n').cut('磁钢切片机维修', false)).toContain('磁钢切片机');
  });
});
