import { DataSource, EntityManager, In } from 'typeorm';
import { ENGINE_VERSION } from '../matching/score/engine-params';
import { MatchingEngine } from '../matching/engine/matching-engine';
import { Position } from '../positions/position.entity';
import { Talent } from '../talents/talent.entity';
import { positionProfile, talentProfile } from './profile-mappers';

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

/**
 * Keeps one engine per corpus generation in this process: positions change rarely and every change
 * starts a new generation, so the engine (position index, relevance statistics) is rebuilt only then.
 */
export class EngineCache {
  private current: { generation: number; engine: MatchingEngine; positionVersions: Map<string, number> } | null = null;

  /**
   * The engine of the current generation. Positions change only together with the generation, so when
   * the generation is the cached one, reading it alone is enough; otherwise a full snapshot is read.
   */
  async load(dataSource: DataSource): Promise<{ engine: MatchingEngine; positionVersions: Map<string, number>; generation: number; positions: PositionProfileSource }> {
    const [state] = await dataSource.query(`SELECT generation FROM engine_state WHERE key = 'corpus'`);
    const generation = Number(state?.generation ?? 0);
    if (this.current && this.current.generation === generation && this.positions) {
      return { ...this.current, positions: this.positions };
    }
    const snapshot = await readSnapshot(dataSource);
    this.positions = snapshot.positions;
    return { ...this.engineFor(snapshot), generation: snapshot.generation, positions: snapshot.positions };
  }

  private positions: PositionProfileSource | null = null;

  engineFor(snapshot: Snapshot): { engine: MatchingEngine; positionVersions: Map<string, number> } {
    if (!this.current || this.current.generation !== snapshot.generation) {
      this.current = {
        generation: snapshot.generation,
        engine: new MatchingEngine(snapshot.positions.map(positionProfile)),
        positionVersions: new Map(snapshot.positions.map((p) => [p.id, p.version])),
      };
    }
    return this.current;
  }

  get engineVersion(): string {
    return ENGINE_VERSION;
  }
}

type PositionProfileSource = Position[];

export async function loadTalents(manager: EntityManager, ids: string[]): Promise<Talent[]> {
  if (ids.length === 0) return [];
  return manager.find(Talent, { where: { id: In(ids) }, order: { id: 'ASC' } });
}

export { talentProfile };
