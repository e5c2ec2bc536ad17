import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertUsernameFree, userView, UserView } from '../auth/auth.service';
import { passwordHasher } from '../auth/password-hasher';
import type { Principal, Role } from '../auth/principal';
import { UserAccount } from '../auth/user-account.entity';
import { AppException } from '../common/errors/app-exception';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Talent } from '../talents/talent.entity';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './user.dto';

const ADMIN_ONLY_FIELDS = ['role', 'enterpriseId', 'talentId'] as const;

/**
 * Accounts. Admins manage all; coordinators read all; an enterprise user manages the accounts of its
 * own enterprise (and cannot give them any other role or enterprise).
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: UserQueryDto) {
    const qb = this.dataSource.manager.createQueryBuilder(UserAccount, 'u');
    if (principal.role === 'enterprise') qb.andWhere('u.enterprise_id = :own', { own: principal.enterpriseId });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.enterpriseId) qb.andWhere('u.enterprise_id = :enterpriseId', { enterpriseId: query.enterpriseId });
    qb.orderBy('u.created_at', 'ASC')
      .addOrderBy('u.id')
      .offset((query.page - 1) * query.limit)
      .limit(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(accountView), total, page: query.page, limit: query.limit };
  }

  async get(principal: Principal, id: string) {
    return accountView(await this.scoped(this.dataSource.manager, principal, id));
  }

  async create(principal: Principal, input: CreateUserDto) {
    if (principal.role === 'enterprise') rejectAdminOnlyFields(input);
    const role: Role = principal.role === 'enterprise' ? 'enterprise' : (input.role ?? 'coordinator');
    const enterpriseId = principal.role === 'enterprise' ? principal.enterpriseId : (input.enterpriseId ?? null);
    const talentId = principal.role === 'enterprise' ? null : (input.talentId ?? null);
    const username = input.username.toLowerCase();
    const passwordHash = await passwordHasher.hash(input.password);
    const created = await this.dataSource.transaction(async (manager) => {
      await assertUsernameFree(manager, username);
      await assertBinding(manager, role, enterpriseId, talentId);
      const user = await manager.save(
        manager.create(UserAccount, { username, displayName: input.displayName ?? username, passwordHash, role, enterpriseId, talentId }),
      );
      await this.audit.record({ action: 'user.create', actor: principal, enterpriseId, details: { userId: user.id, role } }, manager);
      return user;
    });
    return accountView(created);
  }

  /** Role or binding changes (admins only) bump the token version: the account's tokens stop working at once. */
  async update(principal: Principal, id: string, input: UpdateUserDto) {
    if (principal.role !== 'admin') rejectAdminOnlyFields(input);
    const updated = await this.dataSource.transaction(async (manager) => {
      const user = await this.scoped(manager, principal, id, true);
      if (user.version !== input.version) throw AppException.versionConflict('User', id, user.version);
      const role = input.role ?? user.role;
      const rebinding = input.role !== undefined || input.enterpriseId !== undefined || input.talentId !== undefined;
      const enterpriseId = role === 'enterprise' ? (input.enterpriseId ?? user.enterpriseId) : null;
      const talentId = role === 'talent' ? (input.talentId ?? user.talentId) : null;
      if (rebinding) await assertBinding(manager, role, enterpriseId, talentId);
      const revoke = rebinding || input.disabled === true;
      await manager.update(
        UserAccount,
        { id },
        {
          role,
          enterpriseId,
          talentId,
          ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
          ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
          version: user.version + 1,
          ...(revoke ? { tokenVersion: user.tokenVersion + 1 } : {}),
        },
      );
      if (role !== user.role || enterpriseId !== user.enterpriseId || talentId !== user.talentId) {
        await this.audit.record(
          { action: 'user.role_change', actor: principal, enterpriseId, details: { userId: id, from: user.role, to: role, enterpriseId, talentId } },
          manager,
        );
      }
      return manager.findOneByOrFail(UserAccount, { id });
    });
    return accountView(updated);
  }

  async remove(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.scoped(manager, principal, id, true);
      await manager.delete(UserAccount, { id });
      await this.audit.forgetActor(manager, id);
      await this.audit.record({ action: 'user.delete', actor: principal, enterpriseId: user.enterpriseId, details: { role: user.role } }, manager);
    });
  }

  private async scoped(manager: EntityManager, principal: Principal, id: string, lock = false): Promise<UserAccount> {
    const user = await manager.findOne(UserAccount, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!user || (principal.role === 'enterprise' && user.enterpriseId !== principal.enterpriseId)) throw AppException.notFound('User', id);
    return user;
  }
}

function accountView(user: UserAccount): UserView & { disabled: boolean; version: number; createdAt: Date; lastLoginAt: Date | null } {
  return { ...userView(user), disabled: user.disabled, version: user.version, createdAt: user.createdAt, lastLoginAt: user.lastLoginAt };
}

function rejectAdminOnlyFields(input: Partial<Record<(typeof ADMIN_ONLY_FIELDS)[number], unknown>>): void {
  for (const field of ADMIN_ONLY_FIELDS) {
    if (input[field] !== undefined) throw AppException.fieldNotAllowed(field, 'only an admin may set this');
  }
}

/** An enterprise user needs an existing enterprise, a talent account an existing, unclaimed profile. */
async function assertBinding(manager: EntityManager, role: Role, enterpriseId: string | null, talentId: string | null): Promise<void> {
  if (role === 'enterprise') {
    if (!enterpriseId) throw AppException.validation({ enterpriseId: 'required for an enterprise user' });
    if (!(await manager.exists(Enterprise, { where: { id: enterpriseId } }))) throw AppException.referenceNotFound('enterpriseId', 'Enterprise', enterpriseId);
  } else if (enterpriseId) {
    throw AppException.validation({ enterpriseId: `only enterprise users belong to an enterprise, not ${role}` });
  }
  if (role === 'talent') {
    if (!talentId) throw AppException.validation({ talentId: 'required for a talent account' });
    if (!(await manager.exists(Talent, { where: { id: talentId } }))) throw AppException.referenceNotFound('talentId', 'Talent', talentId);
  } else if (talentId) {
    throw AppException.validation({ talentId: `only talent accounts are bound to a profile, not ${role}` });
  }
}
