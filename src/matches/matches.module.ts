import { Module } from '@nestjs/common';
import { LiveMatchService } from './live-match.service';
import { MatchListsController } from './match-lists.controller';
import { MatchListsService } from './match-lists.service';
import { MatchesController } from './matches.controller';
import { MatchesService } from './matches.service';

@Module({
  controllers: [MatchesController, MatchListsController],
  providers: [MatchesService, MatchListsService, LiveMatchService],
  exports: [MatchesService, MatchListsService],
})
export class MatchesModule {}
