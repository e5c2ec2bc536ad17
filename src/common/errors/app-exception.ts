import { HttpStatus } from '@nestjs/common';
import { ErrorCode, FieldErrors } from './error-codes';

const STATUS_BY_CODE: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.ValidationFailed]: HttpStatus.BAD_REQUEST,
  [ErrorCode.InvalidJson]: HttpStatus.BAD_REQUEST,
  [ErrorCode.JsonTooDeep]: HttpStatus.BAD_REQUEST,
  [ErrorCode.PayloadTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.ImportLimitExceeded]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.VersionConflict]: HttpStatus.CONFLICT,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.ReferenceNotFound]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.InUse]: HttpStatus.CONFLICT,
  [ErrorCode.Unmatchable]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.Unauthorized]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.ServiceUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** The one exception type services throw; the global filter maps it to `{ code, message, fields }`. */
export class AppException extends Error {
  /** Sent as the Retry-After header (429). */
  retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = 'AppException';
  }

  get status(): HttpStatus {
    return STATUS_BY_CODE[this.code];
  }

  static notFound(entity: string, id: string): AppException {
    return new AppException(ErrorCode.NotFound, `${entity} ${id} not found`, { id: 'no such record' });
  }

  static versionConflict(entity: string, id: string, current: number): AppException {
    return new AppException(
      ErrorCode.VersionConflict,
      `${entity} ${id} was changed by someone else (current version ${current}); reload and retry`,
      { version: `stale; current version is ${current}` },
    );
  }

  /** A well-formed body that points at a record that does not exist: 422, naming the field. */
  static referenceNotFound(field: string, entity: string, id: string): AppException {
    return new AppException(ErrorCode.ReferenceNotFound, `${entity} ${id} does not exist`, { [field]: `no such ${entity.toLowerCase()}` });
  }

  static unauthorized(message = 'Sign in first: a valid Bearer token is required'): AppException {
    return new AppException(ErrorCode.Unauthorized, message);
  }

  static forbidden(message: string): AppException {
    return new AppException(ErrorCode.Forbidden, message);
  }

  static rateLimited(message: string, retryAfterSeconds: number): AppException {
    const error = new AppException(ErrorCode.RateLimited, message);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
  }

  /** A field the caller may not set (its value comes from their account): 400 naming it. */
  static fieldNotAllowed(field: string, why: string): AppException {
    return AppException.validation({ [field]: why });
  }

  static validation(fields: FieldErrors): AppException {
    const names = Object.keys(fields);
    return new AppException(ErrorCode.ValidationFailed, `Invalid input: ${names.join(', ')}`, fields);
  }
}
