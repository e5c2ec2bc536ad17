import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';
import { queryInteger } from '../pagination/page-query.dto';

/** Every update carries the version the client last read; a stale one gets 409. */
export class VersionedUpdateDto {
  @ApiProperty({ minimum: 1, description: 'The version you last read; 409 if the record changed since.' })
  @IsInt()
  @Min(1)
  version: number;
}

export class DeleteQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'When given, the delete happens only at this version (409 otherwise).' })
  @IsOptional()
  @Transform(({ value }) => queryInteger(value))
  @IsInt()
  @Min(1)
  version?: number;
}
