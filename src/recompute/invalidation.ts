/**
 * What a change makes stale, decided here and only here. Services, the import, the seed loader, the
 * engine-version check and the statistics refresh describe what changed; this module records, in the
 * caller's transaction, which stored matches must be recomputed (outbox rows, see outbox.ts):
 *
 * | change                    | recompute                                                               |
 * |---------------------------|-------------------------------------------------------------------------|
 * | talent saved              | that talent: its row and its entries in the positions' lists            |
 * | talent about to be deleted| the positions whose lists hold it (a column each, to refill the list)   |
 * | position saved            | that position's column: its list and the rows it enters or leaves; the  |
 * |                           | programmes' affinities; the positions epoch moves on                    |
 * | position about to be      | the talents whose rows hold it (their rows lose an entry); programmes   |
 * | deleted                   |                                                                         |
 * | programme saved           | that programme's affinities                                             |
 * | many talents / positions  | one each, or one coalesced rebuild when the batch is large or unnamed   |
 * | corpus loaded (seed)      | a new statistics generation from the loaded positions, a rebuild, programmes |
 * | taxonomy / engine version | a rebuild and every programme (skill resolution changed for all)        |
 * | statistics drifted        | a refresh: a new statistics generation, then a rebuild                  |
 *
 * A position edit never starts a new statistics generation: the statistics are frozen (see
 * corpus-statistics.ts) and refreshed in the background once the positions drift past
 * STATISTICS_DRIFT_BOUND.
 */
import { EntityManager } from 'typeorm';
import { bumpGeneration, REBUILD_ALL, requestRecompute, requestRecomputeMany } from './outbox';

export type Change =
  | { kind: 'talent'; id: string }
  | { kind: 'talent-deleting'; id: string }
  | { kind: 'talents'; ids: string[] | null }
  | { kind: 'position'; id: string }
  | { kind: 'position-deleting'; id: string }
  | { kind: 'positions'; ids: string[] | null }
  | { kind: 'programme'; id: string }
  | { kind: 'programmes' }
  | { kind: 'corpus-loaded' }
  | { kind: 'taxonomy' }
  | { kind: 'engine-version' }
  | { kind: 'statistics-drifted'; generation: number };

export async function invalidate(manager: EntityManager, change: Change): Promise<void> {
  switch (change.kind) {
    case 'talent':
      return requestRecompute(manager, 'talent', change.id);
    case 'talent-deleting': {
      // Its rows go with it (ON DELETE CASCADE); the lists it leaves are refilled from their columns.
      const rows: { position_id: string }[] = await manager.query(
        'SELECT position_id FROM match WHERE talent_id = $1 AND in_position_list ORDER BY position_id',
        [change.id],
      );
      return requestRecomputeMany(manager, 'position', rows.map((r) => r.position_id));
    }
    case 'talents':
      // A large import (ids unknown or many): one coalesced rebuild beats thousands of single jobs.
      if (change.ids === null) return requestRecompute(manager, 'rebuild', REBUILD_ALL);
      return requestRecomputeMany(manager, 'talent', change.ids);
    case 'position':
      await bumpPositionsEpoch(manager);
      await requestRecompute(manager, 'position', change.id);
      return requestRecompute(manager, 'programme', REBUILD_ALL);
    case 'position-deleting': {
      await bumpPositionsEpoch(manager);
      const rows: { talent_id: string }[] = await manager.query(
        'SELECT talent_id FROM match WHERE position_id = $1 AND in_talent_list ORDER BY talent_id',
        [change.id],
      );
      await requestRecomputeMany(manager, 'talent', rows.map((r) => r.talent_id));
      return requestRecompute(manager, 'programme', REBUILD_ALL);
    }
    case 'positions':
      // A bulk position import: a column per position, or one rebuild for a large batch (same statistics).
      await bumpPositionsEpoch(manager);
      if (change.ids === null || change.ids.length > POSITION_BATCH_REBUILD) await requestRecompute(manager, 'rebuild', REBUILD_ALL);
      else await requestRecomputeMany(manager, 'position', change.ids);
      return requestRecompute(manager, 'programme', REBUILD_ALL);
    case 'programme':
      return requestRecompute(manager, 'programme', change.id);
    case 'programmes':
      return requestRecompute(manager, 'programme', REBUILD_ALL);
    case 'corpus-loaded':
      await bumpGeneration(manager);
      await bumpPositionsEpoch(manager);
      return requestRecompute(manager, 'programme', REBUILD_ALL);
    case 'taxonomy':
    case 'engine-version':
      // Skill resolution (taxonomy) and the statistics themselves (engine) changed: new statistics, rebuild.
      await bumpGeneration(manager);
      return requestRecompute(manager, 'programme', REBUILD_ALL);
    case 'statistics-drifted':
      // Keyed by the generation that drifted: however many jobs notice it, one refresh runs for it.
      return requestRecompute(manager, 'statistics', String(change.generation));
  }
}

/** Above this many positions in one batch, a rebuild is cheaper than a column each. */
const POSITION_BATCH_REBUILD = 200;

/** Every position change moves the epoch on; talent rows are only committed against the current one. */
async function bumpPositionsEpoch(manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE engine_state SET positions_epoch = positions_epoch + 1, updated_at = now() WHERE key = 'corpus'`);
}
