import { ImportFileError } from './import-types';

/**
 * What one import may cost. Every limit is checked while the file streams (never after loading it), so a
 * hostile file is refused after at most the limit's worth of work, whatever it claims about itself.
 */
export interface ImportLimits {
  /** Upload bytes (413 past it). */
  maxUploadBytes: number;
  /** Data rows (the header not counted). */
  maxRows: number;
  /** Cells in one row. */
  maxColumns: number;
  /** Bytes of one CSV record (an unclosed quote would otherwise make one field of the whole file). */
  maxRowBytes: number;
  /** Row errors collected before the import stops; the report keeps these first ones. */
  maxErrors: number;
  /** XLSX: sum of the entries' uncompressed sizes, declared in the zip directory and counted while inflating. */
  maxXlsxUncompressedBytes: number;
  /** XLSX: entries in the zip. */
  maxXlsxEntries: number;
  /** XLSX: strings in xl/sharedStrings.xml (each is held in memory while the sheet is read). */
  maxSharedStrings: number;
  /** XLSX: cells in the worksheet. */
  maxCells: number;
  /** Heap of the thread that parses the file: a hard backstop behind the limits above. */
  parserHeapMb: number;
  /** Parser threads at a time (imports beyond wait): with `parserHeapMb`, what parsing may add to the process. */
  parserThreads: number;
}

/** The env variable that sets each limit: named in refusals so an operator knows what to raise. */
export const LIMIT_ENV: Record<keyof ImportLimits, string> = {
  maxUploadBytes: 'IMPORT_MAX_UPLOAD_BYTES',
  maxRows: 'IMPORT_MAX_ROWS',
  maxColumns: 'IMPORT_MAX_COLUMNS',
  maxRowBytes: 'IMPORT_MAX_ROW_BYTES',
  maxErrors: 'IMPORT_MAX_ERRORS',
  maxXlsxUncompressedBytes: 'IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES',
  maxXlsxEntries: 'IMPORT_XLSX_MAX_ENTRIES',
  maxSharedStrings: 'IMPORT_XLSX_MAX_SHARED_STRINGS',
  maxCells: 'IMPORT_XLSX_MAX_CELLS',
  parserHeapMb: 'IMPORT_PARSER_HEAP_MB',
  parserThreads: 'IMPORT_PARSER_THREADS',
};

/** A 50,000-row workbook of the zone's templates inflates to ~40 MB with ~1M cells: defaults leave room. */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxUploadBytes: 50 * 1024 * 1024,
  maxRows: 100_000,
  maxColumns: 200,
  maxRowBytes: 1024 * 1024,
  maxErrors: 1_000,
  maxXlsxUncompressedBytes: 256 * 1024 * 1024,
  maxXlsxEntries: 1_000,
  maxSharedStrings: 1_000_000,
  maxCells: 5_000_000,
  parserHeapMb: 256,
  parserThreads: 2,
};

export type LimitName = keyof ImportLimits;

/**
 * The file is over a limit: 413 for the upload size, 422 for everything measured inside it. `measured` is
 * what was counted when the limit tripped (counting stops there, so it is a lower bound of the file's value).
 */
export class ImportLimitError extends ImportFileError {
  constructor(
    readonly limit: LimitName,
    readonly measured: number,
    readonly max: number,
    readonly unit: string,
    readonly what: string,
  ) {
    super(`${what}: ${measured.toLocaleString('en-US')} ${unit} measured, the limit is ${max.toLocaleString('en-US')} (${LIMIT_ENV[limit]})`);
    this.name = 'ImportLimitError';
  }

  get status(): 413 | 422 {
    return this.limit === 'maxUploadBytes' ? 413 : 422;
  }

  static revive(info: ImportLimitInfo & { what: string }): ImportLimitError {
    return new ImportLimitError(info.name, info.measured, info.max, info.unit, info.what);
  }

  toJSON(): ImportLimitInfo {
    return { name: this.limit, env: LIMIT_ENV[this.limit], measured: this.measured, max: this.max, unit: this.unit };
  }
}

export interface ImportLimitInfo {
  name: LimitName;
  env: string;
  measured: number;
  max: number;
  unit: string;
}

/** Checks `measured` against one limit; throws the refusal when over. */
export function checkLimit(limits: ImportLimits, limit: LimitName, measured: number, unit: string, what: string): void {
  if (measured > limits[limit]) throw new ImportLimitError(limit, measured, limits[limit], unit, what);
}
