import { applyDecorators, HttpStatus } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { ErrorCode } from '../errors/error-codes';
import type { Schema } from './schema';

/**
 * The body of every error (see common/errors): clients switch on `code`, `fields` names what is wrong;
 * `messageZh` and `fieldsZh` say the same in Chinese.
 */
export class ErrorBodyDto {
  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode' })
  code: ErrorCode;

  @ApiProperty()
  message: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Field path (e.g. requiredSkills.0.weight) → what is wrong with it',
  })
  fields?: Record<string, string>;

  @ApiProperty({ description: '`message` in Chinese' })
  messageZh: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'The same paths as `fields`, each message in Chinese without the field name (e.g. days → 不能小于 1)',
  })
  fieldsZh?: Record<string, string>;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

const WHY: Record<ErrorStatus, string> = {
  400: 'Invalid input (VALIDATION_FAILED, INVALID_JSON); `fields` names each field at fault',
  401: 'No valid Bearer token (UNAUTHORIZED)',
  403: 'Signed in, but this role may not do this (FORBIDDEN)',
  404: 'No such record, or not one you may see (NOT_FOUND)',
  409: 'Stale version, duplicate key or still referenced (VERSION_CONFLICT, CONFLICT, IN_USE)',
  413: 'Request body too large (PAYLOAD_TOO_LARGE)',
  422: 'A referenced record does not exist, a stored record cannot be matched, or an import file is over a limit (REFERENCE_NOT_FOUND, UNMATCHABLE, IMPORT_LIMIT_EXCEEDED)',
  429: 'Too many attempts or writes; see Retry-After (RATE_LIMITED)',
  503: 'A dependency is down (SERVICE_UNAVAILABLE)',
};

/**
 * The error statuses a route can answer, each with the shared error body: `@ApiErrors(400, 404)`.
 * On a controller it applies to every route of it.
 */
export function ApiErrors(...statuses: ErrorStatus[]) {
  return applyDecorators(
    ApiExtraModels(ErrorBodyDto),
    ...statuses.map((status) => ApiResponse({ status, description: WHY[status], schema: { $ref: getSchemaPath(ErrorBodyDto) } })),
  );
}

/**
 * The errors every route behind the access guard can answer: no token (401), wrong role (403). Writes
 * also count against the per-account write limit (429), see auth/rate-limits.service.ts.
 */
export const ApiSignedIn = () => ApiErrors(401, 403);
/** A JSON body: 400 when it does not validate or parse, 413 when over the body limit. */
export const ApiJsonBody = () => ApiErrors(400, 413);

export const ApiOk = (schema: Schema, description?: string) => ApiOkResponse({ schema, description });
export const ApiCreated = (schema: Schema, description?: string) => ApiCreatedResponse({ schema, description });
export const ApiAccepted = (schema: Schema, description?: string) => ApiAcceptedResponse({ schema, description });
export const ApiNoContent = (description?: string) => ApiNoContentResponse({ description });

/** A download: `mediaTypes` bodies, documented as binary strings (the fuzzer checks only the content-type). */
export function ApiFile(mediaTypes: readonly string[], description?: string) {
  const content = Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } as Schema }]));
  return ApiResponse({ status: HttpStatus.OK, description, content });
}
