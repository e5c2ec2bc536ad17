import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { TalentEnterpriseQueryDto } from '../audit/audit.dto';
import { RequiredText } from '../common/validation/text.decorators';
import { CONSENT_STATUSES, ConsentStatus } from './consent.entity';

export class ConsentRequestDto {
  @ApiProperty({ description: 'A candidate of one of your positions' })
  @IsUUID()
  talentId: string;

  @RequiredText(500, '联系候选人沟通稀土萃取工艺工程师岗位面试')
  purpose: string;
}

export class GrantConsentDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 730, default: 365, description: 'How long the consent lasts' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  validDays?: number;
}

/** A talent grants consent to an enterprise without a prior request. */
export class DirectConsentDto extends GrantConsentDto {
  @ApiProperty()
  @IsUUID()
  enterpriseId: string;

  @RequiredText(500, '就业推荐')
  purpose: string;
}

/** Talents and enterprises see only their own consents whatever the filters say. */
export class ConsentQueryDto extends TalentEnterpriseQueryDto {
  @ApiPropertyOptional({ enum: CONSENT_STATUSES })
  @IsOptional()
  @IsIn(CONSENT_STATUSES)
  status?: ConsentStatus;
}
