import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { bearerToken } from '../auth/auth.guard';
import { PrincipalResolver } from '../auth/principal-resolver';
import { isStaff, Principal } from '../auth/principal';
import { BOARD_SESSION_AUDIENCE, BOARD_TICKET_AUDIENCE, TokenService } from '../auth/token.service';
import { AppException } from '../common/errors/app-exception';
import { toErrorResponse } from '../common/errors/http-exception.filter';
import { BullMqDispatcher } from './bullmq-dispatcher';
import { RECOMPUTE_DISPATCHER, RecomputeDispatcher } from './dispatcher';
import { FreshnessService } from './freshness.service';

export const QUEUE_BOARD_PATH = '/queues';

const BOARD_COOKIE = 'queue_board';
const BOARD_SESSION_SECONDS = 30 * 60;

/**
 * The board is Express middleware, outside Nest's guards, and shows job payloads: it gets the same
 * check as the staff-only routes (401 without valid credentials, 403 for other roles). API clients send
 * their Bearer token; a browser opens the link from `POST /auth/queue-board-ticket`, whose one-minute
 * ticket is exchanged here for an HttpOnly cookie valid on /queues only.
 */
function staffOnly(principals: PrincipalResolver, tokens: TokenService) {
  return (req: Request, res: Response, next: NextFunction) => {
    const deny = (error: unknown) => {
      const { status, body } = toErrorResponse(error);
      res.status(status).json(body);
    };
    const allowStaff = (principal: Principal) => {
      if (!isStaff(principal)) throw AppException.forbidden(`A ${principal.role} account may not do this`);
    };
    let bearer: string | null;
    try {
      bearer = bearerToken(req.headers.authorization);
    } catch (error) {
      return deny(error);
    }
    const ticket = typeof req.query.ticket === 'string' ? req.query.ticket : undefined;
    const cookie = readCookie(req.headers.cookie, BOARD_COOKIE);
    if (bearer) {
      principals.resolve(bearer).then(allowStaff).then(() => next(), deny);
    } else if (ticket) {
      principals
        .resolveFor(ticket, BOARD_TICKET_AUDIENCE)
        .then((principal) => {
          allowStaff(principal);
          const session = tokens.signFor(BOARD_SESSION_AUDIENCE, principal.userId, principal.tokenVersion, BOARD_SESSION_SECONDS);
          res.cookie(BOARD_COOKIE, session, { httpOnly: true, sameSite: 'strict', path: QUEUE_BOARD_PATH, maxAge: BOARD_SESSION_SECONDS * 1000 });
          res.redirect(303, `${QUEUE_BOARD_PATH}/`);
        })
        .catch(deny);
    } else if (cookie) {
      principals.resolveFor(cookie, BOARD_SESSION_AUDIENCE).then(allowStaff).then(() => next(), deny);
    } else {
      deny(AppException.unauthorized());
    }
  };
}

/**
 * bull-board's page links a Google Fonts stylesheet: offline it only fails, but it is a request to another
 * host, which the office's pages must not make (and the CSP refuses). Its template is copied once without
 * that line; the board falls back to system fonts.
 */
function selfHostedViews(): string {
  const original = path.join(path.dirname(require.resolve('@bull-board/ui/package.json')), 'dist', 'index.ejs');
  const template = fs
    .readFileSync(original, 'utf8')
    .split('\n')
    .filter((line) => !/https?:\/\/fonts\.(googleapis|gstatic)\.com/.test(line))
    .join('\n');
  const dir = path.join(os.tmpdir(), `queue-board-views-${createHash('sha256').update(template).digest('hex').slice(0, 12)}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.ejs'), template);
  return dir;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * `/queues`: bull-board over the recompute queue when BullMQ runs it (failed jobs can be inspected and
 * retried there); in the zero-setup mode, the in-process queue's counts and the pending outbox as JSON.
 */
export function mountQueueBoard(app: INestApplication): void {
  app.use(QUEUE_BOARD_PATH, staffOnly(app.get(PrincipalResolver), app.get(TokenService)));
  const dispatcher = app.get<RecomputeDispatcher>(RECOMPUTE_DISPATCHER);
  if (dispatcher instanceof BullMqDispatcher) {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({ queues: [new BullMQAdapter(dispatcher.queue)], serverAdapter });
    serverAdapter.setViewsPath(selfHostedViews());
    app.use(QUEUE_BOARD_PATH, serverAdapter.getRouter());
    return;
  }
  const freshness = app.get(FreshnessService);
  app.use(QUEUE_BOARD_PATH, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET') return next();
    freshness
      .status()
      .then((status) => res.json({ mode: 'in-process', ...status }))
      .catch(next);
  });
}
