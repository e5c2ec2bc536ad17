import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { RecomputeProcessor } from './recompute/recompute.processor';
import { RecomputeModule } from './recompute/recompute.module';

/** The worker process: database, outbox relay and sweep, and the BullMQ consumer; no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, RecomputeModule],
      providers: [RecomputeProcessor],
    };
  }
}
