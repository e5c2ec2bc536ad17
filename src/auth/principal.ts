export const ROLES = ['admin', 'coordinator', 'enterprise', 'talent'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work for the talent office and see everything (admin may also change it). */
export const STAFF: readonly Role[] = ['coordinator', 'admin'];

/** Who is calling, as the guard established it; `null` in handlers that allow anonymous callers. */
export interface Principal {
  userId: string;
  username: string;
  role: Role;
  enterpriseId: string | null;
  talentId: string | null;
  /** The account's token version: tokens issued for it (the queue board's session) carry it. */
  tokenVersion: number;
}

export function isStaff(principal: Principal | null): boolean {
  return principal !== null && (principal.role === 'coordinator' || principal.role === 'admin');
}
