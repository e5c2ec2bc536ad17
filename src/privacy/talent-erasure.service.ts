import { invalidate } from '../recompute/invalidation';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { release } from '../recompute/quarantine-store';
import { AppException } from '../common/errors/app-exception';
import { RECOMPUTE_DISPATCHER, RecomputeDispatcher } from '../recompute/dispatcher';
import { Talent } from '../talents/talent.entity';

/**
 * Erasure of a talent (PIPL art. 47): the profile and everything hanging off it (contact, matches,
 * consents, shortlist marks, the account with its sessions and tokens) go by cascade in one transaction,
 * with the pending recompute request; audit entries about them are kept but anonymised; then the queue
 * is purged of jobs and events naming them. Nothing readable about the person is left behind.
 */
@Injectable()
export class TalentErasureService {
  private readonly logger = new Logger('TalentErasure');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(RECOMPUTE_DISPATCHER) private readonly dispatcher: RecomputeDispatcher,
  ) {}

  async erase(talentId: string, actor: Principal | null, reason: 'self' | 'staff' | 'retention', version?: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const talent = await manager.findOne(Talent, { where: { id: talentId }, lock: { mode: 'pessimistic_write' } });
      if (!talent) throw AppException.notFound('Talent', talentId);
      if (version !== undefined && talent.version !== version) throw AppException.versionConflict('Talent', talentId, talent.version);
      const [account] = (await manager.query('SELECT id FROM user_account WHERE talent_id = $1', [talentId])) as { id: string }[];
      await this.audit.anonymiseTalent(manager, talentId, account?.id ?? null);
      await manager.query(`DELETE FROM recompute_request WHERE kind = 'talent' AND entity_id = $1`, [talentId]);
      await release(manager, 'talent', [talentId]);
      await invalidate(manager, { kind: 'talent-deleting', id: talentId });
      await manager.delete(Talent, { id: talentId });
      const selfActor = reason === 'self' ? null : actor;
      await this.audit.record({ action: 'talent.erase', actor: selfActor, details: { reason } }, manager);
    });
    try {
      await this.dispatcher.forgetTalent(talentId);
    } catch (error) {
      // The rows are gone; a queue left with the id would still be a leftover, so say so loudly.
      this.logger.error(`Talent erased but the queue could not be purged: ${(error as Error).message}`);
      throw error;
    }
  }
}
