import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsInt,
  IsNumber,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { ValidateNestedList, ValidateNestedObject } from '../common/validation/nested.decorators';
import { OneOf, OptionalText, RequiredText, TextList } from '../common/validation/text.decorators';
import { VersionedUpdateDto } from '../common/validation/version.dto';
import { DEGREES, Degree, TIERS, Tier } from '../domain/vocabulary';

export class EducationDto {
  @OptionalText(200, '内蒙古科技大学')
  school?: string;

  @OptionalText(100, '冶金工程')
  major?: string;

  @OneOf(DEGREES, false)
  degree?: Degree | null;

  @ApiPropertyOptional({ minimum: 1950, maximum: 2100 })
  @IsOptional()
  @IsInt()
  @Min(1950)
  @Max(2100)
  graduationYear?: number | null;
}

export class WorkDto {
  @OptionalText(200, '中国北方稀土(集团)高科技股份有限公司')
  employer?: string;

  @OptionalText(200, '萃取车间工艺工程师')
  title?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 60 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(60)
  years?: number;

  @OptionalText(2000)
  description?: string;
}

export class TalentSkillDto {
  @RequiredText(100, '溶剂萃取')
  name: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  level?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 60 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(60)
  years?: number;
}

export class ContactDto {
  @ApiPropertyOptional({ example: '13800001234' })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 \-]{5,19}$/, { message: 'phone must be digits, optionally with +, spaces or dashes' })
  phone?: string | null;

  @ApiPropertyOptional({ example: 'zhang.san@example.cn' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;
}

export class CreateTalentDto {
  @RequiredText(100, '张三')
  name: string;

  @OptionalText(200, '稀土冶炼工程师')
  headline?: string;

  @ApiPropertyOptional({ type: [EducationDto], maxItems: 10 })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNestedList(() => EducationDto)
  education?: EducationDto[];

  @ApiPropertyOptional({ type: [WorkDto], maxItems: 20 })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNestedList(() => WorkDto)
  work?: WorkDto[];

  @ApiPropertyOptional({ type: [TalentSkillDto], maxItems: 50 })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNestedList(() => TalentSkillDto)
  skills?: TalentSkillDto[];

  @OptionalText(5000)
  summary?: string;

  @OneOf(TIERS, false)
  tier?: Tier | null;

  @TextList(20, 100, ['鹿城英才'])
  honours?: string[];

  @OptionalText(100, '包头')
  currentCity?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  willingToRelocate?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10_000_000, nullable: true, description: 'Expected monthly salary, yuan (lower end)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  expectedSalaryMin?: number | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10_000_000, nullable: true, description: 'Expected monthly salary, yuan (upper end)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  expectedSalaryMax?: number | null;

  @ApiPropertyOptional({ type: ContactDto, description: 'Personal data, stored apart from the profile' })
  @IsOptional()
  @ValidateNestedObject(() => ContactDto)
  contact?: ContactDto;

  @OptionalText(100)
  externalKey?: string | null;
}

export class UpdateTalentDto extends IntersectionType(
  PartialType(OmitType(CreateTalentDto, ['contact'] as const)),
  VersionedUpdateDto,
) {}

export class TalentQueryDto extends PageQueryDto {
  @OneOf(TIERS, false)
  tier?: Tier;

  @OptionalText(100, '包头')
  city?: string;

  @OptionalText(100)
  q?: string;
}

export class TalentContactView {
  @ApiProperty({ format: 'uuid' })
  talentId: string;

  @ApiPropertyOptional({ nullable: true })
  phone: string | null;

  @ApiPropertyOptional({ nullable: true })
  email: string | null;

  @ApiProperty({ description: 'Masked (张*, 138****0000) when an enterprise has no valid consent' })
  name: string;

  @ApiProperty()
  masked: boolean;

  @ApiPropertyOptional({ description: "For enterprises: none, requested, granted, declined, withdrawn or expired" })
  consentStatus?: string;
}
