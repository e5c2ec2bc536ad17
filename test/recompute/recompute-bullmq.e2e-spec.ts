import { mulberry32 } from '../../src/common/mulberry32';
import { Job, Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { OutboxRelay } from '../../src/recompute/outbox-relay.service';
import { loadConfig } from '../../src/config/app-config';
import { QueueName } from '../../src/queue/queue-names';
import { demoSlice, diffLists, diffRows, failedJobs, flushRedis, fromScratch, fromScratchLists, pendingCount, seed, storedLists, storedRows, waitFor } from '../support/recompute-harness';
import { startWorker, WorkerProcess } from '../support/service-process';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_REDIS_URL } from '../support/test-database';

/** Own Redis database number, so this file's queue does not meet other files' queues. */
const REDIS_URL = `${TEST_REDIS_URL}/3`;
const FAST = { RECOMPUTE_SWEEP_MS: '1000', RECOMPUTE_PENDING_TIMEOUT_MS: '3000', JOB_LOCK_MS: '2000' };

/** Deterministic pseudo-random sequence for the update load. */
const prng = mulberry32;

describe('recompute through BullMQ workers (real PostgreSQL and Redis)', () => {
  let t: TestApp;
  const workers: WorkerProcess[] = [];
  let connection: Redis;
  let queue: Queue;

  const workerEnv = (extra: Record<string, string> = {}) => ({ DATABASE_URL: t.database.url, REDIS_URL, ...FAST, ...extra });

  beforeAll(async () => {
    await flushRedis(REDIS_URL);
    t = await startTestApp({ REDIS_URL, ...FAST });
    connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.Recompute, { connection });
    await seed(t.dataSource, demoSlice(200, 50));
    t.app.get(OutboxRelay).kick();
    workers.push(await startWorker(workerEnv()), await startWorker(workerEnv()));
    await waitFor('initial rebuild', async () => (await pendingCount(t.dataSource)) === 0);
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await queue.close();
    connection.disconnect();
    await t.close();
  });

  async function settle(): Promise<void> {
    await waitFor('all recomputes done', async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'waiting-children');
      const busy = Object.values(counts).reduce((a, b) => a + b, 0);
      return busy === 0 && (await pendingCount(t.dataSource)) === 0;
    });
  }

  it('1,000 updates at ~50/s across 2 workers, one SIGKILLed mid-job 3 times: stored = from scratch, no failed job', async () => {
    const talents: { id: string; version: number }[] = await t.dataSource.query('SELECT id, version FROM talent ORDER BY id');
    const positions: { id: string; version: number }[] = await t.dataSource.query('SELECT id, version FROM position ORDER BY id');
    const random = prng(7);
    const skills = ['稀土萃取', '熔盐电解', 'PLC编程', '设备维护', '焊接', '质量管理体系', 'AutoCAD', '化学分析'];
    const killAt = new Set([200, 500, 800]);
    let kills = 0;
    const start = Date.now();
    for (let i = 0; i < 1000; i++) {
      const due = start + i * 20;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      if (i % 25 === 24) {
        const p = positions[Math.floor(random() * positions.length)];
        const res = await t.http().patch(`/positions/${p.id}`).send({ version: p.version, urgency: 1 + Math.floor(random() * 5) });
        expect(res.status).toBe(200);
        p.version = res.body.version;
      } else {
        const tal = talents[Math.floor(random() * talents.length)];
        const skill = skills[Math.floor(random() * skills.length)];
        const res = await t
          .http()
          .patch(`/talents/${tal.id}`)
          .send({ version: tal.version, skills: [{ name: skill, level: 1 + Math.floor(random() * 5), years: 3 }], summary: `更新${i}` });
        expect(res.status).toBe(200);
        tal.version = res.body.version;
      }
      if (killAt.has(i)) {
        // Kill a worker while a job is running, then replace it.
        await waitFor('an active job', async () => (await queue.getActiveCount()) > 0, 10_000, 5);
        const victim = workers.shift()!;
        await victim.stop('SIGKILL');
        kills++;
        workers.push(await startWorker(workerEnv()));
      }
    }
    expect(kills).toBe(3);
    await settle();
    expect(diffRows(await fromScratch(t.dataSource), await storedRows(t.dataSource))).toEqual([]);
    // The positions' candidate lists too, kept by both workers' talent and position jobs.
    const limit = loadConfig({}).positionListLimit;
    expect(diffLists(await fromScratchLists(t.dataSource, limit), await storedLists(t.dataSource, limit))).toEqual([]);
    expect(await failedJobs(REDIS_URL)).toBe(0);
  }, 300_000);

  it('runs exactly one follow-up, with the 5th edit, for 5 edits made while the recompute runs', async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGTERM')));
    workers.push(await startWorker(workerEnv({ RECOMPUTE_JOB_DELAY_MS: '1500' })));
    const [talent] = await t.dataSource.query(
      'SELECT id, version FROM talent WHERE id IN (SELECT talent_id FROM match) ORDER BY id LIMIT 1 OFFSET 3',
    );
    const eventsConnection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const events = new QueueEvents(QueueName.Recompute, { connection: eventsConnection });
    await events.waitUntilReady();
    const runs: string[] = [];
    events.on('active', async ({ jobId }) => {
      const job = await Job.fromId(queue, jobId);
      if (job?.name === 'talent' && job.data.entityId === talent.id) runs.push(jobId);
    });
    try {
      let version = talent.version;
      const edit = async (n: number) => {
        const res = await t.http().patch(`/talents/${talent.id}`).send({ version, summary: `第${n}次修改简介` }).expect(200);
        version = res.body.version;
      };
      await edit(0);
      await waitFor('the first run to start', async () => runs.length === 1, 10_000, 10);
      for (let n = 1; n <= 5; n++) await edit(n);
      await settle();
      await new Promise((r) => setTimeout(r, 500));
      expect(runs).toHaveLength(2);
      const rows = await t.dataSource.query('SELECT DISTINCT talent_version FROM match WHERE talent_id = $1', [talent.id]);
      expect(rows).toEqual([{ talent_version: version }]);
      const [stored] = await t.dataSource.query('SELECT summary FROM talent WHERE id = $1', [talent.id]);
      expect(stored.summary).toBe('第5次修改简介');
    } finally {
      await events.close();
      eventsConnection.disconnect();
    }
  });

  it('finishes (or hands back) the running job when a worker gets SIGTERM mid-job; nothing is lost', async () => {
    const [talent] = await t.dataSource.query(
      'SELECT id, version FROM talent WHERE id IN (SELECT talent_id FROM match) ORDER BY id LIMIT 1 OFFSET 9',
    );
    const res = await t.http().patch(`/talents/${talent.id}`).send({ version: talent.version, summary: '优化了萃取工艺，降低酸耗' }).expect(200);
    await waitFor('the job to start', async () => (await queue.getActiveCount()) > 0, 10_000, 10);
    const victim = workers.shift()!;
    const exit = await victim.stop('SIGTERM');
    expect([0, 'SIGTERM']).toContain(exit);
    workers.push(await startWorker(workerEnv()));
    await settle();
    const rows = await t.dataSource.query('SELECT DISTINCT talent_version FROM match WHERE talent_id = $1', [talent.id]);
    expect(rows).toEqual([{ talent_version: res.body.version }]);
    expect(diffRows(await fromScratch(t.dataSource), await storedRows(t.dataSource))).toEqual([]);
    expect(await failedJobs(REDIS_URL)).toBe(0);
  });
});
