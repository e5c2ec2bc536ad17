import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Staff } from '../auth/access.decorator';
import { AllocationPlanDto } from './allocation.dto';
import { AllocationsService } from './allocations.service';

@ApiTags('recruitment')
@ApiBearerAuth()
@Staff()
@Controller('allocations')
export class AllocationsController {
  constructor(private readonly allocations: AllocationsService) {}

  @Post('plan')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Spread strong candidates across open positions: headcounts, one job per talent, compared with per-opening ranking',
  })
  plan(@Body() body: AllocationPlanDto) {
    return this.allocations.plan(body);
  }
}
