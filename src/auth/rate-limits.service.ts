import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppException } from '../common/errors/app-exception';
import { createRedis } from '../queue/redis-connection';
import { MemoryRateStore, RateStore, rateKey, RedisRateStore } from './rate-limiter';

/**
 * Login and write limits. Counters live in Redis when REDIS_URL is set (one limit across all API
 * instances); if Redis does not answer, this instance falls back to its own memory rather than letting
 * every request through or refusing all of them.
 */
@Injectable()
export class RateLimitsService implements OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private readonly memory = new MemoryRateStore();
  private readonly redis: Redis | null;
  private readonly shared: RateStore | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.redis = config.redisUrl ? createRedis(config.redisUrl, 'producer') : null;
    this.shared = this.redis ? new RedisRateStore(this.redis) : null;
  }

  /**
   * Reserves one sign-in attempt for this account from this address before the password is checked;
   * throws 429 when `loginMaxFailures` are already counted in the window. The reservation is the failure
   * count: a wrong password keeps it, a right one clears the count (`clearLoginFailures`). Reserving
   * first is what bounds a parallel burst: checking the count and recording the failure after the (slow)
   * password check let 71 of 100 simultaneous guesses through a limit of 5.
   */
  async reserveLoginAttempt(username: string, ip: string): Promise<void> {
    const { loginMaxFailures, loginWindowSeconds } = this.config.auth;
    const reservation = await this.use((store) => store.reserve(loginKey(username, ip), loginMaxFailures, loginWindowSeconds));
    if (!reservation.granted) {
      throw AppException.rateLimited('Too many failed sign-in attempts; try again later', reservation.resetSeconds);
    }
  }

  async clearLoginFailures(username: string, ip: string): Promise<void> {
    await this.use((store) => store.reset(loginKey(username, ip)));
  }

  /** Counts one write by this caller (account, or address when anonymous); throws 429 over the limit. */
  async hitWrite(caller: string): Promise<void> {
    const window = await this.use((store) => store.hit(rateKey('write', caller), 60));
    if (window.count > this.config.auth.writesPerMinute) {
      throw AppException.rateLimited('Too many changes in a minute; slow down', window.resetSeconds);
    }
  }

  private async use<T>(op: (store: RateStore) => Promise<T>): Promise<T> {
    if (this.shared) {
      try {
        return await op(this.shared);
      } catch (error) {
        this.logger.warn(`Redis rate store unavailable, using this instance's memory: ${(error as Error).message}`);
      }
    }
    return op(this.memory);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}

function loginKey(username: string, ip: string): string {
  return rateKey('login', username.trim().toLowerCase(), ip);
}
