import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RECOMPUTE_DISPATCHER, RecomputeDispatcher } from './dispatcher';
import { REBUILD_ALL } from './outbox';
import { listQuarantine } from './quarantine-store';

export interface Freshness {
  /** True while a recompute that would change this list is pending. */
  stale: boolean;
  /** When the newest stored row of this list was computed (null: nothing stored yet). */
  computedAt: Date | null;
}

/** Reads the outbox to tell whether stored matches are up to date. */
@Injectable()
export class FreshnessService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(RECOMPUTE_DISPATCHER) private readonly dispatcher: RecomputeDispatcher,
  ) {}

  private async pending(keys: [string, string][]): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM recompute_request
        WHERE requested_seq > processed_seq
          AND (kind, entity_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
        LIMIT 1`,
      [keys.map((k) => k[0]), keys.map((k) => k[1])],
    );
    return rows.length > 0;
  }

  /** Any position's column pending: it may enter or leave any talent's row. */
  private async positionsPending(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM recompute_request WHERE kind IN ('position', 'statistics') AND requested_seq > processed_seq LIMIT 1`,
    );
    return rows.length > 0;
  }

  async forTalent(talentId: string): Promise<Freshness> {
    const stale =
      (await this.pending([
        ['talent', talentId],
        ['rebuild', REBUILD_ALL],
      ])) || (await this.positionsPending());
    const [row] = await this.dataSource.query('SELECT max(computed_at) AS at FROM match WHERE talent_id = $1', [talentId]);
    return { stale, computedAt: row?.at ?? null };
  }

  /** A position's candidate list changes with the position (its column), a rebuild, and any candidate's profile. */
  async forPosition(positionId: string): Promise<Freshness & { pendingTalents: number }> {
    const stale = await this.pending([
      ['position', positionId],
      ['rebuild', REBUILD_ALL],
    ]);
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM recompute_request WHERE kind = 'talent' AND requested_seq > processed_seq`,
    );
    const [row] = await this.dataSource.query('SELECT max(computed_at) AS at FROM match WHERE position_id = $1', [positionId]);
    return { stale: stale || n > 0, computedAt: row?.at ?? null, pendingTalents: n };
  }

  async forProgrammes(): Promise<Freshness> {
    const stale = await this.pending([['programme', REBUILD_ALL]]);
    const [row] = await this.dataSource.query('SELECT max(computed_at) AS at FROM programme_match');
    return { stale, computedAt: row?.at ?? null };
  }

  /**
   * Supply in seats reads programme affinities and candidate lists: stale while any recompute is pending;
   * computed at the newest stored row of either.
   */
  async forSupply(): Promise<Freshness> {
    const pending: unknown[] = await this.dataSource.query('SELECT 1 FROM recompute_request WHERE requested_seq > processed_seq LIMIT 1');
    const [row] = await this.dataSource.query(
      'SELECT greatest((SELECT max(computed_at) FROM programme_match), (SELECT max(computed_at) FROM match)) AS at',
    );
    return { stale: pending.length > 0, computedAt: row?.at ?? null };
  }

  async status() {
    const pending: { kind: string; n: number; oldest: Date | null }[] = await this.dataSource.query(
      `SELECT kind, count(*)::int AS n, min(requested_at) AS oldest FROM recompute_request
        WHERE requested_seq > processed_seq GROUP BY kind ORDER BY kind`,
    );
    const queue = await this.dispatcher.counts().catch(() => null);
    const failing: { kind: string; entityId: string; attempts: number; lastError: string | null }[] = await this.dataSource.query(
      `SELECT kind, entity_id AS "entityId", attempts, last_error AS "lastError" FROM recompute_request
        WHERE requested_seq > processed_seq AND attempts > 0 ORDER BY attempts DESC, kind, entity_id LIMIT 100`,
    );
    const quarantined = await listQuarantine(this.dataSource.manager);
    return { pending, queue, failing, quarantined };
  }
}
