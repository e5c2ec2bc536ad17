import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../common/persistence/base.entity';
import type { Industry } from '../domain/vocabulary';

export type EnterpriseKind = 'enterprise' | 'research';

@Entity('enterprise')
export class Enterprise extends VersionedEntity {
  @Column({ type: 'text' })
  nameZh: string;

  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @Index()
  @Column({ type: 'text' })
  industry: Industry;

  @Column({ type: 'text', default: 'enterprise' })
  kind: EnterpriseKind;

  @Column({ type: 'text', nullable: true })
  park: string | null;

  @Column({ type: 'text', nullable: true })
  contactPerson: string | null;

  /** 统一社会信用代码, 18 characters; optional, unique when present. */
  @Column({ type: 'text', nullable: true, unique: true })
  creditCode: string | null;
}
