import { NextFunction, Request, Response } from 'express';
import { AppException } from '../errors/app-exception';
import { ErrorCode, FieldErrors } from '../errors/error-codes';
import { toErrorResponse } from '../errors/http-exception.filter';

export const DEFAULT_MAX_JSON_DEPTH = 32;

/**
 * Keys no DTO has and that only serve to reach a prototype. JSON.parse makes `__proto__` an own property,
 * which class-transformer then assigns as the prototype of the DTO instead of copying it, so the
 * whitelist never sees it: they are refused here, on the parsed body, before anything copies it.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_REPORTED_KEYS = 20;

export function tooDeep(path: string, maxDepth: number): AppException {
  return new AppException(ErrorCode.JsonTooDeep, `The body is nested deeper than ${maxDepth} levels`, {
    [path || 'body']: `nested deeper than ${maxDepth} levels`,
  });
}

/**
 * Walks a parsed body with an explicit stack (never the call stack, which a body nested 10,000 deep
 * would overflow) and returns the first problem: nesting deeper than `maxDepth` objects and arrays, or a
 * forbidden key (every one found, named by path). Stops at the limit, so the cost is bounded by the size
 * of the permitted part.
 */
export function checkJsonShape(body: unknown, maxDepth: number): AppException | null {
  const forbidden: FieldErrors = {};
  let found = 0;
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: body, depth: 1, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxDepth) return tooDeep(path, maxDepth);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1, path: join(path, String(i)) });
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = join(path, key);
      if (FORBIDDEN_KEYS.has(key)) {
        if (found++ < MAX_REPORTED_KEYS) forbiddenKeyError(forbidden, child, key);
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: child });
    }
  }
  return found > 0 ? AppException.validation(forbidden) : null;
}

/** Express middleware placed right after the JSON body parser: nothing else walks the body before it. */
export function jsonShapeGuard(maxDepth: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const problem = req.body !== null && typeof req.body === 'object' ? checkJsonShape(req.body, maxDepth) : null;
    if (!problem) return next();
    const { status, body } = toErrorResponse(problem);
    res.status(status).json(body);
  };
}

/** Names the key in `errors`. Defined, not assigned: `errors['__proto__'] = …` would set the prototype and vanish. */
export function forbiddenKeyError(errors: FieldErrors, path: string, key: string): void {
  Object.defineProperty(errors, path, { value: `property ${key} should not exist`, enumerable: true, writable: true, configurable: true });
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
