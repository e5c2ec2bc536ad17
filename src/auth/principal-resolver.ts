import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { ApiToken } from './api-token.entity';
import type { Principal } from './principal';
import { API_TOKEN_PREFIX, hashToken, TokenService } from './token.service';
import { UserAccount } from './user-account.entity';

/** Turns a Bearer credential (access token or integration token) into the caller, or 401. */
@Injectable()
export class PrincipalResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async resolve(bearer: string): Promise<Principal> {
    const user = bearer.startsWith(API_TOKEN_PREFIX) ? await this.fromApiToken(bearer) : await this.fromAccessToken(bearer);
    if (!user || user.disabled) throw AppException.unauthorized('The account is unknown or disabled');
    return toPrincipal(user);
  }

  /** For a token of another audience (the queue board's ticket and session). */
  async resolveFor(token: string, audience: string): Promise<Principal> {
    const user = await this.fromAccessToken(token, audience);
    if (!user || user.disabled) throw AppException.unauthorized('The account is unknown or disabled');
    return toPrincipal(user);
  }

  private async fromAccessToken(token: string, audience?: string): Promise<UserAccount | null> {
    const claims = this.tokens.verifyAccess(token, audience);
    const user = await this.dataSource.manager.findOne(UserAccount, { where: { id: claims.sub } });
    if (user && user.tokenVersion !== claims.tv) throw AppException.unauthorized('The access token was revoked; sign in again');
    return user;
  }

  private async fromApiToken(token: string): Promise<UserAccount | null> {
    const row = await this.dataSource.manager.findOne(ApiToken, { where: { tokenHash: hashToken(token), revokedAt: IsNull() } });
    if (!row || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) throw AppException.unauthorized('The API token is invalid, revoked or expired');
    return this.dataSource.manager.findOne(UserAccount, { where: { id: row.userId } });
  }
}

export function toPrincipal(user: UserAccount): Principal {
  return { userId: user.id, username: user.username, role: user.role, enterpriseId: user.enterpriseId, talentId: user.talentId, tokenVersion: user.tokenVersion };
}
