import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ImportSpec } from './import-spec';
import type { RowDiff, RowError } from './import-types';
import type { ParsedRow } from './row-parser';

export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  diffs: RowDiff[];
  changedIds: string[];
}

/**
 * Compares values as the API would store them: text NFKC-normalised (data loaded before normalisation
 * counts as unchanged), object keys in any order, absent and null nested fields alike.
 */
export function canonical(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.normalize('NFKC');
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = canonical((value as Record<string, unknown>)[key]);
      if (item !== null) out[key] = item;
    }
    return out;
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Writes one batch of valid rows inside the import's transaction: reads the records the rows name (by id
 * or key, locked), classifies each row as created, updated or unchanged, and writes the changes with one
 * INSERT and one UPDATE per batch (rows as a jsonb array → jsonb_populate_recordset), not one per row.
 */
export class BatchWriter {
  private readonly meta: EntityMetadata;

  constructor(
    private readonly manager: EntityManager,
    private readonly spec: ImportSpec,
  ) {
    this.meta = manager.connection.getMetadata(spec.entity);
  }

  private column(prop: string): string {
    const column = this.meta.findColumnWithPropertyName(prop);
    if (!column) throw new Error(`${this.meta.tableName} has no column for ${prop}`);
    return column.databaseName;
  }

  async write(rows: ParsedRow[], persist: boolean, wantDiffs: number): Promise<BatchOutcome> {
    const out: BatchOutcome = { created: 0, updated: 0, unchanged: 0, errors: [], diffs: [], changedIds: [] };
    const ids = rows.filter((r) => r.id).map((r) => r.id!);
    const keys = rows.filter((r) => r.key).map((r) => r.key!);
    const existing: ObjectLiteral[] = await this.manager
      .getRepository(this.spec.entity)
      .createQueryBuilder('e')
      .where('e.id = ANY(CAST(:ids AS uuid[])) OR e.external_key = ANY(CAST(:keys AS text[]))', { ids, keys })
      .orderBy('e.id')
      .setLock('pessimistic_write')
      .getMany();
    const byId = new Map(existing.map((e) => [e.id as string, e]));
    const byKey = new Map(existing.filter((e) => e.externalKey).map((e) => [e.externalKey as string, e]));
    const side = this.spec.side ? await this.spec.side.fetch(this.manager, existing.map((e) => e.id as string)) : new Map();
    const defaults = Object.fromEntries(this.spec.columns.filter((c) => !c.reference).map((c) => [c.key, c.empty ?? null]));

    const inserts: ParsedRow[] = [];
    const updates: { row: ParsedRow; id: string }[] = [];
    for (const row of rows) {
      const current = row.id ? byId.get(row.id) : byKey.get(row.key!);
      if (row.id && !current) {
        out.errors.push({ row: row.row, column: 'id', reason: `no ${this.spec.label} with this id` });
        continue;
      }
      const holder = row.key ? byKey.get(row.key) : undefined;
      if (current && holder && holder.id !== current.id) {
        out.errors.push({ row: row.row, column: 'externalKey', reason: `key "${row.key}" belongs to another ${this.spec.label}` });
        continue;
      }
      const before = current ? { ...current, ...(side.get(current.id as string) ?? {}) } : null;
      const fields = this.spec.check?.({ ...(before ?? defaults), ...row.record }) ?? {};
      for (const [field, reason] of Object.entries(fields)) out.errors.push({ row: row.row, column: field, reason });
      if (Object.keys(fields).length > 0) continue;

      const changes: Record<string, [unknown, unknown]> = {};
      for (const [field, value] of Object.entries(row.record)) {
        if (!before || !same(before[field], value)) changes[field] = [before ? (before[field] ?? null) : null, value];
      }
      if (before && Object.keys(changes).length === 0) {
        out.unchanged++;
        continue;
      }
      if (out.diffs.length < wantDiffs) out.diffs.push({ row: row.row, key: row.key ?? row.id!, action: before ? 'updated' : 'created', changes });
      if (current) updates.push({ row, id: current.id as string });
      else inserts.push(row);
    }
    out.created = inserts.length;
    out.updated = updates.length;
    if (!persist || out.errors.length > 0) return out;

    const created = await this.insert(inserts);
    await this.update(updates);
    out.changedIds = [...created.map((c) => c.id), ...updates.map((u) => u.id)];
    if (this.spec.side) {
      const present = this.spec.side.keys.filter((k) => rows[0] && k in rows[0].record);
      const sideRows = [...created, ...updates.map((u) => ({ id: u.id, row: u.row }))].map((c) => ({ id: c.id, values: c.row.record }));
      await this.spec.side.write(this.manager, sideRows, present);
    }
    return out;
  }

  /** The stored part of a row as a JSON object keyed by database column names. */
  private toJson(record: Record<string, unknown>, id?: string): Record<string, unknown> {
    const json: Record<string, unknown> = id ? { id } : {};
    for (const [field, value] of Object.entries(record)) {
      if (this.spec.side?.keys.includes(field)) continue;
      json[this.column(field)] = value;
    }
    return json;
  }

  private storedColumns(record: Record<string, unknown>): string[] {
    return Object.keys(record)
      .filter((field) => !this.spec.side?.keys.includes(field))
      .map((field) => `"${this.column(field)}"`);
  }

  private async insert(rows: ParsedRow[]): Promise<{ id: string; row: ParsedRow }[]> {
    if (rows.length === 0) return [];
    const columns = this.storedColumns(rows[0].record).join(', ');
    const table = `"${this.meta.tableName}"`;
    const inserted: { id: string; external_key: string }[] = await this.manager.query(
      `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
       RETURNING id, external_key`,
      [JSON.stringify(rows.map((r) => this.toJson(r.record)))],
    );
    // Created rows always carry a key (a row naming an unknown id is an error), so the key maps them back.
    const idByKey = new Map(inserted.map((r) => [r.external_key, r.id]));
    return rows.map((row) => ({ id: idByKey.get(row.key!)!, row }));
  }

  private async update(rows: { row: ParsedRow; id: string }[]): Promise<void> {
    if (rows.length === 0) return;
    const table = `"${this.meta.tableName}"`;
    const sets = this.storedColumns(rows[0].row.record).map((c) => `${c} = v.${c}`);
    await this.manager.query(
      `UPDATE ${table} AS t SET ${[...sets, 'version = t.version + 1', 'updated_at = now()'].join(', ')}
         FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) AS v WHERE t.id = v.id`,
      [JSON.stringify(rows.map((r) => this.toJson(r.row.record, r.id)))],
    );
  }
}
