import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../common/persistence/base.entity';
import type { PartnershipType } from '../domain/vocabulary';

@Entity('university')
export class University extends VersionedEntity {
  @Column({ type: 'text' })
  nameZh: string;

  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Index()
  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text' })
  province: string;

  /** WGS-84 degrees. */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  /** Where the coordinates come from, so a coordinator can check them. */
  @Column({ type: 'text', nullable: true })
  coordinateSource: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  partnershipTypes: PartnershipType[];
}
