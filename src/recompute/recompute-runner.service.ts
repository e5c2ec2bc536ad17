import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ProgrammeAffinityScorer } from '../matching/engine/programme-affinity';
import { ENGINE_VERSION } from '../matching/score/engine-params';
import { Programme } from '../programmes/programme.entity';
import { Talent } from '../talents/talent.entity';
import { EngineCache, Generation, loadTalents } from './engine-snapshot';
import { ScoringThread } from './scoring-thread';
import { RowOptions, talentRow, TalentRowOutcome } from '../matching/engine/talent-rows';
import type { TalentProfile } from '../matching/types';
import { FeatureSpace } from '../matching/score/feature-space';
import { lockExisting, lockTalentRow, writeTalentRow } from './match-store';
import { quarantine, release, syncPositionQuarantine } from './quarantine-store';
import { REBUILD_ALL, requestRecompute, requestRecomputeMany } from './outbox';
import { programmeProfile, talentProfile } from './profile-mappers';
import type { RecomputeKind } from './recompute-request.entity';

export interface RunOutcome {
  kind: RecomputeKind;
  entityId: string;
  /** The outbox sequence the job started from; later changes stay pending. */
  startSeq: number | null;
  talents: number;
  rows: number;
}

/** Talents per shard of a full rebuild (one child job each when a BullMQ flow runs it). */
export const REBUILD_SHARD_SIZE = 250;

/** Failed runs of one talent's recompute before it is quarantined with the error (see recordFailure). */
export const FAILURES_BEFORE_QUARANTINE = 5;

/** What a talent's stored row holds, as configured (MATCH_STORE_LIMIT, _MIN_SCORE, _MIN_ROWS). */
export function rowOptions(config: Pick<AppConfig, 'matchStoreLimit' | 'matchStoreMinScore' | 'matchStoreMinRows'>): RowOptions {
  return { limit: config.matchStoreLimit, minScore: config.matchStoreMinScore, minRows: config.matchStoreMinRows };
}

/** Talents scored between two turns of the event loop (a few milliseconds of work). */
const YIELD_EVERY = 10;

/**
 * Executes recomputes against the current database state, whatever carried the request (BullMQ or the
 * in-process queue). Every run reads what it needs afresh, writes idempotently, and only then marks the
 * request done up to the sequence it started from, so a crash at any point leaves it pending.
 */
@Injectable()
export class RecomputeRunner {
  private readonly logger = new Logger('Recompute');
  private readonly cache = new EngineCache();
  private thread: ScoringThread | null = null;
  private space: FeatureSpace | null = null;
  private positionQuarantineSynced: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(kind: RecomputeKind, entityId: string): Promise<RunOutcome> {
    const started = Date.now();
    const startSeq = await this.requestedSeq(kind, entityId);
    await this.touch(kind, entityId);
    let talents = 0;
    let rows = 0;
    if (kind === 'talent') {
      ({ talents, rows } = await this.recomputeTalents([entityId]));
    } else if (kind === 'rebuild') {
      for (const shard of await this.rebuildShards()) {
        const done = await this.recomputeTalents(shard);
        talents += done.talents;
        rows += done.rows;
        await this.touch(kind, entityId);
      }
    } else {
      rows = await this.recomputeProgrammes(entityId === REBUILD_ALL ? null : entityId);
    }
    if (startSeq !== null) await this.markProcessed(kind, entityId, startSeq);
    if (kind !== 'talent') this.logger.log(`${kind} ${entityId}: ${talents} talents, ${rows} rows in ${Date.now() - started} ms`);
    return { kind, entityId, startSeq, talents, rows };
  }

  /**
   * Marks a request as being worked on now, so the sweep (which re-queues requests untouched for a
   * timeout) leaves a long-running job alone and only picks up requests whose job was lost.
   */
  async touch(kind: RecomputeKind, entityId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE recompute_request SET enqueued_at = now() WHERE kind = $1 AND entity_id = $2 AND enqueued_at IS NOT NULL',
      [kind, entityId],
    );
  }

  /** The talent ids of a full rebuild, in shards (ordered, so shards are stable). */
  async rebuildShards(): Promise<string[][]> {
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM talent ORDER BY id');
    const shards: string[][] = [];
    for (let i = 0; i < rows.length; i += REBUILD_SHARD_SIZE) shards.push(rows.slice(i, i + REBUILD_SHARD_SIZE).map((r) => r.id));
    return shards;
  }

  /**
   * Recomputes and stores the rows of these talents against the open positions of the current
   * generation. A talent the engine cannot score is quarantined (its reason kept, its rows removed) and
   * the others are still written; a talent or position deleted meanwhile is skipped.
   */
  async recomputeTalents(talentIds: string[]): Promise<{ talents: number; rows: number; quarantined: number }> {
    const generation = await this.cache.load(this.dataSource);
    // Sorted ids: every writer takes the talents' locks in the same order, so writers never deadlock.
    const talents = await loadTalents(this.dataSource.manager, [...talentIds].sort());
    const outcomes = await this.score(generation, talents);
    await this.syncPositionQuarantine(generation);
    let rows = 0;
    let quarantined = 0;
    // One transaction for the whole batch: a shard of a rebuild commits together, or not at all.
    await this.dataSource.transaction(async (manager) => {
      // KEY SHARE locks hold off deletions until this commits; rows deleted before are simply not returned.
      const liveTalents = await lockExisting(manager, 'talent', talents.map((t) => t.id));
      const positionIds = new Set(outcomes.flatMap((o) => (o.rows ?? []).map((r) => r.positionId)));
      const livePositions = await lockExisting(manager, 'position', [...positionIds].sort());
      const scored: string[] = [];
      for (let i = 0; i < talents.length; i++) {
        const talent = talents[i];
        if (!liveTalents.has(talent.id)) continue;
        const outcome = outcomes[i];
        const matches = (outcome.rows ?? [])
          .filter((result) => livePositions.has(result.positionId))
          .map((result) => ({ result, talentVersion: talent.version, positionVersion: generation.positionVersions.get(result.positionId)! }));
        await lockTalentRow(manager, talent.id);
        const written = await writeTalentRow(manager, { talentId: talent.id, talentVersion: talent.version, generation: generation.generation, matches });
        // Overtaken by a newer result (another job read newer data meanwhile): compute again from now.
        if (!written) {
          await requestRecompute(manager, 'talent', talent.id);
          continue;
        }
        rows += matches.length;
        if (outcome.problem) {
          quarantined++;
          await quarantine(manager, 'talent', talent.id, talent.version, outcome.problem);
        } else {
          scored.push(talent.id);
        }
      }
      await release(manager, 'talent', scored);
    });
    if (quarantined > 0) this.logger.warn(`${quarantined} talent(s) quarantined: the engine could not score them (see /recompute/status)`);
    return { talents: talents.length, rows, quarantined };
  }

  /** Lets a worker process score in a thread of its own (see ScoringThread). */
  useScoringThread(thread: ScoringThread | null): void {
    this.thread = thread;
  }

  /** Records, once per generation and process, which open positions the engine had to leave out. */
  private async syncPositionQuarantine(generation: Generation): Promise<void> {
    const key = `${generation.generation}:${generation.rejected.length}`;
    if (this.positionQuarantineSynced === key) return;
    await this.dataSource.transaction((manager) =>
      syncPositionQuarantine(manager, generation.generation, generation.rejected, generation.positionVersions),
    );
    this.positionQuarantineSynced = key;
    if (generation.rejected.length > 0) this.logger.warn(`${generation.rejected.length} open position(s) quarantined: the engine could not index them`);
  }

  /** Each talent's stored row (the top positions above the threshold, explained), or why it cannot be scored. */
  private async score(generation: Generation, talents: Talent[]): Promise<TalentRowOutcome[]> {
    const options = rowOptions(this.config);
    const profiles = talents.map(talentProfile);
    if (this.thread) {
      const thread = this.thread;
      const positions = () => generation.scorable;
      const scoreBatch = async (batch: TalentProfile[]) => {
        const scored = await thread.score(generation.generation, positions, batch, options);
        for (const rejected of scored.rejected) if (!generation.rejected.some((r) => r.id === rejected.id)) generation.rejected.push(rejected);
        return scored.outcomes;
      };
      try {
        return await scoreBatch(profiles);
      } catch (error) {
        // The thread died on this batch: score one talent at a time, so only the one at fault is set aside.
        this.logger.warn(`scoring thread failed on a batch of ${profiles.length} (${(error as Error).message}); retrying one by one`);
        const outcomes: TalentRowOutcome[] = [];
        for (const profile of profiles) {
          try {
            outcomes.push(...(await scoreBatch([profile])));
          } catch (single) {
            outcomes.push({ problem: { field: null, reason: `scoring failed: ${(single as Error).message}` } });
          }
        }
        return outcomes;
      }
    }
    const engine = generation.engine();
    const outcomes: TalentRowOutcome[] = [];
    for (const profile of profiles) {
      outcomes.push(talentRow(engine, profile, options));
      // Scoring is CPU-bound: without a thread, hand the event loop back every few talents so BullMQ
      // keeps renewing job locks and the process answers signals during a long shard.
      if (outcomes.length % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return outcomes;
  }

  /** Affinities of one programme (or all) to the open positions, replacing what was stored. */
  async recomputeProgrammes(programmeId: string | null): Promise<number> {
    const generation = await this.cache.load(this.dataSource);
    await this.syncPositionQuarantine(generation);
    this.space ??= new FeatureSpace();
    // Only the positions the engine can index: a quarantined position must not fail every programme.
    const scorer = new ProgrammeAffinityScorer(this.space, generation.scorable);
    const versions = generation.positionVersions;
    const programmes = await this.dataSource.manager.find(Programme, {
      where: programmeId ? { id: programmeId } : {},
      order: { id: 'ASC' },
    });
    let rows = 0;
    const scored: string[] = [];
    for (const programme of programmes) {
      let affinities: ReturnType<ProgrammeAffinityScorer['score']>;
      try {
        affinities = scorer.score(programmeProfile(programme), this.config.programmeMinAffinity);
      } catch (error) {
        // One programme the scorer cannot read is set aside; the others are still computed.
        const problem = { field: null, reason: `the engine could not score this programme: ${(error as Error).message}` };
        await this.dataSource.transaction((manager) => quarantine(manager, 'programme', programme.id, programme.version, problem));
        this.logger.warn(`programme ${programme.id} quarantined: ${problem.reason}`);
        continue;
      }
      scored.push(programme.id);
      rows += affinities.length;
      await this.dataSource.transaction(async (manager: EntityManager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('match:programme:' || $1))`, [programme.id]);
        // Deleted meanwhile (the programme or some positions): skip them instead of failing on a foreign key.
        if ((await lockExisting(manager, 'programme', [programme.id])).size === 0) return;
        const livePositions = await lockExisting(manager, 'position', affinities.map((a) => a.positionId).sort());
        affinities = affinities.filter((a) => livePositions.has(a.positionId));
        await manager.query('DELETE FROM programme_match WHERE programme_id = $1 AND programme_version <= $2', [programme.id, programme.version]);
        for (let i = 0; i < affinities.length; i += 300) {
          const chunk = affinities.slice(i, i + 300);
          const params: unknown[] = [];
          const tuples = chunk.map((a) => {
            const values = [a.programmeId, a.positionId, a.affinity, JSON.stringify(a.components), ENGINE_VERSION, programme.version, versions.get(a.positionId)];
            const base = params.length;
            params.push(...values);
            return `(${values.map((_, k) => `$${base + k + 1}`).join(', ')}, now())`;
          });
          await manager.query(
            `INSERT INTO programme_match (programme_id, position_id, affinity, components, engine_version, programme_version, position_version, computed_at)
             VALUES ${tuples.join(', ')}
             ON CONFLICT (programme_id, position_id) DO UPDATE SET affinity = EXCLUDED.affinity, components = EXCLUDED.components,
               engine_version = EXCLUDED.engine_version, programme_version = EXCLUDED.programme_version,
               position_version = EXCLUDED.position_version, computed_at = EXCLUDED.computed_at
             WHERE programme_match.programme_version <= EXCLUDED.programme_version`,
            params,
          );
        }
      });
    }
    await this.dataSource.transaction((manager) => release(manager, 'programme', scored));
    return rows;
  }

  async requestedSeq(kind: RecomputeKind, entityId: string): Promise<number | null> {
    const rows: { requested_seq: string }[] = await this.dataSource.query(
      'SELECT requested_seq FROM recompute_request WHERE kind = $1 AND entity_id = $2',
      [kind, entityId],
    );
    return rows.length ? Number(rows[0].requested_seq) : null;
  }

  async markProcessed(kind: RecomputeKind, entityId: string, seq: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE recompute_request SET processed_seq = GREATEST(processed_seq, $3), attempts = 0, last_error = NULL
        WHERE kind = $1 AND entity_id = $2`,
      [kind, entityId, seq],
    );
  }

  /** Asks for these talents to be recomputed one by one (what a failed rebuild shard leaves behind). */
  async requestTalents(talentIds: string[]): Promise<void> {
    await this.dataSource.transaction((manager) => requestRecomputeMany(manager, 'talent', talentIds));
  }

  /**
   * Counts a failed run. A talent whose recompute keeps failing for a reason the shape check did not
   * catch is quarantined with the error once it has failed FAILURES_BEFORE_QUARANTINE times, so its
   * request stops being retried (and keeping lists stale) until the talent changes.
   */
  async recordFailure(kind: RecomputeKind, entityId: string, error: Error): Promise<void> {
    this.logger.warn(`${kind} ${entityId} failed: ${error.message}`);
    const [row]: { attempts: number; requested_seq: string }[] = await this.dataSource.query(
      `UPDATE recompute_request SET attempts = attempts + 1, last_error = $3 WHERE kind = $1 AND entity_id = $2
       RETURNING attempts, requested_seq`,
      [kind, entityId, error.message.slice(0, 500)],
    );
    if (kind !== 'talent' || !row || row.attempts < FAILURES_BEFORE_QUARANTINE) return;
    await this.dataSource.transaction(async (manager) => {
      const [talent]: { version: number }[] = await manager.query('SELECT version FROM talent WHERE id = $1 FOR KEY SHARE', [entityId]);
      if (!talent) return;
      await quarantine(manager, 'talent', entityId, talent.version, { field: null, reason: `recompute failed ${row.attempts} times: ${error.message}` });
      await manager.query(
        `UPDATE recompute_request SET processed_seq = GREATEST(processed_seq, $2) WHERE kind = 'talent' AND entity_id = $1`,
        [entityId, row.requested_seq],
      );
    });
    this.logger.error(`talent ${entityId} quarantined after ${row.attempts} failed recomputes`);
  }
}
