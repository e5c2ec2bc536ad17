import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { ConsentQueryDto, ConsentRequestDto, DirectConsentDto, GrantConsentDto } from './consent.dto';
import { ConsentsService } from './consents.service';
import { ApiCreated, ApiErrors, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { ConsentSchema } from './consent.openapi';

@ApiTags('consents')
@ApiBearerAuth()
@ApiErrors(403)
@Controller()
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  /** An enterprise asks a candidate of one of its positions for their contact details. */
  @Roles('enterprise')
  @Post('consent-requests')
  @ApiCreated(ConsentSchema)
  @ApiErrors(404, 409, 422)
  request(@CurrentPrincipal() principal: Principal, @Body() body: ConsentRequestDto) {
    return this.consents.request(principal, body);
  }

  /** Talent: own consents; enterprise: its requests; staff: all (read only). */
  @Roles('talent', 'enterprise', 'coordinator', 'admin')
  @Get('consents')
  @ApiOk(page(ConsentSchema))
  list(@CurrentPrincipal() principal: Principal, @Query() query: ConsentQueryDto) {
    return this.consents.list(principal, query);
  }

  @Roles('talent', 'enterprise', 'coordinator', 'admin')
  @Get('consents/:id')
  @ApiOk(ConsentSchema)
  @ApiErrors(404)
  get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string) {
    return this.consents.get(principal, id);
  }

  @Roles('talent')
  @Post('consents')
  @ApiCreated(ConsentSchema)
  @ApiErrors(404, 409, 422)
  grantDirect(@CurrentPrincipal() principal: Principal, @Body() body: DirectConsentDto) {
    return this.consents.grantDirect(principal, body);
  }

  @Roles('talent')
  @Post('consents/:id/grant')
  @ApiOk(ConsentSchema)
  @ApiErrors(404, 409)
  @HttpCode(200)
  grant(@CurrentPrincipal() principal: Principal, @UuidParam() id: string, @Body() body: GrantConsentDto) {
    return this.consents.grant(principal, id, body);
  }

  @Roles('talent')
  @Post('consents/:id/withdraw')
  @ApiOk(ConsentSchema)
  @ApiErrors(404, 409)
  @HttpCode(200)
  withdraw(@CurrentPrincipal() principal: Principal, @UuidParam() id: string) {
    return this.consents.withdraw(principal, id);
  }
}
