import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { ErrorCode } from '../common/errors/error-codes';
import { OutboxRelay } from '../recompute/outbox-relay.service';
import { runImport } from './import-runner';
import { ImportReport, ImportType } from './import-types';
import { csvRows, FileFormat, sniffFormat, xlsxRows } from './row-sources';

/** Upload limit of the import route only (other routes keep the app's JSON limit): 50,000 rows fit well. */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;
/** Finished jobs are kept this long for GET /imports/:jobId, and at most this many. */
const JOB_TTL_MS = 60 * 60 * 1000;
const MAX_JOBS = 200;

export interface ImportJob {
  jobId: string;
  type: ImportType;
  dryRun: boolean;
  status: 'running' | 'completed' | 'failed';
  format: FileFormat;
  bytes: number;
  rowsRead: number;
  startedAt: string;
  finishedAt: string | null;
  report: ImportReport | null;
  /** An unexpected failure (the database went away); row problems are in the report. */
  error: string | null;
}

class TooLarge extends Error {}

/** Counts bytes on their way to disk and stops the upload past the limit. */
function limiter(limit: number, counter: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      counter.bytes += chunk.length;
      if (counter.bytes > limit) callback(new TooLarge());
      else callback(null, chunk);
    },
  });
}

/**
 * Imports run as jobs: the upload is streamed to a temporary file (the request finishes quickly and
 * memory stays flat), then rows are streamed from the file into the database while GET /imports/:jobId
 * reports progress and, at the end, the report. Jobs live in this process's memory: a job id is only
 * known to the API instance that took the upload.
 */
@Injectable()
export class ImportJobsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Imports');
  private readonly jobs = new Map<string, ImportJob>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async start(type: ImportType, request: Request, dryRun: boolean): Promise<ImportJob> {
    const path = join(tmpdir(), `import-${randomUUID()}`);
    const counter = { bytes: 0 };
    try {
      await this.receive(request, path, counter);
      if (counter.bytes === 0) throw AppException.validation({ file: 'the upload is empty' });
      const format = await sniff(path);
      const job: ImportJob = {
        jobId: randomUUID(),
        type,
        dryRun,
        status: 'running',
        format,
        bytes: counter.bytes,
        rowsRead: 0,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        report: null,
        error: null,
      };
      this.remember(job);
      const run = this.run(job, path).finally(() => this.running.delete(run));
      this.running.add(run);
      return job;
    } catch (error) {
      await unlink(path).catch(() => undefined);
      if (error instanceof TooLarge) {
        throw new AppException(ErrorCode.PayloadTooLarge, `Import files are limited to ${IMPORT_BODY_LIMIT / 1024 / 1024} MB`);
      }
      throw error;
    }
  }

  get(jobId: string): ImportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw AppException.notFound('Import job', jobId);
    return job;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  /** Multipart (the first file field) or a raw body (text/csv, the XLSX type, octet-stream) to a file. */
  private async receive(request: Request, path: string, counter: { bytes: number }): Promise<void> {
    const type = request.headers['content-type'] ?? '';
    if (!type.startsWith('multipart/form-data')) {
      await pipeline(request, limiter(IMPORT_BODY_LIMIT, counter), createWriteStream(path));
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const parser = busboy({ headers: request.headers, limits: { files: 1, fileSize: IMPORT_BODY_LIMIT + 1 } });
      let saving: Promise<void> | null = null;
      parser.on('file', (_field, file) => {
        if (saving) return void file.resume();
        saving = pipeline(file, limiter(IMPORT_BODY_LIMIT, counter), createWriteStream(path));
        saving.catch(reject);
      });
      parser.on('error', reject);
      parser.on('close', () => {
        if (!saving) reject(AppException.validation({ file: 'send the spreadsheet as a multipart field named "file"' }));
        else saving.then(resolve, reject);
      });
      request.pipe(parser);
    });
  }

  private async run(job: ImportJob, path: string): Promise<void> {
    try {
      const input = createReadStream(path);
      let encoding: string = job.format;
      const rows = job.format === 'xlsx' ? xlsxRows(input) : csvRows(input, (detected) => (encoding = detected));
      job.report = await runImport(this.dataSource, job.type, rows, {
        dryRun: job.dryRun,
        onProgress: ({ rowsRead }) => (job.rowsRead = rowsRead),
      });
      job.report.encoding = encoding;
      job.status = 'completed';
      if (job.report.committed) this.relay.kickAfterWrite();
    } catch (error) {
      this.logger.error(error instanceof Error ? error.stack : String(error));
      job.status = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
    } finally {
      job.finishedAt = new Date().toISOString();
      await unlink(path).catch(() => undefined);
    }
  }

  private remember(job: ImportJob): void {
    const now = Date.now();
    for (const [id, old] of this.jobs) {
      const expired = old.finishedAt !== null && now - Date.parse(old.finishedAt) > JOB_TTL_MS;
      if (expired || (this.jobs.size >= MAX_JOBS && old.finishedAt !== null)) this.jobs.delete(id);
    }
    this.jobs.set(job.jobId, job);
  }
}

async function sniff(path: string): Promise<FileFormat> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return sniffFormat(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
