import { Logger } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';

/**
 * Connections for BullMQ. Workers block on Redis and must retry for ever (maxRetriesPerRequest: null);
 * producers fail fast while Redis is away (no offline queue), so the outbox relay can leave the request
 * pending and try again instead of piling up commands in memory.
 */
export function createRedis(url: string, role: 'worker' | 'producer'): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    reconnectOnError: () => true,
  };
  const client = new Redis(url, options);
  const logger = new Logger(`Redis:${role}`);
  let lastError = '';
  client.on('error', (error: Error) => {
    // ioredis reports every failed reconnect; log each distinct error once.
    if (error.message !== lastError) logger.warn(error.message);
    lastError = error.message;
  });
  client.on('ready', () => (lastError = ''));
  return client;
}

/**
 * BullMQ keeps jobs in Redis: with an eviction policy other than noeviction, Redis may drop them under
 * memory pressure. Refuse to start (or warn loudly when told to tolerate it).
 */
export async function checkEvictionPolicy(client: Redis, refuse: boolean): Promise<string> {
  const [, policy] = (await client.config('GET', 'maxmemory-policy')) as [string, string];
  if (policy !== 'noeviction') {
    const message = `Redis maxmemory-policy is "${policy}", not "noeviction": queued recomputes could be evicted`;
    if (refuse) throw new Error(`${message}. Set it to noeviction (or REDIS_REQUIRE_NOEVICTION=false to only warn).`);
    new Logger('Redis').error(`${message}!`);
  }
  return policy;
}
