/** Every error the API returns carries one of these codes; clients switch on the code, never the message. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  InvalidJson = 'INVALID_JSON',
  /** Objects and arrays nested deeper than JSON_MAX_DEPTH. */
  JsonTooDeep = 'JSON_TOO_DEEP',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** An import file over one of its limits (rows, cells, inflated size…); `fields` names the limit. */
  ImportLimitExceeded = 'IMPORT_LIMIT_EXCEEDED',
  NotFound = 'NOT_FOUND',
  VersionConflict = 'VERSION_CONFLICT',
  Conflict = 'CONFLICT',
  ReferenceNotFound = 'REFERENCE_NOT_FOUND',
  InUse = 'IN_USE',
  /** A stored record the engine cannot use (quarantined by the recompute pipeline). */
  Unmatchable = 'UNMATCHABLE',
  Unauthorized = 'UNAUTHORIZED',
  Forbidden = 'FORBIDDEN',
  RateLimited = 'RATE_LIMITED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL',
}

/** Field path (e.g. `requiredSkills.0.weight`) → what is wrong with it. */
export type FieldErrors = Record<string, string>;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
  /** `message` in Chinese (see messages-zh.ts); set by the global filter on every error answer. */
  messageZh?: string;
  /** The same paths as `fields`, each message in Chinese and without the field's name ("不能小于 1"). */
  fieldsZh?: FieldErrors;
}
