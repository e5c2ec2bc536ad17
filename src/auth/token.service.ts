import { Inject, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppException } from '../common/errors/app-exception';

export const TOKEN_AUDIENCE = 'baotou-talent-match-api';
export const TOKEN_ISSUER = 'baotou-talent-match';
export const AUTH_SECRET = Symbol('AUTH_SECRET');
/** Prefix of integration tokens, so the guard can tell them from access tokens without trying both. */
export const API_TOKEN_PREFIX = 'tm_';

export interface AccessClaims {
  sub: string;
  /** The account's tokenVersion when the token was issued. */
  tv: number;
}

/**
 * Access tokens are short-lived HS256 JWTs carrying only the account id and its token version; the role
 * and bindings are read from the account on every request, so a role change or a deletion takes effect
 * at once. Verification pins the algorithm (no `alg: none`, no key confusion), audience and issuer.
 */
@Injectable()
export class TokenService {
  constructor(
    @Inject(AUTH_SECRET) private readonly secret: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccess(userId: string, tokenVersion: number): string {
    return jwt.sign({ tv: tokenVersion } satisfies Omit<AccessClaims, 'sub'>, this.secret, {
      algorithm: 'HS256',
      subject: userId,
      audience: TOKEN_AUDIENCE,
      issuer: TOKEN_ISSUER,
      expiresIn: this.config.auth.accessTokenTtlSeconds,
    });
  }

  /** A token for one purpose other than API access (its own audience, so neither can stand in for the other). */
  signFor(audience: string, userId: string, tokenVersion: number, ttlSeconds: number): string {
    return jwt.sign({ tv: tokenVersion }, this.secret, { algorithm: 'HS256', subject: userId, audience, issuer: TOKEN_ISSUER, expiresIn: ttlSeconds });
  }

  verifyAccess(token: string, audience = TOKEN_AUDIENCE): AccessClaims {
    try {
      const claims = jwt.verify(token, this.secret, {
        algorithms: ['HS256'],
        audience,
        issuer: TOKEN_ISSUER,
      });
      // jsonwebtoken accepts a token without `exp` as never expiring; every token we sign has one.
      if (typeof claims === 'string' || typeof claims.exp !== 'number') throw new Error('no expiry');
      if (typeof claims.sub !== 'string' || typeof claims.tv !== 'number') throw new Error('claims');
      return { sub: claims.sub, tv: claims.tv };
    } catch {
      throw AppException.unauthorized('The access token is invalid or expired');
    }
  }
}

/** Audiences of the short-lived tokens that open the queue board in a browser (a link cannot send a header). */
export const BOARD_TICKET_AUDIENCE = 'baotou-talent-match-queue-board-ticket';
export const BOARD_SESSION_AUDIENCE = 'baotou-talent-match-queue-board';

/** A random opaque secret (refresh or integration token) and the hash that is stored instead of it. */
export function newOpaqueToken(prefix = ''): { token: string; hash: string } {
  const token = prefix + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
