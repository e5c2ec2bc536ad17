import { writeFileSync } from 'node:fs';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../src/worker.module';
import { startTestApp, TestApp } from '../support/test-app';
import { pendingCount, waitFor } from '../support/recompute-harness';
import { fixedValueFor, idFor, KNOWN_OPEN, pathValueFor, runLast } from '../support/fuzz/app-targets';
import { formatReport, runFuzz } from '../support/fuzz/engine';
import { seedWorld } from '../support/fuzz/seed';

/**
 * Schema-driven fuzzing of the app's own OpenAPI document (GET /docs/openapi.json) against the real
 * PostgreSQL and Redis, with a recompute worker so match lists have items: for every operation, valid
 * requests (seeded ids in paths and references) and sampled invalid ones, as admin, as an enterprise
 * user, as a talent and anonymously. Nothing may answer 5xx, and every body must match the schema the
 * document gives for its status. Seeded and bounded: same requests on every run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

describe('OpenAPI fuzz', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(t.config), { logger: false });
    await worker.init();
    await t.app.listen(0, '127.0.0.1');
    baseUrl = await t.app.getUrl();
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('answers every generated request without 5xx and as documented', async () => {
    const world = await seedWorld(t);
    await waitFor('seeded matches', async () => (await pendingCount(t.dataSource)) === 0, 60_000);
    const document = (await t.anon().get('/docs/openapi.json').expect(200)).body;
    const report = await runFuzz({
      baseUrl: baseUrl.replace('[::1]', '127.0.0.1'),
      document,
      seed: SEED,
      // FUZZ_MAX_* widen a run by hand (exploring); the defaults keep `npm test` to about half a minute.
      maxRequests: Number(process.env.FUZZ_MAX_REQUESTS ?? 3_000),
      maxInvalidPerOperation: Number(process.env.FUZZ_MAX_INVALID ?? 24),
      callers: [
        { name: 'admin', token: world.tokens.admin },
        { name: 'enterprise', token: world.tokens.enterprise, invalidPerOperation: 6 },
        { name: 'talent', token: world.tokens.talent, invalidPerOperation: 0 },
        { name: 'anonymous', invalidPerOperation: 1 },
      ],
      pathValue: pathValueFor(world.ids),
      idFor: idFor(world.ids),
      fixedValue: fixedValueFor(world),
      knownOpen: process.env.FUZZ_NO_SKIP ? [] : KNOWN_OPEN,
      runLast,
    });
    console.log(formatReport(report));
    if (process.env.FUZZ_REPORT_FILE) writeFileSync(process.env.FUZZ_REPORT_FILE, JSON.stringify(report, null, 2));
    expect(report.covered).toBe(report.operations);
    expect(report.serverErrors).toEqual([]);
    expect(report.mismatches).toEqual([]);
  });
});
