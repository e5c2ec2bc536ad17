import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { passwordHasher } from '../../src/auth/password-hasher';
import type { Role } from '../../src/auth/principal';
import { TokenService } from '../../src/auth/token.service';
import { UserAccount } from '../../src/auth/user-account.entity';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap/create-app';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { createTestDatabase, TEST_REDIS_URL, TestDatabase } from './test-database';
import { flushRedis } from './recompute-harness';

export interface TestApp {
  app: INestApplication;
  /** Requests as an admin (every route open to them); `anon()` without a token, `as(token)` as someone else. */
  http: () => TestAgent;
  anon: () => ReturnType<typeof request>;
  as: (token: string) => TestAgent;
  /** Creates an account of this role (bound as given) and returns a valid access token for it. */
  account: (role: Role, binding?: { enterpriseId?: string; talentId?: string }) => Promise<{ userId: string; token: string }>;
  dataSource: DataSource;
  config: AppConfig;
  database: TestDatabase;
  close(): Promise<void>;
}

type TestAgent = ReturnType<typeof request.agent>;

/** One hash for every test account: argon2 is slow on purpose, tests make many accounts. */
let testPasswordHash: Promise<string> | null = null;
export const TEST_PASSWORD = 'test-password-2026';

async function createAccount(app: INestApplication, role: Role, binding: { enterpriseId?: string; talentId?: string }) {
  testPasswordHash ??= passwordHasher.hash(TEST_PASSWORD);
  const dataSource = app.get(DataSource);
  const username = `${role}-${randomUUID().slice(0, 8)}`;
  const result = await dataSource.manager.insert(UserAccount, {
    username,
    passwordHash: await testPasswordHash,
    role,
    enterpriseId: binding.enterpriseId ?? null,
    talentId: binding.talentId ?? null,
  });
  const userId = result.identifiers[0].id as string;
  return { userId, username, token: app.get(TokenService).signAccess(userId, 1) };
}

/** Redis database for apps whose test does not choose one: emptied at each start (files run one at a time). */
const DEFAULT_TEST_REDIS_URL = `${TEST_REDIS_URL}/2`;

/** The real application (same pipes, filters and body limits as main.ts) on a fresh database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  if (env.REDIS_URL === undefined) await flushRedis(DEFAULT_TEST_REDIS_URL);
  const config = loadConfig({
    DATABASE_URL: database.url,
    REDIS_URL: DEFAULT_TEST_REDIS_URL,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    // Tests drive far more writes than a person would; the limit itself is tested with a low value.
    WRITES_PER_MINUTE: '1000000',
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  const as = (token: string) => request.agent(app.getHttpServer()).set('Authorization', `Bearer ${token}`);
  const account = (role: Role, binding: { enterpriseId?: string; talentId?: string } = {}) => createAccount(app, role, binding);
  const admin = await account('admin');
  return {
    app,
    http: () => as(admin.token),
    anon: () => request(app.getHttpServer()),
    as,
    account,
    dataSource: app.get(DataSource),
    config,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
