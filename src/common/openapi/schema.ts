import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * Small builders for response schemas (OpenAPI 3.0 schema objects). Response bodies are plain objects
 * built by services, not classes, so their schemas are written here once, next to nothing else, and
 * checked against real responses by the fuzz test (test/fuzz/openapi-fuzz.e2e-spec.ts).
 *
 * Objects are closed (`additionalProperties: false`): a field the document does not name is a mismatch,
 * which is how an accidental leak (a password hash, a contact detail) would show up.
 */
export type Schema = SchemaObject;

export const uuid: Schema = { type: 'string', format: 'uuid' };
export const dateTime: Schema = { type: 'string', format: 'date-time' };
export const date: Schema = { type: 'string', format: 'date' };
export const str: Schema = { type: 'string' };
export const bool: Schema = { type: 'boolean' };
export const num: Schema = { type: 'number' };
export const int: Schema = { type: 'integer' };
/** Free-form JSON object (audit details, job reports written by other modules). */
export const anyObject: Schema = { type: 'object', additionalProperties: true };

export function nullable(schema: Schema): Schema {
  if (schema.enum) return { ...schema, nullable: true, enum: [...schema.enum, null] };
  return { ...schema, nullable: true };
}

export function enumOf(values: readonly (string | number)[]): Schema {
  return { type: typeof values[0] === 'number' ? 'integer' : 'string', enum: [...values] };
}

export function arrayOf(items: Schema): Schema {
  return { type: 'array', items };
}

/** A closed object; every property is required unless named in `optional`. */
export function object(properties: Record<string, Schema>, optional: readonly string[] = []): Schema {
  const required = Object.keys(properties).filter((k) => !optional.includes(k));
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

/** `object` with every property optional. */
export function partial(properties: Record<string, Schema>): Schema {
  return object(properties, Object.keys(properties));
}

/** The `{ items, total, page, limit }` page every list endpoint returns. */
export function page(item: Schema): Schema {
  return object({ items: arrayOf(item), total: int, page: int, limit: int });
}

/** `{ items: [...] }` without paging. */
export function items(item: Schema): Schema {
  return object({ items: arrayOf(item) });
}

/** How fresh a stored list is: stale while a recompute touching it is pending (spread into list schemas). */
export const freshness: Record<string, Schema> = { stale: bool, computedAt: nullable(dateTime) };

/** Columns every stored record carries (BaseRecord in common/persistence/base.entity.ts). */
export const recordColumns: Record<string, Schema> = {
  id: uuid,
  externalKey: nullable(str),
  version: int,
  createdAt: dateTime,
  updatedAt: dateTime,
};
