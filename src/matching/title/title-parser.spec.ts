import { sharedFieldLexicon } from './field-lexicon';
import { TitleIndex } from './title-index';
import { parseTitle } from './title-parser';
import { titleSimilarity } from './title-similarity';

describe('parseTitle (zh)', () => {
  it.each([
    ['高级机械工程师', '工程师', 'engineer', '机械', ['高级']],
    ['资深销售经理', '经理', 'manager', '销售', ['资深']],
    ['首席数据分析师', '分析师', 'analyst', '数据', ['首席']],
    ['初级化工操作工', '操作工', 'operator', '化工', ['初级']],
    ['稀土冶炼技术员', '技术员', 'engineer', '稀土冶炼', []],
    ['財務主管', '主管', 'manager', '财务', []],
    ['投资部主管', '主管', 'manager', '投资', []],
    ['销售副经理', '经理', 'manager', '销售', ['副']],
  ])('%s → head %s (%s), modifier %s', (title, head, family, modifier, seniority) => {
    const p = parseTitle(title);
    expect(p.lang).toBe('zh');
    expect(p.head).toBe(head);
    expect(p.headFamily).toBe(family);
    expect(p.modifier).toBe(modifier);
    expect(p.seniority).toEqual(seniority);
  });

  it('uses a generic one-character head when no role word matches', () => {
    const p = parseTitle('调味师');
    expect(p.head).toBe('师');
    expect(p.headFamily).toBe('');
    expect(p.modifier).toBe('调味');
  });
});

describe('parseTitle (en)', () => {
  it.each([
    ['Senior Mechanical Engineer', 'engineer', 'engineer', 'mechanical', ['senior']],
    ['sales manager', 'manager', 'manager', 'sales', []],
    ['Manager of Sales', 'manager', 'manager', 'sales', []],
    ['Director, Human Resources', 'director', 'manager', 'human resources', []],
    ['Lead Software Developer II', 'developer', 'developer', 'software', ['lead']],
    ['Junior Data Analyst', 'analyst', 'analyst', 'data', ['junior']],
    ['Vice President of Finance', 'president', 'manager', 'finance', ['vice']],
  ])('%s → head %s (%s), modifier %s', (title, head, family, modifier, seniority) => {
    const p = parseTitle(title);
    expect(p.lang).toBe('en');
    expect(p.head).toBe(head);
    expect(p.headFamily).toBe(family);
    expect(p.modifier).toBe(modifier);
    expect(p.seniority).toEqual(seniority);
  });
});

describe('field families', () => {
  it('finds families in zh and en, sharing ids across languages', () => {
    const lex = sharedFieldLexicon();
    expect(lex.familiesOf('护士长')).toContain('health.nursing');
    expect(lex.familiesOf('registered nurses')).toContain('health.nursing');
    expect(lex.familiesOf('住房按揭顾问')).toContain('fin.lending');
    expect(lex.familiesOf('mortgage adviser')).toContain('fin.lending');
    expect(lex.familiesOf('customer service')).not.toContain('eng.maintenance');
    expect(lex.familiesOf('it技术招聘人员')).toEqual(expect.arrayContaining(['it.systems', 'hr.recruiting']));
  });
});

describe('title similarity', () => {
  it('prefers the same field with a related head over the same head in another field', () => {
    const q = parseTitle('机械工程师');
    const related = titleSimilarity(q, parseTitle('机械技术员'));
    const other = titleSimilarity(q, parseTitle('销售工程师'));
    expect(related.score).toBeGreaterThan(other.score);
    expect(related.head).toBeGreaterThan(0);
  });

  it('relates titles that share no word but a field family, across languages', () => {
    const q = parseTitle('childminder');
    expect(titleSimilarity(q, parseTitle('babysitter')).field).toBe(1);
    expect(titleSimilarity(q, parseTitle('育婴师')).field).toBe(1);
    expect(titleSimilarity(q, parseTitle('welder')).field).toBe(0);
  });
});

describe('TitleIndex', () => {
  it('ranks titles of the same field and related heads first', () => {
    const titles = ['销售经理', '机械设计工程师', '会计', '机械技术员', '前台接待', '数控操作工', '软件工程师'].map((title) => ({ title }));
    const index = new TitleIndex(titles);
    const top = Array.from(index.topK('高级机械工程师', 'zh', 3).docs).map((d) => titles[d].title);
    expect(top.slice(0, 2).sort()).toEqual(['机械技术员', '机械设计工程师'].sort());
  });

  it('matches English titles through head families and stems', () => {
    const titles = ['accounting clerk', 'mechanical technician', 'sales director', 'nurse'].map((title) => ({ title }));
    const index = new TitleIndex(titles);
    const top = Array.from(index.topK('Mechanical Engineers', 'en', 2).docs).map((d) => titles[d].title);
    expect(top[0]).toBe('mechanical technician');
  });
});
