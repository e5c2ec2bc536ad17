import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DetectedEncoding } from './decode-stream';
import { ImportLimitError, ImportLimitInfo, ImportLimits } from './import-limits';
import { ImportFileError } from './import-types';
import type { FileFormat, SourceRow } from './row-sources';

export interface ParseRequest {
  path: string;
  format: FileFormat;
  limits: ImportLimits;
  /**
   * The thread's temp folder: exceljs spools a worksheet that comes before the shared strings to a temp
   * file, which a terminated thread never removes; the caller removes this folder with the upload.
   */
  spoolDir?: string;
}

/** At most `size` parser threads at a time (each may use its heap cap); the others wait their turn. */
export class ParserSlots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = size;
  }

  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((r) => this.waiting.push(r));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}

export type ParseMessage =
  | { type: 'rows'; rows: SourceRow[] }
  | { type: 'encoding'; encoding: DetectedEncoding }
  | { type: 'end' }
  | { type: 'error'; message: string; limit?: ImportLimitInfo & { what: string }; file?: boolean };

/** Batches the thread may send ahead of the rows the import has taken: memory stays a few batches deep. */
const IN_FLIGHT = 2;

/**
 * The compiled thread script: beside this file in dist, or dist's copy when this runs from src (tests
 * under jest; `npm test` builds first). Null when neither exists: files are then parsed inline.
 */
export const PARSE_WORKER_FILE: string | null = [
  join(__dirname, 'import-parse.worker.js'),
  resolve(__dirname, '../../dist/src/imports/import-parse.worker.js'),
].find((file) => existsSync(file)) ?? null;

/**
 * A file's rows, parsed in a worker thread so that inflating, XML and CSV parsing never run on the API's
 * event loop. The thread sends rows in batches and waits for credit (backpressure); its heap is capped by
 * `resourceLimits`, a backstop behind the streaming limits. Stopping the iteration (the import is done
 * with the file, or refused it) terminates the thread.
 */
export async function* threadRows(
  request: ParseRequest,
  onEncoding?: (encoding: DetectedEncoding) => void,
  slots?: ParserSlots,
): AsyncGenerator<SourceRow> {
  if (!PARSE_WORKER_FILE) throw new Error('the import parser thread is not built (run npm run build)');
  const release = slots ? await slots.acquire() : () => undefined;
  try {
    yield* parseInThread(PARSE_WORKER_FILE, request, onEncoding);
  } finally {
    release();
  }
}

async function* parseInThread(file: string, request: ParseRequest, onEncoding?: (encoding: DetectedEncoding) => void): AsyncGenerator<SourceRow> {
  const worker = new Worker(file, {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: request.limits.parserHeapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
  });
  const queue: ParseMessage[] = [];
  let failure: (Error & { code?: string }) | null = null;
  let exited = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  worker.on('message', (message: ParseMessage) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure = error;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  for (let i = 0; i < IN_FLIGHT; i++) worker.postMessage('more');
  try {
    for (;;) {
      const message = queue.shift();
      if (!message) {
        if (failure || exited) break;
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      if (message.type === 'rows') {
        worker.postMessage('more');
        yield* message.rows;
      } else if (message.type === 'encoding') {
        onEncoding?.(message.encoding);
      } else if (message.type === 'end') {
        return;
      } else {
        if (message.limit) throw ImportLimitError.revive(message.limit);
        if (message.file) throw new ImportFileError(message.message);
        throw new Error(`import parser: ${message.message}`);
      }
    }
    const error = failure as (Error & { code?: string }) | null;
    if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      const max = request.limits.parserHeapMb;
      throw new ImportLimitError('parserHeapMb', max, max, 'MB of parser heap', 'parsing the file needs more memory than allowed');
    }
    throw new ImportFileError(`the file could not be parsed (the parser stopped: ${error?.message ?? 'exited'})`);
  } finally {
    await worker.terminate();
  }
}
