import type { EvalSet } from './dataset';
import { evaluateRuns, type Metrics } from './metrics';
import type { RankerFactory } from './ranker';

export interface SystemResult {
  set: string;
  system: string;
  metrics: Metrics;
  /** talent id → ranked position ids (top 1000). */
  run: Map<string, string[]>;
  /** talent id → the scores of `run`, same order. */
  scores: Map<string, Float32Array>;
  buildMs: number;
  queryMs: number;
}

export const RUN_DEPTH = 1000;

/** Rank all positions for every talent of a set with one system and score the run. */
export function evaluateSystem(set: EvalSet, system: string, factory: RankerFactory): SystemResult {
  const t0 = performance.now();
  const ranker = factory(set.positions);
  const t1 = performance.now();
  const run = new Map<string, string[]>();
  const scoreRun = new Map<string, Float32Array>();
  for (const talent of set.talents) {
    const { docs, scores } = ranker.rank(talent, RUN_DEPTH);
    run.set(talent.id, Array.from(docs, (d) => set.positions[d].id));
    scoreRun.set(talent.id, scores);
  }
  const t2 = performance.now();
  return { set: set.name, system, metrics: evaluateRuns(run, set.qrels), run, scores: scoreRun, buildMs: t1 - t0, queryMs: t2 - t1 };
}

/** TREC run format: `query Q0 doc rank score tag`. */
export function formatTrecRun(result: SystemResult): string {
  const lines: string[] = [];
  for (const [query, docs] of result.run) {
    const scores = result.scores.get(query);
    docs.forEach((doc, i) => lines.push(`${query} Q0 ${doc} ${i + 1} ${(scores?.[i] ?? 0).toFixed(6)} ${result.system}`));
  }
  return lines.join('\n') + '\n';
}

export function formatTable(results: readonly SystemResult[]): string {
  const head = ['set', 'system', 'MAP', 'MRR', 'NDCG@10', 'R@10', 'queries', 'ms/query'];
  const rows = results.map((r) => [
    r.set,
    r.system,
    r.metrics.MAP.toFixed(3),
    r.metrics.MRR.toFixed(3),
    r.metrics.NDCG10.toFixed(3),
    r.metrics.R10.toFixed(3),
    String(r.metrics.queries),
    (r.queryMs / Math.max(1, r.run.size)).toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}
