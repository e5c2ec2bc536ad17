import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { FieldErrors } from '../common/errors/error-codes';
import { sanitize } from '../common/validation/sanitize-text.pipe';
import { flattenValidationErrors } from '../common/validation/validation.pipe';
import { unescapeFormula } from './cell-codecs';
import type { HeaderMap, MappedColumn } from './header-map';
import type { ImportSpec, ReferenceResolver } from './import-spec';
import type { RowError } from './import-types';

export interface ParsedRow {
  row: number;
  /** The record id, when the file names it (exports carry it, so records without a key round-trip). */
  id: string | null;
  key: string | null;
  /** Entity property (or side-table key) → value to store, for the columns the file has. */
  record: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
}

function getPath(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node == null ? undefined : (node as Record<string, unknown>)[part]), source);
}

/** Class instances (nested DTOs) to plain JSON values, dropping undefined, as they will be stored. */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * One spreadsheet row to the values to store, through the API's own rules: the same text sanitising
 * (NFKC for codes, free text as typed, no control characters) and the same DTO with class-validator. Errors name the column as the
 * file wrote it.
 */
export class RowParser {
  private readonly stored: MappedColumn[];

  constructor(
    private readonly spec: ImportSpec,
    private readonly header: HeaderMap,
    private readonly resolve?: ReferenceResolver,
  ) {
    this.stored = header.columns.filter((c) => !c.spec.reference);
  }

  /** Null for a row whose cells are all empty (spreadsheets keep blank lines; they are skipped). */
  parse(row: number, cells: string[]): { parsed: ParsedRow | null; errors: RowError[] } | null {
    const errors: RowError[] = [];
    const texts = new Map<string, string>();
    for (const column of this.header.columns) {
      const raw = cells[column.index] ?? '';
      if (raw === '') continue;
      const sanitizeErrors: FieldErrors = {};
      // The field's key, not the header, decides whether the cell is free text (kept as typed) or a code.
      const clean = sanitize(raw, column.spec.key, sanitizeErrors) as string;
      const reason = Object.values(sanitizeErrors)[0];
      if (reason) errors.push({ row, column: column.header, reason });
      const value = unescapeFormula(clean.trim());
      if (value !== '') texts.set(column.spec.key, value);
    }
    if (texts.size === 0 && errors.length === 0) return null;

    const input: Record<string, unknown> = {};
    const refs: Record<string, string | undefined> = {};
    for (const column of this.header.columns) {
      const text = texts.get(column.spec.key);
      if (column.spec.reference) refs[column.spec.key] = text;
      else if (text !== undefined) setPath(input, column.spec.key, column.spec.codec.parse(text));
    }
    const id = refs.id ?? null;
    if (id !== null && !UUID.test(id)) errors.push({ row, column: this.headerOf('id'), reason: 'id must be a UUID' });
    if (this.resolve) {
      const resolved = this.resolve(refs);
      if ('values' in resolved) Object.assign(input, resolved.values);
      else errors.push({ row, column: this.headerOf(resolved.column), reason: resolved.reason });
    }

    const dto = plainToInstance(this.spec.dto, input);
    const validation = validateSync(dto, {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
    });
    const resolvedRefs = errors.some((e) => this.header.columns.some((c) => c.spec.reference && c.header === e.column));
    for (const [path, reason] of Object.entries(flattenValidationErrors(validation))) {
      // A reference that did not resolve already has its error; the DTO's "must be a UUID" adds nothing.
      if (resolvedRefs && path.endsWith('Id')) continue;
      errors.push({ row, column: this.columnFor(path), reason });
    }

    const record: Record<string, unknown> = {};
    for (const column of this.stored) {
      const value = plain(getPath(dto, column.spec.key));
      record[column.spec.key] = value === undefined ? (column.spec.empty ?? null) : value;
    }
    for (const [field, value] of Object.entries(input)) if (field.endsWith('Id') && this.spec.prepare) record[field] = value;
    this.spec.finish?.(record);
    const key = typeof record.externalKey === 'string' ? record.externalKey : null;
    if (key === null && id === null) errors.push({ row, column: this.headerOf('externalKey'), reason: 'a key (or an id) is required' });
    return { parsed: errors.length > 0 ? null : { row, id: id?.toLowerCase() ?? null, key, record }, errors };
  }

  headerOf(key: string): string {
    const column = this.header.columns.find((c) => c.spec.key === key) ?? this.header.columns.find((c) => c.spec.reference && c.spec.key !== 'id');
    if (column) return column.header;
    const spec = this.spec.columns.find((c) => c.key === key);
    return spec ? `${spec.zh}/${spec.en}` : key;
  }

  /** The column a DTO error path belongs to: "skills.0.level" → the skills column. */
  columnFor(path: string): string {
    const column = this.header.columns.find((c) => path === c.spec.key || path.startsWith(`${c.spec.key}.`));
    if (column) return column.header;
    if (path.endsWith('Id')) return this.headerOf('enterpriseKey');
    return this.headerOf(path.split('.')[0]);
  }
}
