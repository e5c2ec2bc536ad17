import { DataSource, EntityManager, EntityTarget, SelectQueryBuilder } from 'typeorm';
import { AppException } from '../errors/app-exception';
import { Page, PageQueryDto } from '../pagination/page-query.dto';
import { deleteVersioned, findOrFail, updateVersioned, VersionedRow } from './versioned-write';

export type WriteKind = 'created' | 'updated' | 'deleted';

/**
 * Create, read, update, delete and list for a versioned record, each write in one transaction. Feature
 * services supply the filters and the input checks that need the database (references, cross-field
 * rules on the merged record); `afterWrite` runs inside the same transaction, which is where a change
 * records what must be recomputed.
 */
export abstract class VersionedCrudService<E extends VersionedRow, C extends object, U extends { version: number }> {
  protected abstract readonly label: string;
  protected abstract readonly target: EntityTarget<E>;

  protected constructor(protected readonly dataSource: DataSource) {}

  /** Adds WHERE clauses for the list filters; the alias is `e`. */
  protected abstract applyFilters(qb: SelectQueryBuilder<E>, query: PageQueryDto): void;

  /** Turns validated input into column values, checking what needs the database. */
  protected abstract prepareCreate(manager: EntityManager, input: C): Promise<Partial<E>>;

  /** Turns a validated patch into column values, checking the merged record. */
  protected abstract preparePatch(manager: EntityManager, current: E, patch: Omit<U, 'version'>): Promise<Partial<E>>;

  /** Writes rows that belong to a new record (in the same transaction), e.g. its contact details. */
  protected async afterInsert(_manager: EntityManager, _id: string, _input: C): Promise<void> {}

  protected async afterWrite(_manager: EntityManager, _id: string, _kind: WriteKind): Promise<void> {}

  /** Runs in the delete's transaction before the row goes (what depends on it can still be read). */
  protected async beforeDelete(_manager: EntityManager, _id: string): Promise<void> {}

  /** Runs after the write's transaction committed (e.g. to wake the outbox relay). */
  protected afterCommit(): void {}

  protected orderBy(qb: SelectQueryBuilder<E>): void {
    qb.orderBy('e.created_at', 'ASC');
  }

  /** `scope` limits the rows to what the caller may see (a condition on alias `e`); null for all. */
  async list(query: PageQueryDto, scope: { sql: string; params: Record<string, unknown> } | null = null): Promise<Page<E>> {
    const qb = this.dataSource.getRepository(this.target).createQueryBuilder('e');
    if (scope) qb.andWhere(scope.sql, scope.params);
    this.applyFilters(qb, query);
    this.orderBy(qb);
    qb.addOrderBy('e.id', 'ASC')
      .offset((query.page - 1) * query.limit)
      .limit(query.limit);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, page: query.page, limit: query.limit };
  }

  get(id: string): Promise<E> {
    return findOrFail(this.dataSource.manager, this.target, this.label, id);
  }

  async create(input: C): Promise<E> {
    const created = await this.dataSource.transaction(async (manager) => {
      const values = await this.prepareCreate(manager, input);
      const result = await manager.insert(this.target, values as never);
      const id = result.identifiers[0].id as string;
      await this.afterInsert(manager, id, input);
      await this.afterWrite(manager, id, 'created');
      return findOrFail(manager, this.target, this.label, id);
    });
    this.afterCommit();
    return created;
  }

  async update(id: string, input: U): Promise<E> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, this.target, this.label, id);
      const { version, ...patch } = input;
      if (current.version !== version) throw AppException.versionConflict(this.label, id, current.version);
      const values = await this.preparePatch(manager, current, patch);
      const row = await updateVersioned(manager, this.target, this.label, id, version, values);
      await this.afterWrite(manager, id, 'updated');
      return row;
    });
    this.afterCommit();
    return updated;
  }

  async remove(id: string, version?: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.beforeDelete(manager, id);
      await deleteVersioned(manager, this.target, this.label, id, version);
      await this.afterWrite(manager, id, 'deleted');
    });
    this.afterCommit();
  }
}

/** Removes keys whose value is undefined, so a patch only touches what the client sent. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
