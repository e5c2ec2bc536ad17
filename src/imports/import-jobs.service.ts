import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { ErrorBody, ErrorCode } from '../common/errors/error-codes';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OutboxRelay } from '../recompute/outbox-relay.service';
import { DEFAULT_IMPORT_LIMITS, ImportLimitError, ImportLimitInfo, ImportLimits } from './import-limits';
import { runImport } from './import-runner';
import { ImportReport, ImportType } from './import-types';
import { PARSE_WORKER_FILE, ParserSlots, threadRows } from './parse-thread';
import { csvRows, FileFormat, sniffFormat, SourceRow, xlsxRows } from './row-sources';
import { readZipDirectory } from './zip-scan';

/** The default upload limit of the import route (IMPORT_MAX_UPLOAD_BYTES; other routes keep the JSON limit). */
export const IMPORT_BODY_LIMIT = DEFAULT_IMPORT_LIMITS.maxUploadBytes;
/** Uploads are saved as `baotou-import-<uuid>` (and the parser's `….d` folder) in IMPORT_TEMP_DIR; ones older than this are a crashed process's. */
const TEMP_PREFIX = 'baotou-import-';
const STALE_UPLOAD_MS = 60 * 60 * 1000;
/** Finished jobs are kept this long for GET /imports/:jobId, and at most this many. */
const JOB_TTL_MS = 60 * 60 * 1000;
const MAX_JOBS = 200;

export interface ImportJob {
  jobId: string;
  type: ImportType;
  dryRun: boolean;
  /** `refused`: the file is over a limit; `refusal` says which, and the report holds the rows read until then. */
  status: 'running' | 'completed' | 'refused' | 'failed';
  format: FileFormat;
  bytes: number;
  rowsRead: number;
  startedAt: string;
  finishedAt: string | null;
  report: ImportReport | null;
  /** An unexpected failure (the database went away); row problems are in the report. */
  error: string | null;
  refusal: ImportRefusal | null;
}

/** The error body (`code`, `message`, `fields` naming the limit's variable) with the status it stands for. */
export type ImportRefusal = ErrorBody & { status: number; limit: ImportLimitInfo };

class TooLarge extends Error {}
class Aborted extends Error {}

/** A limit as the API's error: 413 for the upload, 422 otherwise; the field is the variable to raise. */
function refusalOf(info: ImportLimitInfo, message: string): ImportRefusal {
  const status = info.name === 'maxUploadBytes' ? 413 : 422;
  return {
    status,
    code: status === 413 ? ErrorCode.PayloadTooLarge : ErrorCode.ImportLimitExceeded,
    message,
    fields: { [info.env]: `${info.measured} ${info.unit} measured, limit ${info.max}` },
    limit: info,
  };
}

/** The refusal thrown from POST itself (upload size, zip directory), in the `{ code, message, fields }` body. */
export function limitException(error: ImportLimitError): AppException {
  const refusal = refusalOf(error.toJSON(), error.message);
  return new AppException(refusal.code, refusal.message, refusal.fields);
}

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
export class ImportJobsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Imports');
  private readonly jobs = new Map<string, ImportJob>();
  private readonly running = new Set<Promise<void>>();
  private readonly limits: ImportLimits;
  private readonly tempDir: string;
  private readonly slots: ParserSlots;

  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = config.imports;
    this.tempDir = config.importTempDir;
    this.slots = new ParserSlots(config.imports.parserThreads);
  }

  /** Uploads a crashed process left behind (its `finally` never ran) go at the next start. */
  async onModuleInit(): Promise<void> {
    const now = Date.now();
    const names = await readdir(this.tempDir).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.startsWith(TEMP_PREFIX)) continue;
      const path = join(this.tempDir, name);
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > STALE_UPLOAD_MS) await rm(path, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  async start(type: ImportType, request: Request, dryRun: boolean): Promise<ImportJob> {
    const path = join(this.tempDir, `${TEMP_PREFIX}${randomUUID()}`);
    const counter = { bytes: 0 };
    try {
      await this.receive(request, path, counter);
      if (counter.bytes === 0) throw AppException.validation({ file: 'the upload is empty' });
      const format = await sniff(path);
      // The zip directory is a few KB at the end of the file: an entry count or declared size over the
      // limits is refused now, before anything is inflated (what inflating yields is counted in the thread).
      // A zip that cannot be read at all is reported by the job, as any unreadable file.
      if (format === 'xlsx') await readZipDirectory(path, this.limits).catch((error: unknown) => {
        if (error instanceof ImportLimitError) throw error;
      });
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
        refusal: null,
      };
      this.remember(job);
      const run = this.run(job, path).finally(() => this.running.delete(run));
      this.running.add(run);
      return job;
    } catch (error) {
      await unlink(path).catch(() => undefined);
      if (error instanceof TooLarge) {
        throw limitException(new ImportLimitError('maxUploadBytes', counter.bytes, this.limits.maxUploadBytes, 'bytes', 'the upload is too large'));
      }
      if (error instanceof ImportLimitError) throw limitException(error);
      if (error instanceof Aborted) throw AppException.validation({ file: 'the upload was interrupted' });
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

  /**
   * Multipart (the first file field) or a raw body (text/csv, the XLSX type, octet-stream) to a file. A
   * client that goes away mid-upload rejects the promise (the caller removes the partial file).
   */
  private async receive(request: Request, path: string, counter: { bytes: number }): Promise<void> {
    const type = request.headers['content-type'] ?? '';
    const max = this.limits.maxUploadBytes;
    if (!type.startsWith('multipart/form-data')) {
      await pipeline(request, limiter(max, counter), createWriteStream(path)).catch((error: unknown) => {
        throw error instanceof TooLarge ? error : request.complete ? error : new Aborted();
      });
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const parser = busboy({ headers: request.headers, limits: { files: 1, fileSize: max + 1 } });
      // pipe() forwards no errors: an aborted request would leave busboy waiting for ever.
      request.on('close', () => {
        if (!request.complete) {
          parser.destroy();
          reject(new Aborted());
        }
      });
      let saving: Promise<void> | null = null;
      parser.on('file', (_field, file) => {
        if (saving) return void file.resume();
        saving = pipeline(file, limiter(max, counter), createWriteStream(path));
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

  /** The job's outcome is published only once the upload is gone, so a finished job never leaves a file. */
  private async run(job: ImportJob, path: string): Promise<void> {
    let outcome: Pick<ImportJob, 'status' | 'report' | 'error' | 'refusal'>;
    const spoolDir = `${path}.d`;
    try {
      let encoding: string = job.format;
      await mkdir(spoolDir);
      const rows = this.rows(path, spoolDir, job.format, (detected) => (encoding = detected));
      const report = await runImport(this.dataSource, job.type, rows, {
        dryRun: job.dryRun,
        maxErrors: this.limits.maxErrors,
        onProgress: ({ rowsRead }) => (job.rowsRead = rowsRead),
      });
      report.encoding = encoding;
      if (report.limit) {
        const refusal = refusalOf(report.limit, report.errors[report.errors.length - 1]?.reason ?? 'over an import limit');
        outcome = { status: 'refused', report, error: refusal.message, refusal };
      } else {
        outcome = { status: 'completed', report, error: null, refusal: null };
      }
      if (report.committed) this.relay.kickAfterWrite();
    } catch (error) {
      this.logger.error(error instanceof Error ? error.stack : String(error));
      outcome = { status: 'failed', report: null, error: error instanceof Error ? error.message : String(error), refusal: null };
    }
    await unlink(path).catch(() => undefined);
    await rm(spoolDir, { recursive: true, force: true }).catch(() => undefined);
    Object.assign(job, outcome, { finishedAt: new Date().toISOString() });
  }

  /** Rows from the parser thread; inline (same limits, on this event loop) only when the thread is not built. */
  private rows(path: string, spoolDir: string, format: FileFormat, onEncoding: (encoding: string) => void): AsyncIterable<SourceRow> {
    if (PARSE_WORKER_FILE) return threadRows({ path, format, limits: this.limits, spoolDir }, onEncoding, this.slots);
    const input = createReadStream(path);
    return format === 'xlsx' ? xlsxRows(input, this.limits) : csvRows(input, onEncoding, this.limits);
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
