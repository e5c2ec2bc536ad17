import type { ImportLimitInfo } from './import-limits';

export const IMPORT_TYPES = ['talents', 'positions', 'universities', 'programmes'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export function isImportType(value: unknown): value is ImportType {
  return typeof value === 'string' && (IMPORT_TYPES as readonly string[]).includes(value);
}

/** One problem in the file: the row as numbered in the spreadsheet (header = 1), the header as written. */
export interface RowError {
  row: number;
  column: string;
  reason: string;
}

export interface RowDiff {
  row: number;
  key: string;
  action: 'created' | 'updated';
  /** Field → [before, after]; before is null for a created record. */
  changes: Record<string, [unknown, unknown]>;
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  dryRun: boolean;
  /** True only when the rows are in the database: no errors and not a dry run. */
  committed: boolean;
  encoding?: string;
  /** Headers that matched no column; they are ignored. */
  ignoredColumns: string[];
  /** The first changed rows, so a dry run shows what would change. */
  preview: RowDiff[];
  /** Set when the file was refused for a limit (the rows read until then are reported). */
  limit?: ImportLimitInfo;
}

export interface ImportProgress {
  rowsRead: number;
}

/** A problem with the file as a whole (not a spreadsheet, wrong encoding): reported as row 0. */
export class ImportFileError extends Error {}

/**
 * The rule the API and the CLI document: an import is all-or-nothing. Every row is validated; if any
 * row is invalid nothing is committed and the report lists every bad row. A dry run never commits.
 */
export const ALL_OR_NOTHING_RULE =
  'An import is all-or-nothing: if any row is invalid, nothing is committed and the report lists every bad row ' +
  '(row number as in the file, column header, reason), up to the error budget (IMPORT_MAX_ERRORS, then the import stops). A dry run never commits; it reports what would be created, ' +
  'updated or left unchanged, with the first rows\' differences. Rows are matched by their key column (编号/key): ' +
  'an existing key is updated, a new key created, so importing the same file twice changes nothing. A column left ' +
  'out of the file leaves that field as it is; an empty cell sets the field to its default.';
