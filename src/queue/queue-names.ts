/**
 * Every queue, job name and job payload in one place: the typed contract that producers (the outbox
 * relay's dispatcher, the rebuild planner) and the consumer (RecomputeProcessor) both compile against.
 */
export enum QueueName {
  Recompute = 'recompute',
}

export enum RecomputeJob {
  Talent = 'talent',
  /** One position's column: its candidate list over all talents, and the talents' rows it enters or leaves. */
  Position = 'position',
  Programme = 'programme',
  /** A full rebuild: the parent of one shard job per slice of talents, finalising when they are done. */
  Rebuild = 'rebuild',
  RebuildShard = 'rebuild-shard',
  /** A statistics refresh: a new statistics generation from the open positions, then a rebuild. */
  Statistics = 'statistics',
}

/** The outbox's kinds, one job name each (the rebuild's shards are its children, not outbox rows). */
export type RecomputeKind = 'talent' | 'position' | 'programme' | 'rebuild' | 'statistics';

export interface RecomputeJobData<K extends RecomputeKind = RecomputeKind> {
  kind: K;
  entityId: string;
}

export interface RebuildShardData {
  talentIds: string[];
}

export interface RebuildJobData extends RecomputeJobData<'rebuild'> {
  /** 'plan' adds the shard children; 'finalise' runs once they have all completed. */
  step?: 'plan' | 'finalise';
  startSeq?: number | null;
}

/** Payload type per job name. */
export interface RecomputeJobPayloads {
  [RecomputeJob.Talent]: RecomputeJobData<'talent'>;
  [RecomputeJob.Position]: RecomputeJobData<'position'>;
  [RecomputeJob.Programme]: RecomputeJobData<'programme'>;
  [RecomputeJob.Rebuild]: RebuildJobData;
  [RecomputeJob.RebuildShard]: RebuildShardData;
  [RecomputeJob.Statistics]: RecomputeJobData<'statistics'>;
}

/** The job name an outbox kind is dispatched as. */
export const JOB_OF_KIND: { [K in RecomputeKind]: RecomputeJob } = {
  talent: RecomputeJob.Talent,
  position: RecomputeJob.Position,
  programme: RecomputeJob.Programme,
  rebuild: RecomputeJob.Rebuild,
  statistics: RecomputeJob.Statistics,
};

/** Deterministic deduplication id: one running and at most one waiting job per entity. */
export function dedupId(kind: string, entityId: string): string {
  return `${kind}:${entityId}`;
}
