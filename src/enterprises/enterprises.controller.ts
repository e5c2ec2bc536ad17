import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { CreateEnterpriseDto, EnterpriseQueryDto, UpdateEnterpriseDto } from './enterprise.dto';
import { EnterprisesService } from './enterprises.service';

@ApiTags('enterprises')
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Get()
  list(@Query() query: EnterpriseQueryDto) {
    return this.enterprises.list(query);
  }

  @Get(':id')
  get(@UuidParam() id: string) {
    return this.enterprises.get(id);
  }

  @Post()
  create(@Body() body: CreateEnterpriseDto) {
    return this.enterprises.create(body);
  }

  @Patch(':id')
  update(@UuidParam() id: string, @Body() body: UpdateEnterpriseDto) {
    return this.enterprises.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto) {
    await this.enterprises.remove(id, query.version);
  }
}
