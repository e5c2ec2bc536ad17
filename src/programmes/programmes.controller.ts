import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Staff } from '../auth/access.decorator';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { CreateProgrammeDto, ProgrammeQueryDto, UpdateProgrammeDto } from './programme.dto';
import { ProgrammesService } from './programmes.service';

@ApiTags('programmes')
@ApiBearerAuth()
@Staff()
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  list(@Query() query: ProgrammeQueryDto) {
    return this.programmes.list(query);
  }

  @Get(':id')
  get(@UuidParam() id: string) {
    return this.programmes.get(id);
  }

  @Post()
  create(@Body() body: CreateProgrammeDto) {
    return this.programmes.create(body);
  }

  @Patch(':id')
  update(@UuidParam() id: string, @Body() body: UpdateProgrammeDto) {
    return this.programmes.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto) {
    await this.programmes.remove(id, query.version);
  }
}
