import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './user.dto';
import { UsersService } from './users.service';
import { ApiCreated, ApiErrors, ApiNoContent, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { AccountSchema } from '../auth/auth.openapi';

@ApiTags('users')
@ApiBearerAuth()
@ApiErrors(403)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles('admin', 'coordinator', 'enterprise')
  @Get()
  @ApiOk(page(AccountSchema))
  list(@CurrentPrincipal() principal: Principal, @Query() query: UserQueryDto) {
    return this.users.list(principal, query);
  }

  @Roles('admin', 'coordinator', 'enterprise')
  @Get(':id')
  @ApiOk(AccountSchema)
  @ApiErrors(404)
  get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string) {
    return this.users.get(principal, id);
  }

  @Roles('admin', 'enterprise')
  @Post()
  @ApiCreated(AccountSchema)
  @ApiErrors(409, 422)
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto) {
    return this.users.create(principal, body);
  }

  @Roles('admin', 'enterprise')
  @Patch(':id')
  @ApiOk(AccountSchema)
  @ApiErrors(404, 409, 422)
  update(@CurrentPrincipal() principal: Principal, @UuidParam() id: string, @Body() body: UpdateUserDto) {
    return this.users.update(principal, id, body);
  }

  @Roles('admin', 'enterprise')
  @Delete(':id')
  @ApiNoContent()
  @ApiErrors(404, 409)
  @HttpCode(204)
  async remove(@CurrentPrincipal() principal: Principal, @UuidParam() id: string) {
    await this.users.remove(principal, id);
  }
}
