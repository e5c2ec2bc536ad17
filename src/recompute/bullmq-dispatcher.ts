import { Job, Queue } from 'bullmq';
import type Redis from 'ioredis';
import { withTimeout } from '../common/with-timeout';
import { dedupId, JOB_OF_KIND, QueueName, RebuildShardData, RecomputeJobData } from '../queue/queue-names';
import type { RecomputeDispatcher } from './dispatcher';
import { RETRY_POLICY } from './retry-policy';
import type { RecomputeKind } from './recompute-request.entity';

/** Set by workers whenever a job starts or completes; the liveness check reads it. */
export const HEARTBEAT_KEY = 'recompute:worker:last-active';

const DISPATCH_TIMEOUT_MS = 2_000;

/** Job states that will still run (or are running): the sweep never drops such a job. */
const LIVE_STATES = new Set(['active', 'waiting', 'delayed', 'prioritized']);

/** Stands in for an erased talent's id in a job that could not be removed (the nil UUID: no such talent, a no-op). */
const ERASED = '00000000-0000-0000-0000-000000000000';

/** RETRY_POLICY as BullMQ options: transient failures retried; bad data fails at once (UnrecoverableError). */
export const RECOMPUTE_JOB_OPTIONS = {
  attempts: RETRY_POLICY.attempts,
  backoff: { type: 'exponential', delay: RETRY_POLICY.baseDelayMs },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 5000 },
} as const;

export class BullMqDispatcher implements RecomputeDispatcher {
  readonly queue: Queue;

  constructor(private readonly connection: Redis) {
    this.queue = new Queue(QueueName.Recompute, { connection });
  }

  async dispatch(kind: RecomputeKind, entityId: string): Promise<void> {
    const data: RecomputeJobData = { kind, entityId };
    // Coalescing: while a job for this entity runs, one more waits with the latest request; the job
    // reads the database when it runs, so the waiting one always sees the newest data.
    // BullMQ waits for Redis to come back; the relay must not: a request not handed over in time stays
    // pending and is handed over again (deduplication makes a late duplicate harmless).
    await withTimeout(
      this.queue.add(JOB_OF_KIND[kind], data, { ...RECOMPUTE_JOB_OPTIONS, deduplication: { id: dedupId(kind, entityId), keepLastIfActive: true } }),
      DISPATCH_TIMEOUT_MS,
      'queue add',
    );
  }

  async isQueued(kind: RecomputeKind, entityId: string): Promise<boolean> {
    return (await withTimeout(this.queue.getDeduplicationJobId(dedupId(kind, entityId)), DISPATCH_TIMEOUT_MS, 'queue lookup')) !== null;
  }

  async release(kind: RecomputeKind, entityId: string): Promise<void> {
    const id = dedupId(kind, entityId);
    const jobId = await withTimeout(this.queue.getDeduplicationJobId(id), DISPATCH_TIMEOUT_MS, 'queue lookup');
    if (jobId === null) return;
    const job = await Job.fromId(this.queue, jobId);
    const state = job ? await job.getState() : 'unknown';
    if (LIVE_STATES.has(state)) return;
    // removeChildren: a stuck rebuild parent takes its unfinished shard children with it.
    if (job) await job.remove({ removeChildren: true }).catch(() => undefined);
    await this.queue.removeDeduplicationKey(id);
  }

  async counts() {
    const c = await this.queue.getJobCounts('waiting', 'active', 'failed', 'delayed', 'prioritized', 'waiting-children');
    return { waiting: (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, failed: c.failed ?? 0 };
  }

  async lastActiveAt(): Promise<number | null> {
    const value = await this.connection.get(HEARTBEAT_KEY);
    return value ? Number(value) : null;
  }

  async oldestWaitingAt(): Promise<number | null> {
    const [oldest] = await this.queue.getJobs(['waiting', 'prioritized'], 0, 0, true);
    return oldest ? oldest.timestamp : null;
  }

  async forgetTalent(talentId: string): Promise<void> {
    const jobs = await this.queue.getJobs(['waiting', 'delayed', 'prioritized', 'paused', 'waiting-children', 'active', 'completed', 'failed']);
    for (const job of jobs) {
      if (!job) continue;
      const data = job.data as Partial<RecomputeJobData & RebuildShardData>;
      if (data.kind === 'talent' && data.entityId === talentId) {
        // A running job cannot be removed (its worker holds the lock): blank its payload instead.
        if (await job.isActive()) await job.updateData({ kind: 'talent', entityId: ERASED });
        else await job.remove().catch(() => job.updateData({ kind: 'talent', entityId: ERASED }));
      } else if (Array.isArray(data.talentIds) && data.talentIds.includes(talentId)) {
        await job.updateData({ ...data, talentIds: data.talentIds.filter((id) => id !== talentId) });
      }
    }
    await this.queue.removeDeduplicationKey(dedupId('talent', talentId));
    await this.scrubEvents(talentId);
  }

  /** The queue's event stream records deduplication ids (`talent:<id>`); drop the entries naming the talent. */
  private async scrubEvents(talentId: string): Promise<void> {
    const client = this.connection;
    const stream = `${this.queue.opts.prefix ?? 'bull'}:${QueueName.Recompute}:events`;
    const entries = (await client.xrange(stream, '-', '+')) as [string, string[]][];
    const hits = entries.filter(([, fields]) => fields.some((f) => f.includes(talentId))).map(([id]) => id);
    for (let i = 0; i < hits.length; i += 500) await client.xdel(stream, ...hits.slice(i, i + 500));
  }

  async close(): Promise<void> {
    // Queue.close() waits for Redis; when Redis is away, give up after a moment and just disconnect.
    await withTimeout(this.queue.close(), 2_000, 'queue close').catch(() => undefined);
    this.connection.disconnect();
  }
}
