import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Talent } from './talent.entity';

/** Personal data, kept apart from the profile: only read on an explicit contact request. */
@Entity('talent_contact')
export class TalentContact {
  @PrimaryColumn({ type: 'uuid' })
  talentId: string;

  @OneToOne(() => Talent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id', foreignKeyConstraintName: 'talent_contact_talent_id_fkey' })
  talent?: Talent;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;
}
