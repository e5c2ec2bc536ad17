import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A position in an evaluation set (the layout of /work/shared/eval). */
export interface EvalPosition {
  id: string;
  title: string;
  description?: string;
  skills?: string[];
  lang: 'zh' | 'en';
}

/** A talent (query) in an evaluation set. */
export interface EvalTalent {
  id: string;
  headline: string;
  summary?: string;
  skills?: string[];
  lang: 'zh' | 'en';
}

/** talent id → position id → grade (> 0). */
export type Qrels = Map<string, Map<string, number>>;

export interface EvalSet {
  name: string;
  positions: EvalPosition[];
  talents: EvalTalent[];
  qrels: Qrels;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** Parse TREC qrels: `query 0 doc grade`, tab or space separated. */
export function parseQrels(text: string): Qrels {
  const qrels: Qrels = new Map();
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    const grade = Number(parts[3]);
    if (!(grade > 0)) continue;
    let m = qrels.get(parts[0]);
    if (!m) qrels.set(parts[0], (m = new Map()));
    m.set(parts[2], grade);
  }
  return qrels;
}

export function loadEvalSet(folder: string, name = folder.split(/[\\/]/).filter(Boolean).pop() ?? folder): EvalSet {
  return {
    name,
    positions: readJsonl<EvalPosition>(join(folder, 'positions.jsonl')),
    talents: readJsonl<EvalTalent>(join(folder, 'talents.jsonl')),
    qrels: parseQrels(readFileSync(join(folder, 'qrels.tsv'), 'utf8')),
  };
}
