import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Staff } from '../auth/access.decorator';
import { CoverageQueryDto, MatchQueryDto } from './match.dto';
import { MatchesService } from './matches.service';
import { ApiErrors, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { CoverageSchema, MatchRowSchema } from './match.openapi';

@ApiTags('matches')
@ApiBearerAuth()
@Staff()
@ApiErrors(403)
@Controller('matches')
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Get()
  @ApiOk(page(MatchRowSchema))
  list(@Query() query: MatchQueryDto) {
    return this.matches.list(query);
  }

  /** How many strong candidates (eligible stored matches at or above minScore) each open position has. */
  @Get('coverage')
  @ApiOk(CoverageSchema)
  @ApiOperation({ summary: 'Strong candidates per open position, in one call (for coverage views)' })
  coverage(@Query() query: CoverageQueryDto) {
    return this.matches.coverage(query.minScore);
  }
}
