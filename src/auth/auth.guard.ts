import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException } from '../common/errors/app-exception';
import { ACCESS_KEY, AccessRule, AuthenticatedRequest } from './access.decorator';
import { PrincipalResolver } from './principal-resolver';
import { RateLimitsService } from './rate-limits.service';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: identifies the caller (401 for a bad or missing token where one is needed), checks the
 * route's roles (403), and counts writes against the caller's rate limit (429). A route without an
 * access rule is refused: forgetting to declare one closes the route instead of opening it.
 * Object scope (own enterprise, own profile: 404 outside it) is the services' job, with the principal.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalResolver,
    private readonly limits: RateLimitsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) throw AppException.forbidden('This route has no access rule');
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = bearerToken(request.headers.authorization);
    request.principal = bearer === null ? null : await this.principals.resolve(bearer);

    if (rule.kind === 'roles') {
      if (!request.principal) throw AppException.unauthorized();
      if (!rule.roles.includes(request.principal.role)) {
        throw AppException.forbidden(`A ${request.principal.role} account may not do this`);
      }
    }
    if (!READ_METHODS.has(request.method)) {
      await this.limits.hitWrite(request.principal ? `user:${request.principal.userId}` : `ip:${request.ip ?? ''}`);
    }
    return true;
  }
}

/** `Authorization: Bearer <token>`; anything else present but malformed is a 401, absent is null. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined || header === '') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw AppException.unauthorized('The Authorization header must be "Bearer <token>"');
  return match[1];
}
