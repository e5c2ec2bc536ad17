import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, loggerLevels } from './config/app-config';
import { WorkerModule } from './worker.module';

/**
 * `npm run worker`: consumes recompute jobs from Redis (REDIS_URL) against PostgreSQL (DATABASE_URL).
 * Start as many as you like, on as many machines; SIGTERM lets the running job finish first.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.redisUrl) throw new ConfigError('REDIS_URL is required for a worker');
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL is required for a worker (the embedded database is served by npm start)');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: loggerLevels(config.logLevel),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  await app.init();
  new Logger('Worker').log(`worker ${process.pid} ready`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
