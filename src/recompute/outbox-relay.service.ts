import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '../common/persistence/query-rows';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RECOMPUTE_DISPATCHER, RecomputeDispatcher } from './dispatcher';
import type { RecomputeKind } from './recompute-request.entity';

/** How often the relay looks for requests written by other processes (writes here kick it at once). */
const POLL_MS = 1_000;

/**
 * Turns outbox rows into jobs. Rows are claimed with one UPDATE … RETURNING, so several relays (API and
 * workers) never hand out the same request twice; a row whose dispatch fails (Redis away) is released
 * again. The sweep releases rows still pending after a timeout, which is what recovers from a Redis
 * restart or flush: the database, not Redis, knows what is pending.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private timers: NodeJS.Timeout[] = [];
  private flushing: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RECOMPUTE_DISPATCHER) private readonly dispatcher: RecomputeDispatcher,
  ) {}

  onApplicationBootstrap(): void {
    this.timers.push(setInterval(() => this.kick(), POLL_MS).unref());
    this.timers.push(setInterval(() => void this.sweep().catch((e) => this.logger.warn(e.message)), this.config.recomputeSweepMs).unref());
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    await this.flushing?.catch(() => undefined);
  }

  /**
   * After a write: hands its request out once the debounce window has passed (a later edit of the same
   * entity moves the window, so a burst of edits becomes one job).
   */
  kickAfterWrite(): void {
    this.kick();
    if (this.config.recomputeDebounceMs > 0) {
      setTimeout(() => this.kick(), this.config.recomputeDebounceMs + 5).unref();
      // An entity edited without pause is still handed out once it has waited the maximum.
      setTimeout(() => this.kick(), this.config.recomputeDebounceMaxWaitMs + 5).unref();
    }
  }

  /** Hands out pending requests soon; calls while a flush runs are folded into one more flush. */
  kick(): void {
    if (this.stopped) return;
    if (this.flushing) {
      this.again = true;
      return;
    }
    this.flushing = this.flush()
      .catch((error: Error) => {
        this.logger.warn(`relay: ${error.message}`);
        return 0;
      })
      .finally(() => {
        this.flushing = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits for the flush in progress, if any (tests). */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  async flush(): Promise<number> {
    const claimed = await queryRows<{ kind: RecomputeKind; entity_id: string }>(
      this.dataSource,
      `UPDATE recompute_request SET enqueued_at = now()
        WHERE enqueued_at IS NULL AND requested_seq > processed_seq
          AND (requested_at <= now() - ($1::int * interval '1 millisecond')
               OR pending_since <= now() - ($2::int * interval '1 millisecond'))
        RETURNING kind, entity_id`,
      [this.config.recomputeDebounceMs, this.config.recomputeDebounceMaxWaitMs],
    );
    const failed: { kind: RecomputeKind; entity_id: string }[] = [];
    for (const row of claimed) {
      try {
        await this.dispatcher.dispatch(row.kind, row.entity_id);
      } catch {
        failed.push(row);
      }
    }
    if (failed.length > 0) {
      await this.dataSource.query(
        `UPDATE recompute_request SET enqueued_at = NULL
          WHERE (kind, entity_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
        [failed.map((r) => r.kind), failed.map((r) => r.entity_id)],
      );
      this.logger.warn(`${failed.length} recompute(s) could not be queued; they stay pending`);
    }
    return claimed.length - failed.length;
  }

  /**
   * Finds requests whose job was lost and queues them again: pending rows handed out more than a moment
   * ago whose job the queue no longer has (Redis flushed or restarted empty), and rows untouched for
   * longer than the timeout (a last resort; the queue deduplicates anything still there).
   */
  async sweep(): Promise<number> {
    const candidates = await queryRows<{ kind: RecomputeKind; entity_id: string; stale: boolean }>(
      this.dataSource,
      `SELECT kind, entity_id, enqueued_at < now() - ($1::int * interval '1 millisecond') AS stale
         FROM recompute_request
        WHERE requested_seq > processed_seq AND enqueued_at < now() - interval '1 second'`,
      [this.config.recomputePendingTimeoutMs],
    );
    let released = 0;
    for (const row of candidates) {
      if (row.stale) {
        // Untouched past the timeout: whatever job holds the request is stuck or gone; drop it first,
        // or deduplication would swallow the new one.
        const dropped = await this.dispatcher.release(row.kind, row.entity_id).then(() => true, (e: Error) => {
          this.logger.warn(`sweep: could not release ${row.kind} ${row.entity_id}: ${e.message}`);
          return false;
        });
        if (!dropped) continue;
      } else if (await this.dispatcher.isQueued(row.kind, row.entity_id).catch(() => true)) {
        continue;
      }
      await this.dataSource.query('UPDATE recompute_request SET enqueued_at = NULL WHERE kind = $1 AND entity_id = $2', [row.kind, row.entity_id]);
      released++;
    }
    if (released > 0) {
      this.logger.log(`sweep: re-queueing ${released} pending recompute(s) whose job was lost`);
      this.kick();
    }
    return released;
  }
}
