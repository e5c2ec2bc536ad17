import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { TalentAccessService } from '../access/talent-access.service';
import { CurrentPrincipal, Roles, Staff } from '../auth/access.decorator';
import { isStaff, Principal } from '../auth/principal';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { TalentErasureService } from '../privacy/talent-erasure.service';
import { ContactDto, CreateTalentDto, TalentQueryDto, UpdateTalentDto } from './talent.dto';
import { TalentsService } from './talents.service';
import { ApiCreated, ApiErrors, ApiNoContent, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { TalentContactSchema, TalentSchema } from './talent.openapi';

/**
 * Profiles. Staff see and edit all; a talent their own; an enterprise reads the masked profile of a
 * candidate of its own openings. Anything else is not found (404).
 */
@ApiTags('talents')
@ApiBearerAuth()
@ApiErrors(403)
@Controller('talents')
export class TalentsController {
  constructor(
    private readonly talents: TalentsService,
    private readonly access: TalentAccessService,
    private readonly erasure: TalentErasureService,
  ) {}

  @Staff()
  @Get()
  @ApiOk(page(TalentSchema))
  list(@Query() query: TalentQueryDto) {
    return this.talents.list(query);
  }

  @Roles('talent', 'enterprise', 'coordinator', 'admin')
  @Get(':id')
  @ApiOk(TalentSchema)
  @ApiErrors(404)
  async get(@UuidParam() id: string, @CurrentPrincipal() principal: Principal) {
    await this.access.assertReadable(principal, id);
    return this.talents.getFor(principal, id);
  }

  @Staff()
  @Post()
  @ApiCreated(TalentSchema)
  @ApiErrors(409, 422)
  create(@Body() body: CreateTalentDto) {
    return this.talents.create(body);
  }

  @Roles('talent', 'coordinator', 'admin')
  @Patch(':id')
  @ApiOk(TalentSchema)
  @ApiErrors(404, 409, 422)
  update(@UuidParam() id: string, @Body() body: UpdateTalentDto, @CurrentPrincipal() principal: Principal) {
    this.access.assertWritable(principal, id);
    return this.talents.update(id, body);
  }

  /** Erasure: the profile, its account, matches, consents and queued jobs; audit entries anonymised. */
  @Roles('talent', 'coordinator', 'admin')
  @Delete(':id')
  @ApiNoContent()
  @ApiErrors(404, 409)
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto, @CurrentPrincipal() principal: Principal) {
    this.access.assertWritable(principal, id);
    await this.erasure.erase(id, principal, isStaff(principal) ? 'staff' : 'self', query.version);
  }

  /** Contact details: own, staff (each reveal logged), or an enterprise with this talent's consent; masked otherwise. */
  @Roles('talent', 'enterprise', 'coordinator', 'admin')
  @Get(':id/contact')
  @ApiOk(TalentContactSchema)
  @ApiErrors(404)
  async getContact(@UuidParam() id: string, @CurrentPrincipal() principal: Principal) {
    await this.access.assertReadable(principal, id);
    return this.talents.contactFor(principal, id);
  }

  @Roles('talent', 'coordinator', 'admin')
  @Put(':id/contact')
  @ApiOk(TalentContactSchema)
  @ApiErrors(404)
  setContact(@UuidParam() id: string, @Body() body: ContactDto, @CurrentPrincipal() principal: Principal) {
    this.access.assertWritable(principal, id);
    return this.talents.setContact(id, body);
  }
}
