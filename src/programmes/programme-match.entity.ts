import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Position } from '../positions/position.entity';
import { Programme } from './programme.entity';

/** A programme's affinity (0–1) to a position: how well its graduates fit, from major, degree and skills. */
@Entity('programme_match')
@Index('programme_match_position_idx', ['positionId', 'affinity'])
export class ProgrammeMatch {
  @PrimaryColumn({ type: 'uuid' })
  programmeId: string;

  @PrimaryColumn({ type: 'uuid' })
  positionId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'programme_match_programme_id_fkey' })
  programme?: Programme;

  @ManyToOne(() => Position, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'programme_match_position_id_fkey' })
  position?: Position;

  @Column({ type: 'real' })
  affinity: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  components: Record<string, number>;

  @Column({ type: 'text' })
  engineVersion: string;

  @Column({ type: 'int' })
  programmeVersion: number;

  @Column({ type: 'int' })
  positionVersion: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;
}
