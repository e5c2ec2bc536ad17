import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FusedRankerParams } from '../index/fused-ranker';
import type { EngineParams } from '../score/engine-params';
import type { PositionProfile, TalentProfile } from '../types';
import { FullTopK, mergeLists, TopKLists } from './full-top-k';

export interface ShardWorkerData {
  positions: PositionProfile[];
  talents: TalentProfile[];
  params?: Partial<EngineParams>;
  relevance?: Partial<FusedRankerParams>;
}

export type ShardRequest = { type: 'fullTopK'; k: number } | { type: 'topTalents'; positionId: string; k: number } | { type: 'memory' };

export interface ShardedEngineOptions {
  /** Worker threads; default: the machine's available parallelism. */
  threads?: number;
  params?: Partial<EngineParams>;
  relevance?: Partial<FusedRankerParams>;
}

interface Shard {
  worker: Worker;
  offset: number;
  buildMs: number;
}

const WORKER_FILE = path.join(__dirname, 'full-top-k.worker.js');

/**
 * One MatchingEngine per worker thread, each over all positions and a contiguous range of the talents
 * (in id order): a full recompute scores the shards in parallel and merges the per-position lists. The
 * text statistics belong to the positions, so every shard scores exactly as a single engine would.
 * Needs the compiled worker file (dist/); under ts-jest there is none.
 */
export class ShardedEngine {
  private constructor(
    private readonly shards: Shard[],
    readonly talentIds: readonly string[],
    readonly positionIds: readonly string[],
  ) {}

  /** Starts the workers and waits until every shard's engine is built. */
  static async start(positions: readonly PositionProfile[], talents: readonly TalentProfile[], options: ShardedEngineOptions = {}): Promise<ShardedEngine> {
    if (!fs.existsSync(WORKER_FILE)) throw new Error(`ShardedEngine needs the compiled worker ${WORKER_FILE} (run the build)`);
    const threads = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), talents.length || 1));
    const sorted = [...talents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const size = Math.ceil(sorted.length / threads);
    const shards = await Promise.all(
      Array.from({ length: threads }, async (_, s) => {
        const workerData: ShardWorkerData = {
          positions: [...positions],
          talents: sorted.slice(s * size, (s + 1) * size),
          params: options.params,
          relevance: options.relevance,
        };
        const worker = new Worker(WORKER_FILE, { workerData });
        const ready = await nextMessage<{ buildMs: number }>(worker);
        return { worker, offset: s * size, buildMs: ready.buildMs };
      }),
    );
    const positionIds = positions.map((p) => p.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return new ShardedEngine(
      shards,
      sorted.map((t) => t.id),
      positionIds,
    );
  }

  get threads(): number {
    return this.shards.length;
  }

  /** Time each worker spent building its engine (ms), measured inside the worker. */
  get buildMs(): number[] {
    return this.shards.map((s) => s.buildMs);
  }

  /** The full top k in both directions (see FullTopK), over all shards. */
  async fullTopK(k: number): Promise<FullTopK & { shardMs: number[] }> {
    const parts = await Promise.all(
      this.shards.map((s) => request<{ result: FullTopK; ms: number }>(s.worker, { type: 'fullTopK', k })),
    );
    const offsets = this.shards.map((s) => s.offset);
    const byTalent = concatRows(parts.map((p) => p.result.byTalent));
    return {
      byTalent,
      byPosition: mergeLists(
        parts.map((p) => p.result.byPosition),
        offsets,
      ),
      scoredPairs: parts.reduce((n, p) => n + p.result.scoredPairs, 0),
      shardMs: parts.map((p) => p.ms),
    };
  }

  /** One position against every talent: each shard's k best (eligible), merged. Indexes into `talentIds`. */
  async topTalentsForPosition(positionId: string, k: number): Promise<TopKLists> {
    const parts = await Promise.all(
      this.shards.map((s) => request<{ indexes: Int32Array; scores: Float32Array }>(s.worker, { type: 'topTalents', positionId, k })),
    );
    return mergeLists(
      parts.map((p) => ({ k, rows: 1, indexes: p.indexes, scores: p.scores })),
      this.shards.map((s) => s.offset),
    );
  }

  /** Heap used by each worker (bytes). */
  async workerHeapUsed(): Promise<number[]> {
    const parts = await Promise.all(this.shards.map((s) => request<{ heapUsed: number }>(s.worker, { type: 'memory' })));
    return parts.map((p) => p.heapUsed);
  }

  async close(): Promise<void> {
    await Promise.all(this.shards.map((s) => s.worker.terminate()));
  }
}

function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: T) => {
      worker.off('error', onError);
      resolve(message);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
  });
}

function request<T>(worker: Worker, message: ShardRequest): Promise<T> {
  const reply = nextMessage<T>(worker);
  worker.postMessage(message);
  return reply;
}

/** Shard rows one after another (talent shards are contiguous, in id order). */
function concatRows(lists: TopKLists[]): TopKLists {
  const k = lists[0].k;
  const rows = lists.reduce((n, l) => n + l.rows, 0);
  const indexes = new Int32Array(rows * k);
  const scores = new Float32Array(rows * k);
  let at = 0;
  for (const l of lists) {
    indexes.set(l.indexes, at);
    scores.set(l.scores, at);
    at += l.rows * k;
  }
  return { k, rows, indexes, scores };
}
