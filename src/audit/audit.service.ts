import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { AuditAction, AuditEvent } from './audit-event.entity';
import { AuditQueryDto } from './audit.dto';

export interface AuditEntry {
  action: AuditAction;
  actor: Principal | null;
  talentId?: string | null;
  enterpriseId?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records an event; pass the write's transaction manager so the event commits (or not) with it. */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditEvent, {
      action: entry.action,
      actorUserId: entry.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? 'system',
      talentId: entry.talentId ?? null,
      enterpriseId: entry.enterpriseId ?? entry.actor?.enterpriseId ?? null,
      details: (entry.details ?? {}) as never,
    });
  }

  async list(query: AuditQueryDto) {
    const qb = this.dataSource.manager.createQueryBuilder(AuditEvent, 'a');
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.talentId) qb.andWhere('a.talent_id = :talentId', { talentId: query.talentId });
    if (query.enterpriseId) qb.andWhere('a.enterprise_id = :enterpriseId', { enterpriseId: query.enterpriseId });
    qb.orderBy('a.id', 'DESC')
      .offset((query.page - 1) * query.limit)
      .limit(query.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, page: query.page, limit: query.limit };
  }

  /** For a talent: who saw their contact details, and when (PIPL right to know). */
  async contactViews(talentId: string) {
    const rows: { at: Date; actor_role: string | null; enterprise_name: string | null }[] = await this.dataSource.query(
      `SELECT a.at, a.actor_role, e.name_zh AS enterprise_name
         FROM audit_event a LEFT JOIN enterprise e ON e.id = a.enterprise_id
        WHERE a.talent_id = $1 AND a.action = 'contact.reveal'
        ORDER BY a.at DESC LIMIT 500`,
      [talentId],
    );
    return { items: rows.map((r) => ({ at: r.at, actorRole: r.actor_role, enterpriseName: r.enterprise_name })) };
  }

  /** Erasure: the talent's events stay (action, time) but no longer point at them or hold their data. */
  async anonymiseTalent(manager: EntityManager, talentId: string, userId: string | null): Promise<void> {
    await manager.query(`UPDATE audit_event SET talent_id = NULL, details = '{}'::jsonb WHERE talent_id = $1`, [talentId]);
    if (userId) await this.forgetActor(manager, userId);
  }

  /** A deleted account's events stay, no longer pointing at it. */
  async forgetActor(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('UPDATE audit_event SET actor_user_id = NULL WHERE actor_user_id = $1', [userId]);
  }
}
