import { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '../config/app-config';
import { buildOpenApiDocument } from '../common/openapi/build-document';
import { HttpExceptionFilter, withChinese } from '../common/errors/http-exception.filter';
import { ErrorCode } from '../common/errors/error-codes';
import { jsonShapeGuard } from '../common/validation/json-shape';
import { SanitizeTextPipe } from '../common/validation/sanitize-text.pipe';
import { createValidationPipe } from '../common/validation/validation.pipe';
import { mountQueueBoard } from '../recompute/queue-board';
import { mountConsole } from '../console/console-static';

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * Body parsing is ours, not Nest's default, so that its errors (too large, malformed JSON) answer in the
 * same `{ code, message }` shape as every other error instead of Express's HTML page.
 */
function bodyParserErrors(error: BodyParserError, _req: Request, res: Response, next: NextFunction): void {
  if (error?.type === 'entity.too.large') {
    res.status(413).json(withChinese({ code: ErrorCode.PayloadTooLarge, message: 'Request body is too large' }));
    return;
  }
  if (error?.type === 'entity.parse.failed' || error?.type === 'encoding.unsupported' || error?.status === 400) {
    res.status(400).json(withChinese({ code: ErrorCode.InvalidJson, message: 'Request body is not valid JSON', fields: { body: 'malformed JSON' } }));
    return;
  }
  next(error);
}

/**
 * helmet's headers with a strict Content-Security-Policy: the console is served from this origin and
 * talks only to it. Swagger UI (/docs) needs inline styles and scripts of its own, so it gets a looser
 * policy on its path only.
 */
function securityHeaders() {
  const strict = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // The service is often reached over plain HTTP on an office network: do not force HTTPS sub-requests.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  const docs = helmet({ contentSecurityPolicy: false });
  return (req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/docs') ? docs(req, res, next) : strict(req, res, next));
}

/** Everything main.ts and the e2e tests must set up identically on an application. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  app.use(securityHeaders());
  if (config.auth.corsOrigins.length > 0) {
    app.enableCors({ origin: config.auth.corsOrigins, methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], allowedHeaders: ['Authorization', 'Content-Type'], maxAge: 600 });
  }
  app.use(express.json({ limit: config.bodyLimitBytes, strict: true }));
  app.use(bodyParserErrors);
  app.use(jsonShapeGuard(config.maxJsonDepth));
  app.useGlobalPipes(new SanitizeTextPipe(config.maxJsonDepth), createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  mountQueueBoard(app);
  mountConsole(app);

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
