import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Staff } from '../auth/access.decorator';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { CreateUniversityDto, UniversityQueryDto, UpdateUniversityDto } from './university.dto';
import { UniversitiesService } from './universities.service';
import { ApiCreated, ApiErrors, ApiNoContent, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { UniversitySchema } from './university.openapi';

@ApiTags('universities')
@ApiBearerAuth()
@Staff()
@ApiErrors(403)
@Controller('universities')
export class UniversitiesController {
  constructor(private readonly universities: UniversitiesService) {}

  @Get()
  @ApiOk(page(UniversitySchema))
  list(@Query() query: UniversityQueryDto) {
    return this.universities.list(query);
  }

  @Get(':id')
  @ApiOk(UniversitySchema)
  @ApiErrors(404)
  get(@UuidParam() id: string) {
    return this.universities.get(id);
  }

  @Post()
  @ApiCreated(UniversitySchema)
  @ApiErrors(409, 422)
  create(@Body() body: CreateUniversityDto) {
    return this.universities.create(body);
  }

  @Patch(':id')
  @ApiOk(UniversitySchema)
  @ApiErrors(404, 409, 422)
  update(@UuidParam() id: string, @Body() body: UpdateUniversityDto) {
    return this.universities.update(id, body);
  }

  @Delete(':id')
  @ApiNoContent()
  @ApiErrors(404, 409)
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto) {
    await this.universities.remove(id, query.version);
  }
}
