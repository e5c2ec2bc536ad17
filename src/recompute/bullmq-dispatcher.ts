import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { dedupId, QueueName, RecomputeJobData } from '../queue/queue-names';
import type { RecomputeDispatcher } from './dispatcher';
import type { RecomputeKind } from './recompute-request.entity';

/** Set by workers whenever a job starts or completes; the liveness check reads it. */
export const HEARTBEAT_KEY = 'recompute:worker:last-active';

/** Retries for transient failures (database or Redis hiccups); bad data fails at once (UnrecoverableError). */
export const RECOMPUTE_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 500 },
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
    await this.queue.add(kind, data, {
      ...RECOMPUTE_JOB_OPTIONS,
      deduplication: { id: dedupId(kind, entityId), keepLastIfActive: true },
    });
  }

  async isQueued(kind: RecomputeKind, entityId: string): Promise<boolean> {
    return (await this.queue.getDeduplicationJobId(dedupId(kind, entityId))) !== null;
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

  async close(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}
