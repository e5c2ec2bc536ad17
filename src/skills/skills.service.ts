import { Injectable } from '@nestjs/common';
import { OutboxRelay } from '../recompute/outbox-relay.service';
import { invalidate } from '../recompute/invalidation';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { ErrorCode } from '../common/errors/error-codes';
import { definedOnly, VersionedCrudService } from '../common/persistence/versioned-crud.service';
import { escapeLike } from '../common/persistence/escape-like';
import { CreateSkillDto, SkillQueryDto, UpdateSkillDto } from './skill.dto';
import { Skill } from './skill.entity';

@Injectable()
export class SkillsService extends VersionedCrudService<Skill, CreateSkillDto, UpdateSkillDto> {
  protected readonly label = 'Skill';
  protected readonly target = Skill;

  constructor(
    dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {
    super(dataSource);
  }

  protected applyFilters(qb: SelectQueryBuilder<Skill>, query: SkillQueryDto): void {
    if (query.category) qb.andWhere('e.category = :category', { category: query.category });
    if (query.q) {
      // Each alias on its own: matching the JSON text of the list would let `"` or `,` match every skill.
      // The CASE keeps a stored non-list (no constraint forbids one) from failing the whole search.
      const aliases = "jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.aliases) = 'array' THEN e.aliases ELSE '[]'::jsonb END)";
      qb.andWhere(`(e.name_zh ILIKE :q OR e.name_en ILIKE :q OR EXISTS (SELECT 1 FROM ${aliases} AS alias WHERE alias ILIKE :q))`, {
        q: `%${escapeLike(query.q)}%`,
      });
    }
  }

  protected override orderBy(qb: SelectQueryBuilder<Skill>): void {
    qb.orderBy('e.category', 'ASC');
  }

  protected async prepareCreate(manager: EntityManager, input: CreateSkillDto): Promise<Partial<Skill>> {
    if (await manager.exists(Skill, { where: { id: input.id } })) {
      throw new AppException(ErrorCode.Conflict, `Skill ${input.id} already exists`, { id: 'already exists' });
    }
    if (input.broaderId) await assertAcyclic(manager, input.id, input.broaderId);
    return definedOnly(input);
  }

  /** The taxonomy drives skill resolution and similarity everywhere: a change rebuilds all matches. */
  protected override async afterWrite(manager: EntityManager): Promise<void> {
    await invalidate(manager, { kind: 'taxonomy' });
  }

  protected override afterCommit(): void {
    this.relay.kickAfterWrite();
  }

  protected async preparePatch(
    manager: EntityManager,
    current: Skill,
    patch: Omit<UpdateSkillDto, 'version'>,
  ): Promise<Partial<Skill>> {
    if (patch.broaderId) await assertAcyclic(manager, current.id, patch.broaderId);
    return definedOnly(patch);
  }
}

/** The broader skill must exist, and following broader links from it must never lead back to `id`. */
async function assertAcyclic(manager: EntityManager, id: string, broaderId: string): Promise<void> {
  let cursor: string | null = broaderId;
  const seen = new Set<string>();
  while (cursor) {
    if (cursor === id) throw AppException.validation({ broaderId: 'would make the taxonomy cyclic' });
    if (seen.has(cursor)) break;
    seen.add(cursor);
    const parent: Skill | null = await manager.findOne(Skill, { where: { id: cursor } });
    if (!parent) {
      if (cursor === broaderId) throw AppException.referenceNotFound('broaderId', 'Skill', broaderId);
      break;
    }
    cursor = parent.broaderId;
  }
}
