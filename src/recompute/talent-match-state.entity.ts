import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Talent } from '../talents/talent.entity';

/**
 * The watermark of a talent's stored row of matches: the talent version and corpus generation it was
 * computed from. A result older than the watermark in either is discarded as a whole (and the talent
 * recomputed), so a late result can neither overwrite rows nor re-insert rows a newer result dropped.
 */
@Entity('talent_match_state')
export class TalentMatchState {
  @PrimaryColumn({ type: 'uuid' })
  talentId: string;

  @OneToOne(() => Talent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id', foreignKeyConstraintName: 'talent_match_state_talent_id_fkey' })
  talent?: Talent;

  @Column({ type: 'int' })
  talentVersion: number;

  @Column({ type: 'bigint' })
  generation: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;
}
