/**
 * `npm run bench:freshness [-- --json]`: how fast an edit reaches the stored matches, on the demo data
 * (2,000 talents × 225 positions), through the real pipeline: API process → outbox → relay → BullMQ →
 * worker process(es) → PostgreSQL. A benchmark: prints figures, asserts nothing.
 *
 * Latency of an edit = from sending PATCH /talents/:id to the moment the talent's recompute request is
 * committed as processed up to the sequence value that edit wrote (its new stored row is committed then).
 * Recomputes per burst = talent jobs that became active for one talent during and after a burst of 20
 * back-to-back edits to it.
 */
import { randomBytes } from 'node:crypto';
import { Job, Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import { QueueName } from '../src/queue/queue-names';
import { freePort, percentile, startChild, type Child } from './freshness/processes';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = `${process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'}/9`;
const JSON_OUT = process.argv.includes('--json');
const EDITS = 100;
const BURSTS = 8;
const BURST_SIZE = 20;

interface Result {
  workers: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  edits: number;
  recomputesPerBurst: number;
  meanRecomputesPerBurst: number;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const dbName = `bench_freshness_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  await redis.flushdb();
  const db = new Client({ connectionString: dbUrl.toString() });
  const children: Child[] = [];
  const results: Result[] = [];
  try {
    const port = await freePort();
    const env = { DATABASE_URL: dbUrl.toString(), REDIS_URL, SEED_DEMO: 'true', PORT: String(port), HOST: '127.0.0.1' };
    log('starting the API (loads the demo data)…');
    const api = await startChild('dist/src/main.js', env, async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/health`)).status === 200;
      } catch {
        return false;
      }
    });
    children.push(api);
    await db.connect();
    const base = `http://127.0.0.1:${port}`;
    for (const workers of [1, 2]) {
      const started: Child[] = [];
      for (let i = 0; i < workers; i++) started.push(await startChild('dist/src/worker.js', env, async (out) => out.includes('ready')));
      children.push(...started);
      await settle(db);
      results.push(await measure(db, base, workers));
      for (const w of started) await w.stop();
    }
  } finally {
    for (const child of children.reverse()) await child.stop().catch(() => undefined);
    await db.end().catch(() => undefined);
    await redis.flushdb().catch(() => undefined);
    redis.disconnect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
  if (JSON_OUT) for (const r of results) process.stdout.write(JSON.stringify(r) + '\n');
  else {
    process.stdout.write('| workers | edits | p50 ms | p95 ms | max ms | recomputes per burst of 20 (max / mean) |\n|---|---|---|---|---|---|\n');
    for (const r of results) {
      process.stdout.write(`| ${r.workers} | ${r.edits} | ${r.p50Ms.toFixed(1)} | ${r.p95Ms.toFixed(1)} | ${r.maxMs.toFixed(1)} | ${r.recomputesPerBurst} / ${r.meanRecomputesPerBurst.toFixed(2)} |\n`);
    }
  }
}

async function settle(db: Client): Promise<void> {
  log('waiting for pending recomputes…');
  for (;;) {
    const { rows } = await db.query('SELECT count(*)::int AS n FROM recompute_request WHERE requested_seq > processed_seq');
    if (rows[0].n === 0) return;
    await sleep(250);
  }
}

async function patchTalent(base: string, id: string, version: number, summary: string): Promise<number> {
  const res = await fetch(`${base}/talents/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version, summary }),
  });
  if (res.status !== 200) throw new Error(`PATCH ${id}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { version: number }).version;
}

async function measure(db: Client, base: string, workers: number): Promise<Result> {
  const { rows: talents } = await db.query<{ id: string; version: number }>(
    'SELECT id, version FROM talent WHERE id IN (SELECT talent_id FROM match) ORDER BY id LIMIT $1',
    [EDITS + BURSTS],
  );
  log(`${workers} worker(s): ${EDITS} edits…`);
  const latencies: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const talent = talents[i];
    const started = performance.now();
    talent.version = await patchTalent(base, talent.id, talent.version, `基准测试编辑 ${workers}-${i}`);
    const { rows } = await db.query(`SELECT requested_seq FROM recompute_request WHERE kind = 'talent' AND entity_id = $1`, [talent.id]);
    const seq = rows[0].requested_seq as string;
    for (;;) {
      const done = await db.query(`SELECT processed_seq >= $2::bigint AS done FROM recompute_request WHERE kind = 'talent' AND entity_id = $1`, [talent.id, seq]);
      if (done.rows[0].done) break;
      await sleep(2);
    }
    latencies.push(performance.now() - started);
    await sleep(50);
  }
  latencies.sort((a, b) => a - b);

  log(`${workers} worker(s): ${BURSTS} bursts of ${BURST_SIZE} edits…`);
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue(QueueName.Recompute, { connection });
  const events = new QueueEvents(QueueName.Recompute, { connection: connection.duplicate() });
  await events.waitUntilReady();
  const runs = new Map<string, number>();
  events.on('active', async ({ jobId }) => {
    const job = await Job.fromId(queue, jobId);
    if (job?.name === 'talent') runs.set(job.data.entityId, (runs.get(job.data.entityId) ?? 0) + 1);
  });
  const burstTalents = talents.slice(EDITS, EDITS + BURSTS);
  for (const talent of burstTalents) {
    for (let e = 0; e < BURST_SIZE; e++) talent.version = await patchTalent(base, talent.id, talent.version, `突发编辑 ${e}`);
    await settle(db);
    await sleep(300);
  }
  const counts = burstTalents.map((t) => runs.get(t.id) ?? 0);
  await events.close();
  await queue.close();
  connection.disconnect();
  return {
    workers,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: latencies[latencies.length - 1],
    edits: EDITS,
    recomputesPerBurst: Math.max(...counts),
    meanRecomputesPerBurst: counts.reduce((a, b) => a + b, 0) / counts.length,
  };
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
