import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { OptionalText, RequiredText, TextList } from '../common/validation/text.decorators';
import { VersionedUpdateDto } from '../common/validation/version.dto';

export const SKILL_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class CreateSkillDto {
  @ApiProperty({ example: 'rare-earth-solvent-extraction', description: 'Canonical kebab-case id' })
  @Matches(SKILL_ID_PATTERN, { message: 'id must be kebab-case ascii, e.g. rare-earth-solvent-extraction' })
  @MaxLength(100)
  id: string;

  @RequiredText(100, '稀土萃取分离')
  nameZh: string;

  @RequiredText(100, 'Rare-earth solvent extraction')
  nameEn: string;

  @TextList(50, 100, ['萃取分离', 'solvent extraction'])
  aliases?: string[];

  @ApiPropertyOptional({ nullable: true, example: 'rare-earth-separation' })
  @IsOptional()
  @Matches(SKILL_ID_PATTERN, { message: 'broaderId must be a skill id' })
  broaderId?: string | null;

  @RequiredText(50, 'process')
  category: string;

  @OptionalText(100, '2-02-07 冶金工程技术人员')
  occupationGroup?: string | null;
}

export class UpdateSkillDto extends IntersectionType(
  PartialType(OmitType(CreateSkillDto, ['id'] as const)),
  VersionedUpdateDto,
) {}

export class SkillQueryDto extends PageQueryDto {
  @OptionalText(50, 'process')
  category?: string;

  @OptionalText(100, '萃取')
  q?: string;
}
