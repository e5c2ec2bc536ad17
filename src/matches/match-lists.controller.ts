import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PositionAccessService } from '../access/position-access.service';
import { TalentAccessService } from '../access/talent-access.service';
import { CurrentPrincipal, Roles, Staff } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { AppException } from '../common/errors/app-exception';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { CandidateDecisionDto } from './candidate-decision.dto';
import { CandidateDecisionsService } from './candidate-decisions.service';
import { FreshnessService } from '../recompute/freshness.service';
import { LiveMatchService } from './live-match.service';
import { CandidateListQueryDto, MatchListQueryDto } from './match-lists.dto';
import { MatchListsService } from './match-lists.service';
import { ApiErrors, ApiOk } from '../common/openapi/api-responses';
import {
  CandidateListSchema,
  DecisionSchema,
  PairExplanationSchema,
  PositionsForProgrammeSchema,
  ProgrammesForPositionSchema,
  RecommendationListSchema,
  RecomputeStatusSchema,
} from './match.openapi';

@ApiTags('matching')
@ApiBearerAuth()
@ApiErrors(403)
@Controller()
export class MatchListsController {
  constructor(
    private readonly lists: MatchListsService,
    private readonly live: LiveMatchService,
    private readonly freshness: FreshnessService,
    private readonly positions: PositionAccessService,
    private readonly talents: TalentAccessService,
    private readonly decisions: CandidateDecisionsService,
  ) {}

  @Get('positions/:id/candidates')
  @ApiOk(CandidateListSchema)
  @ApiErrors(404)
  @ApiOperation({
    summary: 'Ranked, explained candidates for an opening (stored matches, with freshness)',
    description: 'By score unless exposure=allocated: then by the stable allocation (see the exposure parameter).',
  })
  @Roles('enterprise', 'coordinator', 'admin')
  async candidates(@UuidParam() id: string, @Query() query: CandidateListQueryDto, @CurrentPrincipal() principal: Principal) {
    await this.positions.assertManaged(principal, id);
    return this.lists.candidates(id, query, principal);
  }

  @Put('positions/:positionId/candidates/:talentId/decision')
  @ApiOk(DecisionSchema)
  @ApiErrors(404)
  @ApiOperation({ summary: 'Shortlist or reject a candidate of one of your openings (none clears it)' })
  @Roles('enterprise', 'coordinator', 'admin')
  decide(
    @UuidParam('positionId') positionId: string,
    @UuidParam('talentId') talentId: string,
    @Body() body: CandidateDecisionDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.decisions.decide(principal, positionId, talentId, body);
  }

  @Get('talents/:id/recommendations')
  @ApiOk(RecommendationListSchema)
  @ApiErrors(404)
  @ApiOperation({ summary: 'Recommended open positions for a talent: why they fit, what they lack' })
  @Roles('talent', 'coordinator', 'admin')
  recommendations(@UuidParam() id: string, @Query() query: MatchListQueryDto, @CurrentPrincipal() principal: Principal) {
    this.talents.assertWritable(principal, id);
    return this.lists.recommendations(id, query);
  }

  @Get('matches/:talentId/:positionId')
  @ApiOk(PairExplanationSchema)
  // 409: the position is not open (only open positions are matched); 422: a record is quarantined.
  @ApiErrors(404, 409, 422)
  @ApiOperation({ summary: 'The full explanation of one pair, computed now, beside the stored row' })
  @Roles('talent', 'enterprise', 'coordinator', 'admin')
  async explain(@UuidParam('talentId') talentId: string, @UuidParam('positionId') positionId: string, @CurrentPrincipal() principal: Principal) {
    await this.assertPairVisible(principal, talentId, positionId);
    return this.live.explain(talentId, positionId);
  }

  /**
   * A talent sees their own score on a visible position; an enterprise the explanation of a candidate of
   * its own opening (a stored match); staff any pair.
   */
  private async assertPairVisible(principal: Principal, talentId: string, positionId: string): Promise<void> {
    if (principal.role === 'talent') {
      this.talents.assertWritable(principal, talentId);
      await this.positions.assertVisible(principal, positionId);
    } else if (principal.role === 'enterprise') {
      await this.positions.assertManaged(principal, positionId);
      if (!(await this.lists.isCandidate(talentId, positionId))) throw AppException.notFound('Talent', talentId);
    }
  }

  @Staff()
  @Get('positions/:id/programmes')
  @ApiOk(ProgrammesForPositionSchema)
  @ApiErrors(404)
  @ApiOperation({ summary: 'University programmes (graduating cohorts) that can feed this opening' })
  programmesForPosition(@UuidParam() id: string, @Query() query: MatchListQueryDto) {
    return this.lists.programmesForPosition(id, query);
  }

  @Staff()
  @Get('programmes/:id/positions')
  @ApiOk(PositionsForProgrammeSchema)
  @ApiErrors(404)
  @ApiOperation({ summary: 'Openings a programme can feed' })
  positionsForProgramme(@UuidParam() id: string, @Query() query: MatchListQueryDto) {
    return this.lists.positionsForProgramme(id, query);
  }

  @Staff()
  @Get('recompute/status')
  @ApiOk(RecomputeStatusSchema)
  @ApiOperation({ summary: 'Pending recomputes by kind and queue counts' })
  status() {
    return this.freshness.status();
  }
}
