/**
 * The recompute worker's scoring thread: keeps one engine per corpus generation and turns talent
 * profiles into their explained, stored-row results. The BullMQ event loop stays free meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import { MatchingEngine } from '../matching/engine/matching-engine';
import type { MatchResult } from '../matching/score/match-result';
import type { ScoringRequest, ScoringResponse } from './scoring-thread';

let current: { generation: number; engine: MatchingEngine } | null = null;

parentPort!.on('message', (request: ScoringRequest) => {
  try {
    if (request.positions) current = { generation: request.generation, engine: new MatchingEngine(request.positions) };
    if (!current || current.generation !== request.generation) {
      parentPort!.postMessage({ id: request.id, needPositions: true } satisfies ScoringResponse);
      return;
    }
    const engine = current.engine;
    const rows: MatchResult[][] = request.talents.map((talent) => {
      engine.upsertTalent(talent);
      try {
        return engine
          .rankPositionsForTalent(talent.id, { limit: request.limit, minScore: request.minScore })
          .map((hit) => engine.explain(talent.id, hit.id));
      } finally {
        engine.removeTalent(talent.id);
      }
    });
    parentPort!.postMessage({ id: request.id, rows } satisfies ScoringResponse);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: (error as Error).message } satisfies ScoringResponse);
  }
});
