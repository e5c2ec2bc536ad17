import { Client } from 'pg';
import { flushRedis, waitFor } from './recompute-harness';
import { ServiceProcess, startService, startWorker, WorkerProcess } from './service-process';
import { createTestDatabase, TEST_REDIS_URL, TestDatabase } from './test-database';

/** Own Redis database number for the browser tests, so their queue meets no other file's. */
export const CONSOLE_REDIS_URL = `${TEST_REDIS_URL}/5`;

export const DEMO_LOGINS = {
  admin: ['admin', 'Admin-demo-2026'],
  coordinator: ['coordinator', 'Coord-demo-2026'],
  enterprise: ['northern-rare-earth', 'Ent-demo-2026'],
  enterprise2: ['weifeng', 'Ent-demo-2026'],
  talent: ['talent', 'Talent-demo-2026'],
  talent2: ['talent2', 'Talent-demo-2026'],
} as const;

export interface ConsoleService {
  url: string;
  /** A bearer token of the coordinator, for the test's own checks through the API. */
  token: string;
  /** Runs SQL on the service's database directly: how a test stores what the API would refuse. */
  sql(text: string, params?: unknown[]): Promise<unknown[]>;
  /** What the API process printed, and whether it is still running (for a failing test's message). */
  output(): string;
  running(): boolean;
  stop(): Promise<void>;
}

export interface ApiLogin {
  accessToken: string;
  user: { id: string; role: string; enterpriseId: string | null; talentId: string | null };
}

/** Signs in through the API (for a test's own look-ups beside what it does in the browser). */
export async function apiLogin(url: string, [username, password]: readonly [string, string]): Promise<ApiLogin> {
  const res = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`demo login ${username} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as ApiLogin;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function apiGet(url: string, token: string, path: string): Promise<any> {
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/**
 * The service as `npm start` runs it, on a fresh PostgreSQL database with the demo data and accounts,
 * BullMQ on its own Redis database, and one worker process consuming it; resolves once the initial
 * rebuild of every match is done, so candidate lists and recommendations are there to look at.
 */
export async function startConsoleService(redisUrl: string = CONSOLE_REDIS_URL): Promise<ConsoleService> {
  await flushRedis(redisUrl);
  const database: TestDatabase = await createTestDatabase('browser');
  const env = { DATABASE_URL: database.url, REDIS_URL: redisUrl, RECOMPUTE_SWEEP_MS: '1000' };
  let service: ServiceProcess | undefined;
  let worker: WorkerProcess | undefined;
  try {
    service = await startService({ ...env, SEED_DEMO: 'true', AUTH_SECRET: 'browser-test-secret-0123456789abcdef' }, 'dist/src/main.js', 180_000);
    worker = await startWorker(env);
    const token = (await apiLogin(service.url, DEMO_LOGINS.coordinator)).accessToken;
    await waitFor(
      'the initial rebuild of the demo matches',
      async () => {
        const res = await fetch(`${service!.url}/recompute/status`, { headers: { authorization: `Bearer ${token}` } });
        if (res.status !== 200) throw new Error(`/recompute/status answered ${res.status}`);
        const status = (await res.json()) as { pending: unknown[] };
        return status.pending.length === 0;
      },
      240_000,
      500,
    );
    const url = service.url;
    const child = service.child;
    const output = service.output;
    const sql = async (text: string, params: unknown[] = []) => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    };
    return {
      url,
      token,
      sql,
      output,
      running: () => child.exitCode === null && child.signalCode === null,
      async stop() {
        await worker?.stop('SIGKILL');
        await service?.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await worker?.stop('SIGKILL');
    await service?.stop('SIGKILL');
    await database.drop();
    throw error;
  }
}
