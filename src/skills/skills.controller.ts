import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles, Staff } from '../auth/access.decorator';
import { SkillIdParam } from './skill-id.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { CreateSkillDto, SkillQueryDto, UpdateSkillDto } from './skill.dto';
import { SkillsService } from './skills.service';
import { ApiCreated, ApiErrors, ApiNoContent, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { SkillSchema } from './skill.openapi';

@ApiTags('skills')
@ApiBearerAuth()
@Staff()
@ApiErrors(403)
@Controller('skills')
export class SkillsController {
  constructor(private readonly skills: SkillsService) {}

  /** The taxonomy is reference data every signed-in user needs (profile editors pick skills from it). */
  @Roles('talent', 'enterprise', 'coordinator', 'admin')
  @Get()
  @ApiOk(page(SkillSchema))
  list(@Query() query: SkillQueryDto) {
    return this.skills.list(query);
  }

  @Roles('talent', 'enterprise', 'coordinator', 'admin')
  @Get(':id')
  @ApiOk(SkillSchema)
  @ApiErrors(404)
  get(@SkillIdParam() id: string) {
    return this.skills.get(id);
  }

  @Post()
  @ApiCreated(SkillSchema)
  @ApiErrors(409, 422)
  create(@Body() body: CreateSkillDto) {
    return this.skills.create(body);
  }

  @Patch(':id')
  @ApiOk(SkillSchema)
  @ApiErrors(404, 409, 422)
  update(@SkillIdParam() id: string, @Body() body: UpdateSkillDto) {
    return this.skills.update(id, body);
  }

  @Delete(':id')
  @ApiNoContent()
  @ApiErrors(404, 409)
  @HttpCode(204)
  async remove(@SkillIdParam() id: string, @Query() query: DeleteQueryDto) {
    await this.skills.remove(id, query.version);
  }
}
