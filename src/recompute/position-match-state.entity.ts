import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Position } from '../positions/position.entity';

/**
 * The watermark of a position's stored candidate list (match rows with in_position_list): the position
 * version and statistics generation it was computed from, and its floor, so that lists stay complete
 * when talents change. Invariant: every eligible talent scoring above `floor` (and at least the store
 * threshold) is in the list. The list holds up to N + slack talents; below N with a floor at or above
 * the threshold, it is recomputed from the position's column over all talents.
 */
@Entity('position_match_state')
export class PositionMatchState {
  @PrimaryColumn({ type: 'uuid' })
  positionId: string;

  @OneToOne(() => Position, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'position_match_state_position_id_fkey' })
  position?: Position;

  @Column({ type: 'int' })
  positionVersion: number;

  @Column({ type: 'bigint' })
  generation: string;

  /** -1 while every qualifying talent is in the list. */
  @Column({ type: 'real', default: -1 })
  floor: number;

  /** Talents in the list (N + slack at most). */
  @Column({ type: 'int', default: 0 })
  size: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;
}
