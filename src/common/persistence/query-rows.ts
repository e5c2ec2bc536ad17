import { EntityManager } from 'typeorm';

/**
 * Rows of a raw statement. TypeORM's postgres driver returns `[rows, affectedCount]` for UPDATE and
 * DELETE … RETURNING but plain rows for SELECT; this hides the difference.
 */
export async function queryRows<T>(manager: Pick<EntityManager, 'query'>, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await manager.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
