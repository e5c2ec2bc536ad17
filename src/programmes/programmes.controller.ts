import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Staff } from '../auth/access.decorator';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { CreateProgrammeDto, ProgrammeQueryDto, UpdateProgrammeDto } from './programme.dto';
import { ProgrammesService } from './programmes.service';
import { ApiCreated, ApiErrors, ApiNoContent, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { ProgrammeSchema } from './programme.openapi';

@ApiTags('programmes')
@ApiBearerAuth()
@Staff()
@ApiErrors(403)
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @ApiOk(page(ProgrammeSchema))
  list(@Query() query: ProgrammeQueryDto) {
    return this.programmes.list(query);
  }

  @Get(':id')
  @ApiOk(ProgrammeSchema)
  @ApiErrors(404)
  get(@UuidParam() id: string) {
    return this.programmes.get(id);
  }

  @Post()
  @ApiCreated(ProgrammeSchema)
  @ApiErrors(409, 422)
  create(@Body() body: CreateProgrammeDto) {
    return this.programmes.create(body);
  }

  @Patch(':id')
  @ApiOk(ProgrammeSchema)
  @ApiErrors(404, 409, 422)
  update(@UuidParam() id: string, @Body() body: UpdateProgrammeDto) {
    return this.programmes.update(id, body);
  }

  @Delete(':id')
  @ApiNoContent()
  @ApiErrors(404, 409)
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto) {
    await this.programmes.remove(id, query.version);
  }
}
