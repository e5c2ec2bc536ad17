import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Staff } from '../auth/access.decorator';
import { AuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';
import { ApiErrors, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { AuditEventSchema } from './audit.openapi';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Coordinators read, admins too; a talent sees who viewed their contact details at GET /me/contact-views. */
  @Staff()
  @Get()
  @ApiOk(page(AuditEventSchema))
  @ApiErrors(403)
  list(@Query() query: AuditQueryDto) {
    return this.audit.list(query);
  }
}
