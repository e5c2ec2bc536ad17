import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../database/data-source-options';
import { buildDemoData, DEMO_DATA_NOTICE } from '../seed/demo';
import { loadDemoData } from '../seed/demo-loader';
import { withDatabaseUrl } from './cli-database';

/**
 * `npm run seed [-- --seed N]`: applies the migrations and loads the illustrative demo data into the
 * configured database (DATABASE_URL, or the embedded one). Rows already there (same key) are kept, so
 * running it twice changes nothing.
 */
async function main(): Promise<void> {
  const seedFlag = process.argv.indexOf('--seed');
  const seed = seedFlag >= 0 ? Number(process.argv[seedFlag + 1]) : undefined;
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error('--seed takes an integer');
  await withDatabaseUrl(async (url) => {
    const dataSource = new DataSource(buildDataSourceOptions({ url, migrationsRun: true }));
    await dataSource.initialize();
    try {
      const counts = await dataSource.transaction((manager) => loadDemoData(manager, buildDemoData(seed)));
      console.log(DEMO_DATA_NOTICE.zh);
      console.log(DEMO_DATA_NOTICE.en);
      console.log(`inserted: ${JSON.stringify(counts)}`);
    } finally {
      await dataSource.destroy();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
