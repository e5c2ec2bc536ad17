import { BM25Index } from '../index/bm25-index';
import { topKOfScores } from '../index/top-k';
import { TextAnalyser } from '../text/analyser';
import { defaultJieba } from '../text/jieba';
import { TermDictionary } from '../text/term-dictionary';
import type { EvalPosition, EvalTalent } from './dataset';
import type { PositionRanker } from './ranker';

/**
 * The README's reference: one BM25 field (k1 1.2, b 0.75) over title ×2 + description + skills, queried with
 * headline + summary + skills; jieba search-mode words + character bigrams for Chinese, lower-cased
 * alphanumeric words for Latin text; jieba's default dictionary, Lucene IDF. Every position is ranked (zero scores
 * last, by index).
 */
export class BaselineBm25Ranker implements PositionRanker {
  readonly name = 'bm25';
  private readonly analyser = new TextAnalyser({ zhWords: 'search', zhBigrams: true, zhUnigrams: false, latin: 'plain', stopWords: false }, defaultJieba());
  private readonly dict = new TermDictionary();
  private readonly index: BM25Index;
  private readonly scores: Float32Array;

  constructor(positions: readonly EvalPosition[]) {
    const docs = positions.map((p) => {
      const title = this.analyser.analyse(p.title);
      const tokens = [...title, ...title, ...this.analyser.analyse(p.description), ...this.analyser.analyse((p.skills ?? []).join(' ; '))];
      return [this.dict.internAll(tokens)];
    });
    this.index = BM25Index.build([{ name: 'all' }], docs, this.dict.size, { k1: 1.2, b: 0.75 });
    this.scores = new Float32Array(positions.length);
  }

  rank(talent: EvalTalent, k: number): { docs: Int32Array; scores: Float32Array } {
    const tokens = [...this.analyser.analyse(talent.headline), ...this.analyser.analyse(talent.summary), ...this.analyser.analyse((talent.skills ?? []).join(' ; '))];
    this.index.scoreAll(this.dict.lookupAll(tokens), null, this.scores);
    return topKOfScores(this.scores, k);
  }
}
