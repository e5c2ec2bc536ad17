import { deepObject, makeResolver, Mutation, mutations, OMIT, pick, Rng, Schema, validValue, ValueContext } from './values';

/** One operation of the document, flattened. */
export interface Operation {
  method: string;
  path: string;
  /** `GET /positions/{id}` */
  key: string;
  spec: Schema;
  parameters: Schema[];
  /** Media types of the request body, JSON first. */
  bodyTypes: string[];
  bodySchema?: Schema;
}

/** One request to send, with what it is meant to probe. */
export interface FuzzCase {
  operation: Operation;
  /** `valid`, `body.requiredSkills:nested-array`, `path.id:bad-format`, … */
  label: string;
  valid: boolean;
  pathParams: Record<string, string>;
  query: Record<string, unknown>;
  body?: unknown;
  /** The schema of the input this case breaks (resolved), when it breaks one. */
  mutatedSchema?: Schema;
  /** Sent as is (malformed JSON, CSV). */
  rawBody?: string;
  contentType?: string;
}

export function operationsOf(document: Schema): Operation[] {
  const resolve = makeResolver(document);
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const spec = item[method];
      if (!spec) continue;
      const content = spec.requestBody?.content ?? {};
      const bodyTypes = Object.keys(content).sort((a, b) => Number(b === 'application/json') - Number(a === 'application/json'));
      out.push({
        method,
        path,
        key: `${method.toUpperCase()} ${path}`,
        spec,
        parameters: [...(item.parameters ?? []), ...(spec.parameters ?? [])],
        bodyTypes,
        bodySchema: content['application/json']?.schema ? resolve(content['application/json'].schema) : undefined,
      });
    }
  }
  return out;
}

const BAD_PATH_VALUES = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1", 'x'.repeat(300), '%E0%A4%A', '..%2F..%2Fetc'];

export interface CaseOptions {
  rng: Rng;
  document: Schema;
  /** Real value for a path parameter of this operation (seeded ids, an import type). */
  pathValue: (operation: Operation, name: string) => string;
  idFor: (name: string) => string | undefined;
  /** Values valid requests must carry (see ValueContext.fixed), per operation. */
  fixedValue?: (operation: Operation, name: string, caller: string) => unknown;
  /** Who sends these (fixed values may depend on it). */
  caller: string;
  /** How many invalid variants at most for this operation. */
  maxInvalid: number;
}

/** Valid requests (full and minimal) and up to `maxInvalid` broken ones, sampled from every way to break each input. */
export function casesFor(operation: Operation, options: CaseOptions): FuzzCase[] {
  const { rng } = options;
  const resolve = makeResolver(options.document);
  const fixed = (name: string) => options.fixedValue?.(operation, name, options.caller);
  const ctx = (full: boolean): ValueContext => ({ rng, resolve, idFor: options.idFor, full, fixed });
  const pathParams = Object.fromEntries(
    operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, options.pathValue(operation, p.name)]),
  );
  const queryParams = operation.parameters.filter((p) => p.in === 'query');
  const validQuery = (full: boolean) =>
    Object.fromEntries(
      queryParams
        .filter((p) => (p.required || full) && fixed(p.name) !== OMIT)
        .map((p) => [p.name, fixed(p.name) ?? validValue(p.schema ?? {}, ctx(full), p.name)]),
    );
  const base = (label: string, valid: boolean, full: boolean): FuzzCase => ({
    operation,
    label,
    valid,
    pathParams: { ...pathParams },
    query: validQuery(full),
    ...bodyFor(operation, ctx(full)),
  });

  const cases: FuzzCase[] = [base('valid:full', true, true), base('valid:minimal', true, false)];
  const invalid: FuzzCase[] = [];

  for (const p of operation.parameters.filter((x) => x.in === 'path')) {
    for (const bad of BAD_PATH_VALUES) invalid.push({ ...base(`path.${p.name}:bad-value`, false, false), pathParams: { ...pathParams, [p.name]: bad } });
  }
  for (const p of queryParams) {
    for (const m of mutations(p.schema ?? {}, ctx(false), 8_000)) {
      if (m.kind === 'null') continue; // a query string cannot say null
      const c = base(`query.${p.name}:${m.kind}`, false, true);
      c.query[p.name] = m.value;
      invalid.push(c);
    }
    const repeated = base(`query.${p.name}:repeated`, false, true);
    repeated.query[p.name] = ['1', '2'];
    invalid.push(repeated);
  }
  if (operation.bodySchema) {
    invalid.push(...bodyMutations(operation, operation.bodySchema, ctx(true), base));
  }
  // Sample without replacement, seeded: every operation gets a different but reproducible mix.
  while (invalid.length > 0 && cases.length < 2 + options.maxInvalid) {
    cases.push(invalid.splice(Math.floor(rng() * invalid.length), 1)[0]);
  }
  return cases;
}

function bodyFor(operation: Operation, ctx: ValueContext): Partial<FuzzCase> {
  if (operation.bodyTypes.length === 0) return {};
  if (operation.bodySchema) return { body: validValue(operation.bodySchema, ctx), contentType: 'application/json' };
  if (operation.bodyTypes.includes('text/csv')) return { rawBody: 'key,name\nfuzz-1,测试\n', contentType: 'text/csv' };
  return { rawBody: 'x', contentType: operation.bodyTypes[0] };
}

type Base = (label: string, valid: boolean, full: boolean) => FuzzCase;

/** Breaks one field at a time (two levels deep into nested objects and lists of objects), then the whole body. */
function bodyMutations(operation: Operation, schema: Schema, ctx: ValueContext, base: Base): FuzzCase[] {
  const out: FuzzCase[] = [];
  const fullBody = base('', false, true).body;
  const withBody = (label: string, body: unknown) => ({ ...base(label, false, true), body });
  const withRaw = (label: string, rawBody: string) => ({ ...base(label, false, true), body: undefined, rawBody, contentType: 'application/json' });

  const visit = (objectSchema: Schema, pathInBody: (string | number)[], depth: number) => {
    const resolved = ctx.resolve(objectSchema);
    for (const [key, raw] of Object.entries<Schema>(resolved.properties ?? {})) {
      const property = ctx.resolve(raw);
      const where = [...pathInBody, key];
      const label = `body.${where.join('.')}`;
      for (const m of mutations(property, ctx)) out.push({ ...withBody(`${label}:${m.kind}`, setAt(fullBody, where, m)), mutatedSchema: property });
      if ((resolved.required ?? []).includes(key)) out.push(withBody(`${label}:missing-required`, setAt(fullBody, where, undefined)));
      if (depth < 2 && property.type === 'object') visit(property, where, depth + 1);
      if (depth < 2 && property.type === 'array' && ctx.resolve(property.items ?? {}).type === 'object') visit(property.items, [...where, 0], depth + 1);
    }
  };
  visit(schema, [], 0);
  out.push(withBody('body:unknown-key', { ...(fullBody as object), fuzzUnknownKey: 'x' }));
  out.push(withBody('body:array-instead-of-object', [fullBody]));
  out.push(withBody('body:empty-object', {}));
  out.push(withBody('body:string', 'just a string'));
  out.push(withBody('body:deep', { nested: deepObject(200) }));
  // Prototype keys, as JSON text: JSON.stringify would drop an own __proto__ only on objects built with literals.
  out.push(withRaw('body:proto-key', withProtoKeys(fullBody)));
  out.push(withRaw('body:very-deep', `{"nested":${'['.repeat(10_000)}${']'.repeat(10_000)}}`));
  out.push(withRaw('body:malformed-json', '{"name": "稀土", '));
  out.push(withRaw('body:trailing-garbage', '{} {}'));
  out.push({ ...base('body:wrong-content-type', false, true), body: undefined, rawBody: 'name=x', contentType: 'application/x-www-form-urlencoded' });
  return out;
}

/** The body as JSON text with `__proto__` and `constructor` keys (JSON.stringify would not write a real __proto__). */
function withProtoKeys(body: unknown): string {
  const json = JSON.stringify(body ?? {});
  const proto = '"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}}';
  return json === '{}' || !json.startsWith('{') ? `{${proto}}` : `{${proto},${json.slice(1)}`;
}

/** A copy of `body` with the value at `where` replaced (or removed when `m` is undefined); lists get one element. */
function setAt(body: unknown, where: (string | number)[], m: Mutation | undefined): unknown {
  const copy = structuredClone(body ?? {}) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (let i = 0; i < where.length - 1; i++) {
    const key = where[i];
    const nextIsIndex = typeof where[i + 1] === 'number';
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') node[key] = nextIsIndex ? [{}] : {};
    if (nextIsIndex && (node[key] as unknown[]).length === 0) (node[key] as unknown[]).push({});
    node = node[key] as Record<string | number, unknown>;
  }
  const last = where[where.length - 1];
  if (m === undefined) delete node[last];
  else node[last] = m.value;
  return copy;
}

export { pick };
