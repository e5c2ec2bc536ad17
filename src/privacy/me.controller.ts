import { Controller, Delete, Get, Header, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { CurrentPrincipal, Roles } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { TalentErasureService } from './talent-erasure.service';
import { TalentExportService } from './talent-export.service';
import { ApiErrors, ApiNoContent, ApiOk } from '../common/openapi/api-responses';
import { ContactViewsSchema } from '../audit/audit.openapi';
import { TalentExportSchema } from './privacy.openapi';

/** A talent's rights over their own data: to know, to take it with them, to be forgotten. */
@ApiTags('me')
@ApiBearerAuth()
@ApiErrors(403)
@Controller('me')
export class MeController {
  constructor(
    private readonly exports: TalentExportService,
    private readonly erasure: TalentErasureService,
    private readonly audit: AuditService,
  ) {}

  @Roles('talent')
  @Get('export')
  @ApiOk(TalentExportSchema)
  @ApiErrors(404)
  @Header('Content-Disposition', 'attachment; filename="my-data.json"')
  export(@CurrentPrincipal() principal: Principal) {
    return this.exports.export(principal.talentId!);
  }

  @Roles('talent')
  @Get('contact-views')
  @ApiOk(ContactViewsSchema)
  contactViews(@CurrentPrincipal() principal: Principal) {
    return this.audit.contactViews(principal.talentId!);
  }

  /** Deletes the account and the profile with everything derived from it. */
  @Roles('talent')
  @Delete()
  @ApiNoContent()
  @ApiErrors(404, 409)
  @HttpCode(204)
  async remove(@CurrentPrincipal() principal: Principal) {
    await this.erasure.erase(principal.talentId!, principal, 'self');
  }
}
