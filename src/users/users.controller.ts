import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles('admin', 'coordinator', 'enterprise')
  @Get()
  list(@CurrentPrincipal() principal: Principal, @Query() query: UserQueryDto) {
    return this.users.list(principal, query);
  }

  @Roles('admin', 'coordinator', 'enterprise')
  @Get(':id')
  get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string) {
    return this.users.get(principal, id);
  }

  @Roles('admin', 'enterprise')
  @Post()
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto) {
    return this.users.create(principal, body);
  }

  @Roles('admin', 'enterprise')
  @Patch(':id')
  update(@CurrentPrincipal() principal: Principal, @UuidParam() id: string, @Body() body: UpdateUserDto) {
    return this.users.update(principal, id, body);
  }

  @Roles('admin', 'enterprise')
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentPrincipal() principal: Principal, @UuidParam() id: string) {
    await this.users.remove(principal, id);
  }
}
