import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '../common/persistence/base.entity';
import { University } from '../universities/university.entity';
import type { Degree } from '../domain/vocabulary';

/** A university's graduating cohort in one major: the pipeline that feeds positions. */
@Entity('programme')
@Check('programme_graduates_per_year_check', 'graduates_per_year >= 0')
@Check('programme_graduation_month_check', 'graduation_month BETWEEN 1 AND 12')
export class Programme extends VersionedEntity {
  @Index()
  @Column({ type: 'uuid' })
  universityId: string;

  @ManyToOne(() => University, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'university_id', foreignKeyConstraintName: 'programme_university_id_fkey' })
  university?: University;

  @Column({ type: 'text' })
  major: string;

  /** Code in the Ministry of Education undergraduate catalogue (e.g. 080404), where it applies. */
  @Column({ type: 'text', nullable: true })
  majorCode: string | null;

  @Column({ type: 'text' })
  degree: Degree;

  @Column({ type: 'int' })
  graduatesPerYear: number;

  @Column({ type: 'smallint', default: 6 })
  graduationMonth: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  keywords: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  skillsTaught: string[];
}
