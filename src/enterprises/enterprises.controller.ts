import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles, Staff } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { AppException } from '../common/errors/app-exception';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { CreateEnterpriseDto, EnterpriseQueryDto, UpdateEnterpriseDto } from './enterprise.dto';
import { EnterprisesService } from './enterprises.service';
import { ApiCreated, ApiErrors, ApiNoContent, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { EnterpriseSchema } from './enterprise.openapi';

@ApiTags('enterprises')
@ApiBearerAuth()
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  /** Company profiles are public, like the job advertisements that name them. */
  @Public()
  @Get()
  @ApiOk(page(EnterpriseSchema))
  list(@Query() query: EnterpriseQueryDto) {
    return this.enterprises.list(query);
  }

  @Public()
  @Get(':id')
  @ApiOk(EnterpriseSchema)
  @ApiErrors(404)
  get(@UuidParam() id: string) {
    return this.enterprises.get(id);
  }

  @Staff()
  @Post()
  @ApiCreated(EnterpriseSchema)
  @ApiErrors(403, 409, 422)
  create(@Body() body: CreateEnterpriseDto) {
    return this.enterprises.create(body);
  }

  /** An enterprise user edits its own enterprise's profile; any other is outside its scope (404). */
  @Roles('enterprise', 'coordinator', 'admin')
  @Patch(':id')
  @ApiOk(EnterpriseSchema)
  @ApiErrors(403, 404, 409, 422)
  update(@UuidParam() id: string, @Body() body: UpdateEnterpriseDto, @CurrentPrincipal() principal: Principal) {
    if (principal.role === 'enterprise' && principal.enterpriseId !== id) throw AppException.notFound('Enterprise', id);
    return this.enterprises.update(id, body);
  }

  @Staff()
  @Delete(':id')
  @ApiNoContent()
  @ApiErrors(403, 404, 409)
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto) {
    await this.enterprises.remove(id, query.version);
  }
}
