import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATABASE_CONNECTION, DatabaseConnection } from '../database/database.module';
import { RECOMPUTE_DISPATCHER, RecomputeDispatcher } from '../recompute/dispatcher';
import { withTimeout } from '../common/with-timeout';
import { pingRedis } from './redis-ping';

interface ComponentHealth {
  status: 'up' | 'down' | 'disabled';
  detail?: string;
  latencyMs?: number;
}

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

  /** 200 when every configured dependency answers; 503 naming the one that does not. */
  @Get()
  async check(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis, queue] = await Promise.all([this.checkPostgres(), this.checkRedis(), this.checkQueue()]);
    const ok = postgres.status === 'up' && redis.status !== 'down' && queue.status !== 'down';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'degraded', postgres, redis, queue };
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
