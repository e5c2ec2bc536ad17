import { stem, TextAnalyser, TITLE_STOP_WORDS } from '../text/analyser';
import { sectorOf, sharedFieldLexicon, type FieldLexicon } from './field-lexicon';
import type { ParsedTitle } from './title-parser';

/** The index terms of one title, by field. Pseudo-terms carry a prefix no analysed word can have. */
export interface TitleTerms {
  /** Every term of the title (zh: words, bigrams, characters; en: stems). */
  title: string[];
  /** Terms of the modifier only: what the job is about, without the role word. */
  modifier: string[];
  /** `h:<head>`, `hf:<head family>`, `hg:<head group>`. */
  head: string[];
  /** `f:<field family>` of the whole title, once each. */
  family: string[];
  /** `s:<sector>` of those families, once each. */
  sector: string[];
}

let titleAnalyser: TextAnalyser | undefined;

/** Analyser for short titles: jieba search words + bigrams + characters; English stems, function words dropped. */
export function sharedTitleAnalyser(): TextAnalyser {
  return (titleAnalyser ??= new TextAnalyser({ zhWords: 'search', zhBigrams: true, zhUnigrams: true, latin: 'stem', stopWords: TITLE_STOP_WORDS }));
}

export function titleTerms(parsed: ParsedTitle, analyser = sharedTitleAnalyser(), lexicon: FieldLexicon = sharedFieldLexicon()): TitleTerms {
  const head: string[] = [];
  if (parsed.head) head.push(`h:${parsed.lang === 'en' ? stem(parsed.head) : parsed.head}`);
  if (parsed.headFamily) head.push(`hf:${parsed.headFamily}`);
  if (parsed.headGroup) head.push(`hg:${parsed.headGroup}`);
  const families = [...new Set(lexicon.familiesOf(parsed.text))];
  return {
    title: analyser.analyseNormalised(parsed.text),
    modifier: analyser.analyseNormalised(parsed.modifier),
    head,
    family: families.map((f) => `f:${f}`),
    sector: [...new Set(families.map(sectorOf))].map((s) => `s:${s}`),
  };
}
