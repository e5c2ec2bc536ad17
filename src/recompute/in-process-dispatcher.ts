import { Logger } from '@nestjs/common';
import type { RecomputeDispatcher } from './dispatcher';
import type { RecomputeKind } from './recompute-request.entity';
import type { RecomputeRunner } from './recompute-runner.service';
import { isTransient, RETRY_POLICY, retryDelayMs } from './retry-policy';

interface Slot {
  running: boolean;
  again: boolean;
}


/**
 * The zero-setup executor (no Redis): runs recomputes in this process, one at a time, with the same
 * coalescing as BullMQ's keepLastIfActive — per entity at most one running and one pending run — and
 * the same retry policy (retry-policy.ts). Losing it (a crash) loses nothing: the outbox still says pending.
 */
export class InProcessDispatcher implements RecomputeDispatcher {
  private readonly logger = new Logger('InProcessQueue');
  private readonly slots = new Map<string, Slot>();
  private readonly order: string[] = [];
  private active = 0;
  private failed = 0;
  private closed = false;
  private draining: Promise<void> | null = null;
  private lastActive: number | null = null;
  private readonly queuedAt = new Map<string, number>();

  constructor(private readonly runner: RecomputeRunner) {}

  async dispatch(kind: RecomputeKind, entityId: string): Promise<void> {
    if (this.closed) return;
    const key = `${kind}\u0000${entityId}`;
    const slot = this.slots.get(key);
    if (slot) {
      if (slot.running) slot.again = true;
      return;
    }
    this.slots.set(key, { running: false, again: false });
    this.queuedAt.set(key, Date.now());
    this.order.push(key);
    this.draining ??= this.drain().finally(() => (this.draining = null));
  }

  async isQueued(kind: RecomputeKind, entityId: string): Promise<boolean> {
    return this.slots.has(`${kind}\u0000${entityId}`);
  }

  async release(): Promise<void> {
    // Runs here are awaited one by one and never lost while the process lives: nothing can be stuck.
  }

  async lastActiveAt(): Promise<number | null> {
    return this.lastActive;
  }

  async oldestWaitingAt(): Promise<number | null> {
    return this.queuedAt.size ? Math.min(...this.queuedAt.values()) : null;
  }

  async counts() {
    return { waiting: this.order.length, active: this.active, failed: this.failed };
  }

  async forgetTalent(talentId: string): Promise<void> {
    const key = `talent\u0000${talentId}`;
    const slot = this.slots.get(key);
    if (!slot) return;
    if (slot.running) {
      slot.again = false;
      return;
    }
    this.slots.delete(key);
    this.queuedAt.delete(key);
    this.order.splice(this.order.indexOf(key), 1);
  }

  /** Resolves when nothing is queued or running (tests and graceful shutdown). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
  }

  private async drain(): Promise<void> {
    while (this.order.length > 0) {
      const key = this.order.shift()!;
      const slot = this.slots.get(key)!;
      const [kind, entityId] = key.split('\u0000') as [RecomputeKind, string];
      slot.running = true;
      this.queuedAt.delete(key);
      this.active = 1;
      this.lastActive = Date.now();
      await this.runWithRetries(kind, entityId);
      this.active = 0;
      this.lastActive = Date.now();
      slot.running = false;
      if (slot.again && !this.closed) {
        slot.again = false;
        this.queuedAt.set(key, Date.now());
        this.order.push(key);
      } else {
        this.slots.delete(key);
      }
    }
  }

  private async runWithRetries(kind: RecomputeKind, entityId: string): Promise<void> {
    for (let attempt = 1; attempt <= RETRY_POLICY.attempts; attempt++) {
      try {
        await this.runner.run(kind, entityId);
        return;
      } catch (error) {
        if (!isTransient(error)) {
          // As the BullMQ consumer: bad data fails at once and is counted (a talent is quarantined in the end).
          await this.runner.recordFailure(kind, entityId, error as Error).catch(() => undefined);
          break;
        }
        if (attempt === RETRY_POLICY.attempts || this.closed) break;
        await new Promise((r) => setTimeout(r, retryDelayMs(attempt)));
      }
    }
    this.failed++;
    this.logger.error(`${kind} ${entityId} failed; left pending for the sweep`);
  }
}
