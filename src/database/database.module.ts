import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from './embedded-postgres';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

export interface DatabaseConnection {
  url: string;
  embedded: boolean;
  handle: EmbeddedPostgresHandle | null;
}

/** Stops the embedded server only after TypeORM has closed its connections to it. */
@Injectable()
class EmbeddedDatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.connection.handle) return;
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.connection.handle.stop();
  }
}

@Module({
  providers: [
    {
      provide: DATABASE_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DatabaseConnection> => {
        if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, handle: null };
        const handle = await startEmbeddedPostgres(config.dataDir, config.embeddedDatabasePort);
        new Logger('Database').log(`No DATABASE_URL: embedded PostgreSQL (PGlite) in ${config.dataDir} at ${handle.url}`);
        return { url: handle.url, embedded: true, handle };
      },
    },
  ],
  exports: [DATABASE_CONNECTION],
})
class DatabaseConnectionModule {}

@Global()
@Module({
  imports: [
    DatabaseConnectionModule,
    TypeOrmModule.forRootAsync({
      imports: [DatabaseConnectionModule],
      inject: [DATABASE_CONNECTION],
      useFactory: (connection: DatabaseConnection) =>
        buildDataSourceOptions({ url: connection.url, embedded: connection.embedded, migrationsRun: true }),
    }),
  ],
  providers: [EmbeddedDatabaseLifecycle],
  exports: [DatabaseConnectionModule],
})
export class DatabaseModule {}
