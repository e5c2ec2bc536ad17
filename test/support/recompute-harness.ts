import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { MatchingEngine } from '../../src/matching/engine/matching-engine';
import { checkPositionProfile, checkTalentProfile } from '../../src/matching/engine/profile-check';
import { rowHits, RowOptions } from '../../src/matching/engine/talent-rows';
import { positionList } from '../../src/matching/engine/position-list';
import { loadStatistics } from '../../src/recompute/engine-snapshot';
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

/** What is stored in the talents' rows: `talent|position` → score. */
export async function storedRows(dataSource: DataSource): Promise<RowMap> {
  const rows: { talent_id: string; position_id: string; score: number }[] = await dataSource.query(
    'SELECT talent_id, position_id, score FROM match WHERE in_talent_list',
  );
  return new Map(rows.map((r) => [`${r.talent_id}|${r.position_id}`, r.score]));
}

/** The engine a from-scratch recompute uses: the open positions under the current statistics generation. */
export async function scratchEngine(dataSource: DataSource): Promise<MatchingEngine> {
  const [state] = await dataSource.query(`SELECT generation FROM engine_state WHERE key = 'corpus'`);
  const statistics = await loadStatistics(dataSource, Number(state.generation));
  const positions = (await dataSource.manager.find(Position, { where: { status: 'open' } })).map(positionProfile);
  return new MatchingEngine(positions.filter((position) => checkPositionProfile(position) === null), [], { statistics });
}

/**
 * Every talent's stored row as a from-scratch recompute gives it: a new engine over the open positions
 * under the same statistics generation, rows by the same rules as the runner (`rowHits`, the app's
 * default MATCH_STORE_* settings). Records the engine cannot use (see profile-check) have no rows.
 */
export async function fromScratch(dataSource: DataSource, options: RowOptions = rowOptions(loadConfig({}))): Promise<RowMap> {
  const talents = (await dataSource.manager.find(Talent)).map(talentProfile).filter((talent) => checkTalentProfile(talent) === null);
  const engine = await scratchEngine(dataSource);
  const out: RowMap = new Map();
  for (const talent of talents) {
    engine.upsertTalent(talent);
    for (const hit of rowHits(engine, talent.id, options)) out.set(`${talent.id}|${hit.id}`, hit.score);
    engine.removeTalent(talent.id);
  }
  return out;
}

/** Position id → its served candidate list (the best `limit`), as scores best first, and every member's score. */
export type ListMap = Map<string, { top: number[]; members: Map<string, number> }>;

/** The positions' stored candidate lists (pairs with in_position_list). */
export async function storedLists(dataSource: DataSource, limit: number): Promise<ListMap> {
  const rows: { talent_id: string; position_id: string; score: number }[] = await dataSource.query(
    'SELECT talent_id, position_id, score FROM match WHERE in_position_list ORDER BY position_id, score DESC',
  );
  const out: ListMap = new Map();
  for (const r of rows) {
    const list = out.get(r.position_id) ?? { top: [] as number[], members: new Map<string, number>() };
    if (list.top.length < limit) list.top.push(r.score);
    list.members.set(r.talent_id, r.score);
    out.set(r.position_id, list);
  }
  return out;
}

/** Every position's list from scratch: its column over all talents under the same statistics. */
export async function fromScratchLists(dataSource: DataSource, limit: number, minScore = loadConfig({}).matchStoreMinScore): Promise<ListMap> {
  const engine = await scratchEngine(dataSource);
  for (const talent of (await dataSource.manager.find(Talent)).map(talentProfile)) if (checkTalentProfile(talent) === null) engine.upsertTalent(talent);
  const ids = engine.talentIds();
  const out: ListMap = new Map();
  for (const positionId of engine.positionIds()) {
    const scores = new Float32Array(ids.length);
    const eligible = new Uint8Array(ids.length);
    engine.scoreTalentColumn(positionId, scores, eligible);
    const { entries } = positionList(scores, eligible, minScore, limit);
    if (entries.length === 0) continue;
    out.set(positionId, { top: entries.map((e) => e.score), members: new Map(entries.map((e) => [ids[e.talent], e.score])) });
  }
  return out;
}

/**
 * Differences between stored and from-scratch lists: the served top scores must be the same (which
 * talent holds a tied score may differ), and every stored member must carry its true score.
 */
export function diffLists(expected: ListMap, actual: ListMap): string[] {
  const problems: string[] = [];
  for (const [positionId, list] of expected) {
    const got = actual.get(positionId);
    if (!got) {
      problems.push(`missing list ${positionId}`);
      continue;
    }
    const a = list.top.join(',');
    const b = got.top.slice(0, list.top.length).join(',');
    if (a !== b || got.top.length !== list.top.length) problems.push(`list ${positionId}: stored ${b}, expected ${a}`);
    for (const [talentId, score] of list.members) {
      const stored = got.members.get(talentId);
      if (stored !== undefined && Math.abs(stored - score) > 0.011) problems.push(`member ${talentId}|${positionId}: stored ${stored}, expected ${score}`);
    }
  }
  for (const positionId of actual.keys()) if (!expected.has(positionId)) problems.push(`extra list ${positionId}`);
  return problems;
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
