import { EntityManager } from 'typeorm';
import type { RecomputeKind } from './recompute-request.entity';

/** The single key of the coalesced full rebuild of talent matches. */
export const REBUILD_ALL = '*';

/**
 * Records, in the caller's transaction, that `kind`/`entityId` must be recomputed. Every call takes a
 * new sequence value, so a job that started before this change will not mark it done.
 */
export async function requestRecompute(manager: EntityManager, kind: RecomputeKind, entityId: string): Promise<void> {
  await requestRecomputeMany(manager, kind, [entityId]);
}

/** The same for many entities of one kind in one statement (bulk imports). */
export async function requestRecomputeMany(manager: EntityManager, kind: RecomputeKind, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await manager.query(
    `INSERT INTO recompute_request (kind, entity_id, requested_seq, requested_at, pending_since, enqueued_at)
     SELECT $1, id, nextval('recompute_seq'), now(), now(), NULL FROM unnest($2::text[]) AS id
     ON CONFLICT (kind, entity_id)
     DO UPDATE SET requested_seq = EXCLUDED.requested_seq, requested_at = now(), enqueued_at = NULL,
       pending_since = CASE WHEN recompute_request.requested_seq > recompute_request.processed_seq
                            THEN coalesce(recompute_request.pending_since, now()) ELSE now() END`,
    [kind, entityIds],
  );
}

/**
 * Starts a new statistics generation (its snapshot of positions is taken by the first process that
 * loads it, see engine-snapshot.ts) and asks for one coalesced rebuild under it. Called through
 * invalidation.ts (a corpus loaded, the taxonomy or engine changed) and by a statistics refresh.
 */
export async function bumpGeneration(manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE engine_state SET generation = generation + 1, updated_at = now() WHERE key = 'corpus'`);
  await requestRecompute(manager, 'rebuild', REBUILD_ALL);
}
