import { headerOf } from './import-spec';
import { specFor } from './import-specs';
import type { ImportType } from './import-types';
import { csvLine } from './tabular-writer';

/** An import template: UTF-8 with BOM (Excel and WPS open it as is), "中文/english" headers, one example row. */
export function templateCsv(type: ImportType): string {
  const columns = specFor(type).columns.filter((c) => c.key !== 'id');
  return '\uFEFF' + csvLine(columns.map(headerOf)) + csvLine(columns.map((c) => c.example));
}
