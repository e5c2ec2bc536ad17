import { DataSource, EntityManager, In } from 'typeorm';
import { MatchingEngine } from '../matching/engine/matching-engine';
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
  /** The engine over this generation's positions, built on first use. */
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
    let engine: MatchingEngine | null = null;
    this.current = {
      ...snapshot,
      positionVersions: new Map(snapshot.positions.map((p) => [p.id, p.version])),
      engine: () => (engine ??= new MatchingEngine(snapshot.positions.map(positionProfile))),
    };
    return this.current;
  }
}

export async function loadTalents(manager: EntityManager, ids: string[]): Promise<Talent[]> {
  if (ids.length === 0) return [];
  return manager.find(Talent, { where: { id: In(ids) }, order: { id: 'ASC' } });
}
