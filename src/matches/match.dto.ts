import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQueryDto, queryInteger } from '../common/pagination/page-query.dto';

export class MatchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  talentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  positionId?: string;
}

export class CoverageQueryDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 70, description: 'A candidate counts as strong from this score' })
  @IsOptional()
  @Transform(({ value }) => queryInteger(value))
  @IsInt()
  @Min(0)
  @Max(100)
  minScore: number = 70;
}
