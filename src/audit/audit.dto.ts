import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { AUDIT_ACTIONS, AuditAction } from './audit-event.entity';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  talentId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;
}
