import { Injectable } from '@nestjs/common';
import { OutboxRelay } from '../recompute/outbox-relay.service';
import { invalidate } from '../recompute/invalidation';
import { release } from '../recompute/quarantine-store';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { FieldErrors } from '../common/errors/error-codes';
import { definedOnly, VersionedCrudService, WriteKind } from '../common/persistence/versioned-crud.service';
import { Enterprise } from '../enterprises/enterprise.entity';
import { escapeLike } from '../common/persistence/escape-like';
import { CreatePositionDto, PositionQueryDto, RequiredSkillDto, UpdatePositionDto } from './position.dto';
import { Position, RequiredSkill } from './position.entity';

@Injectable()
export class PositionsService extends VersionedCrudService<Position, CreatePositionDto, UpdatePositionDto> {
  protected readonly label = 'Position';
  protected readonly target = Position;

  constructor(
    dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {
    super(dataSource);
  }

  protected applyFilters(qb: SelectQueryBuilder<Position>, query: PositionQueryDto): void {
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.enterpriseId) qb.andWhere('e.enterprise_id = :enterpriseId', { enterpriseId: query.enterpriseId });
    if (query.industry) qb.andWhere('e.industry = :industry', { industry: query.industry });
    if (query.city) qb.andWhere('e.location = :city', { city: query.city });
    if (query.tier) qb.andWhere('e.tier_sought = :tier', { tier: query.tier });
    if (query.minUrgency) qb.andWhere('e.urgency >= :minUrgency', { minUrgency: query.minUrgency });
    if (query.q) qb.andWhere('(e.title ILIKE :q OR e.description ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
  }

  protected override orderBy(qb: SelectQueryBuilder<Position>): void {
    qb.orderBy('e.urgency', 'DESC').addOrderBy('e.created_at', 'ASC');
  }

  protected async prepareCreate(manager: EntityManager, input: CreatePositionDto): Promise<Partial<Position>> {
    if (!input.enterpriseId) throw AppException.validation({ enterpriseId: 'required' });
    await assertEnterpriseExists(manager, input.enterpriseId);
    const values: Partial<Position> = {
      ...definedOnly(input),
      requiredSkills: normaliseRequiredSkills(input.requiredSkills ?? []),
    };
    assertConsistent({ headcount: 1, filledCount: 0, salaryMin: null, salaryMax: null, ...values });
    return values;
  }

  /** A saved position is one column to rescore (see invalidation.ts); a deleted one, the rows that held it. */
  protected override async afterWrite(manager: EntityManager, id: string, kind: WriteKind): Promise<void> {
    if (kind === 'deleted') await release(manager, 'position', [id]);
    else await invalidate(manager, { kind: 'position', id });
  }

  protected override async beforeDelete(manager: EntityManager, id: string): Promise<void> {
    await invalidate(manager, { kind: 'position-deleting', id });
  }

  protected override afterCommit(): void {
    this.relay.kickAfterWrite();
  }

  protected async preparePatch(
    manager: EntityManager,
    current: Position,
    patch: Omit<UpdatePositionDto, 'version'>,
  ): Promise<Partial<Position>> {
    if (patch.enterpriseId && patch.enterpriseId !== current.enterpriseId) {
      await assertEnterpriseExists(manager, patch.enterpriseId);
    }
    const values: Partial<Position> = definedOnly({
      ...patch,
      requiredSkills: patch.requiredSkills ? normaliseRequiredSkills(patch.requiredSkills) : undefined,
    });
    assertConsistent({ ...current, ...values });
    return values;
  }
}

async function assertEnterpriseExists(manager: EntityManager, enterpriseId: string): Promise<void> {
  const exists = await manager.exists(Enterprise, { where: { id: enterpriseId } });
  if (!exists) throw AppException.referenceNotFound('enterpriseId', 'Enterprise', enterpriseId);
}

function normaliseRequiredSkills(skills: RequiredSkillDto[]): RequiredSkill[] {
  return skills.map((skill) => ({ name: skill.name.trim(), weight: skill.weight ?? 1, minLevel: skill.minLevel ?? 1 }));
}

/** Rules across fields, on the record as it will be after the write (the API and imports share them). */
export function positionRuleViolations(
  position: Partial<Pick<Position, 'headcount' | 'filledCount' | 'salaryMin' | 'salaryMax'>>,
): FieldErrors {
  const fields: FieldErrors = {};
  if ((position.filledCount ?? 0) > (position.headcount ?? 1)) fields.filledCount = 'must not exceed headcount';
  if (position.salaryMin != null && position.salaryMax != null && position.salaryMin > position.salaryMax) {
    fields.salaryMin = 'must not exceed salaryMax';
  }
  return fields;
}

function assertConsistent(position: Pick<Position, 'headcount' | 'filledCount' | 'salaryMin' | 'salaryMax'>): void {
  const fields = positionRuleViolations(position);
  if (Object.keys(fields).length > 0) throw AppException.validation(fields);
}
