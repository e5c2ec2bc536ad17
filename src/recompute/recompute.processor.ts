import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue, UnrecoverableError, WaitingChildrenError, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { QueueName, RebuildJobData, RecomputeJob, RecomputeJobPayloads } from '../queue/queue-names';
import { checkEvictionPolicy, createRedis } from '../queue/redis-connection';
import { HEARTBEAT_KEY, RECOMPUTE_JOB_OPTIONS } from './bullmq-dispatcher';
import { REBUILD_ALL } from './outbox';
import { RecomputeRunner } from './recompute-runner.service';
import { isTransient } from './retry-policy';


/**
 * The BullMQ consumer of the worker process. One job at a time per process (scoring is CPU-bound; scale
 * with processes); a killed worker's job returns to the queue when its lock expires. A full rebuild is a
 * parent job with one child per shard of talents: the parent waits for its children (keeping its
 * deduplication key, so no second rebuild starts meanwhile) and then marks the request done.
 */
@Injectable()
export class RecomputeProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RecomputeWorker');
  private worker: Worker | null = null;
  private queue: Queue | null = null;
  private connection: Redis | null = null;

  constructor(
    private readonly runner: RecomputeRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.redisUrl) throw new Error('The worker needs REDIS_URL (without it, npm start runs recomputes in-process)');
    this.connection = createRedis(this.config.redisUrl, 'worker');
    await checkEvictionPolicy(this.connection, this.config.requireNoEviction);
    this.queue = new Queue(QueueName.Recompute, { connection: this.connection });
    this.worker = new Worker(QueueName.Recompute, (job, token) => this.process(job, token), {
      connection: this.connection,
      concurrency: 1,
      lockDuration: this.config.jobLockMs,
      stalledInterval: Math.max(1_000, Math.floor(this.config.jobLockMs / 2)),
      // A job whose worker was killed is not the job's fault: let it come back as often as needed.
      maxStalledCount: 1_000,
    });
    const beat = () => void this.connection?.set(HEARTBEAT_KEY, String(Date.now())).catch(() => undefined);
    this.worker.on('active', beat);
    this.worker.on('completed', beat);
    this.worker.on('failed', (job, error) => this.logger.warn(`job ${job?.name} ${job?.id} failed: ${error.message}`));
    this.worker.on('error', (error) => this.logger.warn(`worker: ${error.message}`));
    this.logger.log(`consuming ${QueueName.Recompute} (lock ${this.config.jobLockMs} ms)`);
  }

  async onApplicationShutdown(): Promise<void> {
    // close() lets the running job finish; whatever is waiting stays in Redis for the other workers.
    await this.worker?.close();
    await this.queue?.close();
    this.connection?.disconnect();
  }

  private async process(job: Job, token?: string): Promise<unknown> {
    if (this.config.recomputeJobDelayMs > 0) await new Promise((r) => setTimeout(r, this.config.recomputeJobDelayMs));
    try {
      switch (job.name as RecomputeJob) {
        case RecomputeJob.Talent:
        case RecomputeJob.Position:
        case RecomputeJob.Programme:
        case RecomputeJob.Statistics: {
          const { kind, entityId } = job.data as RecomputeJobPayloads[RecomputeJob.Talent | RecomputeJob.Position | RecomputeJob.Programme | RecomputeJob.Statistics];
          return await this.runner.run(kind, entityId);
        }
        case RecomputeJob.Rebuild:
          return await this.rebuild(job as Job<RebuildJobData>, token);
        case RecomputeJob.RebuildShard: {
          const done = await this.runner.recomputeTalents((job.data as RecomputeJobPayloads[RecomputeJob.RebuildShard]).talentIds);
          await this.runner.touch('rebuild', REBUILD_ALL);
          return done;
        }
        default:
          throw new UnrecoverableError(`unknown job ${job.name}`);
      }
    } catch (error) {
      if (error instanceof UnrecoverableError || error instanceof WaitingChildrenError || isTransient(error)) throw error;
      const data = job.data as Partial<RecomputeJobPayloads[RecomputeJob.Talent]>;
      if (data.kind && data.entityId) await this.runner.recordFailure(data.kind, data.entityId, error as Error).catch(() => undefined);
      // Bad data does not get better by retrying; the request stays pending and visible in /queues.
      throw new UnrecoverableError((error as Error).message);
    }
  }

  /** The talents of this rebuild's shards that failed after all their attempts. */
  private async failedShardTalents(job: Job): Promise<string[]> {
    const failed = await job.getIgnoredChildrenFailures();
    const talents: string[] = [];
    for (const [key, reason] of Object.entries(failed)) {
      const child = await Job.fromId<RecomputeJobPayloads[RecomputeJob.RebuildShard]>(this.queue!, key.split(':').pop()!);
      this.logger.warn(`rebuild shard ${key} failed (${reason}); its ${child?.data.talentIds.length ?? 0} talents are retried one by one`);
      if (child) talents.push(...child.data.talentIds);
    }
    return talents;
  }

  private async rebuild(job: Job<RebuildJobData>, token?: string): Promise<unknown> {
    if (job.data.step !== 'finalise') {
      const startSeq = await this.runner.requestedSeq('rebuild', REBUILD_ALL);
      const shards = await this.runner.rebuildShards();
      const parent = { id: job.id!, queue: job.queueQualifiedName };
      // A shard that still fails after its retries must not hold the parent (and its deduplication key)
      // forever: it is moved to the parent's ignored failures, and the finalise step handles its talents.
      await this.queue!.addBulk(
        shards.map((talentIds) => ({
          name: RecomputeJob.RebuildShard,
          data: { talentIds } satisfies RecomputeJobPayloads[RecomputeJob.RebuildShard],
          opts: { ...RECOMPUTE_JOB_OPTIONS, parent, ignoreDependencyOnFailure: true },
        })),
      );
      await job.updateData({ ...job.data, step: 'finalise', startSeq });
      if (await job.moveToWaitingChildren(token!)) throw new WaitingChildrenError();
    }
    const { startSeq } = job.data;
    const failedShards = await this.failedShardTalents(job);
    // Their talents are asked for one by one: each then succeeds, or fails (and is set aside) alone.
    if (failedShards.length > 0) await this.runner.requestTalents(failedShards);
    // Rows are in; the positions' candidate lists are computed over all talents, in one pass.
    await this.runner.rebuildPositionLists(() => this.runner.touch('rebuild', REBUILD_ALL));
    if (startSeq !== null && startSeq !== undefined) await this.runner.markProcessed('rebuild', REBUILD_ALL, startSeq);
    return { startSeq, retriedTalents: failedShards.length };
  }
}
