import { createHash } from 'node:crypto';
import type Redis from 'ioredis';

export interface RateWindow {
  /** Hits in the current window, this one included. */
  count: number;
  /** Seconds until the window ends. */
  resetSeconds: number;
}

/** Fixed-window counters. Keys are hashed, so no username, address or phone number is stored in clear. */
export interface RateStore {
  hit(key: string, windowSeconds: number): Promise<RateWindow>;
  peek(key: string): Promise<RateWindow>;
  reset(key: string): Promise<void>;
}

export function rateKey(...parts: string[]): string {
  return 'rl:' + createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 32);
}

/** INCR and set the expiry on the first hit, atomically; returns the count and the time left. */
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}`;

/** Shared by every API instance using the same Redis, so the limits hold across instances. */
export class RedisRateStore implements RateStore {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowSeconds: number): Promise<RateWindow> {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, key, String(windowSeconds * 1000))) as [number, number];
    return { count, resetSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  async peek(key: string): Promise<RateWindow> {
    const [count, ttl] = await Promise.all([this.redis.get(key), this.redis.pttl(key)]);
    return { count: Number(count ?? 0), resetSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(key);
  }
}

/** For the zero-setup default without Redis: one process, so memory is enough. */
export class MemoryRateStore implements RateStore {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  async hit(key: string, windowSeconds: number): Promise<RateWindow> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size > 100_000) this.sweep(now);
      window = { count: 0, endsAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count++;
    return { count: window.count, resetSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)) };
  }

  async peek(key: string): Promise<RateWindow> {
    const now = Date.now();
    const window = this.windows.get(key);
    if (!window || window.endsAt <= now) return { count: 0, resetSeconds: 0 };
    return { count: window.count, resetSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)) };
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
