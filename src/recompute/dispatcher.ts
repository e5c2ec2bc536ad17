import type { RecomputeKind } from './recompute-request.entity';

/** Hands a pending recompute to whatever executes them: BullMQ (REDIS_URL set) or the in-process queue. */
export interface RecomputeDispatcher {
  dispatch(kind: RecomputeKind, entityId: string): Promise<void>;
  /** Whether a job for this entity is waiting or running (the sweep asks, to find lost requests). */
  isQueued(kind: RecomputeKind, entityId: string): Promise<boolean>;
  /**
   * The sweep found this request untouched for longer than the pending timeout: whatever job still holds
   * its deduplication key (a parent waiting on children that will never finish, a failed job) is
   * dropped, so the next dispatch queues a fresh job. A job that is waiting or running is left alone.
   */
  release(kind: RecomputeKind, entityId: string): Promise<void>;
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
