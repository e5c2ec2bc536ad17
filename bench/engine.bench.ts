/**
 * Engine benchmark (`npm run bench:engine`): full top-k in both directions over worker threads, one talent
 * against all positions, one position against all talents, memory, and text ranking against peer
 * libraries, at 2,000 × 225 and 100,000 × 5,000 on seeded synthetic data. Prints figures; asserts nothing.
 *
 *   node dist/bench/engine.bench.js [--json] [--scale small|large|all]
 */
import * as os from 'node:os';
import { BothWayLists } from '../src/matching/engine/both-way-lists';
import type { FullTopK } from '../src/matching/engine/full-top-k';
import { ShardedEngine } from '../src/matching/engine/sharded-engine';
import type { PositionProfile } from '../src/matching/types';
import { MatchingEngine } from '../src/matching/engine/matching-engine';
import { syntheticCorpus } from './synthetic-data';
import { runTextBench, textCorpus } from './text-bench';

interface Row {
  scale: string;
  measure: 'full' | 'one-talent' | 'one-position' | 'position-edit' | 'text' | 'peer';
  peer?: string;
  ms?: number;
  p50Ms?: number;
  p95Ms?: number;
  speedup?: number;
  overlap10?: number;
  rssMB?: number;
  [extra: string]: unknown;
}

interface Scale {
  name: string;
  talents: number;
  positions: number;
  fullRuns: number;
  oneTalent: number;
  onePosition: number;
  textQueries: number;
}

const SCALES: Scale[] = [
  { name: '2000x225', talents: 2000, positions: 225, fullRuns: 7, oneTalent: 200, onePosition: 200, textQueries: 50 },
  { name: '100000x5000', talents: 100_000, positions: 5000, fullRuns: 1, oneTalent: 200, onePosition: 50, textQueries: 20 },
];
const K = 50;
const THREADS = 2;

const args = process.argv.slice(2);
const json = args.includes('--json');
const scaleArg = args.includes('--scale') ? args[args.indexOf('--scale') + 1] : 'all';
const rows: Row[] = [];

const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const rssMB = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function emit(row: Row): void {
  rows.push(row);
  if (json) process.stdout.write(`${JSON.stringify(row)}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(samples: number[]): { p50Ms: number; p95Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 50), 3), p95Ms: round(percentile(sorted, 95), 3) };
}

/** Every n-th item, n items in all (a deterministic sample spread over the corpus). */
function spread<T>(items: readonly T[], n: number, phase = 0): T[] {
  const step = Math.max(1, Math.floor(items.length / n));
  const out: T[] = [];
  for (let i = phase % step; i < items.length && out.length < n; i += step) out.push(items[i]);
  return out;
}

async function runScale(scale: Scale): Promise<void> {
  let started = performance.now();
  const corpus = syntheticCorpus(scale.talents, scale.positions);
  log(`${scale.name}: synthetic data ${round(performance.now() - started, 0)} ms`);

  // Full top-k over worker threads. Build = starting the workers, cloning the profiles to them and each
  // building its engine (compiling every talent: jieba, taxonomy); scoring = the request until the merged
  // lists are back in the main thread.
  started = performance.now();
  const sharded = await ShardedEngine.start(corpus.positions, corpus.talents, { threads: THREADS });
  const buildMs = performance.now() - started;
  log(`${scale.name}: ${THREADS} workers built their engines in ${round(buildMs, 0)} ms (${sharded.buildMs.map((x) => round(x, 0)).join(', ')} ms inside)`);
  const fullSamples: number[] = [];
  let scoredPairs = 0;
  let lastFull: FullTopK | undefined;
  for (let run = 0; run < scale.fullRuns; run++) {
    started = performance.now();
    const result = await sharded.fullTopK(K);
    lastFull = result;
    fullSamples.push(performance.now() - started);
    scoredPairs = result.scoredPairs;
    log(`${scale.name}: full top ${K} in ${round(fullSamples[run], 0)} ms (inside the workers: ${result.shardMs.map((x) => round(x, 0)).join(', ')} ms)`);
  }
  // With several runs the first warms the JIT; the median of the others is reported.
  const timed = fullSamples.length > 1 ? fullSamples.slice(1).sort((a, b) => a - b) : fullSamples;
  const pairs = scale.talents * scale.positions;
  emit({
    scale: scale.name,
    measure: 'full',
    ms: round(percentile(timed, 50), 1),
    buildMs: round(buildMs, 0),
    threads: THREADS,
    k: K,
    runs: timed.length,
    scoredShare: round(scoredPairs / pairs, 4),
    rssMB: rssMB(),
  });

  const positions = sharded.positionIds;
  const onePosition: number[] = [];
  for (const id of spread(positions, 5, 1)) await sharded.topTalentsForPosition(id, K); // warm-up
  for (const id of spread(positions, scale.onePosition)) {
    started = performance.now();
    await sharded.topTalentsForPosition(id, K);
    onePosition.push(performance.now() - started);
  }
  emit({ scale: scale.name, measure: 'one-position', ...summary(onePosition), threads: THREADS, samples: onePosition.length, rssMB: rssMB() });
  await positionEdits(scale, sharded, lastFull!, corpus.positions);
  await sharded.close();

  // One talent against all positions, in this thread: a talent edit (compile + score the row + top 50),
  // and the row alone for a talent already compiled (a recompute after a position change).
  started = performance.now();
  const engine = new MatchingEngine(corpus.positions);
  const engineBuildMs = performance.now() - started;
  for (const t of spread(corpus.talents, 20, 3)) {
    engine.upsertTalent(t); // warm-up
    engine.rankPositionsForTalent(t.id, { limit: K });
  }
  const edit: number[] = [];
  const row: number[] = [];
  for (const t of spread(corpus.talents, scale.oneTalent)) {
    started = performance.now();
    engine.upsertTalent(t);
    engine.rankPositionsForTalent(t.id, { limit: K });
    edit.push(performance.now() - started);
    started = performance.now();
    engine.rankPositionsForTalent(t.id, { limit: K });
    row.push(performance.now() - started);
  }
  const rowSummary = summary(row);
  emit({
    scale: scale.name,
    measure: 'one-talent',
    ...summary(edit),
    rowOnlyP50Ms: rowSummary.p50Ms,
    rowOnlyP95Ms: rowSummary.p95Ms,
    positionsBuildMs: round(engineBuildMs, 0),
    samples: edit.length,
    rssMB: rssMB(),
  });

  started = performance.now();
  const text = textCorpus(corpus.talents, corpus.positions, scale.textQueries);
  const avg = (xs: string[][]) => round(xs.reduce((s, x) => s + x.length, 0) / xs.length, 1);
  log(`${scale.name}: analysed ${text.docs.length} documents (${avg(text.docs)} tokens) and ${text.queries.length} queries (${avg(text.queries)} tokens) in ${round(performance.now() - started, 0)} ms`);
  const results = runTextBench(text.docs, text.queries, scale.textQueries, log);
  const [own, ...peers] = results;
  const common = { docs: text.docs.length, docTokens: avg(text.docs), queryTokens: avg(text.queries), queries: own.queries };
  emit({ scale: scale.name, measure: 'text', ms: round(own.ms, 3), overlap10: round(own.overlap10, 3), buildMs: round(own.buildMs, 0), ...common, rssMB: rssMB() });
  for (const p of peers) {
    emit({
      scale: scale.name,
      measure: 'peer',
      peer: p.system,
      ms: round(p.ms, 3),
      speedup: round(p.ms / own.ms, 1),
      overlap10: round(p.overlap10, 3),
      buildMs: round(p.buildMs, 0),
      ...common,
      rssMB: rssMB(),
    });
  }
}

/** Lists kept in memory: serve SERVE, hold K = SERVE + SERVE / 4 (slack), initialised from the full top K. */
const SERVE = 40;
const EDITS = 50;

/**
 * A realistic position edit: other duties in the description and changed required skills (one added, or
 * another position's requirements), alternating.
 */
function editedPosition(p: PositionProfile, n: number, other: PositionProfile): PositionProfile {
  if (n % 2 === 0) {
    return { ...p, description: `${p.description ?? ''}${other.description ?? ''}`, requiredSkills: other.requiredSkills, preferredSkills: other.preferredSkills };
  }
  return {
    ...p,
    description: `${p.description ?? ''}负责熔盐电解与真空熔炼工艺改进，参与安全生产管理。`,
    requiredSkills: [...(p.requiredSkills ?? []).slice(1), { name: n % 3 ? 'PLC编程' : '真空熔炼', weight: 1, minLevel: 2 }],
  };
}

/**
 * Position edit → both directions updated in memory: the shards rebuild their position side (upsert),
 * the column is scored over all talents in parallel, the lists take it (the position's list replaced,
 * every talent row it enters or leaves updated) and the rows that fell short are refilled from the shards.
 * Edits of existing positions spread over the corpus, plus a few added and closed positions.
 */
async function positionEdits(scale: Scale, sharded: ShardedEngine, full: FullTopK, profiles: readonly PositionProfile[]): Promise<void> {
  let started = performance.now();
  const lists = BothWayLists.fromFullTopK(full, sharded.talentIds, sharded.positionIds, { serve: SERVE, capacity: K });
  const initMs = performance.now() - started;
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const ids = [...sharded.positionIds];
  type Edit = { kind: 'edit' | 'add' | 'close'; profile?: PositionProfile; id: string };
  const plan: Edit[] = [];
  const targets = spread(ids, EDITS, 2);
  for (let i = 0; i < EDITS; i++) {
    const id = targets[i % targets.length];
    const other = byId.get(ids[(ids.indexOf(id) + Math.floor(ids.length / 2)) % ids.length])!;
    if (i % 17 === 5) plan.push({ kind: 'add', id: `${id}-new-${i}`, profile: { ...editedPosition(byId.get(id)!, i, other), id: `${id}-new-${i}` } });
    else if (i % 17 === 11) plan.push({ kind: 'close', id });
    else plan.push({ kind: 'edit', id, profile: editedPosition(byId.get(id)!, i, other) });
  }
  const warm = spread(ids, 3, 7).map((id, i) => ({ kind: 'edit' as const, id, profile: editedPosition(byId.get(id)!, i, byId.get(ids[0])!) }));
  const samples: number[] = [];
  const phases = { upsert: [] as number[], column: [] as number[], apply: [] as number[], refill: [] as number[] };
  let changedRows = 0;
  let refills = 0;
  for (const [n, edit] of [...warm, ...plan].entries()) {
    const timed = n >= warm.length;
    started = performance.now();
    let t = started;
    let update: { changed: number; refill: string[] };
    if (edit.kind === 'close') {
      await sharded.removePosition(edit.id);
      const u = performance.now();
      update = lists.removePosition(edit.id);
      if (timed) phases.upsert.push(u - t), phases.apply.push(performance.now() - u);
      t = performance.now();
    } else {
      await sharded.upsertPosition(edit.profile!);
      const u = performance.now();
      const column = await sharded.column(edit.id);
      const c = performance.now();
      update = lists.applyPositionColumn(edit.id, column.scores, column.eligible, sharded.talentIds);
      t = performance.now();
      if (timed) phases.upsert.push(u - started), phases.column.push(c - u), phases.apply.push(t - c);
    }
    if (update.refill.length > 0) {
      const positionIds = sharded.positionIds;
      const rows = await sharded.rows(update.refill, K);
      update.refill.forEach((id, r) => lists.refillTalentRow(id, positionIds, rows.indexes.subarray(r * K, (r + 1) * K), rows.scores.subarray(r * K, (r + 1) * K), K));
    }
    const ms = performance.now() - started;
    if (timed) {
      phases.refill.push(performance.now() - t);
      samples.push(ms);
      changedRows += update.changed;
      refills += update.refill.length;
    }
  }
  const p50 = (xs: number[]) => (xs.length ? round(percentile([...xs].sort((a, b) => a - b), 50), 1) : 0);
  log(
    `${scale.name}: ${samples.length} position edits: upsert p50 ${p50(phases.upsert)} ms, column p50 ${p50(phases.column)} ms, ` +
      `lists p50 ${p50(phases.apply)} ms, refills p50 ${p50(phases.refill)} ms; lists from the full top ${K} in ${round(initMs, 0)} ms`,
  );
  emit({
    scale: scale.name,
    measure: 'position-edit',
    ...summary(samples),
    samples: samples.length,
    edits: plan.filter((e) => e.kind === 'edit').length,
    added: plan.filter((e) => e.kind === 'add').length,
    closed: plan.filter((e) => e.kind === 'close').length,
    serve: SERVE,
    capacity: K,
    threads: THREADS,
    meanRowsChanged: round(changedRows / samples.length, 1),
    refills,
    upsertP50Ms: p50(phases.upsert),
    columnP50Ms: p50(phases.column),
    listsP50Ms: p50(phases.apply),
    listsInitMs: round(initMs, 0),
    rssMB: rssMB(),
  });
}

function printTable(): void {
  const header = ['scale', 'measure', 'system', 'ms', 'p50 ms', 'p95 ms', 'speed-up', 'overlap@10', 'rss MB', 'notes'];
  const lines = rows.map((r) => {
    const notes: string[] = [];
    if (r.measure === 'full') notes.push(`build ${r.buildMs} ms (${r.threads} workers, not in ms)`, `k=${r.k}`, `scored ${(100 * (r.scoredShare as number)).toFixed(1)}% of pairs`, `median of ${r.runs}`);
    if (r.measure === 'one-talent') notes.push(`compile+row+top${K}; row only p50 ${r.rowOnlyP50Ms} / p95 ${r.rowOnlyP95Ms} ms`, `${r.samples} talents`);
    if (r.measure === 'one-position') notes.push(`${r.threads} workers, top ${K}`, `${r.samples} positions`);
    if (r.measure === 'position-edit') {
      notes.push(
        `edit → both directions in memory (${r.threads} workers; ${r.edits} edits, ${r.added} added, ${r.closed} closed)`,
        `serve ${r.serve} of ${r.capacity}`,
        `rows changed ${r.meanRowsChanged}/edit, ${r.refills} refills`,
        `p50 upsert ${r.upsertP50Ms} + column ${r.columnP50Ms} + lists ${r.listsP50Ms} ms`,
      );
    }
    if (r.measure === 'text' || r.measure === 'peer') notes.push(`${r.docs} docs × ${r.docTokens} tok, ${r.queries} queries × ${r.queryTokens} tok, build ${r.buildMs} ms`);
    const system = r.measure === 'peer' ? r.peer! : r.measure === 'text' ? 'engine BM25Index' : 'engine';
    const show = (x: number | undefined) => (x === undefined ? '' : String(x));
    return [r.scale, r.measure, system, show(r.ms), show(r.p50Ms), show(r.p95Ms), r.speedup === undefined ? '' : `${r.speedup}×`, show(r.overlap10), show(r.rssMB), notes.join('; ')];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
}

async function main(): Promise<void> {
  const chosen = SCALES.filter((s) => scaleArg === 'all' || (scaleArg === 'small' ? s.talents <= 2000 : s.talents > 2000));
  if (chosen.length === 0) throw new Error(`--scale must be small, large or all (got ${scaleArg})`);
  const started = performance.now();
  log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const scale of chosen) await runScale(scale);
  log(`done in ${round((performance.now() - started) / 1000, 1)} s; peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (!json) printTable();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
