import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { AUDIT_ACTIONS, AuditAction } from './audit-event.entity';

/** Filters by the talent and the enterprise a record concerns (audit events, consents). */
export class TalentEnterpriseQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  talentId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;
}

export class AuditQueryDto extends TalentEnterpriseQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;
}
