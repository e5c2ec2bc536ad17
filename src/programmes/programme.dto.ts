import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { OneOf, OptionalText, RequiredText, TextList } from '../common/validation/text.decorators';
import { VersionedUpdateDto } from '../common/validation/version.dto';
import { DEGREES, Degree } from '../domain/vocabulary';

export class CreateProgrammeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  universityId: string;

  @RequiredText(100, '冶金工程')
  major: string;

  @ApiPropertyOptional({ example: '080404', description: 'MoE undergraduate catalogue code' })
  @IsOptional()
  @Matches(/^\d{6}[A-Z]{0,2}$/, { message: 'majorCode must be a 6-digit catalogue code, e.g. 080404' })
  majorCode?: string | null;

  @OneOf(DEGREES, true)
  degree: Degree;

  @ApiProperty({ minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100000)
  graduatesPerYear: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 12, default: 6 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  graduationMonth?: number;

  @TextList(50, 100, ['稀土冶金', '萃取'])
  keywords?: string[];

  @TextList(50, 100, ['溶剂萃取', '熔盐电解'])
  skillsTaught?: string[];

  @OptionalText(100)
  externalKey?: string | null;
}

export class UpdateProgrammeDto extends IntersectionType(PartialType(CreateProgrammeDto), VersionedUpdateDto) {}

export class ProgrammeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  universityId?: string;

  @OneOf(DEGREES, false)
  degree?: Degree;

  @OptionalText(100, '冶金工程')
  major?: string;
}
