import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTIONS = [
  'contact.reveal',
  'candidates.export',
  'talents.export',
  'consent.request',
  'consent.grant',
  'consent.withdraw',
  'application.submit',
  'application.withdraw',
  'invitation.send',
  'invitation.withdraw',
  'pipeline.move',
  'user.create',
  'user.role_change',
  'user.delete',
  'talent.erase',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Append-only record of who did what to personal data. Erasing a talent nulls `talent_id` and empties
 * `details` of their entries (the action and time stay, nothing points back at the person).
 */
@Entity('audit_event')
@Index('audit_event_talent_idx', ['talentId', 'at'])
@Index('audit_event_enterprise_idx', ['enterpriseId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'text' })
  action: AuditAction;

  /** Acting account; null once that account is deleted, or for the system. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole: string | null;

  /** The talent whose data was touched, when there is one. */
  @Column({ type: 'uuid', nullable: true })
  talentId: string | null;

  /** The enterprise on whose behalf it happened, when there is one. */
  @Column({ type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
