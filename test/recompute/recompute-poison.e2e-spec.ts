import { FlowProducer, Queue } from 'bullmq';
import Redis from 'ioredis';
import { dedupId, QueueName, RecomputeJob } from '../../src/queue/queue-names';
import { bumpGeneration, REBUILD_ALL, requestRecompute, requestRecomputeMany } from '../../src/recompute/outbox';
import { OutboxRelay } from '../../src/recompute/outbox-relay.service';
import { demoSlice, diffRows, failedJobs, flushRedis, fromScratch, pendingCount, seed, storedRows, waitFor } from '../support/recompute-harness';
import { startWorker, WorkerProcess } from '../support/service-process';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_REDIS_URL } from '../support/test-database';

/** Own Redis database number, so this file's queue does not meet other files' queues. */
const REDIS_URL = `${TEST_REDIS_URL}/6`;
const FAST = { RECOMPUTE_SWEEP_MS: '500', RECOMPUTE_PENDING_TIMEOUT_MS: '3000', JOB_LOCK_MS: '2000', RECOMPUTE_ALERT_PENDING_MS: '1500' };

/**
 * Stored rows the engine chokes on, written past the API (imports of old versions, hand edits): each
 * must be set aside with the field at fault while every other talent and position is still computed.
 */
const TALENT_POISON: { column: string; value: unknown; field: string }[] = [
  { column: 'skills', value: [[]], field: 'skills.0' },
  { column: 'skills', value: [null], field: 'skills.0' },
  { column: 'skills', value: [{ name: 42, level: 3 }], field: 'skills.0.name' },
  { column: 'skills', value: { name: '稀土萃取' }, field: 'skills' },
  { column: 'education', value: 'x', field: 'education' },
  { column: 'education', value: [{ degree: 'wizard' }], field: 'education.0.degree' },
  { column: 'work', value: [{ years: 'many' }], field: 'work.0.years' },
  { column: 'work', value: [[[[[]]]]], field: 'work.0' },
];

describe('recompute with poison records (real PostgreSQL, Redis and a worker process)', () => {
  let t: TestApp;
  let worker: WorkerProcess | null = null;
  let connection: Redis;
  let queue: Queue;
  let talents: { id: string; version: number }[];
  let positions: { id: string; version: number }[];

  // Each job waits a moment before it runs, so edits and deletions reliably land mid-rebuild.
  const workerEnv = () => ({ DATABASE_URL: t.database.url, REDIS_URL, ...FAST, RECOMPUTE_JOB_DELAY_MS: '300' });
  const poisonedTalents = () => talents.slice(0, TALENT_POISON.length);

  beforeAll(async () => {
    await flushRedis(REDIS_URL);
    t = await startTestApp({ REDIS_URL, ...FAST });
    connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.Recompute, { connection });
    await seed(t.dataSource, demoSlice(150, 40));
    talents = await t.dataSource.query('SELECT id, version FROM talent ORDER BY id');
    positions = await t.dataSource.query('SELECT id, version FROM position ORDER BY id');
  });

  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await queue.close();
    connection.disconnect();
    await t.close();
  });

  /** Waits until nothing is pending or queued; on a time-out, says what was left and what the worker logged. */
  async function settle(): Promise<void> {
    try {
      await waitFor(
        'all recomputes done',
        async () => {
          const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'waiting-children', 'prioritized');
          const busy = Object.values(counts).reduce((a, b) => a + b, 0);
          return busy === 0 && (await pendingCount(t.dataSource)) === 0;
        },
        60_000,
      );
    } catch (error) {
      const pending = await t.dataSource.query('SELECT kind, entity_id, attempts, last_error, enqueued_at FROM recompute_request WHERE requested_seq > processed_seq');
      const counts = await queue.getJobCounts();
      throw new Error(`${(error as Error).message}\npending: ${JSON.stringify(pending)}\nqueue: ${JSON.stringify(counts)}\nworker:\n${worker?.output().slice(-4000)}`);
    }
  }

  const health = async () => (await t.anon().get('/health')).body;

  it('says /health is degraded, and why, while recompute requests stay pending with no worker', async () => {
    t.app.get(OutboxRelay).kick();
    await waitFor('health to turn degraded', async () => (await health()).status === 'degraded', 20_000);
    const body = await health();
    expect(body.recompute.status).toBe('degraded');
    expect(body.reasons.join(' ')).toMatch(/recompute: .*pending for over/);
    // The API itself still serves: degraded recompute is not a reason to take it out of rotation.
    await t.anon().get('/health').expect(200);
  });

  it('quarantines each poison record with its field; everyone else equals a from-scratch recompute', async () => {
    for (let i = 0; i < TALENT_POISON.length; i++) {
      const { column, value } = TALENT_POISON[i];
      await t.dataSource.query(`UPDATE talent SET ${column} = $2::jsonb, version = version + 1 WHERE id = $1`, [talents[i].id, JSON.stringify(value)]);
    }
    const poisonPosition = positions[0];
    await t.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE position SET required_skills = '[[]]'::jsonb, version = version + 1 WHERE id = $1`, [poisonPosition.id]);
      await requestRecomputeMany(manager, 'talent', poisonedTalents().map((p) => p.id));
      await bumpGeneration(manager);
    });
    worker = await startWorker(workerEnv());
    t.app.get(OutboxRelay).kick();
    await settle();

    // A position edit and a second rebuild, with one talent and one position deleted while it runs.
    const edited = positions[5];
    const edit = await t.http().patch(`/positions/${edited.id}`).send({ version: edited.version, urgency: 5 }).expect(200);
    edited.version = edit.body.version;
    await waitFor('the rebuild to be under way', async () => (await queue.getJobCounts('active', 'waiting-children')).active > 0, 20_000, 5);
    const goneTalent = talents[talents.length - 1];
    const gonePosition = positions[positions.length - 1];
    await t.http().delete(`/talents/${goneTalent.id}`).expect(204);
    await t.http().delete(`/positions/${gonePosition.id}?version=${gonePosition.version}`).expect(204);
    await settle();

    expect(diffRows(await fromScratch(t.dataSource), await storedRows(t.dataSource))).toEqual([]);
    const [{ n: storedTalents }] = await t.dataSource.query('SELECT count(DISTINCT talent_id)::int AS n FROM match');
    expect(storedTalents).toBeGreaterThan(80);
    expect(await failedJobs(REDIS_URL)).toBe(0);

    const status = (await t.http().get('/recompute/status').expect(200)).body;
    const byId = new Map(status.quarantined.items.map((q: { entityId: string }) => [q.entityId, q]));
    TALENT_POISON.forEach(({ field }, i) => expect(byId.get(talents[i].id)).toMatchObject({ kind: 'talent', field }));
    expect(byId.get(poisonPosition.id)).toMatchObject({ kind: 'position', field: 'requiredSkills.0' });
    expect(status.quarantined.total).toBe(TALENT_POISON.length + 1);
    expect(status.pending).toEqual([]);
    expect(await t.dataSource.query('SELECT 1 FROM match WHERE talent_id = ANY($1::uuid[]) OR position_id = $2', [poisonedTalents().map((p) => p.id), poisonPosition.id])).toEqual([]);

    // No list stays stale, and the talent is told what to fix.
    const candidates = await t.http().get(`/positions/${edited.id}/candidates`).expect(200);
    expect(candidates.body.stale).toBe(false);
    const own = await t.http().get(`/talents/${talents[0].id}/recommendations`).expect(200);
    expect(own.body.stale).toBe(false);
    expect(own.body.matchProblem).toMatchObject({ field: 'skills.0' });
    expect(own.body.matchProblem.message.zh).toContain('skills.0');
    const healthy = await health();
    expect(healthy.status).toBe('ok');
    expect(healthy.recompute.quarantined).toBe(TALENT_POISON.length + 1);
    // The live explanation answers the same way instead of failing.
    const live = await t.http().get(`/matches/${talents[0].id}/${positions[3].id}`).expect(422);
    expect(live.body.fields).toHaveProperty(['skills.0']);
  });

  it('lifts the quarantine once the record is fixed', async () => {
    const fixedTalent = talents[0];
    const [current] = await t.dataSource.query('SELECT version FROM talent WHERE id = $1', [fixedTalent.id]);
    await t.http()
      .patch(`/talents/${fixedTalent.id}`)
      .send({ version: current.version, skills: [{ name: '稀土萃取', level: 4, years: 5 }] })
      .expect(200);
    const poisonPosition = positions[0];
    const [position] = await t.dataSource.query('SELECT version FROM position WHERE id = $1', [poisonPosition.id]);
    await t.http()
      .patch(`/positions/${poisonPosition.id}`)
      .send({ version: position.version, requiredSkills: [{ name: '稀土萃取', weight: 1, minLevel: 3 }] })
      .expect(200);
    await settle();
    const quarantined: { entity_id: string }[] = await t.dataSource.query('SELECT entity_id FROM recompute_quarantine');
    const ids = quarantined.map((q) => q.entity_id);
    expect(ids).not.toContain(fixedTalent.id);
    expect(ids).not.toContain(poisonPosition.id);
    expect(ids).toHaveLength(TALENT_POISON.length - 1);
    const own = await t.http().get(`/talents/${fixedTalent.id}/recommendations`).expect(200);
    expect(own.body.matchProblem).toBeNull();
    expect(diffRows(await fromScratch(t.dataSource), await storedRows(t.dataSource))).toEqual([]);
  });

  it('clears a rebuild parent stuck on a child that never finishes, so the rebuild runs again', async () => {
    // The state the tester found: a rebuild job waiting forever on a child, holding the deduplication
    // key, so every new request for a rebuild was swallowed.
    const flows = new FlowProducer({ connection });
    await flows.add({
      name: RecomputeJob.Rebuild,
      queueName: QueueName.Recompute,
      data: { kind: 'rebuild', entityId: REBUILD_ALL, step: 'finalise', startSeq: null },
      opts: { deduplication: { id: dedupId('rebuild', REBUILD_ALL) } },
      children: [{ name: 'never-consumed', queueName: 'poison-test-orphans', data: {} }],
    });
    await flows.close();
    expect(await queue.getDeduplicationJobId(dedupId('rebuild', REBUILD_ALL))).not.toBeNull();
    await t.dataSource.transaction((manager) => requestRecompute(manager, 'rebuild', REBUILD_ALL));
    t.app.get(OutboxRelay).kick();
    // The sweep finds the request untouched past the pending timeout, drops the stuck parent, re-queues.
    await settle();
    expect(await queue.getJobCounts('waiting-children')).toEqual({ 'waiting-children': 0 });
    expect(diffRows(await fromScratch(t.dataSource), await storedRows(t.dataSource))).toEqual([]);
  });
});
