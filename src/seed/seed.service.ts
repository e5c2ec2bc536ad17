import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Position } from '../positions/position.entity';
import { ensureDemoAccounts } from './demo-accounts';
import { loadDemoData, loadDemoPolicies, loadTaxonomy, SeedCounts } from './demo-loader';

@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** On the first start of the zero-setup default, load the demo data; the skill taxonomy always. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemoOnStart && !(await this.dataSource.manager.exists(Position))) {
      const counts = await this.seedDemo();
      this.logger.log(`Loaded the illustrative demo data: ${JSON.stringify(counts)}`);
      return;
    }
    if (this.config.seedDemoOnStart) {
      const accounts = await this.dataSource.transaction((manager) => ensureDemoAccounts(manager));
      if (accounts > 0) this.logger.log(`Created ${accounts} demo accounts`);
      // Databases seeded before policies existed get the illustrative policies too.
      const policies = await this.dataSource.transaction((manager) => loadDemoPolicies(manager));
      if (policies > 0) this.logger.log(`Added ${policies} illustrative demo policies`);
    }
    const added = await this.dataSource.transaction((manager) => loadTaxonomy(manager));
    if (added > 0) this.logger.log(`Added ${added} skills to the taxonomy`);
  }

  async seedDemo(seed?: number): Promise<SeedCounts & { accounts: number }> {
    // Loaded on demand: the generator and its templates are only needed on a first start or `npm run seed`.
    const { buildDemoData } = await import('./demo');
    const data = buildDemoData(seed);
    return this.dataSource.transaction(async (manager) => {
      const counts = await loadDemoData(manager, data);
      return { ...counts, accounts: await ensureDemoAccounts(manager) };
    });
  }
}
