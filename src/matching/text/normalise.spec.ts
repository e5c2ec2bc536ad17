import fc from 'fast-check';
import { normalise } from './normalise';
import { TRADITIONAL_TO_SIMPLIFIED, toSimplified } from './traditional-map';

describe('normalise', () => {
  it('folds full-width digits, letters and the ideographic space to half-width, lower case', () => {
    expect(normalise('ＡＢＣ　１２３')).toBe('abc 123');
    expect(normalise('Ｃ＋＋开发工程师（３年）')).toBe('c++开发工程师(3年)');
  });

  it('maps common Traditional characters to Simplified', () => {
    expect(normalise('高級機械工程師')).toBe('高级机械工程师');
    expect(normalise('銷售經理')).toBe('销售经理');
    expect(normalise('會計師 · 稅務顧問')).toBe('会计师 · 税务顾问');
    expect(normalise('藥劑師')).toBe('药剂师');
  });

  it('keeps Simplified text, rare CJK characters and emoji unchanged', () => {
    expect(normalise('钕铁硼烧结工')).toBe('钕铁硼烧结工');
    expect(normalise('𠮷野家 🙂')).toBe('𠮷野家 🙂');
  });

  it('collapses white space and trims', () => {
    expect(normalise('  senior \t\n engineer ')).toBe('senior engineer');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalise(normalise(s)) === normalise(s)));
  });

  it('has a table of several hundred one-to-one mappings, none to itself', () => {
    expect(TRADITIONAL_TO_SIMPLIFIED.size).toBeGreaterThanOrEqual(300);
    for (const [from, to] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(String.fromCodePoint(from)).not.toBe(to);
      expect(TRADITIONAL_TO_SIMPLIFIED.has(to.codePointAt(0)!)).toBe(false);
    }
    expect(toSimplified('abc')).toBe('abc');
  });
});
