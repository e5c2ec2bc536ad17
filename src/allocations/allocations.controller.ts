import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Staff } from '../auth/access.decorator';
import { AllocationPlanDto } from './allocation.dto';
import { AllocationsService } from './allocations.service';
import { ApiErrors, ApiOk } from '../common/openapi/api-responses';
import { AllocationPlanSchema } from './allocation.openapi';

@ApiTags('recruitment')
@ApiBearerAuth()
@Staff()
@ApiErrors(403)
@Controller('allocations')
export class AllocationsController {
  constructor(private readonly allocations: AllocationsService) {}

  @Post('plan')
  @ApiOk(AllocationPlanSchema)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Spread strong candidates across open positions: headcounts, one job per talent, compared with per-opening ranking',
  })
  plan(@Body() body: AllocationPlanDto) {
    return this.allocations.plan(body);
  }
}
