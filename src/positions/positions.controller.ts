import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PositionAccessService } from '../access/position-access.service';
import { CurrentPrincipal, OptionalPrincipal, Public, Roles } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { AppException } from '../common/errors/app-exception';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { CreatePositionDto, PositionQueryDto, UpdatePositionDto } from './position.dto';
import { PositionsService } from './positions.service';
import { ApiCreated, ApiErrors, ApiNoContent, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { PositionSchema } from './position.openapi';

/** An enterprise user writes for its own enterprise only: sending `enterpriseId` is refused, not ignored. */
function ownEnterprise<T extends { enterpriseId?: string }>(principal: Principal, body: T): T {
  if (principal.role !== 'enterprise') return body;
  if (body.enterpriseId !== undefined) throw AppException.fieldNotAllowed('enterpriseId', 'set from your account; do not send it');
  return { ...body, enterpriseId: principal.enterpriseId! };
}

@ApiTags('positions')
@ApiBearerAuth()
@Controller('positions')
export class PositionsController {
  constructor(
    private readonly positions: PositionsService,
    private readonly access: PositionAccessService,
  ) {}

  /** Public job advertisements: anonymous callers and talents see open positions, enterprises also their own. */
  @Public()
  @Get()
  @ApiOk(page(PositionSchema))
  list(@Query() query: PositionQueryDto, @OptionalPrincipal() principal: Principal | null) {
    return this.positions.list(query, this.access.visibleWhere(principal, 'e'));
  }

  @Public()
  @Get(':id')
  @ApiOk(PositionSchema)
  @ApiErrors(404)
  async get(@UuidParam() id: string, @OptionalPrincipal() principal: Principal | null) {
    await this.access.assertVisible(principal, id);
    return this.positions.get(id);
  }

  @Roles('enterprise', 'coordinator', 'admin')
  @Post()
  @ApiCreated(PositionSchema)
  @ApiErrors(403, 409, 422)
  create(@Body() body: CreatePositionDto, @CurrentPrincipal() principal: Principal) {
    return this.positions.create(ownEnterprise(principal, body));
  }

  @Roles('enterprise', 'coordinator', 'admin')
  @Patch(':id')
  @ApiOk(PositionSchema)
  @ApiErrors(403, 404, 409, 422)
  async update(@UuidParam() id: string, @Body() body: UpdatePositionDto, @CurrentPrincipal() principal: Principal) {
    await this.access.assertManaged(principal, id);
    if (principal.role === 'enterprise' && body.enterpriseId !== undefined) {
      throw AppException.fieldNotAllowed('enterpriseId', 'a position cannot be moved to another enterprise by an enterprise user');
    }
    return this.positions.update(id, body);
  }

  @Roles('enterprise', 'coordinator', 'admin')
  @Delete(':id')
  @ApiNoContent()
  @ApiErrors(403, 404, 409)
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto, @CurrentPrincipal() principal: Principal) {
    await this.access.assertManaged(principal, id);
    await this.positions.remove(id, query.version);
  }
}
