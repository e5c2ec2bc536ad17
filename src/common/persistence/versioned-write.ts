import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppException } from '../errors/app-exception';

export interface VersionedRow extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * Optimistic concurrency that actually prevents lost updates: one `UPDATE … WHERE id AND version`,
 * 409 when another writer got there first, 404 when the row is gone. `@VersionColumn` alone only
 * increments; it never checks.
 */
export async function updateVersioned<T extends VersionedRow>(
  manager: EntityManager,
  target: EntityTarget<T>,
  label: string,
  id: string,
  expectedVersion: number,
  patch: Partial<T>,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  const current = await manager.findOne(target, { where: { id } as never });
  if (!current) throw AppException.notFound(label, id);
  if (result.affected !== 1) throw AppException.versionConflict(label, id, current.version);
  return current;
}

/** Deletes a row, checking its version when the caller sent one. */
export async function deleteVersioned<T extends VersionedRow>(
  manager: EntityManager,
  target: EntityTarget<T>,
  label: string,
  id: string,
  expectedVersion?: number,
): Promise<void> {
  const current = await manager.findOne(target, { where: { id } as never });
  if (!current) throw AppException.notFound(label, id);
  if (expectedVersion !== undefined && current.version !== expectedVersion) {
    throw AppException.versionConflict(label, id, current.version);
  }
  const where = expectedVersion === undefined ? { id } : { id, version: expectedVersion };
  const result = await manager.delete(target, where as never);
  if (result.affected !== 1) {
    const after = await manager.findOne(target, { where: { id } as never });
    if (after) throw AppException.versionConflict(label, id, after.version);
  }
}

export async function findOrFail<T extends VersionedRow>(
  manager: EntityManager,
  target: EntityTarget<T>,
  label: string,
  id: string,
): Promise<T> {
  const row = await manager.findOne(target, { where: { id } as never });
  if (!row) throw AppException.notFound(label, id);
  return row;
}
