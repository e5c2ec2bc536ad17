import type { Operation } from './cases';
import type { KnownOpenCase } from './engine';
import type { SeededIds } from './seed';

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
  };
  return (operation, name) => {
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
    return key in ids && key !== 'userId' ? ids[key] : undefined;
  };
}

/**
 * Destructive operations go last so everything else runs on intact seeded data: deletes of records,
 * then those that end the callers' own sessions (a deleted account, the talent's own erasure).
 */
export function runLast(operation: Operation): number {
  if (operation.key === 'DELETE /me' || operation.key === 'DELETE /users/{id}') return 3;
  if (operation.method === 'delete') return 2;
  if (operation.key === 'POST /auth/logout' || operation.key === 'POST /auth/password') return 1;
  return 0;
}

/**
 * 500s found by the fuzzer that the h-validation branch fixes (request validation). Skipped here so
 * this branch's run stays green; each entry goes when that branch is merged.
 */
// fixed on h-validation; remove when merged
export const KNOWN_OPEN: KnownOpenCase[] = [];
