import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../database/data-source-options';
import { withDatabaseUrl } from './cli-database';

/**
 * Schema commands. The migrations are the only way the schema changes; `check` fails when the entities
 * describe a schema the migrations do not produce (run in CI).
 *
 *   migrations run        apply pending migrations
 *   migrations revert     undo the last one
 *   migrations check      exit 1 if entities and migrations disagree (prints the missing SQL)
 *   migrations generate Name   write migrations/<timestamp>-<name>.ts with the missing SQL
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  await withDatabaseUrl(async (url) => {
    const dataSource = new DataSource(buildDataSourceOptions({ url }));
    await dataSource.initialize();
    try {
      switch (command) {
        case 'run': {
          const applied = await dataSource.runMigrations({ transaction: 'each' });
          console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'no pending migrations');
          break;
        }
        case 'revert':
          await dataSource.undoLastMigration({ transaction: 'each' });
          console.log('reverted the last migration');
          break;
        case 'check':
        case 'generate': {
          await dataSource.runMigrations({ transaction: 'each' });
          const sql = await dataSource.driver.createSchemaBuilder().log();
          if (sql.upQueries.length === 0) {
            console.log('entities and migrations agree');
            break;
          }
          if (command === 'check') {
            console.error('Entities and migrations disagree; the migrations lack:');
            for (const q of sql.upQueries) console.error(`  ${q.query};`);
            process.exitCode = 1;
            break;
          }
          writeMigration(name ?? 'Change', sql.upQueries.map((q) => q.query), sql.downQueries.map((q) => q.query).reverse());
          break;
        }
        default:
          console.error('usage: migrations run|revert|check|generate <Name>');
          process.exitCode = 2;
      }
    } finally {
      await dataSource.destroy();
    }
  });
}

function writeMigration(name: string, up: string[], down: string[]): void {
  const timestamp = Date.now();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
  const file = path.join(process.cwd(), 'migrations', `${timestamp}-${kebab}.ts`);
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  fs.writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${lines(up)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${lines(down)}\n  }\n}\n`,
  );
  console.log(`wrote ${file}; add ${className} to migrations/index.ts`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
