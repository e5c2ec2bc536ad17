import { ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { OneOf, OptionalText, RequiredText } from '../common/validation/text.decorators';
import { VersionedUpdateDto } from '../common/validation/version.dto';
import { PARTNERSHIP_TYPES, PartnershipType } from '../domain/vocabulary';

export class CreateUniversityDto {
  @RequiredText(200, '兰州理工大学')
  nameZh: string;

  @OptionalText(200, 'Lanzhou University of Technology')
  nameEn?: string | null;

  @RequiredText(100, '兰州')
  city: string;

  @RequiredText(100, '甘肃')
  province: string;

  @ApiPropertyOptional({ minimum: -90, maximum: 90, description: 'WGS-84' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ minimum: -180, maximum: 180, description: 'WGS-84' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @OptionalText(300)
  coordinateSource?: string | null;

  @ApiPropertyOptional({ enum: PARTNERSHIP_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PARTNERSHIP_TYPES.length)
  @IsIn(PARTNERSHIP_TYPES as unknown as string[], { each: true })
  partnershipTypes?: PartnershipType[];

  @OptionalText(100)
  externalKey?: string | null;
}

export class UpdateUniversityDto extends IntersectionType(PartialType(CreateUniversityDto), VersionedUpdateDto) {}

export class UniversityQueryDto extends PageQueryDto {
  @OptionalText(100, '兰州')
  city?: string;

  @OptionalText(100, '甘肃')
  province?: string;

  @OneOf(PARTNERSHIP_TYPES, false)
  partnershipType?: PartnershipType;
}
