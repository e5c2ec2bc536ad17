import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATABASE_CONNECTION, DatabaseConnection } from '../database/database.module';
import { pingRedis } from './redis-ping';

interface ComponentHealth {
  status: 'up' | 'down' | 'disabled';
  detail?: string;
  latencyMs?: number;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
  ) {}

  /** 200 when every configured dependency answers; 503 naming the one that does not. */
  @Get()
  async check(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([this.checkPostgres(), this.checkRedis()]);
    const ok = postgres.status === 'up' && redis.status !== 'down';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'degraded', postgres, redis };
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
