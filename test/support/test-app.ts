import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap/create-app';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { createTestDatabase, TEST_REDIS_URL, TestDatabase } from './test-database';
import { flushRedis } from './recompute-harness';

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  config: AppConfig;
  database: TestDatabase;
  close(): Promise<void>;
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
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  return {
    app,
    http: () => request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    config,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
