import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '../common/persistence/base.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import type { Degree, Industry, PositionStatus, Tier } from '../domain/vocabulary';

export interface RequiredSkill {
  name: string;
  /** Resolved taxonomy id, filled by the service when the name resolves. */
  skillId?: string | null;
  weight: number;
  minLevel: number;
}

@Entity('position')
@Check('position_headcount_check', 'headcount >= 1')
@Check('position_filled_count_check', 'filled_count >= 0 AND filled_count <= headcount')
@Check('position_urgency_check', 'urgency BETWEEN 1 AND 5')
@Check('position_salary_check', 'salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max')
@Index('position_status_urgency_idx', ['status', 'urgency'])
export class Position extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'position_enterprise_id_fkey' })
  enterprise?: Enterprise;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Index()
  @Column({ type: 'text' })
  industry: Industry;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  requiredSkills: RequiredSkill[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  preferredSkills: string[];

  @Column({ type: 'text', nullable: true })
  minDegree: Degree | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  preferredMajors: string[];

  @Column({ type: 'real', default: 0 })
  minYearsExperience: number;

  @Column({ type: 'int', default: 1 })
  headcount: number;

  @Column({ type: 'int', default: 0 })
  filledCount: number;

  @Column({ type: 'smallint', default: 3 })
  urgency: number;

  @Column({ type: 'text', nullable: true })
  tierSought: Tier | null;

  @Column({ type: 'text', default: '包头' })
  location: string;

  /** Monthly salary in yuan. */
  @Column({ type: 'int', nullable: true })
  salaryMin: number | null;

  @Column({ type: 'int', nullable: true })
  salaryMax: number | null;

  @Column({ type: 'text', default: 'open' })
  status: PositionStatus;
}
