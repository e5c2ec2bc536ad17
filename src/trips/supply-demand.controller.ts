import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Staff } from '../auth/access.decorator';
import { ApiErrors, ApiOk } from '../common/openapi/api-responses';
import { OpeningsService } from './openings.service';
import { GapsQueryDto, OpeningsQueryDto, SupplyQueryDto } from './supply-demand.dto';
import { GapsSchema, OpeningsPageSchema, SupplyDemandPositionsSchema } from './supply-demand.openapi';
import { SupplyDemandService } from './supply-demand.service';

const IN_SEATS =
  'In seats: demand = open seats (headcount − filled); supply = strong registered talents (stored score ≥ 70, each counted toward one seat: ' +
  'its best-scoring opening with a seat left) + reachable graduates (graduates × yield, shared among the openings a cohort fits), ' +
  'at most the open seats; gap = open seats − supply.';

@ApiTags('recruitment')
@ApiBearerAuth()
@Staff()
@ApiErrors(403)
@Controller('supply-demand')
export class SupplyDemandController {
  constructor(
    private readonly supplyDemand: SupplyDemandService,
    private readonly openings: OpeningsService,
  ) {}

  @Get('positions')
  @ApiOk(SupplyDemandPositionsSchema)
  @ApiOperation({ summary: 'For each position with open seats: supply in seats and the programmes that can feed it', description: IN_SEATS })
  positions(@Query() query: SupplyQueryDto) {
    return this.supplyDemand.positions(query);
  }

  @Get('gaps')
  @ApiOk(GapsSchema)
  @ApiOperation({ summary: 'Open seats against supply in seats, by industry, major or position', description: IN_SEATS })
  gaps(@Query() query: GapsQueryDto) {
    return this.supplyDemand.gaps(query.by, query);
  }

  @Get('openings')
  @ApiOk(OpeningsPageSchema)
  @ApiOperation({
    summary: 'Open positions with their strong candidates and seat supply, filtered and sorted (e.g. noStrongCandidate=true&sort=urgency)',
    description: IN_SEATS,
  })
  openingsList(@Query() query: OpeningsQueryDto) {
    return this.openings.list(query);
  }
}
