import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '../common/persistence/query-rows';
import { ENGINE_VERSION } from '../matching/score/engine-params';
import { invalidate } from './invalidation';
import { OutboxRelay } from './outbox-relay.service';

/**
 * Stored matches carry the engine version that computed them. When a process starts with a different
 * engine version than the last full rebuild, it asks for one (once: the UPDATE is the claim), unless nothing
 * has been computed yet.
 */
@Injectable()
export class EngineVersionCheck implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<unknown>(
        manager,
        `UPDATE engine_state SET engine_version = $1, updated_at = now()
          WHERE key = 'corpus' AND engine_version IS DISTINCT FROM $1 RETURNING 1`,
        [ENGINE_VERSION],
      );
      if (rows.length === 0) return false;
      // Nothing computed yet (a first start): whoever loads the data asks for the rebuild; asking here
      // too could start a second one right behind it.
      const [{ computed }] = await queryRows<{ computed: boolean }>(
        manager,
        'SELECT EXISTS (SELECT 1 FROM talent_match_state) OR EXISTS (SELECT 1 FROM programme_match) AS computed',
      );
      if (!computed) return false;
      await invalidate(manager, { kind: 'engine-version' });
      return true;
    });
    if (changed) {
      new Logger('Recompute').log(`engine ${ENGINE_VERSION}: full rebuild of stored matches requested`);
      this.relay.kickAfterWrite();
    }
  }
}
