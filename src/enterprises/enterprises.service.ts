import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../common/persistence/escape-like';
import { definedOnly, VersionedCrudService } from '../common/persistence/versioned-crud.service';
import { CreateEnterpriseDto, EnterpriseQueryDto, UpdateEnterpriseDto } from './enterprise.dto';
import { Enterprise } from './enterprise.entity';

@Injectable()
export class EnterprisesService extends VersionedCrudService<Enterprise, CreateEnterpriseDto, UpdateEnterpriseDto> {
  protected readonly label = 'Enterprise';
  protected readonly target = Enterprise;

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected applyFilters(qb: SelectQueryBuilder<Enterprise>, query: EnterpriseQueryDto): void {
    if (query.industry) qb.andWhere('e.industry = :industry', { industry: query.industry });
    if (query.q) qb.andWhere('(e.name_zh ILIKE :q OR e.name_en ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
  }

  protected async prepareCreate(_manager: EntityManager, input: CreateEnterpriseDto): Promise<Partial<Enterprise>> {
    return { kind: 'enterprise', ...definedOnly(input) };
  }

  protected async preparePatch(
    _manager: EntityManager,
    _current: Enterprise,
    patch: Omit<UpdateEnterpriseDto, 'version'>,
  ): Promise<Partial<Enterprise>> {
    return definedOnly(patch);
  }
}
