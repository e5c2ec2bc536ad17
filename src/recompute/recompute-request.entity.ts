import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RecomputeKind } from '../queue/queue-names';

export type { RecomputeKind };

/**
 * The outbox: one row per entity whose stored matches must follow a change, written in the same
 * transaction as the change. `requestedSeq` grows with every change (a database sequence); a job
 * records the value it started from in `processedSeq` when it commits, so the entity is pending (its
 * stored matches stale) exactly while requestedSeq > processedSeq. Redis only carries the wake-up call:
 * a relay turns pending rows into jobs, and a sweep re-enqueues rows pending for too long.
 */
@Entity('recompute_request')
@Index('recompute_request_pending_idx', ['enqueuedAt'])
export class RecomputeRequest {
  @PrimaryColumn({ type: 'text' })
  kind: RecomputeKind;

  /** The entity id; '*' for a full rebuild. */
  @PrimaryColumn({ type: 'text' })
  entityId: string;

  @Column({ type: 'bigint' })
  requestedSeq: string;

  @Column({ type: 'bigint', default: 0 })
  processedSeq: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  /** When the entity last went from up to date to pending: bounds how long a stream of edits can defer it. */
  @Column({ type: 'timestamptz', nullable: true })
  pendingSince: Date | null;

  /** When the relay last handed it to the queue; null = not yet. */
  @Column({ type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
