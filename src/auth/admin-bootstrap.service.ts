import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { passwordHasher } from './password-hasher';
import { UserAccount } from './user-account.entity';

/** With ADMIN_PASSWORD set, makes sure the first admin exists, so a fresh deployment can be signed into. */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.auth.bootstrapAdmin;
    if (!admin || (await this.dataSource.manager.exists(UserAccount, { where: { username: admin.username } }))) return;
    const passwordHash = await passwordHasher.hash(admin.password);
    await this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(UserAccount)
      .values({ username: admin.username, displayName: 'Administrator', passwordHash, role: 'admin' })
      .orIgnore()
      .execute();
    new Logger('Auth').log(`Created the admin account "${admin.username}" from ADMIN_PASSWORD`);
  }
}
