import { estimateSeniority, paySeniority, titleSeniority, yearsSeniority } from './seniority';

describe('seniority lexicon', () => {
  it.each([
    ['萃取操作工', 0],
    ['萃取工艺技术员', 0.5],
    ['稀土萃取分离工程师', 1],
    ['高级工程师', 2],
    ['分离车间工艺主管', 2],
    ['销售经理', 3],
    ['大客户经理', 2],
    ['稀土冶炼技术部部长', 3],
    ['信息中心主任', 3],
    ['分离厂总工程师', 4],
    ['销售总监', 4],
    ['营销中心总经理', 4],
    ['电解厂技术副厂长', 3.5],
    ['硅钢首席工程师', 3.5],
    ['冶金工程应届生', 0],
    ['machine operator', 0],
    ['software engineer', 1],
    ['senior software engineer', 1.8],
    ['sales manager', 3],
    ['assistant manager', 2.5],
    ['chief engineer', 4],
    ['vice president of sales', 4],
    ['director of engineering', 3.5],
  ])('%s → %s', (title, level) => {
    expect(titleSeniority(title)?.level).toBeCloseTo(level, 5);
  });

  it('knows no rung for a title without a role word', () => {
    expect(titleSeniority('稀土')).toBeNull();
    expect(titleSeniority('')).toBeNull();
  });

  it('reads years and pay with diminishing returns', () => {
    expect(yearsSeniority(16) - yearsSeniority(8)).toBeLessThan(yearsSeniority(8) - yearsSeniority(0));
    expect(paySeniority(10000)).toBeGreaterThan(paySeniority(6000));
  });

  it('gives no confidence to a bare title, some to a title with numbers', () => {
    expect(estimateSeniority({ title: 4 }).confidence).toBe(0);
    expect(estimateSeniority({ title: 4, years: 3 }).confidence).toBeGreaterThan(0.5);
    expect(estimateSeniority({}).confidence).toBe(0);
  });
});
