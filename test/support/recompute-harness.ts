import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { MatchingEngine } from '../../src/matching/engine/matching-engine';
import { checkPositionProfile, checkTalentProfile } from '../../src/matching/engine/profile-check';
import { rowHits, RowOptions } from '../../src/matching/engine/talent-rows';
import { loadConfig } from '../../src/config/app-config';
import { rowOptions } from '../../src/recompute/recompute-runner.service';
import { Position } from '../../src/positions/position.entity';
import { positionProfile, talentProfile } from '../../src/recompute/profile-mappers';
import { QueueName } from '../../src/queue/queue-names';
import { buildDemoData } from '../../src/seed/demo';
import type { DemoData } from '../../src/seed/demo/demo-data.types';
import { loadDemoData } from '../../src/seed/demo-loader';
import { Talent } from '../../src/talents/talent.entity';

/** A slice of the demo data, small enough for tests that recompute many times. */
export function demoSlice(talents: number, positions: number): DemoData {
  const data = buildDemoData();
  const chosen = data.positions.slice(0, positions);
  const enterprises = new Set(chosen.map((p) => p.enterpriseKey));
  return {
    ...data,
    enterprises: data.enterprises.filter((e) => enterprises.has(e.key)),
    positions: chosen,
    talents: data.talents.slice(0, talents),
  };
}

export async function seed(dataSource: DataSource, data: DemoData): Promise<void> {
  await dataSource.transaction((manager) => loadDemoData(manager, data));
}

/** Pending outbox requests (requested but not yet processed). */
export async function pendingCount(dataSource: DataSource): Promise<number> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM recompute_request WHERE requested_seq > processed_seq');
  return n;
}

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 120_000, everyMs = 200): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export type RowMap = Map<string, number>;

/** What is stored: `talent|position` → score. */
export async function storedRows(dataSource: DataSource): Promise<RowMap> {
  const rows: { talent_id: string; position_id: string; score: number }[] = await dataSource.query(
    'SELECT talent_id, position_id, score FROM match',
  );
  return new Map(rows.map((r) => [`${r.talent_id}|${r.position_id}`, r.score]));
}

/**
 * A from-scratch recompute of every talent's stored row, with a fresh engine over the database as it is.
 * Records of a shape the engine cannot use (see profile-check) have no rows: the pipeline quarantines them.
 */
/**
 * Every talent's stored row as a from-scratch recompute gives it: a new engine over the open positions,
 * rows by the same rules as the runner (`rowHits`, the app's default MATCH_STORE_* settings).
 */
export async function fromScratch(dataSource: DataSource, options: RowOptions = rowOptions(loadConfig({}))): Promise<RowMap> {
  const positions = (await dataSource.manager.find(Position, { where: { status: 'open' } })).map(positionProfile);
  const talents = (await dataSource.manager.find(Talent)).map(talentProfile).filter((talent) => checkTalentProfile(talent) === null);
  const engine = new MatchingEngine(positions.filter((position) => checkPositionProfile(position) === null));
  const out: RowMap = new Map();
  for (const talent of talents) {
    engine.upsertTalent(talent);
    for (const hit of rowHits(engine, talent.id, options)) out.set(`${talent.id}|${hit.id}`, hit.score);
    engine.removeTalent(talent.id);
  }
  return out;
}

/** Differences between two row maps (missing, extra, or a score off by more than 0.01). */
export function diffRows(expected: RowMap, actual: RowMap): string[] {
  const problems: string[] = [];
  for (const [key, score] of expected) {
    const got = actual.get(key);
    if (got === undefined) problems.push(`missing ${key} (${score})`);
    else if (Math.abs(got - score) > 0.011) problems.push(`score ${key}: stored ${got}, expected ${score}`);
  }
  for (const key of actual.keys()) if (!expected.has(key)) problems.push(`extra ${key}`);
  return problems;
}

export async function failedJobs(redisUrl: string): Promise<number> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(QueueName.Recompute, { connection });
  try {
    return (await queue.getJobCounts('failed')).failed ?? 0;
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

export async function flushRedis(redisUrl: string): Promise<void> {
  const client = new Redis(redisUrl);
  try {
    await client.flushdb();
  } finally {
    client.disconnect();
  }
}
