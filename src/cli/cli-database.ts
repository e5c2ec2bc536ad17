import { loadConfig } from '../config/app-config';
import { findRunningEmbeddedPostgres, startEmbeddedPostgres } from '../database/embedded-postgres';

/**
 * Runs `work` against the configured database: DATABASE_URL when set; otherwise the embedded database of
 * this checkout, through the socket of the process serving it or by opening it here when none does.
 */
export async function withDatabaseUrl<T>(work: (url: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  if (config.databaseUrl) return work(config.databaseUrl);
  const running = findRunningEmbeddedPostgres(config.dataDir);
  if (running) return work(running.url);
  const handle = await startEmbeddedPostgres(config.dataDir);
  try {
    return await work(handle.url);
  } finally {
    await handle.stop();
  }
}
