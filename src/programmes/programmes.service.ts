import { Injectable } from '@nestjs/common';
import { OutboxRelay } from '../recompute/outbox-relay.service';
import { invalidate } from '../recompute/invalidation';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { definedOnly, VersionedCrudService, WriteKind } from '../common/persistence/versioned-crud.service';
import { University } from '../universities/university.entity';
import { CreateProgrammeDto, ProgrammeQueryDto, UpdateProgrammeDto } from './programme.dto';
import { Programme } from './programme.entity';

@Injectable()
export class ProgrammesService extends VersionedCrudService<Programme, CreateProgrammeDto, UpdateProgrammeDto> {
  protected readonly label = 'Programme';
  protected readonly target = Programme;

  constructor(
    dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {
    super(dataSource);
  }

  protected applyFilters(qb: SelectQueryBuilder<Programme>, query: ProgrammeQueryDto): void {
    if (query.universityId) qb.andWhere('e.university_id = :universityId', { universityId: query.universityId });
    if (query.degree) qb.andWhere('e.degree = :degree', { degree: query.degree });
    if (query.major) qb.andWhere('e.major = :major', { major: query.major });
  }

  protected async prepareCreate(manager: EntityManager, input: CreateProgrammeDto): Promise<Partial<Programme>> {
    await assertUniversityExists(manager, input.universityId);
    return definedOnly(input);
  }

  protected override async afterWrite(manager: EntityManager, id: string, kind: WriteKind): Promise<void> {
    if (kind !== 'deleted') await invalidate(manager, { kind: 'programme', id });
  }

  protected override afterCommit(): void {
    this.relay.kickAfterWrite();
  }

  protected async preparePatch(
    manager: EntityManager,
    current: Programme,
    patch: Omit<UpdateProgrammeDto, 'version'>,
  ): Promise<Partial<Programme>> {
    if (patch.universityId && patch.universityId !== current.universityId) {
      await assertUniversityExists(manager, patch.universityId);
    }
    return definedOnly(patch);
  }
}

async function assertUniversityExists(manager: EntityManager, universityId: string): Promise<void> {
  if (!(await manager.exists(University, { where: { id: universityId } }))) {
    throw AppException.referenceNotFound('universityId', 'University', universityId);
  }
}
