import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isStaff, Principal } from '../auth/principal';
import { AppException } from '../common/errors/app-exception';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Consent } from './consent.entity';
import { ConsentQueryDto, ConsentRequestDto, DirectConsentDto, GrantConsentDto } from './consent.dto';
import { TalentAccessService } from '../access/talent-access.service';

const DEFAULT_VALID_DAYS = 365;

export interface ConsentView {
  id: string;
  talentId: string;
  enterpriseId: string;
  enterpriseName: string | null;
  purpose: string;
  status: string;
  requestedAt: Date | null;
  grantedAt: Date | null;
  withdrawnAt: Date | null;
  expiresAt: Date | null;
}

/**
 * Separate consent per talent and enterprise. Enterprises ask; only the talent grants, declines or
 * withdraws, effective immediately (every read checks the row; nothing is cached). Staff read.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: TalentAccessService,
    private readonly audit: AuditService,
  ) {}

  async request(principal: Principal, input: ConsentRequestDto): Promise<ConsentView> {
    const enterpriseId = principal.enterpriseId!;
    if (!(await this.access.isInEnterpriseScope(enterpriseId, input.talentId))) throw AppException.notFound('Talent', input.talentId);
    const id = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(Consent, { where: { talentId: input.talentId, enterpriseId }, lock: { mode: 'pessimistic_write' } });
      if (existing && existing.status === 'granted' && (!existing.expiresAt || existing.expiresAt.getTime() > Date.now())) return existing.id;
      const values = { purpose: input.purpose, status: 'requested' as const, requestedAt: new Date(), grantedAt: null, withdrawnAt: null, expiresAt: null, updatedAt: new Date() };
      const consentId = existing
        ? (await manager.update(Consent, { id: existing.id }, values), existing.id)
        : ((await manager.insert(Consent, { talentId: input.talentId, enterpriseId, ...values })).identifiers[0].id as string);
      await this.audit.record({ action: 'consent.request', actor: principal, talentId: input.talentId, enterpriseId, details: { purpose: input.purpose } }, manager);
      return consentId;
    });
    return this.view(id);
  }

  async grant(principal: Principal, id: string, input: GrantConsentDto): Promise<ConsentView> {
    await this.dataSource.transaction(async (manager) => {
      const consent = await this.ownConsent(manager, principal, id);
      await manager.update(Consent, { id }, { status: 'granted', grantedAt: new Date(), withdrawnAt: null, expiresAt: expiry(input.validDays), updatedAt: new Date() });
      await this.audit.record({ action: 'consent.grant', actor: principal, talentId: consent.talentId, enterpriseId: consent.enterpriseId, details: { purpose: consent.purpose } }, manager);
    });
    return this.view(id);
  }

  async grantDirect(principal: Principal, input: DirectConsentDto): Promise<ConsentView> {
    const talentId = principal.talentId!;
    if (!(await this.dataSource.manager.exists(Enterprise, { where: { id: input.enterpriseId } }))) {
      throw AppException.referenceNotFound('enterpriseId', 'Enterprise', input.enterpriseId);
    }
    const id = await this.dataSource.transaction((manager) => this.grantWithin(manager, principal, talentId, input.enterpriseId, input.purpose, input.validDays));
    return this.view(id);
  }

  /** Grants (or renews) the talent's consent to an enterprise inside the caller's transaction, audited. */
  async grantWithin(manager: EntityManager, actor: Principal, talentId: string, enterpriseId: string, purpose: string, validDays?: number): Promise<string> {
    const values = { purpose, status: 'granted' as const, grantedAt: new Date(), withdrawnAt: null, expiresAt: expiry(validDays), updatedAt: new Date() };
    await manager.upsert(Consent, { talentId, enterpriseId, ...values }, ['talentId', 'enterpriseId']);
    await this.audit.record({ action: 'consent.grant', actor, talentId, enterpriseId, details: { purpose } }, manager);
    return (await manager.findOneByOrFail(Consent, { talentId, enterpriseId })).id;
  }

  /** The valid grant of a talent to an enterprise, if any (locked for the caller's transaction). */
  async validGrant(manager: EntityManager, talentId: string, enterpriseId: string): Promise<Consent | null> {
    const consent = await manager.findOne(Consent, { where: { talentId, enterpriseId }, lock: { mode: 'pessimistic_write' } });
    if (!consent || consent.status !== 'granted' || (consent.expiresAt && consent.expiresAt.getTime() <= Date.now())) return null;
    return consent;
  }

  /** Withdraws a grant inside the caller's transaction, audited (masked again on the next read). */
  async withdrawWithin(manager: EntityManager, actor: Principal, consent: Consent): Promise<void> {
    await manager.update(Consent, { id: consent.id }, { status: 'withdrawn', withdrawnAt: new Date(), updatedAt: new Date() });
    await this.audit.record({ action: 'consent.withdraw', actor, talentId: consent.talentId, enterpriseId: consent.enterpriseId, details: { status: 'withdrawn' } }, manager);
  }

  /** Withdrawing a grant, or declining a request: at once, masked again on the next read. */
  async withdraw(principal: Principal, id: string): Promise<ConsentView> {
    await this.dataSource.transaction(async (manager) => {
      const consent = await this.ownConsent(manager, principal, id);
      const status = consent.status === 'requested' ? 'declined' : 'withdrawn';
      await manager.update(Consent, { id }, { status, withdrawnAt: new Date(), updatedAt: new Date() });
      await this.audit.record({ action: 'consent.withdraw', actor: principal, talentId: consent.talentId, enterpriseId: consent.enterpriseId, details: { status } }, manager);
    });
    return this.view(id);
  }

  async list(principal: Principal, query: ConsentQueryDto) {
    const qb = this.dataSource.manager
      .createQueryBuilder(Consent, 'c')
      .leftJoin(Enterprise, 'e', 'e.id = c.enterprise_id')
      .select('c.id', 'id');
    if (principal.role === 'talent') qb.andWhere('c.talent_id = :own', { own: principal.talentId });
    if (principal.role === 'enterprise') qb.andWhere('c.enterprise_id = :own', { own: principal.enterpriseId });
    if (query.talentId) qb.andWhere('c.talent_id = :talentId', { talentId: query.talentId });
    if (query.enterpriseId) qb.andWhere('c.enterprise_id = :enterpriseId', { enterpriseId: query.enterpriseId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    const total = await qb.getCount();
    const rows: { id: string }[] = await qb
      .orderBy('c.updated_at', 'DESC')
      .addOrderBy('c.id')
      .offset((query.page - 1) * query.limit)
      .limit(query.limit)
      .getRawMany();
    return { items: await this.views(rows.map((r) => r.id)), total, page: query.page, limit: query.limit };
  }

  async get(principal: Principal, id: string): Promise<ConsentView> {
    const consent = await this.dataSource.manager.findOneBy(Consent, { id });
    const visible =
      consent &&
      (isStaff(principal) ||
        (principal.role === 'talent' && consent.talentId === principal.talentId) ||
        (principal.role === 'enterprise' && consent.enterpriseId === principal.enterpriseId));
    if (!visible) throw AppException.notFound('Consent', id);
    return this.view(id);
  }

  private async ownConsent(manager: EntityManager, principal: Principal, id: string): Promise<Consent> {
    const consent = await manager.findOne(Consent, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!consent || consent.talentId !== principal.talentId) throw AppException.notFound('Consent', id);
    return consent;
  }

  private async view(id: string): Promise<ConsentView> {
    return (await this.views([id]))[0];
  }

  private async views(ids: string[]): Promise<ConsentView[]> {
    if (ids.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.*, e.name_zh AS enterprise_name FROM consent c JOIN enterprise e ON e.id = c.enterprise_id WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    return ids.map((id) => {
      const r = byId.get(id)!;
      return {
        id,
        talentId: r.talent_id as string,
        enterpriseId: r.enterprise_id as string,
        enterpriseName: r.enterprise_name as string,
        purpose: r.purpose as string,
        status: r.status as string,
        requestedAt: r.requested_at as Date | null,
        grantedAt: r.granted_at as Date | null,
        withdrawnAt: r.withdrawn_at as Date | null,
        expiresAt: r.expires_at as Date | null,
      };
    });
  }
}

function expiry(validDays = DEFAULT_VALID_DAYS): Date {
  return new Date(Date.now() + validDays * 86_400_000);
}
