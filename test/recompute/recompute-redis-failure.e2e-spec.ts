import { OutboxRelay } from '../../src/recompute/outbox-relay.service';
import { demoSlice, diffRows, fromScratch, pendingCount, seed, storedRows, waitFor } from '../support/recompute-harness';
import { TestRedisServer } from '../support/redis-server';
import { startWorker, WorkerProcess } from '../support/service-process';
import { startTestApp, TestApp } from '../support/test-app';

const SWEEP_MS = 2000;
const FAST = { RECOMPUTE_SWEEP_MS: String(SWEEP_MS), JOB_LOCK_MS: '2000' };

/** Redis only carries work that can be rebuilt: losing it (restart, flush) loses no recompute. */
describe('recompute when Redis restarts or is flushed (real PostgreSQL, own Redis server)', () => {
  let redis: TestRedisServer;
  let t: TestApp;
  let worker: WorkerProcess;
  let talents: { id: string; version: number }[];

  beforeAll(async () => {
    redis = await TestRedisServer.start();
    t = await startTestApp({ REDIS_URL: redis.url, ...FAST });
    await seed(t.dataSource, demoSlice(150, 40));
    t.app.get(OutboxRelay).kick();
    worker = await startWorker({ DATABASE_URL: t.database.url, REDIS_URL: redis.url, ...FAST });
    await waitFor('initial rebuild', async () => (await pendingCount(t.dataSource)) === 0);
    talents = await t.dataSource.query('SELECT id, version FROM talent ORDER BY id');
  });

  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await t?.close();
    await redis?.down();
  });

  async function edit(i: number): Promise<void> {
    const tal = talents[i % talents.length];
    const res = await t.http().patch(`/talents/${tal.id}`).send({ version: tal.version, summary: `第${i}次更新：熟悉稀土萃取与PLC编程` });
    expect(res.status).toBe(200);
    tal.version = res.body.version;
  }

  it('resumes consumption after a Redis restart mid-run, without restarting the API or the worker', async () => {
    for (let i = 0; i < 90; i++) {
      if (i === 30) await redis.down();
      if (i === 60) await redis.up();
      await edit(i);
      await new Promise((r) => setTimeout(r, 50));
    }
    await waitFor('pending recomputes after the restart', async () => (await pendingCount(t.dataSource)) === 0, 90_000);
    expect(worker.child.exitCode).toBeNull();
    expect(diffRows(await fromScratch(t.dataSource), await storedRows(t.dataSource))).toEqual([]);
  });

  it('recovers within one sweep period after Redis is flushed', async () => {
    // A slow worker keeps the edits' jobs in Redis when the flush comes.
    await worker.stop('SIGTERM');
    worker = await startWorker({ DATABASE_URL: t.database.url, REDIS_URL: redis.url, ...FAST, RECOMPUTE_JOB_DELAY_MS: '1000' });
    for (let i = 0; i < 20; i++) await edit(200 + i);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await pendingCount(t.dataSource)).toBeGreaterThan(0);
    await redis.flushAll();
    const flushedAt = Date.now();
    // One sweep finds every request whose job the flush removed and queues it again.
    expect(await t.app.get(OutboxRelay).sweep()).toBeGreaterThan(0);
    await waitFor(
      'stored = from scratch after the flush',
      async () => (await pendingCount(t.dataSource)) === 0 && diffRows(await fromScratch(t.dataSource), await storedRows(t.dataSource)).length === 0,
      60_000,
      250,
    );
    console.log(`stored = from scratch ${Date.now() - flushedAt} ms after FLUSHALL (sweep period ${SWEEP_MS} ms)`);
  });
});
