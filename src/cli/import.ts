import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../database/data-source-options';
import { runImport } from '../imports/import-runner';
import { ALL_OR_NOTHING_RULE, IMPORT_TYPES, ImportReport, isImportType } from '../imports/import-types';
import { csvRows, sniffFormat, xlsxRows } from '../imports/row-sources';
import { templateCsv } from '../imports/templates';
import { loadConfig } from '../config/app-config';
import { withDatabaseUrl } from './cli-database';

const HELP = `Usage:
  npm run import -- --template ${IMPORT_TYPES.join('|')}
      Prints a CSV template (UTF-8 with BOM, 中文/English headers, one example row).
  npm run import -- FILE --type ${IMPORT_TYPES.join('|')} [--dry-run] [--json]
      Imports a CSV (UTF-8 with or without BOM, or GBK/GB18030) or XLSX file into DATABASE_URL
      (or the embedded database). Headers may be Chinese, English or both ("岗位名称/title").

${ALL_OR_NOTHING_RULE}

  --dry-run   validate and show what would change; never commits
  --json      print the report as one JSON object {"rows","created","updated","unchanged","errors":[{"row","column","reason"}]}
Progress goes to stderr. Exit status: 0 imported (or dry run without errors), 1 rows rejected, 2 usage.`;

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(HELP);
  process.exit(2);
}

/** A progress bar on stderr: bytes read of the file and rows read; plain lines when stderr is not a terminal. */
function progress(total: number) {
  let bytes = 0;
  let rows = 0;
  let lastLine = 0;
  const draw = (final = false) => {
    const share = total > 0 ? Math.min(1, bytes / total) : 1;
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${rows} rows${final ? '\n' : ''}`);
    } else if (final || rows - lastLine >= 10_000) {
      lastLine = rows;
      process.stderr.write(`${(share * 100).toFixed(0)}% ${rows} rows\n`);
    }
  };
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  return { counter, rows: (n: number) => ((rows = n), draw()), done: () => draw(true) };
}

function printHuman(report: ImportReport): void {
  const mode = report.dryRun ? 'dry run (nothing committed)' : report.committed ? 'committed' : 'NOT committed';
  console.log(`rows ${report.rows}, created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged} — ${mode}`);
  if (report.ignoredColumns.length) console.log(`ignored columns: ${report.ignoredColumns.join(', ')}`);
  for (const diff of report.dryRun ? report.preview : []) {
    const fields = Object.entries(diff.changes).map(([f, [from, to]]) => `${f}: ${JSON.stringify(from)} → ${JSON.stringify(to)}`);
    console.log(`  row ${diff.row} ${diff.action} ${diff.key}: ${fields.join('; ')}`);
  }
  if (report.errors.length) console.log(`${report.errors.length} error(s):`);
  for (const e of report.errors) console.log(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.reason}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h') || args.length === 0) usage();
  const templateAt = args.indexOf('--template');
  if (templateAt >= 0) {
    const type = args[templateAt + 1];
    if (!isImportType(type)) usage(`--template takes one of ${IMPORT_TYPES.join(', ')}`);
    process.stdout.write(templateCsv(type));
    return;
  }
  const typeAt = args.indexOf('--type');
  const type = typeAt >= 0 ? args[typeAt + 1] : undefined;
  if (!isImportType(type)) usage(`--type takes one of ${IMPORT_TYPES.join(', ')}`);
  const dryRun = args.includes('--dry-run');
  const json = args.includes('--json');
  const files = args.filter((a, i) => !a.startsWith('--') && i !== typeAt + 1);
  if (files.length !== 1) usage('name one file');
  const file = files[0];
  const size = (await stat(file)).size;
  const head = Buffer.alloc(4);
  const handle = await open(file, 'r');
  await handle.read(head, 0, 4, 0);
  await handle.close();

  const report = await withDatabaseUrl(async (url) => {
    const dataSource = new DataSource(buildDataSourceOptions({ url, migrationsRun: true }));
    await dataSource.initialize();
    try {
      const bar = progress(size);
      const input = createReadStream(file).pipe(bar.counter);
      let encoding = 'xlsx';
      // The same IMPORT_* limits as the API (parsed inline here: a CLI run has no other callers to starve).
      const limits = loadConfig().imports;
      const rows = sniffFormat(head) === 'xlsx' ? xlsxRows(input, limits) : csvRows(input, (e) => (encoding = e), limits);
      const result = await runImport(dataSource, type, rows, { dryRun, maxErrors: limits.maxErrors, onProgress: ({ rowsRead }) => bar.rows(rowsRead) });
      bar.done();
      result.encoding = encoding;
      return result;
    } finally {
      await dataSource.destroy();
    }
  });
  if (json) {
    const { rows, created, updated, unchanged, errors, dryRun: dry, committed } = report;
    console.log(JSON.stringify({ rows, created, updated, unchanged, errors, dryRun: dry, committed, ...(dry ? { preview: report.preview } : {}) }));
  } else {
    printHuman(report);
  }
  process.exitCode = report.errors.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
