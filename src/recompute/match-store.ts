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
  /** The talent's new stored list: every other row of the talent is removed (if not newer). */
  matches: StoredMatchInput[];
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
  'computed_at',
];
const CHUNK = 400;

/**
 * Replaces a talent's stored row of matches, idempotently. The whole result is discarded when it was
 * computed from an older talent version or corpus generation than the row's watermark (returns false:
 * the caller asks for a recompute); otherwise rows are replaced, each upsert still guarded by versions,
 * so a job run twice is harmless and an older result never overwrites a newer one. The caller holds the
 * talent's advisory lock, so two jobs for one talent never interleave.
 */
export async function writeTalentRow(manager: EntityManager, row: TalentRowWrite): Promise<boolean> {
  const [mark]: { talent_version: number; generation: string }[] = await manager.query(
    'SELECT talent_version, generation FROM talent_match_state WHERE talent_id = $1',
    [row.talentId],
  );
  if (mark && (row.talentVersion < mark.talent_version || row.generation < Number(mark.generation))) return false;
  const keep = row.matches.map((m) => m.result.positionId);
  await manager.query(
    `DELETE FROM match
      WHERE talent_id = $1 AND NOT (position_id = ANY($2::uuid[]))
        AND talent_version <= $3 AND generation <= $4`,
    [row.talentId, keep, row.talentVersion, row.generation],
  );
  const sorted = [...row.matches].sort((a, b) => (a.result.positionId < b.result.positionId ? -1 : 1));
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const chunk = sorted.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((m) => {
      const { result } = m;
      const explanation = {
        ineligibleReasons: result.ineligibleReasons,
        skills: result.skills,
        reasons: result.reasons,
      };
      const values = [
        row.talentId,
        result.positionId,
        result.score,
        result.eligible,
        JSON.stringify(result.components),
        JSON.stringify(explanation),
        result.engineVersion,
        row.talentVersion,
        m.positionVersion,
        row.generation,
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
         generation = EXCLUDED.generation, computed_at = EXCLUDED.computed_at
       WHERE match.talent_version <= EXCLUDED.talent_version
         AND match.position_version <= EXCLUDED.position_version
         AND match.generation <= EXCLUDED.generation`,
      params,
    );
  }
  await manager.query(
    `INSERT INTO talent_match_state (talent_id, talent_version, generation, computed_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (talent_id) DO UPDATE SET talent_version = EXCLUDED.talent_version, generation = EXCLUDED.generation,
       computed_at = EXCLUDED.computed_at`,
    [row.talentId, row.talentVersion, row.generation],
  );
  return true;
}

/** Serialises writers of one talent's row across processes, for the rest of the transaction. */
export async function lockTalentRow(manager: EntityManager, talentId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('match:talent:' || $1))`, [talentId]);
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
