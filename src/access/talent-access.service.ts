import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { isStaff, Principal } from '../auth/principal';

export interface IdentityView {
  masked(talentId: string): boolean;
  /** For enterprises: none, requested, granted, declined, withdrawn or expired; null for other roles. */
  consentStatus: ((talentId: string) => string) | null;
}

/**
 * Which talents a caller may see, and whether an enterprise sees them masked. An enterprise sees a
 * talent who is a candidate (an eligible stored match) for one of its positions, or who granted it
 * consent; everyone else is outside its scope (404). Names and contacts stay masked without a valid
 * consent.
 */
@Injectable()
export class TalentAccessService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 404 unless the caller may read this talent's profile. */
  async assertReadable(principal: Principal, talentId: string): Promise<void> {
    if (isStaff(principal)) return;
    if (principal.role === 'talent' && principal.talentId === talentId) return;
    if (principal.role === 'enterprise' && principal.enterpriseId && (await this.isInEnterpriseScope(principal.enterpriseId, talentId))) return;
    throw AppException.notFound('Talent', talentId);
  }

  /** 404 unless the caller may change this talent's profile (staff, or the talent themself). */
  assertWritable(principal: Principal, talentId: string): void {
    if (isStaff(principal)) return;
    if (principal.role === 'talent' && principal.talentId === talentId) return;
    throw AppException.notFound('Talent', talentId);
  }

  async isInEnterpriseScope(enterpriseId: string, talentId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM match m JOIN position p ON p.id = m.position_id
        WHERE m.talent_id = $1 AND p.enterprise_id = $2 AND m.eligible AND m.score >= $3
       UNION ALL
       SELECT 1 FROM consent c WHERE c.talent_id = $1 AND c.enterprise_id = $2 AND c.status = 'granted'
       LIMIT 1`,
      [talentId, enterpriseId, this.config.matchStoreMinScore],
    );
    return rows.length > 0;
  }

  /** Consent status per talent for this enterprise ('none' when it never asked). */
  async consentStatuses(enterpriseId: string, talentIds: string[]): Promise<Map<string, string>> {
    const statuses = new Map<string, string>();
    if (talentIds.length === 0) return statuses;
    const rows: { talent_id: string; status: string; expired: boolean }[] = await this.dataSource.query(
      `SELECT talent_id, status, (expires_at IS NOT NULL AND expires_at <= now()) AS expired FROM consent
        WHERE enterprise_id = $1 AND talent_id = ANY($2::uuid[])`,
      [enterpriseId, talentIds],
    );
    for (const row of rows) statuses.set(row.talent_id, row.status === 'granted' && row.expired ? 'expired' : row.status);
    return statuses;
  }

  /**
   * How this caller sees these talents' identities. An enterprise sees each one's consent status to it,
   * and the name masked unless that consent is granted and unexpired; staff and the talent themself see
   * everything, unmasked.
   */
  async identityView(principal: Principal, talentIds: string[]): Promise<IdentityView> {
    if (principal.role !== 'enterprise') return { masked: () => false, consentStatus: null };
    const statuses = await this.consentStatuses(principal.enterpriseId!, talentIds);
    const status = (talentId: string) => statuses.get(talentId) ?? 'none';
    return { masked: (talentId) => status(talentId) !== 'granted', consentStatus: status };
  }
}
