import { Column, Entity, PrimaryColumn } from 'typeorm';

export type QuarantineKind = 'talent' | 'position' | 'programme';

/**
 * A record the engine could not score, set aside so that everything else is still computed. The row
 * names the field at fault (when a shape check found it) and the reason; it is removed as soon as a
 * later version of the record scores, or when the record is deleted.
 */
@Entity('recompute_quarantine')
export class QuarantineEntry {
  @PrimaryColumn({ type: 'text' })
  kind: QuarantineKind;

  @PrimaryColumn({ type: 'uuid' })
  entityId: string;

  /** The record's version when it was set aside; a newer version is tried again. */
  @Column({ type: 'int' })
  entityVersion: number;

  /** The field path at fault (`skills.0.name`), or null when the engine failed without one. */
  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  quarantinedAt: Date;
}
