import { execFile } from 'node:child_process';
import * as net from 'node:net';
import { promisify } from 'node:util';
import Redis from 'ioredis';
import { sleep } from '../freshness/stats';

const run = promisify(execFile);

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A dedicated Redis for the bench on `port`: starts `redis-server` (no persistence, daemonized) when
 * nothing listens there. Returns a stop function that shuts down only the server started here (null
 * when one was already running: it is left alone).
 */
export async function ensureRedis(port: number, log: (line: string) => void): Promise<(() => Promise<void>) | null> {
  if (await listening(port)) {
    log(`Redis already listening on ${port}: using it (not stopped at the end)`);
    return null;
  }
  await run('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes', '--pidfile', `/tmp/bench-scale-redis-${port}.pid`]);
  for (let i = 0; i < 100 && !(await listening(port)); i++) await sleep(50);
  log(`started redis-server on ${port}`);
  return async () => {
    const redis = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
    redis.on('error', () => undefined); // the server going away is the point
    await redis.connect();
    await redis.call('SHUTDOWN', 'NOSAVE').catch(() => undefined); // the connection closes as the server exits
    redis.disconnect();
    log(`stopped redis-server on ${port}`);
  };
}
