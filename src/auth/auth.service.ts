import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { ErrorCode } from '../common/errors/error-codes';
import { Talent } from '../talents/talent.entity';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ApiToken } from './api-token.entity';
import { AuthSession } from './auth-session.entity';
import { ChangePasswordDto, CreateApiTokenDto, LoginDto, RegisterTalentDto } from './auth.dto';
import { DUMMY_HASH, passwordHasher } from './password-hasher';
import type { Principal } from './principal';
import { RateLimitsService } from './rate-limits.service';
import { API_TOKEN_PREFIX, BOARD_TICKET_AUDIENCE, hashToken, newOpaqueToken, TokenService } from './token.service';
import { UserAccount } from './user-account.entity';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: UserAccount['role'];
  enterpriseId: string | null;
  talentId: string | null;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: UserView;
}

export function userView(user: UserAccount): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    enterpriseId: user.enterpriseId,
    talentId: user.talentId,
  };
}

const BAD_CREDENTIALS = 'Wrong username or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly limits: RateLimitsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Failed attempts are counted per account and client address; after `loginMaxFailures` in the window
   * every attempt (even a right password) gets 429 until it ends. Each attempt is counted before its
   * password is checked, so parallel attempts cannot outrun the limit; a successful sign-in clears the
   * count. An unknown username costs the same hashing time as a known one, so timing does not reveal
   * which accounts exist.
   */
  async login(input: LoginDto, ip: string): Promise<TokenPair> {
    await this.limits.reserveLoginAttempt(input.username, ip);
    const user = await this.dataSource.manager.findOne(UserAccount, { where: { username: input.username.trim().toLowerCase() } });
    const valid = await passwordHasher.verify(user?.passwordHash ?? DUMMY_HASH, input.password);
    if (!user || !valid || user.disabled) throw AppException.unauthorized(BAD_CREDENTIALS);
    await this.limits.clearLoginFailures(input.username, ip);
    await this.dataSource.manager.update(UserAccount, { id: user.id }, { lastLoginAt: () => 'now()' });
    return this.issue(this.dataSource.manager, user);
  }

  /** Rotates the refresh token. A token used twice means it leaked: every session of the account ends. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<{ tokens: TokenPair } | { replayedBy: string }> => {
      const session = await manager.findOne(AuthSession, { where: { tokenHash: hashToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.expiresAt.getTime() <= Date.now()) throw AppException.unauthorized('The refresh token is invalid or expired');
      if (session.revokedAt) return { replayedBy: session.userId };
      await manager.update(AuthSession, { id: session.id }, { revokedAt: () => 'now()' });
      const user = await manager.findOne(UserAccount, { where: { id: session.userId } });
      if (!user || user.disabled) throw AppException.unauthorized('The account is unknown or disabled');
      return { tokens: await this.issue(manager, user) };
    });
    if ('tokens' in outcome) return outcome.tokens;
    // Committed on its own: the 401 below must not roll the revocation back.
    await this.dataSource.manager.update(AuthSession, { userId: outcome.replayedBy, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    throw AppException.unauthorized('The refresh token was already used; all sessions of this account were ended');
  }

  async logout(refreshToken: string): Promise<void> {
    await this.dataSource.manager.update(AuthSession, { tokenHash: hashToken(refreshToken), revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  async me(principal: Principal): Promise<UserView> {
    const user = await this.dataSource.manager.findOneOrFail(UserAccount, { where: { id: principal.userId } });
    return userView(user);
  }

  /** A talent signs up: the account and an empty profile bound to it, in one transaction. */
  async registerTalent(input: RegisterTalentDto): Promise<TokenPair> {
    const username = input.username.toLowerCase();
    const passwordHash = await passwordHasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      await assertUsernameFree(manager, username);
      const talent = await manager.insert(Talent, { name: input.name });
      const talentId = talent.identifiers[0].id as string;
      const user = await manager.save(manager.create(UserAccount, { username, displayName: input.name, passwordHash, role: 'talent', talentId }));
      return this.issue(manager, user);
    });
  }

  /** Changing the password ends every session and access token of the account. */
  async changePassword(principal: Principal, input: ChangePasswordDto): Promise<TokenPair> {
    const user = await this.dataSource.manager.findOneOrFail(UserAccount, { where: { id: principal.userId } });
    if (!(await passwordHasher.verify(user.passwordHash, input.currentPassword))) {
      throw AppException.validation({ currentPassword: 'does not match' });
    }
    const passwordHash = await passwordHasher.hash(input.newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccount, { id: user.id }, { passwordHash, tokenVersion: () => 'token_version + 1' });
      await manager.update(AuthSession, { userId: user.id, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
      return this.issue(manager, await manager.findOneOrFail(UserAccount, { where: { id: user.id } }));
    });
  }

  async queueBoardTicket(principal: Principal) {
    const user = await this.dataSource.manager.findOneOrFail(UserAccount, { where: { id: principal.userId } });
    const ticket = this.tokens.signFor(BOARD_TICKET_AUDIENCE, user.id, user.tokenVersion, 60);
    return { url: `/queues/?ticket=${encodeURIComponent(ticket)}`, expiresIn: 60 };
  }

  async createApiToken(principal: Principal, input: CreateApiTokenDto) {
    const { token, hash } = newOpaqueToken(API_TOKEN_PREFIX);
    const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
    const row = await this.dataSource.manager.save(this.dataSource.manager.create(ApiToken, { userId: principal.userId, name: input.name, tokenHash: hash, expiresAt }));
    return { ...apiTokenView(row), token };
  }

  async listApiTokens(principal: Principal) {
    const rows = await this.dataSource.manager.find(ApiToken, { where: { userId: principal.userId }, order: { createdAt: 'DESC' } });
    return { items: rows.map(apiTokenView) };
  }

  async revokeApiToken(principal: Principal, id: string): Promise<void> {
    const result = await this.dataSource.manager.update(ApiToken, { id, userId: principal.userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    if (!result.affected) throw AppException.notFound('API token', id);
  }

  private async issue(manager: EntityManager, user: UserAccount): Promise<TokenPair> {
    const { token, hash } = newOpaqueToken();
    await manager.insert(AuthSession, {
      userId: user.id,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000),
    });
    return {
      accessToken: this.tokens.signAccess(user.id, user.tokenVersion),
      refreshToken: token,
      tokenType: 'Bearer',
      expiresIn: this.config.auth.accessTokenTtlSeconds,
      user: userView(user),
    };
  }
}

export async function assertUsernameFree(manager: EntityManager, username: string): Promise<void> {
  if (await manager.exists(UserAccount, { where: { username } })) {
    throw new AppException(ErrorCode.Conflict, 'This username is taken', { username: 'already taken' });
  }
}

function apiTokenView(row: ApiToken) {
  return { id: row.id, name: row.name, createdAt: row.createdAt, expiresAt: row.expiresAt, revokedAt: row.revokedAt };
}
