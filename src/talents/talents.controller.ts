import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { ContactDto, CreateTalentDto, TalentQueryDto, UpdateTalentDto } from './talent.dto';
import { TalentsService } from './talents.service';

@ApiTags('talents')
@Controller('talents')
export class TalentsController {
  constructor(private readonly talents: TalentsService) {}

  @Get()
  list(@Query() query: TalentQueryDto) {
    return this.talents.list(query);
  }

  @Get(':id')
  get(@UuidParam() id: string) {
    return this.talents.get(id);
  }

  @Post()
  create(@Body() body: CreateTalentDto) {
    return this.talents.create(body);
  }

  @Patch(':id')
  update(@UuidParam() id: string, @Body() body: UpdateTalentDto) {
    return this.talents.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto) {
    await this.talents.remove(id, query.version);
  }

  /** Personal data: kept out of the profile and of every list. */
  @Get(':id/contact')
  getContact(@UuidParam() id: string) {
    return this.talents.getContact(id);
  }

  @Put(':id/contact')
  setContact(@UuidParam() id: string, @Body() body: ContactDto) {
    return this.talents.setContact(id, body);
  }
}
