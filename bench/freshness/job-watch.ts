import { Job, Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { QueueName, RecomputeJob } from '../../src/queue/queue-names';

export interface Activation {
  jobId: string;
  entityId: string;
  /** When the bench saw the 'active' event (ms since the epoch). */
  seenAt: number;
}

export interface JobTimes {
  jobId: string;
  entityId: string;
  /** Added to the queue (the relay's queue.add, in the API process). */
  addedAt: number;
  /** Taken by a worker. */
  processedOn: number | null;
  finishedOn: number | null;
}

/**
 * Watches the recompute queue: every activation of a talent job (QueueEvents 'active' + Job.fromId),
 * and the queue's idle state. Each activation is one recompute run of that talent.
 */
export class JobWatch {
  private readonly connection: Redis;
  private readonly eventsConnection: Redis;
  readonly queue: Queue;
  private readonly events: QueueEvents;
  private readonly lookups = new Set<Promise<void>>();
  readonly activations: Activation[] = [];

  constructor(redisUrl: string) {
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.eventsConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue(QueueName.Recompute, { connection: this.connection });
    this.events = new QueueEvents(QueueName.Recompute, { connection: this.eventsConnection });
    this.events.on('active', ({ jobId }) => {
      const seenAt = Date.now();
      const lookup = Job.fromId(this.queue, jobId)
        .then((job) => {
          if (job?.name === RecomputeJob.Talent) this.activations.push({ jobId, entityId: job.data.entityId, seenAt });
        })
        .catch(() => undefined)
        .finally(() => this.lookups.delete(lookup));
      this.lookups.add(lookup);
    });
  }

  async ready(): Promise<void> {
    await this.events.waitUntilReady();
  }

  /** Waits for the activations seen so far to be looked up. */
  async flush(): Promise<void> {
    while (this.lookups.size > 0) await Promise.all([...this.lookups]);
  }

  runsOf(entityId: string, since = 0): number {
    return this.activations.filter((a) => a.entityId === entityId && a.seenAt >= since).length;
  }

  /** Jobs waiting, delayed, running or waiting for children. */
  async busy(): Promise<number> {
    const c = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(c).reduce((a, b) => a + b, 0);
  }

  /** Queue timestamps of the talent jobs activated since `since`, by entity. */
  async times(since: number): Promise<Map<string, JobTimes[]>> {
    await this.flush();
    const out = new Map<string, JobTimes[]>();
    for (const a of this.activations.filter((x) => x.seenAt >= since)) {
      const job = await Job.fromId(this.queue, a.jobId);
      if (!job) continue;
      const list = out.get(a.entityId) ?? [];
      list.push({ jobId: a.jobId, entityId: a.entityId, addedAt: job.timestamp, processedOn: job.processedOn ?? null, finishedOn: job.finishedOn ?? null });
      out.set(a.entityId, list);
    }
    return out;
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    await this.events.close().catch(() => undefined);
    await this.queue.close().catch(() => undefined);
    this.connection.disconnect();
    this.eventsConnection.disconnect();
  }
}
