/**
 * Worker thread of ShardedEngine (sharded-engine.ts): builds a MatchingEngine over all positions and one
 * contiguous shard of the talents, then answers requests. Results go back as transferred typed arrays.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { TopKHeap } from '../index/top-k';
import { fullTopK } from './full-top-k';
import { MatchingEngine } from './matching-engine';
import type { ShardRequest, ShardWorkerData } from './sharded-engine';

const data = workerData as ShardWorkerData;
const started = performance.now();
const engine = new MatchingEngine(data.positions, data.talents, { params: data.params, relevance: data.relevance });
parentPort!.postMessage({ type: 'ready', buildMs: performance.now() - started });

parentPort!.on('message', (request: ShardRequest) => {
  if (request.type === 'fullTopK') {
    const started = performance.now();
    const result = fullTopK(engine, request.k);
    const { byTalent, byPosition } = result;
    parentPort!.postMessage({ type: 'fullTopK', result, ms: performance.now() - started }, [
      byTalent.indexes.buffer as ArrayBuffer,
      byTalent.scores.buffer as ArrayBuffer,
      byPosition.indexes.buffer as ArrayBuffer,
      byPosition.scores.buffer as ArrayBuffer,
    ]);
  } else if (request.type === 'topTalents') {
    const n = engine.talentCount;
    const scores = new Float32Array(n);
    const eligible = new Uint8Array(n);
    engine.scoreTalentColumn(request.positionId, scores, eligible);
    const heap = new TopKHeap(request.k);
    for (let t = 0; t < n; t++) if (eligible[t] === 1) heap.push(t, scores[t]);
    const indexes = new Int32Array(request.k);
    const top = new Float32Array(request.k);
    heap.drainInto(indexes, top, 0, request.k);
    parentPort!.postMessage({ type: 'topTalents', indexes, scores: top }, [indexes.buffer as ArrayBuffer, top.buffer as ArrayBuffer]);
  } else if (request.type === 'memory') {
    parentPort!.postMessage({ type: 'memory', heapUsed: process.memoryUsage().heapUsed });
  }
});
