import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PrincipalResolver } from '../auth/principal-resolver';
import { isStaff } from '../auth/principal';
import { AppException } from '../common/errors/app-exception';
import { toErrorResponse } from '../common/errors/http-exception.filter';
import { BullMqDispatcher } from './bullmq-dispatcher';
import { RECOMPUTE_DISPATCHER, RecomputeDispatcher } from './dispatcher';
import { FreshnessService } from './freshness.service';

export const QUEUE_BOARD_PATH = '/queues';

/**
 * The board is Express middleware, outside Nest's guards, and shows job payloads: it gets the same
 * check as the staff-only routes (401 without a valid token, 403 for other roles).
 */
function staffOnly(principals: PrincipalResolver) {
  return (req: Request, res: Response, next: NextFunction) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const deny = (error: unknown) => {
      const { status, body } = toErrorResponse(error);
      res.status(status).json(body);
    };
    if (!match) return deny(AppException.unauthorized());
    principals
      .resolve(match[1])
      .then((principal) => (isStaff(principal) ? next() : deny(AppException.forbidden(`A ${principal.role} account may not do this`))))
      .catch(deny);
  };
}

/**
 * `/queues`: bull-board over the recompute queue when BullMQ runs it (failed jobs can be inspected and
 * retried there); in the zero-setup mode, the in-process queue's counts and the pending outbox as JSON.
 */
export function mountQueueBoard(app: INestApplication): void {
  app.use(QUEUE_BOARD_PATH, staffOnly(app.get(PrincipalResolver)));
  const dispatcher = app.get<RecomputeDispatcher>(RECOMPUTE_DISPATCHER);
  if (dispatcher instanceof BullMqDispatcher) {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({ queues: [new BullMQAdapter(dispatcher.queue)], serverAdapter });
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
