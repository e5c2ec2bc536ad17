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

  /**
   * No position scoring at or below this can enter the talent's row (its lowest stored score when the row
   * is full, else the store threshold, or -1 when every eligible position is in): a position edit
   * recomputes the rows of talents it scores above their floor, and of those whose row holds it.
   */
  @Column({ type: 'real', default: 0 })
  floor: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;
}
