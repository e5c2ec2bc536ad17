import type { ColumnSpec, ImportSpec } from './import-spec';
import type { RowError } from './import-types';

export interface MappedColumn {
  index: number;
  /** The header as written in the file, for error reports. */
  header: string;
  spec: ColumnSpec;
}

export interface HeaderMap {
  columns: MappedColumn[];
  ignored: string[];
  errors: RowError[];
}

/** Case, width, spaces and required-field markers do not matter: "岗位名称 * / Title" is "岗位名称/title". */
export function normaliseHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').normalize('NFKC').toLowerCase().replace(/[\s*_]/g, '');
}

function aliasesOf(column: ColumnSpec): string[] {
  return [column.zh, column.en, column.key, `${column.zh}/${column.en}`, ...(column.aliases ?? [])].map(normaliseHeader);
}

/**
 * Matches each header to a column by its whole text or by any of its parts ("岗位名称/title",
 * "岗位名称(title)", "title" and "岗位名称" all name the title column), so Chinese-only, English-only
 * and bilingual templates all import. Unknown headers are reported and ignored; a column named twice
 * and a missing required column are errors of the header row.
 */
export function mapHeader(spec: ImportSpec, cells: string[], headerRow: number): HeaderMap {
  const byAlias = new Map<string, ColumnSpec>();
  for (const column of spec.columns) for (const alias of aliasesOf(column)) if (!byAlias.has(alias)) byAlias.set(alias, column);
  const result: HeaderMap = { columns: [], ignored: [], errors: [] };
  const seen = new Map<string, string>();
  cells.forEach((raw, index) => {
    const header = raw.replace(/^\uFEFF/, '').trim();
    if (!header) return;
    const whole = normaliseHeader(header);
    let column = byAlias.get(whole);
    if (!column) {
      const parts = whole.split(/[/|()[\]]+/).filter(Boolean);
      const found = new Set(parts.map((p) => byAlias.get(p)).filter((c): c is ColumnSpec => c !== undefined));
      if (found.size === 1) column = [...found][0];
      else if (found.size > 1) {
        result.errors.push({ row: headerRow, column: header, reason: 'header names more than one column' });
        return;
      }
    }
    if (!column) {
      result.ignored.push(header);
      return;
    }
    const previous = seen.get(column.key);
    if (previous !== undefined) {
      result.errors.push({ row: headerRow, column: header, reason: `same column as "${previous}"` });
      return;
    }
    seen.set(column.key, header);
    result.columns.push({ index, header, spec: column });
  });
  for (const column of spec.columns) {
    if (column.required && !seen.has(column.key)) {
      result.errors.push({ row: headerRow, column: `${column.zh}/${column.en}`, reason: 'required column is missing' });
    }
  }
  if (!seen.has('externalKey') && !seen.has('id')) {
    result.errors.push({ row: headerRow, column: '编号/key', reason: 'required column is missing (the key matches rows to records)' });
  }
  if (spec.prepare && !spec.columns.some((c) => c.reference && c.key !== 'id' && seen.has(c.key))) {
    const refs = spec.columns.filter((c) => c.reference && c.key !== 'id').map((c) => `${c.zh}/${c.en}`);
    result.errors.push({ row: headerRow, column: refs.join(' | '), reason: 'one of these columns is required' });
  }
  return result;
}
