import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RejectedPosition, RowOptions, TalentRowOutcome } from '../matching/engine/talent-rows';
import type { PositionProfile, TalentProfile } from '../matching/types';

export interface ScoringRequest {
  id: number;
  generation: number;
  /** Sent when the thread's engine belongs to another generation. */
  positions?: PositionProfile[];
  talents: TalentProfile[];
  options: RowOptions;
}

export interface ScoringResponse {
  id: number;
  outcomes?: TalentRowOutcome[];
  /** Positions the thread's new engine could not index (only when positions were sent). */
  rejected?: RejectedPosition[];
  needPositions?: boolean;
  error?: string;
}

export interface ScoredBatch {
  outcomes: TalentRowOutcome[];
  rejected: RejectedPosition[];
}

/**
 * Runs the engine in a worker thread, one request at a time. Only available from the compiled build
 * (the thread loads the .js file); `ScoringThread.available()` says so, and callers score inline otherwise.
 * A thread that dies (a profile that overflows the stack, say) fails the requests in flight and is
 * started again on the next request, so one bad batch never disables scoring for the process.
 */
export class ScoringThread {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (r: ScoringResponse) => void; reject: (e: Error) => void }>();

  static readonly file = path.join(__dirname, 'scoring-thread.worker.js');

  static available(): boolean {
    return fs.existsSync(ScoringThread.file);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(ScoringThread.file);
    const failAll = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const pending of this.waiting.values()) pending.reject(error);
      this.waiting.clear();
    };
    worker.on('message', (response: ScoringResponse) => {
      this.waiting.get(response.id)?.resolve(response);
      this.waiting.delete(response.id);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`scoring thread exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  /** Explained top rows (or the reason not) of each talent against the positions of `generation`. */
  async score(generation: number, positions: () => PositionProfile[], talents: TalentProfile[], options: RowOptions): Promise<ScoredBatch> {
    let response = await this.send({ id: this.next++, generation, talents, options });
    if (response.needPositions) response = await this.send({ id: this.next++, generation, positions: positions(), talents, options });
    if (response.error) throw new Error(`scoring thread: ${response.error}`);
    return { outcomes: response.outcomes!, rejected: response.rejected ?? [] };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private send(request: ScoringRequest): Promise<ScoringResponse> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.thread().postMessage(request);
    });
  }
}
