/**
 * Keeping the positions' stored candidate lists complete as talents change (see PositionMatchState):
 * a talent's new scores enter the lists whose floor they beat and leave the lists they no longer
 * belong in; a list over capacity drops its lowest (raising its floor), one that falls below its limit
 * while talents were left out asks for its column to be recomputed. Callers hold the lists lock
 * (LISTS_LOCK), so list state read here is not changing underneath.
 */
import { EntityManager } from 'typeorm';
import type { MatchResult } from '../matching/score/match-result';
import { deleteOrphans, PairWrite, upsertPairs } from './match-store';

/**
 * One advisory lock for every writer of stored matches (rows and lists): decisions are taken one at a
 * time, against what the previous writer committed. Scoring itself runs outside it, in parallel.
 */
export async function lockLists(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('match:lists'))`);
}

export interface ListLimits {
  minScore: number;
  /** Served length (positionListLimit). */
  limit: number;
  /** Stored at most (limit + slack). */
  capacity: number;
}

export interface TalentScores {
  talentId: string;
  talentVersion: number;
  generation: number;
  /** Position id → the talent's score (two decimals) for every position it qualifies for (eligible, ≥ threshold). */
  qualifying: Map<string, number>;
  positionVersions: Map<string, number>;
  /** The explained pair (computed on demand: only entries that are written need it). */
  explain(positionId: string): MatchResult;
}

/** Updates the talent's entries in every position list; returns the positions whose list needs a refill. */
export async function updateTalentEntries(manager: EntityManager, talent: TalentScores, limits: ListLimits): Promise<string[]> {
  const memberRows: { position_id: string }[] = await manager.query(
    'SELECT position_id FROM match WHERE talent_id = $1 AND in_position_list',
    [talent.talentId],
  );
  const members = new Set(memberRows.map((r) => r.position_id));
  const candidates = [...new Set([...members, ...talent.qualifying.keys()])];
  if (candidates.length === 0) return [];
  const states: { position_id: string; floor: number; size: number }[] = await manager.query(
    'SELECT position_id, floor, size FROM position_match_state WHERE position_id = ANY($1::uuid[])',
    [candidates],
  );
  const writes: PairWrite[] = [];
  const leaving: string[] = [];
  const sizes = new Map<string, { floor: number; size: number; left: boolean }>();
  for (const state of states) {
    const q = state.position_id;
    const score = talent.qualifying.get(q);
    const version = talent.positionVersions.get(q);
    const member = members.has(q);
    const entry = { floor: state.floor, size: state.size, left: false };
    if (score !== undefined && version !== undefined && (member ? score >= state.floor : score > state.floor)) {
      writes.push({ talentId: talent.talentId, generation: talent.generation, talentVersion: talent.talentVersion, positionVersion: version, result: talent.explain(q) });
      if (!member) entry.size++;
    } else if (member) {
      leaving.push(q);
      entry.size--;
      entry.left = true;
    } else {
      continue;
    }
    sizes.set(q, entry);
  }
  await upsertPairs(manager, writes, { position: true });
  if (leaving.length > 0) {
    await manager.query('UPDATE match SET in_position_list = false WHERE talent_id = $1 AND position_id = ANY($2::uuid[])', [talent.talentId, leaving]);
  }
  const refill: string[] = [];
  for (const [q, entry] of sizes) {
    if (entry.size > limits.capacity) {
      // Over capacity: the lowest leave, and the floor rises to the best of them (all left out are below it).
      const evicted: { score: number }[] = await manager.query(
        `UPDATE match SET in_position_list = false WHERE (talent_id, position_id) IN (
           SELECT talent_id, position_id FROM match WHERE position_id = $1 AND in_position_list
            ORDER BY score ASC, talent_id DESC LIMIT $2) RETURNING score`,
        [q, entry.size - limits.capacity],
      );
      entry.floor = Math.max(entry.floor, ...evicted.map((e) => e.score));
      entry.size -= evicted.length;
    }
    // A list that lost a talent while others were left out (floor ≥ 0) is short of its true top: refill.
    if (entry.left && entry.size < limits.limit && entry.floor >= 0) refill.push(q);
    await manager.query('UPDATE position_match_state SET floor = $2, size = $3, computed_at = now() WHERE position_id = $1', [q, entry.floor, entry.size]);
  }
  await deleteOrphans(manager, 'position', [...sizes.keys()]);
  return refill;
}

/**
 * Replaces a position's list: these pairs are its members, every other pair of it leaves. `stored` are
 * members whose pair is already stored as computed now (same versions and generation): only their
 * membership is set, their score and explanation are not computed or written again.
 */
export async function replacePositionList(
  manager: EntityManager,
  position: { id: string; version: number; generation: number; floor: number },
  entries: PairWrite[],
  stored: string[] = [],
): Promise<void> {
  const members = [...entries.map((e) => e.talentId), ...stored];
  await manager.query(
    'UPDATE match SET in_position_list = false WHERE position_id = $1 AND in_position_list AND NOT (talent_id = ANY($2::uuid[]))',
    [position.id, members],
  );
  await upsertPairs(manager, entries, { position: true });
  if (stored.length > 0) {
    await manager.query('UPDATE match SET in_position_list = true WHERE position_id = $1 AND talent_id = ANY($2::uuid[]) AND NOT in_position_list', [position.id, stored]);
  }
  await deleteOrphans(manager, 'position', [position.id]);
  await manager.query(
    `INSERT INTO position_match_state (position_id, position_version, generation, floor, size, computed_at) VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (position_id) DO UPDATE SET position_version = EXCLUDED.position_version, generation = EXCLUDED.generation,
       floor = EXCLUDED.floor, size = EXCLUDED.size, computed_at = EXCLUDED.computed_at`,
    [position.id, position.version, position.generation, position.floor, members.length],
  );
}

/** A position gone from the engine (closed, deleted, quarantined): its list and watermark go. */
export async function dropPositionList(manager: EntityManager, positionId: string): Promise<void> {
  await manager.query('UPDATE match SET in_position_list = false WHERE position_id = $1 AND in_position_list', [positionId]);
  await deleteOrphans(manager, 'position', [positionId]);
  await manager.query('DELETE FROM position_match_state WHERE position_id = $1', [positionId]);
}
