import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The statistics generation (`generation`): relevance statistics (IDF, average lengths, per-talent signal
 * maxima, skill specificity) are frozen from a snapshot of the open positions (StatisticsGeneration) and
 * refreshed when the positions drift past a bound, so a match row records the generation it was computed
 * in and an older generation never overwrites a newer one. `positionsEpoch` counts changes to positions:
 * a talent's row is only committed when computed against the current epoch.
 */
@Entity('engine_state')
export class EngineState {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'bigint', default: 1 })
  generation: string;

  @Column({ type: 'bigint', default: 0 })
  positionsEpoch: string;

  /** Engine version of the last full rebuild; a different running version triggers one. */
  @Column({ type: 'text', nullable: true })
  engineVersion: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
