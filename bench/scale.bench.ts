/**
 * `npm run bench:scale [-- --talents N --positions M --workers W --edits E --rate R --timeout S --json]`:
 * the real recompute pipeline at regional scale (defaults: 100,000 talents × 5,000 positions, 2 worker
 * processes). A benchmark: prints figures, asserts nothing.
 *
 *  1. fresh stores: a new PostgreSQL database (dropped at the end) and a dedicated Redis on port 6385,
 *     database 0 (a redis-server is started there when nothing listens, and stopped at the end);
 *  2. seed: migrations, taxonomy, demo enterprises, synthetic positions and talents (bench/synthetic-data)
 *     in multi-row INSERTs in one transaction, and one full rebuild requested through the outbox;
 *  3. the API process and W worker processes; the full rebuild timed from the first worker's start until
 *     the outbox row ('rebuild', '*') is processed and no talent or rebuild request is pending;
 *  4. E position edits and E talent edits, interleaved, at R edits/s in total (PATCH through the API as
 *     the admin); latency edit → committed watermark, rows written per edit, memory of each process;
 *  5. a projection to 1,000,000 talents × 50,000 positions;
 *  6. clean-up (children stopped, database dropped, Redis flushed and the started server stopped).
 *
 * Overrides: TEST_DATABASE_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres), BENCH_REDIS_PORT
 * (6385); RECOMPUTE_*, JOB_LOCK_MS, MATCH_STORE_*, LOG_LEVEL are passed on to the API and the workers.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Pool } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { BenchCleanup, benchStores, Child, freePort, healthy, runBench, startChild } from './freshness/processes';
import { signIn, TalentRow } from './freshness/scenario';
import { nowMs, percentile, sleep } from './freshness/stats';
import { matchTableWrites, POLL_MS, PositionRow, positionWatermark, processMemory, runEdits, signInToken } from './scale/edits';
import { ensureRedis } from './scale/redis';
import { seedScale } from './scale/seed';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const TALENTS = flag('talents', 100_000);
const POSITIONS = flag('positions', 5_000);
const WORKERS = flag('workers', 2);
const EDITS = flag('edits', 100);
const RATE = flag('rate', 5);
const EDIT_TIMEOUT_MS = flag('timeout', 120) * 1000;
const REBUILD_TIMEOUT_MS = flag('rebuild-timeout', 4 * 3600) * 1000;
const JSON_OUT = process.argv.includes('--json');
/** Stop after seeding (times the seed at a scale whose rebuild would take too long). */
const SEED_ONLY = process.argv.includes('--seed-only');
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_PORT = Number(process.env.BENCH_REDIS_PORT ?? 6385);
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}/0`;
const PASSED_ON = /^(RECOMPUTE_|JOB_LOCK_MS$|MATCH_STORE_|REDIS_REQUIRE_NOEVICTION$|LOG_LEVEL$)/;
const ADMIN = { username: 'admin', password: 'Admin-scale-2026' };
const TARGET = { talents: 1_000_000, positions: 50_000, workers: [2, 8, 32] };
const TARGET_P95_MS = { talent: 250, position: 2_000 };

const log = (line: string) => process.stderr.write(`[bench:scale] ${line}\n`);

type Measure = Record<string, unknown> & { measure: string };

/** Everything to undo, in reverse order, whatever happens (also on SIGINT/SIGTERM). */
const cleanup = new BenchCleanup(log);
const cleanups = cleanup.steps;

const seconds = (ms: number) => Math.round(ms / 100) / 10;
const round = (v: number, digits = 1) => (Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : v);

/** Nearest-rank percentile over all values, Infinity included (bench/freshness/stats' percentile drops it). */
function rankPercentile(values: number[], p: number): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function pendingRecomputes(db: Pool): Promise<{ rebuildDone: boolean; pending: number }> {
  const { rows } = await db.query(
    `SELECT coalesce(bool_and(processed_seq >= requested_seq) FILTER (WHERE kind = 'rebuild' AND entity_id = '*'), false) AS rebuild_done,
            count(*) FILTER (WHERE kind IN ('talent', 'rebuild') AND requested_seq > processed_seq)::int AS pending
       FROM recompute_request`,
  );
  return { rebuildDone: rows[0].rebuild_done, pending: rows[0].pending };
}

async function main(): Promise<Measure[]> {
  const measures: Measure[] = [];
  const config = loadConfig(process.env);
  const passed = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => PASSED_ON.test(k) && v !== undefined)) as Record<string, string>;
  log(`${TALENTS} talents × ${POSITIONS} positions, ${WORKERS} worker(s), ${EDITS}+${EDITS} edits at ${RATE}/s; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; debounce ${config.recomputeDebounceMs} ms`);

  // Pushed first, so it runs last: after the Redis database has been flushed.
  const stopRedis = await ensureRedis(REDIS_PORT, log);
  if (stopRedis) cleanups.push(stopRedis);
  cleanups.push(async () => void log(`dropped database ${databaseName}`));
  const { databaseName, databaseUrl } = await benchStores(ADMIN_URL, REDIS_URL, 'bench_scale', cleanups);
  log(`database ${databaseName}, Redis ${REDIS_URL}`);

  const seed = await seedScale(databaseUrl, TALENTS, POSITIONS, log);
  measures.push({ measure: 'seed', talents: TALENTS, positions: POSITIONS, generateS: seconds(seed.generateMs), migrateS: seconds(seed.migrateMs), insertS: seconds(seed.insertMs) });

  if (SEED_ONLY) return measures;
  const db = new Pool({ connectionString: databaseUrl, max: 6 });
  cleanups.push(() => db.end());

  const port = await freePort();
  const env = {
    ...passed,
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    SEED_DEMO: 'false',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    // One key for the run (otherwise the API warns and signs with a per-process key).
    AUTH_SECRET: randomBytes(32).toString('hex'),
    WRITES_PER_MINUTE: '1000000',
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  const base = `http://127.0.0.1:${port}`;
  const warnings = new Map<string, number>();
  const warn = (name: string) => (line: string) => {
    const count = (warnings.get(name) ?? 0) + 1;
    warnings.set(name, count);
    if (count <= 20) log(`${name}: ${line.trim().slice(0, 300)}`);
    else if (count === 21) log(`${name}: further warnings counted, not shown`);
  };
  const children: Child[] = [];
  cleanups.push(async () => {
    for (const child of children.splice(0).reverse()) {
      await child.stop();
      // Kept for a look afterwards (warnings, the runner's timings).
      const file = path.join(os.tmpdir(), `${databaseName}-${child.name}.log`);
      fs.writeFileSync(file, child.output());
      log(`${child.name} log: ${file}`);
    }
  });

  let t = Date.now();
  const api = await startChild({
    name: 'api',
    entry: 'dist/src/main.js',
    env,
    onWarning: warn('api'),
    ready: healthy(base),
  });
  children.push(api);
  log(`API ready in ${seconds(Date.now() - t)} s`);

  // The full rebuild, end to end: from the first worker's start (the API has queued the job by then).
  const rebuildStarted = nowMs();
  const workers: Child[] = [];
  for (let i = 0; i < WORKERS; i++) {
    const name = `worker${i + 1}`;
    const child = await startChild({ name, entry: 'dist/src/worker.js', env, onWarning: warn(name), ready: (out) => out.includes(' ready') });
    workers.push(child);
    children.push(child);
  }
  const workersReadyS = seconds(nowMs() - rebuildStarted);
  log(`${WORKERS} worker(s) ready in ${workersReadyS} s; full rebuild running…`);
  let lastLog = Date.now();
  let partial = false;
  for (;;) {
    const state = await pendingRecomputes(db);
    if (state.rebuildDone && state.pending === 0) break;
    if (nowMs() - rebuildStarted > REBUILD_TIMEOUT_MS) {
      partial = true;
      break;
    }
    if (Date.now() - lastLog > 30_000) {
      const { rows } = await db.query('SELECT count(*)::int AS n FROM talent_match_state');
      log(`  … ${seconds(nowMs() - rebuildStarted)} s: ${rows[0].n} of ${TALENTS} talents written`);
      lastLog = Date.now();
    }
    await sleep(100);
  }
  const rebuildMs = nowMs() - rebuildStarted;
  const { rows: counted } = await db.query('SELECT count(*)::int AS n, (SELECT count(*)::int FROM talent_match_state) AS talents FROM match');
  const matchRows: number = counted[0].n;
  // Cut short (--rebuild-timeout): the rate of what was committed so far (committed shards of talents).
  const talentsDone: number = partial ? counted[0].talents : TALENTS;
  const pairsPerSecondPerWorker = (talentsDone * POSITIONS) / (rebuildMs / 1000) / WORKERS;
  measures.push({
    measure: 'rebuild',
    partial,
    talentsDone,
    talents: TALENTS,
    positions: POSITIONS,
    workers: WORKERS,
    seconds: seconds(rebuildMs),
    workersReadyS,
    matchRows,
    rowsPerS: Math.round(matchRows / (rebuildMs / 1000)),
    pairsPerSPerWorker: Math.round(pairsPerSecondPerWorker),
  });
  log(`full rebuild ${partial ? `cut short after ${seconds(rebuildMs)} s (${talentsDone} talents committed)` : `done in ${seconds(rebuildMs)} s`}: ${matchRows} match rows`);
  for (const [i, child] of [api, ...workers].entries()) measures.push({ measure: 'memory', at: 'after rebuild', process: i === 0 ? 'api' : child.name, pid: child.process.pid, ...processMemory(child.process.pid) });
  if (partial) {
    projections(measures, pairsPerSecondPerWorker);
    log('edits skipped: the rebuild is still running');
    return finish(measures, warnings);
  }

  // Edits: distinct positions and talents, spread evenly over the id order.
  const watermark = await positionWatermark(db);
  log(`position edits committed by: ${watermark === 'position_match_state' ? 'position_match_state.position_version ≥ the PATCH version' : "recompute_request ('rebuild', '*').processed_seq ≥ requested_seq after the PATCH (full rebuild)"}`);
  const spread = <T>(all: T[], n: number) => Array.from({ length: Math.min(n, all.length) }, (_, i) => all[Math.floor((i * all.length) / Math.min(n, all.length))]);
  const positions = spread((await db.query<PositionRow>('SELECT id, version, description FROM position ORDER BY external_key')).rows, EDITS);
  const talents = spread(
    (await db.query<{ id: string; version: number; skills: TalentRow['skills'] }>('SELECT id, version, skills FROM talent ORDER BY external_key')).rows,
    EDITS,
  ).map((r): TalentRow => ({ ...r, hasRows: false }));
  await signIn(base, ADMIN.username, ADMIN.password);
  await signInToken(base, ADMIN.username, ADMIN.password);

  // The backends' statistics reach pg_stat_user_tables within about a second of going idle.
  await sleep(2_000);
  const writesBefore = await matchTableWrites(db);
  log(`${positions.length} position and ${talents.length} talent edits, interleaved, ${RATE}/s in total (timeout ${EDIT_TIMEOUT_MS / 1000} s each)…`);
  const { samples, elapsedMs } = await runEdits({ base, pool: db, positions, talents, perSecond: RATE, timeoutMs: EDIT_TIMEOUT_MS, watermark, log });
  log('waiting for the pipeline to go idle…');
  const idleStarted = Date.now();
  for (;;) {
    if ((await pendingRecomputes(db)).pending === 0 || Date.now() - idleStarted > EDIT_TIMEOUT_MS) break;
    await sleep(200);
  }
  await sleep(2_000);
  const writesAfter = await matchTableWrites(db);
  for (const kind of ['talent', 'position'] as const) {
    const of = samples.filter((s) => s.kind === kind);
    const latency = of.map((s) => (s.committedAt === Infinity ? Infinity : s.committedAt - s.sentAt));
    measures.push({
      measure: `edit_${kind}`,
      edits: of.length,
      watermark: kind === 'talent' ? 'talent_match_state' : watermark,
      // Timeouts count as slower than any committed edit (Infinity: printed as "> timeout").
      p50Ms: round(rankPercentile(latency, 50)),
      p95Ms: round(rankPercentile(latency, 95)),
      maxMs: round(latency.some(Number.isFinite) ? Math.max(...latency.filter(Number.isFinite)) : NaN),
      targetP95Ms: TARGET_P95_MS[kind],
      timeouts: of.filter((s) => s.committedAt === Infinity && !s.error).length,
      failed: of.filter((s) => s.error).length,
      patchP50Ms: round(percentile(of.map((s) => s.answeredAt - s.sentAt), 50)),
      rowsP50: percentile(of.map((s) => s.rows), 50),
      rowsP95: percentile(of.map((s) => s.rows), 95),
    });
  }
  const edits = samples.length;
  measures.push({
    measure: 'edit_phase',
    edits,
    sentPerS: round(edits / (elapsedMs / 1000), 2),
    pgStatRowsWritten: writesAfter.total - writesBefore.total,
    pgStatRowsPerEdit: Math.round((writesAfter.total - writesBefore.total) / Math.max(1, edits)),
    tables: writesAfter.tables.join(','),
    idleAfterS: seconds(Date.now() - idleStarted),
    // Not idle: recomputes still pending when the counters were read (the cross-check then undercounts).
    idle: (await pendingRecomputes(db)).pending === 0,
  });
  for (const [i, child] of [api, ...workers].entries()) measures.push({ measure: 'memory', at: 'after edits', process: i === 0 ? 'api' : child.name, pid: child.process.pid, ...processMemory(child.process.pid) });

  projections(measures, pairsPerSecondPerWorker);
  return finish(measures, warnings);
}

function finish(measures: Measure[], warnings: Map<string, number>): Measure[] {
  if (warnings.size) measures.push({ measure: 'warnings', ...Object.fromEntries(warnings) });
  return measures;
}

function projections(measures: Measure[], pairsPerSecondPerWorker: number): void {
  // Projection: a full rebuild scores every pair; time = pairs / (rate per worker × workers).
  const targetPairs = TARGET.talents * TARGET.positions;
  for (const w of TARGET.workers) {
    measures.push({ measure: 'projection_rebuild', talents: TARGET.talents, positions: TARGET.positions, workers: w, seconds: Math.round(targetPairs / (pairsPerSecondPerWorker * w)), formula: 'T × P / (pairs/s per worker × W)' });
  }
  const position = measures.find((m) => m.measure === 'edit_position');
  measures.push({
    measure: 'projection_position_edit',
    talents: TARGET.talents,
    columnSecondsOneWorker: round(TARGET.talents / pairsPerSecondPerWorker, 2),
    formula: 'column of one position = T pairs: T / (pairs/s per worker)',
    measuredP50ScaledS: position ? round(((position.p50Ms as number) / 1000) * (TARGET.talents / TALENTS), 1) : NaN,
    scaledFormula: 'measured position-edit p50 × T_target / T_measured',
    rowsP50Scaled: position ? Math.round((position.rowsP50 as number) * (TARGET.talents / TALENTS)) : NaN,
  });
}

function print(measures: Measure[]): void {
  if (JSON_OUT) {
    for (const m of measures) process.stdout.write(JSON.stringify(m) + '\n');
    return;
  }
  const get = (name: string) => measures.find((m) => m.measure === name);
  const f = (v: unknown) => (v === Infinity ? `> ${EDIT_TIMEOUT_MS / 1000} s` : typeof v === 'number' ? String(v) : String(v ?? ''));
  const seed = get('seed')!;
  const rebuild = get('rebuild');
  const phase = get('edit_phase');
  const out: string[] = [''];
  out.push(`bench:scale — ${TALENTS} talents × ${POSITIONS} positions, ${WORKERS} worker process(es), Redis ${REDIS_URL}; ${os.cpus().length} cores (shared by PostgreSQL, API, workers)`);
  out.push('');
  out.push(`Seed: generate ${f(seed.generateS)} s, migrations ${f(seed.migrateS)} s, INSERTs ${f(seed.insertS)} s (one transaction)`);
  if (rebuild) {
    out.push('');
    out.push('| full rebuild | seconds | talents committed | match rows | rows/s | pairs scored/s per worker | workers ready s |');
    out.push('|---|---|---|---|---|---|---|');
    out.push(`| ${TALENTS} × ${POSITIONS}, ${WORKERS} workers${rebuild.partial ? ' (cut short)' : ''} | ${f(rebuild.seconds)} | ${f(rebuild.talentsDone)} | ${f(rebuild.matchRows)} | ${f(rebuild.rowsPerS)} | ${f(rebuild.pairsPerSPerWorker)} | ${f(rebuild.workersReadyS)} |`);
    out.push('Full rebuild = first worker spawned → outbox row (rebuild, *) processed and no talent/rebuild request pending.');
  }
  if (phase) {
    out.push('');
    out.push(`Edits: interleaved, ${RATE}/s in total (sent at ${f(phase.sentPerS)}/s); latency = PATCH sent → first ${POLL_MS} ms poll seeing the watermark; timeout ${EDIT_TIMEOUT_MS / 1000} s`);
    out.push('| kind | watermark | edits | p50 ms | p95 ms | max ms | target p95 | timeouts | failed | PATCH p50 ms | rows written p50 / p95 |');
    out.push('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const kind of ['talent', 'position']) {
      const m = get(`edit_${kind}`)!;
      out.push(`| ${kind} | ${f(m.watermark)} | ${f(m.edits)} | ${f(m.p50Ms)} | ${f(m.p95Ms)} | ${f(m.maxMs)} | ≤ ${f(m.targetP95Ms)} ms | ${f(m.timeouts)} | ${f(m.failed)} | ${f(m.patchP50Ms)} | ${f(m.rowsP50)} / ${f(m.rowsP95)} |`);
    }
    out.push(`Rows written per edit: rows of the entity whose computed_at = its watermark's (inserted/updated in that transaction) + rows gone since`);
    out.push(`before the edit; for the rebuild watermark, all match rows with computed_at in (edit, commit seen] (deletions not counted).`);
    out.push(`Cross-check, pg_stat_user_tables n_tup_ins+upd+del over the whole edit phase (${f(phase.tables)}${phase.idle ? '' : '; NOT idle when read: undercounts'}): ${f(phase.pgStatRowsWritten)} rows = ${f(phase.pgStatRowsPerEdit)} per edit.`);
  }
  const memory = measures.filter((x) => x.measure === 'memory');
  if (memory.length) {
    out.push('');
    out.push('| process | at | VmHWM MiB | VmRSS MiB |');
    out.push('|---|---|---|---|');
    for (const m of memory) out.push(`| ${f(m.process)} | ${f(m.at)} | ${f(m.hwmMb)} | ${f(m.rssMb)} |`);
  }
  const pe = get('projection_position_edit');
  if (rebuild && pe) {
    out.push('');
    out.push(`Projection to ${TARGET.talents} talents × ${TARGET.positions} positions (rate r = ${f(rebuild.pairsPerSPerWorker)} pairs/s per worker, measured = T × P / seconds / W):`);
    out.push('| workers | full rebuild (T × P / (r × W)) |');
    out.push('|---|---|');
    for (const m of measures.filter((x) => x.measure === 'projection_rebuild')) out.push(`| ${f(m.workers)} | ${f(m.seconds)} s (${((m.seconds as number) / 3600).toFixed(1)} h) |`);
    out.push(`Position edit, scoring one column of ${TARGET.talents} talents on one worker: T / r = ${f(pe.columnSecondsOneWorker)} s.`);
    const scaled = Number.isFinite(pe.measuredP50ScaledS) ? `${f(pe.measuredP50ScaledS)} s` : 'n/a (p50 timed out)';
    if (phase) out.push(`Position edit as measured, scaled with talents (p50 × ${TARGET.talents} / ${TALENTS}): ${scaled}; rows written p50 scaled: ${f(pe.rowsP50Scaled)}.`);
    out.push('r is the whole pipeline (read, score, explain, write the stored rows), not the engine alone; it assumes cost ∝ pairs.');
  }
  const w = get('warnings');
  if (w) out.push(`Warnings/errors in the child logs: ${Object.entries(w).filter(([k]) => k !== 'measure').map(([k, v]) => `${k} ${v}`).join(', ')}`);
  process.stdout.write(out.join('\n') + '\n');
}

runBench(main, { cleanup, print, log });

