import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import * as net from 'node:net';
import * as path from 'node:path';

/** The repository root (this file runs as dist/bench/freshness/processes.js). */
const ROOT = path.resolve(__dirname, '../../..');

/** A `ready` check for a service process: its /health answers 200. */
export function healthy(base: string): () => Promise<boolean> {
  return async () => {
    try {
      return (await fetch(`${base}/health`)).status === 200;
    } catch {
      return false;
    }
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface Child {
  name: string;
  process: ChildProcess;
  output(): string;
  /** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  name: string;
  entry: string;
  env: Record<string, string>;
  /** Polled until true; gets the process output so far. */
  ready: (output: string) => Promise<boolean> | boolean;
  timeoutMs?: number;
  /** Called with each line of output that is a warning or an error (they would explain odd figures). */
  onWarning?: (line: string) => void;
}

/** Starts a compiled entry point as its own process and waits until `ready` says so (or it dies). */
export async function startChild(options: StartOptions): Promise<Child> {
  const { name, entry, env, ready, timeoutMs = 180_000, onWarning } = options;
  const child = spawn(process.execPath, [path.join(ROOT, entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'log', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let partial = '';
  const take = (chunk: Buffer) => {
    const text = chunk.toString();
    log += text;
    if (log.length > 200_000) log = log.slice(-100_000);
    partial += text;
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (onWarning && /\b(WARN|ERROR)\b|Error:/.test(line)) onWarning(line);
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const handle: Child = {
    name,
    process: child,
    output: () => log,
    async stop(graceMs = 10_000) {
      if (alive()) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
      if (alive()) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await ready(log))) {
    if (!alive()) throw new Error(`${name} exited before it was ready:\n${log.slice(-3000)}`);
    if (Date.now() > deadline) {
      await handle.stop(1_000);
      throw new Error(`${name} not ready after ${timeoutMs} ms:\n${log.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return handle;
}

/**
 * A fresh PostgreSQL database and an emptied Redis database for one benchmark run; what it opens is
 * pushed onto `cleanups` (run in reverse by the caller): the Redis emptied again, the database dropped.
 */
export async function benchStores(
  adminUrl: string,
  redisUrl: string,
  prefix: string,
  cleanups: (() => Promise<void> | void)[],
): Promise<{ databaseName: string; databaseUrl: string; redis: Redis }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  cleanups.push(() => admin.end());
  await admin.query(`CREATE DATABASE ${name}`);
  cleanups.push(async () => void (await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  cleanups.push(async () => redis.disconnect());
  await redis.flushdb();
  cleanups.push(async () => void (await redis.flushdb()));
  return { databaseName: name, databaseUrl: url.toString(), redis };
}

/** The same Redis server, another database number (each benchmark keeps to its own). */
export function withRedisDb(url: string, db: number): string {
  const parsed = new URL(url);
  parsed.pathname = `/${db}`;
  return parsed.toString();
}

/**
 * A benchmark's clean-up: steps registered as stores and processes are started, run once in reverse
 * order (at the end, on failure, or on SIGINT/SIGTERM), each failure logged and the rest still run.
 */
export class BenchCleanup {
  readonly steps: (() => Promise<void> | void)[] = [];
  interrupted = false;
  private running: Promise<void> | null = null;

  constructor(private readonly log: (line: string) => void) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        this.log(`${signal}: cleaning up`);
        this.interrupted = true;
        void this.run().finally(() => process.exit(130));
      });
    }
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.splice(0).reverse()) await Promise.resolve(step()).catch((e: Error) => this.log(`cleanup: ${e.message}`));
    })();
    return this.running;
  }
}

/**
 * Runs a benchmark's `main` to the end: prints its results, cleans up either way (children, databases,
 * Redis), and exits 0 or 1 with the total time.
 */
export function runBench<T>(main: () => Promise<T>, hooks: { cleanup: BenchCleanup; print(results: T): void; log(line: string): void }): void {
  const started = performance.now();
  main()
    .then(async (results) => {
      await hooks.cleanup.run();
      hooks.print(results);
      hooks.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
      process.exit(0);
    })
    .catch(async (error: unknown) => {
      if (!hooks.cleanup.interrupted) hooks.log(`failed: ${(error as Error).stack ?? String(error)}`);
      await hooks.cleanup.run();
      process.exit(1);
    });
}
