import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { AppException } from '../errors/app-exception';
import { FieldErrors } from '../errors/error-codes';
import { DEFAULT_MAX_JSON_DEPTH, FORBIDDEN_KEYS, forbiddenKeyError, tooDeep } from './json-shape';

// C0 controls other than tab, line feed and carriage return; NUL is the one that breaks PostgreSQL.
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Fields people write sentences or names in: kept as typed (NFC only, the canonical composition that
 * changes no visible character), so "，；：“”" and full-width letters in a summary survive a save. NFKC
 * would turn them into ASCII, which is right for the codes, numbers and identifiers of every other field.
 */
const FREE_TEXT_FIELDS = new Set([
  'name',
  'title',
  'headline',
  'summary',
  'description',
  'descriptionZh',
  'descriptionEn',
  'issuer',
  'sourceNote',
  'purpose',
  'displayName',
  'nameZh',
  'nameEn',
  'school',
  'employer',
  'honours',
  'skillsTaught',
  'contactPerson',
  'note',
  'notes',
  'reason',
  'comment',
  'message',
]);

/** Whether the value at this path ("work.0.description") is free text: its last named segment decides. */
export function isFreeTextPath(path: string): boolean {
  const segments = path.split('.');
  for (let i = segments.length - 1; i >= 0; i--) {
    if (!/^\d+$/.test(segments[i])) return FREE_TEXT_FIELDS.has(segments[i]);
  }
  return false;
}

/**
 * Normalises every string in the body and query and rejects control characters and lone surrogates,
 * naming the field. Codes, numbers and identifiers are NFKC-normalised (full-width digits and letters
 * become ASCII, compatibility ideographs their unified form); free text (FREE_TEXT_FIELDS) is kept as
 * typed. Ordinary and supplementary-plane CJK and emoji are left as they are in both. Runs before the
 * ValidationPipe so validators see the normalised text.
 */
@Injectable()
export class SanitizeTextPipe implements PipeTransform {
  constructor(private readonly maxDepth = DEFAULT_MAX_JSON_DEPTH) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query') return value;
    const errors: FieldErrors = {};
    const result = sanitize(value, '', errors, this.maxDepth);
    if (Object.keys(errors).length > 0) throw AppException.validation(errors);
    return result;
  }
}

/**
 * Recursive, so bounded: the JSON guard already refuses deeper bodies, but this also serves values that
 * did not come through it (queries, spreadsheet cells), and a stack overflow must never be the answer.
 */
export function sanitize(value: unknown, path: string, errors: FieldErrors, maxDepth = DEFAULT_MAX_JSON_DEPTH, depth = 0): unknown {
  if (typeof value === 'string') {
    if (FORBIDDEN_CONTROL.test(value)) {
      errors[path || 'value'] = 'must not contain control characters such as \\u0000';
      return value;
    }
    if (LONE_SURROGATE.test(value)) {
      errors[path || 'value'] = 'must be valid Unicode (lone surrogate)';
      return value;
    }
    return value.normalize(isFreeTextPath(path) ? 'NFC' : 'NFKC');
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= maxDepth) throw tooDeep(path, maxDepth);
  if (Array.isArray(value)) return value.map((item, i) => sanitize(item, join(path, String(i)), errors, maxDepth, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // Queries do not pass the JSON guard; assigning `__proto__` below would drop it silently.
    if (FORBIDDEN_KEYS.has(key)) forbiddenKeyError(errors, join(path, key), key);
    else out[key] = sanitize(item, join(path, key), errors, maxDepth, depth + 1);
  }
  return out;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
