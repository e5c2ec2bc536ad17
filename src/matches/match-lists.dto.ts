import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { queryInteger } from '../common/pagination/page-query.dto';

export const MAX_LIST_LIMIT = 200;

export class MatchListQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_LIST_LIMIT, default: 20, description: 'Clamped to 200' })
  @IsOptional()
  @Transform(({ value }) => {
    const n = queryInteger(value);
    return typeof n === 'number' && n > MAX_LIST_LIMIT ? MAX_LIST_LIMIT : n;
  })
  @IsInt()
  @Min(1)
  limit: number = 20;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 0 })
  @IsOptional()
  @Transform(({ value }) => queryInteger(value))
  @IsInt()
  @Min(0)
  @Max(100)
  minScore: number = 0;
}

export const CANDIDATE_ORDERS = ['allocated'] as const;

export class CandidateListQueryDto extends MatchListQueryDto {
  @ApiPropertyOptional({
    enum: CANDIDATE_ORDERS,
    description:
      'Omitted: by score (default). allocated: exposure-aware order from the stable allocation of all open headcount ' +
      '(deferred acceptance, stored matches with score >= 50): talents it assigns to this opening first ' +
      '(allocatedHere), then talents it leaves free, then talents it assigns to another opening ' +
      '(allocatedElsewhere: true, allocatedPositionId = that opening); by score within each group.',
  })
  @IsOptional()
  @IsIn(CANDIDATE_ORDERS)
  exposure?: (typeof CANDIDATE_ORDERS)[number];
}
