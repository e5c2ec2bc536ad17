import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorBodyDto } from './api-responses';
import { applyValidatorRulesToSwagger } from './validator-rules';

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const ERROR_REF = { $ref: '#/components/schemas/ErrorBodyDto' };

/**
 * The OpenAPI document served at /docs/openapi.json. Route-specific answers (bodies, 404, 409, 422) are
 * declared on the controllers; the errors that global machinery gives every route are added here,
 * once, because they do not depend on the controller:
 * - 401 everywhere: the guard rejects a malformed or invalid Bearer token even on public routes;
 * - 429 on writes: the guard counts every non-GET request against the caller's write limit;
 * - 400 where there are parameters or a body: the validation pipe, the UUID pipes, the JSON parser;
 * - 413 where there is a body: the JSON body limit.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  applyValidatorRulesToSwagger();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Baotou Rare Earth Hi-Tech Zone talent matching')
      .setDescription('包头稀土高新区人才与企业岗位匹配服务 · talents, positions, universities, matches')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    { extraModels: [ErrorBodyDto] },
  );
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const add = (status: number, description: string) => {
        operation.responses[status] ??= { description, content: { 'application/json': { schema: ERROR_REF } } };
      };
      add(401, 'A malformed or invalid Bearer token, or none where one is needed (UNAUTHORIZED)');
      if (WRITE_METHODS.has(method)) add(429, 'Too many writes in a minute; see Retry-After (RATE_LIMITED)');
      if (operation.requestBody || (operation.parameters?.length ?? 0) > 0) add(400, 'Invalid input; `fields` names each field at fault (VALIDATION_FAILED, INVALID_JSON)');
      if (operation.requestBody) add(413, 'Request body too large (PAYLOAD_TOO_LARGE)');
    }
  }
  return document;
}
