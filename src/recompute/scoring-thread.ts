import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MatchResult } from '../matching/score/match-result';
import type { PositionProfile, TalentProfile } from '../matching/types';

export interface ScoringRequest {
  id: number;
  generation: number;
  /** Sent when the thread's engine belongs to another generation. */
  positions?: PositionProfile[];
  talents: TalentProfile[];
  limit: number;
  minScore: number;
}

export interface ScoringResponse {
  id: number;
  rows?: MatchResult[][];
  needPositions?: boolean;
  error?: string;
}

/**
 * Runs the engine in a worker thread, one request at a time. Only available from the compiled build
 * (the thread loads the .js file); `ScoringThread.available()` says so, and callers score inline otherwise.
 */
export class ScoringThread {
  private readonly worker: Worker;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (r: ScoringResponse) => void; reject: (e: Error) => void }>();

  static readonly file = path.join(__dirname, 'scoring-thread.worker.js');

  static available(): boolean {
    return fs.existsSync(ScoringThread.file);
  }

  constructor() {
    this.worker = new Worker(ScoringThread.file);
    this.worker.on('message', (response: ScoringResponse) => {
      this.waiting.get(response.id)?.resolve(response);
      this.waiting.delete(response.id);
    });
    this.worker.on('error', (error) => {
      for (const pending of this.waiting.values()) pending.reject(error);
      this.waiting.clear();
    });
  }

  /** Explained top rows of each talent against the positions of `generation`. */
  async score(
    generation: number,
    positions: () => PositionProfile[],
    talents: TalentProfile[],
    limit: number,
    minScore: number,
  ): Promise<MatchResult[][]> {
    let response = await this.send({ id: this.next++, generation, talents, limit, minScore });
    if (response.needPositions) response = await this.send({ id: this.next++, generation, positions: positions(), talents, limit, minScore });
    if (response.error) throw new Error(`scoring thread: ${response.error}`);
    return response.rows!;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private send(request: ScoringRequest): Promise<ScoringResponse> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }
}
