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

/** The shard's talent ids in engine order (talents are not edited through the worker: fixed). */
let talentIdCache: string[] | undefined;
const shardTalentIds = () => (talentIdCache ??= engine.talentIds());

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
  } else if (request.type === 'upsertPosition') {
    const started = performance.now();
    engine.upsertPosition(request.profile);
    parentPort!.postMessage({ type: 'upsertPosition', ms: performance.now() - started });
  } else if (request.type === 'removePosition') {
    const removed = engine.removePosition(request.id);
    parentPort!.postMessage({ type: 'removePosition', removed });
  } else if (request.type === 'column') {
    const started = performance.now();
    const n = engine.talentCount;
    const scores = new Float32Array(n);
    const eligible = new Uint8Array(n);
    engine.scoreTalentColumn(request.positionId, scores, eligible);
    parentPort!.postMessage({ type: 'column', scores, eligible, ms: performance.now() - started }, [scores.buffer as ArrayBuffer, eligible.buffer as ArrayBuffer]);
  } else if (request.type === 'rows') {
    const { talents, k } = request;
    const ids = shardTalentIds();
    const n = engine.positionCount;
    const rowScores = new Float32Array(n);
    const rowEligible = new Uint8Array(n);
    const indexes = new Int32Array(talents.length * k);
    const top = new Float32Array(talents.length * k);
    const heap = new TopKHeap(k);
    for (let r = 0; r < talents.length; r++) {
      engine.scoreTalentRow(ids[talents[r]], rowScores, rowEligible);
      for (let p = 0; p < n; p++) if (rowEligible[p] === 1) heap.push(p, rowScores[p]);
      heap.drainInto(indexes, top, r * k, k);
    }
    parentPort!.postMessage({ type: 'rows', indexes, scores: top }, [indexes.buffer as ArrayBuffer, top.buffer as ArrayBuffer]);
  }
});
