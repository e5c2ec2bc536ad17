import type { RecomputeKind } from './recompute-request.entity';

/** Hands a pending recompute to whatever executes them: BullMQ (REDIS_URL set) or the in-process queue. */
export interface RecomputeDispatcher {
  dispatch(kind: RecomputeKind, entityId: string): Promise<void>;
  /** Jobs waiting and running, for health and freshness views. */
  counts(): Promise<{ waiting: number; active: number; failed: number }>;
  close(): Promise<void>;
}

export const RECOMPUTE_DISPATCHER = Symbol('RECOMPUTE_DISPATCHER');
