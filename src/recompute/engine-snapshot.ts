import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CorpusStatistics } from '../matching/engine/corpus-statistics';
import { MatchingEngine } from '../matching/engine/matching-engine';
import { checkPositionProfile, checkTalentProfile } from '../matching/engine/profile-check';
import type { RejectedPosition } from '../matching/engine/talent-rows';
import type { PositionProfile } from '../matching/types';
import { Position } from '../positions/position.entity';
import { Talent } from '../talents/talent.entity';
import { positionProfile, talentProfile } from './profile-mappers';

/** The process's engine as of one statistics generation and positions epoch. */
export interface EngineView {
  /** Statistics generation (engine_state.generation). */
  generation: number;
  /** Positions epoch (engine_state.positions_epoch) the engine's positions were read at. */
  epoch: number;
  engine: MatchingEngine;
  /** Version of every open position read (scorable or not). */
  positionVersions: Map<string, number>;
  /** The open positions the engine holds (shape-checked and indexable), as engine profiles. */
  scorable: PositionProfile[];
  /** Open positions left out of the engine, with the field at fault. */
  rejected: RejectedPosition[];
}

interface PositionSide {
  generation: number;
  epoch: number;
  engine: MatchingEngine;
  /** Per position id: the version the engine holds and its profile object (reused while unchanged). */
  held: Map<string, { version: number; profile: PositionProfile | null }>;
  rejected: RejectedPosition[];
  /** Talent id → version, once the talent side (every scorable talent) is loaded; null until then. */
  talents: Map<string, number> | null;
}

/**
 * One engine per process, shared by the recompute runner and the live explanations. Statistics come
 * from the generation's stored snapshot (StatisticsGeneration), so every process scores alike; positions
 * are brought up to date by their versions whenever the positions epoch moved (a changed position is one
 * rebuild of the position side, analyses of unchanged positions reused); the talent side (every talent,
 * for position columns and rebuilds) is loaded on first need and kept current by versions.
 */
@Injectable()
export class EngineCache {
  private side: PositionSide | null = null;
  private loading: Promise<EngineView> | null = null;
  /** Jobs using the engine across awaits: while one does, others get the engine as it is (see `hold`). */
  private holds = 0;

  /**
   * The engine with the current statistics generation and open positions. Concurrent calls share one
   * load; while a job holds the engine, others get it unchanged (a live explanation may then trail a
   * position edit by that job's duration).
   */
  async load(dataSource: DataSource): Promise<EngineView> {
    if (this.holds > 0 && this.side) return this.view(this.side);
    while (this.loading) await this.loading.catch(() => undefined);
    const loading = this.refresh(dataSource);
    this.loading = loading;
    try {
      return await loading;
    } finally {
      if (this.loading === loading) this.loading = null;
    }
  }

  /**
   * The engine with every scorable talent in it too (position columns and rebuilds need them), current
   * by versions. Talents whose profile the engine cannot use are left out (their own jobs quarantine them).
   */
  async loadWithTalents(dataSource: DataSource): Promise<EngineView> {
    const view = await this.load(dataSource);
    await this.refreshTalents(dataSource.manager);
    return view;
  }

  /**
   * Brings the loaded talent side up to the talents' versions as `manager` sees them (inside a
   * transaction: as of its snapshot), loading it whole the first time.
   */
  async refreshTalents(manager: EntityManager): Promise<void> {
    const side = this.side;
    if (!side) throw new Error('load the engine before its talents');
    const rows: { id: string; version: number }[] = await manager.query('SELECT id, version FROM talent');
    const known = side.talents ?? new Map<string, number>();
    const stale = rows.filter((r) => known.get(r.id) !== r.version).map((r) => r.id);
    const live = new Set(rows.map((r) => r.id));
    for (const id of known.keys()) {
      if (live.has(id)) continue;
      side.engine.removeTalent(id);
      known.delete(id);
    }
    for (let i = 0; i < stale.length; i += 1000) {
      for (const talent of await loadTalents(manager, stale.slice(i, i + 1000))) {
        const profile = talentProfile(talent);
        known.set(talent.id, talent.version);
        if (checkTalentProfile(profile)) {
          side.engine.removeTalent(talent.id);
          continue;
        }
        try {
          side.engine.upsertTalent(profile);
        } catch {
          side.engine.removeTalent(talent.id);
        }
      }
    }
    side.talents = known;
  }

  /**
   * Runs `job` with the engine loaded and kept as it is until the job ends: a recompute scores, awaits
   * the database and explains with one and the same set of positions.
   */
  async hold<T>(dataSource: DataSource, job: (view: EngineView) => Promise<T>, options: { talents?: boolean } = {}): Promise<T> {
    const view = options.talents ? await this.loadWithTalents(dataSource) : await this.load(dataSource);
    this.holds++;
    try {
      return await job(view);
    } finally {
      this.holds--;
    }
  }

  /** Versions of the talents the talent side holds (after loadWithTalents). */
  talentVersion(id: string): number | undefined {
    return this.side?.talents?.get(id);
  }

  private async refresh(dataSource: DataSource): Promise<EngineView> {
    const [state] = await dataSource.query(`SELECT generation, positions_epoch FROM engine_state WHERE key = 'corpus'`);
    const generation = Number(state?.generation ?? 0);
    const epoch = Number(state?.positions_epoch ?? 0);
    let side = this.side;
    if (side && side.generation === generation && side.epoch === epoch) return this.view(side);
    if (!side || side.generation !== generation) {
      const statistics = await loadStatistics(dataSource, generation);
      side = { generation, epoch: -1, engine: new MatchingEngine([], [], { statistics }), held: new Map(), rejected: [], talents: null };
    }
    // Positions and epoch in one snapshot: the epoch moves in the same transaction as any position change.
    const snapshot = await dataSource.transaction('REPEATABLE READ', async (manager: EntityManager) => {
      const [now] = await manager.query(`SELECT generation, positions_epoch FROM engine_state WHERE key = 'corpus'`);
      const positions = await manager.find(Position, { where: { status: 'open' }, order: { id: 'ASC' } });
      return { generation: Number(now?.generation ?? 0), epoch: Number(now?.positions_epoch ?? 0), positions };
    });
    if (snapshot.generation !== generation) return this.refresh(dataSource);
    const held = new Map<string, { version: number; profile: PositionProfile | null }>();
    const rejected: RejectedPosition[] = [];
    const scorable: PositionProfile[] = [];
    for (const position of snapshot.positions) {
      const before = side.held.get(position.id);
      if (before && before.version === position.version) {
        held.set(position.id, before);
        if (before.profile) scorable.push(before.profile);
        else rejected.push(side.rejected.find((r) => r.id === position.id)!);
        continue;
      }
      const profile = positionProfile(position);
      const problem = checkPositionProfile(profile);
      if (problem) {
        rejected.push({ id: position.id, problem });
        held.set(position.id, { version: position.version, profile: null });
      } else {
        scorable.push(profile);
        held.set(position.id, { version: position.version, profile });
      }
    }
    syncIndexable(side.engine, scorable, rejected, held);
    side.held = held;
    side.rejected = rejected;
    side.epoch = snapshot.epoch;
    this.side = side;
    return this.view(side);
  }

  private view(side: PositionSide): EngineView {
    const scorable: PositionProfile[] = [];
    const positionVersions = new Map<string, number>();
    for (const [id, h] of side.held) {
      positionVersions.set(id, h.version);
      if (h.profile) scorable.push(h.profile);
    }
    return { generation: side.generation, epoch: side.epoch, engine: side.engine, positionVersions, scorable, rejected: side.rejected };
  }
}

/**
 * Gives the engine these positions; should the index fail on one (beyond what the shape check sees),
 * each is tried alone under the same statistics to find the ones at fault, which are then left out.
 */
function syncIndexable(
  engine: MatchingEngine,
  scorable: PositionProfile[],
  rejected: RejectedPosition[],
  held: Map<string, { version: number; profile: PositionProfile | null }>,
): void {
  try {
    engine.syncPositions(scorable);
    return;
  } catch {
    // Found below, one by one.
  }
  const indexable: PositionProfile[] = [];
  for (const profile of scorable) {
    try {
      new MatchingEngine([profile], [], { statistics: engine.statistics });
      indexable.push(profile);
    } catch (error) {
      rejected.push({ id: profile.id, problem: { field: null, reason: `the engine could not index this position: ${(error as Error).message}` } });
      held.set(profile.id, { version: held.get(profile.id)!.version, profile: null });
    }
  }
  scorable.splice(0, scorable.length, ...indexable);
  engine.syncPositions(indexable);
}

/**
 * The statistics of a generation, from its stored snapshot of positions. The first process to need a
 * generation's snapshot takes it from the open positions then (ON CONFLICT: whoever stores it first,
 * every process then reads the same one).
 */
export async function loadStatistics(dataSource: DataSource, generation: number): Promise<CorpusStatistics> {
  let [row]: { positions: PositionProfile[] }[] = await dataSource.query('SELECT positions FROM statistics_generation WHERE generation = $1', [generation]);
  if (!row) {
    const open = await dataSource.manager.find(Position, { where: { status: 'open' }, order: { id: 'ASC' } });
    const profiles = open.map(positionProfile).filter((p) => checkPositionProfile(p) === null);
    await dataSource.query(
      `INSERT INTO statistics_generation (generation, positions, position_count) VALUES ($1, $2::jsonb, $3) ON CONFLICT (generation) DO NOTHING`,
      [generation, JSON.stringify(profiles), profiles.length],
    );
    [row] = await dataSource.query('SELECT positions FROM statistics_generation WHERE generation = $1', [generation]);
  }
  return statisticsOf(row.positions);
}

/** The statistics of a snapshot of positions (those the engine cannot index are left out). */
export function statisticsOf(positions: PositionProfile[]): CorpusStatistics {
  const usable = positions.filter((p) => checkPositionProfile(p) === null);
  try {
    return new MatchingEngine(usable).statistics;
  } catch {
    return new MatchingEngine(usable.filter((p) => canIndex(p))).statistics;
  }
}

function canIndex(position: PositionProfile): boolean {
  try {
    new MatchingEngine([position]);
    return true;
  } catch {
    return false;
  }
}

export async function loadTalents(manager: EntityManager, ids: string[]): Promise<Talent[]> {
  if (ids.length === 0) return [];
  return manager.find(Talent, { where: { id: In(ids) }, order: { id: 'ASC' } });
}
