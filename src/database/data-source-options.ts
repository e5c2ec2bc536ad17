import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { SnakeNamingStrategy } from '../common/persistence/snake-naming.strategy';
import { ENTITIES } from './entities';

export interface DataSourceSettings {
  url: string;
  /** The embedded PGlite server runs one session for all sockets: give it one connection at a time. */
  embedded?: boolean;
  /** Apply pending migrations when the connection opens (the app does; the migration CLI does not). */
  migrationsRun?: boolean;
  poolSize?: number;
  logging?: boolean;
}

export function buildDataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    migrationsRun: settings.migrationsRun ?? false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    // `findOneBy({ id: undefined })` must throw, not return an arbitrary row.
    invalidWhereValuesBehavior: { undefined: 'throw', null: 'sql-null' },
    logging: settings.logging ? ['error', 'warn', 'migration'] : ['error', 'migration'],
    extra: {
      max: settings.embedded ? 1 : settings.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
    },
  };
}
