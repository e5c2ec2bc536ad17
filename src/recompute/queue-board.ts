import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { BullMqDispatcher } from './bullmq-dispatcher';
import { RECOMPUTE_DISPATCHER, RecomputeDispatcher } from './dispatcher';
import { FreshnessService } from './freshness.service';

export const QUEUE_BOARD_PATH = '/queues';

/**
 * `/queues`: bull-board over the recompute queue when BullMQ runs it (failed jobs can be inspected and
 * retried there); in the zero-setup mode, the in-process queue's counts and the pending outbox as JSON.
 */
export function mountQueueBoard(app: INestApplication): void {
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
