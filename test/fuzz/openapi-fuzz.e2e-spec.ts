import { writeFileSync } from 'node:fs';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../src/worker.module';
import { startTestApp, TestApp } from '../support/test-app';
import { pendingCount, waitFor } from '../support/recompute-harness';
import { fixedValueFor, idFor, pathValueFor, runLast } from '../support/fuzz/app-targets';
import { operationsOf } from '../support/fuzz/cases';
import { formatReport, runFuzz } from '../support/fuzz/engine';
import type { Schema } from '../support/fuzz/values';
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

  it('documents a success answer and the shared error body on every operation, and no erased types', async () => {
    const document = (await t.anon().get('/docs/openapi.json').expect(200)).body;
    const problems = documentProblems(document);
    expect(problems).toEqual([]);
    // Spot checks of what the validator rules now say (they used to be `number`, `object`, untyped).
    const position = document.components.schemas.CreatePositionDto.properties;
    expect(position.headcount).toMatchObject({ type: 'integer', minimum: 1, maximum: 10000 });
    expect(position.salaryMin).toMatchObject({ type: 'integer', nullable: true });
    expect(position.enterpriseId).toMatchObject({ type: 'string', format: 'uuid' });
    const page = document.paths['/positions'].get.parameters.find((p: Schema) => p.name === 'page');
    expect(page.schema.type).toBe('integer');
    const get = document.paths['/positions/{id}'].get;
    expect(get.parameters[0].schema).toEqual({ type: 'string', format: 'uuid' });
    const body = get.responses['200'].content['application/json'].schema;
    expect(body.properties.salaryMin).toEqual({ type: 'integer', nullable: true });
    expect(body.properties.status.enum).toEqual(['open', 'paused', 'filled', 'closed']);
    expect(Object.keys(get.responses).sort()).toEqual(['200', '400', '401', '404']);
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
      runLast,
    });
    console.log(formatReport(report));
    if (process.env.FUZZ_REPORT_FILE) writeFileSync(process.env.FUZZ_REPORT_FILE, JSON.stringify(report, null, 2));
    expect(report.covered).toBe(report.operations);
    expect(report.serverErrors).toEqual([]);
    expect(report.mismatches).toEqual([]);
    // About 100 s alone on a 2-core machine; others share it, so the jest default of 120 s is too tight.
  }, 240_000);
});

/**
 * What a reader of the document can rely on without sending anything: each operation says what success
 * looks like, every 4xx uses the one error body, path ids say they are UUIDs (or skill ids), and no
 * schema is a bare `object` (what `number | null` used to become).
 */
function documentProblems(document: Schema): string[] {
  const problems: string[] = [];
  const walk = (schema: Schema | undefined, where: string) => {
    if (!schema || typeof schema !== 'object') return;
    if (schema.type === 'object' && !schema.properties && schema.additionalProperties === undefined) problems.push(`${where}: bare object`);
    for (const [key, value] of Object.entries<Schema>(schema.properties ?? {})) walk(value, `${where}.${key}`);
    if (schema.items) walk(schema.items, `${where}[]`);
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) walk(part, where);
  };
  for (const [name, schema] of Object.entries<Schema>(document.components.schemas)) walk(schema, name);
  for (const operation of operationsOf(document)) {
    const responses: Record<string, Schema> = operation.spec.responses;
    const success = Object.keys(responses).filter((status) => status.startsWith('2'));
    if (success.length === 0) problems.push(`${operation.key}: no 2xx response`);
    for (const status of success) {
      if (status !== '204' && !responses[status].content) problems.push(`${operation.key} ${status}: no content`);
      walk(responses[status].content?.['application/json']?.schema, `${operation.key} ${status}`);
    }
    for (const [status, response] of Object.entries(responses)) {
      const ref = response.content?.['application/json']?.schema?.$ref;
      if (status.startsWith('4') && ref !== '#/components/schemas/ErrorBodyDto') problems.push(`${operation.key} ${status}: not the error body`);
    }
    for (const p of operation.parameters) {
      if (p.in === 'path' && /(^id|Id)$/.test(p.name) && p.schema?.format !== 'uuid' && !p.schema?.pattern) problems.push(`${operation.key}: path ${p.name} untyped`);
      walk(p.schema, `${operation.key} ${p.in}.${p.name}`);
    }
  }
  return problems;
}
