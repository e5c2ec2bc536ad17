import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase, TestDatabase } from './support/test-database';

async function tables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration' ORDER BY 1",
  );
  return rows.map((r) => r.table_name);
}

/** The schema's only path is the migrations: they must go up, down and up again, and match the entities. */
describe('migrations (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('mig');
    dataSource = new DataSource(buildDataSourceOptions({ url: database.url }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('run up, down to nothing, and up again cleanly', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    const schema = await tables(dataSource);
    expect(schema).toEqual(expect.arrayContaining(['enterprise', 'position', 'talent', 'talent_contact', 'university', 'programme', 'skill', 'match']));

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables(dataSource)).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables(dataSource)).toEqual(schema);
  });

  it('leave nothing for the entities to add (the check CI runs)', async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are detected as missing when an entity changes', async () => {
    // Proves the check can fail: the same database against the entities minus the last migration.
    await dataSource.undoLastMigration({ transaction: 'each' });
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.length).toBeGreaterThan(0);
    await dataSource.runMigrations({ transaction: 'each' });
  });
});
