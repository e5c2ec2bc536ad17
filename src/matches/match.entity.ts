import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Position } from '../positions/position.entity';
import { Talent } from '../talents/talent.entity';

/**
 * A stored score is a record, not a number: its components, the explanation, and the engine and source
 * versions it was computed from, so a stale row can be recognised and an older result never overwrites
 * a newer one.
 */
@Entity('match')
@Index('match_position_score_idx', ['positionId', 'score'])
@Index('match_talent_score_idx', ['talentId', 'score'])
export class Match {
  @PrimaryColumn({ type: 'uuid' })
  talentId: string;

  @PrimaryColumn({ type: 'uuid' })
  positionId: string;

  @ManyToOne(() => Talent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id', foreignKeyConstraintName: 'match_talent_id_fkey' })
  talent?: Talent;

  @ManyToOne(() => Position, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'match_position_id_fkey' })
  position?: Position;

  /** 0–100. */
  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'boolean' })
  eligible: boolean;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  components: Record<string, number>;

  /** Matched, partial and missing skills, reasons in zh and en, ineligibility reasons. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  explanation: Record<string, unknown>;

  @Column({ type: 'text' })
  engineVersion: string;

  @Column({ type: 'int' })
  talentVersion: number;

  @Column({ type: 'int' })
  positionVersion: number;

  /**
   * The pair is in the talent's stored row (its best positions) and/or in the position's stored candidate
   * list (its best talents over all talents). Rows in neither are deleted; a row kept for one list only
   * still carries its true, current score, so both lists read straight from this table.
   */
  @Column({ type: 'boolean', default: true })
  inTalentList: boolean;

  @Column({ type: 'boolean', default: false })
  inPositionList: boolean;

  /** Statistics generation of the relevance statistics used (see EngineState). */
  @Column({ type: 'bigint', default: 0 })
  generation: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;
}
