import type { Operation } from './cases';
import type { SeededIds, SeededWorld } from './seed';
import { OMIT } from './values';

/**
 * What the real app's path parameters should be for a valid request: the seeded id of the record the
 * path names (`/positions/{id}` → the seeded position), an import type, an export format.
 */
export function pathValueFor(ids: SeededIds): (operation: Operation, name: string) => string {
  const byCollection: Record<string, string> = {
    enterprises: ids.enterpriseId,
    positions: ids.positionId,
    talents: ids.talentId,
    universities: ids.universityId,
    programmes: ids.programmeId,
    skills: ids.skillId,
    users: ids.userId,
    consents: ids.consentId,
    'api-tokens': ids.apiTokenId,
    imports: ids.importJobId,
    policies: ids.policyId,
  };
  return (operation, name) => {
    if (operation.key === 'DELETE /talents/{id}') return ids.spareTalentId;
    if (operation.key === 'DELETE /enterprises/{id}') return ids.spareEnterpriseId;
    if (name === 'type') return 'universities';
    if (name === 'format') return 'csv';
    if (name === 'jobId') return ids.importJobId;
    const byName = idFor(ids)(name);
    if (byName) return byName;
    const segments = operation.path.split('/').filter(Boolean);
    const at = segments.indexOf(`{${name}}`);
    return byCollection[segments[at - 1]] ?? ids.enterpriseId;
  };
}

/** Body and query references (`enterpriseId`, `talentIds`…) point at seeded rows. */
export function idFor(ids: SeededIds): (name: string) => string | undefined {
  return (name) => {
    const key = name.replace(/Ids$/, 'Id') as keyof SeededIds;
    if (name === 'mustVisit') return ids.universityId;
    return key in ids && key !== 'userId' && !key.startsWith('spare') ? ids[key] : undefined;
  };
}

/**
 * Values a valid request must carry that a schema cannot say: the current version (1: seeded rows are
 * fresh; the first successful update makes later ones stale, which is a documented 409), real
 * credentials, fields that must agree with each other. Invalid variants still mutate these fields.
 */
export function fixedValueFor(world: SeededWorld): (operation: Operation, name: string, caller: string) => unknown {
  return (operation, name, caller) => {
    if (name === 'version') return operation.method === 'delete' ? OMIT : 1;
    if (operation.key === 'POST /auth/password' && name === 'currentPassword') return world.adminLogin.password;
    if (operation.key === 'POST /skills' && name === 'id') return 'fuzz-created-skill';
    // The seeded position stays open (only open positions are matched, planned and decided on).
    if (operation.path.startsWith('/positions') && name === 'status') return 'open';
    // A focus can easily match no open position (a documented 400); plans without one cover them all.
    if (name === 'focus') return OMIT;
    if (operation.key === 'POST /auth/login') return { username: world.adminLogin.username, password: world.adminLogin.password }[name];
    if (operation.key === 'POST /auth/refresh' || operation.key === 'POST /auth/logout') {
      return name === 'refreshToken' ? world.adminLogin.refreshToken : undefined;
    }
    if (operation.path === '/users' || operation.path === '/users/{id}') {
      // An account's role and its binding must agree; coordinators have none.
      if (name === 'role') return 'coordinator';
      if (name === 'enterpriseId' || name === 'talentId') return OMIT;
    }
    // An enterprise user's positions belong to its enterprise: it may not name one.
    if (operation.path.startsWith('/positions') && name === 'enterpriseId' && caller === 'enterprise') return OMIT;
    if (name === 'filledCount') return 0;
    if (name === 'salaryMin') return 6000;
    if (name === 'salaryMax') return 9000;
    if (name === 'exclude') return [];
    // A condition's value depends on its kind (a oneOf the schema cannot tie to the kind).
    if (operation.path.startsWith('/policies') && name === 'conditions') {
      return [{ kind: 'minDegree', value: 'master' }, { kind: 'honour', value: ['鹿城英才'] }, { kind: 'employerKeyChain', value: true }];
    }
    return undefined;
  };
}

/**
 * Destructive operations go last so everything else runs on intact seeded data: updates, deletes of
 * records (parents last), then those that end the callers' own sessions (a deleted account, the
 * talent's own erasure, a password change).
 */
export function runLast(operation: Operation): number {
  // Signs out every session of the caller (the token version moves on): nothing can follow it.
  if (operation.key === 'POST /auth/password') return 5;
  // The seeded user is the enterprise caller: changing its role or deleting it signs that caller out.
  if (operation.key === 'DELETE /me' || operation.path === '/users/{id}') return 4;
  if (operation.key === 'DELETE /universities/{id}' || operation.key === 'DELETE /enterprises/{id}') return 3;
  if (operation.method === 'delete') return 2;
  // Updates of the seeded rows come after the reads and decisions that rely on them as seeded.
  if (operation.key === 'POST /auth/logout' || operation.method === 'patch') return 1;
  return 0;
}

