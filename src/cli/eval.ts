/**
 * Ranking-quality evaluation: `node dist/cli/eval.js <folder> [--run FILE] [--json]` or `--all [root]`.
 * Ranks every position for every talent with the engine and with the README's plain BM25 reference in the
 * same run, and prints MAP@1000, MRR, NDCG@10 and R@10 for both.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FusedRanker } from '../matching/index/fused-ranker';
import { BaselineBm25Ranker } from '../matching/eval/baseline-ranker';
import { EngineRanker } from '../matching/eval/engine-ranker';
import { loadEvalSet } from '../matching/eval/dataset';
import type { RankerFactory } from '../matching/eval/ranker';
import { evaluateSystem, formatTable, formatTrecRun, type SystemResult } from '../matching/eval/run-eval';

/** The full engine, its text-relevance part alone, and the plain BM25 reference, in one run. */
const SYSTEMS: ReadonlyArray<[string, RankerFactory]> = [
  ['engine', (positions) => new EngineRanker(positions)],
  ['relevance', (positions) => new FusedRanker(positions)],
  ['bm25', (positions) => new BaselineBm25Ranker(positions)],
];

interface Args {
  folders: string[];
  runFile?: string;
  json: boolean;
}

function isSetFolder(dir: string): boolean {
  return ['positions.jsonl', 'talents.jsonl', 'qrels.tsv'].every((f) => existsSync(join(dir, f)));
}

function parseArgs(argv: string[]): Args {
  const args: Args = { folders: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--run') args.runFile = argv[++i];
    else if (a === '--all') {
      const next = argv[i + 1];
      const root = next && !next.startsWith('--') ? (i++, next) : join('..', 'shared', 'eval');
      const abs = resolve(root);
      for (const name of readdirSync(abs).sort()) {
        const dir = join(abs, name);
        if (statSync(dir).isDirectory() && isSetFolder(dir)) args.folders.push(dir);
      }
    } else if (a === '--help' || a === '-h') {
      args.folders = [];
      break;
    } else args.folders.push(resolve(a));
  }
  return args;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (args.folders.length === 0) {
    process.stderr.write('usage: eval <folder> [--run FILE] [--json] | eval --all [root]\n');
    return 2;
  }
  const results: SystemResult[] = [];
  const runs: string[] = [];
  for (const folder of args.folders) {
    if (!isSetFolder(folder)) {
      process.stderr.write(`not an evaluation set: ${folder}\n`);
      return 2;
    }
    const set = loadEvalSet(folder);
    for (const [name, factory] of SYSTEMS) {
      const result = evaluateSystem(set, name, factory);
      results.push(result);
      if (name === 'engine') runs.push(formatTrecRun(result));
      if (args.json) {
        const { MAP, MRR, NDCG10, R10 } = result.metrics;
        process.stdout.write(JSON.stringify({ set: set.name, system: name, MAP, MRR, NDCG10, R10 }) + '\n');
      }
    }
  }
  if (args.runFile) writeFileSync(args.runFile, runs.join(''));
  if (!args.json) process.stdout.write(formatTable(results) + '\n');
  return 0;
}

process.exitCode = main();
