import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { INDUSTRIES, Industry } from '../domain/vocabulary';

export const ALLOCATION_METHODS = ['deferred_acceptance', 'max_weight'] as const;

export class AllocationPlanDto {
  @ApiPropertyOptional({
    enum: ALLOCATION_METHODS,
    default: 'deferred_acceptance',
    description: 'deferred_acceptance: stable (no talent and opening would both rather have each other); max_weight: maximises urgency-weighted score',
  })
  @IsOptional()
  @IsIn(ALLOCATION_METHODS as unknown as string[])
  method?: (typeof ALLOCATION_METHODS)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: 50, description: 'Show each talent to at most this many enterprises (their best)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  exposureCap?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 50, description: 'Pairs below this score are not acceptable' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minScore?: number;

  @ApiPropertyOptional({ enum: INDUSTRIES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INDUSTRIES.length)
  @IsIn(INDUSTRIES as unknown as string[], { each: true })
  industries?: Industry[];

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  minUrgency?: number;
}
