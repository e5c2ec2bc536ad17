/**
 * `npm run bench:freshness [-- --json]`: how fast a talent edit reaches the stored matches, on the demo
 * data (2,000 talents × 225 positions), through the real pipeline: API process → outbox row → relay
 * (debounced) → BullMQ → worker process(es) → PostgreSQL; with 1, then 2 worker processes. A benchmark:
 * prints figures, asserts nothing.
 *
 * Latency of an edit = from sending PATCH /talents/:id to the commit of its results: the first 5 ms poll
 * that sees the talent's watermark (talent_match_state, written in the same transaction as the talent's
 * match rows, also when the talent has no stored rows) carry the version the PATCH returned.
 * Recomputes per burst = activations of the talent's BullMQ job caused by 20 back-to-back edits to it.
 *
 * Own database (bench_freshness_<random>, dropped at the end) and own Redis database (/9, flushed).
 * Overrides: TEST_DATABASE_ADMIN_URL, TEST_REDIS_URL (or BENCH_REDIS_URL with a database number),
 * BENCH_EDITS, BENCH_BURSTS, BENCH_WORKERS (e.g. "1,2,3"); RECOMPUTE_* and JOB_LOCK_MS are passed on
 * to the API and the workers.
 */
import * as os from 'node:os';
import { Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { JobWatch } from './freshness/job-watch';
import { BenchCleanup, benchStores, Child, freePort, healthy, runBench, startChild, withRedisDb } from './freshness/processes';
import { BurstSample, burstRun, latencyRun, patchTalent, POLL_MS, segments, settle, signIn, summary, TalentRow, waitCommitted } from './freshness/scenario';
import { max, mean, ms } from './freshness/stats';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? withRedisDb(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', 9);
const JSON_OUT = process.argv.includes('--json');
const EDITS = intEnv('BENCH_EDITS', 200);
const BURSTS = intEnv('BENCH_BURSTS', 10);
const BURST_SIZE = 20;
const EDITS_PER_SECOND = 20;
const WORKER_COUNTS = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const PASSED_ON = /^(RECOMPUTE_|JOB_LOCK_MS$|MATCH_STORE_|REDIS_REQUIRE_NOEVICTION$)/;

function intEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

interface Result {
  workers: number;
  p50Ms: number;
  p95Ms: number;
  recomputesPerBurst: number;
  maxMs: number;
  meanMs: number;
  edits: number;
  timeouts: number;
  editsPerSecond: number;
  runsPerEdit: number;
  processedP50Ms: number;
  processedP95Ms: number;
  segmentsP50Ms: Record<string, number>;
  segmentsP95Ms: Record<string, number>;
  meanRecomputesPerBurst: number;
  bursts: number;
  burstSize: number;
  burstMaxGapMs: number;
  burstFreshP50Ms: number;
  burstFreshMaxMs: number;
  loadAverage: number;
}

/** Everything to undo, in reverse order, whatever happens (also on SIGINT/SIGTERM). */
const cleanup = new BenchCleanup(log);
const cleanups = cleanup.steps;

async function main(): Promise<Result[]> {
  const config = loadConfig(process.env);
  const passed = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => PASSED_ON.test(k) && v !== undefined)) as Record<string, string>;
  log(`cores ${os.cpus().length}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; debounce ${config.recomputeDebounceMs} ms; Redis ${REDIS_URL}`);

  // Runs last (cleanups run in reverse): after the database is dropped.
  cleanups.push(async () => void log(`dropped database ${databaseName}`));
  const { databaseName, databaseUrl } = await benchStores(ADMIN_URL, REDIS_URL, 'bench_freshness', cleanups);

  const port = await freePort();
  const env = { ...passed, DATABASE_URL: databaseUrl, REDIS_URL, SEED_DEMO: 'true', WRITES_PER_MINUTE: '1000000', PORT: String(port), HOST: '127.0.0.1' };
  const base = `http://127.0.0.1:${port}`;
  const warn = (name: string) => (line: string) => log(`${name}: ${line.trim().slice(0, 300)}`);
  const stopAll: Child[] = [];
  cleanups.push(async () => {
    for (const child of stopAll.splice(0).reverse()) await child.stop();
  });

  log(`starting the API on ${base} (creates the schema, loads the demo data)…`);
  let t = Date.now();
  const api = await startChild({
    name: 'api',
    entry: 'dist/src/main.js',
    env,
    onWarning: warn('api'),
    ready: healthy(base),
  });
  stopAll.push(api);
  await signIn(base, 'admin', 'Admin-demo-2026');
  log(`API ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  cleanups.push(() => db.end());
  const watch = new JobWatch(REDIS_URL);
  cleanups.push(() => watch.close());
  await watch.ready();

  const { rows } = await db.query<{ id: string; version: number; skills: TalentRow['skills'] }>(
    'SELECT id, version, skills FROM talent ORDER BY id',
  );
  const talents: TalentRow[] = rows.map((r) => ({ ...r, hasRows: false }));
  const perPhase = EDITS + BURSTS + 8 * Math.max(...WORKER_COUNTS);
  if (talents.length < perPhase * WORKER_COUNTS.length) throw new Error(`only ${talents.length} talents for ${perPhase * WORKER_COUNTS.length} distinct ones`);
  log(`${talents.length} talents loaded`);

  const results: Result[] = [];
  let firstPhase = true;
  for (const [phase, workers] of WORKER_COUNTS.entries()) {
    const pool = talents.slice(phase * perPhase, (phase + 1) * perPhase);
    const warmup = pool.slice(EDITS + BURSTS);
    const started: Child[] = [];
    t = Date.now();
    for (let i = 0; i < workers; i++) {
      const name = `worker${i + 1}/${workers}`;
      const child = await startChild({ name, entry: 'dist/src/worker.js', env, onWarning: warn(name), ready: (out) => out.includes(' ready') });
      started.push(child);
      stopAll.push(child);
    }
    log(`${workers} worker(s) ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
    await settle(db, watch);
    if (firstPhase) log(`initial full rebuild (2,000 talents, plus programmes) done in ${((Date.now() - t) / 1000).toFixed(1)} s with ${workers} worker(s)`);
    firstPhase = false;

    // Fresh worker processes build their engine on their first job: warm every worker up, unmeasured
    // (edits sent together, so each worker gets some).
    const warm = warmup.slice(0, 4 * workers);
    await Promise.all(warm.map((w, i) => patchTalent(base, w, i, 'warm-up')));
    for (const w of warm) await waitCommitted(db, w.id, w.version);
    await settle(db, watch);

    const measured = pool.slice(0, EDITS);
    const { rows: withRows } = await db.query<{ id: string }>('SELECT DISTINCT talent_id AS id FROM match WHERE talent_id = ANY($1::uuid[])', [measured.map((m) => m.id)]);
    const load0 = os.loadavg()[0];
    log(`${workers} worker(s): ${EDITS} edits, one at a time, at most ${EDITS_PER_SECOND}/s (${EDITS - withRows.length} of the talents have no stored rows)…`);
    const latency = await latencyRun(db, base, watch, measured, EDITS_PER_SECOND, `bench-${workers}w`);
    const committed = latency.samples.map((s) => s.observed.committedAt - s.sentAt);
    const processed = latency.samples.map((s) => s.observed.processedAt - s.sentAt);
    const stale = await staleRows(db, measured);
    if (stale > 0) log(`WARNING: ${stale} match rows of edited talents do not carry the talent's current version`);

    log(`${workers} worker(s): ${BURSTS} bursts of ${BURST_SIZE} back-to-back edits, each to its own talent…`);
    const bursts: BurstSample[] = [];
    for (const [b, talent] of pool.slice(EDITS, EDITS + BURSTS).entries()) {
      bursts.push(await burstRun(db, base, watch, talent, BURST_SIZE, `burst-${workers}w-${b}`));
    }
    const burstStale = await staleRows(db, pool.slice(EDITS, EDITS + BURSTS));
    if (burstStale > 0) log(`WARNING: ${burstStale} match rows of burst talents do not carry the talent's current version`);

    const seg = segments(latency.samples);
    const pick = (f: (v: ReturnType<typeof summary>) => number) =>
      Object.fromEntries(Object.entries(seg).map(([k, v]) => [k, ms(f(summary(v)))]));
    const runs = bursts.map((b) => b.runs);
    results.push({
      workers,
      p50Ms: ms(summary(committed).p50),
      p95Ms: ms(summary(committed).p95),
      recomputesPerBurst: max(runs),
      maxMs: ms(summary(committed).max),
      meanMs: ms(summary(committed).mean),
      edits: EDITS,
      timeouts: committed.filter((c) => !Number.isFinite(c)).length,
      editsPerSecond: Math.round((EDITS / latency.elapsedMs) * 10_000) / 10,
      runsPerEdit: Math.round((latency.runs / EDITS) * 100) / 100,
      processedP50Ms: ms(summary(processed).p50),
      processedP95Ms: ms(summary(processed).p95),
      segmentsP50Ms: pick((s) => s.p50),
      segmentsP95Ms: pick((s) => s.p95),
      meanRecomputesPerBurst: Math.round(mean(runs) * 100) / 100,
      bursts: BURSTS,
      burstSize: BURST_SIZE,
      burstMaxGapMs: ms(max(bursts.map((b) => b.maxGapMs))),
      burstFreshP50Ms: ms(summary(bursts.map((b) => b.freshMs)).p50),
      burstFreshMaxMs: ms(summary(bursts.map((b) => b.freshMs)).max),
      loadAverage: Math.round(((load0 + os.loadavg()[0]) / 2) * 100) / 100,
    });
    log(`${workers} worker(s): p50 ${results.at(-1)!.p50Ms} ms, p95 ${results.at(-1)!.p95Ms} ms, runs per burst ${runs.join(' ')} (longest pause in each: ${bursts.map((b) => Math.round(b.maxGapMs)).join(' ')} ms)`);

    for (const child of started) {
      await child.stop();
      stopAll.splice(stopAll.indexOf(child), 1);
    }
  }
  return results;
}

/** Match rows of these talents that do not carry the talent's current version (expected: none). */
async function staleRows(db: Client, talents: TalentRow[]): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM match m JOIN talent t ON t.id = m.talent_id
      WHERE m.talent_id = ANY($1::uuid[]) AND m.talent_version <> t.version`,
    [talents.map((x) => x.id)],
  );
  return rows[0].n;
}

function print(results: Result[]): void {
  if (JSON_OUT) {
    for (const r of results) process.stdout.write(JSON.stringify(r) + '\n');
    return;
  }
  const debounce = loadConfig(process.env).recomputeDebounceMs;
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : String(v));
  const out: string[] = [];
  out.push('');
  out.push(`Edit → committed results (demo data: 2,000 talents × 225 positions; API and workers as separate processes;`);
  out.push(`RECOMPUTE_DEBOUNCE_MS=${debounce}; ${os.cpus().length} cores, shared)`);
  out.push(`Latency = PATCH /talents/:id sent → first ${POLL_MS} ms poll seeing talent_match_state.talent_version ≥ the version the`);
  out.push(`PATCH returned (same transaction as the talent's match rows; also covers talents with no stored rows).`);
  out.push(`"outbox" = the same edit until recompute_request.processed_seq ≥ the requested_seq it wrote (a statement after the commit).`);
  out.push('');
  out.push('| workers | edits | edits/s | p50 ms | p95 ms | max ms | timeouts | outbox p50 / p95 ms | runs per edit | recomputes per burst of 20 (max / mean) | burst → fresh p50 / max ms | load avg |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    out.push(
      `| ${r.workers} | ${r.edits} | ${r.editsPerSecond} | ${f(r.p50Ms)} | ${f(r.p95Ms)} | ${f(r.maxMs)} | ${r.timeouts} | ${f(r.processedP50Ms)} / ${f(r.processedP95Ms)} | ${r.runsPerEdit} | ${r.recomputesPerBurst} / ${r.meanRecomputesPerBurst.toFixed(2)} | ${f(r.burstFreshP50Ms)} / ${f(r.burstFreshMaxMs)} | ${r.loadAverage} |`,
    );
  }
  out.push('');
  out.push('Where the time goes (p50 / p95 ms of each segment, per edit):');
  out.push('| workers | PATCH round trip | answered → job added (debounce + relay) | job added → taken | taken → write tx begins (read, score) | write tx → commit seen | commit → outbox marked |');
  out.push('|---|---|---|---|---|---|---|');
  for (const r of results) {
    const s = (k: string) => `${f(r.segmentsP50Ms[k])} / ${f(r.segmentsP95Ms[k])}`;
    out.push(`| ${r.workers} | ${s('api')} | ${s('toQueue')} | ${s('pickup')} | ${s('readAndScore')} | ${s('writeAndSee')} | ${s('markProcessed')} |`);
  }
  out.push('');
  out.push(`Targets: p95 ≤ 250 ms; at most 2 recomputes per burst. Longest pause between two edits of a burst (their`);
  out.push(`transactions' now(), which the relay's debounce compares): ${results.map((r) => `${f(r.burstMaxGapMs)} ms (${r.workers}w)`).join(', ')};`);
  out.push(`a pause longer than RECOMPUTE_DEBOUNCE_MS lets a run start mid-burst.`);
  process.stdout.write(out.join('\n') + '\n');
}

runBench(main, { cleanup, print, log });
