import { sectorOf, sharedFieldLexicon, type FieldLexicon } from './field-lexicon';
import { sharedTitleAnalyser } from './title-features';
import type { ParsedTitle } from './title-parser';

/** Weights of the pairwise title similarity (an explanation-friendly score in [0, 1]). */
export interface TitleSimilarityParams {
  modifier: number;
  head: number;
  field: number;
  /** Head credit: same head word, same head family, same head group. */
  sameHead: number;
  sameHeadFamily: number;
  sameHeadGroup: number;
  /** Credit for sharing only a sector (finance, health …) and not a fine family. */
  sameSector: number;
}

export const DEFAULT_TITLE_SIMILARITY: TitleSimilarityParams = {
  modifier: 0.45,
  head: 0.2,
  field: 0.35,
  sameHead: 1,
  sameHeadFamily: 0.7,
  sameHeadGroup: 0.35,
  sameSector: 0.4,
};

export interface TitleSimilarity {
  score: number;
  modifier: number;
  head: number;
  field: number;
}

/**
 * Similarity of two parsed titles: Dice overlap of modifier terms, head agreement through head families,
 * and field agreement through field families (fine family, else sector). For explaining one pair; ranking
 * many titles goes through TitleIndex.
 */
export function titleSimilarity(
  a: ParsedTitle,
  b: ParsedTitle,
  params: TitleSimilarityParams = DEFAULT_TITLE_SIMILARITY,
  lexicon: FieldLexicon = sharedFieldLexicon(),
): TitleSimilarity {
  const analyser = sharedTitleAnalyser();
  const ma = new Set(analyser.analyseNormalised(a.modifier || a.text));
  const mb = new Set(analyser.analyseNormalised(b.modifier || b.text));
  let shared = 0;
  for (const t of ma) if (mb.has(t)) shared++;
  const modifier = ma.size + mb.size > 0 ? (2 * shared) / (ma.size + mb.size) : 0;

  let head = 0;
  if (a.head && a.head === b.head) head = params.sameHead;
  else if (a.headFamily && a.headFamily === b.headFamily) head = params.sameHeadFamily;
  else if (a.headGroup && a.headGroup === b.headGroup) head = params.sameHeadGroup;

  const fa = new Set(lexicon.familiesOf(a.text));
  const fb = new Set(lexicon.familiesOf(b.text));
  let field = 0;
  if ([...fa].some((f) => fb.has(f))) field = 1;
  else {
    const sb = new Set([...fb].map(sectorOf));
    if ([...fa].some((f) => sb.has(sectorOf(f)))) field = params.sameSector;
  }
  const score = params.modifier * modifier + params.head * head + params.field * field;
  return { score, modifier, head, field };
}
