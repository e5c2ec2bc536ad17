import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { TalentErasureService } from './talent-erasure.service';

const SWEEP_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Storage limitation: a talent whose profile was not edited and whose account did not sign in for
 * TALENT_RETENTION_DAYS is erased, like a deletion they asked for. Runs at start and every six hours.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly erasure: TalentErasureService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.auth.talentRetentionDays === 0) return;
    this.timer = setInterval(() => void this.sweep().catch((e: Error) => this.logger.warn(e.message)), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Talents idle longer than the retention period (profile edits and sign-ins both count as activity). */
  async idleTalents(retentionDays = this.config.auth.talentRetentionDays): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT t.id FROM talent t LEFT JOIN user_account u ON u.talent_id = t.id
        WHERE GREATEST(t.updated_at, COALESCE(u.last_login_at, t.updated_at)) < now() - make_interval(days => $1)
        ORDER BY t.id LIMIT 1000`,
      [retentionDays],
    );
    return rows.map((r) => r.id);
  }

  async sweep(retentionDays = this.config.auth.talentRetentionDays): Promise<number> {
    if (retentionDays <= 0) return 0;
    const ids = await this.idleTalents(retentionDays);
    for (const id of ids) await this.erasure.erase(id, null, 'retention');
    if (ids.length) this.logger.log(`Erased ${ids.length} talents idle for more than ${retentionDays} days`);
    return ids.length;
  }
}
