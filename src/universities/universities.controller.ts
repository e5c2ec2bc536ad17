import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Staff } from '../auth/access.decorator';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { CreateUniversityDto, UniversityQueryDto, UpdateUniversityDto } from './university.dto';
import { UniversitiesService } from './universities.service';

@ApiTags('universities')
@ApiBearerAuth()
@Staff()
@Controller('universities')
export class UniversitiesController {
  constructor(private readonly universities: UniversitiesService) {}

  @Get()
  list(@Query() query: UniversityQueryDto) {
    return this.universities.list(query);
  }

  @Get(':id')
  get(@UuidParam() id: string) {
    return this.universities.get(id);
  }

  @Post()
  create(@Body() body: CreateUniversityDto) {
    return this.universities.create(body);
  }

  @Patch(':id')
  update(@UuidParam() id: string, @Body() body: UpdateUniversityDto) {
    return this.universities.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto) {
    await this.universities.remove(id, query.version);
  }
}
