import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AppException } from './app-exception';
import { ErrorBody, ErrorCode } from './error-codes';
import { fieldsZh, messageZh } from './messages-zh';

interface PgError {
  code?: string;
  detail?: string;
  constraint?: string;
  column?: string;
}

/**
 * Database constraint violations that bad input can still reach (a race on a unique key, a foreign key
 * deleted meanwhile) become 4xx, never 500. Constraint names follow `<table>_<column>_<kind>`, so the
 * field at fault is recoverable from the name.
 */
function fromDatabaseError(error: PgError): { status: number; body: ErrorBody } | null {
  const field = error.column ?? fieldFromDetail(error.detail) ?? fieldFromConstraint(error.constraint);
  const fields = field ? { [field]: error.detail ?? 'rejected by the database' } : undefined;
  switch (error.code) {
    case '23505':
      return { status: 409, body: { code: ErrorCode.Conflict, message: 'A record with this value already exists', fields } };
    case '23503':
      if (error.detail?.includes('still referenced')) {
        return { status: 409, body: { code: ErrorCode.InUse, message: 'The record is still referenced by others; remove or move those first', fields } };
      }
      return { status: 422, body: { code: ErrorCode.ReferenceNotFound, message: 'A referenced record does not exist or is still referenced', fields } };
    case '23514':
    case '23502':
    case '22P02':
    case '22003':
    case '22001':
      return { status: 400, body: { code: ErrorCode.ValidationFailed, message: 'Value rejected by a constraint', fields } };
    default:
      return null;
  }
}

/** PostgreSQL names the offending key in the detail: `Key (credit_code)=(…) already exists.` */
function fieldFromDetail(detail: string | undefined): string | undefined {
  const column = detail?.match(/^Key \(([a-z_]+)\)/)?.[1];
  return column ? camel(column) : undefined;
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function fieldFromConstraint(constraint: string | undefined): string | undefined {
  if (!constraint) return undefined;
  const parts = constraint.split('_');
  if (parts.length < 3) return undefined;
  return camel(parts.slice(1, -1).join('_'));
}

/** Every error answer carries Chinese beside the English: `messageZh`, and `fieldsZh` for the same paths as `fields`. */
export function toErrorResponse(exception: unknown): { status: number; body: ErrorBody } {
  const { status, body } = toEnglishResponse(exception);
  return { status, body: withChinese(body) };
}

export function withChinese(body: ErrorBody): ErrorBody {
  const zh: ErrorBody = { ...body, messageZh: messageZh(body.code, body.message) };
  if (body.fields) zh.fieldsZh = fieldsZh(body.fields);
  else delete zh.fields;
  return zh;
}

function toEnglishResponse(exception: unknown): { status: number; body: ErrorBody } {
  if (exception instanceof AppException) {
    return { status: exception.status, body: { code: exception.code, message: exception.message, fields: exception.fields } };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code =
      status === HttpStatus.NOT_FOUND ? ErrorCode.NotFound
      : status === HttpStatus.PAYLOAD_TOO_LARGE ? ErrorCode.PayloadTooLarge
      : status === HttpStatus.TOO_MANY_REQUESTS ? ErrorCode.RateLimited
      : status === HttpStatus.UNAUTHORIZED ? ErrorCode.Unauthorized
      : status === HttpStatus.FORBIDDEN ? ErrorCode.Forbidden
      : status < 500 ? ErrorCode.ValidationFailed
      : ErrorCode.Internal;
    return { status, body: { code, message: exception.message } };
  }
  if (exception instanceof QueryFailedError) {
    const mapped = fromDatabaseError(exception.driverError as PgError);
    if (mapped) return mapped;
  }
  return { status: 500, body: { code: ErrorCode.Internal, message: 'Internal server error' } };
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = toErrorResponse(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (response.headersSent) return;
    if (exception instanceof AppException && exception.retryAfterSeconds !== undefined) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    response.status(status).json(body);
  }
}
