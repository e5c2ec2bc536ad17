import { Check, Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../common/persistence/base.entity';
import type { TalentEducation, TalentSkill, TalentWork } from '../matching/types';
import type { Tier } from '../domain/vocabulary';

/** The talent's profile. Contact details live in `talent_contact`, so lists and matches never carry them. */
@Entity('talent')
@Check('talent_expected_salary_min_check', 'expected_salary_min IS NULL OR expected_salary_max IS NULL OR expected_salary_min <= expected_salary_max')
export class Talent extends VersionedEntity {
  @Column({ type: 'text' })
  name: string;

  /** Current or sought job title. */
  @Column({ type: 'text', default: '' })
  headline: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  education: TalentEducation[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  work: TalentWork[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skills: TalentSkill[];

  @Column({ type: 'text', default: '' })
  summary: string;

  @Index()
  @Column({ type: 'text', nullable: true })
  tier: Tier | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  honours: string[];

  @Index()
  @Column({ type: 'text', nullable: true })
  currentCity: string | null;

  @Column({ type: 'boolean', default: false })
  willingToRelocate: boolean;

  /** Expected monthly salary, yuan (either end may be unknown). */
  @Column({ type: 'integer', nullable: true })
  expectedSalaryMin: number | null;

  @Column({ type: 'integer', nullable: true })
  expectedSalaryMax: number | null;
}
