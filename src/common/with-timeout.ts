/**
 * Rejects when `promise` has not settled within `ms`. For calls to a dependency that may wait for ever
 * for a connection (BullMQ waits for Redis to be ready), where the caller must answer or move on.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
