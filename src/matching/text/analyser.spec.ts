import { charNgrams, latinTokens, splitRuns, TextAnalyser, TITLE_STOP_WORDS } from './analyser';
import { TermDictionary } from './term-dictionary';

describe('splitRuns', () => {
  it('separates Chinese runs from Latin and digit runs', () => {
    expect(splitRuns('html5开发人员')).toEqual([
      { text: 'html5', han: false },
      { text: '开发人员', han: true },
    ]);
    expect(splitRuns('it技术招聘 / senior')).toEqual([
      { text: 'it', han: false },
      { text: '技术招聘', han: true },
      { text: 'senior', han: false },
    ]);
  });
});

describe('TextAnalyser', () => {
  it('gives jieba search-mode words, bigrams and characters for Chinese', () => {
    const a = new TextAnalyser({ zhWords: 'search', zhBigrams: true, zhUnigrams: true });
    const terms = a.analyse('机械工程师');
    expect(terms).toEqual(expect.arrayContaining(['机械', '工程', '械工', '程师', '机', '师']));
  });

  it('falls back to characters and bigrams for words jieba does not know', () => {
    const a = new TextAnalyser({ zhWords: 'none', zhBigrams: true, zhUnigrams: true });
    expect(a.analyse('钕铁硼')).toEqual(['钕铁', '铁硼', '钕', '铁', '硼']);
  });

  it('stems English and drops stop words', () => {
    const a = new TextAnalyser();
    expect(a.analyse('Managers of the Engineering teams')).toEqual(['manag', 'engin', 'team']);
  });

  it('handles mixed text and Traditional input', () => {
    const a = new TextAnalyser({ zhWords: 'exact', zhBigrams: false, zhUnigrams: false });
    expect(a.analyse('Java開發工程師')).toEqual(['java', '开发', '工程师']);
  });

  it('plain Latin mode keeps lower-cased alphanumeric words', () => {
    expect(latinTokens('C++ Developer, HTML5', { latin: 'plain', stopWords: false })).toEqual(['c', 'developer', 'html5']);
  });

  it('title stop words keep "IT"', () => {
    expect(latinTokens('IT support', { latin: 'stem', stopWords: TITLE_STOP_WORDS })).toEqual(['it', 'support']);
    expect(latinTokens('IT support', { latin: 'stem', stopWords: true })).toEqual(['support']);
  });

  it('builds character n-grams over code points', () => {
    expect(charNgrams('𠮷野家', 2)).toEqual(['𠮷野', '野家']);
  });
});

describe('TermDictionary', () => {
  it('interns terms to dense stable ids and looks queries up without growing', () => {
    const d = new TermDictionary();
    expect(Array.from(d.internAll(['a', 'b', 'a']))).toEqual([0, 1, 0]);
    expect(d.get('b')).toBe(1);
    expect(d.get('zzz')).toBe(-1);
    expect(Array.from(d.lookupAll(['b', 'zzz', 'a']))).toEqual([1, 0]);
    expect(d.size).toBe(2);
    expect(d.term(1)).toBe('b');
  });
});
