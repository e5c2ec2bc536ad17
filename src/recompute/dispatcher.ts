import type { RecomputeKind } from './recompute-request.entity';

/** Hands a pending recompute to whatever executes them: BullMQ (REDIS_URL set) or the in-process queue. */
export interface RecomputeDispatcher {
  dispatch(kind: RecomputeKind, entityId: string): Promise<void>;
  /** Whether a job for this entity is waiting or running (the sweep asks, to find lost requests). */
  isQueued(kind: RecomputeKind, entityId: string): Promise<boolean>;
  /** Jobs waiting and running, for health and freshness views. */
  counts(): Promise<{ waiting: number; active: number; failed: number }>;
  /** When a job last started or finished (ms since epoch), by any worker; null if never. */
  lastActiveAt(): Promise<number | null>;
  /** When the oldest waiting job was queued (ms since epoch); null if none waits. */
  oldestWaitingAt(): Promise<number | null>;
  /**
   * Erasure: drops every queued job for this talent and removes the talent from any other job's payload
   * (rebuild shards list talent ids), so nothing in the queue still names them.
   */
  forgetTalent(talentId: string): Promise<void>;
  close(): Promise<void>;
}

export const RECOMPUTE_DISPATCHER = Symbol('RECOMPUTE_DISPATCHER');
