import { casesFor, FuzzCase, Operation, operationsOf } from './cases';
import { ResponseChecker } from './check';
import { Rng, Schema } from './values';
import { mulberry32 } from '../../../src/common/mulberry32';
import { FALLBACK_FIELD_ZH } from '../../../src/common/errors/messages-zh';

/** Who sends: a name for the report and a Bearer token (none = anonymous). */
export interface Caller {
  name: string;
  token?: string;
  /** Only the valid requests plus this many invalid ones per operation (all when undefined). */
  invalidPerOperation?: number;
}

export interface FuzzOptions {
  baseUrl: string;
  document: Schema;
  callers: Caller[];
  seed: number;
  /** Hard cap on requests sent. */
  maxRequests: number;
  /** Invalid variants per operation for callers without their own figure. */
  maxInvalidPerOperation: number;
  pathValue: (operation: Operation, name: string) => string;
  idFor?: (name: string) => string | undefined;
  fixedValue?: (operation: Operation, name: string, caller: string) => unknown;
  /** Operations sent last, in this order of patterns (destructive ones: deletes, sign-out). */
  runLast?: (operation: Operation) => number;
}

export interface Finding {
  operation: string;
  caller: string;
  label: string;
  request: string;
  status: number;
  problem: string;
  response: string;
}

export interface FuzzReport {
  seed: number;
  operations: number;
  covered: number;
  /** Operations with at least one 2xx answer, i.e. whose success body was checked. */
  reached2xx: number;
  not2xx: string[];
  requests: number;
  byStatusClass: Record<string, number>;
  serverErrors: Finding[];
  mismatches: Finding[];
  /** The first 2xx body of each operation (truncated): what a schema author needs to look at. */
  samples: Record<string, string>;
  /** Per operation and caller, the first answer to a request generated as valid that was not 2xx (why it never succeeds). */
  validRejected: Record<string, string>;
  /**
   * Broken requests answered 2xx, by what was broken. Not a failure (some variants are legal: `''` for
   * an optional text, a blank name), but where to look for validation gaps.
   */
  acceptedInvalid: Record<string, number>;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const rng: Rng = mulberry32(options.seed);
  const checker = new ResponseChecker(options.document);
  const operations = operationsOf(options.document);
  const order = options.runLast ?? (() => 0);
  const sorted = [...operations].sort((a, b) => order(a) - order(b));
  const report: FuzzReport = {
    seed: options.seed,
    operations: operations.length,
    covered: 0,
    reached2xx: 0,
    not2xx: [],
    requests: 0,
    byStatusClass: {},
    serverErrors: [],
    mismatches: [],
    samples: {},
    validRejected: {},
    acceptedInvalid: {},
  };
  const covered = new Set<string>();
  const succeeded = new Set<string>();

  // Phase by phase (operation order), every caller: so a destructive operation runs after every caller's reads.
  outer: for (const operation of sorted) {
    for (const caller of options.callers) {
      const maxInvalid = caller.invalidPerOperation ?? options.maxInvalidPerOperation;
      const cases = casesFor(operation, {
        rng,
        document: options.document,
        pathValue: options.pathValue,
        idFor: options.idFor ?? (() => undefined),
        fixedValue: options.fixedValue,
        caller: caller.name,
        maxInvalid,
      });
      for (const c of cases) {
        if (report.requests >= options.maxRequests) break outer;
        const { url, init, summary } = toRequest(options.baseUrl, c, caller);
        let status: number;
        let contentType: string;
        let text: string;
        try {
          const response = await fetch(url, init);
          status = response.status;
          contentType = response.headers.get('content-type') ?? '';
          text = await response.text();
        } catch (error) {
          status = 599;
          contentType = '';
          text = `request failed: ${(error as Error).message}`;
        }
        report.requests++;
        covered.add(operation.key);
        if (status >= 200 && status < 300) {
          succeeded.add(operation.key);
          report.samples[operation.key] ??= text.slice(0, 20_000);
          if (!c.valid) {
            const kind = c.label.slice(c.label.lastIndexOf(':') + 1);
            report.acceptedInvalid[kind] = (report.acceptedInvalid[kind] ?? 0) + 1;
          }
        }
        const cls = `${Math.floor(status / 100)}xx`;
        report.byStatusClass[cls] = (report.byStatusClass[cls] ?? 0) + 1;
        const finding = (problem: string): Finding => ({
          operation: operation.key,
          caller: caller.name,
          label: c.label,
          request: summary,
          status,
          problem,
          response: text.slice(0, 400),
        });
        if (c.valid && (status < 200 || status >= 300)) {
          report.validRejected[`${operation.key} as ${caller.name}`] ??= `${caller.name} ${status} ${summary.slice(0, 300)} → ${text.slice(0, 300)}`;
        }
        if (status >= 500) {
          report.serverErrors.push(finding(`server error ${status}`));
          continue;
        }
        const problem = checker.check(operation, status, contentType, text) ?? chineseProblem(status, contentType, text);
        if (problem) report.mismatches.push(finding(problem));
      }
    }
  }
  report.covered = covered.size;
  report.reached2xx = succeeded.size;
  report.not2xx = operations.map((o) => o.key).filter((k) => !succeeded.has(k));
  return report;
}

const CHINESE = /[\u3400-\u9fff]/;

/**
 * Every error a client can cause reads in Chinese too: `messageZh`, and `fieldsZh` naming exactly the
 * paths of `fields`, each a Chinese message a rule produced (not the catalogue's fallback).
 */
export function chineseProblem(status: number, contentType: string, text: string): string | null {
  if (status < 400 || status >= 500 || !contentType.includes('application/json')) return null;
  let body: { messageZh?: unknown; fields?: Record<string, string>; fieldsZh?: Record<string, string> };
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body.messageZh !== 'string' || !CHINESE.test(body.messageZh)) return 'messageZh missing or not Chinese';
  if (!body.fields) return body.fieldsZh ? 'fieldsZh without fields' : null;
  const paths = Object.keys(body.fields).sort().join(',');
  if (Object.keys(body.fieldsZh ?? {}).sort().join(',') !== paths) return `fieldsZh paths differ from fields (${paths})`;
  for (const [path, zh] of Object.entries(body.fieldsZh ?? {})) {
    if (zh === FALLBACK_FIELD_ZH || !CHINESE.test(zh)) return `no Chinese for ${path}: ${body.fields[path]}`;
  }
  return null;
}

function toRequest(baseUrl: string, c: FuzzCase, caller: Caller): { url: string; init: RequestInit; summary: string } {
  const path = c.operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodePathValue(c.pathParams[name] ?? ''));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(c.query)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  const qs = query.toString();
  const url = `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
  const headers: Record<string, string> = {};
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  let body: string | undefined;
  if (c.rawBody !== undefined) body = c.rawBody;
  else if (c.body !== undefined) body = JSON.stringify(c.body);
  if (body !== undefined) headers['content-type'] = c.contentType ?? 'application/json';
  const shown = body === undefined ? '' : ` ${body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body}`;
  return {
    url,
    init: { method: c.operation.method.toUpperCase(), headers, body },
    summary: `${c.operation.method.toUpperCase()} ${url.slice(baseUrl.length, baseUrl.length + 300)}${shown}`,
  };
}

/** Path values are sent as given when they already look percent-encoded (to probe broken encodings). */
function encodePathValue(value: string): string {
  return /%[0-9A-Fa-f]{0,2}/.test(value) ? value : encodeURIComponent(value);
}

export function formatReport(report: FuzzReport, details = 5): string {
  const lines = [
    `OpenAPI fuzz (seed ${report.seed}): ${report.covered}/${report.operations} operations covered, ${report.reached2xx} reached 2xx; ${report.requests} requests`,
    `  by status class: ${Object.entries(report.byStatusClass).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  5xx: ${report.serverErrors.length}, schema mismatches: ${report.mismatches.length}`,
  ];
  if (Object.keys(report.acceptedInvalid).length) {
    const accepted = Object.entries(report.acceptedInvalid).sort((a, b) => b[1] - a[1]);
    lines.push(`  broken requests answered 2xx (to review, not failures): ${accepted.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  if (report.not2xx.length) lines.push(`  never 2xx: ${report.not2xx.join(', ')}`);
  const show = (title: string, findings: Finding[]) => {
    for (const f of findings.slice(0, details)) {
      lines.push(`  ${title} ${f.operation} as ${f.caller} [${f.label}] → ${f.status}: ${f.problem}`, `      request: ${f.request}`, `      response: ${f.response}`);
    }
  };
  show('5xx', report.serverErrors);
  show('MISMATCH', report.mismatches);
  return lines.join('\n');
}
