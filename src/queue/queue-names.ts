/** Every queue and job name in one place: producers and processors must agree on them. */
export enum QueueName {
  Recompute = 'recompute',
}

export enum RecomputeJob {
  Talent = 'talent',
  Programme = 'programme',
  /** A full rebuild: the parent of one shard job per slice of talents, finalising when they are done. */
  Rebuild = 'rebuild',
  RebuildShard = 'rebuild-shard',
}

export interface RecomputeJobData {
  kind: 'talent' | 'programme' | 'rebuild';
  entityId: string;
}

export interface RebuildShardData {
  talentIds: string[];
}

/** Deterministic deduplication id: one running and at most one waiting job per entity. */
export function dedupId(kind: string, entityId: string): string {
  return `${kind}:${entityId}`;
}
