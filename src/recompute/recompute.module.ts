import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { checkEvictionPolicy, createRedis } from '../queue/redis-connection';
import { BullMqDispatcher } from './bullmq-dispatcher';
import { RECOMPUTE_DISPATCHER, RecomputeDispatcher } from './dispatcher';
import { EngineCache } from './engine-snapshot';
import { EngineVersionCheck } from './engine-version-check';
import { FreshnessService } from './freshness.service';
import { InProcessDispatcher } from './in-process-dispatcher';
import { OutboxRelay } from './outbox-relay.service';
import { RecomputeRunner } from './recompute-runner.service';

class DispatcherLifecycle implements OnApplicationShutdown {
  constructor(@Inject(RECOMPUTE_DISPATCHER) private readonly dispatcher: RecomputeDispatcher) {}

  async onApplicationShutdown(): Promise<void> {
    await this.dispatcher.close();
  }
}

/**
 * Outbox, relay and executor of recomputes. With REDIS_URL the relay feeds BullMQ and `npm run worker`
 * processes consume it; without, the same runner executes in this process (the zero-setup default).
 */
@Global()
@Module({
  providers: [
    EngineCache,
    RecomputeRunner,
    OutboxRelay,
    FreshnessService,
    DispatcherLifecycle,
    EngineVersionCheck,
    {
      provide: RECOMPUTE_DISPATCHER,
      inject: [APP_CONFIG, RecomputeRunner],
      useFactory: async (config: AppConfig, runner: RecomputeRunner): Promise<RecomputeDispatcher> => {
        if (!config.redisUrl) return new InProcessDispatcher(runner);
        const connection = createRedis(config.redisUrl, 'producer');
        await checkEvictionPolicy(connection, config.requireNoEviction).catch((error: Error) => {
          if (error.message.includes('noeviction')) throw error;
          // Redis unreachable at boot: start anyway; the relay keeps requests pending until it is back.
        });
        return new BullMqDispatcher(connection);
      },
    },
  ],
  exports: [EngineCache, RecomputeRunner, OutboxRelay, FreshnessService, RECOMPUTE_DISPATCHER],
})
export class RecomputeModule {}
