import { parse } from 'csv-parse';
import * as ExcelJS from 'exceljs';
import { pipeline, Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { DecodeStream, DetectedEncoding } from './decode-stream';
import { checkLimit, DEFAULT_IMPORT_LIMITS, ImportLimitError, ImportLimits } from './import-limits';
import { ImportFileError } from './import-types';

/** A row as the spreadsheet numbers it (header = 1) and its cells as text. */
export interface SourceRow {
  row: number;
  cells: string[];
}

export type FileFormat = 'csv' | 'xlsx';

/** XLSX files are zip archives; everything else is read as delimited text. */
export function sniffFormat(firstBytes: Buffer): FileFormat {
  return firstBytes[0] === 0x50 && firstBytes[1] === 0x4b && firstBytes[2] === 0x03 && firstBytes[3] === 0x04 ? 'xlsx' : 'csv';
}

/**
 * CSV rows, streamed: bytes → encoding detection → csv-parse, one record at a time. The row number counts
 * records, blank ones included, which is the row Excel and WPS show (a quoted cell may span lines).
 */
export async function* csvRows(
  input: Readable,
  onEncoding?: (encoding: DetectedEncoding) => void,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): AsyncGenerator<SourceRow> {
  const parser = parse({
    relax_column_count: true,
    skip_empty_lines: false,
    delimiter: [',', '\t'],
    relax_quotes: false,
    max_record_size: limits.maxRowBytes,
  });
  pipeline(input, new DecodeStream(onEncoding), parser, () => undefined);
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row++;
      checkShape(limits, row, cells.length);
      yield { row, cells };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      throw new ImportLimitError('maxRowBytes', limits.maxRowBytes + 1, limits.maxRowBytes, 'characters', `row ${row + 1} is too long`);
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(`row ${row + 1}: the file is not valid CSV (${message})`);
  } finally {
    input.destroy();
  }
}

/** Row numbers count the header, so data rows are one fewer. */
function checkShape(limits: ImportLimits, row: number, columns: number): void {
  checkLimit(limits, 'maxRows', row - 1, 'data rows', 'the file has too many rows');
  checkLimit(limits, 'maxColumns', columns, 'columns', `row ${row} has too many columns`);
}

type CellObject = { richText?: { text: string }[]; text?: string; result?: unknown; error?: string; hyperlink?: string };

/** A cell's value as text: rich text joined, a formula's cached result, dates as ISO dates. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const cell = value as CellObject;
  if (cell.richText) return cell.richText.map((part) => part.text).join('');
  if (cell.text !== undefined) return cellText(cell.text);
  if ('result' in cell) return cellText(cell.result);
  if (cell.error) return cell.error;
  return String(value);
}

/** Buffers to text, keeping a character whose bytes straddle two chunks whole. */
async function* utf8Chunks(chunks: AsyncIterable<Buffer | string>, count: (bytes: number) => void): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    count(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length);
    yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

type ReaderInternals = {
  sharedStrings?: unknown[];
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
};

/**
 * exceljs 4.4's streaming reader decodes each zip chunk on its own (TextDecoder without `stream`), which
 * turns a CJK character cut by a chunk boundary into U+FFFD. Its SAX step passes strings through, so
 * handing it text decoded across chunks fixes that without touching how it parses. The same hooks count
 * the bytes inflated into the parser and the shared strings cached, so the limits hold while it reads.
 */
class Utf8SafeWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(input: Readable, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>, limits: ImportLimits) {
    super(input, options);
    const self = this as unknown as ReaderInternals;
    const sharedStrings = self._parseSharedStrings.bind(this);
    const worksheet = self._parseWorksheet.bind(this);
    let inflated = 0;
    const count = (bytes: number) => {
      inflated += bytes;
      checkLimit(limits, 'maxXlsxUncompressedBytes', inflated, 'bytes inflated', 'the workbook inflates to too much data');
      checkLimit(limits, 'maxSharedStrings', self.sharedStrings?.length ?? 0, 'shared strings', 'the workbook has too many shared strings');
    };
    self._parseSharedStrings = (entry) => sharedStrings(Readable.from(utf8Chunks(entry, count)));
    self._parseWorksheet = (iterator, sheetNo) => worksheet(utf8Chunks(iterator, count), sheetNo);
  }
}

/**
 * The first worksheet's rows through exceljs' streaming reader (shared strings are cached, rows are not),
 * so a 50,000-row workbook never sits in memory whole.
 */
export async function* xlsxRows(input: Readable, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): AsyncGenerator<SourceRow> {
  const reader = new Utf8SafeWorkbookReader(
    input,
    { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' },
    limits,
  );
  let cellCount = 0;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        checkShape(limits, row.number, values.length - 1);
        cellCount += values.length - 1;
        checkLimit(limits, 'maxCells', cellCount, 'cells', 'the workbook has too many cells');
        // exceljs row values are 1-based (index 0 is empty).
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        yield { row: row.number, cells };
      }
      return;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`the file is not a readable XLSX workbook (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    input.destroy();
  }
}
