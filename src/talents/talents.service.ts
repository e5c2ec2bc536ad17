import { Injectable } from '@nestjs/common';
import { TalentAccessService } from '../access/talent-access.service';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { maskEmail, maskName, maskPhone } from '../consents/masking';
import { OutboxRelay } from '../recompute/outbox-relay.service';
import { invalidate } from '../recompute/invalidation';
import { release } from '../recompute/quarantine-store';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { definedOnly, VersionedCrudService, WriteKind } from '../common/persistence/versioned-crud.service';
import { findOrFail } from '../common/persistence/versioned-write';
import { escapeLike } from '../common/persistence/escape-like';
import { ContactDto, CreateTalentDto, TalentContactView, TalentQueryDto, UpdateTalentDto } from './talent.dto';
import { TalentContact } from './talent-contact.entity';
import { Talent } from './talent.entity';

@Injectable()
export class TalentsService extends VersionedCrudService<Talent, CreateTalentDto, UpdateTalentDto> {
  protected readonly label = 'Talent';
  protected readonly target = Talent;

  constructor(
    dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly access: TalentAccessService,
    private readonly audit: AuditService,
  ) {
    super(dataSource);
  }

  protected applyFilters(qb: SelectQueryBuilder<Talent>, query: TalentQueryDto): void {
    if (query.tier) qb.andWhere('e.tier = :tier', { tier: query.tier });
    if (query.city) qb.andWhere('e.current_city = :city', { city: query.city });
    if (query.q) qb.andWhere('(e.name ILIKE :q OR e.headline ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
  }

  protected async prepareCreate(_manager: EntityManager, input: CreateTalentDto): Promise<Partial<Talent>> {
    const { contact: _contact, ...profile } = input;
    return definedOnly(profile);
  }

  protected override async afterWrite(manager: EntityManager, id: string, kind: WriteKind): Promise<void> {
    // A deleted talent's rows go with it (ON DELETE CASCADE); anything else is recomputed.
    if (kind !== 'deleted') await invalidate(manager, { kind: 'talent', id });
    else await release(manager, 'talent', [id]);
  }

  protected override async beforeDelete(manager: EntityManager, id: string): Promise<void> {
    await invalidate(manager, { kind: 'talent-deleting', id });
  }

  protected override afterCommit(): void {
    this.relay.kickAfterWrite();
  }

  protected async preparePatch(
    _manager: EntityManager,
    _current: Talent,
    patch: Omit<UpdateTalentDto, 'version'>,
  ): Promise<Partial<Talent>> {
    return definedOnly(patch);
  }

  protected override async afterInsert(manager: EntityManager, id: string, input: CreateTalentDto): Promise<void> {
    if (input.contact) await manager.insert(TalentContact, contactRow(id, input.contact));
  }

  /** The profile as this caller may see it: an enterprise without consent gets the name masked. */
  async getFor(principal: Principal, talentId: string): Promise<Talent> {
    const talent = await this.get(talentId);
    const { masked } = await this.access.identityView(principal, [talentId]);
    if (!masked(talentId)) return talent;
    return { ...talent, name: maskName(talent.name), externalKey: null };
  }

  /**
   * Contact details for this caller. The talent sees their own; staff see all, each reveal audited; an
   * enterprise sees them (audited) only while the talent's consent to it is valid, else masked.
   */
  async contactFor(principal: Principal, talentId: string): Promise<TalentContactView> {
    const talent = await findOrFail(this.dataSource.manager, Talent, this.label, talentId);
    const contact = await this.dataSource.manager.findOne(TalentContact, { where: { talentId } });
    const full = { talentId, name: talent.name, phone: contact?.phone ?? null, email: contact?.email ?? null };
    if (principal.role === 'talent') return { ...full, masked: false };
    if (principal.role === 'enterprise') {
      const status = (await this.access.consentStatuses(principal.enterpriseId!, [talentId])).get(talentId) ?? 'none';
      if (status !== 'granted') {
        return { talentId, name: maskName(talent.name), phone: maskPhone(full.phone), email: maskEmail(full.email), masked: true, consentStatus: status };
      }
      await this.audit.record({ action: 'contact.reveal', actor: principal, talentId });
      return { ...full, masked: false, consentStatus: status };
    }
    await this.audit.record({ action: 'contact.reveal', actor: principal, talentId });
    return { ...full, masked: false };
  }

  async setContact(talentId: string, input: ContactDto): Promise<TalentContactView> {
    const talent = await findOrFail(this.dataSource.manager, Talent, this.label, talentId);
    const values = contactRow(talentId, input);
    await this.dataSource.manager.upsert(TalentContact, values, ['talentId']);
    return { ...values, name: talent.name, masked: false };
  }
}

function contactRow(talentId: string, input: ContactDto): { talentId: string; phone: string | null; email: string | null } {
  return {
    talentId,
    phone: input.phone ? input.phone.replace(/[\s-]/g, '') : null,
    email: input.email?.toLowerCase() ?? null,
  };
}
