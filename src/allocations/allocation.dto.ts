import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { INDUSTRIES, Industry } from '../domain/vocabulary';

export const ALLOCATION_METHODS = ['deferred_acceptance', 'max_weight'] as const;

/** A coordinator's allocation request; every field is optional, `{}` plans all open headcount. */
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

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 50, description: 'Stored matches scoring below this are not acceptable pairs' })
  @IsOptional()
  // Stored scores are fractional, so a fractional threshold is meaningful.
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  minScore?: number;

  @ApiPropertyOptional({ enum: INDUSTRIES, isArray: true, description: 'Only openings in these industries (omitted or empty: all)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INDUSTRIES.length)
  @IsIn(INDUSTRIES as unknown as string[], { each: true })
  industries?: Industry[];

  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 1, description: 'Only openings at least this urgent (urgent = 4 or 5)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  minUrgency?: number;
}
