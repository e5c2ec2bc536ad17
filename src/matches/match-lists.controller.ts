import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { FreshnessService } from '../recompute/freshness.service';
import { LiveMatchService } from './live-match.service';
import { CandidateListQueryDto, MatchListQueryDto } from './match-lists.dto';
import { MatchListsService } from './match-lists.service';

@ApiTags('matching')
@Controller()
export class MatchListsController {
  constructor(
    private readonly lists: MatchListsService,
    private readonly live: LiveMatchService,
    private readonly freshness: FreshnessService,
  ) {}

  @Get('positions/:id/candidates')
  @ApiOperation({
    summary: 'Ranked, explained candidates for an opening (stored matches, with freshness)',
    description: 'By score unless exposure=allocated: then by the stable allocation (see the exposure parameter).',
  })
  candidates(@UuidParam() id: string, @Query() query: CandidateListQueryDto) {
    return this.lists.candidates(id, query);
  }

  @Get('talents/:id/recommendations')
  @ApiOperation({ summary: 'Recommended open positions for a talent: why they fit, what they lack' })
  recommendations(@UuidParam() id: string, @Query() query: MatchListQueryDto) {
    return this.lists.recommendations(id, query);
  }

  @Get('matches/:talentId/:positionId')
  @ApiOperation({ summary: 'The full explanation of one pair, computed now, beside the stored row' })
  explain(@UuidParam('talentId') talentId: string, @UuidParam('positionId') positionId: string) {
    return this.live.explain(talentId, positionId);
  }

  @Get('positions/:id/programmes')
  @ApiOperation({ summary: 'University programmes (graduating cohorts) that can feed this opening' })
  programmesForPosition(@UuidParam() id: string, @Query() query: MatchListQueryDto) {
    return this.lists.programmesForPosition(id, query);
  }

  @Get('programmes/:id/positions')
  @ApiOperation({ summary: 'Openings a programme can feed' })
  positionsForProgramme(@UuidParam() id: string, @Query() query: MatchListQueryDto) {
    return this.lists.positionsForProgramme(id, query);
  }

  @Get('recompute/status')
  @ApiOperation({ summary: 'Pending recomputes by kind and queue counts' })
  status() {
    return this.freshness.status();
  }
}
