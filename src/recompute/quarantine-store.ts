import { EntityManager } from 'typeorm';
import type { RejectedPosition, RowProblem } from '../matching/engine/talent-rows';
import { problemWording, Wording } from '../matching/engine/problem-wording';
import type { QuarantineKind } from './quarantine.entity';

/** Sets a record aside with its reason (or updates the reason for a newer version). */
export async function quarantine(manager: EntityManager, kind: QuarantineKind, entityId: string, version: number, problem: RowProblem): Promise<void> {
  await manager.query(
    `INSERT INTO recompute_quarantine (kind, entity_id, entity_version, field, reason, quarantined_at) VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (kind, entity_id) DO UPDATE SET entity_version = EXCLUDED.entity_version, field = EXCLUDED.field, reason = EXCLUDED.reason,
       quarantined_at = CASE WHEN recompute_quarantine.reason = EXCLUDED.reason THEN recompute_quarantine.quarantined_at ELSE now() END`,
    [kind, entityId, version, problem.field, problem.reason.slice(0, 1000)],
  );
}

/** Lifts the quarantine of records that scored (a no-op for those that were never set aside). */
export async function release(manager: EntityManager, kind: QuarantineKind, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await manager.query('DELETE FROM recompute_quarantine WHERE kind = $1 AND entity_id = ANY($2::uuid[])', [kind, entityIds]);
}

/**
 * Makes the quarantined positions exactly those this generation's engine left out, unless a newer
 * generation has been started meanwhile (then that one's engine decides).
 */
export async function syncPositionQuarantine(
  manager: EntityManager,
  generation: number,
  rejected: readonly RejectedPosition[],
  versions: ReadonlyMap<string, number>,
): Promise<void> {
  const [state]: { generation: string }[] = await manager.query(`SELECT generation FROM engine_state WHERE key = 'corpus' FOR SHARE`);
  if (Number(state?.generation ?? 0) !== generation) return;
  await manager.query(`DELETE FROM recompute_quarantine WHERE kind = 'position' AND NOT (entity_id = ANY($1::uuid[]))`, [rejected.map((r) => r.id)]);
  for (const { id, problem } of rejected) await quarantine(manager, 'position', id, versions.get(id) ?? 0, problem);
}

export interface QuarantineView {
  kind: QuarantineKind;
  entityId: string;
  entityVersion: number;
  field: string | null;
  reason: string;
  /** Field and reason in words, Chinese first (see problem-wording.ts). */
  message: Wording;
  quarantinedAt: Date;
}

export async function listQuarantine(manager: EntityManager, limit = 200): Promise<{ total: number; items: QuarantineView[] }> {
  const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM recompute_quarantine');
  const rows: Omit<QuarantineView, 'message'>[] = await manager.query(
    `SELECT kind, entity_id AS "entityId", entity_version AS "entityVersion", field, reason, quarantined_at AS "quarantinedAt"
       FROM recompute_quarantine ORDER BY quarantined_at DESC, kind, entity_id LIMIT $1`,
    [limit],
  );
  return { total: n, items: rows.map((row) => ({ ...row, message: problemWording(row.field, row.reason) })) };
}

/** Why this talent has no stored matches, when it was set aside. */
export async function talentQuarantine(manager: EntityManager, talentId: string): Promise<{ field: string | null; reason: string; since: Date } | null> {
  const [row] = await manager.query(
    `SELECT field, reason, quarantined_at AS since FROM recompute_quarantine WHERE kind = 'talent' AND entity_id = $1`,
    [talentId],
  );
  return row ?? null;
}
