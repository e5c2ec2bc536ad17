import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Position } from '../positions/position.entity';
import { Talent } from '../talents/talent.entity';
import type { PipelineSource, PipelineStage } from './stages';

/** One stage change: who moved it (account and role) and when. */
export interface StageChange {
  from: PipelineStage | null;
  to: PipelineStage;
  byUserId: string | null;
  byRole: string;
  at: string;
}

/** A note on the entry by the enterprise or the talent office (never shown to other enterprises). */
export interface PipelineNote {
  text: string;
  byUserId: string | null;
  byRole: string;
  at: string;
}

/**
 * One talent in the hiring pipeline of one opening: how they came in (applied, invited), their stage and
 * its history, notes, and whether the talent withdrew. Applying is also a consent event (see
 * InterestService); the consent row itself stays in `consent`.
 */
@Entity('pipeline_entry')
@Index('pipeline_entry_position_talent_key', ['positionId', 'talentId'], { unique: true })
@Index('pipeline_entry_talent_idx', ['talentId'])
@Check('pipeline_entry_stage_check', `"stage" IN ('recommended', 'contacted', 'interview', 'offer', 'hired', 'rejected')`)
@Check('pipeline_entry_source_check', `"source" IN ('applied', 'invited', 'matched')`)
export class PipelineEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  positionId: string;

  @ManyToOne(() => Position, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'pipeline_entry_position_id_fkey' })
  position?: Position;

  @Column({ type: 'uuid' })
  talentId: string;

  @ManyToOne(() => Talent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id', foreignKeyConstraintName: 'pipeline_entry_talent_id_fkey' })
  talent?: Talent;

  @Column({ type: 'text' })
  source: PipelineSource;

  @Column({ type: 'text', default: 'recommended' })
  stage: PipelineStage;

  /** When the talent expressed interest (applied, or accepted an invitation by applying). */
  @Column({ type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  /** The talent's note with the application. */
  @Column({ type: 'text', nullable: true })
  interestNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  /** The enterprise's note with the invitation. */
  @Column({ type: 'text', nullable: true })
  inviteNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  history: StageChange[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  notes: PipelineNote[];

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
