import { INestApplication, Logger } from '@nestjs/common';
import express, { Response } from 'express';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The policy the API sends through helmet (src/bootstrap/configure-app.ts), for a page served without it. */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

/** dist/console of the project, found from this file whether it runs compiled (dist/src/console) or from src/. */
export function consoleRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'console');
}

/**
 * Serves the web console built by scripts/build-console.mjs at `/`. Static files sit outside Nest's guards
 * and are public; every API call the console makes carries a bearer token. Hashed assets never change
 * (cache for a year, immutable); index.html names the current ones, so it is revalidated every time.
 */
export function mountConsole(app: INestApplication, root = consoleRoot()): void {
  if (!existsSync(path.join(root, 'index.html'))) {
    new Logger('Console').warn(`web console not built (${root} has no index.html): run npm run build`);
    return;
  }
  app.use(
    express.static(root, {
      index: 'index.html',
      redirect: false,
      fallthrough: true,
      setHeaders(res: Response, file: string) {
        if (file.endsWith('.html')) {
          res.setHeader('Cache-Control', 'no-cache');
          // helmet sets the policy for every response; this keeps the page covered should it be mounted without it.
          if (!res.getHeader('Content-Security-Policy')) res.setHeader('Content-Security-Policy', CONSOLE_CSP);
        } else if (file.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        } else {
          res.setHeader('Cache-Control', 'no-cache');
        }
      },
    }),
  );
}
