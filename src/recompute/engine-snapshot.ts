import { DataSource, EntityManager, In } from 'typeorm';
import { MatchingEngine } from '../matching/engine/matching-engine';
import { checkPositionProfile } from '../matching/engine/profile-check';
import { engineOverScorable, RejectedPosition } from '../matching/engine/talent-rows';
import type { PositionProfile } from '../matching/types';
import { Position } from '../positions/position.entity';
import { Talent } from '../talents/talent.entity';
import { positionProfile } from './profile-mappers';

export interface Snapshot {
  generation: number;
  positions: Position[];
}

/** Reads the corpus generation and the open positions in one consistent snapshot. */
export async function readSnapshot(dataSource: DataSource): Promise<Snapshot> {
  return dataSource.transaction('REPEATABLE READ', async (manager: EntityManager) => {
    const [state] = await manager.query(`SELECT generation FROM engine_state WHERE key = 'corpus'`);
    const positions = await manager.find(Position, { where: { status: 'open' }, order: { id: 'ASC' } });
    return { generation: Number(state?.generation ?? 0), positions };
  });
}

export interface Generation extends Snapshot {
  positionVersions: Map<string, number>;
  /** The open positions the engine can index (shape-checked), as engine profiles. */
  scorable: PositionProfile[];
  /**
   * Open positions left out of the engine, with the field at fault. Shape problems are known at once;
   * building the engine (or a scoring thread's engine) may add positions it could not index.
   */
  rejected: RejectedPosition[];
  /** The engine over this generation's scorable positions, built on first use. */
  engine(): MatchingEngine;
}

/**
 * One corpus generation per process: positions change only together with the generation, so while the
 * generation is the cached one, reading it alone is enough; otherwise a consistent snapshot is read and
 * the engine (position index, relevance statistics) is rebuilt when first asked for.
 */
export class EngineCache {
  private current: Generation | null = null;

  async load(dataSource: DataSource): Promise<Generation> {
    const [state] = await dataSource.query(`SELECT generation FROM engine_state WHERE key = 'corpus'`);
    const generation = Number(state?.generation ?? 0);
    if (this.current?.generation === generation) return this.current;
    const snapshot = await readSnapshot(dataSource);
    const scorable: PositionProfile[] = [];
    const rejected: RejectedPosition[] = [];
    for (const position of snapshot.positions) {
      const profile = positionProfile(position);
      const problem = checkPositionProfile(profile);
      if (problem) rejected.push({ id: position.id, problem });
      else scorable.push(profile);
    }
    let engine: MatchingEngine | null = null;
    const current: Generation = {
      ...snapshot,
      positionVersions: new Map(snapshot.positions.map((p) => [p.id, p.version])),
      scorable,
      rejected,
      engine: () => {
        if (engine) return engine;
        const built = engineOverScorable(scorable, (positions) => new MatchingEngine(positions));
        current.rejected.push(...built.rejected);
        return (engine = built.engine);
      },
    };
    this.current = current;
    return current;
  }
}

export async function loadTalents(manager: EntityManager, ids: string[]): Promise<Talent[]> {
  if (ids.length === 0) return [];
  return manager.find(Talent, { where: { id: In(ids) }, order: { id: 'ASC' } });
}
