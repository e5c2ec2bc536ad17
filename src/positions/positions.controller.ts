import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { CreatePositionDto, PositionQueryDto, UpdatePositionDto } from './position.dto';
import { PositionsService } from './positions.service';

@ApiTags('positions')
@Controller('positions')
export class PositionsController {
  constructor(private readonly positions: PositionsService) {}

  @Get()
  list(@Query() query: PositionQueryDto) {
    return this.positions.list(query);
  }

  @Get(':id')
  get(@UuidParam() id: string) {
    return this.positions.get(id);
  }

  @Post()
  create(@Body() body: CreatePositionDto) {
    return this.positions.create(body);
  }

  @Patch(':id')
  update(@UuidParam() id: string, @Body() body: UpdatePositionDto) {
    return this.positions.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto) {
    await this.positions.remove(id, query.version);
  }
}
