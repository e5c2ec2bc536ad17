import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Position } from '../positions/position.entity';
import { Talent } from '../talents/talent.entity';

export const CANDIDATE_DECISIONS = ['shortlisted', 'rejected'] as const;
export type CandidateDecisionKind = (typeof CANDIDATE_DECISIONS)[number];

/** An enterprise's shortlist or reject mark on one candidate for one opening (no row = undecided). */
@Entity('candidate_decision')
@Check('candidate_decision_check', `"decision" IN ('shortlisted', 'rejected')`)
export class CandidateDecision {
  @PrimaryColumn({ type: 'uuid' })
  positionId: string;

  @ManyToOne(() => Position, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'candidate_decision_position_id_fkey' })
  position?: Position;

  @PrimaryColumn({ type: 'uuid' })
  talentId: string;

  @ManyToOne(() => Talent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id', foreignKeyConstraintName: 'candidate_decision_talent_id_fkey' })
  talent?: Talent;

  @Column({ type: 'text' })
  decision: CandidateDecisionKind;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  decidedAt: Date;
}
