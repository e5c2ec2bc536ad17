import fc from 'fast-check';

/**
 * Values from OpenAPI 3.0 schemas: one valid value (`validValue`) and the ways to break it
 * (`mutations`). Everything is drawn from a seeded PRNG, so a run is reproducible from its seed.
 */
export type Schema = Record<string, any>;
export type Rng = () => number;

export interface ValueContext {
  rng: Rng;
  /** Resolves `#/components/schemas/X`. */
  resolve: (schema: Schema) => Schema;
  /** Real ids by property name (`enterpriseId`, …), so references in valid bodies point at seeded rows. */
  idFor: (name: string) => string | undefined;
  /** Fill every optional property (a "full" body) or about half of them. */
  full: boolean;
  /**
   * A value a valid request must carry for a property (a current version, a real password, fields
   * that must agree with each other), or OMIT; undefined lets the schema decide.
   */
  fixed?: (name: string) => unknown;
}

/** Returned by `fixed` to leave a property out of valid requests. */
export const OMIT = Symbol('omit');

export const pick = <T>(rng: Rng, values: readonly T[]): T => values[Math.floor(rng() * values.length)];
const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

export function randomUuid(rng: Rng): string {
  const hex = () => Math.floor(rng() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-${pick(rng, ['8', '9', 'a', 'b'])}${part(3)}-${part(12)}`;
}

const CHARS = 'abcdefghijklmnopqrstuvwxyz稀土萃取分离工程师包头冶金 -_';

export function makeResolver(document: Schema): (schema: Schema) => Schema {
  const resolve = (schema: Schema): Schema => {
    if (schema?.$ref) {
      const name = String(schema.$ref).replace('#/components/schemas/', '');
      return resolve(document.components.schemas[name]);
    }
    if (schema?.allOf) return schema.allOf.map(resolve).reduce((a: Schema, b: Schema) => mergeObjects(a, b), { ...schema, allOf: undefined });
    return schema;
  };
  return resolve;
}

function mergeObjects(a: Schema, b: Schema): Schema {
  return {
    ...a,
    ...b,
    properties: { ...(a.properties ?? {}), ...(b.properties ?? {}) },
    required: [...(a.required ?? []), ...(b.required ?? [])],
  };
}

export function validValue(raw: Schema, ctx: ValueContext, name = ''): unknown {
  const schema = ctx.resolve(raw);
  const { rng } = ctx;
  // The document says null is fine: hold it to that now and then.
  if (schema.nullable && rng() < 0.15) return null;
  if (schema.enum) return pick(rng, schema.enum.filter((v: unknown) => v !== null));
  if (schema.default !== undefined && rng() < 0.2) return schema.default;
  switch (schema.type) {
    case 'integer': {
      const lo = Math.ceil(schema.minimum ?? 0);
      const hi = Math.floor(schema.maximum ?? Math.max(lo, 0) + 100);
      return between(rng, lo, Math.max(lo, hi));
    }
    case 'number': {
      const lo = schema.minimum ?? 0;
      const hi = schema.maximum ?? lo + 100;
      return Math.round((lo + rng() * (hi - lo)) * 100) / 100;
    }
    case 'boolean':
      return rng() < 0.5;
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? 3, min + 2);
      return Array.from({ length: between(rng, min, Math.max(min, max)) }, () => validValue(schema.items ?? {}, ctx, singular(name)));
    }
    case 'object':
      return validObject(schema, ctx);
    case 'string':
    default:
      return validString(schema, ctx, name);
  }
}

function singular(name: string): string {
  return name.endsWith('Ids') ? name.slice(0, -1) : name;
}

function validObject(schema: Schema, ctx: ValueContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set<string>(schema.required ?? []);
  for (const [key, property] of Object.entries<Schema>(schema.properties ?? {})) {
    const fixed = ctx.fixed?.(key);
    if (fixed === OMIT) continue;
    if (fixed !== undefined) out[key] = structuredClone(fixed);
    else if (required.has(key) || ctx.full || ctx.rng() < 0.5) out[key] = validValue(property, ctx, key);
  }
  return out;
}

function validString(schema: Schema, ctx: ValueContext, name: string): string {
  const { rng } = ctx;
  if (schema.format === 'uuid') return ctx.idFor(name) ?? randomUuid(rng);
  if (schema.format === 'date-time') return new Date(Date.UTC(2027, 2, between(rng, 1, 28), 9)).toISOString();
  if (schema.format === 'date') return `2027-03-${String(between(rng, 1, 28)).padStart(2, '0')}`;
  if (schema.format === 'email') return `fuzz${between(rng, 1, 999)}@example.cn`;
  const max = schema.maxLength ?? 40;
  const min = schema.minLength ?? 1;
  if (typeof schema.example === 'string' && schema.example.length <= max && schema.example.length >= min && rng() < 0.6) return schema.example;
  if (schema.pattern) {
    const [value] = fc.sample(fc.stringMatching(new RegExp(schema.pattern)), { seed: Math.floor(rng() * 2 ** 31), numRuns: 1 });
    if (value.length >= min && value.length <= max) return value;
    if (typeof schema.example === 'string') return schema.example;
  }
  const length = between(rng, min, Math.max(min, Math.min(max, 16)));
  let s = Array.from({ length }, () => pick(rng, [...CHARS])).join('');
  s = s.trim().length === 0 ? 'x'.repeat(Math.max(1, length)) : s;
  return s.slice(0, max);
}

/** A way to break a value: a label and the broken value (`undefined` = remove the property). */
export interface Mutation {
  kind: 'wrong-type' | 'out-of-range' | 'huge-string' | 'nested-array' | 'not-in-enum' | 'null' | 'bad-format' | 'deep' | 'special-chars';
  value: unknown;
}

/** Long enough to probe limits; a query string stays under Node's 16 KB header limit (else 431 before the app). */
export function mutations(raw: Schema, ctx: ValueContext, hugeLength = 100_000): Mutation[] {
  const schema = ctx.resolve(raw);
  const out: Mutation[] = [];
  const wrong = (value: unknown) => out.push({ kind: 'wrong-type', value });
  if (schema.enum) {
    out.push({ kind: 'not-in-enum', value: 'not_a_member' });
    wrong(7);
  } else {
    switch (schema.type) {
      case 'integer':
        wrong('12abc');
        wrong(1.5);
        wrong([1]);
        if (schema.maximum !== undefined) out.push({ kind: 'out-of-range', value: schema.maximum + 1 });
        if (schema.minimum !== undefined) out.push({ kind: 'out-of-range', value: schema.minimum - 1 });
        out.push({ kind: 'out-of-range', value: 1e300 });
        break;
      case 'number':
        wrong('NaN');
        wrong({});
        if (schema.maximum !== undefined) out.push({ kind: 'out-of-range', value: schema.maximum + 0.5 });
        if (schema.minimum !== undefined) out.push({ kind: 'out-of-range', value: schema.minimum - 0.5 });
        out.push({ kind: 'out-of-range', value: -1e308 });
        break;
      case 'boolean':
        wrong('yes');
        wrong(0);
        break;
      case 'array':
        wrong('not-an-array');
        wrong({ 0: 'x' });
        out.push({ kind: 'nested-array', value: [[]] });
        out.push({ kind: 'nested-array', value: [[[]], []] });
        if (schema.maxItems !== undefined) {
          out.push({ kind: 'out-of-range', value: Array.from({ length: schema.maxItems + 1 }, () => validValue(schema.items ?? {}, ctx)) });
        }
        out.push({ kind: 'wrong-type', value: [null] });
        out.push({ kind: 'wrong-type', value: [12, true] });
        break;
      case 'object':
        wrong('not-an-object');
        wrong([]);
        out.push({ kind: 'deep', value: deepObject(60) });
        break;
      default:
        wrong(12345);
        wrong(true);
        wrong(['a']);
        wrong({ a: 'b' });
        out.push({ kind: 'huge-string', value: 'x'.repeat(hugeLength) });
        if (schema.maxLength !== undefined) out.push({ kind: 'out-of-range', value: '长'.repeat(schema.maxLength + 1) });
        if (schema.format || schema.pattern) out.push({ kind: 'bad-format', value: "not-valid' OR 1=1 --" });
        out.push({ kind: 'wrong-type', value: '' });
        out.push({ kind: 'wrong-type', value: '   ' });
        out.push({ kind: 'wrong-type', value: '\u0000\u202e控制' });
        // LIKE wildcards, regex and tsquery operators, a lone surrogate: text that reaches search code.
        out.push({ kind: 'special-chars', value: "%_\\(*[?!:&|<-> '\"" });
        out.push({ kind: 'special-chars', value: '\ud800稀土' });
    }
  }
  if (!schema.nullable) out.push({ kind: 'null', value: null });
  return out;
}

export function deepObject(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
}
