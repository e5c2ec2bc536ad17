import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** One node of the skill taxonomy. The id is the canonical, stable ascii id used by the engine. */
@Entity('skill')
export class Skill {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  nameZh: string;

  @Column({ type: 'text' })
  nameEn: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  aliases: string[];

  @Index()
  @Column({ type: 'text', nullable: true })
  broaderId: string | null;

  @ManyToOne(() => Skill, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'broader_id', foreignKeyConstraintName: 'skill_broader_id_fkey' })
  broader?: Skill;

  @Index()
  @Column({ type: 'text' })
  category: string;

  /** 职业分类大典 group, e.g. "2-02-07 冶金工程技术人员", where it applies. */
  @Column({ type: 'text', nullable: true })
  occupationGroup: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
