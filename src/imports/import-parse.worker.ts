/**
 * The import parser thread: checks an XLSX file's zip against the limits (directory, then inflating every
 * entry once while counting), then streams rows of the first sheet or of the CSV to the main thread in
 * batches, sending the next batch only when the main thread asks for it.
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ImportLimitError } from './import-limits';
import { ImportFileError } from './import-types';
import type { ParseMessage, ParseRequest } from './parse-thread';
import { csvRows, SourceRow, xlsxRows } from './row-sources';
import { readZipDirectory, scanXlsx } from './zip-scan';

const BATCH_ROWS = 500;
const BATCH_CELLS = 20_000;

const port = parentPort!;
let credit = 0;
let waiting: (() => void) | null = null;
port.on('message', (message: unknown) => {
  if (message !== 'more') return;
  credit++;
  const w = waiting;
  waiting = null;
  w?.();
});

const post = (message: ParseMessage) => port.postMessage(message);

async function send(rows: SourceRow[]): Promise<void> {
  while (credit === 0) await new Promise<void>((r) => (waiting = r));
  credit--;
  post({ type: 'rows', rows });
}

async function main(): Promise<void> {
  const { path, format, limits, spoolDir } = workerData as ParseRequest;
  if (spoolDir) {
    // exceljs' temp files (through the tmp package) go where os.tmpdir() says, asked at each file; this
    // thread's os module is its own, so the change stays in this thread.
    const os = require('node:os') as typeof import('node:os');
    os.tmpdir = () => spoolDir;
  }
  if (format === 'xlsx') await scanXlsx(path, limits, await readZipDirectory(path, limits));
  const input = createReadStream(path);
  const rows = format === 'xlsx' ? xlsxRows(input, limits) : csvRows(input, (encoding) => post({ type: 'encoding', encoding }), limits);
  let batch: SourceRow[] = [];
  let cells = 0;
  for await (const row of rows) {
    batch.push(row);
    cells += row.cells.length;
    if (batch.length >= BATCH_ROWS || cells >= BATCH_CELLS) {
      await send(batch);
      batch = [];
      cells = 0;
    }
  }
  if (batch.length > 0) await send(batch);
  post({ type: 'end' });
}

main().catch((error: unknown) => {
  if (error instanceof ImportLimitError) post({ type: 'error', message: error.message, limit: { ...error.toJSON(), what: error.what } });
  else if (error instanceof ImportFileError) post({ type: 'error', message: error.message, file: true });
  else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
});
