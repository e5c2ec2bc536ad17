import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Talent } from '../talents/talent.entity';
import type { Role } from './principal';

/**
 * A person or integration that signs in. An enterprise user is bound to one enterprise and a talent to
 * one profile (the CHECK makes that binding part of the schema, not a convention). `tokenVersion` is in
 * every access token: bumping it (role change, password change, disabling) invalidates them at once.
 */
@Entity('user_account')
@Check('user_account_role_check', `"role" IN ('admin', 'coordinator', 'enterprise', 'talent')`)
@Check(
  'user_account_binding_check',
  `("role" = 'enterprise') = ("enterprise_id" IS NOT NULL) AND ("role" = 'talent') = ("talent_id" IS NOT NULL)`,
)
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ type: 'text', default: '' })
  displayName: string;

  /** argon2id (PHC string with its own salt and parameters). */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'user_account_enterprise_id_fkey' })
  enterprise?: Enterprise;

  @Index({ unique: true, where: 'talent_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  talentId: string | null;

  @ManyToOne(() => Talent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'talent_id', foreignKeyConstraintName: 'user_account_talent_id_fkey' })
  talent?: Talent;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Column({ type: 'int', default: 1 })
  tokenVersion: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
