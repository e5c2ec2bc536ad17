import { QueryFailedError } from 'typeorm';

/**
 * One retry policy for both executors (BullMQ and the in-process queue): errors of the database or the
 * network are retried with exponential backoff; errors of the data fail the run at once (retrying bad
 * data does not make it better), are counted on the outbox row, and quarantine a talent after
 * FAILURES_BEFORE_QUARANTINE of them (RecomputeRunner.recordFailure).
 */
export const RETRY_POLICY = {
  /** Runs of one job in all, the first included. */
  attempts: 6,
  /** Wait before retry n (1-based): baseDelayMs · 2^(n−1). */
  baseDelayMs: 500,
} as const;

export function retryDelayMs(retry: number): number {
  return RETRY_POLICY.baseDelayMs * 2 ** (retry - 1);
}

/** Errors worth retrying: the database or the network, not the data. */
export function isTransient(error: unknown): boolean {
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: string })?.code ?? '';
    return code.startsWith('08') || code.startsWith('57') || code === '40001' || code === '40P01' || code === '55P03';
  }
  const message = (error as Error)?.message ?? '';
  return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|Connection terminated|timeout|EPIPE/i.test(message);
}
