import type { ClassConstructor } from 'class-transformer';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CellValue, Codec } from './cell-codecs';
import type { ImportType } from './import-types';

export interface ColumnSpec {
  /** DTO path ("name", "contact.phone"), or a reference resolved before validation ("enterpriseKey"). */
  key: string;
  zh: string;
  en: string;
  aliases?: string[];
  codec: Codec;
  example: CellValue;
  /** The file must have this column (the DTO requires the field). */
  required?: boolean;
  /** Not a stored field: a reference or the record id. */
  reference?: boolean;
  /** Personal data: importable, never exported. */
  notExported?: boolean;
  /** Value written for an empty cell: the column's default, so an empty cell means the same on create and update. */
  empty?: unknown;
}

/** Looks up what a row refers to by key or name; returns DTO fields to add, or the column at fault. */
export type ReferenceResolver = (
  refs: Record<string, string | undefined>,
) => { values: Record<string, unknown> } | { column: string; reason: string };

/** Rows kept in another table (a talent's contact details), compared and written beside the main row. */
export interface SideTable {
  keys: string[];
  fetch(manager: EntityManager, ids: string[]): Promise<Map<string, Record<string, unknown>>>;
  write(manager: EntityManager, rows: { id: string; values: Record<string, unknown> }[], present: string[]): Promise<void>;
}

/** What a record's change asks to recompute; `ids` is null when more records changed than are listed. */
export type RecomputeRequest = (manager: EntityManager, ids: string[] | null) => Promise<void>;

export interface ImportSpec {
  type: ImportType;
  label: string;
  entity: EntityTarget<ObjectLiteral>;
  dto: ClassConstructor<object>;
  /** The key column first; the template and the exports use this order. */
  columns: ColumnSpec[];
  /** Loads what references resolve against (enterprises by key and name, universities by key). */
  prepare?(manager: EntityManager): Promise<ReferenceResolver>;
  /** Brings DTO values to their stored form, as the service does (defaults inside skill lists). */
  finish?(record: Record<string, unknown>): void;
  /** Rules across fields, checked on the record as it will be stored; field → reason. */
  check?(record: Record<string, unknown>): Record<string, string>;
  side?: SideTable;
  /** Records, in the import's transaction, the recomputes that the changed records need: once per import. */
  recompute?: RecomputeRequest;
  /** Values of the reference columns of stored records, for the exports. */
  exportLookups?(manager: EntityManager): Promise<(record: ObjectLiteral) => Record<string, unknown>>;
}

/** Talents changed beyond this ask for one full rebuild instead of one request each. */
export const PER_RECORD_RECOMPUTE_LIMIT = 200;

export function headerOf(column: ColumnSpec): string {
  return `${column.zh}/${column.en}`;
}

export const idColumn = (codec: Codec): ColumnSpec => ({
  key: 'id',
  zh: '系统ID',
  en: 'id',
  codec,
  example: '',
  reference: true,
});

export const keyColumn = (codec: Codec, example: string): ColumnSpec => ({
  key: 'externalKey',
  zh: '编号',
  en: 'key',
  aliases: ['externalKey', 'external_key', '外部编号'],
  codec,
  example,
  empty: null,
});
