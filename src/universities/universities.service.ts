import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { definedOnly, VersionedCrudService } from '../common/persistence/versioned-crud.service';
import { CreateUniversityDto, UniversityQueryDto, UpdateUniversityDto } from './university.dto';
import { University } from './university.entity';

@Injectable()
export class UniversitiesService extends VersionedCrudService<University, CreateUniversityDto, UpdateUniversityDto> {
  protected readonly label = 'University';
  protected readonly target = University;

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected applyFilters(qb: SelectQueryBuilder<University>, query: UniversityQueryDto): void {
    if (query.city) qb.andWhere('e.city = :city', { city: query.city });
    if (query.province) qb.andWhere('e.province = :province', { province: query.province });
    if (query.partnershipType) {
      qb.andWhere('e.partnership_types @> :partnership::jsonb', { partnership: JSON.stringify([query.partnershipType]) });
    }
  }

  protected async prepareCreate(_manager: EntityManager, input: CreateUniversityDto): Promise<Partial<University>> {
    assertCoordinatePair(input.latitude, input.longitude);
    return definedOnly(input);
  }

  protected async preparePatch(
    _manager: EntityManager,
    current: University,
    patch: Omit<UpdateUniversityDto, 'version'>,
  ): Promise<Partial<University>> {
    const merged = { ...current, ...definedOnly(patch) };
    assertCoordinatePair(merged.latitude, merged.longitude);
    return definedOnly(patch);
  }
}

/** A coordinate is only useful for route planning as a pair (the API and imports share the rule). */
export function coordinatePairViolations(latitude: number | null | undefined, longitude: number | null | undefined): Record<string, string> {
  if ((latitude == null) === (longitude == null)) return {};
  return { [latitude == null ? 'latitude' : 'longitude']: 'latitude and longitude must be given together' };
}

function assertCoordinatePair(latitude: number | null | undefined, longitude: number | null | undefined): void {
  const fields = coordinatePairViolations(latitude, longitude);
  if (Object.keys(fields).length > 0) throw AppException.validation(fields);
}
