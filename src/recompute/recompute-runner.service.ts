import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../common/persistence/query-rows';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { fullTopK } from '../matching/engine/full-top-k';
import { positionList, round2 } from '../matching/engine/position-list';
import { ProgrammeAffinityScorer } from '../matching/engine/programme-affinity';
import { checkTalentProfile } from '../matching/engine/profile-check';
import { RowOptions, rowFloor, rowHits, RowProblem } from '../matching/engine/talent-rows';
import type { MatchResult } from '../matching/score/match-result';
import { ENGINE_VERSION } from '../matching/score/engine-params';
import { Programme } from '../programmes/programme.entity';
import type { Talent } from '../talents/talent.entity';
import { EngineCache, EngineView, loadTalents } from './engine-snapshot';
import { invalidate } from './invalidation';
import { dropPositionList, ListLimits, lockLists, replacePositionList, updateTalentEntries } from './list-maintenance';
import { deleteOrphans, lockExisting, lockTalentRows, PairWrite, TalentRowWrite, upsertPairs, writeTalentRows } from './match-store';
import { bumpGeneration, REBUILD_ALL, requestRecompute, requestRecomputeMany } from './outbox';
import { programmeProfile, talentProfile } from './profile-mappers';
import { quarantine, release, syncPositionQuarantine } from './quarantine-store';
import type { RecomputeKind } from './recompute-request.entity';

export interface RunOutcome {
  kind: RecomputeKind;
  entityId: string;
  /** The outbox sequence the job started from; later changes stay pending. */
  startSeq: number | null;
  talents: number;
  rows: number;
}

/** Milliseconds between named points of a job, for its debug log line ("lock 3, column 41, …"). */
class PhaseTimer {
  private last = performance.now();
  private readonly parts: string[] = [];

  mark(name: string): void {
    const now = performance.now();
    this.parts.push(`${name} ${Math.round(now - this.last)}`);
    this.last = now;
  }

  toString(): string {
    return `${this.parts.join(', ')} ms`;
  }
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

/** Runs of a job whose inputs changed under it (positions epoch, talent versions) before it gives up and asks again. */
const STALE_RETRIES = 3;

/** Positions per transaction when a rebuild writes the candidate lists. */
const LIST_BATCH = 50;

/** A talent scored for storage: its explained row, or the reason it cannot be scored. */
interface ScoredTalent {
  talent: Talent;
  rows?: MatchResult[];
  floor?: number;
  /** Position id → score, for every position the talent qualifies for (position lists). */
  qualifying?: Map<string, number>;
  problem?: RowProblem;
}

class StaleInputs extends Error {}

/**
 * Executes recomputes against the current database state, whatever carried the request (BullMQ or the
 * in-process queue). Every run reads what it needs afresh, writes idempotently, and only then marks the
 * request done up to the sequence it started from, so a crash at any point leaves it pending. Scores
 * come from the process's one engine (EngineCache) under the current statistics generation.
 */
@Injectable()
export class RecomputeRunner {
  private readonly logger = new Logger('Recompute');
  private positionQuarantineSynced: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: EngineCache,
  ) {}

  async run(kind: RecomputeKind, entityId: string): Promise<RunOutcome> {
    const started = Date.now();
    const startSeq = await this.requestedSeq(kind, entityId);
    await this.touch(kind, entityId);
    let talents = 0;
    let rows = 0;
    if (kind === 'talent') {
      ({ talents, rows } = await this.recomputeTalents([entityId], { lists: true }));
    } else if (kind === 'position') {
      ({ talents, rows } = await this.recomputePosition(entityId));
    } else if (kind === 'rebuild') {
      for (const shard of await this.rebuildShards()) {
        const done = await this.recomputeTalents(shard);
        talents += done.talents;
        rows += done.rows;
        await this.touch(kind, entityId);
      }
      const listsStarted = Date.now();
      rows += await this.rebuildPositionLists(() => this.touch(kind, entityId));
      this.logger.log(`rebuild: rows in ${listsStarted - started} ms, candidate lists in ${Date.now() - listsStarted} ms`);
    } else if (kind === 'statistics') {
      await this.refreshStatistics(Number(entityId));
    } else {
      rows = await this.recomputeProgrammes(entityId === REBUILD_ALL ? null : entityId);
    }
    if (startSeq !== null) await this.markProcessed(kind, entityId, startSeq);
    if (kind !== 'talent' && kind !== 'position') this.logger.log(`${kind} ${entityId}: ${talents} talents, ${rows} rows in ${Date.now() - started} ms`);
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

  private limits(): ListLimits {
    const limit = this.config.positionListLimit;
    return { minScore: this.config.matchStoreMinScore, limit, capacity: limit + this.config.positionListSlack };
  }

  /**
   * Recomputes and stores the rows of these talents against the open positions, and (with `lists`, a
   * talent's own job) its entries in the positions' candidate lists. A talent the engine cannot score is
   * quarantined (its reason kept, its rows removed) and the others are still written; a talent or
   * position deleted meanwhile is skipped. Positions changed while scoring: scored again.
   */
  async recomputeTalents(talentIds: string[], options: { lists?: boolean } = {}): Promise<{ talents: number; rows: number; quarantined: number }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.recomputeTalentsOnce(talentIds, options.lists ?? false);
      } catch (error) {
        if (!(error instanceof StaleInputs)) throw error;
        if (attempt >= STALE_RETRIES) {
          // Positions keep changing under this job: nothing was written; ask again, after them.
          await this.dataSource.transaction((manager) => requestRecomputeMany(manager, 'talent', [...talentIds].sort()));
          this.logger.warn(`${talentIds.length} talent(s): positions changed under ${attempt} runs; asked again`);
          return { talents: 0, rows: 0, quarantined: 0 };
        }
      }
    }
  }

  private async recomputeTalentsOnce(talentIds: string[], lists: boolean): Promise<{ talents: number; rows: number; quarantined: number }> {
    return this.cache.hold(this.dataSource, (view) => this.recomputeTalentsWith(view, talentIds, lists));
  }

  private async recomputeTalentsWith(view: EngineView, talentIds: string[], lists: boolean): Promise<{ talents: number; rows: number; quarantined: number }> {
    // Sorted ids: every writer takes the talents' locks in the same order, so writers never deadlock.
    const talents = await loadTalents(this.dataSource.manager, [...talentIds].sort());
    const scored = await this.score(view, talents, lists);
    await this.syncPositionQuarantine(view);
    let rows = 0;
    let quarantined = 0;
    const refills = new Set<string>();
    // One transaction for the whole batch: a shard of a rebuild commits together, or not at all.
    await this.dataSource.transaction(async (manager) => {
      // Rows and lists are written under one lock (see assertEpoch); rebuild shards too.
      await lockLists(manager);
      await this.assertEpoch(manager, view);
      // KEY SHARE locks hold off deletions until this commits; rows deleted before are simply not returned.
      const liveTalents = await lockExisting(manager, 'talent', talents.map((t) => t.id));
      const positionIds = new Set(scored.flatMap((o) => (o.rows ?? []).map((r) => r.positionId)));
      const livePositions = await lockExisting(manager, 'position', [...positionIds].sort());
      const released: string[] = [];
      const writes = new Map<string, TalentRowWrite>();
      for (const { talent, rows: results, floor } of scored) {
        if (!liveTalents.has(talent.id)) continue;
        const matches = (results ?? [])
          .filter((result) => livePositions.has(result.positionId))
          .map((result) => ({ result, talentVersion: talent.version, positionVersion: view.positionVersions.get(result.positionId)! }));
        writes.set(talent.id, { talentId: talent.id, talentVersion: talent.version, generation: view.generation, matches, floor });
      }
      await lockTalentRows(manager, [...writes.keys()]);
      const written = await writeTalentRows(manager, [...writes.values()]);
      for (const outcome of scored) {
        const { talent } = outcome;
        const write = writes.get(talent.id);
        if (!write) continue;
        // Overtaken by a newer result (another job read newer data meanwhile): compute again from now.
        if (!written.has(talent.id)) {
          await requestRecompute(manager, 'talent', talent.id);
          continue;
        }
        rows += write.matches.length;
        if (lists) {
          const profile = talentProfile(talent);
          const refill = await updateTalentEntries(
            manager,
            {
              talentId: talent.id,
              talentVersion: talent.version,
              generation: view.generation,
              qualifying: outcome.qualifying ?? new Map(),
              positionVersions: view.positionVersions,
              explain: (positionId) => view.engine.withTalent(profile, () => view.engine.explain(talent.id, positionId)),
            },
            this.limits(),
          );
          refill.forEach((q) => refills.add(q));
        }
        if (outcome.problem) {
          quarantined++;
          await quarantine(manager, 'talent', talent.id, talent.version, outcome.problem);
        } else {
          released.push(talent.id);
        }
      }
      await release(manager, 'talent', released);
      if (refills.size > 0) await requestRecomputeMany(manager, 'position', [...refills].sort());
    });
    if (quarantined > 0) this.logger.warn(`${quarantined} talent(s) quarantined: the engine could not score them (see /recompute/status)`);
    return { talents: talents.length, rows, quarantined };
  }

  /**
   * The positions changed since `view` was read (the epoch moved): the caller scores again. Read under
   * the match lock (lockLists): a position saved after this read has its column job, which waits for
   * that lock and so sees what this transaction commits; position writers themselves never wait.
   */
  private async assertEpoch(manager: EntityManager, view: EngineView): Promise<void> {
    const [state]: { positions_epoch: string }[] = await manager.query(`SELECT positions_epoch FROM engine_state WHERE key = 'corpus'`);
    if (Number(state?.positions_epoch ?? 0) !== view.epoch) throw new StaleInputs('positions changed while scoring');
  }

  /** Records, once per positions epoch and process, which open positions the engine had to leave out. */
  private async syncPositionQuarantine(view: EngineView): Promise<void> {
    const key = `${view.generation}:${view.epoch}:${view.rejected.length}`;
    if (this.positionQuarantineSynced === key) return;
    await this.dataSource.transaction((manager) => syncPositionQuarantine(manager, view.generation, view.rejected, view.positionVersions));
    this.positionQuarantineSynced = key;
    if (view.rejected.length > 0) this.logger.warn(`${view.rejected.length} open position(s) quarantined: the engine could not index them`);
  }

  /** Each talent's stored row (the top positions above the threshold, explained), or why it cannot be scored. */
  private async score(view: EngineView, talents: Talent[], lists: boolean): Promise<ScoredTalent[]> {
    const options = rowOptions(this.config);
    const engine = view.engine;
    const out: ScoredTalent[] = [];
    const ids = engine.positionIds();
    const scores = new Float32Array(ids.length);
    const eligible = new Uint8Array(ids.length);
    for (const talent of talents) {
      const profile = talentProfile(talent);
      const shape = checkTalentProfile(profile);
      if (shape) {
        out.push({ talent, problem: { field: shape.field, reason: shape.reason } });
        continue;
      }
      try {
        out.push(
          engine.withTalent(profile, () => {
            const hits = rowHits(engine, talent.id, options);
            const scoredTalent: ScoredTalent = { talent, rows: hits.map((hit) => engine.explain(talent.id, hit.id)), floor: rowFloor(hits, options) };
            if (lists) {
              engine.scoreTalentRow(talent.id, scores, eligible);
              const qualifying = new Map<string, number>();
              for (let i = 0; i < ids.length; i++) if (eligible[i] === 1 && round2(scores[i]) >= options.minScore) qualifying.set(ids[i], round2(scores[i]));
              scoredTalent.qualifying = qualifying;
            }
            return scoredTalent;
          }),
        );
      } catch (error) {
        out.push({ talent, problem: { field: null, reason: `the engine could not score this profile: ${(error as Error).message}` } });
      }
      // Scoring is CPU-bound: hand the event loop back every few talents so BullMQ keeps renewing job
      // locks and the process answers signals during a long shard.
      if (out.length % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  }

  /**
   * One position's column: its candidate list over all talents, the talents' rows it enters or leaves
   * (recomputed whole), and its entry in the rows that keep it (that entry only). Nothing else changes:
   * the statistics are frozen, so no other pair's score moved.
   */
  async recomputePosition(positionId: string): Promise<{ talents: number; rows: number }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.recomputePositionOnce(positionId);
      } catch (error) {
        if (!(error instanceof StaleInputs)) throw error;
        if (attempt >= STALE_RETRIES) {
          await this.dataSource.transaction((manager) => requestRecompute(manager, 'position', positionId));
          this.logger.warn(`position ${positionId}: positions changed under ${attempt} runs; asked again`);
          return { talents: 0, rows: 0 };
        }
      }
    }
  }

  private async recomputePositionOnce(positionId: string): Promise<{ talents: number; rows: number }> {
    return this.cache.hold(this.dataSource, (view) => this.recomputePositionWith(view, positionId), { talents: true });
  }

  private async recomputePositionWith(view: EngineView, positionId: string): Promise<{ talents: number; rows: number }> {
    const engine = view.engine;
    await this.syncPositionQuarantine(view);
    if (!engine.hasPosition(positionId)) return this.positionGone(view, positionId);
    const limits = this.limits();
    const options = rowOptions(this.config);
    const version = view.positionVersions.get(positionId)!;
    let rescored = 0;
    let written = 0;
    const phases = new PhaseTimer();
    await this.dataSource.transaction(async (manager) => {
      await lockLists(manager);
      phases.mark('lock');
      await this.assertEpoch(manager, view);
      // Talents saved since the talent side was read: taken in now, under the lists lock, so the list
      // decided here is the one their own jobs (which wait for this lock) will see.
      await this.cache.refreshTalents(manager);
      const talentIds = engine.talentIds();
      const scores = new Float32Array(talentIds.length);
      const eligible = new Uint8Array(talentIds.length);
      engine.scoreTalentColumn(positionId, scores, eligible);
      const list = positionList(scores, eligible, limits.minScore, limits.capacity);
      phases.mark('column');
      // This position's pair of a talent is explained once per job, though the list, the rows it enters
      // and the rows that keep it may each write it.
      const explained = new Map<string, MatchResult>();
      const explainPair = (talentId: string): MatchResult => {
        let result = explained.get(talentId);
        if (result === undefined) explained.set(talentId, (result = engine.explain(talentId, positionId)));
        return result;
      };
      const pair = (talentId: string): PairWrite => ({
        talentId,
        talentVersion: this.cache.talentVersion(talentId)!,
        positionVersion: version,
        generation: view.generation,
        result: explainPair(talentId),
      });
      // Rows that hold the position, and talents whose row it may enter (it scores at or above their floor).
      const holding: { talent_id: string; floor: number }[] = await manager.query(
        `SELECT m.talent_id, s.floor FROM match m JOIN talent_match_state s ON s.talent_id = m.talent_id
          WHERE m.position_id = $1 AND m.in_talent_list`,
        [positionId],
      );
      const index = new Map(talentIds.map((id, i) => [id, i]));
      const qualifying = talentIds.filter((_, i) => eligible[i] === 1 && round2(scores[i]) >= options.minScore);
      const floors = new Map<string, number>();
      const below: { talent_id: string; floor: number }[] = await manager.query('SELECT talent_id, floor FROM talent_match_state WHERE floor < $1', [options.minScore]);
      for (const r of below) floors.set(r.talent_id, r.floor);
      for (let i = 0; i < qualifying.length; i += 5000) {
        const part: { talent_id: string; floor: number }[] = await manager.query(
          'SELECT talent_id, floor FROM talent_match_state WHERE talent_id = ANY($1::uuid[])',
          [qualifying.slice(i, i + 5000)],
        );
        for (const r of part) floors.set(r.talent_id, r.floor);
      }
      const keep: string[] = [];
      const whole = new Set<string>();
      const held = new Set(holding.map((h) => h.talent_id));
      for (const h of holding) {
        const t = index.get(h.talent_id);
        if (t === undefined) continue;
        const score = round2(scores[t]);
        // Still in the row, and nothing else of the row changed: rewrite that entry only.
        if (eligible[t] === 1 && h.floor >= options.minScore - 0.011 && score >= options.minScore && score >= h.floor) keep.push(h.talent_id);
        else whole.add(h.talent_id);
      }
      for (const [talentId, floor] of floors) {
        if (held.has(talentId)) continue;
        const t = index.get(talentId);
        if (t === undefined || eligible[t] !== 1) continue;
        const score = round2(scores[t]);
        if (score >= floor - 0.01 && (score >= options.minScore || floor < options.minScore)) whole.add(talentId);
      }
      phases.mark('read rows');
      await replacePositionList(
        manager,
        { id: positionId, version, generation: view.generation, floor: list.floor },
        list.entries.map((e) => pair(talentIds[e.talent])),
      );
      written += list.entries.length;
      phases.mark('list');
      // The rows it may enter or leave, recomputed against what is stored.
      const sortedWhole = [...whole].sort();
      const storedRows = new Map<string, Map<string, number>>();
      for (let i = 0; i < sortedWhole.length; i += 5000) {
        const part: { talent_id: string; position_id: string; score: number }[] = await manager.query(
          'SELECT talent_id, position_id, score FROM match WHERE talent_id = ANY($1::uuid[]) AND in_talent_list',
          [sortedWhole.slice(i, i + 5000)],
        );
        for (const r of part) {
          const row = storedRows.get(r.talent_id) ?? new Map<string, number>();
          row.set(r.position_id, r.score);
          storedRows.set(r.talent_id, row);
        }
      }
      // Only what differs is written: entries new to the row or rescored (this position's, at least), and
      // entries that left it; the match lock serialises every writer, so rows need no lock of their own.
      const upserts: PairWrite[] = [];
      const leftTalents: string[] = [];
      const leftPositions: string[] = [];
      const floorIds: string[] = [];
      const floorValues: number[] = [];
      for (const talentId of sortedWhole) {
        const hits = rowHits(engine, talentId, options);
        const before = storedRows.get(talentId) ?? new Map<string, number>();
        const talentVersion = this.cache.talentVersion(talentId)!;
        const kept = new Set<string>();
        for (const hit of hits) {
          kept.add(hit.id);
          if (hit.id !== positionId && before.get(hit.id) === hit.score) continue;
          const result = hit.id === positionId ? explainPair(talentId) : engine.explain(talentId, hit.id);
          upserts.push({ talentId, talentVersion, positionVersion: view.positionVersions.get(hit.id)!, generation: view.generation, result });
        }
        for (const id of before.keys()) {
          if (kept.has(id)) continue;
          leftTalents.push(talentId);
          leftPositions.push(id);
        }
        floorIds.push(talentId);
        floorValues.push(rowFloor(hits, options));
      }
      phases.mark(`rescore ${sortedWhole.length} rows`);
      await upsertPairs(manager, upserts, { talent: true });
      phases.mark(`write ${upserts.length} pairs`);
      if (leftTalents.length > 0) {
        await manager.query(
          `UPDATE match m SET in_talent_list = false FROM unnest($1::uuid[], $2::uuid[]) AS l(talent_id, position_id)
            WHERE m.talent_id = l.talent_id AND m.position_id = l.position_id`,
          [leftTalents, leftPositions],
        );
        await deleteOrphans(manager, 'talent', [...new Set(leftTalents)]);
      }
      if (floorIds.length > 0) {
        await manager.query(
          `UPDATE talent_match_state s SET floor = u.floor, computed_at = now()
             FROM unnest($1::uuid[], $2::real[]) AS u(talent_id, floor) WHERE s.talent_id = u.talent_id`,
          [floorIds, floorValues],
        );
      }
      written += upserts.length + leftTalents.length;
      await upsertPairs(manager, keep.map(pair), {});
      written += keep.length;
      rescored = talentIds.length;
      await release(manager, 'position', [positionId]);
      await this.checkDrift(manager, view);
      phases.mark('rest');
    });
    phases.mark('commit');
    this.logger.debug(`position ${positionId}: ${written} rows; ${phases}`);
    return { talents: rescored, rows: written };
  }

  /** A position the engine does not hold (closed, deleted, quarantined): its list goes, the rows that held it are recomputed. */
  private async positionGone(view: EngineView, positionId: string): Promise<{ talents: number; rows: number }> {
    let talents = 0;
    await this.dataSource.transaction(async (manager) => {
      await lockLists(manager);
      await this.assertEpoch(manager, view);
      const holding: { talent_id: string }[] = await manager.query(
        'SELECT talent_id FROM match WHERE position_id = $1 AND in_talent_list ORDER BY talent_id',
        [positionId],
      );
      talents = holding.length;
      await dropPositionList(manager, positionId);
      await requestRecomputeMany(manager, 'talent', holding.map((h) => h.talent_id));
      await this.checkDrift(manager, view);
    });
    return { talents, rows: 0 };
  }

  /** Past the drift bound, asks (once per generation) for a statistics refresh. */
  private async checkDrift(manager: EntityManager, view: EngineView): Promise<void> {
    const drift = view.engine.statistics.drift(view.scorable);
    if (drift.share > this.config.statisticsDriftBound) await invalidate(manager, { kind: 'statistics-drifted', generation: view.generation });
  }

  /**
   * The refresh asked for when generation `generation` drifted: a new generation (its snapshot is the
   * open positions now) and the rebuild under it. A request for a generation already replaced is a no-op.
   */
  async refreshStatistics(generation: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [state]: { generation: string }[] = await manager.query(`SELECT generation FROM engine_state WHERE key = 'corpus' FOR UPDATE`);
      if (Number(state?.generation ?? 0) !== generation) return false;
      await bumpGeneration(manager);
      this.logger.log(`statistics generation ${generation} drifted past ${Math.round(this.config.statisticsDriftBound * 100)}%: refreshing`);
      return true;
    });
  }

  /**
   * Every position's candidate list over all talents, after a rebuild's rows: one pruned pass for both
   * directions (fullTopK), then written in batches of positions. `touch` keeps the request alive.
   */
  async rebuildPositionLists(touch: () => Promise<void> = async () => undefined): Promise<number> {
    const limits = this.limits();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.cache.hold(this.dataSource, (view) => this.writePositionLists(view, limits, touch), { talents: true });
      } catch (error) {
        if (!(error instanceof StaleInputs)) throw error;
        if (attempt >= STALE_RETRIES) {
          // Lists written before the positions moved are current for their epoch; each position's own
          // column brings its list up to date, so ask for those instead of rebuilding again.
          const open: { id: string }[] = await this.dataSource.query(`SELECT id FROM position WHERE status = 'open' ORDER BY id`);
          await this.dataSource.transaction((manager) => requestRecomputeMany(manager, 'position', open.map((p) => p.id)));
          this.logger.warn(`rebuild: positions changed under ${attempt} runs of the candidate lists; asked for each position's column`);
          return 0;
        }
      }
    }
  }

  private async writePositionLists(view: EngineView, limits: ListLimits, touch: () => Promise<void>): Promise<number> {
    const engine = view.engine;
    const talentIds = engine.talentIds();
    const positionIds = engine.positionIds();
    const top = fullTopK(engine, limits.capacity + 1);
    let rows = 0;
    for (let start = 0; start < positionIds.length; start += LIST_BATCH) {
      await this.dataSource.transaction(async (manager) => {
        await lockLists(manager);
        await this.assertEpoch(manager, view);
        for (let p = start; p < Math.min(positionIds.length, start + LIST_BATCH); p++) {
          const entries: { talent: number; score: number }[] = [];
          for (let j = p * top.byPosition.k; j < (p + 1) * top.byPosition.k && top.byPosition.indexes[j] >= 0; j++) {
            const score = round2(top.byPosition.scores[j]);
            if (score >= limits.minScore) entries.push({ talent: top.byPosition.indexes[j], score });
          }
          const floor = entries.length > limits.capacity ? entries[limits.capacity - 1].score : -1;
          entries.length = Math.min(entries.length, limits.capacity);
          const positionId = positionIds[p];
          const version = view.positionVersions.get(positionId)!;
          // Pairs the rebuild's rows just stored, from the same versions, only join the list.
          const current: { talent_id: string; talent_version: number }[] = await manager.query(
            `SELECT talent_id, talent_version FROM match WHERE position_id = $1 AND talent_id = ANY($2::uuid[])
               AND position_version = $3 AND generation = $4`,
            [positionId, entries.map((e) => talentIds[e.talent]), version, view.generation],
          );
          const fresh = new Set(current.filter((c) => c.talent_version === this.cache.talentVersion(c.talent_id)).map((c) => c.talent_id));
          const missing = entries.map((e) => talentIds[e.talent]).filter((id) => !fresh.has(id));
          await replacePositionList(
            manager,
            { id: positionId, version, generation: view.generation, floor },
            missing.map((talentId) => ({
              talentId,
              talentVersion: this.cache.talentVersion(talentId)!,
              positionVersion: version,
              generation: view.generation,
              result: engine.explain(talentId, positionId),
            })),
            [...fresh],
          );
          rows += entries.length;
        }
      });
      await touch();
    }
    return rows;
  }

  /** Affinities of one programme (or all) to the open positions, replacing what was stored. */
  async recomputeProgrammes(programmeId: string | null): Promise<number> {
    const view = await this.cache.load(this.dataSource);
    await this.syncPositionQuarantine(view);
    // Only the positions the engine can index: a quarantined position must not fail every programme.
    const scorer = new ProgrammeAffinityScorer(view.engine.space, view.scorable);
    const versions = view.positionVersions;
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
    // queryRows: an UPDATE … RETURNING comes back from the driver as [rows, count].
    const [row] = await queryRows<{ attempts: number; requested_seq: string }>(
      this.dataSource,
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
