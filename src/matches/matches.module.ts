import { Module } from '@nestjs/common';
import { AllocationsModule } from '../allocations/allocations.module';
import { PoliciesModule } from '../policies/policies.module';
import { CandidateDecisionsService } from './candidate-decisions.service';
import { LiveMatchService } from './live-match.service';
import { MatchListsController } from './match-lists.controller';
import { MatchListsService } from './match-lists.service';
import { MatchesController } from './matches.controller';
import { MatchesService } from './matches.service';

@Module({
  imports: [AllocationsModule, PoliciesModule],
  controllers: [MatchesController, MatchListsController],
  providers: [MatchesService, MatchListsService, LiveMatchService, CandidateDecisionsService],
  exports: [MatchesService, MatchListsService],
})
export class MatchesModule {}
