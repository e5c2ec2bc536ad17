import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PositionAccessService } from '../access/position-access.service';
import { TalentAccessService } from '../access/talent-access.service';
import { CurrentPrincipal, Roles, Staff } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiCreated, ApiErrors, ApiNoContent, ApiOk } from '../common/openapi/api-responses';
import { page } from '../common/openapi/schema';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { DeleteQueryDto } from '../common/validation/version.dto';
import { CreatePolicyDto, PolicyQueryDto, TalentPoliciesQueryDto, UpdatePolicyDto } from './policy.dto';
import { PipelineCostSchema, PolicySchema, TalentPoliciesSchema } from './policy.openapi';
import { PoliciesService } from './policies.service';

/** Talent policies: every signed-in role reads them; coordinators and admins edit them. */
@ApiTags('policies')
@ApiBearerAuth()
@ApiErrors(403)
@Controller()
export class PoliciesController {
  constructor(
    private readonly policies: PoliciesService,
    private readonly talents: TalentAccessService,
    private readonly positions: PositionAccessService,
  ) {}

  @Roles('talent', 'enterprise', 'coordinator', 'admin')
  @Get('policies')
  @ApiOk(page(PolicySchema))
  list(@Query() query: PolicyQueryDto) {
    return this.policies.list(query);
  }

  @Staff()
  @Get('policies/pipeline-cost')
  @ApiOk(PipelineCostSchema)
  @ApiOperation({ summary: "What hiring the strong candidates would demand of the zone's 1,000万元 talent fund and 178 talent flats" })
  pipelineCost() {
    return this.policies.pipelineCost();
  }

  @Roles('talent', 'enterprise', 'coordinator', 'admin')
  @Get('policies/:id')
  @ApiOk(PolicySchema)
  @ApiErrors(404)
  get(@UuidParam() id: string) {
    return this.policies.get(id);
  }

  @Staff()
  @Post('policies')
  @ApiCreated(PolicySchema)
  @ApiErrors(409)
  create(@Body() body: CreatePolicyDto) {
    return this.policies.create(body);
  }

  @Staff()
  @Patch('policies/:id')
  @ApiOk(PolicySchema)
  @ApiErrors(404, 409)
  update(@UuidParam() id: string, @Body() body: UpdatePolicyDto) {
    return this.policies.update(id, body);
  }

  @Staff()
  @Delete('policies/:id')
  @ApiNoContent()
  @ApiErrors(404, 409)
  @HttpCode(204)
  async remove(@UuidParam() id: string, @Query() query: DeleteQueryDto) {
    await this.policies.remove(id, query.version);
  }

  @Roles('talent', 'coordinator', 'admin')
  @Get('talents/:id/policies')
  @ApiOk(TalentPoliciesSchema)
  @ApiErrors(404, 422)
  @ApiOperation({ summary: 'Which policies apply to a talent (for a position), which nearly apply and what is missing, with the deciding rule' })
  async forTalent(@UuidParam() id: string, @Query() query: TalentPoliciesQueryDto, @CurrentPrincipal() principal: Principal) {
    this.talents.assertWritable(principal, id);
    if (query.positionId && principal.role === 'talent') await this.positions.assertVisible(principal, query.positionId);
    return this.policies.forTalent(id, query.positionId);
  }
}
