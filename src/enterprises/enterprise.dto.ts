import { ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { OneOf, OptionalText, RequiredText } from '../common/validation/text.decorators';
import { VersionedUpdateDto } from '../common/validation/version.dto';
import { INDUSTRIES, Industry } from '../domain/vocabulary';

export class CreateEnterpriseDto {
  @RequiredText(200, '包头威丰稀土电磁材料股份有限公司')
  nameZh: string;

  @OptionalText(200, 'Baotou Weifeng Rare Earth Electromagnetic Materials Co., Ltd.')
  nameEn?: string | null;

  @OneOf(INDUSTRIES, true)
  industry: Industry;

  @ApiPropertyOptional({ enum: ['enterprise', 'research'], default: 'enterprise' })
  @IsOptional()
  @IsIn(['enterprise', 'research'])
  kind?: 'enterprise' | 'research';

  @OptionalText(200, '稀土应用产业园区')
  park?: string | null;

  @OptionalText(100, '王经理')
  contactPerson?: string | null;

  @ApiPropertyOptional({ example: '91150291MA0N000000', description: '统一社会信用代码 (18 characters)' })
  @IsOptional()
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, {
    message: 'creditCode must be an 18-character unified social credit code',
  })
  creditCode?: string | null;

  @OptionalText(100)
  externalKey?: string | null;
}

export class UpdateEnterpriseDto extends IntersectionType(PartialType(CreateEnterpriseDto), VersionedUpdateDto) {}

export class EnterpriseQueryDto extends PageQueryDto {
  @OneOf(INDUSTRIES, false)
  industry?: Industry;

  @OptionalText(100)
  q?: string;
}
