import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { AppException } from '../common/errors/app-exception';
import { ErrorCode } from '../common/errors/error-codes';
import { ConsentsService } from '../consents/consents.service';
import { TalentAccessService } from '../access/talent-access.service';
import { PipelineEntry } from './pipeline-entry.entity';
import { ApplyDto, InviteDto } from './pipeline.dto';
import { STAGE_ZH } from './stages';

/** The consent purpose an application records; withdrawing revokes only consents given this way. */
export const APPLICATION_PURPOSE_PREFIX = '申请岗位：';

interface PositionRow {
  id: string;
  title: string;
  status: string;
  enterprise_id: string;
}

/**
 * Interest both ways. A talent applies to an open position (a consent event: their profile and contact go
 * to that enterprise, recorded in `consent` and the audit log) or withdraws (the consent given by applying
 * is revoked unless another live application to the same enterprise still needs it). An enterprise invites
 * a candidate of its own opening; an invitation shares nothing until the talent applies.
 */
@Injectable()
export class InterestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consents: ConsentsService,
    private readonly talents: TalentAccessService,
    private readonly audit: AuditService,
  ) {}

  async apply(principal: Principal, talentId: string, input: ApplyDto) {
    const id = await this.dataSource.transaction(async (manager) => {
      const position = await this.openPosition(manager, input.positionId);
      const existing = await this.lockedEntry(manager, position.id, talentId);
      if (existing && existing.appliedAt && !existing.withdrawnAt) throw new AppException(ErrorCode.Conflict, 'You already applied to this position', { positionId: 'already applied' });
      const now = new Date();
      const values = { appliedAt: now, interestNote: input.note ?? null, withdrawnAt: null, updatedAt: now };
      let entryId: string;
      if (existing) {
        await manager.update(PipelineEntry, { id: existing.id }, { ...values, version: existing.version + 1 });
        entryId = existing.id;
      } else {
        const history = [{ from: null, to: 'recommended' as const, byUserId: principal.userId, byRole: principal.role, at: now.toISOString() }];
        entryId = (await manager.insert(PipelineEntry, { positionId: position.id, talentId, source: 'applied', stage: 'recommended', history: history as never, ...values })).identifiers[0].id as string;
      }
      const alreadyGranted = await this.consents.validGrant(manager, talentId, position.enterprise_id);
      if (!alreadyGranted) await this.consents.grantWithin(manager, principal, talentId, position.enterprise_id, `${APPLICATION_PURPOSE_PREFIX}${position.title}`);
      await this.audit.record(
        { action: 'application.submit', actor: principal, talentId, enterpriseId: position.enterprise_id, details: { positionId: position.id, consent: alreadyGranted ? 'already granted' : 'granted' } },
        manager,
      );
      return entryId;
    });
    return this.application(id);
  }

  async withdraw(principal: Principal, talentId: string, positionId: string) {
    const id = await this.dataSource.transaction(async (manager) => {
      const entry = await this.lockedEntry(manager, positionId, talentId);
      if (!entry || !entry.appliedAt || entry.withdrawnAt) throw AppException.notFound('Application', positionId);
      const now = new Date();
      await manager.update(PipelineEntry, { id: entry.id }, { withdrawnAt: now, updatedAt: now, version: entry.version + 1 });
      const [{ enterprise_id: enterpriseId }]: { enterprise_id: string }[] = await manager.query('SELECT enterprise_id FROM position WHERE id = $1', [positionId]);
      const [{ live }]: { live: number }[] = await manager.query(
        `SELECT count(*)::int AS live FROM pipeline_entry pe JOIN position p ON p.id = pe.position_id
          WHERE pe.talent_id = $1 AND p.enterprise_id = $2 AND pe.applied_at IS NOT NULL AND pe.withdrawn_at IS NULL`,
        [talentId, enterpriseId],
      );
      const consent = await this.consents.validGrant(manager, talentId, enterpriseId);
      const revoke = consent !== null && live === 0 && consent.purpose.startsWith(APPLICATION_PURPOSE_PREFIX);
      if (revoke) await this.consents.withdrawWithin(manager, principal, consent);
      await this.audit.record({ action: 'application.withdraw', actor: principal, talentId, enterpriseId, details: { positionId, consentRevoked: revoke } }, manager);
      return entry.id;
    });
    return this.application(id);
  }

  async invite(principal: Principal, positionId: string, input: InviteDto) {
    const [position]: PositionRow[] = await this.dataSource.query('SELECT id, title, status, enterprise_id FROM position WHERE id = $1', [positionId]);
    // Staff pass the ownership check for any id: a missing position is still a 404.
    if (!position) throw AppException.notFound('Position', positionId);
    if (!(await this.talents.isInEnterpriseScope(position.enterprise_id, input.talentId))) throw AppException.referenceNotFound('talentId', 'Talent', input.talentId);
    const id = await this.dataSource.transaction(async (manager) => {
      const existing = await this.lockedEntry(manager, positionId, input.talentId);
      if (existing?.invitedAt) throw new AppException(ErrorCode.Conflict, 'This candidate was already invited', { talentId: 'already invited' });
      const now = new Date();
      const values = { invitedAt: now, inviteNote: input.note ?? null, updatedAt: now };
      let entryId: string;
      if (existing) {
        await manager.update(PipelineEntry, { id: existing.id }, { ...values, version: existing.version + 1 });
        entryId = existing.id;
      } else {
        const history = [{ from: null, to: 'recommended' as const, byUserId: principal.userId, byRole: principal.role, at: now.toISOString() }];
        entryId = (await manager.insert(PipelineEntry, { positionId, talentId: input.talentId, source: 'invited', stage: 'recommended', history: history as never, ...values })).identifiers[0].id as string;
      }
      await this.audit.record({ action: 'invitation.send', actor: principal, talentId: input.talentId, enterpriseId: position.enterprise_id, details: { positionId } }, manager);
      return entryId;
    });
    return this.application(id);
  }

  /**
   * The enterprise takes an invitation back: the talent no longer sees it (the audit log keeps it). An
   * application the talent already made stays; ending that is a move to 未通过.
   */
  async withdrawInvitation(principal: Principal, positionId: string, talentId: string) {
    const id = await this.dataSource.transaction(async (manager) => {
      const entry = await this.lockedEntry(manager, positionId, talentId);
      if (!entry || !entry.invitedAt) throw AppException.notFound('Invitation', talentId);
      await manager.update(PipelineEntry, { id: entry.id }, { invitedAt: null, inviteNote: null, updatedAt: new Date(), version: entry.version + 1 });
      const [{ enterprise_id: enterpriseId }]: { enterprise_id: string }[] = await manager.query('SELECT enterprise_id FROM position WHERE id = $1', [positionId]);
      await this.audit.record({ action: 'invitation.withdraw', actor: principal, talentId, enterpriseId, details: { positionId } }, manager);
      return entry.id;
    });
    return this.application(id);
  }

  /**
   * A talent's applications and invitations, latest first (stage shown; enterprise notes are not). An
   * entry the enterprise only shortlisted is its own working list, not shown to the talent.
   */
  async applications(talentId: string, page: number, limit: number) {
    const mine = 'talent_id = $1 AND (applied_at IS NOT NULL OR invited_at IS NOT NULL)';
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM pipeline_entry WHERE ${mine}`, [talentId]);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM pipeline_entry WHERE ${mine} ORDER BY updated_at DESC, id LIMIT $2 OFFSET $3`,
      [talentId, limit, (page - 1) * limit],
    );
    return { items: await Promise.all(rows.map((r) => this.application(r.id))), total, page, limit };
  }

  private async application(id: string) {
    const [r]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT pe.*, p.title, p.status AS position_status, e.name_zh AS enterprise_name
         FROM pipeline_entry pe JOIN position p ON p.id = pe.position_id JOIN enterprise e ON e.id = p.enterprise_id WHERE pe.id = $1`,
      [id],
    );
    return {
      ...entryView(r),
      positionTitle: r.title as string,
      enterpriseName: r.enterprise_name as string,
      positionStatus: r.position_status as string,
    };
  }

  private async openPosition(manager: EntityManager, positionId: string): Promise<PositionRow> {
    const [position]: PositionRow[] = await manager.query('SELECT id, title, status, enterprise_id FROM position WHERE id = $1', [positionId]);
    if (!position || position.status !== 'open') throw AppException.referenceNotFound('positionId', 'Position', positionId);
    return position;
  }

  private lockedEntry(manager: EntityManager, positionId: string, talentId: string): Promise<PipelineEntry | null> {
    return manager.findOne(PipelineEntry, { where: { positionId, talentId }, lock: { mode: 'pessimistic_write' } });
  }
}

/** The columns both sides see, from a raw `pipeline_entry` row. */
export function entryView(r: Record<string, unknown>) {
  const stage = r.stage as keyof typeof STAGE_ZH;
  return {
    id: r.id as string,
    positionId: r.position_id as string,
    talentId: r.talent_id as string,
    source: r.source as string,
    stage,
    stageZh: STAGE_ZH[stage],
    appliedAt: r.applied_at as Date | null,
    interestNote: r.interest_note as string | null,
    invitedAt: r.invited_at as Date | null,
    inviteNote: r.invite_note as string | null,
    withdrawnAt: r.withdrawn_at as Date | null,
    version: r.version as number,
    updatedAt: r.updated_at as Date,
  };
}
