import * as ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { CellValue, escapeFormula } from './cell-codecs';

export type ExportFormat = 'csv' | 'xlsx';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Rows out, one at a time, to a stream (an HTTP response, a file): nothing is held but the current row. */
export interface TabularWriter {
  row(cells: (CellValue | null | undefined)[]): Promise<void>;
  end(): Promise<void>;
}

function csvCell(value: CellValue): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (CellValue | null | undefined)[]): string {
  return cells.map((cell) => csvCell(escapeFormula(cell))).join(',') + '\r\n';
}

/** CSV as Excel and WPS open it without asking: UTF-8 with a BOM, CRLF, formula-like cells disarmed. */
export function csvWriter(out: Writable): TabularWriter {
  let started = false;
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  return {
    async row(cells) {
      const line = csvLine(cells);
      await write(started ? line : `\uFEFF${line}`);
      started = true;
    },
    async end() {
      if (!started) await write('\uFEFF');
      out.end();
      await once(out, 'finish').catch(() => undefined);
    },
  };
}

/**
 * XLSX through exceljs' streaming writer: each row is committed (serialised and released) as it is
 * added, and strings are written inline, so memory stays flat on long lists. Strings are escaped too:
 * a sheet saved again as CSV, or opened by a lenient reader, must not turn "=…" into a formula.
 */
export function xlsxWriter(out: Writable, sheetName: string): TabularWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  let first = true;
  return {
    async row(cells) {
      const row = sheet.addRow(cells.map((cell) => escapeFormula(cell)));
      if (first) row.font = { bold: true };
      first = false;
      row.commit();
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

export function tabularWriter(format: ExportFormat, out: Writable, sheetName: string): TabularWriter {
  return format === 'csv' ? csvWriter(out) : xlsxWriter(out, sheetName);
}
