import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../common/persistence/base.entity';
import type { Tier } from '../domain/vocabulary';
import type { PolicyBenefit, PolicyCondition } from '../matching/policy/policy-types';

/**
 * A talent policy as data (issue 18): who issues it, the tier it is aimed at, its all-of conditions and
 * its benefits. Evaluated when read (`src/matching/policy/`); no stored match depends on it yet.
 */
@Entity('policy')
export class Policy extends VersionedEntity {
  @Column({ type: 'text' })
  nameZh: string;

  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  /** 包头稀土高新区, 包头市, 内蒙古自治区 … */
  @Column({ type: 'text' })
  issuer: string;

  @Index()
  @Column({ type: 'text', nullable: true })
  tier: Tier | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  conditions: PolicyCondition[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  benefits: PolicyBenefit[];

  /** Demo or example data, not the text of a policy. */
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  /** Where the figures come from, and which are examples. */
  @Column({ type: 'text', default: '' })
  sourceNote: string;

  /** Inactive policies are kept for the record but never evaluated. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
