import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isStaff, Principal } from '../auth/principal';
import { AppException } from '../common/errors/app-exception';

/**
 * Which positions a caller sees and manages. Open positions are public job advertisements; an
 * enterprise also sees its own in any status and manages only those; staff see and manage all.
 * Outside that scope a position does not exist for the caller (404).
 */
@Injectable()
export class PositionAccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** SQL condition on a position alias limiting it to what the caller sees, or null for everything. */
  visibleWhere(principal: Principal | null, alias: string): { sql: string; params: Record<string, unknown> } | null {
    if (isStaff(principal)) return null;
    if (principal?.role === 'enterprise') {
      return { sql: `(${alias}.status = 'open' OR ${alias}.enterprise_id = :ownEnterprise)`, params: { ownEnterprise: principal.enterpriseId } };
    }
    return { sql: `${alias}.status = 'open'`, params: {} };
  }

  async assertVisible(principal: Principal | null, positionId: string): Promise<void> {
    if (isStaff(principal)) return;
    const [row]: { status: string; enterprise_id: string }[] = await this.dataSource.query('SELECT status, enterprise_id FROM position WHERE id = $1', [positionId]);
    const visible = row && (row.status === 'open' || (principal?.role === 'enterprise' && row.enterprise_id === principal.enterpriseId));
    if (!visible) throw AppException.notFound('Position', positionId);
  }

  /** For writes and candidate lists: staff, or the enterprise that owns the position. */
  async assertManaged(principal: Principal, positionId: string): Promise<void> {
    if (isStaff(principal)) return;
    if (principal.role === 'enterprise') {
      const [row]: { enterprise_id: string }[] = await this.dataSource.query('SELECT enterprise_id FROM position WHERE id = $1', [positionId]);
      if (row && row.enterprise_id === principal.enterpriseId) return;
    }
    throw AppException.notFound('Position', positionId);
  }
}
