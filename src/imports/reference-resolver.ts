import type { EntityManager } from 'typeorm';
import type { ReferenceResolver } from './import-spec';

/**
 * Resolves a row's reference to an enterprise or a university by external key, else by Chinese name; a
 * name two records share must be given as a key. Loads the table once per import.
 */
export async function keyOrNameResolver(manager: EntityManager, target: 'enterprise' | 'university'): Promise<ReferenceResolver> {
  const rows: { id: string; external_key: string | null; name_zh: string }[] = await manager.query(
    `SELECT id, external_key, name_zh FROM ${target}`,
  );
  const byKey = new Map(rows.filter((r) => r.external_key).map((r) => [r.external_key!, r.id]));
  const byName = new Map<string, string | null>();
  // Names are stored as typed (full-width brackets kept) and cells arrive NFKC-normalised: compare folded.
  const fold = (name: string) => name.normalize('NFKC');
  for (const r of rows) byName.set(fold(r.name_zh), byName.has(fold(r.name_zh)) ? null : r.id);
  const keyColumn = `${target}Key`;
  const nameColumn = `${target}Name`;
  const idField = `${target}Id`;
  return (record) => {
    const key = record[keyColumn] as string | undefined;
    const name = record[nameColumn] as string | undefined;
    if (key) {
      const id = byKey.get(key);
      return id ? { values: { [idField]: id } } : { column: keyColumn, reason: `no ${target} with key "${key}"` };
    }
    if (name) {
      const id = byName.get(fold(name));
      if (id) return { values: { [idField]: id } };
      const reason = id === null ? `several ${target}s are named "${name}"; give the ${target} key` : `no ${target} named "${name}"`;
      return { column: nameColumn, reason };
    }
    return { column: keyColumn, reason: `give the ${target} key or name` };
  };
}
