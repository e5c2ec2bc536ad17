import * as ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { writeZipBombXlsx } from '../../bench/imports/hostile-files';
import { DEFAULT_IMPORT_LIMITS, ImportLimitError, ImportLimits } from './import-limits';
import { csvRows, xlsxRows } from './row-sources';
import { readZipDirectory, scanXlsx, TagCounter } from './zip-scan';

const limits = (patch: Partial<ImportLimits>): ImportLimits => ({ ...DEFAULT_IMPORT_LIMITS, ...patch });

async function drain(rows: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _row of rows) n++;
  return n;
}

async function refusal(work: Promise<unknown>): Promise<ImportLimitError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportLimitError);
  return error as ImportLimitError;
}

describe('import limits, checked while streaming', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'import-limits-unit-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('CSV: refuses the row after the row limit, a row with too many columns, and an endless quoted field', async () => {
    const csv = (text: string) => Readable.from([Buffer.from(text)]);
    const rows = ['h1,h2', ...Array.from({ length: 20 }, (_, i) => `${i},x`)].join('\n');
    expect(await drain(csvRows(csv(rows), undefined, limits({ maxRows: 20 })))).toBe(21);
    const tooMany = await refusal(drain(csvRows(csv(rows), undefined, limits({ maxRows: 19 }))));
    expect(tooMany.toJSON()).toEqual({ name: 'maxRows', env: 'IMPORT_MAX_ROWS', measured: 20, max: 19, unit: 'data rows' });
    expect(tooMany.status).toBe(422);
    const wide = await refusal(drain(csvRows(csv(`a\n${'x,'.repeat(300)}x\n`), undefined, limits({ maxColumns: 200 }))));
    expect(wide.limit).toBe('maxColumns');
    const quoted = await refusal(drain(csvRows(csv(`a\n"${'y'.repeat(5000)}`), undefined, limits({ maxRowBytes: 1024 }))));
    expect(quoted.limit).toBe('maxRowBytes');
  });

  it('XLSX: refuses past the cell limit while reading the sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('t');
    for (let r = 0; r < 50; r++) sheet.addRow(Array.from({ length: 10 }, (_, c) => `r${r}c${c}`));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await drain(xlsxRows(Readable.from([buffer]), limits({ maxCells: 500 })))).toBe(50);
    const error = await refusal(drain(xlsxRows(Readable.from([buffer]), limits({ maxCells: 499 }))));
    expect(error.toJSON()).toMatchObject({ name: 'maxCells', measured: 500, max: 499 });
  });

  it('zip: the declared total is refused from the directory; lying sizes by the bytes really inflated', async () => {
    const honest = writeZipBombXlsx(join(dir, 'honest.xlsx'), 0.1, { sizes: 'honest', content: 'one-string' });
    const declared = await refusal(readZipDirectory(honest.path, limits({ maxXlsxUncompressedBytes: 10 * 1024 * 1024 })));
    expect(declared.unit).toBe('bytes declared uncompressed');
    expect(declared.measured).toBeGreaterThan(10 * 1024 * 1024);

    const lying = writeZipBombXlsx(join(dir, 'lying.xlsx'), 0.1, { sizes: 'lying', content: 'one-string' });
    const small = limits({ maxXlsxUncompressedBytes: 10 * 1024 * 1024 });
    const directory = await readZipDirectory(lying.path, small);
    expect(directory.declaredTotal).toBeLessThan(1024 * 1024);
    const inflated = await refusal(scanXlsx(lying.path, small, directory));
    expect(inflated.unit).toBe('bytes inflated');
    // Counting stops within one zlib chunk of the limit, not at what the file would inflate to.
    expect(inflated.measured).toBeLessThan(11 * 1024 * 1024);
    expect(lying.inflatedBytes).toBeGreaterThan(50 * 1024 * 1024);
  });

  it('counts <si> tags cut by chunk boundaries exactly once', () => {
    const text = Buffer.from('<sst><si><t>a</t></si><si ><t>b</t></si><sis/><si/></sst>');
    for (let cut = 1; cut < text.length; cut++) {
      const counter = new TagCounter(Buffer.from('<si'));
      counter.write(text.subarray(0, cut));
      counter.write(text.subarray(cut));
      expect(counter.count).toBe(3);
    }
  });
});
