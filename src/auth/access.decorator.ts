import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal, Role } from './principal';

export const ACCESS_KEY = 'access';

/**
 * Who may call a route. Every route declares one (the guard refuses routes that do not, and a test lists
 * them): `roles` need a signed-in caller with one of them; `public` lets anyone in, and a caller who does
 * send a token is still identified (anonymous callers of `GET /positions` see open positions only).
 */
export type AccessRule = { kind: 'roles'; roles: readonly Role[] } | { kind: 'public' };

export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);
export const Staff = () => Roles('coordinator', 'admin');
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

export interface AuthenticatedRequest extends Request {
  principal?: Principal | null;
}

/** The signed-in caller (routes with `Roles`). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without Roles');
  return principal;
});

/** The caller if one signed in, else null (routes with `Public`). */
export const OptionalPrincipal = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Principal | null => ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal ?? null,
);
