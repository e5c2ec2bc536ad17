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

export type ShardRequest =
  | { type: 'fullTopK'; k: number }
  | { type: 'topTalents'; positionId: string; k: number }
  | { type: 'memory' }
  | ShardEditRequest;

/** Position edits and the reads that keep in-memory lists (both-way-lists.ts) up to date. */
export type ShardEditRequest =
  | { type: 'upsertPosition'; profile: PositionProfile }
  | { type: 'removePosition'; id: string }
  /** The position's column over the shard's talents (shard order): scores and eligibility, transferred. */
  | { type: 'column'; positionId: string }
  /** Top k positions of these shard-local talent indexes: k entries each, position indexes, -1 padded. */
  | { type: 'rows'; talents: Int32Array; k: number };

/** A position's column over all talents in `ShardedEngine.talentIds` order. */
export interface ShardedColumn {
  scores: Float32Array;
  eligible: Uint8Array;
  /** Time inside each shard (ms). */
  shardMs: number[];
}

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
    positionIds: readonly string[],
  ) {
    this.currentPositionIds = positionIds;
  }

  /** Position ids in id order, as every shard's engine indexes them (a new array after each change). */
  private currentPositionIds: readonly string[];

  get positionIds(): readonly string[] {
    return this.currentPositionIds;
  }

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

  /**
   * Adds a position or replaces the one with its id in every shard (each rebuilds its position side under
   * its frozen statistics: only this position's column changes). Resolves when all shards are done, with
   * the time each took inside.
   */
  async upsertPosition(profile: PositionProfile): Promise<number[]> {
    const parts = await Promise.all(this.shards.map((s) => request<{ ms: number }>(s.worker, { type: 'upsertPosition', profile })));
    if (!this.currentPositionIds.includes(profile.id)) {
      this.currentPositionIds = [...this.currentPositionIds, profile.id].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
    return parts.map((p) => p.ms);
  }

  /** Removes a position (closed or deleted) from every shard; returns whether it was there. */
  async removePosition(id: string): Promise<boolean> {
    const parts = await Promise.all(this.shards.map((s) => request<{ removed: boolean }>(s.worker, { type: 'removePosition', id })));
    this.currentPositionIds = this.currentPositionIds.filter((p) => p !== id);
    return parts.some((p) => p.removed);
  }

  /** One position's column over every talent (in `talentIds` order), scored by all shards in parallel. */
  async column(positionId: string): Promise<ShardedColumn> {
    const parts = await Promise.all(
      this.shards.map((s) => request<{ scores: Float32Array; eligible: Uint8Array; ms: number }>(s.worker, { type: 'column', positionId })),
    );
    const n = this.talentIds.length;
    const scores = new Float32Array(n);
    const eligible = new Uint8Array(n);
    parts.forEach((p, i) => {
      scores.set(p.scores, this.shards[i].offset);
      eligible.set(p.eligible, this.shards[i].offset);
    });
    return { scores, eligible, shardMs: parts.map((p) => p.ms) };
  }

  /**
   * The top k positions of some talents (ids, or indexes into `talentIds`), for row refills: row r holds
   * the k best eligible positions of the r-th talent asked for, as indexes into `positionIds`, best first.
   */
  async rows(talents: readonly (string | number)[], k: number): Promise<TopKLists> {
    let indexOf: Map<string, number> | undefined;
    const global = Int32Array.from(talents, (t) => {
      if (typeof t === 'number') return t;
      indexOf ??= new Map(this.talentIds.map((id, i) => [id, i]));
      const i = indexOf.get(t);
      if (i === undefined) throw new Error(`unknown talent ${t}`);
      return i;
    });
    const out: TopKLists = { k, rows: global.length, indexes: new Int32Array(global.length * k).fill(-1), scores: new Float32Array(global.length * k).fill(NaN) };
    if (global.length === 0) return out;
    const shardOf = (g: number) => {
      let s = this.shards.length - 1;
      while (s > 0 && this.shards[s].offset > g) s--;
      return s;
    };
    const asked = this.shards.map(() => [] as number[]);
    global.forEach((g, r) => asked[shardOf(g)].push(r));
    await Promise.all(
      this.shards.map(async (s, i) => {
        if (asked[i].length === 0) return;
        const local = Int32Array.from(asked[i], (r) => global[r] - s.offset);
        const part = await request<{ indexes: Int32Array; scores: Float32Array }>(s.worker, { type: 'rows', talents: local, k });
        asked[i].forEach((r, j) => {
          out.indexes.set(part.indexes.subarray(j * k, (j + 1) * k), r * k);
          out.scores.set(part.scores.subarray(j * k, (j + 1) * k), r * k);
        });
      }),
    );
    return out;
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
