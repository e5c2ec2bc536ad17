import { createHash } from 'node:crypto';
import type Redis from 'ioredis';

export interface RateWindow {
  /** Hits in the current window, this one included. */
  count: number;
  /** Seconds until the window ends. */
  resetSeconds: number;
}

export interface Reservation extends RateWindow {
  /** False when `limit` attempts were already counted in the window (then nothing was counted). */
  granted: boolean;
}

/** Fixed-window counters. Keys are hashed, so no username, address or phone number is stored in clear. */
export interface RateStore {
  hit(key: string, windowSeconds: number): Promise<RateWindow>;
  /**
   * Counts one attempt unless `limit` are already counted, in one atomic step: callers reserve before
   * doing the work, so however many arrive at once, at most `limit` do it per window.
   */
  reserve(key: string, limit: number, windowSeconds: number): Promise<Reservation>;
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

/**
 * The check and the increment in one script (Redis runs it without interleaving). A count left without
 * an expiry (written by hand, or by an older version) gets one, so it cannot lock an account forever.
 */
const RESERVE_SCRIPT = `
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
local ttl = redis.call('PTTL', KEYS[1])
if n > 0 and ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
if n >= tonumber(ARGV[2]) then return {n, ttl, 0} end
n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl, 1}`;

/** Shared by every API instance using the same Redis, so the limits hold across instances. */
export class RedisRateStore implements RateStore {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowSeconds: number): Promise<RateWindow> {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, key, String(windowSeconds * 1000))) as [number, number];
    return { count, resetSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
  }

  async reserve(key: string, limit: number, windowSeconds: number): Promise<Reservation> {
    const [count, ttl, granted] = (await this.redis.eval(RESERVE_SCRIPT, 1, key, String(windowSeconds * 1000), String(limit))) as [number, number, number];
    return { count, resetSeconds: Math.max(1, Math.ceil(ttl / 1000)), granted: granted === 1 };
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
    const window = this.current(key, windowSeconds, now);
    window.count++;
    return { count: window.count, resetSeconds: secondsLeft(window, now) };
  }

  // No await between the check and the increment: in one process that makes the pair atomic.
  async reserve(key: string, limit: number, windowSeconds: number): Promise<Reservation> {
    const now = Date.now();
    const window = this.current(key, windowSeconds, now);
    const granted = window.count < limit;
    if (granted) window.count++;
    return { count: window.count, resetSeconds: secondsLeft(window, now), granted };
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  private current(key: string, windowSeconds: number, now: number): { count: number; endsAt: number } {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size > 100_000) this.sweep(now);
      window = { count: 0, endsAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    return window;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

function secondsLeft(window: { endsAt: number }, now: number): number {
  return Math.max(1, Math.ceil((window.endsAt - now) / 1000));
}
