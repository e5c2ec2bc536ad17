import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The corpus generation: bumped in the same transaction as every change to the set of open positions.
 * Relevance statistics (IDF, per-talent signal maxima) belong to a generation, so a match row records
 * the generation it was computed in and an older generation never overwrites a newer one.
 */
@Entity('engine_state')
export class EngineState {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'bigint', default: 1 })
  generation: string;

  /** Engine version of the last full rebuild; a different running version triggers one. */
  @Column({ type: 'text', nullable: true })
  engineVersion: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
