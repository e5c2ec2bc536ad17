/**
 * The recompute worker's scoring thread: keeps one engine per corpus generation and turns talent
 * profiles into their explained, stored-row results (or the reason one cannot be scored). The BullMQ
 * event loop stays free meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import { MatchingEngine } from '../matching/engine/matching-engine';
import { engineOverScorable, talentRow } from '../matching/engine/talent-rows';
import type { ScoringRequest, ScoringResponse } from './scoring-thread';

let current: { generation: number; engine: MatchingEngine } | null = null;

parentPort!.on('message', (request: ScoringRequest) => {
  try {
    let rejected: ScoringResponse['rejected'];
    if (request.positions) {
      const built = engineOverScorable(request.positions, (positions) => new MatchingEngine(positions));
      current = { generation: request.generation, engine: built.engine };
      rejected = built.rejected;
    }
    if (!current || current.generation !== request.generation) {
      parentPort!.postMessage({ id: request.id, needPositions: true } satisfies ScoringResponse);
      return;
    }
    const engine = current.engine;
    const outcomes = request.talents.map((talent) => talentRow(engine, talent, request.options));
    parentPort!.postMessage({ id: request.id, outcomes, rejected } satisfies ScoringResponse);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: (error as Error).message } satisfies ScoringResponse);
  }
});
