import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PositionAccessService } from '../access/position-access.service';
import { TalentAccessService } from '../access/talent-access.service';
import { CurrentPrincipal, Roles } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiCreated, ApiErrors, ApiOk } from '../common/openapi/api-responses';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { InterestService } from './interest.service';
import { ApplyDto, InviteDto, MovePipelineDto, PipelineQueryDto } from './pipeline.dto';
import { ApplicationPageSchema, ApplicationSchema, PipelineEntrySchema, PipelinePageSchema } from './pipeline.openapi';
import { PipelineService } from './pipeline.service';

@ApiTags('pipeline')
@ApiBearerAuth()
@ApiErrors(403)
@Controller()
export class PipelineController {
  constructor(
    private readonly interest: InterestService,
    private readonly pipeline: PipelineService,
    private readonly talents: TalentAccessService,
    private readonly positions: PositionAccessService,
  ) {}

  @Roles('talent')
  @Post('talents/:id/applications')
  @ApiCreated(ApplicationSchema)
  @ApiErrors(404, 409, 422)
  @ApiOperation({ summary: 'Apply to an open position: shares your profile and contact with its enterprise (consent, audited)' })
  apply(@UuidParam() id: string, @Body() body: ApplyDto, @CurrentPrincipal() principal: Principal) {
    this.talents.assertWritable(principal, id);
    return this.interest.apply(principal, id, body);
  }

  @Roles('talent')
  @Post('talents/:id/applications/:positionId/withdraw')
  @HttpCode(200)
  @ApiOk(ApplicationSchema)
  @ApiErrors(404)
  @ApiOperation({ summary: 'Withdraw an application; the consent it gave is revoked' })
  withdraw(@UuidParam() id: string, @UuidParam('positionId') positionId: string, @CurrentPrincipal() principal: Principal) {
    this.talents.assertWritable(principal, id);
    return this.interest.withdraw(principal, id, positionId);
  }

  @Roles('talent', 'coordinator', 'admin')
  @Get('talents/:id/applications')
  @ApiOk(ApplicationPageSchema)
  @ApiErrors(404)
  @ApiOperation({ summary: "A talent's applications and invitations with their stage" })
  applications(@UuidParam() id: string, @Query() query: PageQueryDto, @CurrentPrincipal() principal: Principal) {
    this.talents.assertWritable(principal, id);
    return this.interest.applications(id, query.page, query.limit);
  }

  @Roles('enterprise', 'coordinator', 'admin')
  @Post('positions/:id/invitations')
  @ApiCreated(ApplicationSchema)
  @ApiErrors(404, 409, 422)
  @ApiOperation({ summary: 'Invite a candidate of your opening to apply (shares nothing until they do)' })
  async invite(@UuidParam() id: string, @Body() body: InviteDto, @CurrentPrincipal() principal: Principal) {
    await this.positions.assertManaged(principal, id);
    return this.interest.invite(principal, id, body);
  }

  @Roles('enterprise', 'coordinator', 'admin')
  @Post('positions/:id/invitations/:talentId/withdraw')
  @HttpCode(200)
  @ApiOk(ApplicationSchema)
  @ApiErrors(404)
  @ApiOperation({ summary: 'Take an invitation back (an application the talent made stays)' })
  async withdrawInvitation(@UuidParam() id: string, @UuidParam('talentId') talentId: string, @CurrentPrincipal() principal: Principal) {
    await this.positions.assertManaged(principal, id);
    return this.interest.withdrawInvitation(principal, id, talentId);
  }

  @Roles('enterprise', 'coordinator', 'admin')
  @Get('positions/:id/pipeline')
  @ApiOk(PipelinePageSchema)
  @ApiErrors(404)
  @ApiOperation({ summary: 'The hiring pipeline of your opening: stage, history, notes; contacts unmasked with consent' })
  async list(@UuidParam() id: string, @Query() query: PipelineQueryDto, @CurrentPrincipal() principal: Principal) {
    await this.positions.assertManaged(principal, id);
    return this.pipeline.list(principal, id, query);
  }

  @Roles('enterprise', 'coordinator', 'admin')
  @Patch('positions/:id/pipeline/:talentId')
  @ApiOk(PipelineEntrySchema)
  @ApiErrors(404, 409)
  @ApiOperation({ summary: 'Move a candidate to another stage and/or add a note (入职 fills a headcount)' })
  async move(@UuidParam() id: string, @UuidParam('talentId') talentId: string, @Body() body: MovePipelineDto, @CurrentPrincipal() principal: Principal) {
    await this.positions.assertManaged(principal, id);
    return this.pipeline.move(principal, id, talentId, body);
  }
}
