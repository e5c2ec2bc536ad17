import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQueryDto, queryInteger } from '../common/pagination/page-query.dto';
import { OneOf, OptionalText } from '../common/validation/text.decorators';
import { INDUSTRIES, Industry } from '../domain/vocabulary';
import type { ExportFormat } from '../imports/tabular-writer';

export const GAP_GROUPS = ['industry', 'major', 'position'] as const;
export type GapGroup = (typeof GAP_GROUPS)[number];

/** Openings sort keys; `coverage` is the number of strong candidates. */
export const OPENING_SORTS = ['coverage', 'urgency', 'enterprise', 'industry', 'gap', 'seats', 'title'] as const;
export type OpeningSort = (typeof OPENING_SORTS)[number];

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);

export class SupplyQueryDto {
  @OneOf(INDUSTRIES, false)
  industry?: Industry;

  @ApiPropertyOptional({ minimum: 0.01, maximum: 1, default: 0.1, description: 'Share of a graduating cohort expected to be reachable' })
  @IsOptional()
  @Transform(({ value }) => queryInteger(value))
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1)
  yield?: number;
}

export class GapsQueryDto extends SupplyQueryDto {
  @ApiPropertyOptional({ enum: GAP_GROUPS, default: 'industry' })
  @IsOptional()
  @IsIn(GAP_GROUPS)
  by: GapGroup = 'industry';
}

/** Filters and order of the coordinators' openings list (and of its export). */
export class OpeningsFilterDto {
  @OneOf(INDUSTRIES, false)
  industry?: Industry;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @Transform(({ value }) => queryInteger(value))
  @IsInt()
  @Min(1)
  @Max(5)
  minUrgency?: number;

  @OptionalText(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Only openings without a single strong candidate (stored score ≥ 70)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  noStrongCandidate?: boolean;

  @ApiPropertyOptional({ enum: OPENING_SORTS, default: 'urgency', description: 'coverage: strong candidates; gap: seats left unfilled; seats: open seats' })
  @IsOptional()
  @IsIn(OPENING_SORTS)
  sort: OpeningSort = 'urgency';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'Default: desc for urgency, gap and seats; asc for the others' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

export class OpeningsQueryDto extends IntersectionType(PageQueryDto, OpeningsFilterDto) {}

export class OpeningsExportQueryDto extends OpeningsFilterDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format: ExportFormat = 'xlsx';
}
