import { ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { PageQueryDto, queryInteger } from '../common/pagination/page-query.dto';
import { ValidateNestedList } from '../common/validation/nested.decorators';
import { OneOf, OptionalText, RequiredText, TextList } from '../common/validation/text.decorators';
import { VersionedUpdateDto } from '../common/validation/version.dto';
import { DEGREES, Degree, INDUSTRIES, Industry, POSITION_STATUSES, PositionStatus, TIERS, Tier } from '../domain/vocabulary';

export class RequiredSkillDto {
  @RequiredText(100, '稀土萃取')
  name: string;

  @ApiPropertyOptional({ minimum: 0.1, maximum: 5, default: 1 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(5)
  weight?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 1, description: 'Minimum proficiency 1–5' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  minLevel?: number;
}

export class CreatePositionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Required for staff; enterprise users must omit it (their own enterprise is used)' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @RequiredText(200, '稀土萃取分离工程师')
  title: string;

  @OptionalText(5000, '负责稀土萃取分离生产线的工艺优化与技术攻关。')
  description?: string;

  @OneOf(INDUSTRIES, true)
  industry: Industry;

  @ApiPropertyOptional({ type: [RequiredSkillDto], maxItems: 30 })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNestedList(() => RequiredSkillDto)
  requiredSkills?: RequiredSkillDto[];

  @TextList(30, 100, ['ICP-OES'])
  preferredSkills?: string[];

  @OneOf(DEGREES, false)
  minDegree?: Degree | null;

  @TextList(20, 100, ['冶金工程', '化学工程与工艺'])
  preferredMajors?: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 50 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(50)
  minYearsExperience?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 10000, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  headcount?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  filledCount?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, default: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  urgency?: number;

  @OneOf(TIERS, false)
  tierSought?: Tier | null;

  @OptionalText(100, '包头')
  location?: string;

  @ApiPropertyOptional({ minimum: 0, description: 'Monthly salary, yuan' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  salaryMin?: number | null;

  @ApiPropertyOptional({ minimum: 0, description: 'Monthly salary, yuan' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  salaryMax?: number | null;

  @OneOf(POSITION_STATUSES, false)
  status?: PositionStatus;

  @OptionalText(100)
  externalKey?: string | null;
}

export class UpdatePositionDto extends IntersectionType(PartialType(CreatePositionDto), VersionedUpdateDto) {}

export class PositionQueryDto extends PageQueryDto {
  @OneOf(POSITION_STATUSES, false)
  status?: PositionStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @OneOf(INDUSTRIES, false)
  industry?: Industry;

  @OptionalText(100, '包头')
  city?: string;

  @OneOf(TIERS, false)
  tier?: Tier;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @Transform(({ value }) => queryInteger(value))
  @IsInt()
  @Min(1)
  @Max(5)
  minUrgency?: number;

  @OptionalText(100)
  q?: string;
}
