/** Every queue and job name in one place: producers and processors must agree on them. */
export enum QueueName {
  Recompute = 'recompute',
}

export enum RecomputeJob {
  Talent = 'talent',
  Programme = 'programme',
  /** Plans a full rebuild: adds a flow of shard children and a finalising parent. */
  Rebuild = 'rebuild',
  RebuildShard = 'rebuild-shard',
  RebuildFinalise = 'rebuild-finalise',
}

export interface RecomputeJobData {
  kind: 'talent' | 'programme' | 'rebuild';
  entityId: string;
}

export interface RebuildShardData {
  talentIds: string[];
}

export interface RebuildFinaliseData {
  startSeq: number | null;
}

/** Deterministic deduplication id: one running and at most one waiting job per entity. */
export function dedupId(kind: string, entityId: string): string {
  return `${kind}:${entityId}`;
}
