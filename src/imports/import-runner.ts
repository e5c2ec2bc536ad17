import type { DataSource } from 'typeorm';
import { BatchWriter } from './batch-writer';
import { mapHeader } from './header-map';
import { DEFAULT_IMPORT_LIMITS, ImportLimitError } from './import-limits';
import { PER_RECORD_RECOMPUTE_LIMIT } from './import-spec';
import { specFor } from './import-specs';
import { ImportFileError, ImportProgress, ImportReport, ImportType, RowError } from './import-types';
import { ParsedRow, RowParser } from './row-parser';
import type { SourceRow } from './row-sources';

/** Rows written per statement: large enough to amortise round trips, small enough to keep memory flat. */
export const BATCH_SIZE = 500;
const PREVIEW_ROWS = 20;

export interface ImportOptions {
  dryRun: boolean;
  /** Row errors collected before the import stops (the error budget); the report keeps the first ones. */
  maxErrors?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Streams rows from the file into the database in one transaction: each row is parsed and validated as it
 * is read, valid rows are written in batches, and at the end the transaction commits only if no row was
 * invalid and this is not a dry run (all-or-nothing). A dry run does the same writes and rolls them back,
 * so its preview is exactly what the import would do. Recomputes are recorded once, just before commit.
 */
export async function runImport(
  dataSource: DataSource,
  type: ImportType,
  rows: AsyncIterable<SourceRow>,
  options: ImportOptions,
): Promise<ImportReport> {
  const spec = specFor(type);
  const report: ImportReport = { rows: 0, created: 0, updated: 0, unchanged: 0, errors: [], dryRun: options.dryRun, committed: false, ignoredColumns: [], preview: [] };
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  const manager = runner.manager;
  let parser: RowParser | null = null;
  let databaseFailed = false;
  const changedIds: string[] = [];
  let changedMany = false;
  const seenKeys = new Map<string, number>();
  const seenIds = new Map<string, number>();
  let batch: ParsedRow[] = [];
  const addError = (error: RowError) => report.errors.push(error);
  const maxErrors = options.maxErrors ?? DEFAULT_IMPORT_LIMITS.maxErrors;
  // A file of millions of bad rows is refused once the budget is spent, not after listing every one.
  const checkBudget = () => {
    if (report.errors.length <= maxErrors) return;
    report.errors.length = maxErrors;
    throw new ImportLimitError('maxErrors', maxErrors + 1, maxErrors, 'row errors', `the import stopped after its first ${maxErrors} row errors`);
  };

  const flush = async () => {
    const rowsToWrite = batch;
    batch = [];
    if (rowsToWrite.length === 0 || databaseFailed) return;
    try {
      const outcome = await new BatchWriter(manager, spec).write(rowsToWrite, report.errors.length === 0, PREVIEW_ROWS - report.preview.length);
      report.created += outcome.created;
      report.updated += outcome.updated;
      report.unchanged += outcome.unchanged;
      report.preview.push(...outcome.diffs);
      for (const error of outcome.errors) addError({ ...error, column: parser!.columnFor(error.column) });
      if (!changedMany) changedIds.push(...outcome.changedIds);
      if (changedIds.length > PER_RECORD_RECOMPUTE_LIMIT) {
        changedMany = true;
        changedIds.length = 0;
      }
    } catch (error) {
      // The transaction is aborted now; later rows are still parsed and validated, but not written.
      databaseFailed = true;
      const first = rowsToWrite[0].row;
      const last = rowsToWrite[rowsToWrite.length - 1].row;
      const detail = (error as { detail?: string }).detail ?? (error as Error).message;
      addError({ row: first, column: '', reason: `the database rejected rows ${first}–${last}: ${detail}` });
    }
  };

  try {
    // One import per type at a time: two imports of the same keys would otherwise race on the unique key.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`import:${type}`]);
    const resolver = spec.prepare ? await spec.prepare(manager) : undefined;
    let lastProgress = 0;
    for await (const source of rows) {
      if (!parser) {
        if (source.cells.every((c) => !c.trim())) continue;
        const header = mapHeader(spec, source.cells, source.row);
        report.ignoredColumns = header.ignored;
        if (header.errors.length > 0) {
          report.errors.push(...header.errors);
          break;
        }
        parser = new RowParser(spec, header, resolver);
        continue;
      }
      const result = parser.parse(source.row, source.cells);
      if (!result) continue;
      report.rows++;
      result.errors.forEach(addError);
      const parsed = result.parsed;
      if (parsed) {
        const duplicate = checkDuplicate(parsed, seenKeys, seenIds, parser);
        if (duplicate) addError(duplicate);
        else batch.push(parsed);
      }
      checkBudget();
      if (batch.length >= BATCH_SIZE) await flush();
      checkBudget();
      if (report.rows - lastProgress >= 100) {
        lastProgress = report.rows;
        options.onProgress?.({ rowsRead: report.rows });
      }
    }
    await flush();
    checkBudget();
    if (!parser && report.errors.length === 0) addError({ row: 0, column: '', reason: 'the file has no header row' });
    options.onProgress?.({ rowsRead: report.rows });
    const commit = !options.dryRun && report.errors.length === 0;
    if (commit && report.created + report.updated > 0) await spec.recompute?.(manager, changedMany ? null : changedIds);
    if (commit) await runner.commitTransaction();
    else await runner.rollbackTransaction();
    report.committed = commit;
    return report;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    if (!(error instanceof ImportFileError)) throw error;
    if (error instanceof ImportLimitError) report.limit = error.toJSON();
    addError({ row: 0, column: '', reason: error.message });
    return report;
  } finally {
    await runner.release();
  }
}

/** A key or id twice in one file would make the result depend on row order: both rows are reported. */
function checkDuplicate(parsed: ParsedRow, keys: Map<string, number>, ids: Map<string, number>, parser: RowParser): RowError | null {
  if (parsed.key !== null) {
    const first = keys.get(parsed.key);
    if (first !== undefined) return { row: parsed.row, column: parser.headerOf('externalKey'), reason: `key "${parsed.key}" already used in row ${first}` };
    keys.set(parsed.key, parsed.row);
  }
  if (parsed.id !== null) {
    const first = ids.get(parsed.id);
    if (first !== undefined) return { row: parsed.row, column: parser.headerOf('id'), reason: `id already used in row ${first}` };
    ids.set(parsed.id, parsed.row);
  }
  return null;
}
