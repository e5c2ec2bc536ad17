import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

function toInteger(value: unknown): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}

/** Page and size for list endpoints. A size above MAX_PAGE_SIZE is clamped (the response says so), not refused. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @Transform(({ value }) => toInteger(value))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @Transform(({ value }) => {
    const n = toInteger(value);
    return typeof n === 'number' && n > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : n;
  })
  @IsInt()
  @Min(1)
  limit: number = DEFAULT_PAGE_SIZE;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export function queryInteger(value: unknown): unknown {
  return toInteger(value);
}
