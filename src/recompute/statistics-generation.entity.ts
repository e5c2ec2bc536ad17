import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A statistics generation's snapshot: the open positions (engine profiles) its corpus statistics were
 * frozen from. Every process rebuilds the same statistics from it, so scores do not depend on which
 * worker computed them or when it started.
 */
@Entity('statistics_generation')
export class StatisticsGeneration {
  @PrimaryColumn({ type: 'bigint' })
  generation: string;

  @Column({ type: 'jsonb' })
  positions: unknown[];

  @Column({ type: 'int' })
  positionCount: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
