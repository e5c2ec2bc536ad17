import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Columns every editable record has. `version` is bumped by `updateVersioned`, which also checks it;
 * `externalKey` is the stable key used by the demo seed and by spreadsheet imports for idempotent upserts.
 */
export abstract class VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', nullable: true, unique: true })
  externalKey: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
