import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATABASE_CONNECTION, DatabaseConnection } from '../database/database.module';
import { RECOMPUTE_DISPATCHER, RecomputeDispatcher } from '../recompute/dispatcher';
import { withTimeout } from '../common/with-timeout';
import { pingRedis } from './redis-ping';
import { ApiOk } from '../common/openapi/api-responses';
import { HealthSchema } from './health.openapi';

interface ComponentHealth {
  status: 'up' | 'down' | 'disabled' | 'degraded';
  detail?: string;
  latencyMs?: number;
}

interface RecomputeHealth extends ComponentHealth {
  pending?: number;
  oldestPendingMs?: number | null;
  failing?: number;
  quarantined?: number;
}

const COMPONENTS = ['postgres', 'redis', 'queue', 'recompute'];

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    @Inject(RECOMPUTE_DISPATCHER) private readonly dispatcher: RecomputeDispatcher,
  ) {}

  /**
   * 200 when every configured dependency answers, 503 naming the one that does not. Recompute lagging
   * or failing is `degraded` with 200: the API still serves (lists say they are stale), but the reasons
   * say what an operator should look at.
   */
  @Get()
  @ApiOk(HealthSchema)
  @ApiResponse({ status: 503, description: 'Not serving: the same body names what is down', schema: HealthSchema })
  async check(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis, queue] = await Promise.all([this.checkPostgres(), this.checkRedis(), this.checkQueue()]);
    const recompute = postgres.status === 'up' ? await this.checkRecompute() : { status: 'down' as const, detail: 'no database' };
    const serving = postgres.status === 'up' && redis.status !== 'down' && queue.status !== 'down';
    res.status(serving ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    const reasons = [postgres, redis, queue, recompute].flatMap((c, i) =>
      c.status === 'down' || c.status === 'degraded' ? [`${COMPONENTS[i]}: ${c.detail ?? c.status}`] : [],
    );
    return { status: reasons.length === 0 ? 'ok' : 'degraded', reasons, postgres, redis, queue, recompute };
  }

  /**
   * Whether stored matches keep up: degraded when a request has been pending longer than
   * RECOMPUTE_ALERT_PENDING_MS or keeps failing (RECOMPUTE_ALERT_FAILURES attempts). Quarantined records
   * are counted, not alarmed on: setting them aside is what keeps everything else fresh.
   */
  private async checkRecompute(): Promise<RecomputeHealth> {
    try {
      const [row]: { pending: number; overdue: number; failing: number; oldest_ms: number | null; last_error: string | null; quarantined: number }[] =
        await this.dataSource.query(
          `SELECT count(*) FILTER (WHERE pending)::int AS pending,
                  count(*) FILTER (WHERE pending AND since < now() - ($1::int * interval '1 millisecond'))::int AS overdue,
                  count(*) FILTER (WHERE pending AND attempts >= $2)::int AS failing,
                  (extract(epoch FROM now() - min(since) FILTER (WHERE pending)) * 1000)::bigint AS oldest_ms,
                  (array_agg(last_error ORDER BY attempts DESC) FILTER (WHERE pending AND attempts >= $2))[1] AS last_error,
                  (SELECT count(*)::int FROM recompute_quarantine) AS quarantined
             FROM (SELECT requested_seq > processed_seq AS pending, coalesce(pending_since, requested_at) AS since, attempts, last_error
                     FROM recompute_request) r`,
          [this.config.recomputeAlertPendingMs, this.config.recomputeAlertFailures],
        );
      const problems: string[] = [];
      if (row.overdue > 0) problems.push(`${row.overdue} recompute request(s) pending for over ${Math.round(this.config.recomputeAlertPendingMs / 1000)} s`);
      if (row.failing > 0) problems.push(`${row.failing} recompute request(s) failing repeatedly (last error: ${row.last_error ?? 'unknown'})`);
      return {
        status: problems.length ? 'degraded' : 'up',
        detail: problems.length ? problems.join('; ') : undefined,
        pending: row.pending,
        oldestPendingMs: row.oldest_ms === null ? null : Number(row.oldest_ms),
        failing: row.failing,
        quarantined: row.quarantined,
      };
    } catch (error) {
      return { status: 'down', detail: (error as Error).message };
    }
  }

  /**
   * Liveness of the recompute consumers: down when jobs have been waiting longer than the stall limit
   * and no worker has started or finished a job in that time (all workers dead or stuck).
   */
  private async checkQueue(): Promise<ComponentHealth & { waiting?: number; active?: number; failed?: number }> {
    try {
      const [counts, lastActive, oldestWaiting] = await withTimeout(
        Promise.all([this.dispatcher.counts(), this.dispatcher.lastActiveAt(), this.dispatcher.oldestWaitingAt()]),
        1_000,
        'queue',
      );
      const limit = this.config.livenessStallMs;
      const now = Date.now();
      const stalled = oldestWaiting !== null && now - oldestWaiting > limit && (lastActive === null || now - lastActive > limit);
      return {
        status: stalled ? 'down' : 'up',
        detail: stalled ? `jobs waiting for over ${limit} ms and no worker active` : undefined,
        ...counts,
      };
    } catch (error) {
      return { status: 'down', detail: (error as Error).message };
    }
  }

  private async checkPostgres(): Promise<ComponentHealth> {
    const started = Date.now();
    try {
      await this.dataSource.query('SELECT 1');
      const detail = this.connection.embedded ? 'embedded PGlite' : 'server';
      return { status: 'up', detail, latencyMs: Date.now() - started };
    } catch (error) {
      return { status: 'down', detail: (error as Error).message };
    }
  }

  private async checkRedis(): Promise<ComponentHealth> {
    if (!this.config.redisUrl) return { status: 'disabled', detail: 'no REDIS_URL: jobs run in-process' };
    const started = Date.now();
    try {
      await pingRedis(this.config.redisUrl);
      return { status: 'up', latencyMs: Date.now() - started };
    } catch (error) {
      return { status: 'down', detail: (error as Error).message };
    }
  }
}
