import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Talent } from '../talents/talent.entity';

export const CONSENT_STATUSES = ['requested', 'granted', 'declined', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/**
 * A talent's separate consent (PIPL art. 23) to give one enterprise their contact details, for a stated
 * purpose and until a stated time. One row per talent and enterprise: a new request or grant reuses it.
 */
@Entity('consent')
@Index('consent_talent_enterprise_key', ['talentId', 'enterpriseId'], { unique: true })
@Check('consent_status_check', `"status" IN ('requested', 'granted', 'declined', 'withdrawn')`)
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  talentId: string;

  @ManyToOne(() => Talent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id', foreignKeyConstraintName: 'consent_talent_id_fkey' })
  talent?: Talent;

  @Index()
  @Column({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'consent_enterprise_id_fkey' })
  enterprise?: Enterprise;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text' })
  status: ConsentStatus;

  @Column({ type: 'timestamptz', nullable: true })
  requestedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  grantedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
