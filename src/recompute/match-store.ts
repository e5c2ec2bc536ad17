import { EntityManager } from 'typeorm';
import type { MatchResult } from '../matching/score/match-result';

/** One computed pair, with the versions it was computed from. */
export interface StoredMatchInput {
  result: MatchResult;
  talentVersion: number;
  positionVersion: number;
}

export interface TalentRowWrite {
  talentId: string;
  talentVersion: number;
  generation: number;
  /** The talent's new stored row: every other pair leaves the row (and is deleted unless a position list holds it). */
  matches: StoredMatchInput[];
  /** See TalentMatchState.floor; without it -1 (every eligible position may enter: always rechecked). */
  floor?: number;
}

/** A pair written for one list or both, with the versions it was computed from. */
export interface PairWrite extends StoredMatchInput {
  talentId: string;
  generation: number;
}

const COLUMNS = [
  'talent_id',
  'position_id',
  'score',
  'eligible',
  'components',
  'explanation',
  'engine_version',
  'talent_version',
  'position_version',
  'generation',
  'in_talent_list',
  'in_position_list',
  'computed_at',
];
const CHUNK = 400;

/**
 * Upserts pairs with their scores and explanations, guarded by versions (an older result never
 * overwrites a newer one), and puts them in the talent's row and/or the position's list as `lists`
 * says; a list not named keeps the pair's membership as it was (new pairs: not a member).
 */
export async function upsertPairs(manager: EntityManager, pairs: PairWrite[], lists: { talent?: boolean; position?: boolean }): Promise<void> {
  const sorted = [...pairs].sort((a, b) => (a.talentId < b.talentId ? -1 : a.talentId > b.talentId ? 1 : a.result.positionId < b.result.positionId ? -1 : 1));
  const inTalent = lists.talent ?? false;
  const inPosition = lists.position ?? false;
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const chunk = sorted.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((m) => {
      const { result } = m;
      const explanation = { ineligibleReasons: result.ineligibleReasons, skills: result.skills, reasons: result.reasons };
      const values = [
        m.talentId,
        result.positionId,
        result.score,
        result.eligible,
        JSON.stringify(result.components),
        JSON.stringify(explanation),
        result.engineVersion,
        m.talentVersion,
        m.positionVersion,
        m.generation,
        inTalent,
        inPosition,
      ];
      const base = params.length;
      params.push(...values);
      return `(${values.map((_, k) => `$${base + k + 1}`).join(', ')}, now())`;
    });
    await manager.query(
      `INSERT INTO match (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}
       ON CONFLICT (talent_id, position_id) DO UPDATE SET
         score = EXCLUDED.score, eligible = EXCLUDED.eligible, components = EXCLUDED.components,
         explanation = EXCLUDED.explanation, engine_version = EXCLUDED.engine_version,
         talent_version = EXCLUDED.talent_version, position_version = EXCLUDED.position_version,
         generation = EXCLUDED.generation, computed_at = EXCLUDED.computed_at,
         in_talent_list = ${lists.talent === undefined ? 'match.in_talent_list' : 'EXCLUDED.in_talent_list'},
         in_position_list = ${lists.position === undefined ? 'match.in_position_list' : 'EXCLUDED.in_position_list'}
       WHERE match.talent_version <= EXCLUDED.talent_version
         AND match.position_version <= EXCLUDED.position_version
         AND match.generation <= EXCLUDED.generation`,
      params,
    );
  }
}

/** Deletes the pairs of these talents / positions that are in neither list any more. */
export async function deleteOrphans(manager: EntityManager, by: 'talent' | 'position', ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(`DELETE FROM match WHERE ${by}_id = ANY($1::uuid[]) AND NOT in_talent_list AND NOT in_position_list`, [ids]);
}

/**
 * Replaces a talent's stored row of matches, idempotently. The whole result is discarded when it was
 * computed from an older talent version or statistics generation than the row's watermark (returns
 * false: the caller asks for a recompute); otherwise the row is replaced, each upsert still guarded by
 * versions, so a job run twice is harmless and an older result never overwrites a newer one. Pairs that
 * leave the row stay stored while a position's list holds them. The caller holds the talent's advisory
 * lock, so two jobs for one talent never interleave.
 */
export async function writeTalentRow(manager: EntityManager, row: TalentRowWrite): Promise<boolean> {
  return (await writeTalentRows(manager, [row])).has(row.talentId);
}

/**
 * `writeTalentRow` for many talents (one each) in a fixed number of statements, whatever their count: a
 * rebuild shard of 250 talents costs five round trips plus one per 400 pairs instead of five per
 * talent (on the embedded database a round trip is most of a row's cost). Returns the talents whose row
 * was written; the others were overtaken (see writeTalentRow).
 */
export async function writeTalentRows(manager: EntityManager, rows: TalentRowWrite[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const marks: { talent_id: string; talent_version: number; generation: string }[] = await manager.query(
    'SELECT talent_id, talent_version, generation FROM talent_match_state WHERE talent_id = ANY($1::uuid[])',
    [rows.map((r) => r.talentId)],
  );
  const markOf = new Map(marks.map((m) => [m.talent_id, m]));
  const current = rows.filter((r) => {
    const mark = markOf.get(r.talentId);
    return !(mark && (r.talentVersion < mark.talent_version || r.generation < Number(mark.generation)));
  });
  if (current.length === 0) return new Set();
  const keepTalents: string[] = [];
  const keepPositions: string[] = [];
  for (const r of current) {
    for (const m of r.matches) {
      keepTalents.push(r.talentId);
      keepPositions.push(m.result.positionId);
    }
  }
  const batch = [current.map((r) => r.talentId), current.map((r) => r.talentVersion), current.map((r) => r.generation)];
  // Pairs leaving a row are deleted, or only leave the row while a list holds them (the two statements
  // touch disjoint rows, so they share one round trip).
  await manager.query(
    `WITH batch(talent_id, talent_version, generation) AS (SELECT * FROM unnest($1::uuid[], $2::int[], $3::bigint[])),
     keep(talent_id, position_id) AS (SELECT * FROM unnest($4::uuid[], $5::uuid[])),
     dropped AS (
       DELETE FROM match m USING batch b
        WHERE m.talent_id = b.talent_id AND NOT m.in_position_list
          AND m.talent_version <= b.talent_version AND m.generation <= b.generation
          AND NOT EXISTS (SELECT 1 FROM keep k WHERE k.talent_id = m.talent_id AND k.position_id = m.position_id)
       RETURNING 1)
     UPDATE match m SET in_talent_list = false FROM batch b
      WHERE m.talent_id = b.talent_id AND m.in_talent_list AND m.in_position_list
        AND m.talent_version <= b.talent_version AND m.generation <= b.generation
        AND NOT EXISTS (SELECT 1 FROM keep k WHERE k.talent_id = m.talent_id AND k.position_id = m.position_id)`,
    [...batch, keepTalents, keepPositions],
  );
  await upsertPairs(
    manager,
    current.flatMap((r) => r.matches.map((m) => ({ ...m, talentId: r.talentId, generation: r.generation }))),
    { talent: true },
  );
  await manager.query(
    `INSERT INTO talent_match_state (talent_id, talent_version, generation, floor, computed_at)
     SELECT talent_id, talent_version, generation, floor, now() FROM unnest($1::uuid[], $2::int[], $3::bigint[], $4::real[])
       AS u(talent_id, talent_version, generation, floor)
     ON CONFLICT (talent_id) DO UPDATE SET talent_version = EXCLUDED.talent_version, generation = EXCLUDED.generation,
       floor = EXCLUDED.floor, computed_at = EXCLUDED.computed_at`,
    [...batch, current.map((r) => r.floor ?? -1)],
  );
  return new Set(current.map((r) => r.talentId));
}

/** Serialises writers of one talent's row across processes, for the rest of the transaction. */
export async function lockTalentRow(manager: EntityManager, talentId: string): Promise<void> {
  await lockTalentRows(manager, [talentId]);
}

/** lockTalentRow for many talents in one statement, taken in id order (as every writer takes them). */
export async function lockTalentRows(manager: EntityManager, talentIds: string[]): Promise<void> {
  if (talentIds.length === 0) return;
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('match:talent:' || id)) FROM (SELECT unnest($1::text[]) AS id ORDER BY 1) ids`,
    [[...talentIds].sort()],
  );
}

/**
 * Serialises writers of positions' candidate lists. Lock order everywhere: positions (sorted), then
 * talents (sorted), so a talent job and a position job never wait on each other in a cycle.
 */
export async function lockPositionLists(manager: EntityManager, positionIds: string[]): Promise<void> {
  if (positionIds.length === 0) return;
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('match:position:' || id)) FROM (SELECT unnest($1::text[]) AS id ORDER BY 1) ids`,
    [[...positionIds].sort()],
  );
}

/**
 * The ids among `ids` whose row still exists, each locked FOR KEY SHARE until the transaction ends: a
 * concurrent delete waits for this writer instead of failing its foreign keys, and a row deleted before
 * is left out (its matches went with it).
 */
export async function lockExisting(manager: EntityManager, table: 'talent' | 'position' | 'programme', ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY id FOR KEY SHARE`, [ids]);
  return new Set(rows.map((r) => r.id));
}
